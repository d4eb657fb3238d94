using Gongkai.Core.Calendar;
using Gongkai.Core.Desk;
using Gongkai.Web.Data;
using Gongkai.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Cases;

/// <summary>One case: its clock, its facts, the steps Core allows in its state, its numbered notices and their service.</summary>
public sealed class DetailsModel(CaseService cases, GongkaiDb db) : DeskPage
{
    public Case? Case { get; private set; }
    public CaseFile? Record { get; private set; }
    public ClockReading? Clock { get; private set; }
    public IReadOnlyList<AuditEntry> Audit { get; private set; } = [];
    private Dictionary<string, string> _people = [];

    /// <summary>A user of the agency by id or user name, as the office knows them (the audit records both).</summary>
    public string? PersonName(string idOrUserName) => _people.GetValueOrDefault(idOrUserName);
    public IReadOnlyList<(int Id, string FileName, long Size)> Attachments { get; private set; } = [];
    public IReadOnlyList<(Case Case, double Similarity)> Similar { get; private set; } = [];
    public FeeMethod? FeePolicy { get; private set; }
    public int PriorUnits { get; private set; }
    public string? IdentityWarning { get; private set; }
    public DateOnly Today => cases.Today;
    public WorkingCalendar Calendar => cases.Calendar;

    /// <summary>Whether Core allows <paramref name="kind"/> in the case's state now.</summary>
    public bool Allows(StepKind kind) => Clock is { } c && CaseLifecycle.Allowed(c.State).Contains(kind);

