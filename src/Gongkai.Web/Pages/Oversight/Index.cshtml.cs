using Gongkai.Web.Oversight;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Pages.Oversight;

/// <summary>The supervising office's home: who has filed which year's report, on time or not.</summary>
public sealed class IndexModel(Registry registry) : DeskPage
{
    [BindProperty(SupportsGet = true)] public int Year { get; set; }
    public IReadOnlyList<UnitStatus> Units { get; private set; } = [];
    public DateOnly Today => registry.Today;

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Reports are published the year after the one they cover.
        if (Year is < 2019 or > 2100) Year = registry.Today.Year - 1;
        Units = await registry.StatusAsync(Actor, Year, ct);
    }
}
