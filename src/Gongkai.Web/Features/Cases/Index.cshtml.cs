using Gongkai.Web.Features.Reports;
using Gongkai.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Cases;

public sealed class IndexModel(CaseService cases) : DeskPage
{
    [BindProperty(SupportsGet = true)] public int Year { get; set; }
    public IReadOnlyList<DeskItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year = ReportYear.OrDefault(Year, ReportYear.Recording(cases.Today));
        var list = await cases.Scope(Actor)
            .Where(c => c.Submitted >= new DateOnly(Year, 1, 1) && c.Submitted <= new DateOnly(Year, 12, 31))
            .Include(c => c.Consultations).Include(c => c.Handler).Include(c => c.Reopenings).AsSplitQuery()
            .OrderByDescending(c => c.Id).ToListAsync(ct);
        Items = [.. list.Select(c => new DeskItem(c, cases.ClockOf(c)))];
    }
}
