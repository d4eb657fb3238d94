using Gongkai.Web.Desk;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Pages.Admin;

public sealed class CalendarModel(CalendarProvider calendars) : DeskPage
{
    [BindProperty] public string? Json { get; set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string Range => $"{calendars.Current.First.Year}年至{calendars.Current.Last.Year}年";

    public async Task OnGetAsync(CancellationToken ct) => Json = await calendars.CurrentJsonAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Errors = await calendars.SaveAsync(Json ?? "", User.Identity?.Name ?? "admin", ct);
        if (Errors.Count > 0) return Page();
        TempData["Message"] = $"已保存，日历现覆盖{Range}";
        return RedirectToPage();
    }
}
