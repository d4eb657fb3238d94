using Gongkai.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Public;

/// <summary>A page of an agency's public site: anonymous, its agency from the address's code.</summary>
public abstract class PublicPage(PublicApplications site) : PageModel
{
    /// <summary>The cookie of the larger-text (适老化) toggle.</summary>
    public const string TextCookie = "gongkai-text";

    protected PublicApplications Site => site;

    public Agency? Agency { get; private set; }

    protected async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        Agency = await site.AgencyAsync(code, ct);
        ViewData["Agency"] = Agency;
        return Agency is not null;
    }

    /// <summary>Text of several lines as paragraphs.</summary>
    public static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
}
