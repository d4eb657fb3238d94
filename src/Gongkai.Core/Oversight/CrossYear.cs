using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Core.Rules;
using K = Gongkai.Core.Oversight.OversightKeys;

namespace Gongkai.Core.Oversight;

/// <summary>
/// Rules across two consecutive annual reports of one office — what no single report can show. The caller pairs
/// the reports (same office); this checks that they are consecutive years and otherwise returns nothing, because
/// carrying over from two years back, or from an unknown year, is not something the format states.
/// Unreadable (<c>null</c>) cells give no finding: the reader has already reported them.
/// </summary>
public static class CrossYear
{
    public static IReadOnlyList<Finding> Check(Report previous, Report current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        if (previous.Year is not int lastYear || current.Year is not int year || lastYear != year - 1) return [];
        return [.. CarriedOver(previous, current, lastYear, year), .. InForce(previous, current, lastYear, year)];
    }

    /// <summary>
    /// 上年结转 this year = 结转下年度 last year, per applicant column and 总计. Rows are found by role, so the rule
    /// holds across the 2020→2021 change of format (section 三's columns did not change).
    /// </summary>
    private static IEnumerable<Finding> CarriedOver(Report previous, Report current, int lastYear, int year)
    {
        var now = current.Applications;
        var before = previous.Applications;
        var overRow = now.Layout.Rows.Single(r => r.Role == RowRole.CarriedOver);
        var forwardRow = before.Layout.Rows.Single(r => r.Role == RowRole.CarriedForward);
        foreach (var field in overRow.Fields)
        {
            var was = before.Layout.CellIndex(forwardRow.Key, field.Key);
            if (was < 0 || before[was] is not decimal expected) continue;
            if (now[overRow.Offset + overRow.FieldIndex(field.Key)] is not decimal actual || actual == expected) continue;
            yield return RuleCatalogue.CarriedOver.Make(now.Layout.CellPath(overRow.Offset + overRow.FieldIndex(field.Key)), expected, actual,
                ("column", field.Label), ("year", year), ("row", overRow.Label), ("actual", actual),
                ("previousYear", lastYear), ("previousRow", forwardRow.Label), ("expected", expected), ("diff", actual - expected));
        }
    }

    /// <summary>
    /// 现行有效件数 this year = last year's + 本年制发 − 本年废止, for each 2021 proactive row that has the three
    /// fields (规章, 行政规范性文件). Only when both reports are in the 2021 format: the 2019 format has no
    /// 现行有效件数 (its 对外公开总数量 counts published documents, not documents in force). A warning, not an
    /// error: documents also lapse without a 废止 decision (有效期届满), which the format has no column for.
    /// </summary>
    private static IEnumerable<Finding> InForce(Report previous, Report current, int lastYear, int year)
    {
        if (previous.Format != TemplateId.V2021 || current.Format != TemplateId.V2021) yield break;
        var now = current.Proactive;
        foreach (var row in now.Layout.Rows)
        {
            int issued = row.FieldIndex(K.Issued), repealed = row.FieldIndex(K.Repealed), inForce = row.FieldIndex(K.InForce);
            if (issued < 0 || repealed < 0 || inForce < 0) continue;
            var was = previous.Proactive.Layout.CellIndex(row.Key, K.InForce);
            if (was < 0 || previous.Proactive[was] is not decimal before) continue;
            if (now[row.Offset + issued] is not decimal i || now[row.Offset + repealed] is not decimal r || now[row.Offset + inForce] is not decimal actual)
                continue;
            var expected = before + i - r;
            if (actual == expected) continue;
            var cell = row.Offset + inForce;
            yield return RuleCatalogue.InForce.Make(now.Layout.CellPath(cell), expected, actual,
                ("place", now.Layout.CellName(cell)), ("year", year), ("actual", actual), ("previousYear", lastYear),
                ("previous", before), ("issued", i), ("repealed", r), ("expected", expected), ("diff", actual - expected));
        }
    }
}
