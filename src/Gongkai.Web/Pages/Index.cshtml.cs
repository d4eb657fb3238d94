using Gongkai.Web.Desk;

namespace Gongkai.Web.Pages;

public sealed class IndexModel(Reminders reminders, CaseService cases) : DeskPage
{
    public DeskLists? Lists { get; private set; }
    public DateOnly Today => cases.Today;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Actor.CanHandleCases) Lists = await reminders.ListsAsync(Actor.AgencyId, Today, ct);
    }
}
