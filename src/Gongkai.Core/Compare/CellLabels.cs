using Gongkai.Core.Layout;

namespace Gongkai.Core.Compare;

/// <summary>
/// A cell's Chinese name as the template prints its place: section, row group, row, column group, column —
/// "三、收到和处理政府信息公开申请情况 · （三）不予公开 · 1.属于国家秘密 · 总计". All from the template data.
/// </summary>
public static class CellLabels
{
    public const string Separator = " · ";

    public static string Of(SectionLayout section, int cell)
    {
        var row = section.RowOfCell(cell);
        var field = section.FieldOfCell(cell);
        return string.Join(Separator, RowParts(section, row).Append(field.Group is null ? field.Label : field.Group + Separator + field.Label));
    }

    /// <summary>The row's place without the column: "二、主动公开政府信息情况 · 第二十条第（一）项 · 规章".</summary>
    public static string OfRow(SectionLayout section, RowLayout row) => string.Join(Separator, RowParts(section, row));

    private static IEnumerable<string> RowParts(SectionLayout section, RowLayout row)
    {
        yield return section.Title;
        if (row.Group is { } g && g != section.Title) yield return g;
        yield return row.Label;
    }
}
