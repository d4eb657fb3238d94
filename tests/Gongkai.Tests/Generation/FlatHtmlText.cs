using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Core.Model;
using Gongkai.Render;

namespace Gongkai.Tests.Generation;

/// <summary>
/// A report's HTML page turned into text by a tool that drops empty cells (a web archive's text, html2text, a copy of
/// the page): a line per table row, its cells joined by one space, a blank cell gone without a mark.
/// </summary>
public static partial class FlatHtmlText
{
    /// <summary>
    /// A generated report with a fifth of its cells blank (or <paramref name="blankShare"/>, of
    /// <paramref name="onlySection"/> alone), and its text so flattened.
    /// </summary>
    public static (Report Truth, string Text) Generate(int seed, double blankShare = 0.2, string? onlySection = null)
    {
        var rng = ReportGenerator.Seeded(seed);
        var report = ReportTextLayout.WithBlankCells(ReportGenerator.Generate(rng), rng, blankShare, onlySection);
        return (report, Render(report));
    }

    public static string Render(Report report)
    {
        var html = Encoding.UTF8.GetString(ReportRenderer.Render(report, RenderFormat.Html));
        html = ScriptRx().Replace(html, "");
        html = LineEndRx().Replace(html, "\n");
        html = CellEndRx().Replace(html, " ");
        html = WebUtility.HtmlDecode(TagRx().Replace(html, ""));
        return string.Join("\n", html.Split('\n').Select(l => SpacesRx().Replace(l, " ").Trim()).Where(l => l.Length > 0));
    }

    /// <summary>
    /// The numbers of the tables (sections 二 to 四) of four digits or more with their thousands set apart by
    /// <paramref name="separator"/> ("91754" as "91 754"), as some spreadsheets print them; the prose keeps its numbers.
    /// </summary>
    public static string SpaceThousands(string text, string separator = " ")
    {
        int from = text.IndexOf("二、主动公开政府信息情况", StringComparison.Ordinal), to = text.IndexOf("五、存在", StringComparison.Ordinal);
        if (from < 0 || to < from) return text;
        var tables = LongNumberRx().Replace(text[from..to], m =>
        {
            var s = m.Value;
            var grouped = new StringBuilder();
            for (var i = 0; i < s.Length; i++)
            {
                if (i > 0 && (s.Length - i) % 3 == 0) grouped.Append(separator);
                grouped.Append(s[i]);
            }
            return grouped.ToString();
        });
        return text[..from] + tables + text[to..];
    }

    [GeneratedRegex(@"<(script|style)[^>]*>.*?</\1>", RegexOptions.Singleline)]
    private static partial Regex ScriptRx();
    [GeneratedRegex(@"</tr>|<br\s*/?>|</p>|</h\d>|</div>|</li>", RegexOptions.IgnoreCase)]
    private static partial Regex LineEndRx();
    [GeneratedRegex(@"</t[dh]>", RegexOptions.IgnoreCase)]
    private static partial Regex CellEndRx();
    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex TagRx();
    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex SpacesRx();
    [GeneratedRegex(@"(?<![\d.])\d{4,}(?![\d.])")]
    private static partial Regex LongNumberRx();
}
