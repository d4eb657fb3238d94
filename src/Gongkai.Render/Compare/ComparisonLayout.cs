using System.Collections.Immutable;
using System.Globalization;
using Gongkai.Core.Compare;
using Gongkai.Core.Labels;
using Gongkai.Core.Layout;
using Gongkai.Render.Document;

namespace Gongkai.Render.Compare;

/// <summary>
/// A comparison of two reports as a document of the house layout: the summary and findings first, the key figures,
/// then the tables of 二、三、四 as the newer report's template prints them with each changed cell showing
/// “上年→本年” on a shaded ground, the cells without counterpart and why, then the prose part by part with
/// insertions and deletions marked, and the copied passages. One description for DOCX, PDF and HTML alike.
/// </summary>
public static class ComparisonLayout
{
    public const string Arrow = "→";

    // The comparison's own parts are not numbered: their numbers would read as the report's 一 to 六 quoted inside them.
    public const string SummaryHeading = "比对摘要", KeyFiguresHeading = "主要指标", TablesHeading = "表格比对", ProseHeading = "正文比对",
        CopiedHeading = "与上年相同或几乎相同的内容";

    public static string Title(ReportComparison c)
    {
        string Year(ComparedReport r) => r.Year is int y ? y.ToString(CultureInfo.InvariantCulture) + "年" : "年度不明";
        var same = c.Old.Agency is null || c.New.Agency is null || c.Old.Agency == c.New.Agency;
        return same
            ? $"{c.New.Agency ?? c.Old.Agency}{Year(c.Old)}与{Year(c.New)}政府信息公开工作年度报告比对"
            : $"{c.Old.Agency}与{c.New.Agency}政府信息公开工作年度报告比对";
    }

