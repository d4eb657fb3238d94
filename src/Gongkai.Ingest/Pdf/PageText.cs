using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Gongkai.Ingest.Pdf;

/// <summary>One positioned character, in reading coordinates (x to the right along the text, y up).</summary>
internal readonly record struct Glyph(string Text, double X0, double X1, double Y, double Size)
{
    public double Mid => (X0 + X1) / 2;
}

/// <summary>A line of text outside tables, with its extent for rejoining wrapped paragraphs.</summary>
internal sealed record TextLine(string Text, double Left, double Right, double Y, double Size, int Glyphs)
{
    public bool HasTab => Text.Contains('\t');
}

/// <summary>What a page holds, top to bottom: lines of text and ruled tables already turned into tab-separated rows.</summary>
internal sealed record PageItem(double Top, TextLine? Line, List<string>? TableRows);

/// <summary>
/// One page's letters as text: characters inside a ruled table go to the cell under them (a cell's lines joined
/// without a separator, one output line per table row, cells separated by tabs, a merged cell once on its first row);
/// the other characters are grouped into lines by baseline, wide gaps becoming tabs.
/// </summary>
internal static partial class PageText
{
    public static List<PageItem> Read(Page page, out int glyphCount)
    {
        var letters = page.Letters;
        var dominant = DominantOrientation(letters);
        var transform = ReadingTransform(dominant);
        var glyphs = new List<Glyph>(letters.Count);
        foreach (var l in letters)
        {
            if (string.IsNullOrEmpty(l.Value) || l.TextOrientation != dominant) continue; // a rotated watermark
            var a = transform(l.StartBaseLine);
            var b = transform(l.EndBaseLine);
            var size = l.PointSize > 0.5 ? l.PointSize : Math.Max(1, l.BoundingBox.Height);
            if (double.IsNaN(a.X + a.Y + b.X + size) || double.IsInfinity(a.X + a.Y + b.X + size)) continue;
            glyphs.Add(new Glyph(l.Value, Math.Min(a.X, b.X), Math.Max(a.X, b.X), a.Y, size));
        }
        glyphCount = glyphs.Count(g => !string.IsNullOrWhiteSpace(g.Text));

        var tables = glyphs.Count == 0 ? [] : RulingGrid.Find(page.Paths, transform);
        var inCells = tables.Select(t => new List<Glyph>[t.Cells.Length]).ToArray();
        var free = new List<Glyph>();
        foreach (var g in glyphs)
        {
            var placed = false;
            var y = g.Y + 0.3 * g.Size; // the middle of a CJK glyph, not its baseline
            // Closing punctuation may hang past the end of its line, over the cell's rule (Word, WPS, our own renderer):
            // it belongs where it starts. Its middle in the next cell would make a blank cell there print "、".
            var x = g.Text.Length == 1 && HangingPunctuation.Contains(g.Text[0]) ? g.X0 + 0.1 * (g.X1 - g.X0) : g.Mid;
            for (var t = 0; t < tables.Count && !placed; t++)
            {
                var cell = tables[t].CellAt(x, y);
                if (cell < 0) continue;
                (inCells[t][cell] ??= []).Add(g);
                placed = true;
            }
            if (!placed) free.Add(g);
        }

        var items = new List<PageItem>();
        for (var t = 0; t < tables.Count; t++) items.Add(new PageItem(tables[t].Top, null, TableRows(tables[t], inCells[t])));
        foreach (var line in Lines(free, tabs: true))
            items.Add(new PageItem(line.Y + 0.8 * line.Size, line, null));
        items.Sort((a, b) => b.Top.CompareTo(a.Top));
        return items;
    }

    private const string HangingPunctuation = "，。、；：？！）》」』】〕〉”’,.;:?!)";

    private static List<string> TableRows(RuledTable table, List<Glyph>?[] cellGlyphs) =>
        TableRows(table, cellGlyphs.Select(g => g is null ? "" : CellText(g)).ToArray());

    /// <summary>One line per table row, the texts of the cells starting on it separated by tabs (a scan's OCR'd cells too).</summary>
    internal static List<string> TableRows(RuledTable table, string[] texts)
    {
        var rows = new List<string>();
        for (var r = 0; r < table.Rows; r++)
        {
            var starting = Enumerable.Range(0, table.Cells.Length).Where(i => table.Cells[i].Row == r).OrderBy(i => table.Cells[i].Col).ToList();
            if (starting.Count == 0) continue;
            rows.Add(string.Join('\t', starting.Select(i => texts[i])));
        }
        return rows;
    }

    /// <summary>A cell's lines top to bottom, joined without a separator (a wrapped Chinese label reads as one).</summary>
    private static string CellText(List<Glyph> glyphs)
    {
        var sb = new StringBuilder();
        foreach (var line in Lines(glyphs, tabs: false))
        {
            var text = line.Text.Trim();
            if (text.Length == 0) continue;
            if (sb.Length > 0 && IsLatin(sb[^1]) && IsLatin(text[0])) sb.Append(' ');
            sb.Append(text);
        }
        return sb.ToString();
    }

