using FsCheck.Xunit;
using Gongkai.Core.Calendar;
using Gongkai.Core.Desk;
using Gongkai.Core.Layout;
using Gongkai.Core.Rules;

namespace Gongkai.Tests.Core.Desk;

public sealed class AnnualTallyTests
{
    /// <summary>Random cases over 2019–2026: received any day, some never closed, some closed with any outcome of their closing year.</summary>
    private static List<CaseFacts> RandomCases(int seed, int count)
    {
        var rng = new Random(seed);
        var start = new DateOnly(2019, 1, 1);
        var cases = new List<CaseFacts>();
        for (var i = 0; i < count; i++)
        {
            var received = start.AddDays(rng.Next(8 * 365));
            var kind = (ApplicantKind)rng.Next(6);
            if (rng.Next(5) == 0) { cases.Add(new CaseFacts(kind, received, null, null)); continue; }
            var closed = received.AddDays(rng.Next(0, 120));
            var outcomes = Outcomes.ForYear(closed.Year);
            cases.Add(new CaseFacts(kind, received, closed, outcomes[rng.Next(outcomes.Length)].RowKey));
        }
        if (rng.Next(3) == 0) cases.Add(new CaseFacts(ApplicantKind.Research, null, null, null)); // not yet received
        return cases;
    }

    [Property(MaxTest = 200)]
    public void A_computed_report_never_breaks_an_identity_of_its_template(int seed, byte size)
    {
        var cases = RandomCases(seed, size);
        for (var year = 2019; year <= 2026; year++)
        {
            var report = ReportChecker.Check(AnnualTally.Compute(year, cases, []));
            var broken = report.Findings.Where(f => f.Rule.StartsWith("identity.", StringComparison.Ordinal)).ToList();
            Assert.True(broken.Count == 0, $"seed {seed}, {year}: {string.Join("; ", broken.Select(f => f.Message))}");
        }
    }

    [Property(MaxTest = 200)]
    public void What_one_year_carries_forward_the_next_year_carries_over(int seed, byte size)
    {
        var cases = RandomCases(seed, size);
        for (var year = 2019; year < 2026; year++)
        {
            var now = AnnualTally.Compute(year, cases, []).Applications;
            var next = AnnualTally.Compute(year + 1, cases, []).Applications;
            foreach (var field in new[] { "naturalPerson", "commercial", "research", "socialWelfare", "legalService", "otherOrg", "total" })
                Assert.Equal(now["carriedForward", field], next["carriedOver", field]);
        }
    }

    [Property(MaxTest = 100)]
    public void Every_received_case_is_counted_once_as_new_in_its_year(int seed, byte size)
    {
        var cases = RandomCases(seed, size);
        var received = cases.Count(c => c.ReceivedOn is not null);
        var counted = Enumerable.Range(2019, 8).Sum(y => AnnualTally.Compute(y, cases, []).Applications["newReceived", "total"]!.Value);
        Assert.Equal(received, counted);
    }

    [Fact]
    public void A_case_received_in_December_and_answered_in_January_is_carried_forward_then_counted_in_the_new_format()
    {
        // Received 2020 (2019 format), answered 2021 (2021 format) with a 2021-only row.
        var c = new CaseFacts(ApplicantKind.LegalService, new DateOnly(2020, 12, 28), new DateOnly(2021, 1, 20), "other.noCorrection");
        var y2020 = AnnualTally.Compute(2020, [c], []);
        var y2021 = AnnualTally.Compute(2021, [c], []);
        Assert.Equal(TemplateId.V2019, y2020.Format);
        Assert.Equal(1m, y2020.Applications["newReceived", "legalService"]);
        Assert.Equal(1m, y2020.Applications["carriedForward", "legalService"]);
        Assert.Equal(0m, y2020.Applications["total", "total"]);
        Assert.Equal(TemplateId.V2021, y2021.Format);
        Assert.Equal(1m, y2021.Applications["carriedOver", "legalService"]);
        Assert.Equal(1m, y2021.Applications["other.noCorrection", "legalService"]);
        Assert.Equal(0m, y2021.Applications["carriedForward", "total"]);
    }

    [Fact]
    public void The_2021_rows_of_other_processing_count_as_the_one_2019_row_and_back()
    {
        var v2019 = TemplateCatalog.Get(TemplateId.V2019);
        var v2021 = TemplateCatalog.Get(TemplateId.V2021);
        Assert.Equal("other", Outcomes.RowFor(v2019, "other.feeUnpaid"));
        Assert.Equal("other.other", Outcomes.RowFor(v2021, "other"));
        Assert.Equal("withheld.stateSecret", Outcomes.RowFor(v2021, "withheld.stateSecret"));
        Assert.Throws<ArgumentException>(() => Outcomes.RowFor(v2021, "total"));
        Assert.Throws<ArgumentException>(() => Outcomes.RowFor(v2021, "newReceived"));
    }

