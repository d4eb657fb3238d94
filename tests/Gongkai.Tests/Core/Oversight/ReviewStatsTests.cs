using Gongkai.Core.Layout;
using Gongkai.Core.Oversight;

namespace Gongkai.Tests.Core.Oversight;

public sealed class ReviewStatsTests
{
    [Fact]
    public void Correction_rate_is_corrected_over_concluded_per_row_and_combined()
    {
        // 行政复议 维持3 纠正2 其他1 未结4 总计10; 直接起诉 0 1 0 0 1; 复议后起诉 1 1 2 0 4.
        var report = TestReports.Consistent()
            .With("reviewLitigation.review.upheld", 3).With("reviewLitigation.review.corrected", 2)
            .With("reviewLitigation.review.other", 1).With("reviewLitigation.review.pending", 4).With("reviewLitigation.review.total", 10)
            .With("reviewLitigation.litigationAfterReview.upheld", 1).With("reviewLitigation.litigationAfterReview.corrected", 1)
            .With("reviewLitigation.litigationAfterReview.other", 2).With("reviewLitigation.litigationAfterReview.total", 4);

        var s = ReviewStats.Of(report);

        Assert.Equal(new CorrectionStats(2, 6, 10), s.Review);
        Assert.Equal(2m / 6m, s.Review.Rate);
        Assert.Equal(new CorrectionStats(1, 1, 1), s.LitigationDirect);
        Assert.Equal(1m, s.LitigationDirect.Rate);
        Assert.Equal(0.25m, s.LitigationAfterReview.Rate);
        Assert.Equal(new CorrectionStats(2, 5, 5), s.Litigation);
        Assert.Equal(0.4m, s.Litigation.Rate);
        Assert.Equal(new CorrectionStats(4, 11, 15), s.All);
    }

    [Fact]
    public void Nothing_concluded_has_no_rate_and_an_unreadable_cell_makes_the_values_unknown()
    {
        var s = ReviewStats.Of(TestReports.Consistent(TemplateId.V2021).With("reviewLitigation.review.other", null));
        Assert.Equal(new CorrectionStats(0, 0, 0), s.LitigationAfterReview);
        Assert.Null(s.LitigationAfterReview.Rate);
        Assert.Null(s.Review.Concluded);
        Assert.Null(s.Review.Rate);
        Assert.Equal(0m, s.Review.Corrected);
    }

    [Fact]
    public void The_keys_the_oversight_code_reads_exist_in_every_template()
    {
        foreach (var layout in TemplateCatalog.All)
        {
            foreach (var row in new[] { "review", "litigationDirect", "litigationAfterReview" })
                foreach (var field in new[] { "upheld", "corrected", "other", "pending", "total" })
                    Assert.True(layout.ReviewLitigation.CellIndex(row, field) >= 0, $"{layout.Template} {row}.{field}");
            Assert.True(layout.Applications.CellIndex("newReceived", "total") >= 0);
        }
        var v2021 = TemplateCatalog.Get(TemplateId.V2021);
        foreach (var row in new[] { "regulations", "normativeDocuments" })
            foreach (var field in new[] { "issued", "repealed", "inForce" })
                Assert.True(v2021.Proactive.CellIndex(row, field) >= 0, $"{row}.{field}");
    }
}
