using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Ingest;
using Gongkai.Ingest.Html;
using Gongkai.Render.Document;
using Gongkai.Render.Html;
using Gongkai.Tests.Generation;

namespace Gongkai.Tests.Ingest;

/// <summary>HTML as the web serves it: charsets, markup the way editors and site templates write it, and broken pages.</summary>
public class HtmlReaderTests
{
    static HtmlReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static Report Sample(int seed = 7) => ReportTextLayout.Generate(seed, TemplateId.V2019).Expected;

    private static string Page(Report report) => HtmlRenderer.Render(OfficialLayout.Build(report));

    private static ReadResult Read(byte[] bytes) => ReportReader.ReadBytes(bytes, "x.html");

    private static ReadResult Read(string html) => Read(Encoding.UTF8.GetBytes(html));

    private static void AssertSameCells(Report expected, ReadResult result)
    {
        var back = SameCells.Assert(expected, result);
        Assert.Equal(expected.Agency, back.Agency);
        Assert.Equal(expected.Year, back.Year);
    }

    private static void AssertNoInternalError(ReadResult result, string what) =>
        Assert.False(result.Error?.StartsWith(ReportReader.InternalErrorPrefix, StringComparison.Ordinal) ?? false, $"{what}: {result.Error}");

    // ---- Narrative ----

    [Theory]
    [InlineData(null)]
    [InlineData("二〇二一年一月十四日")]
    public void A_signatures_agency_and_date_lines_stay_two_lines_in_the_narrative_of_a_page_and_of_its_text(string? date)
    {
        // The page ends with the signature as the renderer writes it, two paragraphs: the agency, then the date.
        var report = Sample();
        var html = Page(report);
        var printed = $"{report.Published!.Value.Year}年{report.Published.Value.Month}月{report.Published.Value.Day}日";
        Assert.Contains(printed, html, StringComparison.Ordinal);
        if (date is not null) html = html.Replace(printed, date, StringComparison.Ordinal);
        var signature = $"\n{report.Agency}\n{date ?? printed}";
        foreach (var read in new[] { Read(html), ReportReader.ReadText(HtmlText.Extract(Encoding.UTF8.GetBytes(html)), "x.txt") })
        {
            var other = Assert.Single(read.Reports).Narrative.Other;
            Assert.NotNull(other);
            Assert.EndsWith(signature, other, StringComparison.Ordinal); // joined, it read "…街2021年1月14日"
        }
        // And a line after a date alone starts its own paragraph too.
        var more = ReportReader.ReadText(HtmlText.Extract(Encoding.UTF8.GetBytes(html)) + "\n附件：政府信息公开工作统计表", "x.txt");
        Assert.EndsWith(signature + "\n附件：政府信息公开工作统计表", Assert.Single(more.Reports).Narrative.Other, StringComparison.Ordinal);
    }

    // ---- Charsets ----

    [Fact]
    public void A_gbk_page_without_any_charset_declaration_is_read_as_gb18030()
    {
        var report = Sample();
        var html = Page(report).Replace("<meta charset=\"utf-8\">", "");
        AssertSameCells(report, Read(Encoding.GetEncoding("GBK").GetBytes(html)));
    }

    [Fact]
    public void A_utf8_page_still_declaring_gb2312_is_read_as_utf8()
    {
        var report = Sample();
        var html = Page(report).Replace("<meta charset=\"utf-8\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\" />");
        AssertSameCells(report, Read(html));
    }

    [Fact]
    public void A_byte_order_mark_wins_over_the_meta_charset()
    {
        var report = Sample();
        var html = Page(report).Replace("<meta charset=\"utf-8\">", "<meta charset=\"gbk\">");
        AssertSameCells(report, Read([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(html)]));
        Assert.Contains(report.Agency!, HtmlText.Extract([.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(html)]));
    }