    [Fact]
    public void The_outcome_catalogue_is_exactly_the_outcome_rows_of_each_years_template()
    {
        Assert.Equal(19, Outcomes.ForYear(2020).Length);
        Assert.Equal(21, Outcomes.ForYear(2021).Length);
        Assert.Contains(Outcomes.ForYear(2021), o => o.RowKey == "other.feeUnpaid");
        Assert.DoesNotContain(Outcomes.ForYear(2020), o => o.RowKey == "other.feeUnpaid");
        Assert.Equal("（三）不予公开 · 1.属于国家秘密", Outcomes.Find(2024, "withheld.stateSecret")!.DisplayName);
    }

    [Fact]
    public void Reviews_and_suits_count_in_the_year_filed_pending_until_decided_by_31_December()
    {
        ChallengeFacts[] challenges =
        [
            new(ChallengeKind.Review, new DateOnly(2024, 3, 1), new DateOnly(2024, 5, 1), ChallengeResult.Corrected),
            new(ChallengeKind.Review, new DateOnly(2024, 11, 1), new DateOnly(2025, 2, 1), ChallengeResult.Upheld),
            new(ChallengeKind.LitigationAfterReview, new DateOnly(2024, 6, 1), null, null),
            new(ChallengeKind.LitigationDirect, new DateOnly(2023, 6, 1), new DateOnly(2024, 1, 5), ChallengeResult.Other),
        ];
        var r = AnnualTally.Compute(2024, [], challenges).ReviewLitigation;
        Assert.Equal(1m, r["review", "corrected"]);
        Assert.Equal(1m, r["review", "pending"]);
        Assert.Equal(2m, r["review", "total"]);
        Assert.Equal(1m, r["litigationAfterReview", "pending"]);
        Assert.Equal(0m, r["litigationDirect", "total"]);
    }

    [Fact]
    public void A_closed_case_without_an_outcome_is_refused_not_miscounted()
    {
        var c = new CaseFacts(ApplicantKind.NaturalPerson, new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 5), null);
        Assert.Throws<ArgumentException>(() => AnnualTally.Compute(2024, [c], []));
    }
}

public sealed class ReceiptTests
{
    [Theory]
    [InlineData(Channel.InPerson, "2024-09-30", null, "2024-09-30")]
    [InlineData(Channel.RegisteredPost, "2024-09-27", "2024-09-30", "2024-09-30")]
    [InlineData(Channel.RegisteredPost, "2024-09-27", null, null)]
    [InlineData(Channel.OrdinaryPost, "2024-09-27", "2024-10-08", "2024-10-08")]
    [InlineData(Channel.Online, "2024-09-28", "2024-09-29", "2024-09-29")]
    [InlineData(Channel.Fax, "2024-09-28", null, null)]
    public void The_day_of_receipt_follows_article_31_by_channel(Channel channel, string submitted, string? confirmed, string? expected)
    {
        var r = DeskVocabulary.ReceivedOn(channel, DateOnly.Parse(submitted), confirmed is null ? null : DateOnly.Parse(confirmed));
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected), r.ReceivedOn);
        Assert.Contains("第三十一条", r.Explanation);
    }

    [Fact]
    public void A_confirmation_before_the_submission_is_refused()
    {
        Assert.Throws<ArgumentException>(() => DeskVocabulary.ReceivedOn(Channel.Online, new DateOnly(2024, 5, 6), new DateOnly(2024, 5, 5)));
    }

    [Theory]
    [InlineData("当面提交", Channel.InPerson)]
    [InlineData("窗口", Channel.InPerson)]
    [InlineData("邮寄", Channel.RegisteredPost)]
    [InlineData("EMS快递", Channel.RegisteredPost)]
    [InlineData("平信", Channel.OrdinaryPost)]
    [InlineData("网上申请", Channel.Online)]
    [InlineData("电子邮件", Channel.Online)]
    [InlineData("传真", Channel.Fax)]
    public void Ledger_wordings_of_channels_are_understood(string text, Channel expected) =>
        Assert.Equal(expected, DeskVocabulary.ParseChannel(text));

    [Fact]
    public void The_first_day_counted_is_the_day_after_receipt_even_on_a_make_up_Saturday()
    {
        // 2020-09-27 (Sunday) was a make-up working day before National Day: received that day, it is not itself counted.
        var clock = new StatutoryClock(WorkingCalendar.BuiltIn);
        var d = clock.Compute(new DeadlineRequest(new DateOnly(2020, 9, 27)));
        Assert.Equal(new DateOnly(2020, 10, 30), d.Due);
    }
}
