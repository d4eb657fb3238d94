using Gongkai.Web.Features.Open;
using Gongkai.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.Oversight;

/// <summary>One filed report: its tables in the official layout, its findings with place and amounts, its original file.</summary>
public sealed class ReportModel(Checks checks, Gongkai.Web.Data.GongkaiDb db) : DeskPage
{
    public FiledView View { get; private set; } = null!;
    public string TablesHtml { get; private set; } = "";
    /// <summary>The cell a drill-down points at (?cell=applications.granted.total): highlighted and scrolled into view.</summary>
    [BindProperty(SupportsGet = true)] public string? Cell { get; set; }
    public bool CellFound { get; private set; }

    public string PersonName(string userName) =>
        db.Users.Where(u => u.UserName == userName).Select(u => u.DisplayName).FirstOrDefault() is { Length: > 0 } d ? d : DeskPage.Person(userName);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        try { View = await checks.ReportAsync(Actor, id, ct); }
        catch (DeskNotFoundException) { return NotFound(); }
        (TablesHtml, CellFound) = ReportHtml.Tables(View.Tables, Cell);
        return Page();
    }
}
