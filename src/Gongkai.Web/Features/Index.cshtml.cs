using Gongkai.Web.Features.Cases;
using Gongkai.Web.Features.Reports;
using Gongkai.Web.Infrastructure.Security;

namespace Gongkai.Web.Features;

public sealed class IndexModel(Reminders reminders, CaseService cases) : DeskPage
{
    public DeskLists? Lists { get; private set; }
    public DateOnly Today => cases.Today;

    public async Task<Microsoft.AspNetCore.Mvc.IActionResult> OnGetAsync(CancellationToken ct)
    {
        // The supervising office has no desk of its own: its home is the oversight registry.
        if (User.IsInRole(Gongkai.Web.Data.Roles.Supervisor) && !Actor.CanHandleCases) return RedirectToPage("/Oversight/Index");
        if (Actor.CanHandleCases) Lists = await reminders.ListsAsync(Actor.AgencyId, Today, ct);
        return Page();
    }
}
