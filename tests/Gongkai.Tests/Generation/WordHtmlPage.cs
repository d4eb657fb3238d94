using System.Globalization;
using System.Net;
using System.Text;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;

namespace Gongkai.Tests.Generation;

/// <summary>
/// A report as government sites publish it after pasting from Word: the page's menus, breadcrumb and information
/// table (索引号, 发布机构, 发布日期) around it; Word's markup inside — mso- styles, &lt;o:p&gt;, conditional comments, each
/// character (or each digit) in its own &lt;span&gt; or &lt;font&gt;, markup lines wrapped by Word inside a number, label
/// cells spanning rows, vertical labels one character a paragraph, &amp;nbsp; in empty cells — and the page's footer.
/// Blank cells of the report are printed empty.
/// </summary>
public static class WordHtmlPage
{
    public static byte[] Render(Report r, Random rng, out bool gbk)
    {
        var page = new Page(r, rng);
        var html = page.Html();
        gbk = rng.NextDouble() < 0.4;
        if (!gbk) return Encoding.UTF8.GetBytes(html);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030").GetBytes(html.Replace("charset=utf-8", "charset=gb2312", StringComparison.Ordinal));
    }

    private sealed class Page(Report r, Random rng)
    {
        private readonly StringBuilder _sb = new();
        private readonly bool _fontTags = rng.NextDouble() < 0.3;
        private readonly bool _charSpans = rng.NextDouble() < 0.5;
        private readonly bool _wrapMarkup = rng.NextDouble() < 0.5;
        private readonly bool _plus = rng.NextDouble() < 0.5;

        private bool Coin(double p = 0.5) => rng.NextDouble() < p;

        public string Html()
        {
            var title = $"{r.Agency}{r.Year}年政府信息公开工作年度报告";
            var date = r.Published ?? new DateOnly(r.Year!.Value + 1, 1, 20);
            _sb.Append("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\">\n<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\">\n<head>\n");
            _sb.Append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n");
            _sb.Append($"<title>{Esc(title)}_{Esc(r.Agency!)}门户网站</title>\n");
            _sb.Append("<style>\n<!-- p.MsoNormal{mso-style-parent:\"\";margin:0cm;text-align:justify;font-size:10.5pt;font-family:\"Times New Roman\";mso-fareast-font-family:宋体;}\n@page WordSection1{size:595.3pt 841.9pt;mso-header-margin:42.55pt;}\n-->\n</style>\n");
            _sb.Append("<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->\n");
            _sb.Append("<script type=\"text/javascript\">var siteId='12';</script>\n</head>\n<body>\n");
            _sb.Append("<div class=\"header\"><div class=\"logo\"><img src=\"logo.png\" alt=\"门户网站\"></div>\n");
            _sb.Append("<ul class=\"nav\"><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk\">政务公开</a></li><li><a href=\"/zmhd\">政民互动</a></li><li><a href=\"/bsfw\">办事服务</a></li></ul></div>\n");
            _sb.Append($"<div class=\"position\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/xxgk\">政府信息公开</a> &gt; <a href=\"/ndbg\">政府信息公开年报</a> &gt; {Esc(title)}</div>\n");
            _sb.Append("<table class=\"xxgk_info\" width=\"100%\">\n");
            _sb.Append($"<tr><td>索引号：</td><td>114401{rng.Next(10000, 99999)}/{date.Year}-{rng.Next(10, 99999):00000}</td><td>分类：</td><td>政府信息公开年报</td></tr>\n");
            _sb.Append($"<tr><td>发布机构：</td><td>{Esc(r.Agency!)}</td><td>发布日期：</td><td>{date:yyyy-MM-dd}</td></tr>\n");
            _sb.Append($"<tr><td>名称：</td><td colspan=\"3\">{Esc(title)}</td></tr>\n</table>\n");
            _sb.Append("<div class=\"article\"><table width=\"1000\" align=\"center\"><tr><td>\n<div class=\"WordSection1\" style=\"layout-grid:15.6pt\">\n");

            Para(title, center: true, size: "22.0pt", font: "方正小标宋简体");
            if (r.Published is { } d) Para($"（{d.Year}年{d.Month}月{d.Day}日）", center: true);
            if (r.Narrative.Preamble is { } pre) Paragraphs(pre);
            Para("一、总体情况", font: "黑体");
            Paragraphs(r.Narrative.Overview!);
            Para(r.Layout.Proactive.Title, font: "黑体");
            Proactive();
            Para(r.Layout.Applications.Title, font: "黑体");
            Applications();
            Para(r.Layout.ReviewLitigation.Title, font: "黑体");
            Review();
            Para("五、存在的主要问题及改进情况", font: "黑体");
            Paragraphs(r.Narrative.Problems!);
            Para("六、其他需要报告的事项", font: "黑体");
            Paragraphs(r.Narrative.Other!);
            Para(r.Agency!, right: true);
            Para($"{date.Year}年{date.Month}月{date.Day}日", right: true);

            _sb.Append("</div>\n</td></tr></table></div>\n");
            _sb.Append("<div class=\"share\">分享到：<a href=\"#\">微信</a> <a href=\"#\">微博</a></div>\n");
            _sb.Append("<div class=\"print\"><a href=\"javascript:window.print()\">【打印本页】</a> <a href=\"javascript:window.close()\">【关闭窗口】</a></div>\n");
            _sb.Append("<div class=\"related\">相关链接：<a href=\"/a\">2019年政府信息公开工作年度报告</a></div>\n");
            _sb.Append($"<div class=\"footer\">主办单位：{Esc(r.Agency!)}　网站标识码：4401030001　备案号：粤ICP备05080{rng.Next(100, 999)}号</div>\n");
            _sb.Append("</body>\n</html>\n");
            return _sb.ToString();
        }

