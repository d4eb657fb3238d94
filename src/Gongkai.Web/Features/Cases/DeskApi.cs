using System.Text.Json;
using System.Text.Json.Serialization;
using Gongkai.Core.Calendar;
using Gongkai.Core.Desk;
using Gongkai.Core.Json;
using Gongkai.Core.Oversight;
using Gongkai.Render;
using Gongkai.Web.Api;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Admin;
using Gongkai.Web.Infrastructure.Caching;
using Gongkai.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Cases;

/// <summary>The applications desk (依申请公开): cases, their steps, notices, challenges, the desk lists and the ledger import; the outcome catalogue and the deadline calculator it offers.</summary>
public static class DeskApi
{
    public static void MapDeskApi(this RouteGroupBuilder api)
    {
        var staff = api.MapGroup("").RequireAuthorization(Policies.Staff);
        staff.MapGet("/outcomes/{year:int}", (ReportYear year) => Outcomes.ForYear(year)).WithSummary("某年度适用格式第三部分的处理结果目录");
        staff.MapGet("/deadline", Deadline).WithSummary("计算答复期限（第三十条、第三十三条）");

        var desk = api.MapGroup("/applications").RequireAuthorization(Policies.Staff);
        desk.MapGet("", List).CacheOutput(DeskOutputCache.Policy).WithSummary("本机关的申请（open=true 只列办理中）")
            .WithDescription($"按登记从新到旧，每页{ListPageSize}件（page 从 1 起，超过末页为空）；总件数在响应头 X-Total-Count，页数在 X-Page-Count。");
        desk.MapPost("", Register).WithSummary("登记申请");
        desk.MapGet("/{id:int}", Get).CacheOutput(DeskOutputCache.Policy).WithSummary("一件申请及其答复期限的计算过程");
        desk.MapPost("/{id:int}/receipt", (int id, VersionedDate r, CaseService s, Actor actor, CancellationToken ct) =>
            Act(actor, s, () => s.ConfirmReceiptAsync(actor, id, r.Version, r.Date, ct))).WithSummary("登记签收或确认之日（第三十一条）");
        desk.MapPost("/{id:int}/correction-request", (int id, CorrectionRequest r, CaseService s, Actor actor, CancellationToken ct) =>
            Act(actor, s, () => s.RequestCorrectionAsync(actor, id, r.Version, r.Date, r.What, r.DueBy, ct, r.LateReason)))
            .WithSummary("告知补正（第三十条：收到申请后7个工作日内一次性告知；逾期须审核人写明理由）");
        desk.MapPost("/{id:int}/correction-received", (int id, VersionedDate r, CaseService s, Actor actor, CancellationToken ct) =>
            Act(actor, s, () => s.CorrectionReceivedAsync(actor, id, r.Version, r.Date, ct))).WithSummary("收到补正，答复期限重新起算");
        desk.MapPost("/{id:int}/extension", (int id, ExtensionRequest r, CaseService s, Actor actor, CancellationToken ct) =>
            Act(actor, s, () => s.ExtendAsync(actor, id, r.Version, r.Date, r.Reason, ct))).WithSummary("延长答复期限（审核人，第三十三条第二款）");
        desk.MapPost("/{id:int}/consultations", (int id, ConsultationRequest r, CaseService s, Actor actor, CancellationToken ct) =>
            Act(actor, s, () => s.StartConsultationAsync(actor, id, r.Version, r.Party, r.From, ct, r.Kind)))
            .WithSummary("发出征求意见书（第三十二条、第三十四条），15个工作日内答复");
        desk.MapPost("/{id:int}/consultations/end", (int id, ConsultationEndRequest r, CaseService s, Actor actor, CancellationToken ct) =>
            Act(actor, s, () => s.EndConsultationAsync(actor, id, r.Version, r.Date, ct, r.Reply)))
            .WithSummary("登记征求意见的结果（同意、不同意，或期满逾期未提出意见）");
        desk.MapPost("/{id:int}/consultations/prolong", (int id, ProlongRequest r, CaseService s, Actor actor, CancellationToken ct) =>
            Act(actor, s, () => s.ProlongConsultationAsync(actor, id, r.Version, r.Date, r.Until, r.Reason, ct)))
            .WithSummary("征求意见超过15个工作日仍暂停期限（审核人，须写明理由）");
        desk.MapPost("/{id:int}/consultations/notify", (int id, NotifyRequest r, CaseService s, Actor actor, CancellationToken ct) =>
            Act(actor, s, () => s.NotifyThirdPartyAsync(actor, id, r.Version, r.Date, r.Content, r.Reasons, ct)))
            .WithSummary("决定公开时书面告知不同意公开的第三方（第三十二条）");
        desk.MapGet("/{id:int}/fee-quote", FeeQuote).WithSummary("信息处理费试算：按件（本月累计件数）或按量（页数）");
        desk.MapPost("/{id:int}/fee", (int id, FeeRequest r, CaseService s, Actor actor, CancellationToken ct) =>
            Act(actor, s, () => s.IssueFeeNoticeAsync(actor, id, r.Version, r.Date, r.Method, r.Units, r.PayBy, r.PaymentMethod, ct)))
            .WithSummary("发出信息处理费收费通知（第四十二条；国办函〔2020〕109号），缴费期限不少于20个工作日");
        desk.MapPost("/{id:int}/payment", (int id, PaymentRequest r, CaseService s, Actor actor, CancellationToken ct) =>
            Act(actor, s, () => s.RecordPaymentAsync(actor, id, r.Version, r.Date, r.Receipt, ct))).WithSummary("登记缴纳信息处理费");
        desk.MapPost("/{id:int}/reasons-request", (int id, ReasonsRequest r, CaseService s, Actor actor, CancellationToken ct) =>
            Act(actor, s, () => s.RequestReasonsAsync(actor, id, r.Version, r.Date, r.DueBy, ct))).WithSummary("要求申请人说明理由（第三十五条）");
        desk.MapPost("/{id:int}/close", (int id, CloseRequest r, CaseService s, Actor actor, CancellationToken ct) =>
            Act(actor, s, () => s.CloseAsync(actor, id, r.Version, new CloseInput(r.Date, r.Outcome, r.Note, r.WithheldPart, r.NotHeld,
                r.HolderAgency, r.HolderContact, r.PublishedWhere, r.RepeatOf, r.Form), ct)))
            .WithSummary("办结并登记处理结果：处理结果所需的事实（补正、收费、理由、不予公开的部分、负责公开的机关、此前的申请）须已登记");
        desk.MapPost("/{id:int}/reopen", (int id, ReopenRequest r, CaseService s, Actor actor, CancellationToken ct) =>
            Act(actor, s, () => s.ReopenAsync(actor, id, r.Version, r.Date, r.Reason, r.Note, r.AnswerBy, ct)))
            .WithSummary("重新办理已办结的申请（审核人：误办结，或复议决定、判决纠正并限期重新答复）");
        desk.MapPost("/{id:int}/service", (int id, ServiceRequest r, CaseService s, Actor actor, CancellationToken ct) =>
            Act(actor, s, () => s.RecordServiceAsync(actor, id, r.Version, r.Notice, r.Date, r.Method, r.Proof, ct)))
            .WithSummary("登记告知书的送达（方式、日期、凭证号）");
        desk.MapGet("/{id:int}/similar", Similar).WithSummary("同一申请人内容相近的其他申请（第三十五条、第三十六条第（六）项）");
        desk.MapPost("/{id:int}/assign", (int id, AssignRequest r, CaseService s, Actor actor, CancellationToken ct) =>
            Act(actor, s, () => s.AssignAsync(actor, id, r.Version, r.HandlerId, ct))).WithSummary("分派经办人（审核人）");
        desk.MapPost("/{id:int}/challenges", async (int id, ChallengeRequest r, CaseService s, Actor actor, CancellationToken ct) =>
        {
            var ch = await s.AddChallengeAsync(actor, id, r.Kind, r.Filed, ct);
            return TypedResults.Created($"/api/challenges/{ch.Id}", new ChallengeDto(ch.Id, ch.Kind, ch.Filed, ch.Decided, ch.Result, ch.Note));
        }).WithSummary("登记行政复议或行政诉讼");
        desk.MapGet("/{id:int}/notices/{kind}", Notice)
            .WithSummary("告知书：kind=decision|correction|extension|consultation|third-party|fee|reasons（同类有多份时为最新一份，或以 number 指定），format=docx|pdf");
        desk.MapGet("/{id:int}/audit", Audit).WithSummary("该申请的审计记录");
        desk.MapGet("/{id:int}/attachments/{attachment:int}", async (int id, int attachment, CaseService s, Actor actor, CancellationToken ct) =>
        {
            var a = await s.GetAttachmentAsync(actor, id, attachment, ct);
            return TypedResults.File(a.Content, "application/octet-stream", a.FileName);
        }).WithSummary("下载附件");
        desk.MapPost("/{id:int}/attachments", async (int id, HttpRequest request, CaseService s, Actor actor, CancellationToken ct) =>
        {
            // Read as it streams in, refused past the bound (Uploads); the file name is cleaned of control characters.
            var (file, form) = await Uploads.ReadOneAsync(request, CaseService.MaxAttachmentBytes, ct);
            using (form)
            {
                var a = await s.AddAttachmentAsync(actor, id, file.Name, "application/octet-stream", file.ReadAllBytes(), ct);
                return TypedResults.Created($"/api/applications/{id}/attachments/{a.Id}", new { a.Id, a.FileName, Size = a.Content.Length });
            }
        }).Accepts<Endpoints.UploadFileForm>("multipart/form-data").WithSummary("上传附件（字段 file）");
        api.MapPost("/challenges/{id:int}/decision", async (int id, DecisionRequest r, CaseService s, Actor actor, CancellationToken ct) =>
        {
            var ch = await s.DecideChallengeAsync(actor, id, r.Decided, r.Result, r.Note, ct);
            return new ChallengeDto(ch.Id, ch.Kind, ch.Filed, ch.Decided, ch.Result, ch.Note);
        }).RequireAuthorization(Policies.Staff).WithSummary("登记复议或诉讼的结果");
        api.MapGet("/desk", DeskLists).CacheOutput(DeskOutputCache.Policy).RequireAuthorization(Policies.Staff)
            .WithSummary("已超期、即将到期、待补正告知、补正逾期、征求意见逾期、缴费逾期的申请，以及日历跨年提示");
        api.MapPut("/agency/settings", async (AgencySettingsRequest r, CaseService s, Actor actor, CancellationToken ct) =>
        {
            var a = await s.SetAgencySettingsAsync(actor, r.NoticeCode, r.FeeMethod, ct);
            return TypedResults.Ok(new AgencySettingsRequest(a.NoticeCode, a.FeeMethod));
        }).RequireAuthorization(Policies.Staff).WithSummary("设置本机关告知书的机关代字和信息处理费计收方式（审核人）");

        api.MapPost("/ledger/{year:int}", async (ReportYear year, HttpRequest request, LedgerIntake intake, Actor actor, CancellationToken ct) =>
        {
            var (file, form) = await Uploads.ReadOneAsync(request, CaseService.MaxAttachmentBytes, ct);
            using (form)
                return await intake.ImportAsync(actor, file.ReadAllBytes(), file.Name, year, form.Field("mapping"), form.Bool("acceptErrors") ?? false, ct);
        }).Accepts<Endpoints.LedgerForm>("multipart/form-data").RequireAuthorization(Policies.Staff)
            .WithSummary("导入申请台账（XLSX，字段 file）；有错误的行时，只有 acceptErrors=true 才导入其余各行");
    }

