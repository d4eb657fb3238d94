using System.Diagnostics;

namespace Gongkai.Ingest.Ocr;

/// <summary>
/// Scanned pages as images, drawn by poppler's pdftoppm one page at a time. Chosen over taking the page's embedded
/// image out of the PDF: a scan's page may be JPEG, JBIG2, CCITT or JPEG 2000, cut into strips, masked, scaled or
/// rotated by the page, and pdftoppm composes all of that into what a reader sees; the size of each page's image is
/// fixed here (<see cref="DpiFor"/>), so a huge page costs no more memory than an ordinary one.
/// </summary>
internal static class PageRenderer
{
    /// <summary>Resolution the text is recognised at: Tesseract reads 10.5-point print best at about 300 dpi.</summary>
    public const int Dpi = 300;

    /// <summary>No page image is larger than this (an A4 page at 300 dpi is 8.7 million pixels).</summary>
    public const long MaxPixels = 12_000_000;

    public const string Missing = "未安装 pdftoppm（poppler-utils），无法把扫描页转为图像";

    /// <summary>Why pages cannot be drawn here, or null.</summary>
    public static string? Unavailable => LazyUnavailable.Value;

    private static readonly Lazy<string?> LazyUnavailable = new(() =>
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo("pdftoppm", "-v") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false });
            if (p is null) return Missing;
            p.StandardError.ReadToEnd();
            p.WaitForExit(5000);
            return null;
        }
        catch (System.ComponentModel.Win32Exception) { return Missing; }
    });

    /// <summary>The resolution for a page of this size in points: <see cref="Dpi"/>, less when that would pass <see cref="MaxPixels"/>.</summary>
    public static int DpiFor(double widthPt, double heightPt)
    {
        var inches = Math.Max(1e-3, widthPt / 72) * Math.Max(1e-3, heightPt / 72);
        var dpi = (int)Math.Min(Dpi, Math.Sqrt(MaxPixels / inches));
        return Math.Max(dpi, 10);
    }

    /// <summary>Draws page <paramref name="page"/> (1-based) of the PDF file at <paramref name="dpi"/>.</summary>
    /// <exception cref="NotAReportException">pdftoppm failed, gave no image, or took longer than <paramref name="timeout"/>.</exception>
    public static GreyImage Render(string pdfPath, int page, int dpi, TimeSpan timeout)
    {
        var psi = new ProcessStartInfo("pdftoppm")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "-f", $"{page}", "-l", $"{page}", "-r", $"{dpi}", "-aa", "yes", "-aaVector", "yes", pdfPath })
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new NotAReportException(Missing);
        var output = new MemoryStream();
        var copy = p.StandardOutput.BaseStream.CopyToAsync(output);
        var errors = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout) || !copy.Wait(timeout))
        {
            try { p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            throw new NotAReportException($"第 {page} 页转为图像超时（{timeout.TotalSeconds:0} 秒）");
        }
        if (p.ExitCode != 0 || output.Length == 0)
            throw new NotAReportException($"第 {page} 页无法转为图像（pdftoppm：{errors.Result.Trim().Split('\n')[0]}）");
        try { return GreyImage.FromPpm(output.GetBuffer().AsSpan(0, (int)output.Length), dpi); }
        catch (FormatException) { throw new NotAReportException($"第 {page} 页转为图像失败"); }
    }
}
