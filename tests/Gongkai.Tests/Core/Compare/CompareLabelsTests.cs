using System.Text.RegularExpressions;
using Gongkai.Core.Compare;
using Gongkai.Core.Labels;
using Gongkai.Core.Rules;

namespace Gongkai.Tests.Core.Compare;

/// <summary>Guards: every value a comparison shows a reader has its Chinese label, every compare rule is in the catalogue.</summary>
public partial class CompareLabelsTests
{
    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    [Fact]
    public void Every_kind_of_paragraph_edit_match_figure_and_copy_has_a_Chinese_label()
    {
        var labels = Enum.GetValues<ProseKind>().Select(k => k.Label())
            .Concat(Enum.GetValues<EditKind>().Select(k => k.Label()))
            .Concat(Enum.GetValues<CellMatch>().Select(k => k.Label()))
            .Concat(Enum.GetValues<FigureKind>().Select(k => k.Label()))
            .Concat(Enum.GetValues<CopyScope>().Select(k => k.Label()))
            .Concat(Enum.GetValues<ReportSide>().Select(k => k.Label()))
            .Concat(ProseSection.All.Select(s => s.Title));
        Assert.All(labels, l => Assert.Matches(Chinese(), l));
        // The JSON words of spec/cli.md.
        Assert.Equal(["added", "deleted", "changed", "same"], Enum.GetValues<ProseKind>().Select(k => k.Code()));
        Assert.Equal(["前言", "一", "五", "六"], ProseSection.All.Select(s => s.Code));
    }

    [Fact]
    public void Every_compare_rule_is_in_the_catalogue_with_a_Chinese_title()
    {
        string[] ids = ["compare.different-agency", "compare.agency-unknown", "compare.year-order", "compare.not-consecutive",
            "compare.format-changed", "compare.copied-section", "compare.copied-problems", "compare.copied-paragraph"];
        Assert.All(ids, id => Assert.Matches(Chinese(), RuleCatalogue.Get(id).Title));
        Assert.Equal(ids.Order(), RuleCatalogue.All.Where(r => r.Id.StartsWith("compare.", StringComparison.Ordinal)).Select(r => r.Id).Order());
    }
}
