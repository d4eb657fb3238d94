using Gongkai.Web.Features.Open;
using Gongkai.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.Oversight;

/// <summary>年度报告比较: any two filed reports of the subtree (与上年比较 links here), chosen by agency and year.</summary>
public sealed class CompareModel(Comparisons comparisons, Registry registry) : DeskPage
{
    [BindProperty(SupportsGet = true)] public long? Old { get; set; }
    [BindProperty(SupportsGet = true)] public long? New { get; set; }
    [BindProperty(SupportsGet = true)] public int? AgencyId { get; set; }

    public ComparisonView? View { get; private set; }
    public List<(int Id, string Name)> Agencies { get; private set; } = [];
    public List<ComparedFiling> Reports { get; private set; } = [];
    public int Year => View?.New.Year ?? ReportYear.Due(registry.Today);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            if (Old is long o && New is long n)
            {
                View = await comparisons.CompareAsync(Actor, o, n, ct);
                AgencyId ??= View.New.AgencyId;
            }
            Agencies = await comparisons.AgenciesAsync(Actor, ct);
            if (AgencyId is int a) Reports = await comparisons.ReportsOfAsync(Actor, a, ct);
        }
        catch (DeskNotFoundException) { return NotFound(); }
        return Page();
    }

    public static string Describe(ComparedFiling f) => $"{f.Year}年度（{f.FileName}{(f.IsCurrent ? "" : "，已被取代")}）";
}
