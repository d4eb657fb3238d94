using Gongkai.Core.Layout;

namespace Gongkai.Core.Labels;

public static partial class Chinese
{
    private const string Sep = " · ";

    /// <summary>
    /// A cell as the template prints it, section 三's outcome rows under their heading:
    /// "三、本年度办理结果 · （三）不予公开 · 1.属于国家秘密 · 自然人", "第二十条第（一）项 · 规章 · 本年制发件数",
    /// "行政诉讼 · 复议后起诉 · 结果纠正".
    /// </summary>
    public static string Cell(SectionLayout section, int cell)
    {
        var row = section.RowOfCell(cell);
        var field = section.FieldOfCell(cell);
        return Row(section, row) + Sep + Column(field);
    }

    /// <summary>A row with the groups above it.</summary>
    public static string Row(SectionLayout section, RowLayout row)
    {
        var parts = new List<string>(3);
        // Section 三's sub-groups （三）…（六） stand under 三、本年度办理结果, which the data gives as the group of the first outcome row.
        if (row.Role == RowRole.Outcome && section.Rows.FirstOrDefault(r => r.Role == RowRole.Outcome)?.Group is { } top && row.Group != top)
            parts.Add(top);
        if (row.Group is { } g) parts.Add(g);
        parts.Add(row.Label);
        return string.Join(Sep, parts);
    }

    /// <summary>A column with its group: "法人或其他组织 · 商业企业", "自然人".</summary>
    public static string Column(FieldLayout field) => field.Group is { } g ? g + Sep + field.Label : field.Label;

    /// <summary>A cell path ("applications.withheld.stateSecret.naturalPerson") in Chinese, in <paramref name="layout"/> or else whichever template has it.</summary>
    public static string Cell(string path, ReportLayout? layout = null) => Place(path, layout);

    /// <summary>
    /// Where a finding points (<see cref="Model.Finding.Where"/>) in Chinese: a cell, a row, a section, an identity over
    /// several rows ("applications.newReceived+carriedOver=total+carriedForward.naturalPerson"), a part of the prose,
    /// or the report's format, year or agency. Never the path itself: an unknown place reads as "（位置不明）".
    /// </summary>
    public static string Place(string? where, ReportLayout? layout = null)
    {
        if (string.IsNullOrEmpty(where)) return "";
        switch (where)
        {
            case "format": return "报告格式";
            case "year": return "报告年度";
            case "agency": return "机关名称";
            case "narrative": return "正文";
        }
        if (where.StartsWith("narrative.", StringComparison.Ordinal)) return Narrative(where["narrative.".Length..]);
        foreach (var candidate in layout is null ? Layouts() : [layout, .. Layouts()])
            if (TryPlace(where, candidate) is { } text) return text;
        return "（位置不明）";
    }

    /// <summary>The prose parts of a report, as the workspace and the template title them.</summary>
    public static string Narrative(string part) => part switch
    {
        "preamble" => "正文 · 引言",
        "overview" => "正文 · 一、总体情况",
        "problems" => "正文 · 五、存在的主要问题及改进情况",
        "other" => "正文 · 六、其他需要报告的事项",
        _ => "正文",
    };

    private static IEnumerable<ReportLayout> Layouts() =>
        TemplateCatalog.All.OrderByDescending(l => l.Template).ThenBy(l => l.OtherCollapsed);

    private static string? TryPlace(string where, ReportLayout layout)
    {
        var dot = where.IndexOf('.');
        var key = dot < 0 ? where : where[..dot];
        SectionLayout section;
        try { section = layout.Section(key); }
        catch (ArgumentOutOfRangeException) { return null; }
        if (dot < 0) return section.Title;
        var rest = where[(dot + 1)..];
        var last = rest.LastIndexOf('.');
        // An identity over several rows of one column: rows joined by '+' on each side of '='.
        if (rest.Contains('=') && last > 0)
        {
            var field = section.Rows[0].Fields.FirstOrDefault(f => f.Key == rest[(last + 1)..]);
            var sides = rest[..last].Split('=');
            if (field is null || sides.Length != 2) return null;
            var labels = sides.Select(side => side.Split('+').Select(k => section.Row(k)).ToList()).ToList();
            if (labels.Any(l => l.Any(r => r is null))) return null;
            string Side(List<RowLayout?> rows) => string.Join("加", rows.Select(r => r!.Label));
            return $"{Side(labels[0])}＝{Side(labels[1])}" + Sep + Column(field);
        }
        if (last > 0)
        {
            var rowKey = rest[..last];
            var fieldKey = rest[(last + 1)..];
            if (rowKey == "*")
            {
                var f = section.Rows.SelectMany(r => r.Fields).FirstOrDefault(x => x.Key == fieldKey);
                return f is null ? null : section.Title + Sep + "各行" + Sep + Column(f);
            }
            var cell = section.CellIndex(rowKey, fieldKey);
            if (cell >= 0) return Cell(section, cell);
        }
        return section.Row(rest) is { } row ? Row(section, row) : null;
    }
}
