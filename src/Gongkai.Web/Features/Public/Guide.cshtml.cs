using Gongkai.Web.Data;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.Public;

/// <summary>政府信息公开指南 (Art. 23): the newest version the office head published.</summary>
public sealed class GuideModel(PublicApplications site) : PublicPage(site)
{
    public AgencyGuide? Guide { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        Guide = await Site.GuideAsync(Agency!.Id, ct);
        return Page();
    }
}
