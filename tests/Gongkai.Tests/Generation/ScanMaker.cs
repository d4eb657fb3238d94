using System.Diagnostics;
using SkiaSharp;

namespace Gongkai.Tests.Generation;

/// <summary>
/// Makes a scanned copy of a PDF as a county office's scanner would: each page rasterised (pdftoppm) at 150 dpi,
/// turned by a slight tilt (up to ±1°), grey noise and a few specks added, a red seal stamped over the signature on
/// the last page, saved as JPEG and wrapped again as an image-only PDF (one image per page, no text layer).
/// Deterministic for a given <see cref="Random"/>.
/// </summary>
public static class ScanMaker
{
    public sealed record Options(int Dpi = 150, double MaxTiltDegrees = 1.0, double NoiseSigma = 10, int Specks = 300, bool Seal = true, int JpegQuality = 75);

    public static byte[] Scan(byte[] pdf, Random rng, Options? options = null)
    {
        var o = options ?? new Options();
        return InTempFolder(pdf, o, (_, pages) =>
        {
            using var output = new MemoryStream();
            using (var doc = SKDocument.CreatePdf(output, new SKDocumentPdfMetadata { RasterDpi = o.Dpi }))
            {
                for (var i = 0; i < pages.Count; i++)
                {
                    using var page = SKBitmap.Decode(pages[i]);
                    var jpeg = Degrade(page, rng, o, seal: o.Seal && i == pages.Count - 1);
                    var w = page.Width * 72f / o.Dpi;
                    var h = page.Height * 72f / o.Dpi;
                    using var canvas = doc.BeginPage(w, h);
                    using var image = SKImage.FromEncodedData(jpeg);
                    canvas.DrawImage(image, new SKRect(0, 0, w, h), new SKSamplingOptions(SKFilterMode.Linear));
                    doc.EndPage();
                }
                doc.Close();
            }
            return output.ToArray();
        });
    }

    /// <summary>
    /// A searchable scan, as scanner software and "make searchable" tools write it: the scanned pages (as
    /// <see cref="Scan"/>) each under an invisible text layer recognised by Tesseract (its PDF output), joined by pdfunite.
    /// </summary>
    public static byte[] Searchable(byte[] pdf, Random rng, Options? options = null)
    {
        var o = options ?? new Options();
        return InTempFolder(pdf, o, (dir, pages) =>
        {
            var parts = new List<string>();
            for (var i = 0; i < pages.Count; i++)
            {
                using var page = SKBitmap.Decode(pages[i]);
                var jpeg = Path.Combine(dir, $"s-{i:000}.jpg");
                File.WriteAllBytes(jpeg, Degrade(page, rng, o, seal: o.Seal && i == pages.Count - 1));
                var part = Path.Combine(dir, $"s-{i:000}");
                Run("tesseract", jpeg, part, "-l", "chi_sim", "--dpi", $"{o.Dpi}", "pdf");
                parts.Add(part + ".pdf");
            }
            var output = Path.Combine(dir, "out.pdf");
            if (parts.Count == 1) File.Copy(parts[0], output);
            else Run("pdfunite", [.. parts, output]);
            return File.ReadAllBytes(output);
        });
    }

