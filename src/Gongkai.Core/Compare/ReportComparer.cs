using System.Collections.Immutable;
using System.Text;
using Gongkai.Core.Model;
using Gongkai.Core.Oversight;
using Gongkai.Core.Rules;

namespace Gongkai.Core.Compare;

/// <summary>The thresholds of a comparison.</summary>
public sealed record CompareOptions
{
    /// <summary>Text at least this similar to text of the old report is reported as copied (0.9: nine tenths in common).</summary>
    public double CopyThreshold { get; init; } = 0.9;

    /// <summary>Shorter text is never "copied": “无。” or “本年度无其他需要报告的事项。” repeat by nature.</summary>
    public int MinCopyLength { get; init; } = 20;

    /// <summary>Paragraphs at least this similar are taken as one paragraph changed (修改), less as one deleted and one added.</summary>
    public double PairThreshold { get; init; } = 0.5;

    public static CompareOptions Default { get; } = new();
}

/// <summary>
/// Compares two reports of one agency (any two years, either format): every cell of sections 二–四 with its change,
/// the key figures, the prose by section and paragraph with the changed words, the numbers the prose quotes paired
/// with their cells, text copied from the older report, and findings — a different agency, years out of order,
/// a change of format, the cross-year rules when the years are consecutive, and the copied passages.
/// </summary>
public static class ReportComparer
{
    public static ReportComparison Compare(Report old, Report @new, CompareOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(@new);
        options ??= CompareOptions.Default;

        var cells = Crosswalk.Between(old.Layout, @new.Layout)
            .Select(p => new CellChange(p.Section, p.Path, p.OldPath, p.Label, p.Kind, p.Match,
                Sum(old.Section(p.Section), p.OldCells), Sum(@new.Section(p.Section), p.NewCells), p.Why))
            .ToImmutableArray();
        var unmatched = cells.Where(c => c.Match is CellMatch.OldOnly or CellMatch.NewOnly)
            .Select(c => new UnmatchedCell(c.Path, c.Label, c.Match == CellMatch.OldOnly ? ReportSide.Old : ReportSide.New, c.Why!))
            .ToImmutableArray();
        var (prose, copied) = ProseComparer.Compare(old, @new, options);
        var result = new ReportComparison(ComparedReport.Of(old), ComparedReport.Of(@new), cells, unmatched,
            KeyFigures.Of(old, @new, cells), prose, copied, []) { Options = options };
        return result with { Findings = [.. Findings(old, @new, result)] };
    }

    /// <summary>The sum of the cells, null when there are none or one is unreadable: never 0 for "nothing known".</summary>
    private static decimal? Sum(SectionData data, ImmutableArray<int> cells)
    {
        if (cells.IsEmpty) return null;
        decimal sum = 0;
        foreach (var c in cells)
        {
            if (data[c] is not decimal v) return null;
            sum += v;
        }
        return sum;
    }

    private static IEnumerable<Finding> Findings(Report old, Report @new, ReportComparison c)
    {
        if (old.Agency is null || @new.Agency is null)
            yield return RuleCatalogue.CompareAgencyUnknown.Make("agency", null, null,
                ("side", old.Agency is null && @new.Agency is null ? "两份" : old.Agency is null ? "上年" : "本年"));
        else if (AgencyKey(old.Agency) != AgencyKey(@new.Agency))
            yield return RuleCatalogue.CompareDifferentAgency.Make("agency", null, null, ("old", old.Agency), ("new", @new.Agency));

        if (old.Year is int oy && @new.Year is int ny)
        {
            if (oy >= ny) yield return RuleCatalogue.CompareYearOrder.Make("year", null, null, ("oldYear", oy), ("newYear", ny));
            else if (ny - oy != 1) yield return RuleCatalogue.CompareNotConsecutive.Make("year", null, null, ("oldYear", oy), ("newYear", ny));
        }

        if (old.Format != @new.Format || old.Layout.OtherCollapsed != @new.Layout.OtherCollapsed)
            yield return RuleCatalogue.CompareFormatChanged.Make("format", null, null,
                ("oldFormat", c.Old.FormatLabel), ("newFormat", c.New.FormatLabel), ("count", c.Unmatched.Length));

        foreach (var f in CrossYear.Check(old, @new)) yield return f;

        var wholeSections = c.Copied.Where(p => p.Scope == CopyScope.Section).Select(p => p.Section).ToHashSet();
        foreach (var p in c.Copied)
        {
            var where = "narrative." + p.Section.Key;
            var similarity = CompareLabels.Percent(p.Similarity);
            var same = CompareLabels.Sameness(p.Identical);
            if (p.Scope == CopyScope.Section)
                yield return RuleCatalogue.CopiedSection.Make(where, null, null, ("section", p.Section.Title), ("oldSection", p.OldSection.Title),
                    ("same", same), ("similarity", similarity),
                    ("note", p.Section == ProseSection.Problems ? "；格式通知要求此项“不得出现敷衍了事甚至年年雷同现象”" : ""));
            else if (wholeSections.Contains(p.Section) && p.OldSection == p.Section)
                continue; // already said of the whole section
            else
                yield return (p.Section == ProseSection.Problems ? RuleCatalogue.CopiedProblems : RuleCatalogue.CopiedParagraph).Make(where, null, null,
                    ("section", p.Section.Name), ("n", p.NewIndex), ("oldSection", p.OldSection.Name), ("m", p.OldIndex),
                    ("same", same), ("similarity", similarity), ("quote", Excerpt(p.New)));
        }
    }

    /// <summary>An agency name as compared: NFKC, no spaces.</summary>
    private static string AgencyKey(string name)
    {
        var s = Text.Nfkc.Normalize(name);
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s) if (!char.IsWhiteSpace(ch)) sb.Append(ch);
        return sb.ToString();
    }

    private static string Excerpt(string text) => text.Length <= 40 ? text : text[..38] + "…";
}
