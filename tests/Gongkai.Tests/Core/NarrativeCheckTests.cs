using Gongkai.Core.Model;
using Gongkai.Core.Rules;
using Gongkai.Ingest;
using Gongkai.Ingest.Text;
using Gongkai.Tests.Ingest;

namespace Gongkai.Tests.Core;

/// <summary>Numbers quoted in the prose against the tables (TestReports.Consistent: 5 received, 1 carried over, 5 handled, 1 carried forward, 2 reviews, 1 suit).</summary>
public class NarrativeCheckTests
{
    private static List<Finding> Check(string overview) =>
        [.. ReportChecker.Check(TestReports.Consistent().WithOverview(overview)).Findings];

    public static TheoryData<string> Consistent => new()
    {
        "全年共受理政府信息公开申请5件，结转上年政府信息公开申请1件，1件结转下年度继续办理。",
        "2020 年办理政府信息公开申请 5 件，按时办结率为 100%。",
        "被行政复议共2件，其中结果维持1宗、结果纠正0宗、其他结果1宗、尚未审结0宗；被行政诉讼共1件，结果维持0宗、结果纠正1宗、其他结果0宗、尚未审结0宗。",
        "主动公开政府信息 20 条，其中规章 3 条、规范性文件 3 条、其他信息 14 条。",
        "累计梳理发布政务公开事项 2111 项，其中区级目录共有 139 个一级事项、978 个二级事项。",
        "共发布政策解读74份，其中视频解读2份。",
    };

    [Theory]
    [MemberData(nameof(Consistent))]
    public void Prose_that_agrees_with_the_tables_gives_no_finding(string overview) => Assert.Empty(Check(overview));

    public static TheoryData<string, string, decimal, decimal> Contradictions => new()
    {
        // prose, rule, expected, actual
        { "全区共受理政府信息公开申请454件。", "narrative.table-mismatch", 5, 454 },
        { "结转上年政府信息公开申请15件。", "narrative.table-mismatch", 1, 15 },
        { "其中460件按时办结，9件结转下年度继续办理。", "narrative.table-mismatch", 1, 9 },
        { "被行政复议共20件。", "narrative.table-mismatch", 2, 20 },
        { "承办政府信息公开类诉讼 12 件。", "narrative.table-mismatch", 1, 12 },
        { "主动公开政府信息 215 条，其中规章 3 条、规范性文件 3 条、其他信息 199 条。", "narrative.parts-sum", 215, 205 },
        { "主动公开政府信息 20 条，其中规章 3 条、政务动态 30 条。", "narrative.parts-exceed", 20, 33 },
    };

    [Theory]
    [MemberData(nameof(Contradictions))]
    public void Prose_that_contradicts_gives_one_finding_with_both_numbers(string overview, string rule, decimal expected, decimal actual)
    {
        var f = Assert.Single(Check(overview));
        Assert.Equal(rule, f.Rule);
        Assert.Equal(expected, f.Expected);
        Assert.Equal(actual, f.Actual);
        Assert.Equal("narrative.overview", f.Where);
    }

    [Fact]
    public void Review_parts_are_checked_against_the_table_and_their_own_total()
    {
        var findings = Check("被行政复议共2件，其中结果维持2宗、结果纠正0宗、其他结果1宗、尚未审结0宗。");
        Assert.Contains(findings, f => f.Rule == "narrative.table-mismatch" && f.Expected == 1 && f.Actual == 2 && f.Message.Contains("结果维持"));
        Assert.Contains(findings, f => f.Rule == "narrative.parts-sum" && f.Expected == 2 && f.Actual == 3);
    }

    [Fact]
    public void A_listed_regulation_count_is_checked_against_section_two()
    {
        var f = Assert.Single(Check("主动公开政府信息 20 条，其中规章 5 条、规范性文件 3 条、其他信息 12 条。"));
        Assert.Equal("narrative.table-mismatch", f.Rule);
        Assert.Contains("规章", f.Message);
        Assert.Equal(3m, f.Expected);
        Assert.Equal(5m, f.Actual);
    }

    [Fact]
    public void Prose_is_read_across_line_breaks_and_full_width_digits()
    {
        var f = Assert.Single(Check("全年共受理政府信息公开\n\n申请 ４５ 件。"));
        Assert.Equal(45m, f.Actual);
    }

    [Theory]
    [InlineData("全年共受理政府信息公开申请٤٥٤件。")]   // Arabic-Indic
    [InlineData("全年共受理政府信息公开申请۴۵۴件。")]   // Extended Arabic-Indic (Persian)
    [InlineData("全年共受理政府信息公开申请४५४件。")]   // Devanagari
    [InlineData("全年共受理政府信息公开申请4٥4件。")]   // mixed scripts, read digit by digit
    public void Prose_digits_of_another_script_are_read_by_their_value_not_refused(string overview)
    {
        // NFKC leaves these digits as they are and \d matches them; decimal.Parse threw, failing the whole report.
        var f = Assert.Single(Check(overview));
        Assert.Equal("narrative.table-mismatch", f.Rule);
        Assert.Equal(454m, f.Actual);
    }

    [Fact]
    public void Every_decimal_digit_of_every_script_reads_as_its_own_value()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            if (!char.IsDigit(c)) continue;
            var d = (int)char.GetNumericValue(c);
            Assert.InRange(d, 0, 9);
            Assert.Equal(d * 100 + 10 + d, NarrativeCheck.DigitsValue($"{c}1{c}"));
        }
        Assert.Equal(999_999_999_999m, NarrativeCheck.DigitsValue("999999999999"));
        Assert.Equal(7m, NarrativeCheck.DigitsValue("007"));
    }

    private static string Copy(string? s) => s is null ? null! : new string(s.AsSpan());

    private static List<string> Findings(Report report) =>
        [.. ReportChecker.Check(report).Findings.Select(f => $"{f.Rule} {f.Where} {f.Expected} {f.Actual} {f.Message}")];

    [Fact]
    public void The_checker_gives_the_same_findings_whether_the_reader_matched_the_prose_first_or_not()
    {
        // The reader's prose matches (QuotedCells) are kept for the checker by reference to the prose's strings; a
        // report whose prose is another string with the same text (not read from text here) is matched afresh.
        var reports = new List<Report>();
        foreach (var file in Directory.GetFiles(RealCorpus.Dir, "*.txt").Concat(Directory.GetFiles(SharedFiles.SeedsDir, "*.txt")))
        {
            try { reports.Add(ReportTextReader.Read(File.ReadAllText(file), file)); }
            catch (NotAReportException) { }
        }
        foreach (var prose in Consistent.Concat(Contradictions.Select(row => (string)row[0])))
            reports.Add(TestReports.Consistent().WithOverview(prose + "\n" + prose + "第٣页"));
        var narrative = 0;
        foreach (var report in reports)
        {
            var n = report.Narrative;
            var copy = report with { Narrative = new Narrative(Copy(n.Preamble), Copy(n.Overview), Copy(n.Problems), Copy(n.Other)) };
            var fresh = Findings(copy);
            var quotedFresh = NarrativeCheck.QuotedCells(copy.Narrative, report.Format);
            var quoted = NarrativeCheck.QuotedCells(report.Narrative, report.Format); // as the reader does, before the check
            var primed = Findings(report);
            Assert.Equal(fresh, primed);
            Assert.Equal(quotedFresh, quoted);
            narrative += primed.Count(f => f.StartsWith("narrative.", StringComparison.Ordinal));
        }
        Assert.True(reports.Count > 40 && narrative >= 10, $"{reports.Count} reports, {narrative} narrative findings");
    }
}