        private static string Esc(string s) => WebUtility.HtmlEncode(s);

        /// <summary>Text as Word writes it: runs of spans (or one span a character, or &lt;font&gt; tags), markup lines wrapped anywhere between tags.</summary>
        private string Runs(string text, string font = "仿宋_GB2312", string size = "16.0pt")
        {
            var sb = new StringBuilder();
            var pieces = new List<string>();
            if (_charSpans) pieces.AddRange(text.Select(c => c.ToString()));
            else
            {
                // Word starts a new run where the script changes (digits are lang=EN-US).
                var cur = new StringBuilder();
                foreach (var c in text)
                {
                    if (cur.Length > 0 && char.IsAsciiDigit(cur[^1]) != char.IsAsciiDigit(c)) { pieces.Add(cur.ToString()); cur.Clear(); }
                    cur.Append(c);
                }
                if (cur.Length > 0) pieces.Add(cur.ToString());
            }
            foreach (var p in pieces)
            {
                var latin = p.All(char.IsAscii);
                if (_fontTags) sb.Append($"<font face=\"{font}\" size=\"3\">{Esc(p)}</font>");
                else sb.Append($"<span {(latin ? "lang=EN-US " : "")}style='font-size:{size};font-family:{font};mso-hansi-font-family:\"Times New Roman\";mso-font-kerning:0pt'>{Esc(p)}</span>");
                // Word wraps its HTML at about 80 columns, between tags.
                if (_wrapMarkup && Coin(0.15)) sb.Append('\n');
            }
            return sb.ToString();
        }

        private void Para(string text, bool center = false, bool right = false, string size = "16.0pt", string font = "仿宋_GB2312")
        {
            var align = center ? " align=center style='text-align:center'" : right ? " align=right style='text-align:right'" : " style='text-indent:32.0pt;mso-char-indent-count:2.0'";
            _sb.Append($"<p class=MsoNormal{align}>{Runs(text, font, size)}<span lang=EN-US><o:p></o:p></span></p>\n");
        }

        private void Paragraphs(string text)
        {
            foreach (var p in text.Split('\n')) Para(p);
        }

        private string Cell(string text, int colspan = 1, int rowspan = 1, bool vertical = false)
        {
            var attrs = (colspan > 1 ? $" colspan={colspan}" : "") + (rowspan > 1 ? $" rowspan={rowspan}" : "");
            var style = " style='border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'";
            string inner;
            if (text.Length == 0) inner = "<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US><o:p>&nbsp;</o:p></span></p>";
            else if (vertical) inner = string.Concat(text.Select(c => $"<p class=MsoNormal align=center style='text-align:center'>{Runs(c.ToString(), "宋体", "10.5pt")}</p>"));
            else inner = $"<p class=MsoNormal align=center style='text-align:center'>{Runs(text, "宋体", "10.5pt")}<span lang=EN-US><o:p></o:p></span></p>";
            return $"<td width=64 valign=middle{attrs}{style}>{inner}</td>";
        }

