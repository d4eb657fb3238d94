using System.Collections.Immutable;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;

namespace Gongkai.Core.Desk;

/// <summary>
/// One entry of the 主动公开 register: an item of a section 二 row (<see cref="Category"/> is the row key: regulations,
/// normativeDocuments, licensing, penalty, enforcement, fees, procurement…), published on <see cref="PublishedOn"/>,
/// repealed on <see cref="RepealedOn"/>, and for rows counted by number or amount its <see cref="Quantity"/> (the
/// decisions it records, or 万元 for fees and procurement).
/// </summary>
public sealed record ProactiveEntry(string Category, DateOnly PublishedOn, DateOnly? RepealedOn = null, decimal? Quantity = null);

/// <summary>
/// Section 二 from the register, for every row the register can count (Art. 20 (一)(五)(六)(八)(九)):
/// <list type="bullet">
/// <item>规章, 规范性文件: 2021 本年制发 (published in the year), 本年废止 (repealed in the year), 现行有效 (published by 31
/// December and not repealed by then); 2019 本年新制作 and 本年新公开 (published in the year), 对外公开总数量 (published by 31 December).</item>
/// <item>行政许可, 其他对外管理服务事项, 行政处罚, 行政强制: 处理决定数量 = the items' quantities in the year (1 each when none).</item>
/// <item>行政事业性收费 (2021) and 政府集中采购 (2019): the amounts in 万元 (blank when an item lacks one: never a guessed sum);
/// 采购项目数量 = items in the year.</item>
/// </list>
/// 上一年项目数量 and 本年增/减 of the 2019 format count matters, not items, and stay for the office to enter.
/// A register with no entry at all gives an empty section (nothing registered is not zero).
/// </summary>
public static class ProactiveTally
{
    public static SectionData FromRegister(SectionLayout layout, int year, IEnumerable<ProactiveEntry> entries)
    {
        var all = entries.ToList();
        var data = SectionData.Empty(layout);
        if (all.Count == 0) return data;
        var end = new DateOnly(year, 12, 31);
        foreach (var row in layout.Rows)
        {
            var items = all.Where(e => e.Category == row.Key).ToList();
            var inYear = items.Where(e => e.PublishedOn.Year == year).ToList();
            for (var f = 0; f < row.Fields.Length; f++)
            {
                decimal? value = row.Fields[f].Key switch
                {
                    "issued" or "newlyMade" or "newlyPublished" or "projects" => inYear.Count,
                    "repealed" => items.Count(e => e.RepealedOn?.Year == year),
                    "inForce" => items.Count(e => e.PublishedOn <= end && (e.RepealedOn is not { } r || r > end)),
                    "totalPublished" => items.Count(e => e.PublishedOn <= end),
                    "decisions" => inYear.Sum(e => e.Quantity ?? 1),
                    "amountWan" => inYear.Any(e => e.Quantity is null) ? null : inYear.Sum(e => e.Quantity!.Value),
                    _ => null,
                };
                data = data.With(row.Offset + f, value);
            }
        }
        return data;
    }

    /// <summary>Cells entered by hand win over the register's; a cell neither entered nor countable stays empty.</summary>
    public static SectionData Merge(SectionData fromRegister, SectionData entered)
    {
        var data = fromRegister;
        for (var i = 0; i < entered.Cells.Length; i++)
            if (entered[i] is { } v) data = data.With(i, v);
        return data;
    }

    /// <summary>Whether section 二 has no value at all (the report workspace warns).</summary>
    public static bool IsEmpty(SectionData proactive) => proactive.Cells.All(c => c is null);

    public static ImmutableArray<string> Categories(SectionLayout layout) => [.. layout.Rows.Select(r => r.Key)];
}
