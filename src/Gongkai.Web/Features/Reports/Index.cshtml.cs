using Gongkai.Core.Oversight;
using Gongkai.Web.Features.Cases;
using Gongkai.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Reports;

public sealed class IndexModel(ReportWorkspace workspace, CaseService cases, Gongkai.Web.Features.Oversight.Collector collector, Gongkai.Web.Data.GongkaiDb db) : DeskPage
{
    [BindProperty(SupportsGet = true)] public int Year { get; set; }
    public WorkspaceView? View { get; private set; }

    [BindProperty] public int Version { get; set; }
    [BindProperty] public string? Preamble { get; set; }
    [BindProperty] public string? Overview { get; set; }
    [BindProperty] public string? Problems { get; set; }
    [BindProperty] public string? Other { get; set; }
    [BindProperty] public DateOnly? Published { get; set; }
    [BindProperty] public string? Path { get; set; }
    [BindProperty] public decimal Value { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public bool ConfirmErrors { get; set; }
    /// <summary>The cell a drill-down or a finding's link points at (?cell=), highlighted and scrolled into view.</summary>
    [BindProperty(SupportsGet = true)] public string? Cell { get; set; }
    private Dictionary<string, string> _people = [];

    /// <summary>A user of the agency as the office knows them ("王主任"), by user name.</summary>
    public string PersonName(string userName) => _people.GetValueOrDefault(userName) ?? DeskPage.Person(userName);

    public async Task OnGetAsync(CancellationToken ct)
    {
        // In January the office writes last year's report.
        Year = ReportYear.OrDefault(Year, ReportYear.Working(cases.Today));
        View = await workspace.BuildAsync(Actor, Year, ct);
        _people = await db.Users.Where(u => u.AgencyId == Actor.AgencyId && u.UserName != null && u.DisplayName != "")
            .ToDictionaryAsync(u => u.UserName!, u => u.DisplayName, ct);
    }

    public Task<IActionResult> OnPostNarrativeAsync(CancellationToken ct) =>
        Try(() => workspace.SaveNarrativeAsync(Actor, Year, Version, Preamble, Overview, Problems, Other, Published, ct), "已保存", Back);

    public Task<IActionResult> OnPostOverrideAsync(CancellationToken ct) =>
        Try(() => workspace.SetOverrideAsync(Actor, Year, Path ?? "", Value, Reason ?? "", ct), "已修改，理由已记录", Back);

    public Task<IActionResult> OnPostRemoveOverrideAsync(CancellationToken ct) =>
        Try(() => workspace.RemoveOverrideAsync(Actor, Year, Path ?? "", ct), "已恢复为计算值", Back);

    /// <summary>报送: send this year's report to the supervising office (office heads).</summary>
    public Task<IActionResult> OnPostSubmitAsync(CancellationToken ct) =>
        Try(async () =>
        {
            var r = await collector.SubmitFromDeskAsync(Actor, Year, ConfirmErrors, ct);
            if (r.Outcome == Gongkai.Core.Oversight.CollectOutcome.Failed) throw new DeskException(r.Message);
        }, "已报送上级政务公开办", Back);

    private IActionResult Back() => RedirectToPage(new { year = Year });
}
