namespace Gongkai.Ingest.Ocr;

/// <summary>An 8-bit grey page image (0 black, 255 white), rows top to bottom, at <see cref="Dpi"/>.</summary>
internal sealed class GreyImage(int width, int height, byte[] pixels, int dpi)
{
    public int Width { get; } = width;
    public int Height { get; } = height;
    public byte[] Pixels { get; } = pixels;
    public int Dpi { get; } = dpi;

    public byte this[int x, int y] => Pixels[y * Width + x];

    /// <summary>
    /// A binary PPM (P6, what pdftoppm writes) as grey. Red ink — the seal stamped over a scanned report — is turned
    /// white: a pixel much redder than it is green or blue takes its red channel, which is light for red and stays
    /// dark where black print shows through the seal.
    /// </summary>
    /// <exception cref="FormatException">Not a P6 PPM with 8-bit samples.</exception>
    public static GreyImage FromPpm(ReadOnlySpan<byte> ppm, int dpi)
    {
        var pos = 0;
        var fields = new string[4];
        for (var f = 0; f < 4; f++)
        {
            while (pos < ppm.Length)
            {
                if (ppm[pos] == '#') { while (pos < ppm.Length && ppm[pos] != '\n') pos++; }
                else if (ppm[pos] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t') pos++;
                else break;
            }
            var start = pos;
            while (pos < ppm.Length && pos - start < 12 && ppm[pos] is not ((byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')) pos++;
            fields[f] = System.Text.Encoding.ASCII.GetString(ppm[start..pos]);
        }
        if (fields[0] != "P6") throw new FormatException("not a P6 PPM");
        if (!int.TryParse(fields[1], out var w) || !int.TryParse(fields[2], out var h) || fields[3] != "255" || w <= 0 || h <= 0)
            throw new FormatException("bad PPM header");
        pos++; // the single whitespace after maxval
        var need = (long)w * h * 3;
        if (ppm.Length - pos < need) throw new FormatException("PPM shorter than its header says");
        var grey = new byte[w * h];
        var src = ppm[pos..];
        for (int i = 0, j = 0; i < grey.Length; i++, j += 3)
        {
            int r = src[j], g = src[j + 1], b = src[j + 2];
            grey[i] = r - Math.Max(g, b) > 40 ? (byte)r : (byte)((r * 299 + g * 587 + b * 114) / 1000);
        }
        return new GreyImage(w, h, grey, dpi);
    }

    /// <summary>Otsu's threshold: the grey level that best separates ink from paper.</summary>
    public int OtsuThreshold()
    {
        var hist = new long[256];
        foreach (var p in Pixels) hist[p]++;
        long total = Pixels.Length, sumAll = 0;
        for (var i = 0; i < 256; i++) sumAll += i * hist[i];
        long wB = 0, sumB = 0;
        double best = -1;
        var threshold = 128;
        for (var t = 0; t < 256; t++)
        {
            wB += hist[t];
            if (wB == 0) continue;
            var wF = total - wB;
            if (wF == 0) break;
            sumB += t * hist[t];
            double mB = (double)sumB / wB, mF = (double)(sumAll - sumB) / wF;
            var between = (double)wB * wF * (mB - mF) * (mB - mF);
            if (between > best) { best = between; threshold = t; }
        }
        // A nearly blank page has no two classes; never call light grey paper ink.
        return Math.Min(threshold, 200);
    }

    /// <summary>Ink as true: pixels darker than the threshold.</summary>
    public bool[] Binarise(int threshold)
    {
        var ink = new bool[Pixels.Length];
        for (var i = 0; i < ink.Length; i++) ink[i] = Pixels[i] <= threshold;
        return ink;
    }

    /// <summary>
    /// The page's tilt in degrees (positive: lines fall to the right), from the projection of ink on sheared rows:
    /// ruled lines and lines of text make the sharpest profile when the shear undoes the tilt. Searched within ±3°.
    /// </summary>
    public static double Skew(bool[] ink, int width, int height)
    {
        // Sample the ink: every second row and column is plenty for the angle and halves the work.
        var xs = new List<int>();
        var ys = new List<int>();
        for (var y = 0; y < height; y += 2)
            for (var x = 0; x < width; x += 2)
                if (ink[y * width + x]) { xs.Add(x); ys.Add(y); }
        if (xs.Count < 100) return 0;
        var bins = new int[height + 2 * (int)(width * 0.06) + 4];
        var offset = (int)(width * 0.06) + 2;
        double Score(double degrees)
        {
            Array.Clear(bins);
            var t = Math.Tan(degrees * Math.PI / 180);
            for (var i = 0; i < xs.Count; i++)
            {
                // Bins two rows high, as the rows are sampled: one-row bins would favour 0° (every sample on an even row).
                var b = ((int)Math.Round(ys[i] - xs[i] * t) + offset) >> 1;
                if ((uint)b < (uint)bins.Length) bins[b]++;
            }
            double s = 0;
            foreach (var c in bins) s += (double)c * c;
            return s;
        }
        double best = 0, bestScore = Score(0);
        for (var a = -3.0; a <= 3.0001; a += 0.2)
        {
            var s = Score(a);
            if (s > bestScore) { bestScore = s; best = a; }
        }
        var center = best;
        for (var a = center - 0.2; a <= center + 0.2001; a += 0.02)
        {
            var s = Score(a);
            if (s > bestScore) { bestScore = s; best = a; }
        }
        return best;
    }

    /// <summary>This image turned by <paramref name="degrees"/> about its centre (bilinear; what falls outside is white).</summary>
    public GreyImage Rotate(double degrees)
    {
        var rad = degrees * Math.PI / 180;
        double cos = Math.Cos(rad), sin = Math.Sin(rad);
        double cx = (Width - 1) / 2.0, cy = (Height - 1) / 2.0;
        var output = new byte[Pixels.Length];
        for (var y = 0; y < Height; y++)
        {
            var dy = y - cy;
            for (var x = 0; x < Width; x++)
            {
                var dx = x - cx;
                // The source of each output pixel: rotate back.
                var sx = cos * dx - sin * dy + cx;
                var sy = sin * dx + cos * dy + cy;
                int x0 = (int)Math.Floor(sx), y0 = (int)Math.Floor(sy);
                if (x0 < 0 || y0 < 0 || x0 + 1 >= Width || y0 + 1 >= Height) { output[y * Width + x] = 255; continue; }
                double fx = sx - x0, fy = sy - y0;
                var i = y0 * Width + x0;
                var top = Pixels[i] * (1 - fx) + Pixels[i + 1] * fx;
                var bottom = Pixels[i + Width] * (1 - fx) + Pixels[i + Width + 1] * fx;
                output[y * Width + x] = (byte)(top * (1 - fy) + bottom * fy + 0.5);
            }
        }
        return new GreyImage(Width, Height, output, Dpi);
    }

    /// <summary>The part of this image inside <paramref name="box"/> (clipped to the image), as it is.</summary>
    public GreyImage Crop(Box box)
    {
        int l = Math.Clamp(box.Left, 0, Width), t = Math.Clamp(box.Top, 0, Height);
        int w = Math.Clamp(box.Right, l, Width) - l, h = Math.Clamp(box.Bottom, t, Height) - t;
        var output = new byte[w * h];
        for (var y = 0; y < h; y++)
            Array.Copy(Pixels, (t + y) * Width + l, output, y * w, w);
        return new GreyImage(w, h, output, Dpi);
    }

    /// <summary>This image resized by <paramref name="factor"/> (bilinear), the resolution scaled with it.</summary>
    public GreyImage Scale(double factor)
    {
        int w = Math.Max(1, (int)Math.Round(Width * factor)), h = Math.Max(1, (int)Math.Round(Height * factor));
        var output = new byte[w * h];
        for (var y = 0; y < h; y++)
        {
            var sy = Math.Min(Height - 1.001, Math.Max(0, (y + 0.5) / factor - 0.5));
            var y0 = (int)sy;
            var fy = sy - y0;
            for (var x = 0; x < w; x++)
            {
                var sx = Math.Min(Width - 1.001, Math.Max(0, (x + 0.5) / factor - 0.5));
                var x0 = (int)sx;
                var fx = sx - x0;
                var i = y0 * Width + x0;
                var x1 = Math.Min(x0 + 1, Width - 1) - x0;
                var y1 = Math.Min(y0 + 1, Height - 1) - y0;
                var top = Pixels[i] * (1 - fx) + Pixels[i + x1] * fx;
                var bottom = Pixels[i + y1 * Width] * (1 - fx) + Pixels[i + y1 * Width + x1] * fx;
                output[y * w + x] = (byte)(top * (1 - fy) + bottom * fy + 0.5);
            }
        }
        return new GreyImage(w, h, output, (int)Math.Round(Dpi * factor));
    }
}
