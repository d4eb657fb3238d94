using Gongkai.Web.Desk;
using Gongkai.Web.Oversight;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Pages.Oversight;

/// <summary>One filed report: its tables in the official layout, its findings with place and amounts, its original file.</summary>
public sealed class ReportModel(Checks checks) : DeskPage
{
    public FiledView View { get; private set; } = null!;
    public string TablesHtml { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        try { View = await checks.ReportAsync(Actor, id, ct); }
        catch (DeskNotFoundException) { return NotFound(); }
        TablesHtml = ReportHtml.Tables(View.Tables);
        return Page();
    }
}
