using Gongkai.Core.Model;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.Oversight;

/// <summary>检查结果: every finding of the units' current reports for a year, filterable and paged.</summary>
public sealed class FindingsModel(Checks checks, Registry registry, Gongkai.Web.Data.GongkaiDb db) : DeskPage
{
    [BindProperty(SupportsGet = true)] public int Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Rule { get; set; }
    [BindProperty(SupportsGet = true)] public Severity? Severity { get; set; }
    [BindProperty(SupportsGet = true)] public int? AgencyId { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public FindingPage Result { get; private set; } = new([], 0, 1, 50, []);
    public IReadOnlyList<SubtreeAgency> Agencies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year = ReportYear.OrDefault(Year, ReportYear.Due(registry.Today));
        Agencies = (await Subtree.LoadAsync(db, Actor, ct)).Agencies;
        Result = await checks.FindingsAsync(Actor, Year, Rule, Severity, AgencyId, PageNumber, 50, ct);
    }

    public string Link(int page) => $"/Oversight/Findings?year={Year}&rule={Uri.EscapeDataString(Rule ?? "")}&severity={Severity}&agencyId={AgencyId}&p={page}";
}
