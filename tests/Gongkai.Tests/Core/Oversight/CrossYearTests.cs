using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Core.Oversight;

namespace Gongkai.Tests.Core.Oversight;

public sealed class CrossYearTests
{
    private static readonly Report Last2020 = TestReports.Consistent(TemplateId.V2019, year: 2020);
    private static readonly Report This2021 = TestReports.Consistent(TemplateId.V2021, year: 2021);

    [Fact]
    public void Consistent_consecutive_years_give_no_finding_across_the_change_of_format()
    {
        Assert.Empty(CrossYear.Check(Last2020, This2021));
        Assert.Empty(CrossYear.Check(This2021, TestReports.Consistent(TemplateId.V2021, year: 2022)));
    }

    public static TheoryData<string, decimal, string> Changed => new()
    {
        { "naturalPerson", 4, "自然人" },
        { "commercial", 2, "商业企业" },
        { "total", 0, "总计" },
    };

    [Theory]
    [MemberData(nameof(Changed))]
    public void A_changed_carried_over_cell_gives_one_finding_with_column_and_difference(string field, decimal value, string label)
    {
        var previous = Last2020.Applications["carriedForward", field]!.Value;
        var findings = CrossYear.Check(Last2020, This2021.With($"applications.carriedOver.{field}", value));

        var f = Assert.Single(findings);
        Assert.Equal("crossyear.carried-over", f.Rule);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal($"applications.carriedOver.{field}", f.Where);
        Assert.Equal(previous, f.Expected);
        Assert.Equal(value, f.Actual);
        Assert.StartsWith($"“{label}”列：2021年度", f.Message);
        Assert.Contains($"2020年度“四、结转下年度继续办理”为{previous}", f.Message);
        Assert.EndsWith($"相差{value - previous}", f.Message);
    }

    [Fact]
    public void The_carried_over_message_reads_in_full()
    {
        var f = Assert.Single(CrossYear.Check(Last2020, This2021.With("applications.carriedOver.naturalPerson", 3)));
        Assert.Equal("“自然人”列：2021年度“二、上年结转政府信息公开申请数量”为3，2020年度“四、结转下年度继续办理”为1，相差2", f.Message);
    }

    [Fact]
    public void Years_that_are_not_consecutive_or_unknown_are_not_compared()
    {
        var broken = This2021.With("applications.carriedOver.total", 9);
        Assert.Empty(CrossYear.Check(TestReports.Consistent(TemplateId.V2019, year: 2019), broken));
        Assert.Empty(CrossYear.Check(Last2020 with { Year = null }, broken));
        Assert.Empty(CrossYear.Check(broken, Last2020));
    }

    [Fact]
    public void A_null_cell_on_either_side_gives_no_finding_for_that_column()
    {
        var current = This2021.With("applications.carriedOver.total", 9).With("applications.carriedOver.naturalPerson", null);
        Assert.Empty(CrossYear.Check(Last2020.With("applications.carriedForward.total", null), current));
    }

    [Fact]
    public void In_force_equals_last_years_plus_issued_minus_repealed()
    {
        // Consistent 2021 reports print 3 in every proactive cell: 3 + 3 − 3 = 3.
        var previous = TestReports.Consistent(TemplateId.V2021, year: 2022);
        var current = TestReports.Consistent(TemplateId.V2021, year: 2023);
        Assert.Empty(CrossYear.Check(previous, current));

        var f = Assert.Single(CrossYear.Check(previous, current.With("proactive.normativeDocuments.issued", 10)));
        Assert.Equal("crossyear.in-force", f.Rule);
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal("proactive.normativeDocuments.inForce", f.Where);
        Assert.Equal(10m, f.Expected);
        Assert.Equal(3m, f.Actual);
        Assert.Contains("按2022年度现行有效3件加本年制发10件减本年废止3件应为10", f.Message);
        Assert.EndsWith("相差-7", f.Message);
    }

    [Fact]
    public void In_force_is_not_checked_against_a_2019_format_year_or_with_a_null_cell()
    {
        var current = This2021.With("proactive.regulations.inForce", 50);
        Assert.Empty(CrossYear.Check(Last2020, current));
        var previous = TestReports.Consistent(TemplateId.V2021, year: 2020);
        Assert.Single(CrossYear.Check(previous, current));
        Assert.Empty(CrossYear.Check(previous, current.With("proactive.regulations.repealed", null)));
    }
}
