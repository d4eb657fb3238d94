using Gongkai.Core.Oversight;
using System.Text.Json;
using System.Text.Json.Serialization;
using Gongkai.Core.Calendar;
using Gongkai.Core.Desk;
using Gongkai.Core.Json;
using Gongkai.Render;
using Gongkai.Web.Data;
using Gongkai.Web.Desk;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Api;

/// <summary>The REST API: the same operations as the pages, for other systems and scripts. OpenAPI at /openapi/v1.json.</summary>
public static class Endpoints
{
    public static void AddGongkaiApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        });
        services.AddExceptionHandler<ApiExceptionHandler>();
    }

    public static void MapGongkaiApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").DisableAntiforgery();

        var staff = api.MapGroup("").RequireAuthorization(Policies.Staff);
        staff.MapGet("/me", (HttpContext ctx) => { var a = Actor.From(ctx.User); return new { a.UserName, a.AgencyId, a.IsClerk, a.IsHead, a.IsAdmin }; });
        staff.MapGet("/outcomes/{year:int}", (int year) => Outcomes.ForYear(year)).WithSummary("某年度适用格式第三部分的处理结果目录");
        staff.MapGet("/deadline", Deadline).WithSummary("计算答复期限（第三十条、第三十三条）");

        var desk = api.MapGroup("/applications").RequireAuthorization(Policies.Staff);
        desk.MapGet("", List).CacheOutput(DeskOutputCache.Policy).WithSummary("本机关的申请（open=true 只列办理中）");
        desk.MapPost("", Register).WithSummary("登记申请");
        desk.MapGet("/{id:int}", Get).CacheOutput(DeskOutputCache.Policy).WithSummary("一件申请及其答复期限的计算过程");
        desk.MapPost("/{id:int}/receipt", (int id, VersionedDate r, CaseService s, HttpContext ctx, CancellationToken ct) =>
            Act(ctx, s, () => s.ConfirmReceiptAsync(Actor.From(ctx.User), id, r.Version, r.Date, ct))).WithSummary("登记签收或确认之日（第三十一条）");
        desk.MapPost("/{id:int}/correction-request", (int id, CorrectionRequest r, CaseService s, HttpContext ctx, CancellationToken ct) =>
            Act(ctx, s, () => s.RequestCorrectionAsync(Actor.From(ctx.User), id, r.Version, r.Date, r.What, r.DueBy, ct, r.LateReason)))
            .WithSummary("告知补正（第三十条：收到申请后7个工作日内一次性告知；逾期须审核人写明理由）");
        desk.MapPost("/{id:int}/correction-received", (int id, VersionedDate r, CaseService s, HttpContext ctx, CancellationToken ct) =>
            Act(ctx, s, () => s.CorrectionReceivedAsync(Actor.From(ctx.User), id, r.Version, r.Date, ct))).WithSummary("收到补正，答复期限重新起算");
        desk.MapPost("/{id:int}/extension", (int id, ExtensionRequest r, CaseService s, HttpContext ctx, CancellationToken ct) =>
            Act(ctx, s, () => s.ExtendAsync(Actor.From(ctx.User), id, r.Version, r.Date, r.Reason, ct))).WithSummary("延长答复期限（审核人，第三十三条第二款）");
        desk.MapPost("/{id:int}/consultations", (int id, ConsultationRequest r, CaseService s, HttpContext ctx, CancellationToken ct) =>
            Act(ctx, s, () => s.StartConsultationAsync(Actor.From(ctx.User), id, r.Version, r.Party, r.From, ct, r.Kind)))
            .WithSummary("发出征求意见书（第三十二条、第三十四条），15个工作日内答复");
        desk.MapPost("/{id:int}/consultations/end", (int id, ConsultationEndRequest r, CaseService s, HttpContext ctx, CancellationToken ct) =>
            Act(ctx, s, () => s.EndConsultationAsync(Actor.From(ctx.User), id, r.Version, r.Date, ct, r.Reply)))
            .WithSummary("登记征求意见的结果（同意、不同意，或期满逾期未提出意见）");
        desk.MapPost("/{id:int}/consultations/prolong", (int id, ProlongRequest r, CaseService s, HttpContext ctx, CancellationToken ct) =>
            Act(ctx, s, () => s.ProlongConsultationAsync(Actor.From(ctx.User), id, r.Version, r.Date, r.Until, r.Reason, ct)))
            .WithSummary("征求意见超过15个工作日仍暂停期限（审核人，须写明理由）");
        desk.MapPost("/{id:int}/consultations/notify", (int id, NotifyRequest r, CaseService s, HttpContext ctx, CancellationToken ct) =>
            Act(ctx, s, () => s.NotifyThirdPartyAsync(Actor.From(ctx.User), id, r.Version, r.Date, r.Content, r.Reasons, ct)))
            .WithSummary("决定公开时书面告知不同意公开的第三方（第三十二条）");
        desk.MapGet("/{id:int}/fee-quote", FeeQuote).WithSummary("信息处理费试算：按件（本月累计件数）或按量（页数）");
        desk.MapPost("/{id:int}/fee", (int id, FeeRequest r, CaseService s, HttpContext ctx, CancellationToken ct) =>
            Act(ctx, s, () => s.IssueFeeNoticeAsync(Actor.From(ctx.User), id, r.Version, r.Date, r.Method, r.Units, r.PayBy, r.PaymentMethod, ct)))
            .WithSummary("发出信息处理费收费通知（第四十二条；国办函〔2020〕109号），缴费期限不少于20个工作日");
        desk.MapPost("/{id:int}/payment", (int id, PaymentRequest r, CaseService s, HttpContext ctx, CancellationToken ct) =>
            Act(ctx, s, () => s.RecordPaymentAsync(Actor.From(ctx.User), id, r.Version, r.Date, r.Receipt, ct))).WithSummary("登记缴纳信息处理费");
        desk.MapPost("/{id:int}/reasons-request", (int id, ReasonsRequest r, CaseService s, HttpContext ctx, CancellationToken ct) =>
            Act(ctx, s, () => s.RequestReasonsAsync(Actor.From(ctx.User), id, r.Version, r.Date, r.DueBy, ct))).WithSummary("要求申请人说明理由（第三十五条）");
        desk.MapPost("/{id:int}/close", (int id, CloseRequest r, CaseService s, HttpContext ctx, CancellationToken ct) =>
            Act(ctx, s, () => s.CloseAsync(Actor.From(ctx.User), id, r.Version, new CloseInput(r.Date, r.Outcome, r.Note, r.WithheldPart, r.NotHeld,
                r.HolderAgency, r.HolderContact, r.PublishedWhere, r.RepeatOf, r.Form), ct)))
            .WithSummary("办结并登记处理结果：处理结果所需的事实（补正、收费、理由、不予公开的部分、负责公开的机关、此前的申请）须已登记");
        desk.MapPost("/{id:int}/reopen", (int id, ReopenRequest r, CaseService s, HttpContext ctx, CancellationToken ct) =>
            Act(ctx, s, () => s.ReopenAsync(Actor.From(ctx.User), id, r.Version, r.Date, r.Reason, r.Note, r.AnswerBy, ct)))
            .WithSummary("重新办理已办结的申请（审核人：误办结，或复议决定、判决纠正并限期重新答复）");
        desk.MapPost("/{id:int}/service", (int id, ServiceRequest r, CaseService s, HttpContext ctx, CancellationToken ct) =>
            Act(ctx, s, () => s.RecordServiceAsync(Actor.From(ctx.User), id, r.Version, r.Notice, r.Date, r.Method, r.Proof, ct)))
            .WithSummary("登记告知书的送达（方式、日期、凭证号）");
        desk.MapGet("/{id:int}/similar", Similar).WithSummary("同一申请人内容相近的其他申请（第三十五条、第三十六条第（六）项）");
        desk.MapPost("/{id:int}/assign", (int id, AssignRequest r, CaseService s, HttpContext ctx, CancellationToken ct) =>
            Act(ctx, s, () => s.AssignAsync(Actor.From(ctx.User), id, r.Version, r.HandlerId, ct))).WithSummary("分派经办人（审核人）");
        desk.MapPost("/{id:int}/challenges", async (int id, ChallengeRequest r, CaseService s, HttpContext ctx, CancellationToken ct) =>
        {
            var ch = await s.AddChallengeAsync(Actor.From(ctx.User), id, r.Kind, r.Filed, ct);
            return TypedResults.Created($"/api/challenges/{ch.Id}", new ChallengeDto(ch.Id, ch.Kind, ch.Filed, ch.Decided, ch.Result, ch.Note));
        }).WithSummary("登记行政复议或行政诉讼");
        desk.MapGet("/{id:int}/notices/{kind}", Notice)
            .WithSummary("告知书：kind=decision|correction|extension|consultation|third-party|fee|reasons（同类有多份时为最新一份，或以 number 指定），format=docx|pdf");
        desk.MapGet("/{id:int}/audit", Audit).WithSummary("该申请的审计记录");
        desk.MapGet("/{id:int}/attachments/{attachment:int}", async (int id, int attachment, CaseService s, HttpContext ctx, CancellationToken ct) =>
        {
            var a = await s.GetAttachmentAsync(Actor.From(ctx.User), id, attachment, ct);
            return TypedResults.File(a.Content, "application/octet-stream", a.FileName);
        }).WithSummary("下载附件");
        desk.MapPost("/{id:int}/attachments", async (int id, HttpRequest request, CaseService s, HttpContext ctx, CancellationToken ct) =>
        {
            // Read as it streams in, refused past the bound (Uploads); the file name is cleaned of control characters.
            var (file, form) = await Uploads.ReadOneAsync(request, CaseService.MaxAttachmentBytes, ct);
            using (form)
            {
                var a = await s.AddAttachmentAsync(Actor.From(ctx.User), id, file.Name, "application/octet-stream", file.ReadAllBytes(), ct);
                return TypedResults.Created($"/api/applications/{id}/attachments/{a.Id}", new { a.Id, a.FileName, Size = a.Content.Length });
            }
        }).Accepts<UploadFileForm>("multipart/form-data").WithSummary("上传附件（字段 file）");
        api.MapPost("/challenges/{id:int}/decision", async (int id, DecisionRequest r, CaseService s, HttpContext ctx, CancellationToken ct) =>
        {
            var ch = await s.DecideChallengeAsync(Actor.From(ctx.User), id, r.Decided, r.Result, r.Note, ct);
            return new ChallengeDto(ch.Id, ch.Kind, ch.Filed, ch.Decided, ch.Result, ch.Note);
        }).RequireAuthorization(Policies.Staff).WithSummary("登记复议或诉讼的结果");
        api.MapGet("/desk", DeskLists).CacheOutput(DeskOutputCache.Policy).RequireAuthorization(Policies.Staff)
            .WithSummary("已超期、即将到期、待补正告知、补正逾期、征求意见逾期、缴费逾期的申请，以及日历跨年提示");
        api.MapPut("/agency/settings", async (AgencySettingsRequest r, CaseService s, HttpContext ctx, CancellationToken ct) =>
        {
            var a = await s.SetAgencySettingsAsync(Actor.From(ctx.User), r.NoticeCode, r.FeeMethod, ct);
            return TypedResults.Ok(new AgencySettingsRequest(a.NoticeCode, a.FeeMethod));
        }).RequireAuthorization(Policies.Staff).WithSummary("设置本机关告知书的机关代字和信息处理费计收方式（审核人）");

        var reports = api.MapGroup("/reports/{year:int}").RequireAuthorization(Policies.Staff);
        reports.MapGet("", Report).CacheOutput(DeskOutputCache.Policy).WithSummary("由登记数据计算的年度报告（report-json 格式）及检查结果");
        reports.MapGet("/document", Document).CacheOutput(DeskOutputCache.Policy).WithSummary("年度报告正式文本：format=docx|pdf|html");
        reports.MapPost("/submit", async (int year, bool? confirmErrors, Gongkai.Web.Oversight.Collector c, HttpContext ctx, CancellationToken ct) =>
        {
            var r = await c.SubmitFromDeskAsync(Actor.From(ctx.User), year, confirmErrors ?? false, ct);
            if (r.Outcome == Gongkai.Core.Oversight.CollectOutcome.Failed) throw new DeskException(r.Message);
            return TypedResults.Ok(r);
        }).WithSummary("报送：把本机关的年度报告（DOCX）报送上级政务公开办（审核人）；报告有错误时须 confirmErrors=true");
        reports.MapPut("/narrative", async (int year, NarrativeRequest r, ReportWorkspace w, HttpContext ctx, CancellationToken ct) =>
        {
            await w.SaveNarrativeAsync(Actor.From(ctx.User), year, r.Version, r.Preamble, r.Overview, r.Problems, r.Other, r.Published, ct);
            return TypedResults.NoContent();
        }).WithSummary("保存第一、五、六部分文字");
        reports.MapPut("/overrides", async (int year, OverrideRequest r, ReportWorkspace w, HttpContext ctx, CancellationToken ct) =>
        {
            await w.SetOverrideAsync(Actor.From(ctx.User), year, r.Path, r.Value, r.Reason, ct);
            return TypedResults.NoContent();
        }).WithSummary("手工修改计算得出的单元格（审核人，须说明理由）");
        reports.MapDelete("/overrides", async (int year, string path, ReportWorkspace w, HttpContext ctx, CancellationToken ct) =>
        {
            await w.RemoveOverrideAsync(Actor.From(ctx.User), year, path, ct);
            return TypedResults.NoContent();
        }).WithSummary("撤销手工修改");
        api.MapPut("/proactive/{year:int}", async (int year, ProactiveRequest r, ReportWorkspace w, HttpContext ctx, CancellationToken ct) =>
        {
            await w.SaveProactiveAsync(Actor.From(ctx.User), year, r.Cells, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(Policies.Staff).WithSummary("填报第二部分主动公开数据");

        api.MapGet("/proactive/{year:int}/items", (int year, ReportWorkspace w, HttpContext ctx, CancellationToken ct) => w.ItemsAsync(Actor.From(ctx.User), year, ct))
            .RequireAuthorization(Policies.Staff).WithSummary("本年度主动公开的信息");
        api.MapPost("/proactive/{year:int}/items", async (int year, ProactiveItemRequest r, ReportWorkspace w, HttpContext ctx, CancellationToken ct) =>
        {
            var item = await w.AddItemAsync(Actor.From(ctx.User), year, r.Title, r.DocumentNumber, r.Category, r.PublishedOn, r.Url, ct, r.RepealedOn, r.Quantity);
            return TypedResults.Created($"/api/proactive/{year}/items/{item.Id}", item);
        }).RequireAuthorization(Policies.Staff).WithSummary("登记一条主动公开的信息");

        api.MapPost("/ledger/{year:int}", async (int year, HttpRequest request, LedgerIntake intake, HttpContext ctx, CancellationToken ct) =>
        {
            var (file, form) = await Uploads.ReadOneAsync(request, CaseService.MaxAttachmentBytes, ct);
            using (form)
                return await intake.ImportAsync(Actor.From(ctx.User), file.ReadAllBytes(), file.Name, year, form.Field("mapping"), form.Bool("acceptErrors") ?? false, ct);
        }).Accepts<LedgerForm>("multipart/form-data").RequireAuthorization(Policies.Staff)
            .WithSummary("导入申请台账（XLSX，字段 file）；有错误的行时，只有 acceptErrors=true 才导入其余各行");
        api.MapPost("/proactive/{year:int}/xlsx", async (int year, HttpRequest request, ReportWorkspace w, HttpContext ctx, CancellationToken ct) =>
        {
            var (file, form) = await Uploads.ReadOneAsync(request, CaseService.MaxAttachmentBytes, ct);
            using (form)
                return await w.ImportProactiveAsync(Actor.From(ctx.User), year, file.ReadAllBytes(), file.Name, ct);
        }).Accepts<UploadFileForm>("multipart/form-data").RequireAuthorization(Policies.Staff).WithSummary("从 XLSX 导入第二部分主动公开数据（字段 file）");
        api.MapGet("/proactive/{year:int}/template.xlsx", (int year) =>
            TypedResults.File(Gongkai.Render.Export.ProactiveSheetTemplate.Write(Gongkai.Ingest.Ledger.ProactiveImport.LayoutFor(year)),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{year}年主动公开政府信息情况.xlsx"))
            .RequireAuthorization(Policies.Staff).WithSummary("第二部分的空白表格，填好后导入");

        var admin = api.MapGroup("/admin").RequireAuthorization(Policies.Admin);
        admin.MapGet("/calendar", async (CalendarProvider c, CancellationToken ct) => TypedResults.Text(await c.CurrentJsonAsync(ct), "application/json"))
            .WithSummary("当前的工作日日历（节假日与调休）");
        admin.MapPut("/calendar", async Task<Results<NoContent, ValidationProblem>> (CalendarRequest r, CalendarProvider c, HttpContext ctx, CancellationToken ct) =>
        {
            // A body without "json" binds as null (System.Text.Json does not enforce the annotation): a 400, not a 500.
            var errors = r.Json is null ? ["缺少必填字段“json”（日历）"] : await c.SaveAsync(r.Json, ctx.User.Identity?.Name ?? "admin", ct);
            return errors.Count == 0 ? TypedResults.NoContent() : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["json"] = [.. errors] });
        }).WithSummary("保存新的工作日日历（例如国务院办公厅发布下一年度放假安排后）");
    }

    /// <summary>A page's upload (buffered by the form reader), bounded (<see cref="CaseService.MaxAttachmentBytes"/>) before it is read into memory.</summary>
    internal static async Task<byte[]> ReadUpload(IFormFile file, CancellationToken ct)
    {
        var name = Gongkai.Core.Text.FileNames.Clean(file.FileName);
        if (file.Length > CaseService.MaxAttachmentBytes) throw new DeskException($"文件“{name}”超过{CaseService.MaxAttachmentBytes / 1024 / 1024} MB");
        if (file.Length == 0) throw new DeskException($"文件“{name}”是空文件");
        using var ms = new MemoryStream();
        await file.CopyToAsync(ms, ct);
        return ms.ToArray();
    }

    /// <summary>Only for OpenAPI: an upload of one file.</summary>
    public sealed record UploadFileForm(IFormFile File);

    /// <summary>Only for OpenAPI: the ledger upload's fields.</summary>
    public sealed record LedgerForm(IFormFile File, string? Mapping, bool? AcceptErrors);

    /// <summary>Only for OpenAPI: the shape the bearer handler writes.</summary>
    public sealed record AccessTokenLike(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);

    private static object Deadline(DateOnly received, DateOnly? correctedReceived, bool? extended, CalendarProvider calendars)
    {
        // Past the calendar's last year the desk counts Monday to Friday and says so (暂定), as every case does.
        var d = new StatutoryClock(calendars.Current, provisionalBeyondLast: true).Compute(new DeadlineRequest(received, correctedReceived, extended ?? false));
        return new { d.Received, d.CountFrom, d.Due, d.Extended, d.WorkingDays, d.Explanation, d.Provisional };
    }

    private static async Task<List<CaseSummaryDto>> List(bool? open, int? year, CaseService s, HttpContext ctx, CancellationToken ct)
    {
        var actor = Actor.From(ctx.User);
        var q = s.Scope(actor).Include(c => c.Consultations).Include(c => c.Reopenings).AsSplitQuery().AsNoTracking();
        if (open == true) q = q.Where(c => c.ClosedOn == null);
        if (year is { } y)
        {
            if (y is < 1 or > 9998) throw new DeskException($"年度“{y}”无效");
            q = q.Where(c => c.Submitted >= new DateOnly(y, 1, 1) && c.Submitted <= new DateOnly(y, 12, 31));
        }
        var cases = await q.OrderByDescending(c => c.Id).Take(1000).ToListAsync(ct);
        return [.. cases.Select(c =>
        {
            var clock = s.ClockOf(c);
            return new CaseSummaryDto(c.Id, c.Number, actor.ApplicantOf(c).Name, c.ApplicantKind, c.ReceivedOn, clock.StateLabel, clock.Due, clock.WorkingDaysLeft, c.ClosedOn, c.OutcomeRow);
        })];
    }

    private static async Task<Created<CaseDto>> Register(RegisterCaseInput input, CaseService s, HttpContext ctx, CancellationToken ct)
    {
        var actor = Actor.From(ctx.User);
        var c = await s.RegisterAsync(actor, input, ct);
        c = await s.ViewAsync(actor, c.Id, ct);
        return TypedResults.Created($"/api/applications/{c.Id}", CaseDto.From(c, actor, s.ClockOf(c)));
    }

    private static async Task<CaseDto> Get(int id, CaseService s, HttpContext ctx, CancellationToken ct)
    {
        var actor = Actor.From(ctx.User);
        var c = await s.ViewAsync(actor, id, ct);
        return CaseDto.From(c, actor, s.ClockOf(c));
    }

    private static async Task<CaseDto> Act(HttpContext ctx, CaseService s, Func<Task<Case>> action)
    {
        var c = await action();
        var actor = Actor.From(ctx.User);
        return CaseDto.From(c, actor, s.ClockOf(c));
    }

    private static async Task<IResult> Notice(int id, string kind, string? format, string? number, CaseService s, HttpContext ctx, CancellationToken ct)
    {
        var (bytes, type, name) = await s.NoticeFileAsync(Actor.From(ctx.User), id, kind, number, format, ct);
        return TypedResults.File(bytes, type, name);
    }

    private static async Task<FeeQuoteDto> FeeQuote(int id, FeeMethod? method, int units, CaseService s, GongkaiDb db, HttpContext ctx, CancellationToken ct)
    {
        var actor = Actor.From(ctx.User);
        var c = await s.ViewAsync(actor, id, ct);
        var chosen = method ?? await db.Agencies.Where(a => a.Id == actor.AgencyId).Select(a => a.FeeMethod).FirstAsync(ct)
            ?? throw new DeskValidationException([new("method", "本机关未设定信息处理费的计收方式，请选择按件计收或按量计收")]);
        if (units < 1) throw new DeskValidationException([new("units", "件数或页数应为正整数")]);
        var prior = chosen == FeeMethod.PerItem ? await s.PriorUnitsAsync(c, ct) : 0;
        var q = InformationFees.Quote(chosen, units, prior);
        return new FeeQuoteDto(q.Method, q.Units, q.PriorUnits, q.Amount, q.Breakdown, InformationFees.Standard(q.Method));
    }

    private static async Task<List<SimilarDto>> Similar(int id, CaseService s, HttpContext ctx, CancellationToken ct)
    {
        var actor = Actor.From(ctx.User);
        var c = await s.ViewAsync(actor, id, ct);
        return [.. (await s.SimilarAsync(actor, c, ct)).Select(p => new SimilarDto(p.Case.Id, p.Case.Number, p.Case.ReceivedOn, p.Case.ClosedOn,
            p.Case.OutcomeRow, Math.Round(p.Similarity, 2), p.Case.InformationRequested))];
    }

    private static async Task<object> Audit(int id, CaseService s, GongkaiDb db, HttpContext ctx, CancellationToken ct)
    {
        var c = await s.ViewAsync(Actor.From(ctx.User), id, ct);
        return await db.Audit.Where(a => a.CaseId == c.Id).OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.At, a.UserName, a.Action, a.Detail }).ToListAsync(ct);
    }

    private static async Task<object> DeskLists(Reminders r, CaseService s, HttpContext ctx, CancellationToken ct)
    {
        var lists = await r.ListsAsync(Actor.From(ctx.User).AgencyId, s.Today, ct);
        static object Item(DeskItem i) => new { i.Case.Id, i.Case.Number, i.Clock.Due, i.Clock.WorkingDaysLeft, State = i.Clock.StateLabel, i.Clock.Provisional };
        return new
        {
            Overdue = lists.Overdue.Select(Item), DueSoon = lists.DueSoon.Select(Item),
            CorrectionNoticeSoon = lists.CorrectionNoticeSoon.Select(Item), OpenCount = lists.Open.Count,
            CorrectionExpired = lists.CorrectionExpired.Select(Item), ConsultationOverdue = lists.ConsultationOverdue.Select(Item),
            FeeExpired = lists.FeeExpired.Select(Item), lists.Banner,
        };
    }

    private static async Task<IResult> Report(int year, ReportWorkspace w, HttpContext ctx, CancellationToken ct)
    {
        var view = await w.BuildAsync(Actor.From(ctx.User), year, ct);
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

    private static async Task<IResult> Document(int year, string? format, ReportWorkspace w, HttpContext ctx, CancellationToken ct)
    {
        var (kind, type, ext) = (format ?? "docx").ToLowerInvariant() switch
        {
            "docx" => (RenderFormat.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
            "pdf" => (RenderFormat.Pdf, "application/pdf", "pdf"),
            "html" => (RenderFormat.Html, "text/html; charset=utf-8", "html"),
            var f => throw new DeskException($"不支持的格式“{f}”：可选 docx、pdf、html"),
        };
        var view = await w.BuildAsync(Actor.From(ctx.User), year, ct);
        var bytes = ReportRenderer.Render(view.Final, kind);
        return TypedResults.File(bytes, type, $"{view.Final.Agency}{year}年政府信息公开工作年度报告.{ext}");
    }
}

/// <summary>Maps the desk's refusals and malformed requests to problem details naming what is wrong, never a stack trace.</summary>
public sealed partial class ApiExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext ctx, Exception e, CancellationToken ct)
    {
        var (status, title, detail) = e switch
        {
            DeskValidationException => (400, "", ""),
            DeskNotFoundException => (404, "不存在", e.Message),
            DeskForbiddenException => (403, "无权操作", e.Message),
            DeskConflictException => (409, "内容已被他人修改", e.Message),
            DeskException => (400, "无法办理", e.Message),
            CalendarException => (400, "日期超出工作日日历", e.Message),
            // Kestrel's and the form reader's bounds: the framework's English text would not tell a clerk what to do.
            BadHttpRequestException b when TooLarge(b) => (413, "上传内容过大", "上传的内容超过服务器允许的大小，请分批上传或压缩后再试"),
            BadHttpRequestException b => (b.StatusCode, "请求格式错误", BadRequestDetail(b)),
            _ => (0, "", ""),
        };
        if (status == 0) return false;
        ctx.Response.StatusCode = status;
        if (e is DeskValidationException v)
        {
            // Field by field, in Chinese: the problem's errors name each request field that was refused and why.
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = ctx,
                Exception = e,
                ProblemDetails = new HttpValidationProblemDetails(v.Errors) { Status = 400, Title = "无法办理", Detail = v.Message },
            });
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = ctx,
            Exception = e,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }

    private static bool TooLarge(BadHttpRequestException b) => b.StatusCode == StatusCodes.Status413PayloadTooLarge
        || b.InnerException is InvalidDataException i && i.Message.Contains("limit", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// What is wrong with the JSON, never echoing the client's text: System.Text.Json's messages quote property names,
    /// and a client that put an applicant's phone number or ID number in the wrong place would see it in the answer and
    /// the log (SecurityPersonalDataTests). The path is shown when it is made of plain field names.
    /// </summary>
    private static string BadRequestDetail(BadHttpRequestException b)
    {
        if (b.InnerException is not JsonException j)
        {
            // Parameter binding's English text quotes the value sent ("Failed to bind parameter \"DateOnly received\" from
            // \"13912345678\""): say which parameter, in Chinese, and never echo the value.
            if (BindFailure().Match(b.Message) is { Success: true } m) return $"参数“{m.Groups["name"].Value}”的值无法识别";
            if (MissingParameter().Match(b.Message) is { Success: true } r) return $"缺少参数“{r.Groups["name"].Value}”";
            return "请求格式错误";
        }
        var what = j.Message.Contains("could not be mapped", StringComparison.Ordinal) ? "含有接口不认识的字段"
            : j.Message.Contains("could not be converted", StringComparison.Ordinal) ? "字段的值类型或格式不符"
            : j.Message.Contains("missing required properties", StringComparison.Ordinal) ? "缺少必填字段"
            : "不是有效的 JSON";
        var path = j.Path is { } p && SafeJsonPath().IsMatch(p) ? $"（位置 {p}）" : "";
        return $"请求内容无法读取：{what}{path}";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^Failed to bind parameter ""[^""]* (?<name>[A-Za-z_][A-Za-z0-9_]{0,63})"" from")]
    private static partial System.Text.RegularExpressions.Regex BindFailure();

    [System.Text.RegularExpressions.GeneratedRegex(@"^Required parameter ""[^""]* (?<name>[A-Za-z_][A-Za-z0-9_]{0,63})"" was not provided")]
    private static partial System.Text.RegularExpressions.Regex MissingParameter();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\$(\.[A-Za-z_][A-Za-z0-9_]{0,63}|\[\d{1,6}\])*$")]
    private static partial System.Text.RegularExpressions.Regex SafeJsonPath();
}
