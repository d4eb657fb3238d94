using Gongkai.Web.Oversight;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Open;

public sealed class DataModel(Portal portal) : PageModel
{
    public int[] Years { get; private set; } = [];
    public async Task OnGetAsync(CancellationToken ct) => Years = await portal.YearsAsync(ct);
}
