using Gongkai.Core.Model;
using Gongkai.Ingest.Ocr;
using Gongkai.Tests.Core;

namespace Gongkai.Tests.Ingest;

/// <summary>An OCR'd number that the identities reject is not given: it is null, with a finding that says what was read.</summary>
public class OcrVerifyTests
{
    [Fact]
    public void A_consistent_report_is_left_as_it_is()
    {
        var report = TestReports.Consistent();
        Assert.Same(report, OcrVerify.Apply(report));
    }

    [Fact]
    public void One_misread_cell_that_alone_explains_every_broken_identity_is_null_and_the_finding_gives_the_value_they_ask()
    {
        // granted.naturalPerson is 2; read as 8 it breaks its row total, its column's 总计 and nothing else.
        var report = TestReports.Consistent().With("applications.granted.naturalPerson", 8);

        var verified = OcrVerify.Apply(report);

        Assert.Null(verified.Applications["granted", "naturalPerson"]);
        var f = Assert.Single(verified.Findings);
        Assert.Equal("read.ocr-unconfirmed", f.Rule);
        Assert.Equal("applications.granted.naturalPerson", f.Where);
        Assert.Equal(2, f.Expected);
        Assert.Equal(8, f.Actual);
        Assert.Contains("OCR 识别为8，按勾稽关系应为2", f.Message);
        // Every other cell is kept.
        Assert.Equal(TestReports.Consistent().Applications.Cells.Count(c => c is not null) - 1, verified.Applications.Cells.Count(c => c is not null));
    }

    [Fact]
    public void Two_misread_cells_null_every_cell_of_the_identities_they_break_and_nothing_is_guessed()
    {
        var report = TestReports.Consistent()
            .With("applications.granted.naturalPerson", 8)
            .With("applications.notProcessed.repeated.naturalPerson", 7);

        var verified = OcrVerify.Apply(report);

        Assert.Null(verified.Applications["granted", "naturalPerson"]);
        Assert.Null(verified.Applications["notProcessed.repeated", "naturalPerson"]);
        Assert.All(verified.Findings, f => Assert.Equal("read.ocr-unconfirmed", f.Rule));
        Assert.All(verified.Findings, f => Assert.Null(f.Expected));
        // What is left holds every identity: no wrong number survives.
        Assert.DoesNotContain(Gongkai.Core.Rules.ReportChecker.CheckTables(verified), f => f.Rule.StartsWith("identity.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_row_total_that_either_a_part_or_the_total_could_have_broken_nulls_the_whole_row()
    {
        // 复议 printed 1 0 1 0 2; 结果维持 read as 6: a misread 6 or a misread total explain it equally.
        var report = TestReports.Consistent().With("reviewLitigation.review.upheld", 6);

        var verified = OcrVerify.Apply(report);

        foreach (var field in new[] { "upheld", "corrected", "other", "pending", "total" })
            Assert.Null(verified.ReviewLitigation["review", field]);
        Assert.Equal(5, verified.Findings.Length);
        Assert.Equal(1, verified.ReviewLitigation["litigationDirect", "total"]);
    }
}
