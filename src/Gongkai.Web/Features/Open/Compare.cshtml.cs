using Gongkai.Web.Features.Oversight;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Open;

/// <summary>Two current reports compared, for anyone: chosen by agency and year, or linked from a report (与上年比较).</summary>
public sealed class CompareModel(PublicComparisons comparisons, Portal portal) : PageModel
{
    [BindProperty(SupportsGet = true)] public long? Old { get; set; }
    [BindProperty(SupportsGet = true)] public long? New { get; set; }
    [BindProperty(SupportsGet = true)] public int? Agency { get; set; }

    public ComparisonView? View { get; private set; }
    public List<(int Id, string Name)> Agencies { get; private set; } = [];
    public List<ComparedFiling> Reports { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Old is long o && New is long n)
        {
            if (await comparisons.CompareAsync(o, n, ct) is not { } v) return NotFound();
            View = v;
            Agency ??= v.New.AgencyId;
        }
        Agencies = await portal.AgenciesAsync(ct);
        if (Agency is int a) Reports = await comparisons.ReportsOfAsync(a, ct);
        return Page();
    }
}
