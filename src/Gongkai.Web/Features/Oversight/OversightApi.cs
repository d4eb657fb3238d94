using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Core.Oversight;
using Gongkai.Web.Api;
using Gongkai.Web.Data;
using Gongkai.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.Oversight;

public sealed record AgencyRequest(string Name, int? ParentId, AgencyKind Kind, string? ReviewBody = null, string? Court = null);
public sealed record FolderImportRequest(string Path, int? AgencyId = null, int? Year = null);
/// <summary>Only for OpenAPI: the collect form's fields.</summary>
public sealed record CollectForm(IFormFileCollection Files, int? AgencyId, int? Year);
public sealed record AgencyDto(int Id, string Name, int? ParentId, AgencyKind Kind, int Depth, string? ReviewBody, string? Court);

/// <summary>The supervising office's API under /api/oversight: collect, registry, findings, filed reports, roll-up.</summary>
public static class OversightApi
{
    public static void AddOversight(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<OversightOptions>(config.GetSection("Oversight"));
        services.AddScoped<Collector>();
        services.AddScoped<Registry>();
        services.AddScoped<Checks>();
        services.AddScoped<RollUps>();
    }

    public static void MapOversightApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/oversight").DisableAntiforgery().RequireAuthorization(Policies.Oversight).WithTags("政务公开办");
        // One request may bring up to the archive bound (plus the form's own bytes): above Kestrel's 30 MB default,
        // below the 128 MB of the form reader, and never MaxFiles × MaxFileBytes held in memory at once.
        var bound = UploadBound(app.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<OversightOptions>>().Value);
        api.MapPost("/collect", async (HttpRequest request, Collector c, Actor actor, CancellationToken ct) =>
            {
                // Read as it streams in, each file bounded (Api/Uploads.cs); the temporary files go with the form.
                using var form = await Uploads.ReadAsync(request, c.Options.UploadLimits, ct);
                if (form.Int("year") is { } y && !ReportYear.IsValid(y)) throw new DeskException(ReportYear.OutOfRange(y));
                return await c.CollectAsync(actor, form.Files, form.Int("agencyId"), form.Int("year"), FilingSource.Upload, ct);
            })
            .WithMetadata(new RequestSizeLimitAttribute(bound))
            .Accepts<CollectForm>("multipart/form-data")
            .WithSummary("收取年度报告：一个或多个文件（文本、PDF、DOCX、DOC、HTML）或 ZIP 压缩包（字段 files，可选 agencyId、year）；逐个文件返回结果");
        api.MapPost("/import-folder", (FolderImportRequest r, Collector c, Actor actor, CancellationToken ct) =>
            c.ImportFolderAsync(actor, r.Path, r.AgencyId, r.Year, ct))
            .RequireAuthorization(Policies.Admin).WithSummary("从服务器导入目录（Oversight:ImportRoot 之内）收取年度报告（管理员）");

        api.MapGet("/agencies", async (GongkaiDb db, Actor actor, CancellationToken ct) =>
        {
            var tree = await Subtree.LoadAsync(db, actor, ct);
            return tree.Agencies.Select(a => new AgencyDto(a.Id, a.Name, a.Agency.ParentId, a.Agency.Kind, a.Depth, a.Agency.ReviewBody, a.Agency.Court));
        }).WithSummary("本机关监督范围内的机关（本机关及其下级）");
        api.MapPost("/agencies", async (AgencyRequest r, Registry reg, Actor actor, CancellationToken ct) =>
        {
            var a = await reg.AddAgencyAsync(actor, r.Name, r.ParentId ?? actor.AgencyId, r.Kind, r.ReviewBody, r.Court, ct);
            return TypedResults.Created($"/api/oversight/agencies/{a.Id}", new AgencyDto(a.Id, a.Name, a.ParentId, a.Kind, 0, a.ReviewBody, a.Court));
        }).WithSummary("添加下级机关");
        api.MapPut("/agencies/{id:int}", async (int id, AgencyRequest r, Registry reg, Actor actor, CancellationToken ct) =>
        {
            var a = await reg.EditAgencyAsync(actor, id, r.Name, r.ParentId, r.Kind, r.ReviewBody, r.Court, ct);
            return new AgencyDto(a.Id, a.Name, a.ParentId, a.Kind, 0, a.ReviewBody, a.Court);
        }).WithSummary("修改机关名称、类型或上级");

