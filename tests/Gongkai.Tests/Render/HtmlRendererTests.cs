using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Ingest;
using Gongkai.Ingest.Html;
using Gongkai.Render;
using Gongkai.Render.Document;
using Gongkai.Render.Html;
using Gongkai.Render.Text;
using Gongkai.Tests.Generation;
using Xunit.Abstractions;

namespace Gongkai.Tests.Render;

/// <summary>
/// The HTML page of a report reads back cell for cell through the HTML reader: as written (UTF-8), re-encoded as GBK
/// the way older government sites serve it, and wrapped in a site's layout table between its menus and its footer.
/// </summary>
public class HtmlRendererTests(ITestOutputHelper output)
{
    static HtmlRendererTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Seeds in thirds: 2019, 2021 with three （六） rows, 2021 printing （六）其他处理 as one row.</summary>
    private static GeneratedText Generated(int seed) => (seed % 3) switch
    {
        0 => ReportTextLayout.Generate(seed, TemplateId.V2019),
        1 => ReportTextLayout.Generate(seed, TemplateId.V2021, otherCollapsed: false),
        _ => ReportTextLayout.Generate(seed, TemplateId.V2021, otherCollapsed: true),
    };

    private static string Html(Report report) => HtmlRenderer.Render(OfficialLayout.Build(report));

    private static void AssertReadsBack(Report expected, byte[] page, string what)
    {
        var result = ReportReader.ReadBytes(page, "x.html");
        Assert.True(result.Ok, $"{what}: {result.Error}");
        var back = Assert.Single(result.Reports);
        Assert.True(expected.Layout == back.Layout, $"{what}: layout {back.Format.Code()} collapsed={back.Layout.OtherCollapsed}");
        foreach (var s in expected.Sections)
        {
            var got = back.Section(s.Layout.Key).Cells;
            for (var i = 0; i < s.Cells.Length; i++)
                Assert.True(s.Cells[i] == got[i], $"{what}: {s.Layout.CellPath(i)} expected {s.Cells[i]} read {got[i]}");
        }
        Assert.True(expected.Year == back.Year, $"{what}: year {back.Year}");
        Assert.True(expected.Agency == back.Agency, $"{what}: agency {back.Agency}");
        Assert.True(expected.Published == back.Published, $"{what}: published {back.Published}");
        Assert.DoesNotContain(back.Findings, f => f.Severity == Severity.Error || f.Severity == Severity.Warning && f.Rule != "template.mixed-layout");
    }

