using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Open;

public sealed class DataModel(Portal portal) : PageModel
{
    public int[] Years { get; private set; } = [];
    public async Task OnGetAsync(CancellationToken ct) => Years = await portal.YearsAsync(ct);
}
