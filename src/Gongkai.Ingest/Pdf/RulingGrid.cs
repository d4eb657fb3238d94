using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace Gongkai.Ingest.Pdf;

/// <summary>One cell of a ruled table: its first grid row and column and how many it covers (merged cells cover several).</summary>
internal readonly record struct GridCell(int Row, int Col, int RowSpan, int ColSpan);

/// <summary>
/// A table found from its ruling lines: <see cref="Xs"/> are the column edges left to right, <see cref="Ys"/> the row
/// edges top to bottom (PDF y, so decreasing); every grid position belongs to one <see cref="Cells"/> entry.
/// </summary>
internal sealed class RuledTable(double[] xs, double[] ys, int[,] cellOf, GridCell[] cells)
{
    public double[] Xs { get; } = xs;
    public double[] Ys { get; } = ys;
    public GridCell[] Cells { get; } = cells;
    public int Rows => Ys.Length - 1;
    public double Top => Ys[0];

    /// <summary>The cell index at a point, or -1 if the point is outside the table.</summary>
    public int CellAt(double x, double y)
    {
        const double tol = 0.5;
        if (x < Xs[0] - tol || x > Xs[^1] + tol || y > Ys[0] + tol || y < Ys[^1] - tol) return -1;
        var col = 0;
        while (col < Xs.Length - 2 && x > Xs[col + 1]) col++;
        var row = 0;
        while (row < Ys.Length - 2 && y < Ys[row + 1]) row++;
        return cellOf[row, col];
    }
}

/// <summary>
/// Finds ruled tables on a page from the lines drawn: stroked lines and rectangles, and the thin filled rectangles
/// Word and WPS draw borders with. Connected horizontal and vertical rules make a table; the distinct rule positions
/// make its grid; a grid edge with no rule along it joins two positions into one merged cell.
/// </summary>
internal static class RulingGrid
{
    private const double Tol = 1.5;          // points: rules this close are the same rule
    private const double ThinRule = 2.5;     // a filled rectangle this thin is a rule, not shading
    private const int MaxRules = 4000;       // more than this is a drawing, not a table

    /// <summary>A horizontal rule at y = At from x = From to To, or a vertical one at x = At (points, PDF y up).</summary>
    internal readonly record struct Rule(double At, double From, double To);

    /// <summary>Tables from rules found elsewhere (the ruling lines of a scanned page, in points): the same grid and merged cells as drawn rules give.</summary>
    internal static List<RuledTable> FromRules(List<Rule> horizontal, List<Rule> vertical)
    {
        var h = Merge(horizontal);
        var v = Merge(vertical);
        if (h.Count + v.Count > MaxRules || h.Count < 2 || v.Count < 2) return [];
        return Tables(h, v);
    }

    public static List<RuledTable> Find(IReadOnlyList<PdfPath> paths, Func<PdfPoint, PdfPoint> transform)
    {
        var hs = new List<Rule>();
        var vs = new List<Rule>();
        foreach (var path in paths)
        {
            if (!path.IsStroked && !path.IsFilled) continue;
            if (path.Any(sub => sub.Commands.Any(c => c is PdfSubpath.BezierCurve))) continue; // glyph outlines, curves, logos
            foreach (var sub in path)
            {
                if (IsRectangle(sub, transform, out var rect))
                {
                    if (path.IsStroked) AddRect(rect, hs, vs);
                    else if (rect.Height <= ThinRule && rect.Width > rect.Height) hs.Add(new Rule((rect.Bottom + rect.Top) / 2, rect.Left, rect.Right));
                    else if (rect.Width <= ThinRule && rect.Height > rect.Width) vs.Add(new Rule((rect.Left + rect.Right) / 2, rect.Bottom, rect.Top));
                    continue;
                }
                if (!path.IsStroked) continue;
                PdfPoint? start = null, last = null;
                foreach (var c in sub.Commands)
                {
                    switch (c)
                    {
                        case PdfSubpath.Move m: start = last = transform(m.Location); break;
                        case PdfSubpath.Line l: AddLine(transform(l.From), transform(l.To), hs, vs); last = transform(l.To); break;
                        case PdfSubpath.Close when start is { } s && last is { } e: AddLine(e, s, hs, vs); last = s; break;
                    }
                }
                if (hs.Count + vs.Count > 4 * MaxRules) return [];
            }
        }
        var h = Merge(hs);
        var v = Merge(vs);
        if (h.Count + v.Count > MaxRules || h.Count < 2 || v.Count < 2) return [];
        return Tables(h, v);
    }

