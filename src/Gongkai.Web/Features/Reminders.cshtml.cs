using Gongkai.Web.Data;
using Gongkai.Web.Features.Cases;
using Gongkai.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features;

public sealed class RemindersModel(Reminders reminders, CaseService cases, GongkaiDb db) : DeskPage
{
    public string Today { get; private set; } = "";
    public IReadOnlyList<ReminderDigest> History { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var agency = await db.Agencies.Where(a => a.Id == Actor.AgencyId).Select(a => a.Name).FirstAsync(ct);
        Today = (await reminders.ListsAsync(Actor.AgencyId, cases.Today, ct)).Digest(agency, cases.Today);
        History = await db.Digests.Where(d => d.AgencyId == Actor.AgencyId).OrderByDescending(d => d.Day).Take(14).ToListAsync(ct);
    }
}