    private static DeadlineDto Deadline(DateOnly received, DateOnly? correctedReceived, bool? extended, CalendarProvider calendars)
    {
        // Past the calendar's last year the desk counts Monday to Friday and says so (暂定), as every case does.
        var d = new StatutoryClock(calendars.Current, provisionalBeyondLast: true).Compute(new DeadlineRequest(received, correctedReceived, extended ?? false));
        return new DeadlineDto(d.Received, d.CountFrom, d.Due, d.Extended, d.WorkingDays, d.Explanation, d.Provisional);
    }

    /// <summary>Cases a page of the list holds; the count of all of them is in X-Total-Count (before, a silent cap of 1,000).</summary>
    public const int ListPageSize = 1000;

    private static async Task<List<CaseSummaryDto>> List(bool? open, ReportYear? year, int? page, CaseService s, Actor actor, HttpResponse response, CancellationToken ct)
    {
        var q = s.Scope(actor).AsNoTracking();
        if (open == true) q = q.Where(c => c.ClosedOn == null);
        if (year is { } y) q = q.Where(c => c.Submitted >= new DateOnly(y, 1, 1) && c.Submitted <= new DateOnly(y, 12, 31));
        var total = await q.CountAsync(ct);
        Paging.Describe(response, total, ListPageSize);
        var cases = await q.Include(c => c.Consultations).Include(c => c.Reopenings).AsSplitQuery()
            .OrderByDescending(c => c.Id).Skip((Math.Clamp(page ?? 1, 1, int.MaxValue / ListPageSize) - 1) * ListPageSize).Take(ListPageSize).ToListAsync(ct);
        return [.. cases.Select(c =>
        {
            var clock = s.ClockOf(c);
            return new CaseSummaryDto(c.Id, c.Number, actor.ApplicantOf(c).Name, c.ApplicantKind, c.ReceivedOn, clock.StateLabel, clock.Due, clock.WorkingDaysLeft, c.ClosedOn, c.OutcomeRow);
        })];
    }

