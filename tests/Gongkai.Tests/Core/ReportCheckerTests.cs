using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Core.Rules;

namespace Gongkai.Tests.Core;

/// <summary>Table-driven: each row breaks one thing in a consistent report and names the finding that must follow.</summary>
public class ReportCheckerTests
{
    [Fact]
    public void A_consistent_report_has_no_findings_in_either_template()
    {
        Assert.Empty(ReportChecker.Check(TestReports.Consistent(TemplateId.V2019)).Findings);
        Assert.Empty(ReportChecker.Check(TestReports.Consistent(TemplateId.V2021)).Findings);
    }

    public static TheoryData<string, decimal, string, string, decimal?, decimal?> Breaks => new()
    {
        // cell changed, new value, rule, where, expected, actual
        { "applications.granted.naturalPerson", 3, "identity.row-total", "applications.granted.total", 5, 4 },
        { "applications.total.commercial", 2, "identity.outcomes-total", "applications.total.commercial", 1, 2 },
        { "applications.newReceived.research", 1, "identity.balance", "applications.newReceived+carriedOver=total+carriedForward.research", 0, 1 },
        { "applications.carriedForward.total", 4, "identity.balance", "applications.newReceived+carriedOver=total+carriedForward.total", 9, 6 },
        { "reviewLitigation.review.pending", 2, "identity.review-total", "reviewLitigation.review.total", 4, 2 },
        { "reviewLitigation.litigationAfterReview.total", 1, "identity.review-total", "reviewLitigation.litigationAfterReview.total", 0, 1 },
        { "proactive.regulations.totalPublished", 2, "proactive.total-below-new", "proactive.regulations.totalPublished", 3, 2 },
        { "proactive.licensing.change", -5, "proactive.negative-balance", "proactive.licensing.change", null, -2 },
        { "proactive.penalty.decisions", -1, "value.negative", "proactive.penalty.decisions", null, -1 },
        { "proactive.fees.previousCount", 2.5m, "value.non-integer", "proactive.fees.previousCount", null, 2.5m },
    };

    [Theory]
    [MemberData(nameof(Breaks))]
    public void Breaking_one_cell_gives_the_finding_at_that_place(string path, decimal value, string rule, string where, decimal? expected, decimal? actual)
    {
        var report = ReportChecker.Check(TestReports.Consistent().With(path, value));
        var f = Assert.Single(report.Findings, f => f.Rule == rule);
        Assert.Equal(where, f.Where);
        Assert.Equal(expected, f.Expected);
        Assert.Equal(actual, f.Actual);
        Assert.Equal(RuleCatalogue.Get(rule).Severity, f.Severity);
        Assert.DoesNotContain("{", f.Message);
    }

    [Fact]
    public void The_row_total_message_names_row_column_and_amounts_in_chinese()
    {
        var f = ReportChecker.Check(TestReports.Consistent().With("applications.granted.naturalPerson", 3)).Findings
            .Single(f => f.Rule == "identity.row-total");
        Assert.Equal("三、收到和处理政府信息公开申请情况“（一）予以公开”行“总计”列：印刷为4，六类申请人之和为5，相差-1", f.Message);
    }

    [Fact]
    public void A_null_cell_suspends_the_identities_that_read_it()
    {
        var report = ReportChecker.Check(TestReports.Consistent().With("applications.granted.naturalPerson", null));
        Assert.DoesNotContain(report.Findings, f => f.Rule.StartsWith("identity.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(TemplateId.V2019, 2021, "2021")]
    [InlineData(TemplateId.V2021, 2020, "2019")]
    public void A_template_used_for_the_wrong_year_is_a_warning(TemplateId template, int year, string want)
    {
        var f = Assert.Single(ReportChecker.Check(TestReports.Consistent(template, year: year)).Findings);
        Assert.Equal("template.year-mismatch", f.Rule);
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains($"应使用{want}年格式", f.Message);
    }

    [Fact]
    public void A_2021_report_with_one_other_row_is_a_mixed_layout_warning()
    {
        var f = Assert.Single(ReportChecker.Check(TestReports.Consistent(TemplateId.V2021, otherCollapsed: true)).Findings);
        Assert.Equal("template.mixed-layout", f.Rule);
        Assert.Equal("applications.other", f.Where);
    }

    [Fact]
    public void Reading_findings_survive_a_recheck_and_check_findings_are_not_doubled()
    {
        var report = TestReports.Consistent().With("applications.granted.naturalPerson", 3) with
        {
            Findings = [RuleCatalogue.CellRecovered.Make("applications.granted", null, null, ("place", "x"), ("printed", 6), ("expected", 7), ("values", "…"))],
        };
        var once = ReportChecker.Check(report);
        var twice = ReportChecker.Check(once);
        Assert.Equal(once.Findings.Select(f => f.Rule), twice.Findings.Select(f => f.Rule));
        Assert.Contains(twice.Findings, f => f.Rule == "read.cell-recovered");
    }

    /// <summary>A rule left out of the list has no Chinese title where findings are shown (read.ocr-title-unconfirmed was).</summary>
    [Fact]
    public void Every_rule_the_catalogue_declares_is_in_its_list()
    {
        var declared = typeof(RuleCatalogue).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(Rule)).Select(f => ((Rule)f.GetValue(null)!).Id);
        Assert.Empty(declared.Except(RuleCatalogue.All.Select(r => r.Id)));
    }

    [Fact]
    public void Every_catalogue_rule_has_an_id_severity_reads_and_a_chinese_message()
    {
        Assert.Equal(RuleCatalogue.All.Count, RuleCatalogue.All.Select(r => r.Id).Distinct().Count());
        Assert.All(RuleCatalogue.All, r =>
        {
            Assert.Matches("^[a-z]+\\.[a-z-]+$", r.Id);
            Assert.False(string.IsNullOrWhiteSpace(r.Reads));
            Assert.Contains(r.Template, c => c >= '\u4e00' && c <= '\u9fff');
        });
    }
}
