using System.Text;
using Gongkai.Core.Json;
using Gongkai.Core.Model;
using Gongkai.Ingest;
using Gongkai.Ingest.Html;
using Gongkai.Tests.Generation;

namespace Gongkai.Tests.Ingest;

/// <summary>
/// Markdown whose tables are HTML (MinerU and other PDF converters, text pasted from a page's source). Read as text,
/// the tags' numbers (colspan="4", border="1") sat among the cells: over 100 generated such files Gongkai gave 378
/// wrong values with confidence and left 5,068 cells null. Now the tables are read by their grid.
/// </summary>
public class EmbeddedTablesTests
{
    private static ReadResult Read(string text, string source = "x.md") => ReportReader.ReadBytes(Encoding.UTF8.GetBytes(text), source);

    private static Report ReadSeed(string n)
    {
        var result = ReportReader.ReadFile(SharedFiles.Seed(n));
        Assert.True(result.Ok, result.Error);
        return Assert.Single(result.Reports);
    }

    [Theory]
    [MemberData(nameof(SeedTests.Seeds), MemberType = typeof(SeedTests))]
    public void A_seed_converted_to_markdown_with_html_tables_reads_every_cell_as_the_seed(string n)
    {
        var seed = ReadSeed(n);
        for (var variant = 0; variant < 4; variant++)
        {
            var text = MarkdownHtmlTables.Render(seed, new Random(variant));
            Assert.Contains("<table>", text);
            var back = SameCells.Assert(seed, Read(text), $"variant {variant}: ");
            Assert.Equal(seed.Agency, back.Agency);
            Assert.Equal(seed.Year, back.Year);
            Assert.DoesNotContain(back.Findings, f => f.Rule.StartsWith("read.", StringComparison.Ordinal) && f.Severity != Severity.Info);
        }
    }

    [Fact]
    public void A_seed_as_markdown_with_html_tables_reads_as_its_own_html_page_does()
    {
        var seed = ReadSeed("001");
        var page = Gongkai.Render.ReportRenderer.Render(seed, Gongkai.Render.RenderFormat.Html);
        var fromPage = Assert.Single(ReportReader.ReadBytes(page, "x.html").Reports);
        var fromMarkdown = Assert.Single(Read(MarkdownHtmlTables.Render(seed, new Random(1))).Reports);
        Assert.Equal(ReportJson.Serialize(fromPage with { Source = null }), ReportJson.Serialize(fromMarkdown with { Source = null }));
    }

    [Fact]
    public void Lines_outside_the_tables_stay_text_each_a_line_of_its_own_with_markdown_heading_marks_dropped()
    {
        var html = EmbeddedTables.ToHtml("# 标题\n\n## 一、总体情况\n办理时限<20个工作日 & 其他\n< 5 件\n#不是标题\n<table><tr><td>1</td></tr></table>\n尾");
        Assert.Contains("<p>标题</p>", html);
        Assert.Contains("<p>一、总体情况</p>", html);
        Assert.Contains("<p>办理时限&lt;20个工作日 &amp; 其他</p>", html);
        Assert.Contains("<p>&lt; 5 件</p>", html);
        Assert.Contains("<p>#不是标题</p>", html);
        Assert.Contains("<table><tr><td>1</td></tr></table>\n", html);
        Assert.Contains("<p>尾</p>", html);
    }

    [Fact]
    public void A_whole_page_source_after_a_title_line_reads_as_the_page()
    {
        var seed = ReadSeed("003");
        var page = Encoding.UTF8.GetString(Gongkai.Render.ReportRenderer.Render(seed, Gongkai.Render.RenderFormat.Html));
        var fromPage = Assert.Single(ReportReader.ReadBytes(Encoding.UTF8.GetBytes(page), "x.html").Reports);
        var pasted = Read($"{seed.Agency}{seed.Year}年政府信息公开工作年度报告（网页源代码）\n\n{page}", "x.txt");
        Assert.True(pasted.Ok, pasted.Error);
        var read = Assert.Single(pasted.Reports);
        Assert.Equal(ReportJson.Serialize(fromPage with { Source = null }), ReportJson.Serialize(read with { Source = null }));
        Assert.Equal(fromPage.Narrative, read.Narrative);
    }

