using System.Text.RegularExpressions;
using Gongkai.Render.Document;
using SkiaSharp;

namespace Gongkai.Render.Pdf;

/// <summary>
/// Lays the blocks of one document out on A4 pages, top to bottom, starting a new page whenever the next line or
/// table row does not fit. Tables are paginated by whole rows; a table with header rows repeats them after a break.
/// All measures are in points, y growing downwards (Skia's canvas).
/// </summary>
internal sealed partial class PdfPageWriter : IDisposable
{
    private const float PageWidth = 595.28f, PageHeight = 841.89f;
    private const float Left = 72, Right = 72, Top = 72, Bottom = 72;
    private const float ContentWidth = PageWidth - Left - Right;
    private const float ContentBottom = PageHeight - Bottom;

    private const float TitleSize = 18, HeadingSize = 14, BodySize = 12, TableSize = 10.5f, FooterSize = 10.5f;
    private const float TitleLine = 28, HeadingLine = 24, BodyLine = 20, TableLine = 13.5f;
    private const float Indent = 2 * BodySize;
    private const float BoldOffset = 0.4f;
    private const float CellPadX = 2.5f, CellPadY = 3;

    private readonly SKDocument _pdf;
    private readonly SKTypeface _typeface;
    private readonly List<IDisposable> _owned = [];
    private readonly LineBreaker _title, _heading, _body, _table, _footer;
    private readonly SKPaint _ink, _rule, _inserted, _deleted, _changedFill, _oneSideFill;
    private SKCanvas? _canvas;
    private int _page;
    private float _y;

    public PdfPageWriter(SKDocument pdf, SKTypeface typeface)
    {
        _pdf = pdf;
        _typeface = typeface;
        _title = Breaker(TitleSize, bold: true);
        _heading = Breaker(HeadingSize, bold: true);
        _body = Breaker(BodySize);
        _table = Breaker(TableSize);
        _footer = Breaker(FooterSize);
        _ink = Own(new SKPaint { Color = SKColors.Black, IsAntialias = true, Style = SKPaintStyle.Fill });
        _rule = Own(new SKPaint { Color = SKColors.Black, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.6f });
        _inserted = Own(new SKPaint { Color = new SKColor(0x1A, 0x56, 0xA8), IsAntialias = true, Style = SKPaintStyle.Fill, StrokeWidth = 0.7f });
        _deleted = Own(new SKPaint { Color = new SKColor(0xB3, 0x26, 0x1E), IsAntialias = true, Style = SKPaintStyle.Fill, StrokeWidth = 0.7f });
        _changedFill = Own(new SKPaint { Color = new SKColor(0xFF, 0xF1, 0xB8), Style = SKPaintStyle.Fill });
        _oneSideFill = Own(new SKPaint { Color = new SKColor(0xDC, 0xEB, 0xF7), Style = SKPaintStyle.Fill });
    }

    public void Write(ReportDocument doc)
    {
        NewPage();
        Title(doc.Title);
        var blocks = doc.Blocks;
        for (var i = 0; i < blocks.Length; i++)
        {
            switch (blocks[i])
            {
                case Heading h:
                    Heading(h.Text, i + 1 < blocks.Length ? blocks[i + 1] : null);
                    break;
                case Paragraph { Style: ParagraphStyle.Signature } p:
                    if (i == 0 || blocks[i - 1] is not Paragraph { Style: ParagraphStyle.Signature }) _y += BodyLine;
                    Lines(_body, _body.Break(p.Text, ContentWidth - Indent), BodyLine, Align.Right, Indent);
                    break;
                case Paragraph { Style: ParagraphStyle.Centred } p:
                    Lines(_body, _body.Break(p.Text, ContentWidth), BodyLine, Align.Centre, 0);
                    break;
                case Paragraph { Style: ParagraphStyle.FlushLeft } p:
                    Lines(_body, _body.Break(p.Text, ContentWidth), BodyLine, Align.Left, 0);
                    break;
                case Paragraph p:
                    Lines(_body, _body.Break(p.Text, ContentWidth, Indent), BodyLine, Align.Left, 0, firstIndent: Indent);
                    break;
                case MarkedParagraph m:
                    Marked(m);
                    break;
                case Table t:
                    Table(t);
                    break;
            }
        }
        EndPage();
    }

    public void Dispose()
    {
        for (var i = _owned.Count - 1; i >= 0; i--) _owned[i].Dispose();
    }

    // ---- pages ----

    private SKCanvas Canvas => _canvas ?? throw new InvalidOperationException("no page");

    private void NewPage()
    {
        EndPage();
        _canvas = _pdf.BeginPage(PageWidth, PageHeight);
        _page++;
        _y = Top;
    }

