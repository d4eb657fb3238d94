using System.Diagnostics;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Ingest;
using Gongkai.Ingest.Ocr;
using Gongkai.Ingest.Pdf;
using Gongkai.Render;
using Gongkai.Tests.Cli;
using Gongkai.Tests.Generation;
using SkiaSharp;

namespace Gongkai.Tests.Ingest;

/// <summary>Two generated reports, rendered, printed and scanned (ScanMaker), read once by OCR for all the tests below.</summary>
public sealed class ScannedReports
{
    public sealed record Case(Report Truth, byte[] Scan, ReadResult Read);

    public Case V2019 { get; } = Make(21, TemplateId.V2019);
    public Case V2021 { get; } = Make(22, TemplateId.V2021);

    private static Case Make(int seed, TemplateId template)
    {
        var truth = ReportGenerator.Generate(ReportGenerator.Seeded(seed), template, otherCollapsed: false);
        var scan = ScanMaker.Scan(ReportRenderer.Render(truth, RenderFormat.Pdf), ReportGenerator.Seeded(seed));
        return new Case(truth, scan, ReportReader.ReadBytes(scan, $"scan-{seed}.pdf"));
    }

    /// <summary>The one report read, with no wrong cell and at least three in four of the truth's cells right.</summary>
    public static Report NoWrongCellAndThreeInFourRight(Report truth, ReadResult read)
    {
        Assert.True(read.Ok, read.Error);
        var report = read.Reports.Single();
        var (right, nul, wrong) = Compare(truth, report);
        Assert.Empty(wrong);
        Assert.True(right >= 0.75 * (right + nul), $"right {right}, null {nul}");
        return report;
    }

    /// <summary>Every cell of the truth against what was read: right, null, or wrong (with the wrong ones named).</summary>
    public static (int Right, int Null, List<string> Wrong) Compare(Report truth, Report read)
    {
        int right = 0, nul = 0;
        var wrong = new List<string>();
        foreach (var section in truth.Sections)
        {
            var other = read.Section(section.Layout.Key);
            for (var i = 0; i < section.Cells.Length; i++)
            {
                var j = other.Layout.CellIndex(section.Layout.RowOfCell(i).Key, section.Layout.FieldOfCell(i).Key);
                var value = j >= 0 ? other.Cells[j] : null;
                if (value is null) nul++;
                else if (value == section.Cells[i]) right++;
                else wrong.Add($"{section.Layout.CellPath(i)}: {section.Cells[i]} read as {value}");
            }
        }
        return (right, nul, wrong);
    }
}

/// <summary>OCR takes both cores for a while: its tests run alone, so the other readers' time bounds are not starved.</summary>
[CollectionDefinition("OCR", DisableParallelization = true)]
public sealed class OcrCollection;

/// <summary>
/// Scanned PDFs (image pages, no text layer) read by OCR: never a wrong number, most cells right, findings that say
/// the values came from OCR, and bad scans refused with a clear Chinese message.
/// </summary>
[Collection("OCR")]
public class ScanReaderTests(ScannedReports scans) : IClassFixture<ScannedReports>
{
    [Theory]
    [InlineData(2019)]
    [InlineData(2021)]
    public void A_scan_of_a_rendered_report_reads_back_with_no_wrong_cell_and_three_in_four_right(int template)
    {
        var c = template == 2019 ? scans.V2019 : scans.V2021;
        var report = ScannedReports.NoWrongCellAndThreeInFourRight(c.Truth, c.Read);
        Assert.Equal(c.Truth.Format, report.Format);
        Assert.Equal(c.Truth.Year, report.Year);
    }

    /// <summary>
    /// A real seed, rendered, scanned and made searchable by Tesseract (image pages under invisible recognised text).
    /// Taken as the PDF's text, that layer gave 3 wrong values (政府集中采购 41 as 4, two 0s as 1 and 4) and 97 nulls.
    /// </summary>
    [Fact]
    public void A_searchable_scans_hidden_text_layer_is_not_taken_and_its_pages_are_read_by_ocr_with_no_wrong_cell()
    {
        var truth = Assert.Single(ReportReader.ReadFile(SharedFiles.Seed("002")).Reports);
        var searchable = ScanMaker.Searchable(ReportRenderer.Render(truth, RenderFormat.Pdf), new Random(2));
        var report = ScannedReports.NoWrongCellAndThreeInFourRight(truth, ReportReader.ReadBytes(searchable, "searchable.pdf"));
        var ignored = Assert.Single(report.Findings, f => f.Rule == "read.ocr-layer-ignored");
        Assert.True(ignored.Actual > 100, $"hidden letters: {ignored.Actual}");
        Assert.Contains(report.Findings, f => f.Rule == "read.ocr");
    }

