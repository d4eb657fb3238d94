using System.Collections.Immutable;
using Gongkai.Core.Desk;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Core.Rules;

namespace Gongkai.Core.Oversight;

/// <summary>Why a unit's number is missing from, or not exactly in, one cell of the roll-up.</summary>
public enum RollUpGapReason
{
    /// <summary>The unit's own cell is <c>null</c> (not filed, or unreadable in its document).</summary>
    Unreadable,
    /// <summary>The unit filed in the other template, which has no such cell (e.g. 2019 政府集中采购 in a 2021 roll-up).</summary>
    NoCounterpart,
    /// <summary>
    /// The unit printed 三（六）其他处理 as one row (2019 format, or a collapsed 2021 report) and the roll-up has
    /// three sub-rows: the count cannot be split, so it is all in “3.其他” and none of the three is exact.
    /// </summary>
    CannotSplit,
}

/// <summary>One unit's missing or inexact contribution to one roll-up cell. <see cref="UnitIndex"/> indexes <see cref="RollUpResult.Units"/>.</summary>
public sealed record RollUpGap(int UnitIndex, string Unit, string Cell, RollUpGapReason Reason);

/// <summary>
/// The supervising office's sum: <see cref="Report"/> (in the roll-up year's template, findings = the table rules
/// on the sum plus the rollup.* findings), the units summed in the order given, and every gap.
/// </summary>
public sealed record RollUpResult(Report Report, ImmutableArray<Report> Units, ImmutableArray<RollUpGap> Gaps);

/// <summary>
/// 汇总: the 政务公开办 publishes the district's figures as the sum of its units' sections 二、三、四 (the 2019 and
/// 2021 notices: “县级政府的政府信息公开工作主管部门汇总所属部门和乡镇政府的年度报告”, in the same format).
/// <para>
/// Additivity. Every field of both templates is a count or an amount of the unit's own: documents it made, issued,
/// repealed or has in force (现行有效件数 and 对外公开总数量 are stocks, and stocks of disjoint units add), items on
/// its list last year and their net change (上一年项目数量, signed 本年增/减), decisions, fees and procurement in 万元,
/// applications and cases. Section 四 does not double count across units either: both notices say a suit naming
/// the 复议机关 as co-defendant is counted only by the original agency. So every cell is summed; there is no
/// ratio or average in the tables that would have to be left out. (A 规范性文件 issued jointly by two units is
/// counted by both; the format gives no way to tell, so the sum cannot correct it.)
/// </para>
/// <para>
/// Template mixing. Cells map by the same row and field key; outcome rows map as <see cref="Outcomes.RowFor"/>
/// does, so 2021 other.* add into a 2019 roll-up's single other row exactly, while a 2019 (or collapsed 2021)
/// other row goes into a 2021 roll-up's other.other with <see cref="RollUpGapReason.CannotSplit"/> gaps on all
/// three sub-rows — the (六) subtotal and the 总计 stay right, the split does not. Proactive rows changed between
/// the formats: only 行政许可/行政处罚/行政强制 处理决定数量 exist in both; other cells get
/// <see cref="RollUpGapReason.NoCounterpart"/> gaps, and the unit's cells the roll-up has no place for are counted
/// in its rollup.template-mismatch finding.
/// </para>
/// A roll-up cell is the sum of the known values; it is <c>null</c> only when no unit contributed a known value
/// and some unit has a gap there (nothing is known, so 0 would be a claim).
/// </summary>
public static class RollUp
{
    public static RollUpResult Sum(string agency, int year, IReadOnlyList<Report> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var layout = TemplateCatalog.Get(TemplateIds.ForYear(year));
        var names = units.Select((u, i) => string.IsNullOrWhiteSpace(u.Agency) ? $"第{i + 1}个单位" : u.Agency).ToImmutableArray();
        var gaps = new List<RollUpGap>();
        var findings = new List<Finding>();
        var sum = Report.Blank(layout) with { Agency = agency, Year = year };
        var checkable = sum;

        foreach (var target in layout.Sections)
        {
            var cells = new decimal[target.CellCount];
            var known = new bool[target.CellCount];
            var gapped = new bool[target.CellCount];
            for (var u = 0; u < units.Count; u++)
            {
                var unitGaps = AddUnit(units[u].Section(target.Key), target, cells, known);
                foreach (var (cell, reason) in unitGaps)
                {
                    gaps.Add(new RollUpGap(u, names[u], target.CellPath(cell), reason));
                    gapped[cell] = true;
                }
            }
            var values = cells.Select((v, i) => known[i] || !gapped[i] ? v : (decimal?)null).ToImmutableArray();
            sum = sum.WithSection(new SectionData(target, values));
            checkable = checkable.WithSection(new SectionData(target, values.Select((v, i) => gapped[i] ? null : v).ToImmutableArray()));
        }

        // The table rules run on the sum with every gapped cell blanked: a partial sum is not the district's
        // figure, so an identity over it would report the gap again as a false imbalance. Identities over
        // complete cells are checked, and a unit's broken identity shows there (traced by rollup.unit-errors).
        findings.AddRange(ReportChecker.CheckTables(checkable));
        findings.AddRange(IncompleteFindings(sum, gaps));
        for (var u = 0; u < units.Count; u++)
        {
            if (TemplateMismatch(units[u], names[u], layout) is { } f) findings.Add(f);
            if (UnitErrors(units[u], names[u]) is { } e) findings.Add(e);
        }
        return new RollUpResult(sum with { Findings = [.. findings] }, [.. units], [.. gaps]);
    }