    [Fact]
    public void An_xml_declaration_names_the_charset_of_an_xhtml_page()
    {
        var report = Sample();
        var html = "<?xml version=\"1.0\" encoding=\"GB18030\"?>\n" + Page(report).Replace("<meta charset=\"utf-8\">", "");
        AssertSameCells(report, Read(Encoding.GetEncoding("GB18030").GetBytes(html)));
    }

    [Theory]
    [InlineData("<meta charset=\"gb2312\">", "GB18030")]
    [InlineData("<meta charset='GBK'>", "GB18030")]
    [InlineData("<META HTTP-EQUIV=\"content-type\" CONTENT=\"text/html;charset=x-gbk\">", "GB18030")]
    [InlineData("<meta charset=\"utf-16\">", "UTF-8")]
    [InlineData("<meta charset=\"big5\">", "Big5")]
    [InlineData("<meta charset=\"no-such-charset\">", null)]
    [InlineData("<p>charset=gbk</p>", null)]
    public void The_declared_charset_is_found_in_meta_tags(string head, string? expected)
    {
        var e = HtmlText.DeclaredEncoding(Encoding.ASCII.GetBytes($"<html><head>{head}</head><body></body></html>"));
        if (expected is null) Assert.Null(e);
        else Assert.Equal(Encoding.GetEncoding(expected).CodePage, e!.CodePage);
    }

    // ---- Markup as editors and site templates write it ----

    [Fact]
    public void Optional_end_tags_left_out_read_the_same()
    {
        var report = Sample();
        var html = Regex.Replace(Page(report), "</(td|th|tr|p|tbody|thead|li)>", "");
        AssertSameCells(report, Read(html));
    }

    [Fact]
    public void Word_saved_html_with_paragraphs_and_spans_in_every_cell_reads_the_same()
    {
        var report = Sample(8);
        var html = Regex.Replace(Page(report), "<(td|th)([^>]*)>([^<]*)</(td|th)>",
            m => $"<{m.Groups[1].Value}{m.Groups[2].Value} style='border:solid windowtext 1.0pt'>\r\n  <p class=MsoNormal align=center><span lang=EN-US\r\n  style='font-family:仿宋_GB2312'>{m.Groups[3].Value}<o:p></o:p></span></p>\r\n  </{m.Groups[1].Value}>");
        Assert.Contains("MsoNormal", html);
        AssertSameCells(report, Read(html));
    }

    [Fact]
    public void Hidden_elements_scripts_and_a_hidden_copy_of_another_report_are_left_out()
    {
        var report = Sample(9);
        var other = Regex.Match(Page(Sample(10)), "<main class=\"page\">(.*)</main>", RegexOptions.Singleline).Groups[1].Value;
        var html = Page(report).Replace("<main class=\"page\">",
            $"<div style=\"DISPLAY: none\">{other}</div><script>document.write('<table><tr><td>规章</td><td>9</td></tr></table>')</script><main class=\"page\">");
        AssertSameCells(report, Read(html));
    }

    [Fact]
    public void A_page_header_is_left_out_unless_it_carries_the_report_title()
    {
        var report = Sample(13);
        var page = Page(report);
        var title = Regex.Match(page, "<h1>(.*)</h1>").Groups[1].Value;
        var body = page.Replace($"<h1>{title}</h1>", "");
        var withTitle = body.Replace("<main class=\"page\">",
            $"<header><nav><a href=\"/\">首页</a><a href=\"/nb/2019.html\">2019年政府信息公开工作年度报告</a></nav><div class=\"logo\">某某区人民政府</div><h1>{title}</h1></header><main class=\"page\">");
        AssertSameCells(report, Read(withTitle));
        var chrome = HtmlText.Extract("""
            <html><body><header><div class="logo">某某区人民政府</div><div>首页 政务公开</div></header>
            <div role="banner">欢迎您</div><p>正文</p><footer>版权所有 某某区人民政府</footer></body></html>
            """u8);
        Assert.Equal("正文\n", chrome);
    }

