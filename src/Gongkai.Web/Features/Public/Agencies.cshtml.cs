using Gongkai.Web.Data;

namespace Gongkai.Web.Features.Public;

public sealed class AgenciesModel(PublicApplications site) : PublicPage(site)
{
    public List<Agency> Agencies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Agencies = await Site.AgenciesAsync(ct);
}
