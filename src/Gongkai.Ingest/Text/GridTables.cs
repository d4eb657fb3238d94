using System.Net;
using System.Text;

namespace Gongkai.Ingest.Text;

/// <summary>
/// Tables drawn with <c>+----+----+</c> borders: reStructuredText's grid tables (pandoc's conversion of a Word
/// report), Emacs's table.el, console boxes. A cell's text wraps onto the next lines of its row, so a row's label
/// ("一、" / "本年新收政府信息" / "公开申请数量") and even a number ("3" / "84") come apart; read line by line, the
/// numbers printed beside "一、" went to the label of the next row (pandoc's reStructuredText of seed 003 read 本年新收
/// as 14, 1, …, 15, the numbers of 上年结转, for 384, 61, …, 454). Each row between two borders is joined column by
/// column into one cell, and the tables given as HTML markup to be read by their grid like a page's.
/// </summary>
public static class GridTables
{
    /// <summary>True when the text holds a border line (<c>+---+---+</c>, <c>+===+</c>) directly followed by a row (<c>| … |</c>).</summary>
    public static bool Holds(ReadOnlySpan<char> text)
    {
        // Most texts have no "-+-" or "=+=" at all: one search each passes them over.
        if (text.IndexOf("-+-") < 0 && text.IndexOf("=+=") < 0) return false;
        var border = false;
        foreach (var line in text.EnumerateLines())
        {
            var t = line.Trim();
            if (border && t.Length > 1 && t[0] == '|') return true;
            border = IsBorder(t);
        }
        return false;
    }

    /// <summary>
    /// The text with each grid table as lines of markup (<c>&lt;table&gt;</c>, a <c>&lt;tr&gt;</c> a row, <c>&lt;/table&gt;</c>)
    /// and every other line as it was; null when a table's rows do not split into cells the same way on each of their
    /// lines (cells spanning columns), which are then left to be read as lines.
    /// </summary>
    public static string? ToMarkup(string text)
    {
        var output = new StringBuilder(text.Length + text.Length / 4);
        var block = new List<List<string>>();
        var inTable = false;
        foreach (var range in text.AsSpan().EnumerateLines())
        {
            var t = range.Trim();
            if (IsBorder(t))
            {
                if (!inTable) output.Append("<table>\n");
                else if (!Row(output, block)) return null;
                inTable = true;
                block.Clear();
                continue;
            }
            if (inTable && t.Length > 1 && t[0] == '|')
            {
                block.Add(Pieces(t));
                continue;
            }
            if (inTable)
            {
                // A table ends at its last border; lines after an unclosed row are kept as its row.
                if (!Row(output, block)) return null;
                output.Append("</table>\n");
                inTable = false;
                block.Clear();
            }
            output.Append(range).Append('\n');
        }
        if (inTable)
        {
            if (!Row(output, block)) return null;
            output.Append("</table>\n");
        }
        return output.ToString();
    }

    /// <summary>"+----+----+", "+====+", "+:---+---:+": a plus at each end and between columns, at least two columns.</summary>
    private static bool IsBorder(ReadOnlySpan<char> t)
    {
        if (t.Length < 5 || t[0] != '+' || t[^1] != '+') return false;
        var pluses = 0;
        foreach (var c in t)
        {
            if (c == '+') pluses++;
            else if (c is not ('-' or '=' or ':')) return false;
        }
        return pluses >= 3;
    }

    /// <summary>The pieces of a row line between its bars, trimmed ("| 一、 | 3 |" → "一、", "3").</summary>
    private static List<string> Pieces(ReadOnlySpan<char> t)
    {
        var pieces = new List<string>();
        var body = t[1..];
        if (body.Length > 0 && body[^1] == '|') body = body[..^1];
        foreach (var piece in body.Split('|')) pieces.Add(body[piece].Trim().ToString());
        return pieces;
    }

    /// <summary>
    /// One row of the table from its lines: cell i is the i-th piece of each line joined — without a space, as the wrap
    /// cut Chinese text and numbers ("3" + "84" = 384), with one only between two Latin letters. False when the lines
    /// split into different numbers of pieces.
    /// </summary>
    private static bool Row(StringBuilder output, List<List<string>> lines)
    {
        if (lines.Count == 0) return true;
        var columns = lines[0].Count;
        foreach (var line in lines)
            if (line.Count != columns) return false;
        output.Append("<tr>");
        var cell = new StringBuilder();
        for (var c = 0; c < columns; c++)
        {
            cell.Clear();
            foreach (var line in lines)
            {
                var piece = line[c];
                if (piece.Length == 0) continue;
                if (cell.Length > 0 && char.IsAsciiLetter(cell[^1]) && char.IsAsciiLetter(piece[0])) cell.Append(' ');
                cell.Append(piece);
            }
            output.Append("<td>").Append(WebUtility.HtmlEncode(cell.ToString())).Append("</td>");
        }
        output.Append("</tr>\n");
        return true;
    }
}
