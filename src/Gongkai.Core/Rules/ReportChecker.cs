using System.Collections.Immutable;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;

namespace Gongkai.Core.Rules;

/// <summary>Runs the rule catalogue over a report. Reading findings already on the report are kept.</summary>
public static class ReportChecker
{
    /// <summary>The report with its findings: those from reading (rule ids "read.*") plus a fresh check.</summary>
    public static Report Check(Report report)
    {
        // Sized for the reading's findings and a few more, and handed over without a copy when it is full.
        var findings = ImmutableArray.CreateBuilder<Finding>(report.Findings.Length + 4);
        foreach (var f in report.Findings)
            if (f.Rule.StartsWith("read.", StringComparison.Ordinal)) findings.Add(f);
        findings.AddRange(CheckTables(report));
        findings.AddRange(NarrativeCheck.Check(report));
        return report with { Findings = findings.Count == findings.Capacity ? findings.MoveToImmutable() : findings.ToImmutable() };
    }

    /// <summary>Table and template rules only (no prose needed): what data entry and roll-up run.</summary>
    public static IEnumerable<Finding> CheckTables(Report report)
    {
        var layout = report.Layout;
        if (report.Year is int year && !layout.CoversYear(year))
        {
            var want = TemplateIds.ForYear(year);
            yield return RuleCatalogue.YearMismatch.Make("format", null, null,
                ("year", year), ("expected", want.Code()), ("actual", layout.Template.Code()),
                ("notice", TemplateCatalog.Get(want).Notice));
        }
        if (layout.OtherCollapsed)
            yield return RuleCatalogue.MixedLayout.Make("applications.other", null, null);

        foreach (var section in report.Sections)
            foreach (var f in CheckValues(section)) yield return f;

        foreach (var identity in layout.Identities)
            if (CheckIdentity(identity, report.Section(identity.Section.Key)) is { } f) yield return f;

        if (layout.Template == TemplateId.V2019)
            foreach (var f in CheckProactive2019(report.Proactive)) yield return f;
    }

    private static IEnumerable<Finding> CheckValues(SectionData data)
    {
        var layout = data.Layout;
        for (var i = 0; i < data.Cells.Length; i++)
        {
            if (data.Cells[i] is not decimal v) continue;
            var field = layout.FieldOfCell(i);
            if (field.Kind == FieldKind.Count && v < 0)
                yield return RuleCatalogue.Negative.Make(layout.CellPath(i), null, v, ("place", layout.CellName(i)), ("actual", v));
            else if (field.Kind == FieldKind.Count && v != decimal.Truncate(v))
                yield return RuleCatalogue.NonInteger.Make(layout.CellPath(i), null, v, ("place", layout.CellName(i)), ("actual", v));
        }
    }

    /// <summary>Checks one identity; null when it holds or a cell it reads is empty (empty cells have their own finding).</summary>
    public static Finding? CheckIdentity(Identity identity, SectionData data)
    {
        decimal left = 0, right = 0;
        foreach (var c in identity.Left) { if (data.Cells[c] is not decimal v) return null; left += v; }
        foreach (var c in identity.Right) { if (data.Cells[c] is not decimal v) return null; right += v; }
        if (left == right) return null;
        var layout = identity.Section;
        var rule = RuleCatalogue.Get(identity.Rule);
        if (identity.Left.Length == 1)
        {
            var cell = identity.Left[0];
            return rule.Make(layout.CellPath(cell), right, left,
                ("place", layout.CellName(cell)), ("actual", left), ("expected", right), ("diff", left - right));
        }
        // Several cells on the left (第一项加第二项 = 第三项加第四项): the finding names the column.
        var field = layout.FieldOfCell(identity.Left[0]);
        var rows = string.Join("+", identity.Left.Select(c => layout.RowOfCell(c).Key)) + "=" +
                   string.Join("+", identity.Right.Select(c => layout.RowOfCell(c).Key));
        return rule.Make($"{layout.Key}.{rows}.{field.Key}", right, left,
            ("place", $"{layout.ShortTitle}“{field.Label}”列"), ("left", left), ("right", right), ("diff", left - right));
    }

    private static IEnumerable<Finding> CheckProactive2019(SectionData p)
    {
        foreach (var row in p.Layout.Rows)
        {
            int made = row.FieldIndex("newlyPublished"), total = row.FieldIndex("totalPublished");
            if (made >= 0 && total >= 0 && p.Cells[row.Offset + made] is decimal n && p.Cells[row.Offset + total] is decimal t && t < n)
            {
                var cell = row.Offset + total;
                yield return RuleCatalogue.TotalBelowNew.Make(p.Layout.CellPath(cell), n, t, ("place", p.Layout.CellName(cell)), ("actual", t), ("expected", n));
            }
            int prev = row.FieldIndex("previousCount"), change = row.FieldIndex("change");
            if (prev >= 0 && change >= 0 && p.Cells[row.Offset + prev] is decimal a && p.Cells[row.Offset + change] is decimal b && a + b < 0)
            {
                var cell = row.Offset + change;
                yield return RuleCatalogue.NegativeBalance.Make(p.Layout.CellPath(cell), null, a + b,
                    ("place", p.Layout.RowName(row)), ("previous", a), ("change", b), ("actual", a + b));
            }
        }
    }
}
