using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Core.Oversight;

namespace Gongkai.Tests.Core.Oversight;

public sealed class AnomaliesTests
{
    private static UnitYear Unit(string id, int year, decimal? newReceived) =>
        new(id, id + "局", year, TestReports.Consistent(TemplateIds.ForYear(year), year: year).With("applications.newReceived.total", newReceived));

    /// <summary>A report whose sections 三 and 四 are entirely zero.</summary>
    private static UnitYear Silent(string id, int year)
    {
        var r = TestReports.Consistent(TemplateIds.ForYear(year), year: year);
        r = r with
        {
            Applications = new SectionData(r.Layout.Applications, [.. r.Applications.Cells.Select(_ => (decimal?)0)]),
            ReviewLitigation = new SectionData(r.Layout.ReviewLitigation, [.. r.ReviewLitigation.Cells.Select(_ => (decimal?)0)]),
        };
        return new UnitYear(id, id + "街道", year, r);
    }

    public static TheoryData<decimal, decimal, bool> Jumps => new()
    {
        { 10, 40, true },    // ×4, +30
        { 90, 20, true },    // ÷4.5, −70
        { 0, 25, true },     // from nothing, +25
        { 100, 120, false }, // steady
        { 5, 14, false },    // ×2.8
        { 2, 15, false },    // ×7.5 but only +13
        { 60, 20, true },    // exactly a third, −40
    };

    [Theory]
    [MemberData(nameof(Jumps))]
    public void A_year_on_year_jump_is_flagged_only_when_both_ratio_and_size_are_large(decimal last, decimal now, bool flagged)
    {
        var found = Anomalies.Find([Unit("a", 2021, last), Unit("a", 2022, now)], new AnomalyOptions { CorrectionRate = false })
            .Where(x => x.Kind == AnomalyKind.YearOnYearJump).ToList();
        if (!flagged) { Assert.Empty(found); return; }
        var a = Assert.Single(found);
        Assert.Equal(("a", 2022, "applications.newReceived.total", now, last), (a.UnitId, a.Year, a.Where, a.Value!.Value, a.Reference!.Value));
        Assert.Contains($"2022年度新收政府信息公开申请{now}件，2021年度为{last}件", a.Message);
    }

    [Fact]
    public void Jump_thresholds_come_from_the_options()
    {
        var data = new[] { Unit("a", 2021, 5), Unit("a", 2022, 14) };
        Assert.Single(Anomalies.Find(data, new AnomalyOptions { JumpRatio = 2, JumpMinChange = 5 }), a => a.Kind == AnomalyKind.YearOnYearJump);
    }

    [Fact]
    public void Years_apart_or_different_units_are_not_compared()
    {
        Assert.Empty(Anomalies.Find([Unit("a", 2020, 10), Unit("a", 2022, 100)]));
        Assert.Empty(Anomalies.Find([Unit("a", 2021, 10), Unit("b", 2022, 100)]));
    }

    [Fact]
    public void An_all_zero_unit_among_busy_peers_is_flagged_with_the_peers_median()
    {
        var data = new[] { Silent("z", 2022), Unit("a", 2022, 30), Unit("b", 2022, 40), Unit("c", 2022, 500), Silent("old", 2021) };
        var a = Assert.Single(Anomalies.Find(data), x => x.Kind == AnomalyKind.AllZeros);
        Assert.Equal(("z", 2022, 0m, 40m), (a.UnitId, a.Year, a.Value!.Value, a.Reference!.Value));
        Assert.Equal("z街道2022年度第三、四部分全部为零或空白，而同年3个同级单位新收申请数的中位数为40件，请核实是否漏报", a.Message);
    }

    [Fact]
    public void An_all_zero_unit_among_quiet_peers_is_not_flagged()
    {
        var data = new[] { Silent("z", 2022), Unit("a", 2022, 2), Unit("b", 2022, 9), Unit("c", 2022, 300) };
        Assert.DoesNotContain(Anomalies.Find(data), x => x.Kind == AnomalyKind.AllZeros);
    }

    [Fact]
    public void A_unit_alone_in_its_year_has_no_peers_to_be_quiet_against()
    {
        Assert.Empty(Anomalies.Find([Silent("z", 2022)]));
    }

    [Fact]
    public void A_correction_rate_far_above_the_peers_is_flagged()
    {
        UnitYear Cases(string id, decimal upheld, decimal corrected)
        {
            var u = Unit(id, 2022, 10);
            return u with { Report = u.Report.With("reviewLitigation.review.upheld", upheld).With("reviewLitigation.review.corrected", corrected)
                .With("reviewLitigation.review.other", 0).With("reviewLitigation.litigationDirect.corrected", 0) };
        }
        var data = new[] { Cases("hot", 2, 6), Cases("a", 9, 1), Cases("b", 10, 0) };

        var a = Assert.Single(Anomalies.Find(data));
        Assert.Equal((AnomalyKind.CorrectionRateOutlier, "hot", 0.75m, 0.05m), (a.Kind, a.UnitId, a.Value!.Value, a.Reference!.Value));
        Assert.Contains("纠错率75%", a.Message);
        Assert.Empty(Anomalies.Find(data, new AnomalyOptions { CorrectionRate = false }));
    }

    [Fact]
    public void Two_reports_of_one_unit_for_one_year_are_a_caller_error()
    {
        Assert.Throws<ArgumentException>(() => Anomalies.Find([Unit("a", 2022, 1), Unit("a", 2022, 2)]));
    }
}
