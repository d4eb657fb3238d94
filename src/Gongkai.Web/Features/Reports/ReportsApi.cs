using System.Text.Json;
using System.Text.Json.Serialization;
using Gongkai.Core.Calendar;
using Gongkai.Core.Desk;
using Gongkai.Core.Json;
using Gongkai.Core.Oversight;
using Gongkai.Render;
using Gongkai.Web.Api;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Cases;
using Gongkai.Web.Infrastructure.Caching;
using Gongkai.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Reports;

/// <summary>The agency's annual report workspace: the computed report and its documents, narrative, overrides, submission; section 二's proactive-disclosure register.</summary>
public static class ReportsApi
{
    public static void MapReportsApi(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports/{year:int}").RequireAuthorization(Policies.Staff);
        reports.MapGet("", Report).CacheOutput(DeskOutputCache.Policy).WithSummary("由登记数据计算的年度报告（report-json 格式）及检查结果");
        reports.MapGet("/document", Document).CacheOutput(DeskOutputCache.Policy).WithSummary("年度报告正式文本：format=docx|pdf|html");
        reports.MapPost("/submit", async (ReportYear year, bool? confirmErrors, Gongkai.Web.Features.Oversight.Collector c, Actor actor, CancellationToken ct) =>
        {
            var r = await c.SubmitFromDeskAsync(actor, year, confirmErrors ?? false, ct);
            if (r.Outcome == Gongkai.Core.Oversight.CollectOutcome.Failed) throw new DeskException(r.Message);
            return TypedResults.Ok(r);
        }).WithSummary("报送：把本机关的年度报告（DOCX）报送上级政务公开办（审核人）；报告有错误时须 confirmErrors=true");
        reports.MapPut("/narrative", async (ReportYear year, NarrativeRequest r, ReportWorkspace w, Actor actor, CancellationToken ct) =>
        {
            await w.SaveNarrativeAsync(actor, year, r.Version, r.Preamble, r.Overview, r.Problems, r.Other, r.Published, ct);
            return TypedResults.NoContent();
        }).WithSummary("保存第一、五、六部分文字");
        reports.MapPut("/overrides", async (ReportYear year, OverrideRequest r, ReportWorkspace w, Actor actor, CancellationToken ct) =>
        {
            await w.SetOverrideAsync(actor, year, r.Path, r.Value, r.Reason, ct);
            return TypedResults.NoContent();
        }).WithSummary("手工修改计算得出的单元格（审核人，须说明理由）");
        reports.MapDelete("/overrides", async (ReportYear year, string path, ReportWorkspace w, Actor actor, CancellationToken ct) =>
        {
            await w.RemoveOverrideAsync(actor, year, path, ct);
            return TypedResults.NoContent();
        }).WithSummary("撤销手工修改");
        api.MapPut("/proactive/{year:int}", async (ReportYear year, ProactiveRequest r, ReportWorkspace w, Actor actor, CancellationToken ct) =>
        {
            await w.SaveProactiveAsync(actor, year, r.Cells, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(Policies.Staff).WithSummary("填报第二部分主动公开数据");

        api.MapGet("/proactive/{year:int}/items", (ReportYear year, ReportWorkspace w, Actor actor, CancellationToken ct) => w.ItemsAsync(actor, year, ct))
            .RequireAuthorization(Policies.Staff).WithSummary("本年度主动公开的信息");
        api.MapPost("/proactive/{year:int}/items", async (ReportYear year, ProactiveItemRequest r, ReportWorkspace w, Actor actor, CancellationToken ct) =>
        {
            var item = await w.AddItemAsync(actor, year, r.Title, r.DocumentNumber, r.Category, r.PublishedOn, r.Url, ct, r.RepealedOn, r.Quantity);
            return TypedResults.Created($"/api/proactive/{year}/items/{item.Id}", item);
        }).RequireAuthorization(Policies.Staff).WithSummary("登记一条主动公开的信息");

        api.MapPost("/proactive/{year:int}/xlsx", async (ReportYear year, HttpRequest request, ReportWorkspace w, Actor actor, CancellationToken ct) =>
        {
            var (file, form) = await Uploads.ReadOneAsync(request, CaseService.MaxAttachmentBytes, ct);
            using (form)
                return await w.ImportProactiveAsync(actor, year, file.ReadAllBytes(), file.Name, ct);
        }).Accepts<Endpoints.UploadFileForm>("multipart/form-data").RequireAuthorization(Policies.Staff).WithSummary("从 XLSX 导入第二部分主动公开数据（字段 file）");
        api.MapGet("/proactive/{year:int}/template.xlsx", (ReportYear year) =>
            TypedResults.File(Gongkai.Render.Export.ProactiveSheetTemplate.Write(Gongkai.Ingest.Ledger.ProactiveImport.LayoutFor(year)),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{year}年主动公开政府信息情况.xlsx"))
            .RequireAuthorization(Policies.Staff).WithSummary("第二部分的空白表格，填好后导入");
    }

    private static async Task<IResult> Report(ReportYear year, ReportWorkspace w, Actor actor, CancellationToken ct)
    {
        var view = await w.BuildAsync(actor, year, ct);
        var json = ReportJson.Serialize(view.Final, includeNarrative: true);
        using var doc = JsonDocument.Parse(json);
        return TypedResults.Json(new
        {
            report = doc.RootElement.Clone(),
            // The report's own findings list (report-json) has no amounts; this one has them, for the workspace.
            findings = view.Final.Findings.Select(f => new { f.Rule, severity = f.SeverityCode, f.Where, f.Expected, f.Actual, f.Message }),
            overrides = view.Overrides.Select(o => new { o.Path, o.Value, o.Reason, o.UserName, o.At }),
            draftVersion = view.Draft.Version,
        });
    }

    private static async Task<IResult> Document(ReportYear year, string? format, ReportWorkspace w, Actor actor, CancellationToken ct)
    {
        var (kind, type, ext) = (format ?? "docx").ToLowerInvariant() switch
        {
            "docx" => (RenderFormat.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
            "pdf" => (RenderFormat.Pdf, "application/pdf", "pdf"),
            "html" => (RenderFormat.Html, "text/html; charset=utf-8", "html"),
            var f => throw new DeskException($"不支持的格式“{f}”：可选 docx、pdf、html"),
        };
        var view = await w.BuildAsync(actor, year, ct);
        var bytes = ReportRenderer.Render(view.Final, kind);
        return TypedResults.File(bytes, type, $"{view.Final.Agency}{year}年政府信息公开工作年度报告.{ext}");
    }
}