    [Fact]
    public void A_single_cell_frame_table_is_read_as_its_paragraphs()
    {
        var text = HtmlText.Extract("<html><body><table><tr><td><p>第一段</p><p>第二段<br>第三行</p></td></tr></table></body></html>"u8);
        Assert.Equal("第一段\n第二段\n第三行\n", text);
    }

    [Fact]
    public void A_data_table_row_is_one_line_of_its_cells_and_rowspan_positions_add_nothing()
    {
        var text = HtmlText.Extract("""
            <table><tr><td rowspan="2">（三）不予<br>公开</td><td>1.属于国家秘密</td><td> 0 </td><td></td></tr>
            <tr><td>2.其他法律行政法规禁止公开</td><td>3</td><td>&nbsp;</td></tr></table>
            """u8);
        Assert.Equal("（三）不予 公开\t1.属于国家秘密\t0\t\n2.其他法律行政法规禁止公开\t3\t\n", text);
    }

    [Fact]
    public void Text_before_the_title_and_after_the_signature_date_is_the_sites_not_the_reports()
    {
        var lines = new[] { "首页", "2019年政府信息公开工作年度报告", "某区人民政府", "2020年政府信息公开工作年度报告", "前言", "一、总体情况", "正文",
            "六、其他需要报告的事项", "无。", "某区人民政府", "2021年1月5日", "主办：某区人民政府", "网站标识码" };
        Assert.Equal(lines[2..11], HtmlText.TrimPageChrome(lines));
        string[] bare = ["一、总体情况", "正文", "六、其他需要报告的事项", "无。"];
        Assert.Equal(bare, HtmlText.TrimPageChrome(bare));
    }

    // ---- Broken pages ----

    [Fact]
    public void Unclosed_tags_and_stray_end_tags_do_not_crash()
    {
        var report = Sample(11);
        var page = Page(report);
        var stray = page.Replace("<p>", "<p></td></tr></table></div></span><td>").Replace("</h2>", "</h2></td></th></tbody>");
        AssertSameCells(report, Read(stray));
        var unclosed = Regex.Replace(page, "</[a-z0-9]+>", "");
        AssertNoInternalError(Read(unclosed), "no end tags");
        var cut = page[..(page.Length / 2)] + "<table><tr><td><div><span class=\"";
        AssertNoInternalError(Read(cut), "cut off mid-tag");
    }

    [Fact]
    public void A_report_nested_nine_hundred_divs_deep_still_reads()
    {
        var report = Sample(12);
        var body = Regex.Match(Page(report), "<main class=\"page\">(.*)</main>", RegexOptions.Singleline).Groups[1].Value;
        var html = "<!DOCTYPE html><html><body>" + string.Concat(Enumerable.Repeat("<div class=\"x\">", 900)) + body
            + string.Concat(Enumerable.Repeat("</div>", 900)) + "</body></html>";
        AssertSameCells(report, Read(html));
    }

    [Theory]
    [InlineData("<div class=\"x\">", 10_000)]
    [InlineData("<div><span><table><tr><td>", 2_500)]
    [InlineData("<font>", 60_000)]
    [InlineData("<o:p/>", 5_000)]
    public void A_page_nested_past_a_thousand_deep_is_refused_at_once_naming_the_line(string repeated, int times)
    {
        var report = Sample(12);
        var body = Regex.Match(Page(report), "<main class=\"page\">(.*)</main>", RegexOptions.Singleline).Groups[1].Value;
        var html = "<!DOCTYPE html><html>\n<body>\n" + string.Concat(Enumerable.Repeat(repeated, times)) + body + "</body></html>";
        // Refused before parsing (the message is the pre-check's): the 10,000 divs took AngleSharp 1–2.6 s warm and
        // over 4 s in a cold process, so the time budget alone decided by the machine's load.
        var result = Read(html);
        Assert.False(result.Ok);
        Assert.Contains("HTML 页面的元素嵌套过深（第 3 行处超过 1000 层）", result.Error);
    }

