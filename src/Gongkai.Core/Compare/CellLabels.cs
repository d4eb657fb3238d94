using Gongkai.Core.Labels;
using Gongkai.Core.Layout;

namespace Gongkai.Core.Compare;

/// <summary>
/// A compared cell's name: the section title, then the cell as <see cref="Chinese.Cell(SectionLayout, int)"/> names it —
/// "三、收到和处理政府信息公开申请情况 · 三、本年度办理结果 · （三）不予公开 · 1.属于国家秘密 · 总计". A comparison lists the
/// cells of three sections in one list, so each says which section it is in.
/// </summary>
public static class CellLabels
{
    public const string Separator = " · ";

    public static string Of(SectionLayout section, int cell) => section.Title + Separator + Chinese.Cell(section, cell);
}