    private void EndPage()
    {
        if (_canvas is null) return;
        var number = $"- {_page} -";
        Canvas.DrawText(number, (PageWidth - _footer.Width(number)) / 2, PageHeight - 45, SKTextAlign.Left, _footer.Font, _ink);
        _pdf.EndPage();
        _canvas = null;
    }

    private bool AtPageTop => _y <= Top + 0.5f;

    private void EnsureSpace(float height)
    {
        if (_y + height > ContentBottom && !AtPageTop) NewPage();
    }

    // ---- text blocks ----

    private enum Align { Left, Centre, Right }

    private void Title(string title)
    {
        var lines = new List<string>();
        if (_title.Width(title) <= ContentWidth) lines.Add(title);
        else
        {
            // Break where printed titles do: the agency on one line, "20XX年政府信息公开工作年度报告" on the next.
            var m = YearRx().Match(title);
            var parts = m.Success && m.Index > 0 ? [title[..m.Index], title[m.Index..]] : new[] { title };
            foreach (var part in parts) lines.AddRange(_title.Break(part, ContentWidth));
        }
        _y += 12;
        Lines(_title, lines, TitleLine, Align.Centre, 0);
        _y += 16;
    }

    [GeneratedRegex(@"(?:19|20)\d{2}年")]
    private static partial Regex YearRx();

    private void Heading(string text, Block? next)
    {
        var lines = _heading.Break(text, ContentWidth, Indent);
        _y += 6;
        // Keep the heading with the start of what follows it.
        EnsureSpace(lines.Count * HeadingLine + Math.Min(FirstUnitHeight(next), ContentBottom - Top - lines.Count * HeadingLine));
        Lines(_heading, lines, HeadingLine, Align.Left, 0, firstIndent: Indent);
    }

    private float FirstUnitHeight(Block? next) => next switch
    {
        Paragraph or MarkedParagraph => 2 * BodyLine,
        Table t => TableLayout.Measure(t, this).FirstUnitHeight + 4,
        _ => 0,
    };

