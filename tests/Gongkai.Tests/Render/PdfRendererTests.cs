using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Ingest;
using Gongkai.Ingest.Pdf;
using Gongkai.Render;
using Gongkai.Render.Document;
using Gongkai.Tests.Generation;
using UglyToad.PdfPig;

namespace Gongkai.Tests.Render;

public class PdfRendererTests
{
    /// <summary>Reads a rendered PDF back and names every difference from the report it was made from.</summary>
    private static string? Differences(Report expected, byte[] pdf)
    {
        var r = ReportReader.ReadBytes(pdf, "x.pdf");
        if (!r.Ok) return r.Error;
        var back = r.Reports.Single();
        var diffs = new List<string>();
        if (expected.Layout != back.Layout) diffs.Add("layout");
        foreach (var s in expected.Sections)
        {
            var got = back.Section(s.Layout.Key).Cells;
            for (var i = 0; i < s.Layout.CellCount; i++)
                if (s.Cells[i] != got[i]) diffs.Add($"{s.Layout.CellPath(i)}: {s.Cells[i]} → {got[i]}");
        }
        if (expected.Year != back.Year) diffs.Add($"year {expected.Year} → {back.Year}");
        if (expected.Agency != back.Agency) diffs.Add($"agency {expected.Agency} → {back.Agency}");
        if (expected.Published != back.Published) diffs.Add($"published {expected.Published} → {back.Published}");
        diffs.AddRange(back.Findings.Where(f => f.Severity != Severity.Info && f.Rule != "template.mixed-layout").Select(f => $"{f.Rule}: {f.Message}"));
        return diffs.Count == 0 ? null : string.Join("; ", diffs);
    }

    [Fact]
    public void Nine_hundred_generated_reports_read_back_from_pdf_cell_for_cell()
    {
        const int count = 900;
        var failures = new ConcurrentBag<string>();
        Parallel.For(0, count, i =>
        {
            var seed = 50_000 + i;
            // Both templates, and every seventh 2021 report with 三（六）其他处理 printed as one row.
            var g = i % 2 == 0
                ? ReportTextLayout.Generate(seed, TemplateId.V2019)
                : ReportTextLayout.Generate(seed, TemplateId.V2021, otherCollapsed: i % 7 == 1 ? true : null);
            var pdf = ReportRenderer.Render(g.Expected, RenderFormat.Pdf);
            if (Differences(g.Expected, pdf) is { } d) failures.Add($"{g}: {d}");
        });
        Assert.True(failures.IsEmpty, $"{failures.Count} of {count} differ:\n" + string.Join("\n", failures.Take(10)));
    }

    [Theory]
    [InlineData(TemplateId.V2019, false)]
    [InlineData(TemplateId.V2021, false)]
    [InlineData(TemplateId.V2021, true)]
    public void Page_breaks_anywhere_in_section_three_repeat_its_header_and_still_read_back(TemplateId template, bool collapsed)
    {
        // Longer and longer overviews push section 三 down the page, so the page break falls on every one of its rows.
        var report = ReportTextLayout.Generate(7, template, otherCollapsed: collapsed).Expected;
        int repeated = 0, insideGroup = 0;
        for (var extra = 0; extra < 40; extra++)
        {
            var overview = report.Narrative.Overview + string.Concat(Enumerable.Repeat("\n本机关持续推进政务公开标准化规范化建设。", extra));
            var longer = report with { Narrative = report.Narrative with { Overview = overview } };
            var pdf = ReportRenderer.Render(longer, RenderFormat.Pdf);
            Assert.True(Differences(longer, pdf) is null, $"{extra} extra lines: {Differences(longer, pdf)}");
            using var doc = PdfDocument.Open(pdf);
            if (doc.GetPages().Count(p => p.Text.Contains("申请人情况")) > 1) repeated++;
            // A row whose first cells are empty: the stacked group labels carried on from the page before.
            if (PdfText.Extract(pdf).Contains("\n\t")) insideGroup++;
        }
        Assert.True(repeated >= 10, $"section 三 broke across pages only {repeated} times");
        Assert.True(insideGroup >= 3, $"the break fell inside a stacked group only {insideGroup} times");
    }