        api.MapPut("/units-deadline", async (UnitsDeadlineRequest r, Registry reg, Actor actor, CancellationToken ct) =>
        {
            await reg.SetUnitsDeadlineAsync(actor, r.Deadline, ct);
            return TypedResults.NoContent();
        }).WithSummary("设置下属单位报送年度报告的内部期限（“月-日”，早于条例第四十九条的1月31日；法定期限不变）");
        api.MapGet("/registry/{year:int}", (ReportYear year, Registry reg, Actor actor, CancellationToken ct) => reg.StatusAsync(actor, year, ct))
            .WithSummary("某年度各单位的报送情况：已报送、逾期报送、未报送，及错误、警告数");
        api.MapGet("/findings/{year:int}", (ReportYear year, string? rule, Severity? severity, int? agencyId, int? page, int? pageSize, Checks checks, Actor actor, CancellationToken ct) =>
            checks.FindingsAsync(actor, year, rule, severity, agencyId, page ?? 1, pageSize ?? 50, ct))
            .WithSummary("某年度各单位现行报告的检查结果（含跨年度检查），可按规则、级别、机关筛选，分页");
        api.MapGet("/reports/{id:long}", async (long id, Checks checks, Actor actor, CancellationToken ct) =>
        {
            var v = await checks.ReportAsync(actor, id, ct);
            var r = v.Row;
            return new
            {
                r.Id, r.AgencyId, v.Agency, r.Year, Template = r.Template.Number(), r.FileName, r.Format, r.Source, r.ReceivedAt, r.ReceivedBy, r.Published, r.IsCurrent,
                r.Errors, r.Warnings, r.Sha256, Cells = r.Cells, v.Findings,
            };
        }).WithSummary("一份已收取的报告：数据与检查结果");
        api.MapGet("/reports/{id:long}/file", async (long id, Checks checks, Actor actor, CancellationToken ct) =>
        {
            var f = await checks.FileAsync(actor, id, ct);
            return TypedResults.File(f.Content, f.ContentType, f.FileName);
        }).WithSummary("下载报告原件");
        api.MapGet("/rollup/{year:int}", async (ReportYear year, int? agencyId, RollUps rollUps, Actor actor, CancellationToken ct) =>
        {
            var v = await rollUps.BuildAsync(actor, year, agencyId, ct);
            using var doc = System.Text.Json.JsonDocument.Parse(Gongkai.Core.Json.ReportJson.Serialize(v.Report, includeNarrative: false));
            return TypedResults.Json(new
            {
                report = doc.RootElement.Clone(),
                findings = v.Report.Findings.Select(f => new { f.Rule, severity = f.SeverityCode, f.Where, f.Expected, f.Actual, f.Message }),
                cells = v.Report.Sections.SelectMany(s => s.Cells),
                unitCount = v.Sum.Units,
                units = v.Units,
                missingCount = v.MissingTotal,
                missing = v.Missing.Select(m => new { m.AgencyId, m.Agency, status = m.StatusLabel }),
                gaps = v.Sum.Gaps.Select(g => new { g.Cell, reason = g.Reason.ToString(), g.Units, g.AtLeast }),
            });
        }).WithSummary("汇总：下级单位现行报告第二、三、四部分之和，及其检查结果（units、missing 各列前 1000 个，unitCount、missingCount 为总数）");
        api.MapGet("/rollup/{year:int}/document", async (ReportYear year, int? agencyId, string? format, RollUps rollUps, Actor actor, CancellationToken ct) =>
        {
            var v = await rollUps.BuildAsync(actor, year, agencyId, ct);
            var (bytes, type, ext) = RollUps.Render(v.Report, format);
            return TypedResults.File(bytes, type, $"{Gongkai.Render.Document.OfficialLayout.RollUpTitle(v.Root.Name, year)}.{ext}");
        }).WithSummary("汇总报告正式文本：format=docx|pdf|xlsx|csv|html");
    }

    /// <summary>The largest request the collect endpoints accept: the archive bound and 1 MB for the form around it.</summary>
    internal static long UploadBound(OversightOptions o) => Math.Max(o.MaxZipBytes, o.MaxFileBytes) + 1024 * 1024;

    /// <summary>The page's uploaded files (buffered by the form reader), each bounded before it is read (<see cref="Uploads.FromFormFile"/>).</summary>
    internal static List<IncomingFile> FromForm(IReadOnlyList<IFormFile> files, OversightOptions o)
    {
        if (files.Count == 0) throw new DeskException("请选择要上传的报告文件");
        if (files.Count > o.MaxFiles) throw new DeskException($"一次最多收取{o.MaxFiles}个文件，收到{files.Count}个");
        var result = new List<IncomingFile>();
        try
        {
            foreach (var f in files) result.Add(Uploads.FromFormFile(f, o.UploadLimits));
            return result;
        }
        catch
        {
            foreach (var f in result) f.Dispose();
            throw;
        }
    }
}

/// <summary>A supervising office's internal deadline for its units' reports, “MM-dd” of the year after the report's; null removes it.</summary>
public sealed record UnitsDeadlineRequest(string? Deadline);