        private string Value(FieldLayout f, decimal? v)
        {
            if (v is not decimal d) return "";
            var s = d.ToString("0.############", CultureInfo.InvariantCulture);
            return f.Kind == FieldKind.Signed && d > 0 && _plus ? "+" + s : s;
        }

        private void Table(IEnumerable<string> rows)
        {
            _sb.Append("<div align=center><table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-table-layout-alt:fixed;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n");
            foreach (var row in rows) _sb.Append("<tr style='mso-yfti-irow:0;height:20.0pt'>").Append(row).Append("</tr>\n");
            // Word's hidden row fixing the column widths.
            _sb.Append("<![if !supportMisalignedColumns]><tr height=0><td width=64 style='border:none'></td><td width=64 style='border:none'></td></tr><![endif]>\n");
            _sb.Append("</table></div>\n");
        }

        private void Proactive()
        {
            var layout = r.Layout.Proactive;
            var rows = new List<string>();
            var width = layout.Rows.Max(x => x.Fields.Length) + 1;
            foreach (var group in layout.GroupLabels)
            {
                var inGroup = layout.Rows.Where(x => x.Group == group).ToList();
                var fields = inGroup[0].Fields;
                rows.Add(Cell(group, colspan: width));
                rows.Add(Cell("信息内容") + string.Concat(fields.Select((f, i) => Cell(f.Label, colspan: i == fields.Length - 1 ? width - fields.Length : 1))));
                foreach (var row in inGroup)
                    rows.Add(Cell(row.Label) + string.Concat(row.Fields.Select((f, i) =>
                        Cell(Value(f, r.Proactive.Cells[row.Offset + i]), colspan: i == row.Fields.Length - 1 ? width - row.Fields.Length : 1))));
            }
            Table(rows);
        }

        private void Applications()
        {
            var layout = r.Layout.Applications;
            var fields = layout.Rows[0].Fields;
            var orgs = fields.Where(f => f.Group is not null).ToList();
            var rows = new List<string>
            {
                Cell(layout.Note!, colspan: 3, rowspan: 3) + Cell("申请人情况", colspan: fields.Length),
                Cell(fields[0].Label, rowspan: 2) + Cell(orgs[0].Group!, colspan: orgs.Count) + Cell(fields[^1].Label, rowspan: 2),
                string.Concat(orgs.Select(o => Cell(o.Label))),
            };
            var top = layout.Rows.First(x => x.Role == RowRole.Outcome).Group!;
            var topCount = layout.Rows.Count(x => x.Group is not null);
            string? seenTop = null, seenSub = null;
            foreach (var row in layout.Rows)
            {
                var values = string.Concat(row.Fields.Select((f, i) => Cell(Value(f, r.Applications.Cells[row.Offset + i]))));
                var lead = new StringBuilder();
                if (row.Group is null) lead.Append(Cell(row.Label, colspan: 3));
                else
                {
                    if (seenTop is null) { lead.Append(Cell(top, rowspan: topCount, vertical: Coin(0.7))); seenTop = top; }
                    if (row.Group == top) lead.Append(Cell(row.Label, colspan: 2));
                    else
                    {
                        if (seenSub != row.Group)
                        {
                            seenSub = row.Group;
                            lead.Append(Cell(row.Group, rowspan: layout.Rows.Count(x => x.Group == row.Group), vertical: Coin(0.3)));
                        }
                        lead.Append(Cell(row.Label));
                    }
                }
                rows.Add(lead + values);
            }
            Table(rows);
        }

        private void Review()
        {
            var layout = r.Layout.ReviewLitigation;
            var heads = layout.Rows[0].Fields.Select(f => f.Label).ToList();
            var rows = new List<string>
            {
                Cell(layout.Rows[0].Label, colspan: 5) + Cell(layout.Rows[1].Group!, colspan: 10),
                string.Concat(heads.Select(h => Cell(h, rowspan: 2, vertical: Coin(0.3)))) + Cell(layout.Rows[1].Label, colspan: 5) + Cell(layout.Rows[2].Label, colspan: 5),
                string.Concat(heads.Concat(heads).Select(h => Cell(h, vertical: Coin(0.3)))),
                string.Concat(layout.Rows.SelectMany(row => row.Fields.Select((f, i) => Cell(Value(f, r.ReviewLitigation.Cells[row.Offset + i]))))),
            };
            Table(rows);
        }
    }
}