    /// <summary>
    /// A real seed rendered to PDF with its fonts' character maps garbled (every third ideograph a Latin letter, digits
    /// kept). Read as text, such a layer left 93 of 198 cells null and the agency and year unread. Its drawn title is
    /// one Tesseract misreads (广州市番禺区人民政府 as 番明区): the agency is the printed one or none, never another.
    /// </summary>
    [Fact]
    public void A_pdf_whose_text_layer_is_garbled_is_read_from_its_pages_by_ocr_with_no_wrong_cell_and_no_wrong_agency()
    {
        var truth = Assert.Single(ReportReader.ReadFile(SharedFiles.Seed("003")).Reports);
        var garbled = GarbledPdf.Make(ReportRenderer.Render(truth, RenderFormat.Pdf));
        using (var doc = UglyToad.PdfPig.PdfDocument.Open(garbled))
            Assert.Contains(doc.GetPage(1).Letters, l => l.Value.Length > 0 && l.Value[0] is >= '\u00C0' and <= '\u00FF');
        var report = ScannedReports.NoWrongCellAndThreeInFourRight(truth, ReportReader.ReadBytes(garbled, "garbled.pdf"));
        Assert.Equal(truth.Year, report.Year);
        var ignored = Assert.Single(report.Findings, f => f.Rule == "read.garbled-layer-ignored");
        Assert.True(ignored.Actual > 20, $"garbled letters: {ignored.Actual}");
        if (report.Agency != truth.Agency)
        {
            Assert.Null(report.Agency);
            Assert.Contains("机关名称无法确认", Assert.Single(report.Findings, f => f.Rule == "read.ocr-title-unconfirmed").Message);
        }
    }

    [Theory]
    [MemberData(nameof(SeedTests.Seeds), MemberType = typeof(SeedTests))]
    public void A_pdf_with_a_sound_text_layer_is_read_as_text_not_by_ocr(string n)
    {
        var truth = Assert.Single(ReportReader.ReadFile(SharedFiles.Seed(n)).Reports);
        var report = Assert.Single(ReportReader.ReadBytes(ReportRenderer.Render(truth, RenderFormat.Pdf), "sound.pdf").Reports);
        Assert.DoesNotContain(report.Findings, f => f.Rule.StartsWith("read.ocr", StringComparison.Ordinal) || f.Rule == "read.garbled-layer-ignored");
    }

    [Fact]
    public void A_scan_says_its_values_and_its_agency_came_from_OCR_with_its_pages_and_engine()
    {
        var report = scans.V2019.Read.Reports.Single();
        var ocr = Assert.Single(report.Findings, f => f.Rule == "read.ocr");
        Assert.Equal(Severity.Info, ocr.Severity);
        Assert.Equal(PdfPageCount(scans.V2019.Scan), (int)ocr.Actual!);
        Assert.Contains("Tesseract", ocr.Message);
        Assert.Contains("扫描件", ocr.Message);
        // A clean page's OCR read 荔湾区 as 声洲区 and 番禺区 as 番明区 in the agency: the finding says the name is read too.
        Assert.Contains("机关名称", ocr.Message);
    }

