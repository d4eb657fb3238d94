using Gongkai.Core.Calendar;
using Gongkai.Core.Desk;
using Gongkai.Web.Data;
using Gongkai.Web.Desk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Cases;

public sealed class DetailsModel(CaseService cases, GongkaiDb db) : DeskPage
{
    public Case? Case { get; private set; }
    public ClockReading? Clock { get; private set; }
    public IReadOnlyList<AuditEntry> Audit { get; private set; } = [];
    private Dictionary<string, string> _people = [];

    /// <summary>A user of the agency by id or user name, as the office knows them (the audit records both).</summary>
    public string? PersonName(string idOrUserName) => _people.GetValueOrDefault(idOrUserName);
    public IReadOnlyList<(int Id, string FileName, long Size)> Attachments { get; private set; } = [];
    public DateOnly Today => cases.Today;
    public WorkingCalendar Calendar => cases.Calendar;

    [BindProperty] public int Version { get; set; }
    [BindProperty] public DateOnly Date { get; set; }
    [BindProperty] public DateOnly? DueBy { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? Outcome { get; set; }
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
        Clock = CaseClock.Read(Case, cases.Calendar, cases.Today);
        Audit = await db.Audit.Where(a => a.CaseId == id).OrderBy(a => a.Id).ToListAsync(ct);
        Attachments = await cases.AttachmentsAsync(id, ct);
        foreach (var u in await db.Users.Where(u => u.AgencyId == Actor.AgencyId).Select(u => new { u.Id, u.UserName, u.DisplayName }).ToListAsync(ct))
        {
            var shown = string.IsNullOrWhiteSpace(u.DisplayName) ? u.UserName ?? "" : u.DisplayName;
            _people[u.Id] = shown;
            if (u.UserName is { } n) _people[n] = shown;
        }
        return Page();
    }

    public Task<IActionResult> OnPostReceiptAsync(int id, CancellationToken ct) =>
        Try(() => cases.ConfirmReceiptAsync(Actor, id, Version, Date, ct), "已登记收到申请之日");

    public Task<IActionResult> OnPostCorrectionAsync(int id, CancellationToken ct) =>
        Try(() => cases.RequestCorrectionAsync(Actor, id, Version, Date, Text ?? "", DueBy ?? cases.DefaultCorrectionDue(Date), ct), "已登记告知补正");

    public Task<IActionResult> OnPostCorrectionReceivedAsync(int id, CancellationToken ct) =>
        Try(() => cases.CorrectionReceivedAsync(Actor, id, Version, Date, ct), "已登记收到补正，答复期限重新起算");

    public Task<IActionResult> OnPostExtendAsync(int id, CancellationToken ct) =>
        Try(() => cases.ExtendAsync(Actor, id, Version, Date, Text ?? "", ct), "已延长答复期限");

    public Task<IActionResult> OnPostConsultStartAsync(int id, CancellationToken ct) =>
        Try(() => cases.StartConsultationAsync(Actor, id, Version, Text ?? "", Date, ct), "已登记征求意见");

    public Task<IActionResult> OnPostConsultEndAsync(int id, CancellationToken ct) =>
        Try(() => cases.EndConsultationAsync(Actor, id, Version, Date, ct), "已登记征求意见结束");

    public Task<IActionResult> OnPostCloseAsync(int id, CancellationToken ct) =>
        Try(() => cases.CloseAsync(Actor, id, Version, Date, Outcome ?? "", Text, ct), "已办结");

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