    /// <summary>
    /// Adds one unit's section into <paramref name="cells"/>; returns its gaps, one per roll-up cell, in cell order.
    /// </summary>
    private static IEnumerable<(int Cell, RollUpGapReason Reason)> AddUnit(SectionData source, SectionLayout target, decimal[] cells, bool[] known)
    {
        var reasons = new RollUpGapReason?[target.CellCount];
        var reached = new bool[target.CellCount];
        for (var sc = 0; sc < source.Cells.Length; sc++)
        {
            var tc = TargetCell(source.Layout, sc, target);
            if (tc < 0) continue;
            reached[tc] = true;
            if (source.Cells[sc] is decimal v) { cells[tc] += v; known[tc] = true; }
            else reasons[tc] ??= RollUpGapReason.Unreadable;
        }
        for (var tc = 0; tc < target.CellCount; tc++)
        {
            var row = target.RowOfCell(tc);
            if (Unsplit(row, source.Layout, target)) reasons[tc] = RollUpGapReason.CannotSplit;
            else if (!reached[tc]) reasons[tc] = RollUpGapReason.NoCounterpart;
            if (reasons[tc] is { } r) yield return (tc, r);
        }
    }

    /// <summary>The roll-up cell a unit's cell adds into, or -1 when the roll-up's template has no place for it.</summary>
    private static int TargetCell(SectionLayout source, int cell, SectionLayout target)
    {
        var row = source.RowOfCell(cell);
        var rowKey = row.Role == RowRole.Outcome && target.Row(row.Key) is null ? OutcomeRow(target, row.Key) : row.Key;
        return rowKey is null ? -1 : target.CellIndex(rowKey, source.FieldOfCell(cell).Key);
    }

    /// <summary>
    /// A roll-up outcome row the unit has no row of its own for, whose count sits in a unit row that other roll-up
    /// rows share too (2021 other.* against a single other): the unit's number cannot be split among them.
    /// The other way round (2021 other.* into a 2019 other) is exact: several unit rows add into one.
    /// </summary>
    private static bool Unsplit(RowLayout row, SectionLayout source, SectionLayout target)
    {
        if (row.Role != RowRole.Outcome || source.Row(row.Key) is not null) return false;
        var coarse = OutcomeRow(source, row.Key);
        return coarse is not null && target.Rows.Any(r => r.Role == RowRole.Outcome && r.Key != row.Key
            && source.Row(r.Key) is null && OutcomeRow(source, r.Key) == coarse);
    }

    /// <summary>The row an outcome counts in within <paramref name="section"/>; null outside section 三 or with no such row.</summary>
    private static string? OutcomeRow(SectionLayout section, string rowKey) =>
        section.Key == "applications" ? Outcomes.TryRowFor(section, rowKey) : null;

    private static IEnumerable<Finding> IncompleteFindings(Report sum, List<RollUpGap> gaps)
    {
        foreach (var cell in gaps.GroupBy(g => g.Cell))
        {
            var units = cell.Select(g => g.Unit).Distinct().ToList();
            var (section, index) = Locate(sum, cell.Key);
            yield return RuleCatalogue.RollupIncomplete.Make(cell.Key, null, section[index],
                ("place", section.Layout.CellName(index)), ("count", units.Count), ("units", string.Join("、", units)));
        }
    }

    private static (SectionData Section, int Cell) Locate(Report report, string path)
    {
        var first = path.IndexOf('.');
        var last = path.LastIndexOf('.');
        var section = report.Section(path[..first]);
        return (section, section.Layout.CellIndex(path[(first + 1)..last], path[(last + 1)..]));
    }

    private static Finding? TemplateMismatch(Report unit, string name, ReportLayout layout)
    {
        var own = unit.Layout;
        if (own.Template == layout.Template && own.OtherCollapsed == layout.OtherCollapsed) return null;
        int missing = 0, dropped = 0;
        var split = false;
        foreach (var target in layout.Sections)
        {
            var source = own.Section(target.Key);
            for (var sc = 0; sc < source.CellCount; sc++)
                if (TargetCell(source, sc, target) < 0) dropped++;
            var reached = Enumerable.Range(0, source.CellCount).Select(sc => TargetCell(source, sc, target)).Where(tc => tc >= 0).ToHashSet();
            for (var tc = 0; tc < target.CellCount; tc++)
            {
                if (Unsplit(target.RowOfCell(tc), source, target)) split = true;
                else if (!reached.Contains(tc)) missing++;
            }
        }
        return RuleCatalogue.RollupTemplateMismatch.Make("format", null, null,
            ("unit", name), ("actual", Describe(own)), ("expected", Describe(layout)), ("notice", layout.Notice),
            ("missing", missing), ("dropped", dropped),
            ("note", split ? "；该单位“（六）其他处理”只有一行，无法拆分为三个子项，已全部计入“3.其他”" : ""));
    }

    private static string Describe(ReportLayout layout) =>
        layout.Template.Code() + (layout.OtherCollapsed ? "年格式（“（六）其他处理”印成一行）" : "年格式");

    /// <summary>
    /// The unit's own errors: reading errors it carries and a fresh table check (a unit passed in unchecked is
    /// still traced). The same broken identity shows in the sum at the same place, so the finding names the unit.
    /// </summary>
    private static Finding? UnitErrors(Report unit, string name)
    {
        var errors = unit.Findings.Concat(ReportChecker.CheckTables(unit))
            .Where(f => f.Severity == Severity.Error)
            .DistinctBy(f => (f.Rule, f.Where))
            .ToList();
        if (errors.Count == 0) return null;
        return RuleCatalogue.RollupUnitErrors.Make(errors[0].Where, null, errors.Count,
            ("unit", name), ("count", errors.Count), ("places", string.Join("；", errors.Select(e => Labels.Chinese.Place(e.Where, unit.Layout)))));
    }
}
