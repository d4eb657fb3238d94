using Gongkai.Web.Api;
using Gongkai.Web.Features.Oversight;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Open;

/// <summary>Search over the current filed reports: Chinese full text (agency name and prose), year, agency, errors; paged.</summary>
public sealed class IndexModel(Portal portal) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public int? Agency { get; set; }
    [BindProperty(SupportsGet = true)] public bool? HasErrors { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public PortalPage Result { get; private set; } = new(0, 1, Portal.PageSize, []);
    public int[] Years { get; private set; } = [];
    public List<(int Id, string Name)> Agencies { get; private set; } = [];
    public int Pages => Paging.Count(Result.Total, Result.PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Years = await portal.YearsAsync(ct);
        Agencies = await portal.AgenciesAsync(ct);
        Result = await portal.SearchAsync(new PortalQuery(Q, Year, Agency, HasErrors, PageNumber), ct);
    }

    public string PageUrl(int page) => Url.Page("/Open/Index", new { q = Q, year = Year, agency = Agency, hasErrors = HasErrors, p = page })!;
}