    public static ReportDocument Build(ReportComparison c)
    {
        var blocks = ImmutableArray.CreateBuilder<Block>();
        blocks.Add(new Paragraph($"上年报告：{Describe(c.Old)}", ParagraphStyle.Centred));
        blocks.Add(new Paragraph($"本年报告：{Describe(c.New)}", ParagraphStyle.Centred));

        blocks.Add(new Heading(SummaryHeading));
        blocks.Add(new Paragraph(Summary(c)));
        foreach (var f in c.Findings)
            blocks.Add(new MarkedParagraph([new TextRun($"【{f.Severity.Label()}】", RunMark.Tag), new TextRun(f.Message)]));

        blocks.Add(new Heading(KeyFiguresHeading));
        blocks.Add(KeyFigureTable(c));
        foreach (var note in c.KeyFigures.Where(k => k.Why is not null).Select(k => $"注：{k.Label}——{k.Why}。").Distinct())
            blocks.Add(new Paragraph(note, ParagraphStyle.FlushLeft));

        blocks.Add(new Heading(TablesHeading));
        blocks.Add(new Paragraph($"以下按本年报告（{c.New.FormatLabel}）的表格排列：数值有变化的单元格加底色，写作“上年{Arrow}本年”（“空”为未填或无法读取）；" +
            "浅蓝底色的单元格在上年报告中没有对应项，原因见本部分末尾。"));
        var layout = TemplateCatalog.Get(c.New.Format, c.New.OtherCollapsed);
        var byPath = c.Cells.Where(x => x.Match != CellMatch.OldOnly).GroupBy(x => x.Path).ToDictionary(g => g.Key, g => g.First());
        foreach (var section in layout.Sections)
        {
            blocks.Add(new Heading(section.Title));
            var content = Content(section, byPath);
            blocks.Add(section.Key switch
            {
                "proactive" => OfficialLayout.ProactiveTable(section, content),
                "applications" => OfficialLayout.ApplicationsTable(section, content),
                _ => OfficialLayout.ReviewTable(section, content),
            });
        }
        // A sum the new layout has no row for (the new report splits the row): a table of its own.
        var sums = c.Cells.Where(x => x.Match == CellMatch.Sum && !HasPath(layout.Section(x.Section), x.Path)).ToList();
        if (sums.Count > 0)
        {
            blocks.Add(new Paragraph("按合计比较的项目（一份报告将该行分列为子项，以子项之和与另一份报告的该行比较）：", ParagraphStyle.FlushLeft));
            blocks.Add(ChangeTable(sums));
        }
        if (!c.Unmatched.IsEmpty)
        {
            blocks.Add(new Paragraph("没有对应项的单元格：", ParagraphStyle.FlushLeft));
            blocks.Add(UnmatchedTable(c));
        }

        blocks.Add(new Heading(ProseHeading));
        blocks.Add(new Paragraph("正文按部分、按段落顺序对齐：【修改】段中下划线为本年新增的文字，删除线为上年有而本年删去的文字；【新增】为本年新写的段落，【删除】为上年有而本年没有的段落；未标注的段落与上年相同。"));
        foreach (var section in ProseSection.All)
        {
            var paragraphs = c.Prose.Where(p => p.Section == section).ToList();
            if (paragraphs.Count == 0) continue;
            blocks.Add(new Heading($"正文：{section.Title}"));
            foreach (var p in paragraphs)
            {
                blocks.Add(Marked(p));
                foreach (var q in p.NewNumbers.Where(q => !q.Agrees && q.Table is not null))
                    blocks.Add(new Paragraph($"（本年正文称“{q.Quote}”，而表格中为{Format(q.Table)}）", ParagraphStyle.FlushLeft));
            }
        }

        blocks.Add(new Heading(CopiedHeading));
        if (c.Copied.IsEmpty)
            blocks.Add(new Paragraph($"未发现与上年报告相同或几乎相同（相似度{CompareLabels.Percent(c.Options.CopyThreshold)}以上、{c.Options.MinCopyLength}字以上）的段落。"));
        else
        {
            blocks.Add(new Paragraph($"本年报告中与上年报告相似度达到{CompareLabels.Percent(c.Options.CopyThreshold)}的内容（{c.Options.MinCopyLength}字以下的段落不计）："));
            blocks.Add(CopiedTable(c));
        }
        blocks.Add(new Paragraph("说明：相似度为两段文字共有的字符占两段字符总数的比例（2×共有字符÷两段字数之和）。表格的行按模板规定的行和列对应；" +
            "2019年格式与2021年格式之间无法对应的单元格不作比较，并说明原因。", ParagraphStyle.FlushLeft));
        return new ReportDocument(Title(c), blocks.ToImmutable());
    }

    private static bool HasPath(SectionLayout s, string path)
    {
        for (var i = 0; i < s.CellCount; i++) if (s.CellPath(i) == path) return true;
        return false;
    }

    private static string Describe(ComparedReport r)
    {
        var parts = new List<string> { r.Agency ?? "机关名称不明", r.YearLabel, r.FormatLabel };
        if (r.Source is { Length: > 0 } s) parts.Add(Path.GetFileName(s.Replace('\\', '/')) is { Length: > 0 } name ? name : s);
        return string.Join("，", parts);
    }

    private static string Summary(ReportComparison c)
    {
        var compared = c.Cells.Count(x => x.Match is not (CellMatch.OldOnly or CellMatch.NewOnly));
        var copied = c.Copied.Count(p => p.Scope == CopyScope.Paragraph);
        var whole = c.Copied.Where(p => p.Scope == CopyScope.Section).Select(p => p.Section.Name).ToList();
        return $"共比对表格单元格{compared}个，其中数值有变化的{c.ChangedCells}个；没有对应项的单元格{c.Unmatched.Length}个。" +
            $"正文段落：新增{c.ProseCount(ProseKind.Added)}段，删除{c.ProseCount(ProseKind.Deleted)}段，修改{c.ProseCount(ProseKind.Changed)}段，" +
            $"未变{c.ProseCount(ProseKind.Same)}段。与上年相同或几乎相同的段落{copied}段" +
            (whole.Count > 0 ? $"，整个部分与上年相同或几乎相同的有：{string.Join("、", whole)}。" : "。");
    }

