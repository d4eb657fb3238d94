using Gongkai.Core.Model;
using K = Gongkai.Core.Oversight.OversightKeys;

namespace Gongkai.Core.Oversight;

/// <summary>
/// Outcomes of one row of section 四 (行政复议, or one kind of 行政诉讼) as supervisors read them.
/// <para>
/// 纠错率 = 结果纠正 ÷ 已审结, where 已审结 = 结果维持 + 结果纠正 + 其他结果 (everything but 尚未审结). Pending cases
/// are left out of the denominator on purpose: a case still open has not been corrected <em>yet</em>, and counting
/// it would make an office with many late filings look better than one whose cases all concluded.
/// </para>
/// Any value is <c>null</c> when a cell it needs is unreadable; <see cref="Rate"/> is also <c>null</c> when nothing
/// concluded (0 ÷ 0 is not a rate of 0%).
/// </summary>
public sealed record CorrectionStats(decimal? Corrected, decimal? Concluded, decimal? Total)
{
    public decimal? Rate => Corrected is decimal c && Concluded is decimal d && d != 0 ? c / d : null;

    /// <summary>Two rows added cell by cell (e.g. both kinds of 行政诉讼); null stays null.</summary>
    public static CorrectionStats operator +(CorrectionStats a, CorrectionStats b) =>
        new(a.Corrected + b.Corrected, a.Concluded + b.Concluded, a.Total + b.Total);

    internal static CorrectionStats Of(SectionData section, string row) => new(
        section[row, K.Corrected],
        section[row, K.Upheld] + section[row, K.Corrected] + section[row, K.OtherResult],
        section[row, K.TotalField]);
}

/// <summary>
/// 纠错率 of one report's section 四: 行政复议, and 行政诉讼 split as the format prints it (未经复议直接起诉, 复议后起诉)
/// and combined. Both templates print section 四 the same way.
/// </summary>
public sealed record ReviewStats(CorrectionStats Review, CorrectionStats LitigationDirect, CorrectionStats LitigationAfterReview)
{
    /// <summary>All 行政诉讼: 未经复议直接起诉 plus 复议后起诉.</summary>
    public CorrectionStats Litigation => LitigationDirect + LitigationAfterReview;

    /// <summary>行政复议 and 行政诉讼 together: what an office's decisions lost, however they were challenged.</summary>
    public CorrectionStats All => Review + Litigation;

    public static ReviewStats Of(Report report) => Of(report.ReviewLitigation);

    public static ReviewStats Of(SectionData reviewLitigation) => new(
        CorrectionStats.Of(reviewLitigation, K.Review),
        CorrectionStats.Of(reviewLitigation, K.LitigationDirect),
        CorrectionStats.Of(reviewLitigation, K.LitigationAfterReview));
}