    [Theory]
    [InlineData("<p style=\"margin:0 0 12px;line-height:1.5\">{0}</p>")]
    [InlineData("<span lang=\"EN-US\" style=\"font-size:16.0pt\">{0}</span>")]
    public void A_text_whose_every_line_is_wrapped_in_markup_reads_as_the_plain_text(string wrap)
    {
        foreach (var n in new[] { "000", "001", "002", "003", "004" })
        {
            var plain = ReadSeed(n);
            var lines = File.ReadAllLines(SharedFiles.Seed(n)).Select(l => string.Format(System.Globalization.CultureInfo.InvariantCulture, wrap, l));
            SameCells.Assert(plain, Read("年度报告（网页存档）\n" + string.Join('\n', lines), $"{n}.txt"), $"seed {n}: ");
        }
    }

    [Theory]
    [InlineData("&#160;")]
    [InlineData("&#xa0;")]
    [InlineData("&nbsp;")]
    [InlineData(" &#32;")]
    public void Character_references_a_web_archive_kept_in_its_text_are_read_as_the_characters(string space)
    {
        foreach (var n in new[] { "000", "001", "002", "003", "004" })
        {
            var plain = ReadSeed(n);
            var text = System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(SharedFiles.Seed(n)), @" (?=\d)", space);
            Assert.Contains(space.Trim(), text);
            SameCells.Assert(plain, Read(text, $"{n}.txt"), $"seed {n}, {space}: ");
        }
    }

    [Fact]
    public void A_table_written_over_many_lines_is_kept_whole_until_it_closes()
    {
        var html = EmbeddedTables.ToHtml("前言\n<TABLE border=\"1\">\n<tr>\n<td>自然人</td>\n</tr>\n</TABLE>\n后记");
        Assert.Contains("<TABLE border=\"1\">\n<tr>\n<td>自然人</td>\n</tr>\n</TABLE>\n", html);
        Assert.Contains("<p>后记</p>", html);
    }

    [Theory]
    [InlineData("说明：本文不含 <table> 以外的标记")]
    [InlineData("<tablet><td>1</td>")]
    [InlineData("一、总体情况\n本年新收 12 件")]
    [InlineData("<b>标题</b>\n一<br/>\n<i>二</i>\n三\n<p>四</p>\n五\n六\n七\n<p>八</p>\n<p>九</p>\n十")]
    public void Text_without_an_html_table_with_cells_is_read_as_text(string text) =>
        Assert.False(EmbeddedTables.Holds(text));

    [Theory]
    [MemberData(nameof(SeedTests.Seeds), MemberType = typeof(SeedTests))]
    public void No_seed_text_is_taken_for_markdown_with_html_tables(string n) =>
        Assert.False(EmbeddedTables.Holds(File.ReadAllText(SharedFiles.Seed(n))));

    [Fact]
    public void A_huge_table_in_a_text_file_is_refused_with_a_chinese_error_naming_the_file()
    {
        var text = new StringBuilder("# 2023年政府信息公开工作年度报告\n<table><tr>");
        for (var i = 0; i < HtmlText.MaxCells + 10; i++) text.Append("<td>0</td>");
        text.Append("</tr></table>\n");
        var result = Read(text.ToString(), "huge.md");
        Assert.False(result.Ok);
        Assert.Equal("huge.md", result.Source);
        Assert.Contains("表格单元格过多", result.Error);
    }

    [Fact]
    public void A_table_never_closed_is_read_without_an_internal_error()
    {
        var seed = ReadSeed("000");
        var text = MarkdownHtmlTables.Render(seed, new Random(3));
        var cut = text[..text.LastIndexOf("</table>", StringComparison.Ordinal)];
        var result = Read(cut);
        Assert.False(result.Error?.StartsWith(ReportReader.InternalErrorPrefix, StringComparison.Ordinal) ?? false, result.Error);
    }
}
