using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.Oversight;

/// <summary>年度比较: a year's units against their previous year — the biggest moves and the copied text — each linking to the comparison.</summary>
public sealed class MovesModel(Comparisons comparisons, Registry registry) : DeskPage
{
    [BindProperty(SupportsGet = true)] public int Year { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public MovesPage Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        // A year of moves needs the year before it.
        Year = ReportYear.OrDefault(Year, ReportYear.Due(registry.Today)) is { HasPrevious: true } y ? y : ReportYear.Due(registry.Today);
        Result = await comparisons.MovesAsync(Actor, Year, PageNumber, ct);
    }

    public string Link(int page) => $"/Oversight/Moves?year={Year}&p={page}";
}
