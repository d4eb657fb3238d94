using Gongkai.Web.Oversight;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Pages.Oversight;

/// <summary>年度比较: a year's units against their previous year — the biggest moves and the copied text — each linking to the comparison.</summary>
public sealed class MovesModel(Comparisons comparisons, Registry registry) : DeskPage
{
    [BindProperty(SupportsGet = true)] public int Year { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public MovesPage Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Year is < 2020 or > 2100) Year = registry.Today.Year - 1;
        Result = await comparisons.MovesAsync(Actor, Year, PageNumber, ct);
    }

    public string Link(int page) => $"/Oversight/Moves?year={Year}&p={page}";
}
