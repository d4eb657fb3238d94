using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Ingest;
using Gongkai.Render;
using Gongkai.Render.Document;
using Gongkai.Tests.Generation;

namespace Gongkai.Tests.Render;

public class DocxRendererTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static byte[] Docx(Report report) => ReportRenderer.Render(report, RenderFormat.Docx);

    private static XDocument DocumentXml(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var s = zip.GetEntry("word/document.xml")!.Open();
        return XDocument.Load(s);
    }

    /// <summary>A case's report: seeds alternate the templates; every fourth 2021 report has the collapsed 其他处理 rows.</summary>
    private static Report Generated(int seed)
    {
        var template = seed % 2 == 0 ? TemplateId.V2019 : TemplateId.V2021;
        bool? collapsed = template == TemplateId.V2021 ? seed % 4 == 1 : null;
        return ReportTextLayout.Generate(seed, template, Damage.None, onlyRequired: true, otherCollapsed: collapsed).Expected;
    }

    /// <summary>Null when the DOCX reads back cell for cell with the same year, agency and date; else what differs.</summary>
    private static string? RoundTripDifference(Report expected, int seed)
    {
        var result = ReportReader.ReadBytes(Docx(expected), "x.docx");
        if (!result.Ok) return $"seed {seed}: {result.Error}";
        var back = Assert.Single(result.Reports);
        if (expected.Layout != back.Layout) return $"seed {seed}: layout {expected.Layout.Template} read as {back.Layout.Template}";
        foreach (var s in expected.Sections)
            if (!s.Cells.SequenceEqual(back.Section(s.Layout.Key).Cells)) return $"seed {seed}: section {s.Layout.Key} differs";
        if (expected.Year != back.Year) return $"seed {seed}: year {expected.Year} read as {back.Year}";
        if (expected.Agency != back.Agency) return $"seed {seed}: agency {expected.Agency} read as {back.Agency}";
        if (expected.Published != back.Published) return $"seed {seed}: published {expected.Published} read as {back.Published}";
        return null;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Generated_reports_read_back_from_docx_cell_for_cell(int block)
    {
        // 2 × 750 reports, both templates, a quarter of the 2021 ones with collapsed 其他处理 rows.
        const int perBlock = 750;
        var failures = new ConcurrentBag<string>();
        var templates = new ConcurrentDictionary<string, int>();
        Parallel.For(50_000 + block * perBlock, 50_000 + (block + 1) * perBlock, seed =>
        {
            var report = Generated(seed);
            templates.AddOrUpdate($"{report.Format}/{report.Layout.Applications.CellCount}", 1, (_, n) => n + 1);
            if (RoundTripDifference(report, seed) is { } problem) failures.Add(problem);
        });
        Assert.True(failures.IsEmpty, $"{failures.Count} of {perBlock} differ:\n{string.Join('\n', failures.Take(10))}");
        Assert.True(templates.Count >= 3, string.Join(", ", templates.Keys)); // 2019, 2021, 2021 collapsed
    }

    [Theory]
    [InlineData(TemplateId.V2019, false, FileFormatVersions.Office2007)]
    [InlineData(TemplateId.V2021, false, FileFormatVersions.Office2007)]
    [InlineData(TemplateId.V2021, true, FileFormatVersions.Office2007)]
    [InlineData(TemplateId.V2019, false, FileFormatVersions.Microsoft365)]
    [InlineData(TemplateId.V2021, true, FileFormatVersions.Microsoft365)]
    public void Rendered_docx_is_valid_ooxml(TemplateId template, bool collapsed, FileFormatVersions version)
    {
        var docx = Docx(Gongkai.Tests.Core.TestReports.Consistent(template, collapsed));
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var errors = new OpenXmlValidator(version).Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    [Fact]
    public void Generated_reports_render_to_valid_ooxml()
    {
        var validator = new OpenXmlValidator();
        for (var seed = 0; seed < 20; seed++)
        {
            using var word = WordprocessingDocument.Open(new MemoryStream(Docx(Generated(seed))), false);
            var errors = validator.Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, $"seed {seed}:\n{string.Join('\n', errors)}");
        }
    }

    [Fact]
    public void Page_is_a4_portrait_and_fonts_are_the_official_ones()
    {
        var docx = Docx(Gongkai.Tests.Core.TestReports.Consistent());
        var body = DocumentXml(docx).Root!.Element(W + "body")!;
        var size = body.Element(W + "sectPr")!.Element(W + "pgSz")!;
        Assert.Equal("11906", (string?)size.Attribute(W + "w"));
        Assert.Equal("16838", (string?)size.Attribute(W + "h"));
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var s = zip.GetEntry("word/styles.xml")!.Open();
        var eastAsian = XDocument.Load(s).Descendants(W + "rFonts").Select(f => (string?)f.Attribute(W + "eastAsia")).ToHashSet();
        Assert.Contains("宋体", eastAsian);
        Assert.Contains("仿宋", eastAsian);
        Assert.Contains("黑体", eastAsian);
    }

    [Fact]
    public void Section_three_keeps_the_merges_of_the_template_in_the_xml()
    {
        var report = Gongkai.Tests.Core.TestReports.Consistent();
        var grid = OfficialLayout.Build(report).Blocks.OfType<Table>().ElementAt(1);
        var table = DocumentXml(Docx(report)).Descendants(W + "tbl").ElementAt(1);
        var rows = table.Elements(W + "tr").ToList();
        Assert.Equal(grid.RowCount, rows.Count);
        Assert.Equal(grid.ColumnCount, table.Element(W + "tblGrid")!.Elements(W + "gridCol").Count());

        static XElement? Props(XElement tc, string name) => tc.Element(W + "tcPr")?.Element(W + name);
        static int Span(XElement tc) => (int?)Props(tc, "gridSpan")?.Attribute(W + "val") ?? 1;
        static string? Merge(XElement tc) => Props(tc, "vMerge") is { } v ? (string?)v.Attribute(W + "val") ?? "continue" : null;
        static string Text(XElement tc) => string.Concat(tc.Descendants(W + "t").Select(t => t.Value));

        // The 勾稽关系 note: the top-left cell, three columns wide and three rows high.
        for (var r = 0; r < 3; r++)
        {
            var first = rows[r].Elements(W + "tc").First();
            Assert.Equal(3, Span(first));
            Assert.Equal(r == 0 ? "restart" : "continue", Merge(first));
            Assert.Equal(r == 0 ? grid.At(0, 0).Text : "", Text(first));
        }
        Assert.StartsWith("（本列数据的勾稽关系为", Text(rows[0].Elements(W + "tc").First()));

        // Every row's cells cover the grid exactly, and each merge matches the grid cell at that place.
        for (var r = 0; r < rows.Count; r++)
        {
            var col = 0;
            foreach (var tc in rows[r].Elements(W + "tc"))
            {
                var cell = grid.At(r, col);
                Assert.Equal(cell.ColSpan, Span(tc));
                Assert.Equal(cell.RowSpan == 1 ? null : cell.Row == r ? "restart" : "continue", Merge(tc));
                col += Span(tc);
            }
            Assert.Equal(grid.ColumnCount, col);
        }

        // （三）不予公开 spans its eight rows in the second label column.
        var group = rows.FindIndex(tr => tr.Elements(W + "tc").Any(tc => Text(tc) == "（三）不予公开"));
        Assert.True(group > 0);
        var column = rows.Skip(group).Take(8).Select(tr => tr.Elements(W + "tc").First(tc => Props(tc, "vMerge") is not null && Span(tc) == 1 && tc != tr.Elements(W + "tc").First())).ToList();
        Assert.Equal("restart", Merge(column[0]));
        Assert.All(column.Skip(1), tc => Assert.Equal("continue", Merge(tc)));

        // The three header rows repeat on each page; the body rows do not.
        Assert.All(rows.Take(3), tr => Assert.NotNull(tr.Element(W + "trPr")?.Element(W + "tblHeader")));
        Assert.All(rows.Skip(3), tr => Assert.Null(tr.Element(W + "trPr")?.Element(W + "tblHeader")));
    }

    [Fact]
    public void Headings_signature_and_numbers_are_styled_as_the_template_prints_them()
    {
        var report = Gongkai.Tests.Core.TestReports.Consistent();
        var body = DocumentXml(Docx(report)).Root!.Element(W + "body")!;
        static string? Style(XElement p) => (string?)p.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val");
        static string Text(XElement p) => string.Concat(p.Descendants(W + "t").Select(t => t.Value));
        var paragraphs = body.Elements(W + "p").ToList();
        Assert.Equal(OfficialLayout.Title(report), Text(paragraphs[0]));
        Assert.Equal("ReportTitle", Style(paragraphs[0]));
        Assert.Equal("ReportHeading", Style(paragraphs.First(p => Text(p) == OfficialLayout.OverviewHeading)));
        if (report.Agency is { } agency) Assert.Equal("ReportSignature", Style(paragraphs.Last(p => Text(p) == agency)));
        var numbers = body.Descendants(W + "tbl").SelectMany(t => t.Descendants(W + "p")).Where(p => Style(p) == "ReportNumberCell").ToList();
        Assert.NotEmpty(numbers);
    }

    [Fact]
    public void Render_writes_to_a_stream_that_cannot_seek()
    {
        var report = Gongkai.Tests.Core.TestReports.Consistent();
        using var sink = new MemoryStream();
        using (var forward = new ForwardOnly(sink)) ReportRenderer.Render(report, RenderFormat.Docx, forward);
        Assert.True(ReportReader.ReadBytes(sink.ToArray(), "x.docx").Ok);
    }

    private sealed class ForwardOnly(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