    private void Lines(LineBreaker font, List<string> lines, float lineHeight, Align align, float inset, float firstIndent = 0)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            EnsureSpace(lineHeight);
            var width = font.Width(lines[i]);
            var x = align switch
            {
                Align.Centre => Left + (ContentWidth - width) / 2,
                Align.Right => Left + ContentWidth - inset - width,
                _ => Left + inset + (i == 0 ? firstIndent : 0),
            };
            var baseline = Baseline(_y, lineHeight, font.Font);
            Canvas.DrawText(lines[i], x, baseline, SKTextAlign.Left, font.Font, _ink);
            // uming has no bold face, and Skia writes stroked or emboldened text as Type 3 bitmaps (large, and lost to
            // text extraction): bold is the same text printed again a hair to the right, which extractors
            // (poppler, PdfText) recognise as one character.
            if (font.Bold) Canvas.DrawText(lines[i], x + BoldOffset, baseline, SKTextAlign.Left, font.Font, _ink);
            _y += lineHeight;
        }
    }

    /// <summary>
    /// A paragraph of marked runs, broken into lines as one text and drawn run by run: insertions blue and underlined,
    /// deletions red and struck through, tags bold (printed twice, as headings are).
    /// </summary>
    private void Marked(MarkedParagraph m)
    {
        var text = m.Text;
        var flush = m.Style == ParagraphStyle.FlushLeft;
        var firstIndent = flush ? 0 : Indent;
        var lines = _body.BreakRanges(text, ContentWidth, firstIndent);
        var runStarts = new int[m.Runs.Length + 1];
        for (var i = 0; i < m.Runs.Length; i++) runStarts[i + 1] = runStarts[i] + m.Runs[i].Text.Length;
        for (var l = 0; l < lines.Count; l++)
        {
            EnsureSpace(BodyLine);
            var (start, length) = lines[l];
            var x = Left + (l == 0 ? firstIndent : 0);
            var baseline = Baseline(_y, BodyLine, _body.Font);
            for (var r = 0; r < m.Runs.Length; r++)
            {
                int from = Math.Max(start, runStarts[r]), to = Math.Min(start + length, runStarts[r + 1]);
                if (to <= from) continue;
                var piece = text[from..to];
                var width = _body.Width(piece);
                var mark = m.Runs[r].Mark;
                var paint = mark switch { RunMark.Inserted => _inserted, RunMark.Deleted => _deleted, _ => _ink };
                Canvas.DrawText(piece, x, baseline, SKTextAlign.Left, _body.Font, paint);
                // A tag (【警告】) is not printed twice for bold as headings are: inside a line, pdftotext read the copy as a
                // second 【警告】; its brackets mark it.
                if (mark == RunMark.Inserted) Canvas.DrawRect(x, baseline + 1.6f, width, 0.7f, paint);
                if (mark == RunMark.Deleted) Canvas.DrawRect(x, baseline - BodySize * 0.33f, width, 0.7f, paint);
                x += width;
            }
            _y += BodyLine;
        }
    }

    /// <summary>The baseline that centres the font's ascent–descent box in a line box starting at <paramref name="top"/>.</summary>
    private static float Baseline(float top, float lineHeight, SKFont font)
    {
        var m = font.Metrics;
        return top + (lineHeight - (m.Descent - m.Ascent)) / 2 - m.Ascent;
    }

    // ---- tables ----

    private void Table(Table t)
    {
        _y += 4;
        var layout = TableLayout.Measure(t, this);
        var fragments = layout.Paginate(_y, AtPageTop);
        var textFragment = layout.TextFragments(fragments);
        for (var f = 0; f < fragments.Count; f++)
        {
            var frag = fragments[f];
            if (frag.NewPage) NewPage();
            var rowTop = new Dictionary<int, float>();
            var y = _y;
            if (frag.RepeatHeader)
                for (var r = 0; r < t.HeaderRows; r++) { rowTop[r] = y; y += layout.Heights[r]; }
            for (var r = frag.First; r < frag.End; r++) { rowTop[r] = y; y += layout.Heights[r]; }

            foreach (var cell in layout.Cells)
            {
                var c = cell.Cell;
                int first = -1, last = -1;
                for (var r = c.Row; r < c.Row + c.RowSpan; r++)
                    if (rowTop.ContainsKey(r)) { if (first < 0) first = r; last = r; }
                if (first < 0) continue;
                var rect = new SKRect(layout.ColumnX[c.Col], rowTop[first], layout.ColumnX[c.Col + c.ColSpan], rowTop[last] + layout.Heights[last]);
                if (c.Mark != CellMark.None) Canvas.DrawRect(rect, c.Mark == CellMark.Changed ? _changedFill : _oneSideFill);
                Canvas.DrawRect(rect, _rule);
                var isRepeatedHeader = frag.RepeatHeader && c.Row + c.RowSpan <= t.HeaderRows;
                if (isRepeatedHeader || textFragment[cell] == f) CellText(cell, rect);
            }
            _y = y;
        }
        _y += 8;
    }

    private void CellText(TableLayout.PlacedCell cell, SKRect rect)
    {
        if (cell.Lines.Count == 0) return;
        var breaker = _table;
        var lines = cell.Lines;
        var lineHeight = TableLine;
        // A merged cell cut by a page break may have less room than its text needs: a smaller size, never an overflow.
        for (var scale = 0.9f; lines.Count * lineHeight + 2 * CellPadY > rect.Height + 0.01f && scale >= 0.45f; scale -= 0.1f)
        {
            breaker = Breaker(TableSize * scale);
            lineHeight = TableLine * scale;
            lines = breaker.Break(cell.Cell.Text, rect.Width - 2 * CellPadX);
        }
        var top = rect.Top + (rect.Height - lines.Count * lineHeight) / 2;
        var centred = cell.Cell.Kind == CellKind.Header || (cell.Cell.Kind == CellKind.Label && cell.Cell.RowSpan > 1);
        foreach (var line in lines)
        {
            var width = breaker.Width(line);
            var x = cell.Cell.Kind == CellKind.Number ? rect.Right - CellPadX - width
                : centred ? rect.Left + (rect.Width - width) / 2
                : rect.Left + CellPadX;
            Canvas.DrawText(line, x, Baseline(top, lineHeight, breaker.Font), SKTextAlign.Left, breaker.Font, _ink);
            top += lineHeight;
        }
    }

    private LineBreaker Breaker(float size, bool bold = false) =>
        new(Own(new SKFont(_typeface, size) { Subpixel = true, Edging = SKFontEdging.Antialias }), bold);

    private T Own<T>(T disposable) where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }

    /// <summary>A table measured for the page width: column edges, each cell's wrapped lines, row heights, and where it may break.</summary>
    private sealed class TableLayout
    {
        public sealed record PlacedCell(TableCell Cell, List<string> Lines);
        public sealed record Fragment(int First, int End, bool NewPage, bool RepeatHeader);

        public required Table Table { get; init; }
        public required float[] ColumnX { get; init; }
        public required float[] Heights { get; init; }
        public required List<PlacedCell> Cells { get; init; }

        public float FirstUnitHeight
        {
            get
            {
                var end = UnitEnd(0);
                var h = 0f;
                for (var r = 0; r < end; r++) h += Heights[r];
                return h;
            }
        }

        public static TableLayout Measure(Table t, PdfPageWriter w)
        {
            var total = t.ColumnWidths.Sum();
            var x = new float[t.ColumnCount + 1];
            x[0] = Left;
            for (var c = 0; c < t.ColumnCount; c++) x[c + 1] = x[c] + (float)(t.ColumnWidths[c] / total * ContentWidth);
            x[^1] = Left + ContentWidth;

            var cells = t.Cells.OrderBy(c => c.Row).ThenBy(c => c.Col)
                .Select(c => new PlacedCell(c, c.Text.Length == 0 ? [] : w._table.Break(c.Text, x[c.Col + c.ColSpan] - x[c.Col] - 2 * CellPadX)))
                .ToList();
            var heights = new float[t.RowCount];
            Array.Fill(heights, TableLine + 2 * CellPadY);
            foreach (var c in cells.Where(c => c.Cell.RowSpan == 1))
                heights[c.Cell.Row] = Math.Max(heights[c.Cell.Row], Needed(c));
            foreach (var c in cells.Where(c => c.Cell.RowSpan > 1).OrderBy(c => c.Cell.RowSpan))
            {
                var span = Enumerable.Range(c.Cell.Row, c.Cell.RowSpan).Sum(r => heights[r]);
                var missing = Needed(c) - span;
                if (missing > 0)
                    for (var r = c.Cell.Row; r < c.Cell.Row + c.Cell.RowSpan; r++) heights[r] += missing / c.Cell.RowSpan;
            }
            return new TableLayout { Table = t, ColumnX = x, Heights = heights, Cells = cells };
        }

        private static float Needed(PlacedCell c) => Math.Max(1, c.Lines.Count) * TableLine + 2 * CellPadY;

        /// <summary>
        /// A page may break before row r unless r is inside the repeated header rows (or right after them), or the row
        /// above is all headers (a group's title stays with its first row; a header-only table stays whole).
        /// </summary>
        private bool BreakAllowedBefore(int r) =>
            r > 0 && r < Table.RowCount && r > Table.HeaderRows && !Table.CellsStartingIn(r - 1).All(c => c.Kind == CellKind.Header);

        private int UnitEnd(int r)
        {
            var end = r + 1;
            while (end < Table.RowCount && !BreakAllowedBefore(end)) end++;
            return end;
        }

        /// <summary>The table's rows split into page fragments, starting at <paramref name="y"/> on the current page.</summary>
        public List<Fragment> Paginate(float y, bool atPageTop)
        {
            var fragments = new List<Fragment>();
            var headerHeight = Heights.Take(Table.HeaderRows).Sum();
            int first = 0, r = 0;
            var newPage = false;
            var repeat = false;
            var fresh = atPageTop;
            while (r < Table.RowCount)
            {
                var end = UnitEnd(r);
                var height = 0f;
                for (var k = r; k < end; k++) height += Heights[k];
                if (y + height <= ContentBottom + 0.01f)
                {
                    y += height;
                    r = end;
                    fresh = false;
                    continue;
                }
                if (fresh)
                {
                    // Taller than a whole page: cut it between rows.
                    var k = r;
                    while (k < end && (k == r || y + Heights[k] <= ContentBottom)) y += Heights[k++];
                    r = k;
                    fresh = false;
                    continue;
                }
                if (r > first) fragments.Add(new Fragment(first, r, newPage, repeat));
                first = r;
                newPage = true;
                repeat = Table.HeaderRows > 0 && r >= Table.HeaderRows;
                y = Top + (repeat ? headerHeight : 0);
                fresh = true;
            }
            fragments.Add(new Fragment(first, Table.RowCount, newPage, repeat));
            return fragments;
        }

        /// <summary>
        /// For each cell, the fragment that prints its text: the one holding its first row, unless a page break leaves
        /// that part of a merged cell too short, then the fragment where most of the cell lies.
        /// </summary>
        public Dictionary<PlacedCell, int> TextFragments(List<Fragment> fragments)
        {
            var result = new Dictionary<PlacedCell, int>();
            foreach (var cell in Cells)
            {
                var c = cell.Cell;
                int best = -1, firstFrag = -1;
                float bestHeight = -1, firstHeight = 0;
                for (var f = 0; f < fragments.Count; f++)
                {
                    var h = 0f;
                    for (var r = Math.Max(c.Row, fragments[f].First); r < Math.Min(c.Row + c.RowSpan, fragments[f].End); r++) h += Heights[r];
                    if (h <= 0) continue;
                    if (firstFrag < 0) { firstFrag = f; firstHeight = h; }
                    if (h > bestHeight) { best = f; bestHeight = h; }
                }
                result[cell] = firstHeight + 0.01f >= Needed(cell) ? firstFrag : best;
            }
            return result;
        }
    }
}
