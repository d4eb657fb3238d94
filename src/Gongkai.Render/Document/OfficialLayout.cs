using System.Collections.Immutable;
using System.Globalization;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;

namespace Gongkai.Render.Document;

/// <summary>
/// Lays a report out as the national template prints it (国办公开办函〔2019〕60号 / 〔2021〕30号): the six sections,
/// section 二's sub-tables, section 三 with the 勾稽关系 note, the merged applicant headers and the stacked row groups,
/// section 四 with its two-level header. Everything is read from the template data, nothing spelled out twice.
/// </summary>
public static class OfficialLayout
{
    // The prose sections' headings, as Core names them (a comparison cites the same titles).
    public static string OverviewHeading => Gongkai.Core.Compare.ProseSection.Overview.Title;
    public static string ProblemsHeading => Gongkai.Core.Compare.ProseSection.Problems.Title;
    public static string OtherHeading => Gongkai.Core.Compare.ProseSection.Other.Title;

    public static string Title(Report report) =>
        $"{report.Agency}{(report.Year is int y ? y.ToString(CultureInfo.InvariantCulture) + "年" : "")}政府信息公开工作年度报告";

    /// <summary>
    /// The title of a roll-up: the sum of the units below <paramref name="office"/>, which compiles it — never the title of
    /// the office's own report, which a reader would take it for.
    /// </summary>
    public static string RollUpTitle(string office, int year) =>
        $"{office}所属单位{year.ToString(CultureInfo.InvariantCulture)}年政府信息公开工作年度报告汇总";

    public static ReportDocument Build(Report report, string? title = null)
    {
        var blocks = ImmutableArray.CreateBuilder<Block>();
        if (report.Narrative.Preamble is { } preamble) blocks.AddRange(Paragraphs(preamble));
        blocks.Add(new Heading(OverviewHeading));
        blocks.AddRange(Paragraphs(report.Narrative.Overview));
        blocks.Add(new Heading(report.Layout.Proactive.Title));
        blocks.Add(ProactiveTable(report.Proactive.Layout, Values(report.Proactive)));
        blocks.Add(new Heading(report.Layout.Applications.Title));
        blocks.Add(ApplicationsTable(report.Applications.Layout, Values(report.Applications)));
        blocks.Add(new Heading(report.Layout.ReviewLitigation.Title));
        blocks.Add(ReviewTable(report.ReviewLitigation.Layout, Values(report.ReviewLitigation)));
        blocks.Add(new Heading(ProblemsHeading));
        blocks.AddRange(Paragraphs(report.Narrative.Problems ?? "无。"));
        blocks.Add(new Heading(OtherHeading));
        blocks.AddRange(Paragraphs(report.Narrative.Other ?? "无。"));
        if (report.Agency is not null) blocks.Add(new Paragraph(report.Agency, ParagraphStyle.Signature));
        if (report.Published is DateOnly d) blocks.Add(new Paragraph(Gongkai.Core.Labels.Chinese.Date(d), ParagraphStyle.Signature));
        return new ReportDocument(title ?? Title(report), blocks.ToImmutable());
    }

    /// <summary>How a value is printed: blank for null, "+13" for a positive change, 万元 amounts without trailing zeros.</summary>
    public static string Format(decimal? value, FieldKind kind) => value switch
    {
        null => "",
        decimal v when kind == FieldKind.Signed && v > 0 => "+" + v.ToString("0.########", CultureInfo.InvariantCulture),
        decimal v => v.ToString("0.########", CultureInfo.InvariantCulture),
    };

    /// <summary>What a value cell shows: its text and mark, by flat cell index of the section.</summary>
    public delegate (string Text, CellMark Mark) CellContent(int cell);

    /// <summary>A section's own values, printed as the template prints them, unmarked.</summary>
    public static CellContent Values(SectionData data) => i => (Format(data.Cells[i], data.Layout.FieldOfCell(i).Kind), CellMark.None);

    private static IEnumerable<Block> Paragraphs(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => new Paragraph(l));

    /// <summary>Section 二 as the template prints it: one sub-table per 第二十条 item, its header row, its rows.</summary>
    public static Table ProactiveTable(SectionLayout layout, CellContent content)
    {
        var columns = 1 + layout.Rows.Max(r => r.Fields.Length);
        var cells = ImmutableArray.CreateBuilder<TableCell>();
        var row = 0;
        foreach (var group in layout.Rows.GroupBy(r => r.Group))
        {
            cells.Add(new TableCell(row++, 0, group.Key ?? "", CellKind.Header, ColSpan: columns));
            var fields = group.First().Fields;
            cells.Add(new TableCell(row, 0, "信息内容", CellKind.Header));
            for (var f = 0; f < fields.Length; f++)
                cells.Add(new TableCell(row, 1 + f, fields[f].Label, CellKind.Header, ColSpan: Span(f, fields.Length, columns)));
            row++;
            foreach (var r in group)
            {
                cells.Add(new TableCell(row, 0, r.Label, CellKind.Label));
                for (var f = 0; f < r.Fields.Length; f++)
                    cells.Add(Value(layout, content, r.Offset + f, row, 1 + f) with { ColSpan = Span(f, r.Fields.Length, columns) });
                row++;
            }
        }
        return new Table([3, .. Enumerable.Repeat(2.0, columns - 1)], row, cells.ToImmutable(), HeaderRows: 0);
    }