    /// <summary>A matrix cell: the new value, or “old→new” shaded when it changed, or shaded blue when only this report has it.</summary>
    private static OfficialLayout.CellContent Content(SectionLayout section, Dictionary<string, CellChange> byPath) => i =>
    {
        var kind = section.FieldOfCell(i).Kind;
        if (!byPath.TryGetValue(section.CellPath(i), out var x)) return ("", CellMark.None);
        if (x.Match == CellMatch.NewOnly) return (OfficialLayout.Format(x.New, kind), CellMark.OneSide);
        if (x.Changed) return (Value(x.Old, kind) + Arrow + Value(x.New, kind), CellMark.Changed);
        return (OfficialLayout.Format(x.New, kind), CellMark.None);
    };

    private static string Value(decimal? v, FieldKind kind) => v is null ? "空" : OfficialLayout.Format(v, kind);

    private static Table KeyFigureTable(ReportComparison c)
    {
        string oldYear = c.Old.Year is int oy ? $"{oy}年" : "上年", newYear = c.New.Year is int ny ? $"{ny}年" : "本年";
        var rows = new List<(string[] Cells, bool Changed)>();
        foreach (var k in c.KeyFigures)
        {
            var change = k.Change is not decimal d ? "—"
                : k.Kind == FigureKind.Rate ? (d == 0 ? "持平" : Signed(d) + "个百分点")
                : Signed(d);
            var percent = k.Percent is decimal p ? Signed(p) + "%" : "—";
            rows.Add(([k.Label, Figure(k, k.Old), Figure(k, k.New), change, percent], k.Change is not 0 && k.Change is not null || (k.Old is null) != (k.New is null)));
        }
        return Grid(["指标", oldYear, newYear, "增减", "增幅"], [3.2, 1.3, 1.3, 1.5, 1.1], rows, numbersFrom: 1);
    }

    private static string Figure(KeyFigure k, decimal? v) => v is not decimal d ? "—"
        : k.Kind == FigureKind.Rate ? d.ToString("0.#", CultureInfo.InvariantCulture) + "%"
        : OfficialLayout.Format(d, k.Kind == FigureKind.Amount ? FieldKind.Amount : FieldKind.Count);

    private static Table ChangeTable(IEnumerable<CellChange> changes) =>
        Grid(["项目", "上年", "本年", "增减", "增幅"], [4.2, 1.1, 1.1, 1.1, 1.1],
            changes.Select(x => (new[] { Short(x.Label), Value(x.Old, x.Kind), Value(x.New, x.Kind),
                x.Change is decimal d ? Signed(d) : "—", x.Percent is decimal p ? Signed(p) + "%" : "—" }, x.Changed)), numbersFrom: 1);

    private static Table UnmatchedTable(ReportComparison c)
    {
        var byCell = c.Cells.Where(x => x.Match is CellMatch.OldOnly or CellMatch.NewOnly).ToDictionary(x => (x.Path, x.Match));
        // One line per reason; within it one entry per row: "行政许可：上一年项目数量 13191，本年增/减 481".
        var groups = c.Unmatched.GroupBy(u => (u.Side, u.Why)).Select(g => (new[]
        {
            g.Key.Side == ReportSide.Old ? "仅上年报告" : "仅本年报告",
            string.Join("；", g.GroupBy(u => Place(u).Row).Select(row => row.Key + "：" + string.Join("，", row.Select(u =>
            {
                var x = byCell[(u.Path, u.Side == ReportSide.Old ? CellMatch.OldOnly : CellMatch.NewOnly)];
                return $"{Place(u).Field} {Value(u.Side == ReportSide.Old ? x.Old : x.New, x.Kind)}";
            })))),
            g.Key.Why,
        }, false));
        return Grid(["报告", "项目及数值", "原因"], [1.2, 4.2, 3.2], groups, numbersFrom: 3);

        // The row (without the section title) and the column of an unmatched cell, from its side's layout.
        (string Row, string Field) Place(UnmatchedCell u)
        {
            var side = u.Side == ReportSide.Old ? c.Old : c.New;
            var section = TemplateCatalog.Get(side.Format, side.OtherCollapsed).Section(u.Path[..u.Path.IndexOf('.')]);
            for (var i = 0; i < section.CellCount; i++)
            {
                if (section.CellPath(i) != u.Path) continue;
                var field = section.FieldOfCell(i);
                return (Chinese.Row(section, section.RowOfCell(i)), field.Group is null ? field.Label : $"{field.Group}（{field.Label}）");
            }
            return (Short(u.Label), "");
        }
    }

