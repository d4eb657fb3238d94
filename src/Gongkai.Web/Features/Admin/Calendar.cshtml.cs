using Gongkai.Web.Features.Cases;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.Admin;

public sealed class CalendarModel(CalendarProvider calendars, Gongkai.Web.Data.GongkaiDb db, TimeProvider time) : DeskPage
{
    /// <summary>Shown when any open case's due date runs past the calendar (暂定), or the calendar's last year is ending.</summary>
    public string? Banner { get; private set; }
    [BindProperty] public string? Json { get; set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string Range => $"{calendars.Current.First.Year}年至{calendars.Current.Last.Year}年";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Json = await calendars.CurrentJsonAsync(ct);
        var calendar = calendars.Current;
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        // Every agency's open cases: the administrator loads the calendar for all of them.
        var open = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AsNoTracking(
                Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.Include(db.Cases.Where(c => c.ClosedOn == null), c => c.Consultations)), ct);
        var provisional = open.Count(c => Gongkai.Core.Desk.CaseClock.Read(c.ToFile(calendar), calendar, today).Provisional);
        Banner = Gongkai.Core.Desk.YearEnd.Banner(calendar, today, provisional);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Errors = await calendars.SaveAsync(Json ?? "", User.Identity?.Name ?? "admin", ct);
        if (Errors.Count > 0) return Page();
        TempData["Message"] = $"已保存，日历现覆盖{Range}";
        return RedirectToPage();
    }
}
