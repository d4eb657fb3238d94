using System.Globalization;
using System.Text;
using Gongkai.Render.Document;

namespace Gongkai.Render.Html;

/// <summary>
/// The official report as one self-contained HTML5 page: inline CSS only, no scripts, fonts or images from elsewhere,
/// so it opens the same from a disk, a mail or an archive. It draws the template's look — 小标宋 title, 黑体 headings,
/// 仿宋 body indented two characters, ruled tables with the merged headers of the grid, the signature on the right —
/// and prints on A4 with the 申请 table's header repeated on each page.
/// </summary>
public static class HtmlRenderer
{
    public static string Render(ReportDocument doc)
    {
        var sb = new StringBuilder(64 * 1024);
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<meta name=\"generator\" content=\"Gongkai\">\n")
          .Append("<title>").Append(Encode(doc.Title)).Append("</title>\n")
          .Append("<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n<main class=\"page\">\n")
          .Append("<h1>").Append(Encode(doc.Title)).Append("</h1>\n");
        Block? previous = null;
        foreach (var block in doc.Blocks)
        {
            switch (block)
            {
                case Heading h:
                    sb.Append("<h2>").Append(Encode(h.Text)).Append("</h2>\n");
                    break;
                case Paragraph { Style: ParagraphStyle.Signature } p:
                    // The first signature line stands apart from the text above it.
                    var first = previous is not Paragraph { Style: ParagraphStyle.Signature };
                    sb.Append(first ? "<p class=\"signature first\">" : "<p class=\"signature\">").Append(Encode(p.Text)).Append("</p>\n");
                    break;
                case Paragraph { Style: ParagraphStyle.Centred } p:
                    sb.Append("<p class=\"centred\">").Append(Encode(p.Text)).Append("</p>\n");
                    break;
                case Paragraph { Style: ParagraphStyle.FlushLeft } p:
                    sb.Append("<p class=\"flush\">").Append(Encode(p.Text)).Append("</p>\n");
                    break;
                case Paragraph p:
                    sb.Append("<p>").Append(Encode(p.Text)).Append("</p>\n");
                    break;
                case MarkedParagraph m:
                    sb.Append(m.Style == ParagraphStyle.FlushLeft ? "<p class=\"flush\">" : "<p>");
                    foreach (var run in m.Runs)
                    {
                        var (open, close) = run.Mark switch
                        {
                            RunMark.Inserted => ("<ins>", "</ins>"),
                            RunMark.Deleted => ("<del>", "</del>"),
                            RunMark.Tag => ("<b class=\"tag\">", "</b>"),
                            _ => ("", ""),
                        };
                        sb.Append(open).Append(Encode(run.Text)).Append(close);
                    }
                    sb.Append("</p>\n");
                    break;
                case Table t:
                    WriteTable(sb, t);
                    break;
            }
            previous = block;
        }
        sb.Append("</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>
    /// Each grid row is one &lt;tr&gt; holding the cells that start in it, with their row and column spans: the
    /// positions a merged cell covers are left out, exactly as the grid says.
    /// </summary>
    private static void WriteTable(StringBuilder sb, Table t)
    {
        // border="1": viewers that ignore the style sheet (Word, WPS, LibreOffice opening the file) still rule the grid.
        sb.Append("<table border=\"1\">\n<colgroup>");
        var total = t.ColumnWidths.Sum();
        foreach (var w in t.ColumnWidths)
            sb.Append("<col style=\"width:").Append((100 * w / total).ToString("0.##", CultureInfo.InvariantCulture)).Append("%\">");
        sb.Append("</colgroup>\n");
        if (t.HeaderRows > 0)
        {
            sb.Append("<thead>\n");
            for (var r = 0; r < t.HeaderRows; r++) WriteRow(sb, t, r);
            sb.Append("</thead>\n");
        }
        sb.Append("<tbody>\n");
        for (var r = t.HeaderRows; r < t.RowCount; r++) WriteRow(sb, t, r);
        sb.Append("</tbody>\n</table>\n");
    }

    private static void WriteRow(StringBuilder sb, Table t, int row)
    {
        sb.Append("<tr>");
        foreach (var c in t.CellsStartingIn(row))
        {
            var tag = c.Kind == CellKind.Header ? "th" : "td";
            sb.Append('<').Append(tag);
            var cls = c.Kind switch
            {
                CellKind.Number => "num",
                CellKind.Label when c.RowSpan > 1 => "group",
                CellKind.Label => "label",
                _ => null,
            };
            if (c.Mark != CellMark.None) cls = (cls is null ? "" : cls + " ") + (c.Mark == CellMark.Changed ? "chg" : "one-side");
            if (cls is not null) sb.Append(" class=\"").Append(cls).Append('"');
            if (c.RowSpan > 1) sb.Append(" rowspan=\"").Append(c.RowSpan.ToString(CultureInfo.InvariantCulture)).Append('"');
            if (c.ColSpan > 1) sb.Append(" colspan=\"").Append(c.ColSpan.ToString(CultureInfo.InvariantCulture)).Append('"');
            if (c.Path is not null) sb.Append(" data-cell=\"").Append(Encode(c.Path)).Append('"');
            sb.Append('>').Append(Encode(c.Text)).Append("</").Append(tag).Append('>');
        }
        sb.Append("</tr>\n");
    }

    /// <summary>Text and attribute values: the five markup characters as references, control characters as spaces.</summary>
    public static string Encode(string text)
    {
        var plain = true;
        foreach (var ch in text)
            if (ch is '&' or '<' or '>' or '"' or '\'' || char.IsControl(ch)) { plain = false; break; }
        if (plain) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default: sb.Append(char.IsControl(ch) ? ' ' : ch); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// The template's typography (GB/T 9704 公文 sizes: title 二号 22pt, body 三号 16pt, tables 五号 10.5pt), with the
    /// usual Windows, macOS and Linux names of each face so every system picks the closest one it has.
    /// </summary>
    private const string Css = """
        @page { size: A4; margin: 2.5cm 2.6cm; }
        html { background: #eceff1; }
        body { margin: 0; color: #000; }
        .page {
          box-sizing: border-box; max-width: 21cm; margin: 24px auto; padding: 2.5cm 2.6cm; background: #fff;
          box-shadow: 0 1px 6px rgba(0, 0, 0, .25);
          font-family: "FangSong", "仿宋", "仿宋_GB2312", "FangSong_GB2312", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN", serif;
          font-size: 16pt; line-height: 1.75;
        }
        h1 {
          margin: 0 0 1em; text-align: center; font-weight: normal; font-size: 22pt; line-height: 1.45;
          font-family: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05", "STZhongsong", "华文中宋", "SimSun", "宋体", "Noto Serif CJK SC", "Source Han Serif SC", serif;
        }
        h2 {
          margin: .4em 0; text-indent: 2em; font-weight: normal; font-size: 16pt;
          font-family: "SimHei", "黑体", "Heiti SC", "STHeiti", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", sans-serif;
        }
        p { margin: 0; text-indent: 2em; text-align: justify; }
        p.signature { text-indent: 0; text-align: right; }
        p.signature.first { margin-top: 2em; }
        p.centred { text-indent: 0; text-align: center; }
        p.flush { text-indent: 0; }
        table {
          width: 100%; margin: .5em 0 1em; border-collapse: collapse; table-layout: fixed;
          font-size: 10.5pt; line-height: 1.4;
        }
        th, td { border: 1px solid #000; padding: 3px 4px; vertical-align: middle; overflow-wrap: anywhere; }
        th { font-weight: normal; text-align: center; }
        td.label { text-align: left; }
        td.group { text-align: center; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        td.chg { background: #fff1b8; }
        td.one-side { background: #dcebf7; }
        td.chg, td.one-side { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        ins { color: #1a56a8; text-decoration: underline; }
        del { color: #b3261e; text-decoration: line-through; }
        b.tag { font-family: "SimHei", "黑体", "Heiti SC", "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif; font-weight: normal; }
        @media print {
          html { background: none; }
          .page { max-width: none; margin: 0; padding: 0; box-shadow: none; }
          thead { display: table-header-group; }
          tr { break-inside: avoid; }
          h2 { break-after: avoid; }
        }
        @media (max-width: 20cm) {
          .page { margin: 0; padding: 1em; box-shadow: none; font-size: 13pt; }
          h1 { font-size: 18pt; }
          h2 { font-size: 13pt; }
          table { font-size: 9pt; }
        }

        """;
}
