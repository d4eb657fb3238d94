using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Ingest.Text;
using Gongkai.Render.Document;
using Gongkai.Render.Text;
using Gongkai.Tests.Generation;

namespace Gongkai.Tests.Render;

public class OfficialLayoutTests
{
    [Theory]
    [InlineData(TemplateId.V2019, false)]
    [InlineData(TemplateId.V2021, false)]
    [InlineData(TemplateId.V2021, true)]
    public void Every_grid_position_of_every_table_is_covered_by_exactly_one_cell(TemplateId template, bool collapsed)
    {
        var doc = OfficialLayout.Build(Gongkai.Tests.Core.TestReports.Consistent(template, collapsed));
        foreach (var t in doc.Blocks.OfType<Table>())
        {
            var covered = new int[t.RowCount, t.ColumnCount];
            foreach (var c in t.Cells)
                for (var r = c.Row; r < c.Row + c.RowSpan; r++)
                    for (var k = c.Col; k < c.Col + c.ColSpan; k++) covered[r, k]++;
            for (var r = 0; r < t.RowCount; r++)
                for (var k = 0; k < t.ColumnCount; k++) Assert.True(covered[r, k] == 1, $"row {r} col {k} covered {covered[r, k]} times");
        }
    }

    [Fact]
    public void Every_report_cell_appears_once_in_the_document()
    {
        var report = Gongkai.Tests.Core.TestReports.Consistent(TemplateId.V2021);
        var paths = OfficialLayout.Build(report).Blocks.OfType<Table>().SelectMany(t => t.Cells).Select(c => c.Path).OfType<string>().ToList();
        var expected = report.Sections.SelectMany(s => Enumerable.Range(0, s.Layout.CellCount).Select(s.Layout.CellPath)).ToList();
        Assert.Equal(expected.Order(), paths.Order());
    }

    [Fact]
    public void Section_three_has_the_merged_headers_of_the_template()
    {
        var t = OfficialLayout.Build(Gongkai.Tests.Core.TestReports.Consistent()).Blocks.OfType<Table>().ElementAt(1);
        Assert.Equal(10, t.ColumnCount);
        Assert.Equal(new TableCell(0, 0, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", CellKind.Header, 3, 3), t.At(2, 2));
        Assert.Equal("法人或其他组织", t.At(1, 6).Text);
        Assert.Equal(5, t.At(1, 6).ColSpan);
        var group = t.At(3 + 5, 1); // (三)不予公开 spans its eight rows
        Assert.Equal("（三）不予公开", group.Text);
        Assert.Equal(8, group.RowSpan);
        Assert.Equal("三、本年度办理结果", t.At(3 + 2, 0).Text);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Plain_text_of_generated_reports_reads_back_exactly(int block)
    {
        for (var seed = block * 1000; seed < block * 1000 + 300; seed++)
        {
            var g = ReportTextLayout.Generate(seed);
            var expected = g.Expected;
            var text = PlainTextRenderer.Render(OfficialLayout.Build(expected));
            var back = ReportTextReader.Read(text, "x");
            Assert.True(expected.Layout == back.Layout, $"seed {seed}: layout");
            foreach (var s in expected.Sections)
                Assert.True(s.Cells.SequenceEqual(back.Section(s.Layout.Key).Cells), $"seed {seed}: {s.Layout.Key}\n{text}");
            Assert.Equal(expected.Year, back.Year);
            Assert.Equal(expected.Agency, back.Agency);
            Assert.Equal(expected.Published, back.Published);
            Assert.DoesNotContain(back.Findings, f => f.Severity != Severity.Info && f.Rule != "template.mixed-layout");
        }
    }
}
