using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Gongkai.Core.Compare;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Render;
using Gongkai.Render.Compare;
using Gongkai.Render.Document;
using Gongkai.Tests.Core;

namespace Gongkai.Tests.Render;

/// <summary>The comparison document: summary first, the official tables with changed cells marked, the prose marked.</summary>
public class ComparisonRenderTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>2022 → 2023 of one agency: 新收 5 → 6, 五 rewritten in one place, 六 copied.</summary>
    private static ReportComparison Sample()
    {
        var old = TestReports.Consistent(TemplateId.V2021, year: 2022) with
        {
            Narrative = new Narrative(null, "全年共受理政府信息公开申请5件。", "一是公开内容还不够全面；二是工作人员业务水平有待提高。", "如对本报告有疑问，请与本机关政务公开工作机构联系。"),
        };
        var @new = old.With("applications.newReceived.total", 6).With("applications.newReceived.naturalPerson", 4) with
        {
            Year = 2023,
            Narrative = new Narrative(null, "全年共受理政府信息公开申请6件。", "一是公开内容还不够全面；二是政策解读形式较为单一。", "如对本报告有疑问，请与本机关政务公开工作机构联系。"),
        };
        return ReportComparer.Compare(old, @new);
    }

    [Fact]
    public void The_document_opens_with_the_summary_and_findings_then_key_figures_tables_prose_and_copied_text()
    {
        var doc = ComparisonLayout.Build(Sample());
        Assert.Equal("测试区人民政府2022年与2023年政府信息公开工作年度报告比对", doc.Title);
        var headings = doc.Blocks.OfType<Heading>().Select(h => h.Text).ToList();
        Assert.Equal([ComparisonLayout.SummaryHeading, ComparisonLayout.KeyFiguresHeading, ComparisonLayout.TablesHeading,
            "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
            ComparisonLayout.ProseHeading, "正文：一、总体情况", "正文：五、存在的主要问题及改进情况", "正文：六、其他需要报告的事项",
            ComparisonLayout.CopiedHeading], headings);
        // A changed cell of the applications table shows old→new and is marked; an unchanged one is not.
        var table = doc.Blocks.OfType<Table>().Single(t => t.Cells.Any(c => c.Path == "applications.newReceived.total"));
        var received = table.Cells.Single(c => c.Path == "applications.newReceived.total");
        Assert.Equal(("5→6", CellMark.Changed), (received.Text, received.Mark));
        var granted = table.Cells.Single(c => c.Path == "applications.granted.total");
        Assert.Equal(("4", CellMark.None), (granted.Text, granted.Mark));
        // The changed paragraph of 五: tag, kept text, deletion, insertion.
        var five = doc.Blocks.OfType<MarkedParagraph>().Single(p => p.Text.Contains("公开内容还不够全面", StringComparison.Ordinal));
        Assert.Equal(new TextRun("【修改】", RunMark.Tag), five.Runs[0]);
        Assert.Contains(five.Runs, r => r.Mark == RunMark.Deleted && r.Text.Contains("业务水平有待提高", StringComparison.Ordinal));
        Assert.Contains(five.Runs, r => r.Mark == RunMark.Inserted && r.Text.Contains("政策解读形式较为单一", StringComparison.Ordinal));
    }

    [Fact]
    public void Html_marks_insertions_deletions_and_changed_cells()
    {
        var html = System.Text.Encoding.UTF8.GetString(ReportRenderer.Render(ComparisonLayout.Build(Sample()), RenderFormat.Html));
        Assert.Contains("<td class=\"num chg\" data-cell=\"applications.newReceived.total\">5→6</td>", html);
        Assert.Contains("<b class=\"tag\">【修改】</b>", html);
        Assert.Matches("<del>[^<]*业务水平有待提高[^<]*</del>", html);
        Assert.Matches("<ins>[^<]*政策解读形式较为单一[^<]*</ins>", html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public void Docx_is_valid_with_struck_deletions_underlined_insertions_and_shaded_changed_cells()
    {
        var bytes = ReportRenderer.Render(ComparisonLayout.Build(Sample()), RenderFormat.Docx);
        using (var word = WordprocessingDocument.Open(new MemoryStream(bytes), false))
            Assert.Empty(new OpenXmlValidator().Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        using var s = zip.GetEntry("word/document.xml")!.Open();
        var xml = XDocument.Load(s);
        var runs = xml.Descendants(W + "r").ToList();
        string Text(XElement r) => string.Concat(r.Descendants(W + "t").Select(t => t.Value));
        Assert.Contains(runs, r => r.Descendants(W + "strike").Any() && Text(r).Contains("业务水平有待提高", StringComparison.Ordinal));
        Assert.Contains(runs, r => r.Descendants(W + "u").Any() && Text(r).Contains("政策解读形式较为单一", StringComparison.Ordinal));
        var shaded = xml.Descendants(W + "tc").Where(tc => tc.Descendants(W + "shd").Any()).Select(tc => string.Concat(tc.Descendants(W + "t").Select(t => t.Value))).ToList();
        Assert.Contains("5→6", shaded);
        Assert.DoesNotContain(shaded, t => t == "4");
    }

    [Fact]
    public void Pdf_prints_each_tag_once_for_pdftotext_as_for_the_eye()
    {
        var layout = ComparisonLayout.Build(Sample());
        var text = Poppler.Text(ReportRenderer.Render(layout, RenderFormat.Pdf));
        // The edited paragraph of 五 is tagged 【修改】 (and the legend names the tag): a bold copy printed beside a tag
        // read as a second 【修改】. The PDF must say it as often as the HTML rendering of the same layout.
        var html = System.Text.RegularExpressions.Regex.Replace(System.Text.Encoding.UTF8.GetString(ReportRenderer.Render(layout, RenderFormat.Html)), "<[^>]*>", "");
        Assert.Contains(layout.Blocks.OfType<MarkedParagraph>(), m => m.Runs[0].Text == "【修改】");
        Assert.Equal(CountOf(html, "【修改】"), CountOf(text, "【修改】"));
        Assert.DoesNotContain("【修改】【修改】", text);
    }

    private static int CountOf(string text, string what)
    {
        var n = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    [Fact]
    public void Pdf_reads_back_with_the_summary_the_changed_cell_and_both_sides_of_the_edit()
    {
        var bytes = ReportRenderer.Render(ComparisonLayout.Build(Sample()), RenderFormat.Pdf);
        // Gongkai's own PDF text reader: headings are printed twice a hair apart (bold), which it reads as one.
        var text = Gongkai.Ingest.Pdf.PdfText.Extract(bytes).Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);
        Assert.Contains("比对摘要", text);
        Assert.Contains("5→6", text);
        Assert.Contains("业务水平有待提高", text);
        Assert.Contains("政策解读形式较为单一", text);
        Assert.Contains("与上年相同或几乎相同的内容", text);
    }

    [Fact]
    public void Plain_text_marks_insertions_and_deletions_in_brackets()
    {
        var text = System.Text.Encoding.UTF8.GetString(ReportRenderer.Render(ComparisonLayout.Build(Sample()), RenderFormat.Text));
        Assert.Matches("〔-[^〕]*业务水平有待提高[^〕]*〕", text);
        Assert.Matches("〔\\+[^〕]*政策解读形式较为单一[^〕]*〕", text);
    }
}
