using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Core.Model;

namespace Gongkai.Tests.Generation;

/// <summary>
/// A report as pandoc writes a Word report in reStructuredText (and table.el or console tools draw tables): headings
/// underlined, paragraphs as lines, each table a grid of <c>+----+</c> borders and <c>|</c> rows whose columns are
/// narrow, so a cell's text wraps onto the next lines of its row, labels and numbers alike ("3" / "84"). Merged cells
/// are laid out as pandoc does: the text in the first cell of the merge, the cells it covered left empty. Made from
/// the report's official HTML, so blank cells print blank.
/// </summary>
public static partial class GridTablesText
{
    public static string Render(Report report, Random rng)
    {
        var lines = new List<string>();
        foreach (Match m in MarkdownHtmlTables.Blocks(report))
        {
            if (m.Groups["tag"].Value != "table")
            {
                var text = Text(m.Groups["inner"].Value);
                if (text.Length == 0) continue;
                lines.Add(text);
                if (m.Groups["tag"].Value is "h1" or "h2") lines.Add(new string('=', Width(text)));
                lines.Add("");
                continue;
            }
            Draw(Grid(m.Value), rng, lines);
            lines.Add("");
        }
        return string.Join('\n', lines);
    }

    /// <summary>
    /// The report as pandoc's GitHub Markdown of the same Word report: each table as a pipe table on the same grid, one
    /// line a row, so a short row of a wide table ends in the empty cells its merge left ("| 政府集中采购 | | 36 | |").
    /// </summary>
    public static string RenderPipe(Report report)
    {
        var lines = new List<string>();
        foreach (Match m in MarkdownHtmlTables.Blocks(report))
        {
            if (m.Groups["tag"].Value != "table")
            {
                var text = Text(m.Groups["inner"].Value);
                if (text.Length > 0) lines.AddRange([m.Groups["tag"].Value is "h1" or "h2" ? "## " + text : text, ""]);
                continue;
            }
            var grid = Grid(m.Value);
            for (var r = 0; r < grid.Count; r++)
            {
                lines.Add("| " + string.Join(" | ", grid[r]) + " |");
                if (r == 0) lines.Add("|" + string.Concat(grid[r].Select(_ => "---|")));
            }
            lines.Add("");
        }
        return string.Join('\n', lines);
    }

    /// <summary>The table's cells on a grid, a merged cell's text in its first position and the others empty.</summary>
    private static List<string[]> Grid(string table)
    {
        var rows = MarkdownHtmlTables.Rows.Matches(table).Select(r => r.Value).ToList();
        var cells = new Dictionary<(int, int), string>();
        var columns = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            var c = 0;
            foreach (Match cell in CellRx().Matches(rows[r]))
            {
                while (cells.ContainsKey((r, c))) c++;
                var rowspan = Span(cell.Groups["attrs"].Value, "rowspan");
                var colspan = Span(cell.Groups["attrs"].Value, "colspan");
                for (var dr = 0; dr < rowspan; dr++)
                    for (var dc = 0; dc < colspan; dc++)
                        cells[(r + dr, c + dc)] = dr == 0 && dc == 0 ? Text(cell.Groups["inner"].Value) : "";
                c += colspan;
                columns = Math.Max(columns, c);
            }
        }
        return Enumerable.Range(0, rows.Count)
            .Select(r => Enumerable.Range(0, columns).Select(c => cells.GetValueOrDefault((r, c), "")).ToArray()).ToList();
    }

    /// <summary>
    /// The grid drawn with columns 2 to 12 display columns wide (a Chinese character is two), each cell's text wrapped
    /// to its column; the border under the first row is "=" one time in two, as a header's.
    /// </summary>
    private static void Draw(List<string[]> grid, Random rng, List<string> lines)
    {
        var columns = grid.Count == 0 ? 0 : grid[0].Length;
        var widths = Enumerable.Range(0, columns).Select(_ => rng.Next(2, 13)).ToArray();
        var header = rng.NextDouble() < 0.5;
        lines.Add(Border(widths, '-'));
        for (var r = 0; r < grid.Count; r++)
        {
            var wrapped = grid[r].Select((text, c) => Wrap(text, widths[c])).ToArray();
            var height = Math.Max(1, wrapped.Max(w => w.Count));
            for (var k = 0; k < height; k++)
            {
                var line = new StringBuilder("|");
                for (var c = 0; c < columns; c++)
                {
                    var piece = k < wrapped[c].Count ? wrapped[c][k] : "";
                    line.Append(' ').Append(piece).Append(' ', widths[c] - Width(piece) + 1).Append('|');
                }
                lines.Add(line.ToString());
            }
            lines.Add(Border(widths, r == 0 && header ? '=' : '-'));
        }
    }

    private static string Border(int[] widths, char rule) => "+" + string.Concat(widths.Select(w => new string(rule, w + 2) + "+"));

    /// <summary>The text cut into pieces of at most <paramref name="width"/> display columns (one character at least).</summary>
    private static List<string> Wrap(string text, int width)
    {
        var pieces = new List<string>();
        var piece = new StringBuilder();
        var used = 0;
        foreach (var ch in text)
        {
            var w = CharWidth(ch);
            if (piece.Length > 0 && used + w > width)
            {
                pieces.Add(piece.ToString());
                piece.Clear();
                used = 0;
            }
            piece.Append(ch);
            used += w;
        }
        if (piece.Length > 0) pieces.Add(piece.ToString());
        return pieces;
    }

    private static int Width(string s) => s.Sum(CharWidth);

    private static int CharWidth(char c) => c >= '\u1100' ? 2 : 1;

    private static int Span(string attrs, string name)
    {
        var m = Regex.Match(attrs, name + @"=""(\d+)""");
        return m.Success ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
    }

    private static string Text(string markup) => Regex.Replace(WebUtility.HtmlDecode(MarkdownHtmlTables.Tags.Replace(markup, "")), @"\s+", " ").Trim();

    [GeneratedRegex(@"<t[dh]\b(?<attrs>[^>]*)>(?<inner>.*?)</t[dh]>", RegexOptions.Singleline)]
    private static partial Regex CellRx();
}