    /// <summary>The last value cell of a group with fewer fields spans the remaining columns, as in the template.</summary>
    private static int Span(int field, int fieldCount, int columns) => field == fieldCount - 1 ? columns - 1 - field : 1;

    /// <summary>Section 三 with its 勾稽关系 note, merged applicant headers and stacked outcome groups.</summary>
    public static Table ApplicationsTable(SectionLayout layout, CellContent content)
    {
        var fields = layout.Rows[0].Fields;
        var cells = ImmutableArray.CreateBuilder<TableCell>();
        const int labels = 3;
        cells.Add(new TableCell(0, 0, layout.Note ?? "", CellKind.Header, RowSpan: 3, ColSpan: labels));
        cells.Add(new TableCell(0, labels, "申请人情况", CellKind.Header, ColSpan: fields.Length));
        var org = fields.Where(f => f.Group is not null).ToList();
        var orgStart = fields.IndexOf(org[0]);
        for (var f = 0; f < fields.Length; f++)
        {
            if (fields[f].Group is null) cells.Add(new TableCell(1, labels + f, fields[f].Label, CellKind.Header, RowSpan: 2));
            else cells.Add(new TableCell(2, labels + f, fields[f].Label, CellKind.Header));
        }
        cells.Add(new TableCell(1, labels + orgStart, org[0].Group!, CellKind.Header, ColSpan: org.Count));

        const int first = 3;
        var rows = layout.Rows;
        var outcomeGroup = rows.First(r => r.Role == RowRole.Outcome).Group!; // "三、本年度办理结果"
        for (var i = 0; i < rows.Length; i++)
        {
            var r = rows[i];
            var gridRow = first + i;
            var handled = r.Role is RowRole.Outcome or RowRole.Handled;
            if (!handled)
                cells.Add(new TableCell(gridRow, 0, r.Label, CellKind.Label, ColSpan: labels));
            else
            {
                if (i == 0 || rows[i - 1].Role is not (RowRole.Outcome or RowRole.Handled))
                {
                    var span = rows.Skip(i).TakeWhile(x => x.Role is RowRole.Outcome or RowRole.Handled).Count();
                    cells.Add(new TableCell(gridRow, 0, outcomeGroup, CellKind.Label, RowSpan: span));
                }
                if (r.Group == outcomeGroup)
                    cells.Add(new TableCell(gridRow, 1, r.Label, CellKind.Label, ColSpan: 2));
                else
                {
                    if (rows[i - 1].Group != r.Group)
                        cells.Add(new TableCell(gridRow, 1, r.Group ?? "", CellKind.Label, RowSpan: rows.Skip(i).TakeWhile(x => x.Group == r.Group).Count()));
                    cells.Add(new TableCell(gridRow, 2, r.Label, CellKind.Label));
                }
            }
            for (var f = 0; f < r.Fields.Length; f++)
                cells.Add(Value(layout, content, r.Offset + f, gridRow, labels + f));
        }
        return new Table([1.1, 1.6, 3.0, .. Enumerable.Repeat(1.0, fields.Length)], first + rows.Length, cells.ToImmutable(), HeaderRows: first);
    }

    /// <summary>Section 四: 行政复议 and the two kinds of 行政诉讼 side by side under a two-level header.</summary>
    public static Table ReviewTable(SectionLayout layout, CellContent content)
    {
        var fields = layout.Rows[0].Fields;
        var n = fields.Length;
        var cells = ImmutableArray.CreateBuilder<TableCell>();
        var review = layout.Rows[0];
        cells.Add(new TableCell(0, 0, review.Label, CellKind.Header, ColSpan: n));
        cells.Add(new TableCell(0, n, layout.Rows[1].Group ?? "", CellKind.Header, ColSpan: n * (layout.Rows.Length - 1)));
        for (var f = 0; f < n; f++) cells.Add(new TableCell(1, f, fields[f].Label, CellKind.Header, RowSpan: 2));
        for (var r = 1; r < layout.Rows.Length; r++)
        {
            cells.Add(new TableCell(1, r * n, layout.Rows[r].Label, CellKind.Header, ColSpan: n));
            for (var f = 0; f < n; f++) cells.Add(new TableCell(2, r * n + f, fields[f].Label, CellKind.Header));
        }
        for (var r = 0; r < layout.Rows.Length; r++)
            for (var f = 0; f < n; f++)
            {
                var cell = layout.Rows[r].Offset + f;
                cells.Add(Value(layout, content, cell, 3, r * n + f));
            }
        return new Table([.. Enumerable.Repeat(1.0, n * layout.Rows.Length)], 4, cells.ToImmutable(), HeaderRows: 0);
    }

    private static TableCell Value(SectionLayout layout, CellContent content, int cell, int row, int col)
    {
        var (text, mark) = content(cell);
        return new TableCell(row, col, text, CellKind.Number) { Path = layout.CellPath(cell), Mark = mark };
    }
}
