using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Gongkai.Ingest;
using Gongkai.Ingest.Pdf;
using Gongkai.Render;
using Gongkai.Tests.Render;
using Gongkai.Tests.Generation;
using SkiaSharp;

namespace Gongkai.Tests.Ingest;

/// <summary>PDF input that is no readable report gets one clear Chinese error, never an exception or a hang.</summary>
public class PdfReaderTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private static ReadResult ReadTimed(byte[] bytes, TimeSpan? bound = null)
    {
        var clock = Stopwatch.StartNew();
        var result = ReportReader.ReadBytes(bytes, "x.pdf");
        Assert.True(clock.Elapsed < (bound ?? Bound), $"took {clock.Elapsed}");
        return result;
    }

    private static byte[] Report(int seed = 11) => ReportRenderer.Render(ReportTextLayout.Generate(seed).Expected, RenderFormat.Pdf);

    [Fact]
    public void A_rendered_report_reads_back()
    {
        var r = ReadTimed(Report());
        Assert.True(r.Ok, r.Error);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.999)]
    public void A_truncated_pdf_is_refused_as_damaged(double keep)
    {
        var pdf = Report();
        var r = ReadTimed(pdf[..(int)(pdf.Length * keep)]);
        Assert.False(r.Ok);
        Assert.StartsWith(PdfText.Corrupt, r.Error);
    }

    [Fact]
    public void A_pdf_with_only_a_rectangle_has_no_text_layer()
    {
        var pdf = SkiaPdf(1, canvas => canvas.DrawRect(new SKRect(100, 100, 400, 300), new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Stroke }));
        var r = ReadTimed(pdf);
        Assert.False(r.Ok);
        Assert.StartsWith(PdfText.NoTextLayer, r.Error);
    }

    [Fact]
    public void A_pdf_of_600_blank_pages_is_refused_by_its_page_count_without_reading_the_pages()
    {
        var pdf = SkiaPdf(600, _ => { });
        var r = ReadTimed(pdf, TimeSpan.FromSeconds(3));
        Assert.Equal("PDF 页数过多（600 页），不像年度报告", r.Error);
    }

    [Fact]
    public void A_pdf_that_needs_a_password_is_refused_as_encrypted()
    {
        var pdf = EncryptedPdf.Create("Hello", userPassword: "secret");
        var r = ReadTimed(pdf);
        Assert.False(r.Ok);
        Assert.Equal(PdfText.Encrypted, r.Error);
    }

    [Fact]
    public void A_pdf_encrypted_with_an_empty_user_password_is_read_like_any_other()
    {
        // Owner-password-only files (printing or copying restricted) open without a password, as in any viewer.
        var text = PdfText.Extract(EncryptedPdf.Create("Hello", userPassword: ""));
        Assert.Equal("Hello", text.Trim());
    }

    [Fact]
    public void The_encrypted_test_file_is_a_real_encrypted_pdf_when_poppler_can_check()
    {
        if (!Poppler.Has("pdftotext")) return; // poppler-utils not installed: the two tests above still ran
        var path = Path.Combine(Path.GetTempPath(), $"gongkai-enc-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, EncryptedPdf.Create("Hello", userPassword: "secret"));
        try
        {
            Assert.Equal("Hello", Poppler.Run("pdftotext", "-upw", "secret", path, "-").Output.Trim());
            Assert.NotEqual(0, Poppler.Run("pdftotext", path, "-").ExitCode);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Text_without_ruling_lines_reads_by_baseline_with_wide_gaps_as_tabs()
    {
        using var font = new SKFont(SKTypeface.Default, 12);
        using var ink = new SKPaint { Color = SKColors.Black };
        var pdf = SkiaPdf(1, canvas =>
        {
            canvas.DrawText("Title line", 72, 100, SKTextAlign.Left, font, ink);
            canvas.DrawText("Cases", 72, 140, SKTextAlign.Left, font, ink);
            canvas.DrawText("17", 300, 140, SKTextAlign.Left, font, ink);
            canvas.DrawText("Appeals", 72, 160, SKTextAlign.Left, font, ink);
            canvas.DrawText("3", 300, 160, SKTextAlign.Left, font, ink);
        });
        Assert.Equal("Title line\nCases\t17\nAppeals\t3\n", PdfText.Extract(pdf));
    }

    private static byte[] SkiaPdf(int pages, Action<SKCanvas> draw)
    {
        using var ms = new MemoryStream();
        using (var doc = SKDocument.CreatePdf(ms))
        {
            for (var p = 0; p < pages; p++)
            {
                draw(doc.BeginPage(595, 842));
                doc.EndPage();
            }
            doc.Close();
        }
        return ms.ToArray();
    }
}

/// <summary>
/// A one-page PDF encrypted with the standard security handler (RC4, 40-bit, revision 2: PDF 1.7 §7.6.3, algorithms
/// 2–4), written here because no PDF tool on the test machine encrypts: the file opens with the user password only.
/// </summary>
internal static class EncryptedPdf
{
    private static readonly byte[] Padding =
    [
        0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
        0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
    ];

    public static byte[] Create(string text, string userPassword, string ownerPassword = "owner")
    {
        var id = MD5.HashData(Encoding.ASCII.GetBytes(text + userPassword));
        const int permissions = -4; // everything allowed
        var o = Rc4(MD5.HashData(Pad(ownerPassword))[..5], Pad(userPassword));
        var key = MD5.HashData([.. Pad(userPassword), .. o, .. BitConverter.GetBytes(permissions), .. id])[..5];
        var u = Rc4(key, Padding);

        var content = Encoding.ASCII.GetBytes($"BT /F1 24 Tf 72 700 Td ({text}) Tj ET");
        var encrypted = Rc4(MD5.HashData([.. key, 4, 0, 0, 0, 0])[..10], content); // object 4, generation 0

        var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Write(string s) => pdf.Write(Encoding.Latin1.GetBytes(s));
        void Obj(string body) { offsets.Add(pdf.Position); Write($"{offsets.Count} 0 obj\n{body}\nendobj\n"); }
        Write("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        Obj("<< /Type /Catalog /Pages 2 0 R >>");
        Obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>");
        offsets.Add(pdf.Position);
        Write($"4 0 obj\n<< /Length {encrypted.Length} >>\nstream\n");
        pdf.Write(encrypted);
        Write("\nendstream\nendobj\n");
        Obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        Obj($"<< /Filter /Standard /V 1 /R 2 /Length 40 /O <{Convert.ToHexString(o)}> /U <{Convert.ToHexString(u)}> /P {permissions} >>");
        var xref = pdf.Position;
        Write($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var off in offsets) Write($"{off:D10} 00000 n \n");
        Write($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R /Encrypt 6 0 R /ID [<{Convert.ToHexString(id)}> <{Convert.ToHexString(id)}>] >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    private static byte[] Pad(string password)
    {
        var p = Encoding.Latin1.GetBytes(password);
        return [.. p.Take(32), .. Padding.Take(32 - Math.Min(32, p.Length))];
    }

    private static byte[] Rc4(byte[] key, byte[] data)
    {
        var s = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + s[i] + key[i % key.Length]) & 255;
            (s[i], s[j]) = (s[j], s[i]);
        }
        var result = new byte[data.Length];
        for (int n = 0, i = 0, j = 0; n < data.Length; n++)
        {
            i = (i + 1) & 255;
            j = (j + s[i]) & 255;
            (s[i], s[j]) = (s[j], s[i]);
            result[n] = (byte)(data[n] ^ s[(s[i] + s[j]) & 255]);
        }
        return result;
    }
}
