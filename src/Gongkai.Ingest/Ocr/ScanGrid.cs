using Gongkai.Ingest.Pdf;
using Rule = Gongkai.Ingest.Pdf.RulingGrid.Rule;

namespace Gongkai.Ingest.Ocr;

/// <summary>A ruled table found on a page image, with its cells' rectangles in pixels.</summary>
internal sealed record ScanTable(RuledTable Table, (int Left, int Top, int Right, int Bottom)[] CellBoxes, (int Left, int Top, int Right, int Bottom) Box);

/// <summary>
/// The ruling lines of a scanned (deskewed, binarised) page: long runs of ink along rows are horizontal rules; runs
/// down columns that end on horizontal rules are vertical ones (a character's stroke never reaches from one rule to the
/// next). The rules go to <see cref="RulingGrid"/> in points, so a scan's table gets the same grid and merged cells
/// as a drawn one.
/// </summary>
internal static class ScanGrid
{
    /// <summary>
    /// The page's ruled tables. The ruling lines found are cleared from <paramref name="ink"/> (a pixel either side
    /// too), so what is left in a cell is its print alone.
    /// </summary>
    public static List<ScanTable> Find(bool[] ink, int width, int height, int dpi)
    {
        var px = dpi / 72.0; // pixels per point
        var minH = (int)(0.3 * dpi);   // a rule is longer than a 0.3-inch dash
        var minV = (int)(0.1 * dpi);
        var gap = Math.Max(2, dpi / 100);
        var horizontal = Segments(ink, width, height, horizontal: true, minH, gap);
        var vertical = Segments(ink, width, height, horizontal: false, minV, gap);
        var tol = Math.Max(4, dpi / 50);

        // A vertical run is a rule only if each of its ends lies on a horizontal rule.
        bool OnRule(double y, double x) => horizontal.Any(h => Math.Abs(h.At - y) <= tol + h.Thickness && x >= h.From - tol && x <= h.To + tol);
        vertical = [.. vertical.Where(v => OnRule(v.From, v.At) && OnRule(v.To, v.At))];
        // A horizontal run that no vertical rule meets is underlining or a dash, not part of a table.
        horizontal = [.. horizontal.Where(h => vertical.Count(v => v.At >= h.From - tol && v.At <= h.To + tol && h.At >= v.From - tol && h.At <= v.To + tol) >= 2)];
        if (horizontal.Count < 2 || vertical.Count < 2) return [];
        foreach (var h in horizontal)
            for (var y = Math.Max(0, h.First - 1); y <= Math.Min(height - 1, h.Last + 1); y++)
                Array.Fill(ink, false, y * width + h.From, h.To - h.From + 1);
        foreach (var v in vertical)
            for (var y = v.From; y <= v.To; y++)
                for (var x = Math.Max(0, v.First - 1); x <= Math.Min(width - 1, v.Last + 1); x++) ink[y * width + x] = false;

        double X(double p) => p / px;
        double Y(double p) => (height - p) / px;
        var hs = horizontal.Select(h => new Rule(Y(h.At), X(h.From), X(h.To))).ToList();
        var vs = vertical.Select(v => new Rule(X(v.At), Y(v.To), Y(v.From))).ToList();
        var tables = RulingGrid.FromRules(hs, vs);
        var result = new List<ScanTable>();
        foreach (var t in tables)
        {
            int Px(double xPt) => (int)Math.Round(xPt * px);
            int Py(double yPt) => (int)Math.Round(height - yPt * px);
            var boxes = t.Cells.Select(c => (Px(t.Xs[c.Col]), Py(t.Ys[c.Row]), Px(t.Xs[c.Col + c.ColSpan]), Py(t.Ys[c.Row + c.RowSpan]))).ToArray();
            result.Add(new ScanTable(t, boxes, (Px(t.Xs[0]), Py(t.Ys[0]), Px(t.Xs[^1]), Py(t.Ys[^1]))));
        }
        return result;
    }

    /// <summary>A run of ink along a row (At = y) or a column (At = x), From..To along it, Thickness in pixels.</summary>
    internal readonly record struct Segment(double At, int From, int To, int Thickness, int First, int Last);

    /// <summary>
    /// Runs of ink at least <paramref name="minLength"/> long (gaps up to <paramref name="gap"/> bridged, for noise and
    /// broken print), and runs on neighbouring rows that overlap joined into one segment of some thickness.
    /// </summary>
    private static List<Segment> Segments(bool[] ink, int width, int height, bool horizontal, int minLength, int gap)
    {
        int lines = horizontal ? height : width, along = horizontal ? width : height;
        var open = new List<(int From, int To, int First, int Last, long SumAt, int Count)>();
        var done = new List<Segment>();
        var runs = new List<(int From, int To)>();
        for (var l = 0; l < lines; l++)
        {
            runs.Clear();
            int start = -1, lastInk = -1;
            for (var a = 0; a < along; a++)
            {
                var on = horizontal ? ink[l * width + a] : ink[a * width + l];
                if (!on) continue;
                if (start >= 0 && a - lastInk > gap + 1)
                {
                    if (lastInk - start + 1 >= minLength) runs.Add((start, lastInk));
                    start = a;
                }
                else if (start < 0) start = a;
                lastInk = a;
            }
            if (start >= 0 && lastInk - start + 1 >= minLength) runs.Add((start, lastInk));

            // Continue open segments that a run of this line overlaps; close the rest.
            var next = new List<(int From, int To, int First, int Last, long SumAt, int Count)>();
            var used = new bool[runs.Count];
            foreach (var s in open)
            {
                var joined = false;
                for (var r = 0; r < runs.Count; r++)
                {
                    var (f, t) = runs[r];
                    if (f > s.To || t < s.From) continue;
                    var overlap = Math.Min(t, s.To) - Math.Max(f, s.From);
                    if (overlap < 0.5 * Math.Min(t - f, s.To - s.From)) continue;
                    if (!used[r])
                    {
                        next.Add((Math.Min(f, s.From), Math.Max(t, s.To), s.First, l, s.SumAt + l, s.Count + 1));
                        used[r] = true;
                        joined = true;
                        break;
                    }
                }
                if (!joined) Close(s);
            }
            for (var r = 0; r < runs.Count; r++)
                if (!used[r]) next.Add((runs[r].From, runs[r].To, l, l, l, 1));
            open = next;
        }
        foreach (var s in open) Close(s);
        return done;

        void Close((int From, int To, int First, int Last, long SumAt, int Count) s)
        {
            var thickness = s.Last - s.First + 1;
            // A thick block of ink is a filled area (a black bar, a photo), not a rule.
            if (thickness > Math.Max(8, minLength / 4) && horizontal) return;
            done.Add(new Segment((double)s.SumAt / s.Count, s.From, s.To, thickness, s.First, s.Last));
        }
    }
}
