using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Core.Model;
using Gongkai.Render;

namespace Gongkai.Tests.Generation;

/// <summary>
/// A report with blank cells, rendered to HTML and flattened as tools that drop empty cells do (web archives, copy-paste,
/// html2text): a line per table row, its cells joined by one space, the empty ones gone with no mark where they were.
/// </summary>
public static partial class LostBlanksText
{
    /// <summary>The generated report (its blank cells printed blank, about <paramref name="blankShare"/> of them) and its text.</summary>
    public static (Report Truth, string Text) Make(int seed, double blankShare = 0.2)
    {
        var rng = ReportGenerator.Seeded(seed);
        var report = ReportTextLayout.WithBlankCells(ReportGenerator.Generate(rng), rng, blankShare);
        return (report, Flatten(Encoding.UTF8.GetString(ReportRenderer.Render(report, RenderFormat.Html))));
    }

    /// <summary>The page's text: a line per row, paragraph or heading; a cell's text followed by one space; runs of spaces one.</summary>
    public static string Flatten(string html)
    {
        html = Scripts().Replace(html, "");
        html = LineEnds().Replace(html, "\n");
        html = CellEnds().Replace(html, " ");
        html = WebUtility.HtmlDecode(Tags().Replace(html, ""));
        return string.Join("\n", html.Split('\n').Select(l => Spaces().Replace(l, " ").Trim()).Where(l => l.Length > 0));
    }

    [GeneratedRegex(@"<(script|style)[^>]*>.*?</\1>", RegexOptions.Singleline)]
    private static partial Regex Scripts();
    [GeneratedRegex(@"</tr>|<br\s*/?>|</p>|</h\d>|</div>|</li>", RegexOptions.IgnoreCase)]
    private static partial Regex LineEnds();
    [GeneratedRegex(@"</t[dh]>", RegexOptions.IgnoreCase)]
    private static partial Regex CellEnds();
    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tags();
    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Spaces();
}