    private static bool IsRectangle(PdfSubpath sub, Func<PdfPoint, PdfPoint> transform, out PdfRectangle rect)
    {
        rect = default;
        var points = new List<PdfPoint>(5);
        foreach (var c in sub.Commands)
        {
            switch (c)
            {
                case PdfSubpath.Move m: if (points.Count > 0) return false; points.Add(transform(m.Location)); break;
                case PdfSubpath.Line l: points.Add(transform(l.To)); break;
                case PdfSubpath.Close: break;
                default: return false;
            }
        }
        if (points.Count is < 4 or > 5) return false;
        if (points.Count == 5 && (Math.Abs(points[4].X - points[0].X) > 0.01 || Math.Abs(points[4].Y - points[0].Y) > 0.01)) return false;
        for (var i = 0; i < 4; i++)
        {
            var a = points[i];
            var b = points[(i + 1) % 4];
            if (Math.Abs(a.X - b.X) > 0.01 && Math.Abs(a.Y - b.Y) > 0.01) return false; // not axis-aligned
        }
        double minX = points.Min(p => p.X), maxX = points.Max(p => p.X), minY = points.Min(p => p.Y), maxY = points.Max(p => p.Y);
        rect = new PdfRectangle(minX, minY, maxX, maxY);
        return true;
    }

    private static void AddRect(PdfRectangle r, List<Rule> hs, List<Rule> vs)
    {
        if (r.Width <= ThinRule && r.Height <= ThinRule) return; // a dot
        hs.Add(new Rule(r.Bottom, r.Left, r.Right));
        hs.Add(new Rule(r.Top, r.Left, r.Right));
        vs.Add(new Rule(r.Left, r.Bottom, r.Top));
        vs.Add(new Rule(r.Right, r.Bottom, r.Top));
    }