    private static Table CopiedTable(ReportComparison c) =>
        Grid(["本年位置", "上年位置", "相似度", "本年文字"], [1.6, 1.6, 1.0, 5.0], c.Copied.Select(p => (new[]
        {
            Place(p.Section, p.NewIndex), Place(p.OldSection, p.OldIndex), CompareLabels.Percent(p.Similarity),
            p.New.Length <= 120 ? p.New : p.New[..118] + "…",
        }, false)), numbersFrom: 4);

    private static string Place(ProseSection s, int? index) => index is int i ? $"{s.Name}第{i}段" : $"{s.Name}（整个部分）";

    /// <summary>A cell's label without the section title (the table says which section).</summary>
    private static string Short(string label)
    {
        var i = label.IndexOf(CellLabels.Separator, StringComparison.Ordinal);
        return i < 0 ? label : label[(i + CellLabels.Separator.Length)..];
    }

    private static MarkedParagraph Marked(ProseParagraph p) => p.Kind switch
    {
        ProseKind.Changed => new MarkedParagraph([new TextRun($"【{p.Kind.Label()}】", RunMark.Tag),
            .. p.Edits.Select(e => new TextRun(e.Text, e.Kind switch { EditKind.Inserted => RunMark.Inserted, EditKind.Deleted => RunMark.Deleted, _ => RunMark.None }))]),
        ProseKind.Added => new MarkedParagraph([new TextRun($"【{p.Kind.Label()}】", RunMark.Tag), new TextRun(p.New!, RunMark.Inserted)]),
        ProseKind.Deleted => new MarkedParagraph([new TextRun($"【{p.Kind.Label()}】", RunMark.Tag), new TextRun(p.Old!, RunMark.Deleted)]),
        _ => new MarkedParagraph([new TextRun(p.New!)]),
    };

    /// <summary>A plain table: a header row, then one row of text cells each; a changed row's value cells are shaded.</summary>
    private static Table Grid(string[] header, double[] widths, IEnumerable<(string[] Cells, bool Changed)> rows, int numbersFrom)
    {
        var cells = ImmutableArray.CreateBuilder<TableCell>();
        for (var i = 0; i < header.Length; i++) cells.Add(new TableCell(0, i, header[i], CellKind.Header));
        var r = 1;
        foreach (var (texts, changed) in rows)
        {
            for (var i = 0; i < texts.Length; i++)
                cells.Add(new TableCell(r, i, texts[i], i >= numbersFrom ? CellKind.Number : CellKind.Label)
                    { Mark = changed && i > 0 ? CellMark.Changed : CellMark.None });
            r++;
        }
        return new Table([.. widths], r, cells.ToImmutable(), HeaderRows: 1);
    }

    private static string Signed(decimal d) => (d > 0 ? "+" : "") + d.ToString("0.########", CultureInfo.InvariantCulture);

    private static string Format(decimal? v) => v is decimal d ? d.ToString("0.########", CultureInfo.InvariantCulture) : "空";
}
