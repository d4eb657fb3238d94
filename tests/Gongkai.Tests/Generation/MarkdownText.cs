using System.Globalization;
using System.Text;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;

namespace Gongkai.Tests.Generation;

/// <summary>
/// A report as PDF-to-Markdown converters write it (<see cref="Damage.Markdown"/>): "#" headings, each table as a
/// |-table with its alignment row, merged cells written empty or with their text repeated, a long label wrapped onto
/// a row of its own (before or after the row with the numbers) or broken with &lt;br&gt;, a blank cell printed empty;
/// with page breaks, page marks "— 3 —" and the table restarted under a repeated heading or table head.
/// </summary>
internal sealed class MarkdownText(Report r, Random rng, bool pageBreaks, bool wrapped, Func<string, string> glyph)
{
    private readonly List<string> _out = [];
    private readonly bool _repeatMerged = rng.NextDouble() < 0.4;
    private readonly bool _fullWidthPipes = rng.NextDouble() < 0.25;
    private readonly bool _plus = rng.NextDouble() < 0.5;
    private int _page = rng.Next(1, 3);
    private Damage _applied = Damage.Markdown;

    private bool Coin(double p = 0.5) => rng.NextDouble() < p;

    public (string, Damage) Render()
    {
        var year = r.Year!.Value.ToString(CultureInfo.InvariantCulture);
        if (Coin(0.3))
        {
            _out.Add("# " + glyph(r.Agency!));
            _out.Add("# " + glyph(year + "年政府信息公开工作年度报告"));
        }
        else _out.Add("# " + glyph($"{r.Agency}{year}年政府信息公开工作年度报告"));
        _out.Add("");
        if (r.Published is { } d) _out.Add(glyph($"（{d.Year}年{d.Month}月{d.Day}日）"));
        if (r.Narrative.Preamble is { } pre) Paragraphs(pre);
        Heading("一、总体情况");
        Paragraphs(r.Narrative.Overview!);
        Heading(r.Layout.Proactive.Title);
        Proactive();
        Heading(r.Layout.Applications.Title);
        Applications();
        Heading(r.Layout.ReviewLitigation.Title);
        Review();
        Heading("五、存在的主要问题及改进情况");
        Paragraphs(r.Narrative.Problems!);
        Heading("六、其他需要报告的事项");
        Paragraphs(r.Narrative.Other!);
        var sb = new StringBuilder();
        foreach (var line in _out) sb.Append(line).Append('\n');
        return (sb.ToString(), _applied);
    }

    private void Heading(string title)
    {
        _out.Add("");
        _out.Add(Coin(0.7) ? "## " + glyph(title) : $"**{glyph(title)}**");
        _out.Add("");
    }

    private void Paragraphs(string text)
    {
        foreach (var p in text.Split('\n'))
        {
            _out.Add(glyph(p));
            _out.Add("");
        }
    }

    private string Pipe => _fullWidthPipes ? "｜" : "|";

    private string Line(IEnumerable<string> cells) => Pipe + " " + string.Join($" {Pipe} ", cells) + $" {Pipe}";

    private void Table(List<string> head, int width)
    {
        _out.Add(Line(Pad(head, width)));
        _out.Add(Line(Enumerable.Repeat(Coin() ? "---" : ":---:", width)));
    }

    private static List<string> Pad(List<string> cells, int width)
    {
        var list = new List<string>(cells);
        while (list.Count < width) list.Add("");
        return list;
    }

    private string Value(FieldLayout f, decimal? v)
    {
        if (v is not decimal d) return "";
        var s = d.ToString("0.############", CultureInfo.InvariantCulture);
        if (f.Kind == FieldKind.Signed && d > 0 && _plus) s = "+" + s;
        return glyph(s);
    }

    /// <summary>A merged cell: empty, or its text again (converters differ).</summary>
    private string Merged(string text) => _repeatMerged ? text : "";

    private void PageBreak(List<string>? head, int width)
    {
        _out.Add("");
        _out.Add(Coin() ? $"— {_page} —" : $"- {_page} -");
        _out.Add("");
        _page++;
        _applied |= Damage.PageBreaks;
        if (Coin(0.4)) { _out.Add(Coin() ? "## 表三（续）" : "## " + glyph(r.Layout.Applications.Title)); _out.Add(""); }
        if (head is not null) Table(head, width);
    }

    private void Proactive()
    {
        var layout = r.Layout.Proactive;
        foreach (var group in layout.GroupLabels)
        {
            var rows = layout.Rows.Where(x => x.Group == group).ToList();
            var width = rows[0].Fields.Length + 1;
            var head = new List<string> { glyph("信息内容") };
            head.AddRange(rows[0].Fields.Select(f => glyph(f.Label)));
            if (Coin()) { _out.Add($"**{glyph(group)}**"); _out.Add(""); Table(head, width); }
            else
            {
                Table([glyph(group), .. Enumerable.Repeat(Merged(glyph(group)), width - 1)], width);
                _out.Add(Line(head));
            }
            foreach (var row in rows)
                _out.Add(Line([glyph(row.Label), .. row.Fields.Select((f, i) => Value(f, r.Proactive.Cells[row.Offset + i]))]));
            _out.Add("");
        }
    }

