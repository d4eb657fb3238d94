using Gongkai.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Oversight;

/// <summary>The supervising office's charts; the data come from /api/oversight/dashboard and are drawn by wwwroot/js/dashboard.js.</summary>
[Authorize(Policy = Policies.Oversight)]
public sealed class DashboardModel(GongkaiDb db, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    public int[] Years { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Years = await db.FiledReports.Where(r => r.IsCurrent).Select(r => r.Year).Distinct().OrderByDescending(y => y).ToArrayAsync(ct);
        // The year asked for, else the latest year with reports, else the latest year due.
        Year = Year is int y && ReportYear.IsValid(y) ? y : Years.Length > 0 ? Years[0] : ReportYear.Due(DateOnly.FromDateTime(time.GetLocalNow().DateTime));
    }
}
