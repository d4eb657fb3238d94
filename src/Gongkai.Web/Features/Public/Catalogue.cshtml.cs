using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.Public;

/// <summary>政府信息公开目录 (Art. 12): the 主动公开 register by category, searchable.</summary>
public sealed class CatalogueModel(PublicApplications site) : PublicPage(site)
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    // "p", not "page": in Razor Pages "page" is the route value naming the page itself, and it would win the binding.
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public CataloguePage Shown { get; private set; } = new([], 0, 1);
    public DateOnly Today => Site.Today;

    /// <summary>The categories of section 二 of both templates, in their order, once each.</summary>
    public IEnumerable<(string Key, string Label)> Categories =>
        Gongkai.Core.Layout.TemplateCatalog.All.Reverse().SelectMany(l => l.Proactive.Rows).DistinctBy(r => r.Key).Select(r => (r.Key, r.Label));

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        Shown = await Site.CatalogueAsync(Agency!.Id, Q, Category, PageNumber, ct);
        return Page();
    }
}