    [Fact]
    public void Every_null_cell_of_a_scan_is_accounted_for_by_a_finding()
    {
        foreach (var c in new[] { scans.V2019, scans.V2021 })
        {
            var report = c.Read.Reports.Single();
            var (_, nul, _) = ScannedReports.Compare(c.Truth, report);
            if (nul == 0) continue;
            Assert.Contains(report.Findings, f => f.Severity != Severity.Info && f.Rule.StartsWith("read.", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Extract_and_check_run_on_a_scan_from_the_command_line()
    {
        using var dir = new TempDir();
        var file = dir.File("scan.pdf", scans.V2021.Scan);

        var check = CliHarness.Run("check", file, "--format", "json");

        Assert.NotEqual(2, check.Code);
        Assert.Equal("", check.Err);
        var json = check.Json.Single();
        Assert.Equal(file, json.GetProperty("source").GetString());
        Assert.Contains(json.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "read.ocr");
    }

    [Fact]
    public void A_scan_of_more_pages_than_a_report_has_is_refused_before_any_page_is_read()
    {
        var pdf = ImagePdf(ScanText.MaxPages + 1, 200, 200, 595, 842);
        var clock = Stopwatch.StartNew();

        var r = ReportReader.ReadBytes(pdf, "many.pdf");

        Assert.False(r.Ok);
        Assert.Equal($"扫描件页数过多（{ScanText.MaxPages + 1} 页），OCR 最多识别 {ScanText.MaxPages} 页，不像年度报告", r.Error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_huge_page_is_drawn_at_a_resolution_that_keeps_its_image_within_the_pixel_bound()
    {
        // A4 at the full 300 dpi; a 2 m square poster at whatever keeps it under the bound.
        Assert.Equal(PageRenderer.Dpi, PageRenderer.DpiFor(595, 842));
        var dpi = PageRenderer.DpiFor(5669, 5669);
        Assert.True(dpi < PageRenderer.Dpi);
        Assert.True((long)(5669 / 72.0 * dpi) * (long)(5669 / 72.0 * dpi) <= PageRenderer.MaxPixels);

        var r = ReportReader.ReadBytes(ImagePdf(1, 400, 400, 5669, 5669), "poster.pdf");
        Assert.False(r.Ok);
        Assert.StartsWith("扫描件经 OCR 识别（1 页", r.Error);
    }

    [Fact]
    public void A_scan_whose_image_data_is_corrupt_is_refused_with_a_chinese_message_naming_the_cause()
    {
        var pdf = ImagePdf(1, 300, 300, 595, 842);
        // Overwrite the middle of the JPEG stream: the page still opens, its picture no longer decodes.
        var at = IndexOf(pdf, [0xFF, 0xD8, 0xFF]);
        Assert.True(at > 0);
        for (var i = at + 200; i < at + 2000 && i < pdf.Length - 100; i++) pdf[i] = 0x5A;

        var r = ReportReader.ReadBytes(pdf, "broken.pdf");

        Assert.False(r.Ok);
        Assert.DoesNotContain(ReportReader.InternalErrorPrefix, r.Error);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", r.Error!);
    }

    [Fact]
    public async Task Without_the_OCR_language_data_a_scan_is_refused_saying_what_to_install()
    {
        using var dir = new TempDir();
        var file = dir.File("scan.pdf", scans.V2019.Scan);
        var empty = Directory.CreateDirectory(Path.Combine(dir.Path, "tessdata")).FullName;
        var psi = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "gongkai")) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        psi.ArgumentList.Add("extract");
        psi.ArgumentList.Add(file);
        psi.Environment["GONGKAI_TESSDATA"] = empty;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = await p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(60_000));

        Assert.Equal(2, p.ExitCode);
        Assert.Equal("", await stdout);
        Assert.Contains($"{file}: {PdfText.NoTextLayer}；OCR 引擎 Tesseract 缺少语言数据 chi_sim（Debian：apt-get install tesseract-ocr-chi-sim）", stderr);
    }

    private static int PdfPageCount(byte[] pdf)
    {
        using var doc = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return doc.NumberOfPages;
    }

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (var i = 0; i + needle.Length <= haystack.Length; i++)
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle)) return i;
        return -1;
    }

    /// <summary>A PDF of <paramref name="pages"/> pages, each one grey JPEG picture of a few scribbles and no text.</summary>
    private static byte[] ImagePdf(int pages, int imageWidth, int imageHeight, float pageWidth, float pageHeight)
    {
        using var bitmap = new SKBitmap(imageWidth, imageHeight);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var pen = new SKPaint { Color = SKColors.Black, StrokeWidth = 2 };
            for (var i = 0; i < 10; i++) canvas.DrawLine(10, 10 + 15 * i, imageWidth - 10, 30 + 12 * i, pen);
        }
        using var jpeg = bitmap.Encode(SKEncodedImageFormat.Jpeg, 80);
        using var output = new MemoryStream();
        using (var doc = SKDocument.CreatePdf(output))
        {
            for (var i = 0; i < pages; i++)
            {
                using var page = doc.BeginPage(pageWidth, pageHeight);
                using var image = SKImage.FromEncodedData(jpeg);
                page.DrawImage(image, new SKRect(0, 0, pageWidth, pageHeight), new SKSamplingOptions(SKFilterMode.Linear));
                doc.EndPage();
            }
            doc.Close();
        }
        return output.ToArray();
    }
}