    private static async Task<Created<CaseDto>> Register(RegisterCaseInput input, CaseService s, Actor actor, CancellationToken ct)
    {
        var c = await s.RegisterAsync(actor, input, ct);
        c = await s.ViewAsync(actor, c.Id, ct);
        return TypedResults.Created($"/api/applications/{c.Id}", CaseDto.From(c, actor, s.ClockOf(c)));
    }

    private static async Task<CaseDto> Get(int id, CaseService s, Actor actor, CancellationToken ct)
    {
        var c = await s.ViewAsync(actor, id, ct);
        return CaseDto.From(c, actor, s.ClockOf(c));
    }

    private static async Task<CaseDto> Act(Actor actor, CaseService s, Func<Task<Case>> action)
    {
        var c = await action();
        return CaseDto.From(c, actor, s.ClockOf(c));
    }

    private static async Task<IResult> Notice(int id, string kind, string? format, string? number, CaseService s, Actor actor, CancellationToken ct)
    {
        var (bytes, type, name) = await s.NoticeFileAsync(actor, id, kind, number, format, ct);
        return TypedResults.File(bytes, type, name);
    }

    private static async Task<FeeQuoteDto> FeeQuote(int id, FeeMethod? method, int units, CaseService s, GongkaiDb db, Actor actor, CancellationToken ct)
    {
        var c = await s.ViewAsync(actor, id, ct);
        var chosen = method ?? await db.Agencies.Where(a => a.Id == actor.AgencyId).Select(a => a.FeeMethod).FirstAsync(ct)
            ?? throw new DeskValidationException([new("method", "本机关未设定信息处理费的计收方式，请选择按件计收或按量计收")]);
        if (units < 1) throw new DeskValidationException([new("units", "件数或页数应为正整数")]);
        var prior = chosen == FeeMethod.PerItem ? await s.PriorUnitsAsync(c, ct) : 0;
        var q = InformationFees.Quote(chosen, units, prior);
        return new FeeQuoteDto(q.Method, q.Units, q.PriorUnits, q.Amount, q.Breakdown, InformationFees.Standard(q.Method));
    }