    [Fact]
    public void Twelve_hundred_generated_reports_of_both_templates_read_back_from_their_html_cell_for_cell()
    {
        const int count = 1200;
        var clock = Stopwatch.StartNew();
        var failures = new List<string>();
        Parallel.For(0, count, seed =>
        {
            var g = Generated(seed);
            try { AssertReadsBack(g.Expected, Encoding.UTF8.GetBytes(Html(g.Expected)), $"{g}"); }
            catch (Exception e) { lock (failures) failures.Add(e.Message); }
        });
        output.WriteLine($"{count} reports rendered to HTML and read back in {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(failures.Count == 0, $"{failures.Count} of {count} failed; first: {failures.FirstOrDefault()}");
    }

    [Fact]
    public void The_html_reader_gives_the_plain_text_rendering_line_for_line()
    {
        for (var seed = 0; seed < 30; seed++)
        {
            var doc = OfficialLayout.Build(Generated(seed).Expected);
            var text = HtmlText.Extract(Encoding.UTF8.GetBytes(HtmlRenderer.Render(doc)));
            var expected = PlainTextRenderer.Render(doc).Split('\n').Where(l => l.Length > 0);
            Assert.Equal(expected, text.Split('\n').Where(l => l.Length > 0));
        }
    }

    [Fact]
    public void A_page_re_encoded_as_gbk_with_its_meta_charset_reads_back()
    {
        var gbk = Encoding.GetEncoding("GBK");
        for (var seed = 0; seed < 150; seed++)
        {
            var g = Generated(seed);
            var html = Html(g.Expected).Replace("<meta charset=\"utf-8\">", "<meta charset=\"gbk\">");
            var bytes = gbk.GetBytes(html);
            Assert.NotEqual(Encoding.UTF8.GetBytes(html), bytes);
            AssertReadsBack(g.Expected, bytes, $"GBK {g}");
        }
    }

    [Fact]
    public void A_gb2312_page_declared_by_http_equiv_reads_back()
    {
        var g = Generated(4);
        var html = Html(g.Expected).Replace("<meta charset=\"utf-8\">",
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">");
        AssertReadsBack(g.Expected, Encoding.GetEncoding("GB2312").GetBytes(html), $"GB2312 {g}");
    }

    [Fact]
    public void A_report_inside_a_government_site_layout_table_with_menus_and_a_footer_reads_back()
    {
        for (var seed = 0; seed < 150; seed++)
        {
            var g = Generated(seed);
            var page = GovernmentSite(Html(g.Expected), g.Expected, new Random(seed));
            AssertReadsBack(g.Expected, Encoding.UTF8.GetBytes(page), $"site {g}");
        }
    }

    /// <summary>
    /// The report's body moved into the content cell of a site page of the 2010s: a menu of three hundred links (more text
    /// than the reader looks at for a title), a breadcrumb ending in the title, a left column listing other years'
    /// reports, metadata, a print bar and a footer — in layout tables, without nav/header/footer elements.
    /// </summary>
    private static string GovernmentSite(string html, Report report, Random rng)
    {
        var body = Regex.Match(html, "<main class=\"page\">(.*)</main>", RegexOptions.Singleline).Groups[1].Value;
        var title = OfficialLayout.Title(report);
        var menu = string.Concat(Enumerable.Range(0, 300).Select(i =>
            $"<td><a href=\"/col/{i}/\">{(i % 3 == 0 ? "政务公开" : i % 3 == 1 ? "政府信息公开指南" : "政府信息公开年报")}{i}</a></td>"));
        var others = string.Concat(Enumerable.Range(2015, 5).Select(y =>
            $"<li><a href=\"/nb/{y}.html\">{report.Agency}{y}年政府信息公开工作年度报告</a></li>"));
        var meta = report.Published is DateOnly d ? $"发布日期：{d:yyyy-MM-dd}　来源：{report.Agency}" : $"来源：{report.Agency}　浏览次数：{rng.Next(9999)}";
        const string style = "<style>td { font-size: 12px } .position a { color: #333 }</style>";
        return $"""
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{title}</title>
            <script>var _hmt = _hmt || []; document.write("<p>统计</p>");</script>{style}</head>
            <body>
            <table width="1000" align="center"><tr><td><img src="/images/banner.jpg" alt="某某区人民政府门户网站"></td></tr>
            <tr><td><table class="topmenu"><tr>{menu}</tr></table></td></tr></table>
            <table width="1000" align="center" cellpadding="0" cellspacing="0">
            <tr><td colspan="2" class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; {title}</td></tr>
            <tr>
            <td width="220" valign="top"><div class="lm">相关年报</div><ul>{others}</ul></td>
            <td valign="top">
              <div class="title"><h1 style="font-size:20px">{title}</h1></div>
              <div class="info">{meta}</div>
              <div class="content" id="zoom">{body}</div>
              <div class="print">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
            </td>
            </tr>
            </table>
            <div id="footer" style="text-align:center">主办：{report.Agency}　承办：某某区政务服务数据管理局<br>
            网站标识码：4401030001　粤ICP备12345678号　粤公网安备 44010302000001号<br>
            建议使用1024×768分辨率浏览　技术支持电话：020-12345678</div>
            <div class="links">友情链接：<a href="http://www.gov.cn/">中国政府网</a> 2020年12月31日 更新</div>
            </body></html>
            """;
    }

    [Fact]
    public void The_page_is_self_contained_zh_cn_utf8_with_merged_cells_as_the_grid()
    {
        var report = Generated(1).Expected;
        var doc = OfficialLayout.Build(report);
        var html = HtmlRenderer.Render(doc);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">", html);
        Assert.Contains("<meta charset=\"utf-8\">", html);
        Assert.DoesNotContain("src=", html);
        Assert.DoesNotContain("href=", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("url(", html);
        Assert.DoesNotContain("@import", html);
        Assert.Contains($"<h1>{doc.Title}</h1>", html);
        var tables = doc.Blocks.OfType<Table>().ToList();
        Assert.Equal(tables.Count, Regex.Matches(html, "<table border=\"1\">").Count);
        Assert.Equal(tables.Sum(t => t.RowCount), Regex.Matches(html, "<tr>").Count);
        Assert.Equal(tables.Sum(t => t.Cells.Count(c => c.Kind == CellKind.Header)), Regex.Matches(html, "<th[ >]").Count);
        Assert.Equal(tables.Sum(t => t.Cells.Count(c => c.Kind == CellKind.Number)), Regex.Matches(html, "<td class=\"num\"").Count);
        Assert.Equal(tables.Sum(t => t.Cells.Count(c => c.RowSpan > 1)), Regex.Matches(html, " rowspan=\"").Count);
        Assert.Equal(tables.Sum(t => t.Cells.Count(c => c.ColSpan > 1)), Regex.Matches(html, " colspan=\"").Count);
        Assert.Contains("<th rowspan=\"3\" colspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th>", html);
        Assert.Contains("<th colspan=\"5\">法人或其他组织</th>", html);
        Assert.Contains("<td class=\"group\" rowspan=\"8\">（三）不予公开</td>", html);
        Assert.Contains("text-indent: 2em", html);
        Assert.Contains("border-collapse: collapse", html);
        if (report.Agency is { } agency) Assert.Contains($"<p class=\"signature first\">{agency}</p>", html);
    }

    [Fact]
    public void Text_is_html_encoded()
    {
        var report = Generated(2).Expected with
        {
            Agency = "某某区<b>人民政府</b>&\"办公室\"",
            Narrative = new Narrative(null, "总体<script>alert('x')</script>情况 a < b & c > d", null, null),
        };
        var html = Html(report);
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("某某区&lt;b&gt;人民政府&lt;/b&gt;&amp;&quot;办公室&quot;", html);
        Assert.Contains("总体&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;情况 a &lt; b &amp; c &gt; d", html);
        Assert.Contains("总体<script>alert('x')</script>情况 a < b & c > d", HtmlText.Extract(Encoding.UTF8.GetBytes(html)));
    }

    [Fact]
    public void The_renderer_entry_writes_utf8_html()
    {
        var report = Generated(0).Expected;
        var bytes = ReportRenderer.Render(report, RenderFormat.Html);
        Assert.Equal(Html(report), Encoding.UTF8.GetString(bytes));
    }
}