    /// <summary>The PDF's pages drawn by pdftoppm as PNGs in a folder of their own, given in page order, the folder removed after.</summary>
    private static byte[] InTempFolder(byte[] pdf, Options o, Func<string, List<string>, byte[]> make)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"gongkai-scanmaker-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            var input = Path.Combine(dir, "in.pdf");
            File.WriteAllBytes(input, pdf);
            Run("pdftoppm", "-r", $"{o.Dpi}", "-png", input, Path.Combine(dir, "p"));
            return make(dir, [.. Directory.GetFiles(dir, "p-*.png").OrderBy(p => p.Length).ThenBy(p => p, StringComparer.Ordinal)]);
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    private static byte[] Degrade(SKBitmap page, Random rng, Options o, bool seal)
    {
        var info = new SKImageInfo(page.Width, page.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        var tilt = (float)((rng.NextDouble() * 2 - 1) * o.MaxTiltDegrees);
        canvas.Save();
        canvas.RotateDegrees(tilt, page.Width / 2f, page.Height / 2f);
        using (var paint = new SKPaint { IsAntialias = true })
        using (var img = SKImage.FromBitmap(page))
            canvas.DrawImage(img, 0, 0, new SKSamplingOptions(SKFilterMode.Linear), paint);
        canvas.Restore();
        if (seal) Seal(canvas, page.Width, page.Height, o.Dpi, rng);

        using var snapshot = surface.Snapshot();
        using var bitmap = SKBitmap.FromImage(snapshot);
        var pixels = bitmap.Pixels;
        for (var i = 0; i < pixels.Length; i++)
        {
            var n = (int)(Gaussian(rng) * o.NoiseSigma);
            var c = pixels[i];
            pixels[i] = new SKColor(Clamp(c.Red + n), Clamp(c.Green + n), Clamp(c.Blue + n));
        }
        for (var s = 0; s < o.Specks; s++)
        {
            int x = rng.Next(bitmap.Width - 3), y = rng.Next(bitmap.Height - 3), size = 1 + rng.Next(2);
            for (var dy = 0; dy < size; dy++)
                for (var dx = 0; dx < size; dx++) pixels[(y + dy) * bitmap.Width + x + dx] = new SKColor(40, 40, 40);
        }
        bitmap.Pixels = pixels;
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, o.JpegQuality);
        return data.ToArray();
    }

    /// <summary>A round red seal with a star and the agency's words around it, stamped over the bottom right.</summary>
    private static void Seal(SKCanvas canvas, int width, int height, int dpi, Random rng)
    {
        var r = 0.8f * dpi; // a 4 cm seal
        var cx = width - 2.2f * dpi + (float)rng.NextDouble() * 0.3f * dpi;
        var cy = height - 2.6f * dpi + (float)rng.NextDouble() * 0.5f * dpi;
        using var red = new SKPaint { Color = new SKColor(220, 30, 40, 200), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.04f * dpi, BlendMode = SKBlendMode.Multiply };
        canvas.DrawCircle(cx, cy, r, red);
        using var fill = new SKPaint { Color = red.Color, IsAntialias = true, Style = SKPaintStyle.Fill, BlendMode = SKBlendMode.Multiply };
        var star = new SKPoint[10];
        for (var k = 0; k < 10; k++)
        {
            var a = -Math.PI / 2 + k * Math.PI / 5;
            var rr = k % 2 == 0 ? 0.25f * r : 0.1f * r;
            star[k] = new SKPoint(cx + (float)(rr * Math.Cos(a)), cy + (float)(rr * Math.Sin(a)));
        }
        canvas.DrawPoints(SKPointMode.Polygon, [.. star, star[0]], red);
        const string font = "/usr/share/fonts/truetype/arphic/uming.ttc";
        if (!File.Exists(font)) return;
        using var typeface = SKTypeface.FromFile(font);
        using var skFont = new SKFont(typeface, 0.22f * r);
        const string words = "政府信息公开工作专用章";
        for (var k = 0; k < words.Length; k++)
        {
            var a = Math.PI * (1.15 + 0.7 * k / (words.Length - 1));
            canvas.Save();
            canvas.Translate(cx + (float)(0.72 * r * Math.Cos(a)), cy + (float)(0.72 * r * Math.Sin(a)));
            canvas.RotateRadians((float)(a + Math.PI / 2));
            canvas.DrawText(words[k].ToString(), 0, 0.08f * r, SKTextAlign.Center, skFont, fill);
            canvas.Restore();
        }
    }

    private static byte Clamp(int v) => (byte)Math.Clamp(v, 0, 255);

    private static double Gaussian(Random rng)
    {
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    private static void Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEnd();
        if (!p.WaitForExit(60_000)) { p.Kill(true); throw new TimeoutException($"{file} took over a minute"); }
        if (p.ExitCode != 0) throw new InvalidOperationException($"{file} failed: {err}");
    }
}