    private static async Task<List<SimilarDto>> Similar(int id, CaseService s, Actor actor, CancellationToken ct)
    {
        var c = await s.ViewAsync(actor, id, ct);
        return [.. (await s.SimilarAsync(actor, c, ct)).Select(p => new SimilarDto(p.Case.Id, p.Case.Number, p.Case.ReceivedOn, p.Case.ClosedOn,
            p.Case.OutcomeRow, Math.Round(p.Similarity, 2), p.Case.InformationRequested))];
    }

    private static async Task<List<AuditDto>> Audit(int id, CaseService s, GongkaiDb db, Actor actor, CancellationToken ct)
    {
        var c = await s.ViewAsync(actor, id, ct);
        return await db.Audit.Where(a => a.CaseId == c.Id).OrderBy(a => a.Id)
            .Select(a => new AuditDto(a.Id, a.At, a.UserName, a.Action, a.Detail)).ToListAsync(ct);
    }

    private static async Task<DeskListsDto> DeskLists(Reminders r, CaseService s, Actor actor, CancellationToken ct)
    {
        var lists = await r.ListsAsync(actor.AgencyId, s.Today, ct);
        static DeskItemDto Item(DeskItem i) => new(i.Case.Id, i.Case.Number, i.Clock.Due, i.Clock.WorkingDaysLeft, i.Clock.StateLabel, i.Clock.Provisional);
        return new DeskListsDto(lists.Overdue.Select(Item), lists.DueSoon.Select(Item), lists.CorrectionNoticeSoon.Select(Item), lists.Open.Count,
            lists.CorrectionExpired.Select(Item), lists.ConsultationOverdue.Select(Item), lists.FeeExpired.Select(Item), lists.Banner);
    }
}

/// <summary>The deadline calculator's answer.</summary>
public sealed record DeadlineDto(DateOnly Received, DateOnly CountFrom, DateOnly Due, bool Extended, int WorkingDays, IReadOnlyList<string> Explanation, bool Provisional);

/// <summary>One line of a case's audit log.</summary>
public sealed record AuditDto(long Id, DateTimeOffset At, string UserName, string Action, string Detail);

/// <summary>A case on one of the desk's lists.</summary>
public sealed record DeskItemDto(int Id, string Number, DateOnly? Due, int? WorkingDaysLeft, string State, bool Provisional);

/// <summary>The desk's lists (<see cref="DeskLists"/>) as the API gives them.</summary>
public sealed record DeskListsDto(IEnumerable<DeskItemDto> Overdue, IEnumerable<DeskItemDto> DueSoon, IEnumerable<DeskItemDto> CorrectionNoticeSoon, int OpenCount,
    IEnumerable<DeskItemDto> CorrectionExpired, IEnumerable<DeskItemDto> ConsultationOverdue, IEnumerable<DeskItemDto> FeeExpired, string? Banner);
