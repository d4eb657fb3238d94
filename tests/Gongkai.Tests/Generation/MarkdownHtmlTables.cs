using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Core.Model;
using Gongkai.Render;

namespace Gongkai.Tests.Generation;

/// <summary>
/// A report as MinerU and other PDF-to-Markdown converters write it when they keep tables as HTML: "#" headings and
/// paragraphs as Markdown lines, each table a <c>&lt;table&gt;</c> of bare <c>&lt;tr&gt;&lt;td&gt;</c> markup
/// (merged cells as rowspan/colspan, no styles or classes), most often on one line, sometimes wrapped in
/// <c>&lt;html&gt;&lt;body&gt;</c>, header cells as <c>&lt;td&gt;</c>, and a table split in two at a page break
/// with the second part's rows under no header. Made from the report's official HTML, so blank cells print blank.
/// </summary>
public static partial class MarkdownHtmlTables
{
    /// <summary>The report's official HTML as its blocks in order: h1, h2 and p (group "inner" their markup), and whole tables.</summary>
    internal static MatchCollection Blocks(Report report)
    {
        var page = Encoding.UTF8.GetString(ReportRenderer.Render(report, RenderFormat.Html));
        return BlockRx().Matches(page[page.IndexOf("<body", StringComparison.Ordinal)..]);
    }

    /// <summary>Any tag, to strip markup down to its text.</summary>
    internal static Regex Tags => TagRx();

    /// <summary>A table's rows, each <c>&lt;tr&gt;…&lt;/tr&gt;</c>.</summary>
    internal static Regex Rows => RowRx();

    public static string Render(Report report, Random rng)
    {
        var headerAsTd = rng.NextDouble() < 0.7;
        var wrapped = rng.NextDouble() < 0.4;
        var lines = new List<string>();
        foreach (Match m in Blocks(report))
        {
            var tag = m.Groups["tag"].Value;
            if (tag != "table")
            {
                var text = WebUtility.HtmlDecode(TagRx().Replace(m.Groups["inner"].Value, "")).Trim();
                if (text.Length == 0) continue;
                lines.Add(tag switch { "h1" => "# " + text, "h2" => "## " + text, _ => text });
                lines.Add("");
                continue;
            }
            var rows = RowRx().Matches(Bare(m.Value, headerAsTd)).Select(r => r.Value).ToList();
            foreach (var part in PageParts(rows, rng))
            {
                var markup = "<table>" + string.Join(rng.NextDouble() < 0.25 ? "\n" : "", part) + "</table>";
                lines.Add(wrapped ? "<html><body>" + markup + "</body></html>" : markup);
                lines.Add("");
            }
        }
        return string.Join('\n', lines);
    }

    /// <summary>The table's markup as converters print it: no attributes but rowspan and colspan, no thead/tbody.</summary>
    private static string Bare(string table, bool headerAsTd)
    {
        var s = AttributeRx().Replace(table, "");
        s = SectionTagRx().Replace(s, "");
        s = Regex.Replace(s, @">\s+<", "><");
        return headerAsTd ? s.Replace("<th", "<td").Replace("</th>", "</td>") : s;
    }

    /// <summary>
    /// The rows whole, or (two times in five) cut in two at a page break after a row no merged cell crosses, past the
    /// header rows: the second part is a table of its own.
    /// </summary>
    private static List<List<string>> PageParts(List<string> rows, Random rng)
    {
        var safe = new List<int>();
        var coveredTo = -1;
        for (var i = 0; i < rows.Count; i++)
        {
            foreach (Match span in RowspanRx().Matches(rows[i]))
                coveredTo = Math.Max(coveredTo, i + int.Parse(span.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) - 1);
            if (coveredTo <= i && i >= 3 && i < rows.Count - 1) safe.Add(i);
        }
        if (safe.Count == 0 || rng.NextDouble() >= 0.4) return [rows];
        var cut = safe[rng.Next(safe.Count)] + 1;
        return [rows[..cut], rows[cut..]];
    }

    [GeneratedRegex(@"<(?<tag>h1|h2|p|table)\b[^>]*>(?<inner>.*?)</\k<tag>>", RegexOptions.Singleline)]
    private static partial Regex BlockRx();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex TagRx();

    [GeneratedRegex(@"<tr\b.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowRx();

    [GeneratedRegex(@"\s+(?!rowspan|colspan)[a-z-]+=""[^""]*""")]
    private static partial Regex AttributeRx();

    [GeneratedRegex(@"</?(?:thead|tbody|colgroup|col)\b[^>]*>")]
    private static partial Regex SectionTagRx();

    [GeneratedRegex(@"rowspan=""(\d+)""")]
    private static partial Regex RowspanRx();
}
