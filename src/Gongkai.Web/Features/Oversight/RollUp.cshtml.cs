using Gongkai.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.Oversight;

/// <summary>汇总: the district's sections 二、三、四 as the sum of its units' current reports, checked and rendered.</summary>
public sealed class RollUpModel(RollUps rollUps, Registry registry) : DeskPage
{
    [BindProperty(SupportsGet = true)] public int Year { get; set; }
    public RollUpView? View { get; private set; }
    public string TablesHtml { get; private set; } = "";
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year = ReportYear.OrDefault(Year, ReportYear.Due(registry.Today));
        try
        {
            View = await rollUps.BuildAsync(Actor, Year, null, ct);
            TablesHtml = ReportHtml.Tables(View.Report, null).Html;
        }
        catch (DeskException e) { Error = e.Message; }
    }
}
