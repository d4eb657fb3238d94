using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FsCheck;
using FsCheck.Xunit;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Ingest.Html;
using Gongkai.Render.Document;
using Gongkai.Render.Html;
using Gongkai.Tests.Generation;

namespace Gongkai.Tests.Ingest;

/// <summary>
/// The nesting estimate that refuses hostile pages before they are parsed must never exceed what the parser builds,
/// or a real page could be refused; and it must follow real nesting, or it would refuse nothing.
/// </summary>
public class MarkupDepthTests
{
    /// <summary>The parser's deepest element, html, head and body not counted (as the estimate counts).</summary>
    private static int ParsedDepth(string html)
    {
        using var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html);
        var deepest = 0;
        var stack = new Stack<(IElement Element, int Depth)>();
        foreach (var child in document.DocumentElement.Children) stack.Push((child, 0));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            var counted = element.LocalName is "head" or "body" ? depth : depth + 1;
            deepest = Math.Max(deepest, counted);
            foreach (var child in element.Children) stack.Push((child, counted));
        }
        return deepest;
    }

    private static readonly string[] Soup =
    [
        "<div>", "<div class=\"a>b\">", "<span>", "<p>", "<li>", "<ul>", "<ol>", "<dl>", "<dt>", "<dd>", "<a href=\"x\">", "<b>",
        "<i>", "<font color=red>", "<h1>", "<h2>", "<br>", "<img src=x>", "<o:p>", "<div/>", "<span/>", "<button>", "<form>",
        "<nobr>", "<!-- <div> -->", "<script>var a = '<div>';</script>", "<style>p{}</style>", "文字", "1,234", "\n",
        "</div>", "</span>", "</p>", "</li>", "</ul>", "</ol>", "</a>", "</b>", "</i>", "</font>", "</h1>", "</o:p>",
        "</button>", "</form>", "</nobr>", "</dl>", "<svg><path d=\"M0\"/><path/></svg>", "</h2>", "<hr>", "<pre>",
        "<math><mi>x</mi></math>", "<select><option>甲<option>乙</select>", "<input>", "<center>", "<xmp>x</xmp>",
        "<textarea>t</textarea>",
    ];

    /// <summary>
    /// Random tag soup, with tables whose cells hold more soup (as Word-pasted and CMS pages are). Tables' parts stay
    /// inside their tables, and svg, math and select come whole: markup strewn between a table's cells or left open in
    /// svg or a select is put elsewhere by the parser in ways the estimate does not follow (it may count such a page
    /// a level or two deeper), and no report page is made so.
    /// </summary>
    private static string RandomPage(int seed)
    {
        var random = new Random(seed);
        var page = new StringBuilder(random.Next(2) == 0 ? "<!DOCTYPE html><html><body>" : "<html><body>");
        void Append(int tokens, int tablesLeft)
        {
            for (var t = 0; t < tokens; t++)
            {
                if (tablesLeft > 0 && random.Next(25) == 0)
                {
                    page.Append("<table><tr><td>");
                    Append(random.Next(1, 30), tablesLeft - 1);
                    page.Append("</td><td>");
                    Append(random.Next(1, 30), tablesLeft - 1);
                    page.Append(random.Next(3) switch { 0 => "</td></tr></table>", 1 => "<tr><td>x</table>", _ => "</td><tr><th>y<td>z</tr></tbody></table>" });
                }
                else
                {
                    page.Append(Soup[random.Next(Soup.Length)]);
                }
            }
        }
        Append(random.Next(1, 400), 3);
        return page.Append("</body></html>").ToString();
    }

    [Property(MaxTest = 2000)]
    public void The_estimate_never_exceeds_the_parsed_depth_of_random_tag_soup(NonNegativeInt seed)
    {
        var page = RandomPage(seed.Get);
        var estimate = MarkupDepth.Deepest(page);
        var parsed = ParsedDepth(page);
        Assert.True(estimate <= parsed, $"estimate {estimate} > parsed {parsed}:\n{page}");
    }

    [Property(MaxTest = 200)]
    public void Properly_nested_elements_are_estimated_exactly(NonNegativeInt seed)
    {
        var random = new Random(seed.Get);
        var names = new[] { "div", "span", "section", "font", "b", "table", "o:p", "blockquote" };
        var page = new StringBuilder("<html><body>");
        var open = new Stack<string>();
        for (var t = random.Next(1, 300); t > 0; t--)
        {
            if (open.Count > 0 && random.Next(3) == 0) page.Append("</").Append(open.Pop()).Append('>');
            else
            {
                var name = names[random.Next(names.Length)];
                if (name == "table") { page.Append("<table><tbody><tr><td>"); open.Push("td></tr></tbody></table"); } // tbody written: the parser adds it
                else { page.Append('<').Append(name).Append('>').Append("字"); open.Push(name); }
            }
        }
        while (open.Count > 0) page.Append("</").Append(open.Pop()).Append('>');
        var html = page.Append("</body></html>").ToString();
        Assert.Equal(ParsedDepth(html), MarkupDepth.Deepest(html));
    }

    [Fact]
    public void Every_real_page_of_the_corpus_and_every_rendered_report_is_far_below_the_limit()
    {
        var pages = Directory.GetFiles(RealCorpus.Dir, "*.htm*")
            .Select(p => (Name: Path.GetFileName(p), Html: HtmlText.Decode(File.ReadAllBytes(p))))
            .Concat(Enumerable.Range(1, 20).Select(seed => (Name: $"rendered {seed}",
                Html: HtmlRenderer.Render(OfficialLayout.Build(ReportTextLayout.Generate(seed, seed % 2 == 0 ? TemplateId.V2019 : TemplateId.V2021).Expected)))))
            .ToList();
        Assert.True(pages.Count >= 24, $"{pages.Count} pages");
        foreach (var (name, html) in pages)
        {
            var estimate = MarkupDepth.Deepest(html);
            Assert.True(estimate > 3 && estimate <= ParsedDepth(html) && estimate < HtmlText.MaxDepth / 10, $"{name}: estimate {estimate}, parsed {ParsedDepth(html)}");
            Assert.Equal(0, MarkupDepth.LineBeyond(html, HtmlText.MaxDepth));
        }
    }

    [Fact]
    public void The_line_named_is_where_the_nesting_passes_the_limit()
    {
        // Lines 3 to 1,002 open a div each; line 1,003 opens a span inside the 1,000th.
        var html = "<html>\n<body>\n" + string.Concat(Enumerable.Repeat("<div>\n", 1_000)) + "<span>文字</span>\n</body></html>";
        Assert.Equal(0, MarkupDepth.LineBeyond(html, 1_001));
        Assert.Equal(1_003, MarkupDepth.LineBeyond(html, 1_000));
        Assert.Equal(1_002, MarkupDepth.LineBeyond(html, 999));
    }

    [Theory]
    [InlineData("<br>", 999)]
    [InlineData("<div></div>", 1_000)]
    [InlineData("<p>", 1_000)]
    public void A_page_held_just_under_the_limit_then_a_million_tags_long_is_not_refused(string repeated, int deepest)
    {
        // Each tag's questions are answered from where the names are open, not by a pass over the 999 open elements:
        // scanning made this shape take 38 s before parsing even began (measured; see MarkupDepth.OpenElements).
        var html = "<html><body><p><button>" + string.Concat(Enumerable.Repeat("<div>", 997)) + string.Concat(Enumerable.Repeat(repeated, 1_000_000));
        Assert.Equal(0, MarkupDepth.LineBeyond(html, HtmlText.MaxDepth));
        // p, button and 997 divs: the button keeps the divs from closing the p; a div or p more inside is the 1,000th.
        Assert.Equal(deepest, MarkupDepth.Deepest(html));
    }

    [Theory]
    [InlineData("<p>", 10_000)]
    [InlineData("<li>", 10_000)]
    [InlineData("<td>", 10_000)]
    [InlineData("<tr><td>", 10_000)]
    [InlineData("<br>", 10_000)]
    [InlineData("<img src=x>", 10_000)]
    [InlineData("<div></div>", 10_000)]
    [InlineData("<!-- <div> -->", 10_000)]
    [InlineData("<option>", 10_000)]
    [InlineData("<h2>标题", 10_000)]
    [InlineData("<a href=x>链接", 10_000)]
    public void Elements_the_parser_closes_by_themselves_do_not_add_up(string repeated, int times)
    {
        var html = "<html><body><table>" + string.Concat(Enumerable.Repeat(repeated, times)) + "</table></body></html>";
        Assert.True(MarkupDepth.Deepest(html) <= 4, $"{MarkupDepth.Deepest(html)}");
    }
}
