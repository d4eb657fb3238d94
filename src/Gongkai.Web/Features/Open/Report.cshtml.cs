using Gongkai.Web.Features.Oversight;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Open;

/// <summary>One current report: its tables as Gongkai.Render draws them, its findings, and its JSON.</summary>
public sealed class ReportModel(Portal portal) : PageModel
{
    public PortalReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await portal.ReportAsync(id, ct) is not { } report) return NotFound();
        Report = report;
        return Page();
    }
}