    /// <summary>Glyphs grouped by baseline into lines, top to bottom, each left to right.</summary>
    public static List<TextLine> Lines(List<Glyph> glyphs, bool tabs)
    {
        var lines = new List<TextLine>();
        if (glyphs.Count == 0) return lines;
        glyphs.Sort((a, b) => b.Y.CompareTo(a.Y));
        var start = 0;
        for (var i = 1; i <= glyphs.Count; i++)
        {
            if (i < glyphs.Count && glyphs[start].Y - glyphs[i].Y <= 0.4 * Math.Max(glyphs[start].Size, glyphs[i].Size)) continue;
            var line = glyphs.GetRange(start, i - start);
            line.Sort((a, b) => a.X0.CompareTo(b.X0));
            lines.Add(Line(line, tabs));
            start = i;
        }
        return lines;
    }

    private static TextLine Line(List<Glyph> glyphs, bool tabs)
    {
        var sb = new StringBuilder();
        Glyph? prev = null, prev2 = null;
        var count = 0;
        double left = double.MaxValue, right = double.MinValue;
        foreach (var g in glyphs)
        {
            // Fake bold: the same character printed again a fraction of its width away.
            if (IsDuplicate(g, prev) || IsDuplicate(g, prev2)) continue;
            if (prev is { } p && !string.IsNullOrWhiteSpace(g.Text) && sb.Length > 0 && !char.IsWhiteSpace(sb[^1]))
            {
                var gap = g.X0 - p.X1;
                var size = Math.Max(g.Size, p.Size);
                if (tabs && gap > 1.5 * size) sb.Append('\t');
                else if (gap > (IsLatin(sb[^1]) && IsLatin(g.Text[0]) ? 0.2 : 0.6) * size) sb.Append(' ');
            }
            sb.Append(g.Text);
            if (!string.IsNullOrWhiteSpace(g.Text))
            {
                left = Math.Min(left, g.X0);
                right = Math.Max(right, g.X1);
                count++;
            }
            prev2 = prev;
            prev = g;
        }
        var y = glyphs.Average(g => g.Y);
        var lineSize = glyphs.Max(g => g.Size);
        return new TextLine(Compatibility(sb.ToString()), count == 0 ? 0 : left, count == 0 ? 0 : right, y, lineSize, count);
    }

    /// <summary>The same character again, shifted by a small part of its width (not the next letter of "ll" or "一一").</summary>
    private static bool IsDuplicate(Glyph g, Glyph? other) =>
        other is { } o && o.Text == g.Text && Math.Abs(o.X0 - g.X0) < Math.Min(0.15 * g.Size, 0.25 * (o.X1 - o.X0)) && Math.Abs(o.Y - g.Y) < 0.1 * g.Size;

    private static bool IsLatin(char c) => c is (>= '0' and <= '9') or (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');

    /// <summary>
    /// Kangxi radicals (⼀ for 一), CJK compatibility ideographs and ligatures that WPS and Word PDFs map characters to,
    /// put back to the ordinary characters (NFKC of just those; full-width punctuation is left for the reader).
    /// </summary>
    private static string Compatibility(string s)
    {
        foreach (var c in s)
            if (IsCompatibility(c)) return string.Concat(s.EnumerateRunes().Select(r => IsCompatibility(r) ? r.ToString().Normalize(NormalizationForm.FormKC) : r.ToString()));
        return s;
    }

    private static bool IsCompatibility(char c) => c is (>= '\u2E80' and <= '\u2FDF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFB00' and <= '\uFB06') || char.IsSurrogate(c);

    private static bool IsCompatibility(Rune r) => r.Value is (>= 0x2E80 and <= 0x2FDF) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFB00 and <= 0xFB06) or (>= 0x2F800 and <= 0x2FA1F);

    private static TextOrientation DominantOrientation(IReadOnlyList<Letter> letters)
    {
        int up = 0, down = 0, flipped = 0, horizontal = 0;
        foreach (var l in letters)
        {
            switch (l.TextOrientation)
            {
                case TextOrientation.Horizontal: horizontal++; break;
                case TextOrientation.Rotate90: down++; break;
                case TextOrientation.Rotate270: up++; break;
                case TextOrientation.Rotate180: flipped++; break;
            }
        }
        var max = Math.Max(Math.Max(up, down), flipped);
        if (horizontal >= max) return TextOrientation.Horizontal;
        return max == down ? TextOrientation.Rotate90 : max == up ? TextOrientation.Rotate270 : TextOrientation.Rotate180;
    }

    /// <summary>Turns a page whose text runs up, down or upside down so that it reads left to right, top to bottom.</summary>
    private static Func<PdfPoint, PdfPoint> ReadingTransform(TextOrientation orientation) => orientation switch
    {
        TextOrientation.Rotate90 => p => new PdfPoint(-p.Y, p.X),
        TextOrientation.Rotate270 => p => new PdfPoint(p.Y, -p.X),
        TextOrientation.Rotate180 => p => new PdfPoint(-p.X, -p.Y),
        _ => p => p,
    };

    [GeneratedRegex(@"^\s*(?:[-—–]\s*\d{1,4}\s*[-—–]|\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}|共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页)\s*$")]
    public static partial Regex PageNumberRx();
}
