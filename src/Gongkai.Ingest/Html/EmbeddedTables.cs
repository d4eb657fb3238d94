using System.Net;
using System.Text;

namespace Gongkai.Ingest.Html;

/// <summary>
/// A text file whose tables are HTML markup: what PDF-to-Markdown converters write (MinerU, the most used for Chinese
/// government PDFs, prints every table as one line <c>&lt;table&gt;&lt;tr&gt;&lt;td&gt;…</c> between Markdown
/// headings and paragraphs), and text pasted from a web page's source. Read as text, the tags' own numbers
/// (<c>colspan="4"</c>, <c>border="1"</c>) sit among the cells and every such row became ambiguous. Such a text is read
/// as a page instead: its tables by their grid like any web page's, every other line a paragraph of its own. So is a
/// text whose lines are markup (each line of a page wrapped in a tag).
/// </summary>
public static class EmbeddedTables
{
    /// <summary>
    /// True when the text holds an HTML table with a cell (a start tag <c>&lt;table</c> and a <c>&lt;td</c> or
    /// <c>&lt;th</c>), or when it is markup line by line: at least five lines, and half of all, start with a tag (a
    /// page's lines each in <c>&lt;p style="margin:0 0 12px"&gt;</c> or <c>&lt;span&gt;</c>, whose numbers read as
    /// text would sit among the cells).
    /// </summary>
    public static bool Holds(string text)
    {
        var table = IndexOfTag(text, "<table", 0);
        if (table >= 0 && (IndexOfTag(text, "<td", table) >= 0 || IndexOfTag(text, "<th", table) >= 0)) return true;
        if (text.IndexOf('<') < 0) return false;
        int lines = 0, tagged = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var words = line.Trim();
            if (words.IsEmpty) continue;
            lines++;
            if (StartsWithTag(words)) tagged++;
        }
        return tagged >= 5 && tagged * 2 >= lines;
    }

    /// <summary>
    /// The text as an HTML page: the lines from one that opens a table to the one that closes it are kept as markup, as
    /// is a line that starts with a tag; every other line is escaped into a paragraph of its own (a Markdown heading's
    /// marks dropped), so its line stays a line and any "&lt;" in it stays text.
    /// </summary>
    public static string ToHtml(string text)
    {
        var html = new StringBuilder(text.Length + text.Length / 4 + 64).Append("<!DOCTYPE html><html><body>\n");
        var depth = 0;
        foreach (var range in text.AsSpan().EnumerateLines())
        {
            var line = range.ToString();
            var opens = Count(line, "<table");
            var closes = Count(line, "</table");
            if (depth > 0 || opens > 0)
            {
                html.Append(line).Append('\n');
                depth = Math.Max(0, depth + opens - closes);
                continue;
            }
            var words = line.AsSpan().Trim();
            if (words.IsEmpty) continue;
            if (StartsWithTag(words))
            {
                // Markup outside the tables (a page's source pasted after a title line): markup still, not text whose
                // attributes' numbers could be read. A text file's line is a line: one that prints words ends with a
                // break, so inline markup (a <span> a line) does not run the lines together.
                html.Append(line).Append(HasText(words) ? "<br>\n" : "\n");
                continue;
            }
            html.Append("<p>").Append(WebUtility.HtmlEncode(MarkdownHeading(words).ToString())).Append("</p>\n");
        }
        return html.Append("</body></html>\n").ToString();
    }

    /// <summary>"&lt;div", "&lt;/p", "&lt;!--": a tag; "&lt;20个工作日" and "&lt; 5" are text.</summary>
    private static bool StartsWithTag(ReadOnlySpan<char> line) =>
        line.Length > 1 && line[0] == '<' && (char.IsAsciiLetter(line[1]) || line[1] is '/' or '!' or '?');

    /// <summary>Whether anything but white space lies outside the line's tags.</summary>
    private static bool HasText(ReadOnlySpan<char> line)
    {
        var inTag = false;
        foreach (var c in line)
        {
            if (c == '<') inTag = true;
            else if (c == '>') inTag = false;
            else if (!inTag && !char.IsWhiteSpace(c)) return true;
        }
        return false;
    }

    /// <summary>"## 一、总体情况" → "一、总体情况"; any other line as it is.</summary>
    private static ReadOnlySpan<char> MarkdownHeading(ReadOnlySpan<char> line)
    {
        var marks = 0;
        while (marks < line.Length && line[marks] == '#') marks++;
        return marks is > 0 and <= 6 && marks < line.Length && line[marks] == ' ' ? line[(marks + 1)..].TrimStart() : line;
    }

    /// <summary>Occurrences of a tag's start (<c>&lt;table</c>, <c>&lt;/table</c>) followed by a character that ends a tag name.</summary>
    private static int Count(string line, string tag)
    {
        var n = 0;
        for (var i = IndexOfTag(line, tag, 0); i >= 0; i = IndexOfTag(line, tag, i + tag.Length)) n++;
        return n;
    }

    private static int IndexOfTag(string text, string tag, int from)
    {
        for (var i = text.IndexOf(tag, from, StringComparison.OrdinalIgnoreCase); i >= 0;
             i = text.IndexOf(tag, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = i + tag.Length;
            if (end == text.Length || text[end] is '>' or ' ' or '\t' or '\r' or '\n' or '/') return i;
        }
        return -1;
    }
}
