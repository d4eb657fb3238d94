using System.Collections.Immutable;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;

namespace Gongkai.Core.Desk;

/// <summary>What the annual report needs of one application: who asked, when it counted as received, when and how it was closed.</summary>
public sealed record CaseFacts(ApplicantKind Applicant, DateOnly? ReceivedOn, DateOnly? ClosedOn, string? OutcomeRow);

public enum ChallengeKind
{
    /// <summary>行政复议</summary>
    Review,
    /// <summary>未经复议直接起诉</summary>
    LitigationDirect,
    /// <summary>复议后起诉</summary>
    LitigationAfterReview,
}

public enum ChallengeResult
{
    /// <summary>结果维持</summary>
    Upheld,
    /// <summary>结果纠正</summary>
    Corrected,
    /// <summary>其他结果</summary>
    Other,
}

/// <summary>An administrative review or lawsuit over the agency's disclosure work, as section 四 counts it.</summary>
public sealed record ChallengeFacts(ChallengeKind Kind, DateOnly Filed, DateOnly? Decided, ChallengeResult? Result);

/// <summary>
/// Computes sections 三 and 四 of a year's annual report from the records, so that nobody adds up tables by hand.
/// Section 三: applications received in the year (一), those received earlier and still open on 1 January (二), those
/// closed in the year by outcome (三), and those still open on 31 December (四); the format's identity
/// 一 + 二 = 三（七）+ 四 then holds by construction. Section 四: reviews and suits filed in the year, by result as of
/// 31 December (尚未审结 when not yet decided).
/// </summary>
public static class AnnualTally
{
    public static ChallengeKind[] ChallengeRows => [ChallengeKind.Review, ChallengeKind.LitigationDirect, ChallengeKind.LitigationAfterReview];

    public static string RowKey(this ChallengeKind kind) => kind switch
    {
        ChallengeKind.Review => "review",
        ChallengeKind.LitigationDirect => "litigationDirect",
        ChallengeKind.LitigationAfterReview => "litigationAfterReview",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string FieldKey(this ChallengeResult result) => result switch
    {
        ChallengeResult.Upheld => "upheld",
        ChallengeResult.Corrected => "corrected",
        ChallengeResult.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(result)),
    };

    /// <summary>Is the case open at the end of <paramref name="day"/>? (received by then, not closed by then)</summary>
    public static bool OpenAtEndOf(CaseFacts c, DateOnly day) =>
        c.ReceivedOn is { } r && r <= day && (c.ClosedOn is not { } closed || closed > day);

    public static SectionData Applications(ReportLayout layout, int year, IEnumerable<CaseFacts> cases)
    {
        var section = layout.Applications;
        var cells = new decimal[section.CellCount];
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        void Add(string row, ApplicantKind who)
        {
            cells[section.CellIndex(row, who.FieldKey())]++;
            cells[section.CellIndex(row, "total")]++;
        }
        foreach (var c in cases)
        {
            if (c.ReceivedOn is not { } received || received > last) continue;
            if (c.ClosedOn is { } closedBefore && closedBefore < first) continue;
            if (c.ClosedOn is { } closed && closed < received)
                throw new ArgumentException($"办结日期{closed:yyyy-MM-dd}早于收到申请日期{received:yyyy-MM-dd}", nameof(cases));
            Add(received >= first ? "newReceived" : "carriedOver", c.Applicant);
            if (c.ClosedOn is { } done && done <= last)
            {
                var outcome = c.OutcomeRow ?? throw new ArgumentException($"已办结（{done:yyyy-MM-dd}）的申请没有处理结果", nameof(cases));
                Add(Outcomes.RowFor(layout, outcome), c.Applicant);
                Add("total", c.Applicant);
            }
            else
            {
                Add("carriedForward", c.Applicant);
            }
        }
        return new SectionData(section, [.. cells.Select(v => (decimal?)v)]);
    }

    public static SectionData ReviewLitigation(ReportLayout layout, int year, IEnumerable<ChallengeFacts> challenges)
    {
        var section = layout.ReviewLitigation;
        var cells = new decimal[section.CellCount];
        var last = new DateOnly(year, 12, 31);
        foreach (var ch in challenges)
        {
            if (ch.Filed.Year != year) continue;
            var row = ch.Kind.RowKey();
            var field = ch.Decided is { } d && d <= last && ch.Result is { } result ? result.FieldKey() : "pending";
            cells[section.CellIndex(row, field)]++;
            cells[section.CellIndex(row, "total")]++;
        }
        return new SectionData(section, [.. cells.Select(v => (decimal?)v)]);
    }

    /// <summary>The year's report with sections 三 and 四 computed and section 二 as given (empty when not yet entered).</summary>
    public static Report Compute(int year, IEnumerable<CaseFacts> cases, IEnumerable<ChallengeFacts> challenges, SectionData? proactive = null)
    {
        var layout = TemplateCatalog.Get(TemplateIds.ForYear(year));
        if (proactive is not null && proactive.Layout != layout.Proactive)
            throw new ArgumentException("section 二 belongs to another template", nameof(proactive));
        return Report.Blank(layout) with
        {
            Year = year,
            Proactive = proactive ?? SectionData.Empty(layout.Proactive),
            Applications = Applications(layout, year, cases),
            ReviewLitigation = ReviewLitigation(layout, year, challenges),
        };
    }
}