    private static void AddLine(PdfPoint a, PdfPoint b, List<Rule> hs, List<Rule> vs)
    {
        if (Math.Abs(a.Y - b.Y) <= 0.5 && Math.Abs(a.X - b.X) > ThinRule)
            hs.Add(new Rule((a.Y + b.Y) / 2, Math.Min(a.X, b.X), Math.Max(a.X, b.X)));
        else if (Math.Abs(a.X - b.X) <= 0.5 && Math.Abs(a.Y - b.Y) > ThinRule)
            vs.Add(new Rule((a.X + b.X) / 2, Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y)));
    }

    /// <summary>Rules on the same line that touch or overlap become one.</summary>
    private static List<Rule> Merge(List<Rule> rules)
    {
        rules.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.From.CompareTo(b.From));
        var merged = new List<Rule>();
        var i = 0;
        while (i < rules.Count)
        {
            var j = i;
            while (j + 1 < rules.Count && rules[j + 1].At - rules[j].At <= 0.75) j++;
            var line = rules.GetRange(i, j - i + 1);
            var at = line.Average(r => r.At);
            line.Sort((a, b) => a.From.CompareTo(b.From));
            var cur = line[0] with { At = at };
            foreach (var r in line.Skip(1))
            {
                if (r.From <= cur.To + Tol) cur = cur with { To = Math.Max(cur.To, r.To) };
                else { merged.Add(cur); cur = r with { At = at }; }
            }
            merged.Add(cur);
            i = j + 1;
        }
        return merged;
    }

    private static bool Crosses(Rule h, Rule v) =>
        v.At >= h.From - Tol && v.At <= h.To + Tol && h.At >= v.From - Tol && h.At <= v.To + Tol;

    private static List<RuledTable> Tables(List<Rule> h, List<Rule> v)
    {
        // Rules that cross or touch belong to one table.
        var parent = Enumerable.Range(0, h.Count + v.Count).ToArray();
        int Find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        for (var i = 0; i < h.Count; i++)
            for (var j = 0; j < v.Count; j++)
                if (Crosses(h[i], v[j])) parent[Find(i)] = Find(h.Count + j);

        var tables = new List<RuledTable>();
        foreach (var group in Enumerable.Range(0, h.Count + v.Count).GroupBy(Find))
        {
            var gh = group.Where(i => i < h.Count).Select(i => h[i]).ToList();
            var gv = group.Where(i => i >= h.Count).Select(i => v[i - h.Count]).ToList();
            if (gh.Count < 2 || gv.Count < 2) continue;
            if (Build(gh, gv) is { } t) tables.Add(t);
        }
        return tables;
    }

    private static double[] Edges(IEnumerable<double> positions)
    {
        var sorted = positions.Order().ToList();
        var edges = new List<double>();
        var start = 0;
        for (var i = 1; i <= sorted.Count; i++)
        {
            if (i < sorted.Count && sorted[i] - sorted[i - 1] <= Tol) continue;
            edges.Add(sorted.Skip(start).Take(i - start).Average());
            start = i;
        }
        return [.. edges];
    }

    private static RuledTable? Build(List<Rule> h, List<Rule> v)
    {
        var xs = Edges(v.Select(r => r.At));
        var ys = Edges(h.Select(r => r.At)).Reverse().ToArray();
        if (xs.Length < 2 || ys.Length < 2) return null;
        if (xs[^1] - xs[0] < 20 || ys[0] - ys[^1] < 8) return null; // a box around a word or a glyph
        int rows = ys.Length - 1, cols = xs.Length - 1;
        if ((long)rows * cols > 20_000) return null;

        bool VerticalAt(double x, double y) => v.Any(r => Math.Abs(r.At - x) <= Tol && y >= r.From - Tol && y <= r.To + Tol);
        bool HorizontalAt(double y, double x) => h.Any(r => Math.Abs(r.At - y) <= Tol && x >= r.From - Tol && x <= r.To + Tol);

        var parent = Enumerable.Range(0, rows * cols).ToArray();
        int Find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        for (var r = 0; r < rows; r++)
        {
            var yMid = (ys[r] + ys[r + 1]) / 2;
            for (var c = 0; c < cols; c++)
            {
                var xMid = (xs[c] + xs[c + 1]) / 2;
                if (c + 1 < cols && !VerticalAt(xs[c + 1], yMid)) parent[Find(r * cols + c)] = Find(r * cols + c + 1);
                if (r + 1 < rows && !HorizontalAt(ys[r + 1], xMid)) parent[Find(r * cols + c)] = Find((r + 1) * cols + c);
            }
        }

        var cellOf = new int[rows, cols];
        var index = new Dictionary<int, int>();
        var bounds = new List<(int R0, int C0, int R1, int C1)>();
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < cols; c++)
            {
                var root = Find(r * cols + c);
                if (!index.TryGetValue(root, out var id))
                {
                    id = index[root] = bounds.Count;
                    bounds.Add((r, c, r, c));
                }
                var b = bounds[id];
                bounds[id] = (Math.Min(b.R0, r), Math.Min(b.C0, c), Math.Max(b.R1, r), Math.Max(b.C1, c));
                cellOf[r, c] = id;
            }
        var cells = bounds.Select(b => new GridCell(b.R0, b.C0, b.R1 - b.R0 + 1, b.C1 - b.C0 + 1)).ToArray();
        return new RuledTable(xs, ys, cellOf, cells);
    }
}
