namespace Gongkai.Ingest.Ocr;

/// <summary>
/// The print inside one table cell, cleaned for the engine: the pieces of ruling line along its edges and the specks
/// of scanner noise taken out, cut to the print with a white margin, black on white. An engine reads a cell cut out
/// this way far better than the same cell on the page (a lone "0" beside a rule read with confidence near 0).
/// </summary>
internal static class CellImage
{
    /// <summary>The cell's print as a binary image with a margin, and its box on the page; null for an empty cell.</summary>
    public static (GreyImage Image, Box Ink)? Cut(GreyImage page, bool[] ink, Box cell)
    {
        var pageWidth = page.Width;
        var dpi = page.Dpi;
        var inset = Math.Max(2, dpi / 100);
        int l = cell.Left + inset, t = cell.Top + inset, w = cell.Width - 2 * inset, h = cell.Height - 2 * inset;
        if (w < 4 || h < 4) return null;
        var local = new bool[w * h];
        for (var y = 0; y < h; y++)
            Array.Copy(ink, (t + y) * pageWidth + l, local, y * w, w);

        EraseRules(local, w, h);
        var kept = KeepGlyphs(local, w, h, dpi);
        if (kept is not { } box) return null;

        var margin = Math.Max(10, box.Height / 2 + 4);
        int cw = box.Width + 2 * margin, ch = box.Height + 2 * margin;
        var pixels = new byte[cw * ch];
        Array.Fill(pixels, (byte)255);
        // The page's grey levels where the kept print is (and a pixel around it, for the strokes' soft edges):
        // binarising here would cut thin strokes, the top bar of a 5 read as a 3.
        for (var y = 0; y < box.Height; y++)
            for (var x = 0; x < box.Width; x++)
            {
                int ly = box.Top + y, lx = box.Left + x;
                var near = false;
                for (var dy = -1; dy <= 1 && !near; dy++)
                    for (var dx = -1; dx <= 1 && !near; dx++)
                    {
                        int ny = ly + dy, nx = lx + dx;
                        near = (uint)ny < (uint)h && (uint)nx < (uint)w && local[ny * w + nx];
                    }
                if (near) pixels[(margin + y) * cw + margin + x] = page.Pixels[(t + ly) * pageWidth + l + lx];
            }
        return (new GreyImage(cw, ch, pixels, dpi), new Box(l + box.Left, t + box.Top, l + box.Right, t + box.Bottom));
    }

    /// <summary>
    /// Long straight runs are ruling lines: a vertical run over 70% of the cell's height or a horizontal one over 70% of
    /// its width (looked at three pixels wide, so a line a residual tilt moves by a pixel is still one run).
    /// </summary>
    private static void EraseRules(bool[] a, int w, int h)
    {
        var erase = new List<(int X, int Y0, int Y1)>();
        int minV = (int)(0.7 * h), minH = (int)(0.7 * w);
        for (var x = 0; x < w; x++)
        {
            var start = -1;
            for (var y = 0; y <= h; y++)
            {
                var on = y < h && (a[y * w + x] || x > 0 && a[y * w + x - 1] || x + 1 < w && a[y * w + x + 1]);
                if (on) { if (start < 0) start = y; continue; }
                if (start >= 0 && y - start >= minV) erase.Add((x, start, y));
                start = -1;
            }
        }
        var eraseH = new List<(int Y, int X0, int X1)>();
        for (var y = 0; y < h; y++)
        {
            var start = -1;
            for (var x = 0; x <= w; x++)
            {
                var on = x < w && (a[y * w + x] || y > 0 && a[(y - 1) * w + x] || y + 1 < h && a[(y + 1) * w + x]);
                if (on) { if (start < 0) start = x; continue; }
                if (start >= 0 && x - start >= minH) eraseH.Add((y, start, x));
                start = -1;
            }
        }
        foreach (var (x, y0, y1) in erase)
            for (var y = y0; y < y1; y++) a[y * w + x] = false;
        foreach (var (y, x0, x1) in eraseH)
            for (var x = x0; x < x1; x++) a[y * w + x] = false;
    }

    /// <summary>
    /// Connected pieces of print; a small piece is noise unless it sits low beside a glyph on the same line (a decimal
    /// point, a full stop). Returns the box of what is kept (and clears the rest), or null when nothing is.
    /// </summary>
    private static Box? KeepGlyphs(bool[] a, int w, int h, int dpi)
    {
        var label = new int[a.Length];
        var pieces = new List<(Box Box, int Area)>();
        var stack = new Stack<int>();
        for (var i = 0; i < a.Length; i++)
        {
            if (!a[i] || label[i] != 0) continue;
            var id = pieces.Count + 1;
            int minX = int.MaxValue, minY = int.MaxValue, maxX = -1, maxY = -1, area = 0;
            label[i] = id;
            stack.Push(i);
            while (stack.Count > 0)
            {
                var p = stack.Pop();
                int x = p % w, y = p / w;
                area++;
                minX = Math.Min(minX, x); maxX = Math.Max(maxX, x); minY = Math.Min(minY, y); maxY = Math.Max(maxY, y);
                for (var dy = -1; dy <= 1; dy++)
                    for (var dx = -1; dx <= 1; dx++)
                    {
                        int nx = x + dx, ny = y + dy;
                        if ((uint)nx >= (uint)w || (uint)ny >= (uint)h) continue;
                        var q = ny * w + nx;
                        if (a[q] && label[q] == 0) { label[q] = id; stack.Push(q); }
                    }
            }
            pieces.Add((new Box(minX, minY, maxX + 1, maxY + 1), area));
        }
        var speck = Math.Max(4, dpi * dpi / 2500); // 36 pixels at 300 dpi: a 0.5 mm dot
        var glyphs = pieces.Where(p => p.Area > speck || p.Box.Height > dpi / 20).ToList();
        if (glyphs.Count == 0) return null;
        var keep = new bool[pieces.Count];
        for (var k = 0; k < pieces.Count; k++)
        {
            var (b, area) = pieces[k];
            if (area > speck || b.Height > dpi / 20) { keep[k] = true; continue; }
            // A dot low on a line just after a glyph: a decimal point or a full stop. A short dash at mid-height just
            // before a glyph: a minus sign (dropping it as noise would turn -29 into 29).
            keep[k] = glyphs.Any(g => b.Top >= g.Box.Top + g.Box.Height / 2 && b.Bottom <= g.Box.Bottom + 2
                    && b.Left >= g.Box.Right - 1 && b.Left - g.Box.Right <= g.Box.Height / 2)
                || b.Width >= 2 * b.Height && glyphs.Any(g => b.Top >= g.Box.Top && b.Bottom <= g.Box.Bottom
                    && b.Right <= g.Box.Left + 1 && g.Box.Left - b.Right <= g.Box.Height);
        }
        int l = int.MaxValue, t = int.MaxValue, r = -1, bo = -1;
        for (var i = 0; i < a.Length; i++)
        {
            if (!a[i]) continue;
            if (!keep[label[i] - 1]) { a[i] = false; continue; }
            int x = i % w, y = i / w;
            l = Math.Min(l, x); r = Math.Max(r, x); t = Math.Min(t, y); bo = Math.Max(bo, y);
        }
        return r < 0 ? null : new Box(l, t, r + 1, bo + 1);
    }
}