    private void Applications()
    {
        var layout = r.Layout.Applications;
        var fields = layout.Rows[0].Fields;
        var width = 3 + fields.Length;
        var orgs = fields.Where(f => f.Group is not null).ToList();
        var head = new List<string>
        {
            glyph(layout.Note!), Merged(glyph(layout.Note!)), Merged(glyph(layout.Note!)), glyph("申请人情况"),
        };
        var head2 = new List<string> { "", "", "", glyph(fields[0].Label), glyph(orgs[0].Group!) };
        head2.AddRange(orgs.Skip(1).Select(_ => Merged(glyph(orgs[0].Group!))));
        head2.Add(glyph(fields[^1].Label));
        var head3 = new List<string> { "", "", "", "" };
        head3.AddRange(orgs.Select(o => glyph(o.Label)));
        head3.Add("");
        Table(head, width);
        _out.Add(Line(Pad(head2, width)));
        _out.Add(Line(Pad(head3, width)));

        var top = layout.Rows.First(x => x.Role == RowRole.Outcome).Group!;
        var breakAt = pageBreaks ? rng.Next(2, layout.Rows.Length - 1) : -1;
        string? lastGroup = null, lastSub = null;
        for (var i = 0; i < layout.Rows.Length; i++)
        {
            var row = layout.Rows[i];
            var values = row.Fields.Select((f, k) => Value(f, r.Applications.Cells[row.Offset + k])).ToList();
            string c0, c1, c2;
            var label = glyph(row.Label);
            if (row.Group is null) { c0 = label; c1 = Merged(label); c2 = Merged(label); }
            else if (row.Group == top)
            {
                c0 = lastGroup == top ? Merged(glyph(top)) : glyph(top);
                c1 = label;
                c2 = Merged(label);
            }
            else
            {
                c0 = Merged(glyph(top));
                c1 = lastSub == row.Group ? Merged(glyph(row.Group)) : glyph(row.Group);
                c2 = label;
            }
            lastGroup = row.Group is null ? null : top;
            lastSub = row.Group is not null && row.Group != top ? row.Group : null;

            // A long label: its tail on a row of its own after the numbers, its head on a row before them, or a <br>.
            var cut = wrapped && label.Length > 12 && Coin(0.6) ? rng.Next(6, label.Length - 3) : -1;
            var labelColumn = row.Group is null ? 0 : row.Group == top ? 1 : 2;
            if (cut > 0)
            {
                _applied |= Damage.WrappedLabels;
                var (head1, tail) = (label[..cut], label[cut..]);
                var cells = new List<string> { c0, c1, c2 };
                switch (rng.Next(3))
                {
                    case 0:
                        cells[labelColumn] = head1;
                        _out.Add(Line([.. cells, .. values]));
                        _out.Add(Line(Pad(labelColumn switch { 0 => [tail], 1 => ["", tail], _ => ["", "", tail] }, width)));
                        break;
                    case 1:
                        _out.Add(Line(Pad(labelColumn switch { 0 => [head1], 1 => [c0, head1], _ => [c0, c1, head1] }, width)));
                        cells[labelColumn] = tail;
                        if (labelColumn > 0) cells[0] = "";
                        if (labelColumn > 1) cells[1] = "";
                        _out.Add(Line([.. cells, .. values]));
                        break;
                    default:
                        cells[labelColumn] = head1 + "<br>" + tail;
                        _out.Add(Line([.. cells, .. values]));
                        break;
                }
            }
            else _out.Add(Line([c0, c1, c2, .. values]));
            if (i == breakAt) PageBreak(Coin(0.6) ? head : null, width);
        }
        _out.Add("");
    }

    private void Review()
    {
        var layout = r.Layout.ReviewLitigation;
        var heads = layout.Rows[0].Fields.Select(f => glyph(f.Label)).ToList();
        var width = layout.CellCount;
        Table([glyph(layout.Rows[0].Label), .. Enumerable.Repeat("", heads.Count - 1), glyph(layout.Rows[1].Group!)], width);
        _out.Add(Line(Pad([.. heads, glyph(layout.Rows[1].Label), .. Enumerable.Repeat("", heads.Count - 1), glyph(layout.Rows[2].Label)], width)));
        _out.Add(Line(Pad([.. Enumerable.Repeat("", heads.Count), .. heads, .. heads], width)));
        _out.Add(Line(layout.Rows.SelectMany(row => row.Fields.Select((f, k) => Value(f, r.ReviewLitigation.Cells[row.Offset + k])))));
        _out.Add("");
    }
}