    [Fact]
    public void A_page_too_complex_to_read_in_time_is_an_error_saying_so()
    {
        // Within the limits (40,000 cells, flat), but not readable in a millisecond.
        var html = Encoding.UTF8.GetBytes("<html><body><table>" + string.Concat(Enumerable.Repeat("<tr><td>1</td><td>2</td></tr>", 20_000)) + "</table></body></html>");
        var e = Assert.Throws<NotAReportException>(() => HtmlText.Extract(html, TimeSpan.FromMilliseconds(1)));
        Assert.Contains("秒内未能读完", e.Message);
    }

    [Theory]
    [InlineData("<html><head><title>2020年政府信息公开工作年度报告</title></head><body></body></html>", "文档中没有文字")]
    [InlineData("<html><body><script>var a = '2020年政府信息公开工作年度报告';</script></body></html>", "文档中没有文字")]
    [InlineData("<html><body><p>欢迎访问某某区人民政府门户网站</p></body></html>", "不是政府信息公开工作年度报告")]
    public void A_page_without_a_report_is_refused_with_the_reason(string html, string reason)
    {
        var r = Read(html);
        Assert.False(r.Ok);
        Assert.Contains(reason, r.Error);
    }

    /// <summary>Random damage to a real page: cut, duplicated or deleted spans, stray tags, bad bytes, a wrong charset.</summary>
    [Fact]
    public void Three_hundred_random_mutations_of_a_page_never_throw_nor_hit_an_internal_error()
    {
        var rng = new Random(2024);
        string[] junk = ["<table>", "</table>", "<tr>", "</td>", "<td rowspan=\"99999\" colspan=\"-3\">", "<th>", "<!--", "-->", "<script>",
            "<style>", "</div>", "<div style=\"display:none\">", "<pre>", "&#0;", "&#x110000;", "&nbsp;", "&amp", "<![CDATA[", "<br/>",
            "<meta charset=\"gbk\">", "<meta charset=\"utf-16\">", "\t\t\t", "三、收到和处理政府信息公开申请情况", "\u0000", "<svg><foreignObject><p>"];
        var pages = Enumerable.Range(0, 6).Select(s => Page(ReportTextLayout.Generate(s, s % 2 == 0 ? TemplateId.V2019 : TemplateId.V2021).Expected)).ToArray();
        for (var i = 0; i < 300; i++)
        {
            var page = pages[i % pages.Length];
            var bytes = Encoding.UTF8.GetBytes(Mutate(page, rng, junk));
            if (rng.Next(6) == 0) for (var k = rng.Next(1, 30); k > 0; k--) bytes[rng.Next(bytes.Length)] = (byte)rng.Next(256);
            ReadResult result = null!;
            var e = Record.Exception(() => result = Read(bytes));
            Assert.True(e is null, $"mutation {i}: {e}");
            AssertNoInternalError(result, $"mutation {i}");
            var x = Record.Exception(() => HtmlText.Extract(bytes));
            Assert.True(x is null or NotAReportException, $"mutation {i}: {x}");
        }
    }

    private static string Mutate(string page, Random rng, string[] junk)
    {
        var s = page;
        for (var n = rng.Next(1, 8); n > 0; n--)
        {
            var at = rng.Next(s.Length);
            var len = Math.Min(s.Length - at, rng.Next(1, 400));
            s = rng.Next(6) switch
            {
                0 => s.Remove(at, len),
                1 => s.Insert(at, s.Substring(at, len)),
                2 => s.Insert(at, junk[rng.Next(junk.Length)]),
                3 => s[..at],
                4 => s.Insert(at, string.Concat(Enumerable.Repeat(junk[rng.Next(junk.Length)], rng.Next(1, 300)))),
                _ => s.Insert(rng.Next(s.Length), s.Substring(at, len)).Remove(at, len),
            };
            if (s.Length == 0) s = "<p>";
        }
        return s;
    }
}
