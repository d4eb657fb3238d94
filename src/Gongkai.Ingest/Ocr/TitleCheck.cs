using System.Globalization;
using Gongkai.Core.Model;
using Gongkai.Core.Rules;
using Gongkai.Ingest.Text;

namespace Gongkai.Ingest.Ocr;

/// <summary>
/// A scan's agency and year come from OCR of its title, which no identity checks: Tesseract read 广州市番禺区人民政府 as
/// 番明区 and as 秋忆区 on clean pages. So they are given only when a second, independent reading of the first page's
/// top lines (<see cref="IOcrEngine.ReadLineAgain"/>) holds them too; otherwise null, with a finding showing both.
/// </summary>
internal static class TitleCheck
{
    public static Report Apply(Report report, IReadOnlyList<TitleReading> title)
    {
        if (report.Agency is null && report.Year is null) return report;
        var second = TextNormalizer.MatchKey(string.Concat(title.Select(t => t.Second)));
        var agencyHeld = report.Agency is not { } a || second.Contains(TextNormalizer.MatchKey(a), StringComparison.Ordinal);
        var yearHeld = report.Year is not { } y || second.Contains(y.ToString(CultureInfo.InvariantCulture) + "年", StringComparison.Ordinal);
        if (agencyHeld && yearHeld) return report;
        var what = (agencyHeld, yearHeld) switch
        {
            (false, false) => "机关名称和报告年度",
            (false, true) => "机关名称",
            _ => "报告年度",
        };
        var first = TextNormalizer.MatchKey(string.Concat(title.Select(t => t.First)));
        var finding = RuleCatalogue.OcrTitleUnconfirmed.Make(agencyHeld ? "year" : "agency", null, null,
            ("first", Shown(first)), ("second", Shown(second)), ("what", what));
        return report with
        {
            Agency = agencyHeld ? report.Agency : null,
            Year = yearHeld ? report.Year : null,
            Findings = [.. report.Findings, finding],
        };
    }

    /// <summary>The readings as the finding shows them: up to the title's end (报告) where it has one, at most 60 characters.</summary>
    private static string Shown(string reading)
    {
        var end = reading.IndexOf("报告", StringComparison.Ordinal);
        var length = end >= 0 ? end + 2 : reading.Length;
        return length <= 60 ? reading[..length] : reading[..60] + "…";
    }
}
