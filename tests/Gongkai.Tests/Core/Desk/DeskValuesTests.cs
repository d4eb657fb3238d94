using Gongkai.Core.Desk;
using Gongkai.Core.Layout;
using static Gongkai.Tests.Core.Desk.DeskScenario;

namespace Gongkai.Tests.Core.Desk;

/// <summary>The desk's small values: applicant identity, request similarity, notice numbers, report timing, the register's tally.</summary>
public class DeskValuesTests
{
    [Theory]
    [InlineData("11010519491231002X", IdentityKind.ResidentId, true)]      // GB 11643's own example
    [InlineData("11010519491231002x ", IdentityKind.ResidentId, true)]
    [InlineData("110105194912310021", IdentityKind.ResidentId, false)]
    [InlineData("91350100M000100Y43", IdentityKind.CreditCode, true)]      // a published example of GB 32100
    [InlineData("91350100M000100Y44", IdentityKind.CreditCode, false)]
    [InlineData("E12345678", IdentityKind.Other, true)]
    public void Identity_numbers_are_normalised_and_their_check_characters_verified(string number, IdentityKind kind, bool valid)
    {
        var id = ApplicantIdentity.Of(number)!.Value;
        Assert.Equal(kind, id.Kind);
        Assert.Equal(valid, id.ChecksumValid);
        Assert.Equal(valid, id.Warning is null);
    }

    [Fact]
    public void The_same_number_written_differently_is_the_same_applicant() =>
        Assert.Equal(ApplicantIdentity.KeyOf("110105 1949 1231 002x"), ApplicantIdentity.KeyOf("11010519491231002X"));

    [Fact]
    public void Similar_requests_are_found_and_unrelated_ones_are_not()
    {
        Assert.True(RequestSimilarity.AreSimilar("申请公开2024年度示范路改造工程的招标文件", "请求公开示范路改造工程2024年度招标文件。"));
        Assert.False(RequestSimilarity.AreSimilar("申请公开2024年度示范路改造工程的招标文件", "某小区规划许可证"));
        Assert.Equal(1.0, RequestSimilarity.Of("2024年度部门预算", "2024年度部门预算"));
    }

    [Fact]
    public void Notice_numbers_carry_the_agencys_code_the_year_and_a_running_number()
    {
        Assert.Equal("示府办公开〔2026〕12号", NoticeNumbers.Format("示府办公开", 2026, 12));
        Assert.Equal("〔2026〕3号", NoticeNumbers.Format(null, 2026, 3));
        Assert.NotNull(NoticeNumbers.Problem("示府办〔公开〕"));
        Assert.Null(NoticeNumbers.Problem("示府办公开"));
    }

    [Fact]
    public void A_years_report_is_sent_and_dated_only_after_the_year()
    {
        Assert.NotNull(ReportTiming.SubmitProblem(2026, D("2026-12-06")));
        Assert.Contains("第四十九条", ReportTiming.SubmitProblem(2026, D("2026-12-31")));
        Assert.Null(ReportTiming.SubmitProblem(2026, D("2027-01-01")));
        Assert.Contains("晚于今天", ReportTiming.PublishedProblem(2026, D("2027-01-20"), D("2026-12-06")));
        Assert.Contains("不在2026年度结束之后", ReportTiming.PublishedProblem(2026, D("2026-12-30"), D("2027-01-05")));
        Assert.Null(ReportTiming.PublishedProblem(2026, D("2027-01-20"), D("2027-01-20")));
    }

    [Fact]
    public void The_register_feeds_every_row_of_section_two_it_can_count()
    {
        var layout = TemplateCatalog.Get(TemplateId.V2021).Proactive;
        ProactiveEntry[] items =
        [
            new("regulations", D("2024-05-01")), new("regulations", D("2025-03-01")), new("regulations", D("2023-01-01"), RepealedOn: D("2025-06-30")),
            new("normativeDocuments", D("2025-02-01")),
            new("licensing", D("2025-04-01"), Quantity: 120), new("licensing", D("2025-05-01")),
            new("penalty", D("2025-04-01"), Quantity: 7),
            new("fees", D("2025-12-31"), Quantity: 35.083m),
        ];
        var s = ProactiveTally.FromRegister(layout, 2025, items);
        Assert.Equal(1m, s["regulations", "issued"]);
        Assert.Equal(1m, s["regulations", "repealed"]);
        Assert.Equal(2m, s["regulations", "inForce"]);
        Assert.Equal(1m, s["normativeDocuments", "issued"]);
        Assert.Equal(121m, s["licensing", "decisions"]);
        Assert.Equal(7m, s["penalty", "decisions"]);
        Assert.Equal(0m, s["enforcement", "decisions"]);
        Assert.Equal(35.083m, s["fees", "amountWan"]);
        Assert.True(ProactiveTally.IsEmpty(ProactiveTally.FromRegister(layout, 2025, [])));
        // An amount row with an entry lacking its amount is left blank, never a guessed sum.
        Assert.Null(ProactiveTally.FromRegister(layout, 2025, [new("fees", D("2025-01-02"))])["fees", "amountWan"]);
    }

    [Fact]
    public void Fees_charged_reach_section_six()
    {
        Assert.Equal("2025年度，本机关未收取政府信息公开信息处理费。", InformationFees.AnnualSentence(2025, 0, 0));
        Assert.Equal("2025年度，本机关依据《政府信息公开信息处理费管理办法》收取政府信息公开信息处理费共计300元，涉及申请2件。", InformationFees.AnnualSentence(2025, 2, 300));
    }
}
