using Gongkai.Web.Data;
using Gongkai.Web.Public;

namespace Gongkai.Web.Pages.Public;

public sealed class AgenciesModel(PublicApplications site) : PublicPage(site)
{
    public List<Agency> Agencies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Agencies = await Site.AgenciesAsync(ct);
}
