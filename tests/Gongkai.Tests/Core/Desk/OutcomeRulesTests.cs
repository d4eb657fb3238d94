using Gongkai.Core.Desk;
using Gongkai.Core.Labels;
using Gongkai.Core.Layout;
using static Gongkai.Tests.Core.Desk.DeskScenario;

namespace Gongkai.Tests.Core.Desk;

/// <summary>
/// Guard over the lifecycle, like NoticeBasisTests over the notices: every outcome row of both templates has its
/// preconditions and its legal basis, and every precondition is enforced by a refusal that names the missing step.
/// </summary>
public class OutcomeRulesTests
{
    public static TheoryData<string, string> OutcomeRows()
    {
        var rows = new TheoryData<string, string>();
        foreach (var layout in TemplateCatalog.All)
            foreach (var o in Outcomes.For(layout))
                rows.Add(layout.Notice + (layout.OtherCollapsed ? "（其他处理合并）" : ""), o.RowKey);
        return rows;
    }

    [Theory]
    [MemberData(nameof(OutcomeRows))]
    public void Every_outcome_row_of_every_template_has_its_preconditions_and_its_legal_basis(string template, string rowKey)
    {
        Assert.True(OutcomeRules.TryGet(rowKey, out var rule), $"{template} 的处理结果行 {rowKey} 没有办结条件（OutcomeRules）");
        Assert.True(NoticeBases.TryGet(rowKey, out var basis), $"{template} 的处理结果行 {rowKey} 没有法律依据（NoticeBases）");
        // Reasons required by the notice are required at closing: one rule, not two.
        Assert.Equal(basis.RequiresDetails, rule.Requirements.Any(r => r.Field == "reasons"));
        Assert.All(rule.Requirements, r => Assert.False(string.IsNullOrWhiteSpace(r.Presupposes)));
    }

    [Fact]
    public void Every_rule_is_an_outcome_row_of_some_template()
    {
        var keys = TemplateCatalog.All.SelectMany(l => Outcomes.For(l)).Select(o => o.RowKey).ToHashSet();
        Assert.All(OutcomeRules.All, r => Assert.Contains(r.RowKey, keys));
        Assert.Equal(OutcomeRules.All.Length, OutcomeRules.All.Select(r => r.RowKey).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(OutcomeRows))]
    public void Each_precondition_missing_is_a_refusal_in_Chinese_naming_its_field(string template, string rowKey)
    {
        _ = template;
        OutcomeRules.TryGet(rowKey, out var rule);
        // A bare received case, no form, no facts, and a third party that objected and was not told of any decision:
        // every requirement of the row must refuse.
        var bare = Received("2025-03-03", form: null) with
        {
            Consultations = [new ConsultationFile(1, ConsultedParty.ThirdParty, "示范建设公司", D("2025-03-04"), D("2025-03-25"), D("2025-03-10"), ConsultationReply.Objected)],
        };
        var refusals = OutcomeRules.Check(bare, new Closing(D("2025-03-20"), rowKey));
        foreach (var r in rule.Requirements)
            Assert.Contains(refusals, x => x.Field == r.Field && x.Message.Any(ch => ch >= '\u4e00' && ch <= '\u9fff'));
        if (rule.Requirements.IsEmpty) Assert.Empty(refusals);
    }

    [Fact]
    public void Every_state_allows_some_step_and_only_a_closed_case_reopens()
    {
        foreach (var state in Enum.GetValues<CaseState>())
        {
            Assert.NotEmpty(CaseLifecycle.Allowed(state));
            Assert.Equal(state == CaseState.Closed, CaseLifecycle.Allowed(state).Contains(StepKind.Reopen));
            Assert.False(string.IsNullOrWhiteSpace(state.Label()));
        }
        foreach (var kind in Enum.GetValues<StepKind>()) Assert.False(string.IsNullOrWhiteSpace(kind.Label()));
    }

    [Fact]
    public void Every_term_the_desk_shows_has_its_Chinese_label()
    {
        foreach (var v in Enum.GetValues<InformationForm>()) Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", v.Label());
        foreach (var v in Enum.GetValues<ServiceMethod>()) Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", v.Label());
        foreach (var v in Enum.GetValues<ConsultedParty>()) Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", v.Label());
        foreach (var v in Enum.GetValues<ConsultationReply>()) Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", v.Label());
        foreach (var v in Enum.GetValues<FeeMethod>()) Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", v.Label());
        foreach (var v in Enum.GetValues<NotHeldBasis>()) Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", v.Label());
        foreach (var v in Enum.GetValues<ReopenReason>()) Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", v.Label());
        foreach (var v in Enum.GetValues<NoticeKind>()) Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", v.Label());
    }
}
