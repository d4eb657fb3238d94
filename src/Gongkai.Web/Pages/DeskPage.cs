using Gongkai.Web.Desk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages;

/// <summary>Base of the signed-in pages: the actor, and the desk's refusals shown as a message instead of an error page.</summary>
public abstract class DeskPage : PageModel
{
    public Actor Actor => _actor ??= Actor.From(User);
    private Actor? _actor;

    protected async Task<IActionResult> Try(Func<Task> action, string done, Func<IActionResult>? after = null)
    {
        try
        {
            await action();
            TempData["Message"] = done;
        }
        catch (DeskNotFoundException)
        {
            return NotFound();
        }
        catch (DeskException e)
        {
            TempData["Error"] = e.Message;
        }
        catch (Gongkai.Core.Calendar.CalendarException e)
        {
            TempData["Error"] = e.Message;
        }
        return after?.Invoke() ?? RedirectToPage();
    }

    public static string Day(DateOnly? d) => d is { } x ? x.ToString("yyyy-MM-dd") : "";
}
