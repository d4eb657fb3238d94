using Gongkai.Web.Features.Open;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.Oversight;

/// <summary>The supervising office's home: who has filed which year's report, on time or not.</summary>
public sealed class IndexModel(Registry registry, Gongkai.Web.Data.GongkaiDb db) : DeskPage
{
    [BindProperty(SupportsGet = true)] public int Year { get; set; }
    [BindProperty] public string? Deadline { get; set; }
    public string? UnitsDeadline { get; private set; }
    public IReadOnlyList<UnitStatus> Units { get; private set; } = [];
    public DateOnly Today => registry.Today;

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Reports are published the year after the one they cover.
        Year = ReportYear.OrDefault(Year, ReportYear.Due(registry.Today));
        Units = await registry.StatusAsync(Actor, Year, ct);
        UnitsDeadline = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(
            db.Agencies.Where(a => a.Id == Actor.AgencyId).Select(a => a.UnitsReportDeadline), ct);
    }

    public Task<IActionResult> OnPostUnitsDeadlineAsync(CancellationToken ct) =>
        Try(() => registry.SetUnitsDeadlineAsync(Actor, Deadline, ct), "已保存内部期限", () => RedirectToPage(new { year = Year }));
}
