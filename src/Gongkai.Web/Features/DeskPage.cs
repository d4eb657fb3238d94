using Gongkai.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features;

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

    /// <summary>A date as people read it (2026年1月5日); see <see cref="Iso"/> for the value of a date field.</summary>
    public static string Day(DateOnly? d) => Gongkai.Core.Labels.Chinese.Date(d);

    /// <summary>The value of an &lt;input type="date"&gt;, which HTML requires as yyyy-MM-dd.</summary>
    public static string Iso(DateOnly? d) => d is { } x ? x.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "";

    /// <summary>
    /// A person as recorded: "王主任". Records written before display names were kept alone carry the user name in
    /// brackets ("王主任（head）"), which is the account, not how the office names anyone.
    /// </summary>
    public static string Person(string? recorded) =>
        recorded is null ? "" : System.Text.RegularExpressions.Regex.Replace(recorded, @"（[A-Za-z0-9._@-]+）$", "");
}