    [Fact]
    public void The_pdf_embeds_a_subset_of_the_truetype_font_and_stays_small()
    {
        foreach (var template in new[] { TemplateId.V2019, TemplateId.V2021 })
        {
            var pdf = ReportRenderer.Render(ReportTextLayout.Generate(3, template).Expected, RenderFormat.Pdf);
            Assert.True(pdf.Length < 200_000, $"{pdf.Length} bytes");
            using var doc = PdfDocument.Open(pdf);
            var fonts = doc.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
            var font = Assert.Single(fonts);
            Assert.Matches("^[A-Z]{6}\\+UMing", font); // a subset tag, and AR PL UMing (TrueType, not a Type 3 font)
        }
    }

    [Fact]
    public void Poppler_extracts_the_chinese_title_page_numbers_and_a_table_row()
    {
        if (!Poppler.Has("pdftotext")) return; // poppler-utils missing: .ci/run installs it
        var report = ReportTextLayout.Generate(21, TemplateId.V2021).Expected;
        var path = Path.Combine(Path.GetTempPath(), $"gongkai-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, ReportRenderer.Render(report, RenderFormat.Pdf));
        try
        {
            var text = Poppler.Run("pdftotext", path, "-").Output;
            var lines = text.Split('\n').Select(l => l.Trim()).ToList();
            var title = OfficialLayout.Title(report);
            Assert.Contains(title, string.Concat(lines.Take(4)));
            Assert.Contains("- 1 -", lines);
            Assert.Contains("- 2 -", lines);
            Assert.Contains("（本列数据的勾稽关系为：", text);
            Assert.Contains("申请人情况", text);
            Assert.DoesNotContain("年年", text); // the bold title's second impression is recognised as the same characters
            if (Poppler.Has("pdffonts"))
            {
                var fonts = Poppler.Run("pdffonts", path).Output;
                Assert.Contains("CID TrueType", fonts);
                Assert.DoesNotContain("Type 3", fonts);
            }
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Bench_pdf_times_reading_back_against_pdftotext_and_prints_the_ratio()
    {
        var run = Gongkai.Tests.Cli.CliHarness.Run("bench", "--pdf", "4");
        Assert.Equal(0, run.Code);
        Assert.Contains("4 份 PDF", run.Out);
        Assert.Contains("| Gongkai：PDF → 报告（ReportReader.ReadBytes，预热后） |        4 |", run.Out);
        if (Poppler.Has("pdftotext")) Assert.Matches(@"Gongkai 用时为 pdftotext 的 \d+\.\d\d 倍", run.Out);
        Assert.DoesNotContain("不符", run.Err);
        Assert.DoesNotContain("读取失败", run.Err);
    }

    [Fact]
    public void Signature_lines_are_right_aligned_and_paragraphs_indented()
    {
        var report = ReportTextLayout.Generate(4).Expected;
        using var doc = PdfDocument.Open(ReportRenderer.Render(report, RenderFormat.Pdf));
        var last = doc.GetPage(doc.NumberOfPages);
        var agency = last.Letters.Where(l => l.Value == report.Agency![^1].ToString()).MaxBy(l => l.StartBaseLine.X)!;
        Assert.True(agency.EndBaseLine.X > last.Width - 72 - 30, $"signature ends at {agency.EndBaseLine.X}");
        var first = doc.GetPage(1);
        var overview = first.Letters.First(l => l.Value == "一" && l.PointSize is > 13 and < 15); // 一、总体情况
        var body = first.Letters.Where(l => l.PointSize is > 11 and < 13).Min(l => l.StartBaseLine.X);
        Assert.True(overview.StartBaseLine.X > body + 20, "headings and first lines are indented two characters");
    }
}