    [BindProperty] public int Version { get; set; }
    [BindProperty] public DateOnly Date { get; set; }
    [BindProperty] public DateOnly? DueBy { get; set; }
    [BindProperty] public DateOnly? Until { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? WithheldPart { get; set; }
    [BindProperty] public NotHeldBasis? NotHeld { get; set; }
    [BindProperty] public string? HolderAgency { get; set; }
    [BindProperty] public string? HolderContact { get; set; }
    [BindProperty] public string? PublishedWhere { get; set; }
    [BindProperty] public int? RepeatOf { get; set; }
    [BindProperty] public InformationForm? Form { get; set; }
    [BindProperty] public ConsultedParty PartyKind { get; set; }
    [BindProperty] public ConsultationReply Reply { get; set; }
    [BindProperty] public FeeMethod? FeeMethod { get; set; }
    [BindProperty] public int Units { get; set; }
    [BindProperty] public string? PaymentMethod { get; set; }
    [BindProperty] public ReopenReason ReopenReason { get; set; }
    [BindProperty] public string? Notice { get; set; }
    [BindProperty] public ServiceMethod Method { get; set; }
    [BindProperty] public ChallengeKind Kind { get; set; }
    [BindProperty] public Gongkai.Core.Desk.ChallengeResult Result { get; set; }
    [BindProperty] public int ChallengeId { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        try
        {
            Case = await cases.GetAsync(Actor, id, ct);
        }
        catch (DeskNotFoundException)
        {
            return NotFound();
        }
        Record = cases.FileOf(Case);
        Clock = cases.ClockOf(Case);
        Audit = await db.Audit.Where(a => a.CaseId == id).OrderBy(a => a.Id).ToListAsync(ct);
        Attachments = await cases.AttachmentsAsync(id, ct);
        if (Actor.SeesPersonalData(Case))
        {
            Similar = await cases.SimilarAsync(Actor, Case, ct);
            IdentityWarning = ApplicantIdentity.Of(Case.IdNumber)?.Warning;
        }
        FeePolicy = await db.Agencies.Where(a => a.Id == Actor.AgencyId).Select(a => a.FeeMethod).FirstAsync(ct);
        if (Allows(StepKind.IssueFeeNotice)) PriorUnits = await cases.PriorUnitsAsync(Case, ct);
        foreach (var u in await db.Users.Where(u => u.AgencyId == Actor.AgencyId).Select(u => new { u.Id, u.UserName, u.DisplayName }).ToListAsync(ct))
        {
            var shown = string.IsNullOrWhiteSpace(u.DisplayName) ? u.UserName ?? "" : u.DisplayName;
            _people[u.Id] = shown;
            if (u.UserName is { } n) _people[n] = shown;
        }
        return Page();
    }

    /// <summary>
    /// A notice as a file; a notice that cannot be written (a fact it needs is missing) comes back to the page as a
    /// message, never as the API's problem JSON.
    /// </summary>
    public async Task<IActionResult> OnGetNoticeAsync(int id, string kind, string? number, string? format, CancellationToken ct)
    {
        try
        {
            var (bytes, type, name) = await cases.NoticeFileAsync(Actor, id, kind, number, format, ct);
            return File(bytes, type, name);
        }
        catch (DeskNotFoundException)
        {
            return NotFound();
        }
        catch (DeskException e)
        {
            TempData["Error"] = e.Message;
            return RedirectToPage(new { id });
        }
    }

    public Task<IActionResult> OnPostReceiptAsync(int id, CancellationToken ct) =>
        Try(() => cases.ConfirmReceiptAsync(Actor, id, Version, Date, ct), "已登记收到申请之日");

    public Task<IActionResult> OnPostCorrectionAsync(int id, CancellationToken ct) =>
        Try(() => cases.RequestCorrectionAsync(Actor, id, Version, Date, Text ?? "", DueBy ?? cases.DefaultCorrectionDue(Date), ct, Reason), "已登记告知补正");

    public Task<IActionResult> OnPostCorrectionReceivedAsync(int id, CancellationToken ct) =>
        Try(() => cases.CorrectionReceivedAsync(Actor, id, Version, Date, ct), "已登记收到补正，答复期限重新起算");

    public Task<IActionResult> OnPostExtendAsync(int id, CancellationToken ct) =>
        Try(() => cases.ExtendAsync(Actor, id, Version, Date, Text ?? "", ct), "已延长答复期限");

    public Task<IActionResult> OnPostConsultStartAsync(int id, CancellationToken ct) =>
        Try(() => cases.StartConsultationAsync(Actor, id, Version, Text ?? "", Date, ct, PartyKind), "已登记征求意见，并生成征求意见书");

    public Task<IActionResult> OnPostConsultEndAsync(int id, CancellationToken ct) =>
        Try(() => cases.EndConsultationAsync(Actor, id, Version, Date, ct, Reply), "已登记征求意见的结果");

    public Task<IActionResult> OnPostConsultProlongAsync(int id, CancellationToken ct) =>
        Try(() => cases.ProlongConsultationAsync(Actor, id, Version, Date, Until ?? Date, Reason ?? "", ct), "已同意延长征求意见的暂停期间");

    public Task<IActionResult> OnPostNotifyAsync(int id, CancellationToken ct) =>
        Try(() => cases.NotifyThirdPartyAsync(Actor, id, Version, Date, Text ?? "", Reason ?? "", ct), "已登记书面告知第三方");

    public Task<IActionResult> OnPostFeeAsync(int id, CancellationToken ct) =>
        Try(() => cases.IssueFeeNoticeAsync(Actor, id, Version, Date, FeeMethod, Units, DueBy ?? Date, PaymentMethod ?? "", ct), "已发出收费通知，缴费前答复期限暂停计算");

    public Task<IActionResult> OnPostPaymentAsync(int id, CancellationToken ct) =>
        Try(() => cases.RecordPaymentAsync(Actor, id, Version, Date, Text, ct), "已登记缴费，答复期限恢复计算");

    public Task<IActionResult> OnPostReasonsAsync(int id, CancellationToken ct) =>
        Try(() => cases.RequestReasonsAsync(Actor, id, Version, Date, DueBy ?? Date, ct), "已要求申请人说明理由");

    public Task<IActionResult> OnPostCloseAsync(int id, CancellationToken ct) =>
        Try(() => cases.CloseAsync(Actor, id, Version, new CloseInput(Date, Outcome, Text, WithheldPart, NotHeld, HolderAgency, HolderContact,
            PublishedWhere, RepeatOf, Form), ct), "已办结");

    public Task<IActionResult> OnPostReopenAsync(int id, CancellationToken ct) =>
        Try(() => cases.ReopenAsync(Actor, id, Version, Date, ReopenReason, Text ?? "", Until, ct), "已重新办理");

    public Task<IActionResult> OnPostServiceAsync(int id, CancellationToken ct) =>
        Try(() => cases.RecordServiceAsync(Actor, id, Version, Notice ?? "", Date, Method, Text, ct), "已登记送达");

    public Task<IActionResult> OnPostChallengeAsync(int id, CancellationToken ct) =>
        Try(() => cases.AddChallengeAsync(Actor, id, Kind, Date, ct), "已登记复议或诉讼");

    public Task<IActionResult> OnPostDecideAsync(int id, CancellationToken ct) =>
        Try(() => cases.DecideChallengeAsync(Actor, ChallengeId, Date, Result, Text, ct), "已登记结果");

    public Task<IActionResult> OnPostAttachAsync(int id, CancellationToken ct) =>
        Try(async () =>
        {
            if (Upload is null) throw new DeskException("请选择文件");
            await cases.AddAttachmentAsync(Actor, id, Upload.FileName, Upload.ContentType, await Gongkai.Web.Api.Endpoints.ReadUpload(Upload, ct), ct);
        }, "已上传附件");
}
