using Gongkai.Core.Desk;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Core.Oversight;
using Gongkai.Core.Rules;
using Gongkai.Render;
using Gongkai.Web.Data;

namespace Gongkai.Web.Features.Oversight;

/// <summary>
/// Deterministic demonstration reports for the supervising office's registry: each unit's sections 三 and 四 are
/// computed by the desk's own tally (<see cref="AnnualTally"/>) from generated case facts spanning the years, so the
/// reports balance and one year's 结转下年度 is the next year's 上年结转; section 二 is generated within its rules.
/// </summary>
public static class SampleReports
{
    /// <summary>A unit's reports for consecutive <paramref name="years"/>, checked, in year order.</summary>
    public static IReadOnlyList<Report> ForUnit(string agency, IReadOnlyList<int> years, int seed)
    {
        var rng = new Random(seed);
        var first = new DateOnly(years.Min(), 1, 1);
        var last = new DateOnly(years.Max(), 12, 31);
        var span = last.DayNumber - first.DayNumber;
        var cases = new List<CaseFacts>();
        var challenges = new List<ChallengeFacts>();
        var count = rng.Next(5, 60);
        for (var i = 0; i < count; i++)
        {
            var received = first.AddDays(rng.Next(span));
            var kind = rng.Next(10) < 7 ? ApplicantKind.NaturalPerson : (ApplicantKind)rng.Next(1, 6);
            var closed = received.AddDays(rng.Next(3, 45));
            // Applications still open at the end of the last year are carried forward.
            if (closed > last) { cases.Add(new CaseFacts(kind, received, null, null)); continue; }
            var outcomes = Outcomes.ForYear(closed.Year);
            var outcome = rng.Next(10) < 5 ? outcomes.First(o => o.RowKey == "granted").RowKey : outcomes[rng.Next(outcomes.Length)].RowKey;
            cases.Add(new CaseFacts(kind, received, closed, outcome));
            if (rng.Next(12) == 0)
            {
                var filed = closed.AddDays(rng.Next(10, 60));
                if (filed > last) continue;
                var decided = filed.AddDays(60) <= last ? filed.AddDays(60) : (DateOnly?)null;
                challenges.Add(new ChallengeFacts((ChallengeKind)rng.Next(3), filed, decided, decided is null ? null : (ChallengeResult)rng.Next(3)));
            }
        }
        return [.. years.Order().Select(year =>
        {
            var layout = TemplateCatalog.Get(TemplateIds.ForYear(year));
            var report = AnnualTally.Compute(year, cases, challenges, Proactive(layout.Proactive, rng)) with { Agency = agency };
            return ReportChecker.Check(report);
        })];
    }

    /// <summary>The same report with 三、一 本年新收 总计 one more than its columns add up to: the deliberate error of the demonstration.</summary>
    public static Report WithBrokenTotal(Report report)
    {
        var i = report.Applications.Layout.CellIndex("newReceived", "total");
        var broken = report.WithSection(report.Applications.With(i, (report.Applications[i] ?? 0) + 1));
        return ReportChecker.Check(broken with { Findings = [] });
    }

    /// <summary>Stores <paramref name="report"/> as filed on <paramref name="filed"/>, with its rendered DOCX as the original file.</summary>
    public static FiledReport File(Report report, int agencyId, DateOnly filed)
    {
        report = report with { Published = filed };
        var bytes = ReportRenderer.Render(report, RenderFormat.Docx);
        var sha = FiledReports.Sha256Hex(bytes);
        var name = $"{report.Agency}{report.Year}年政府信息公开工作年度报告.docx";
        var row = FiledReports.ToRow(report, agencyId, report.Year!.Value, sha, name, "docx", FilingSource.Upload,
            new DateTimeOffset(filed.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)).ToUniversalTime());
        row.ReceivedBy = "gkb";
        row.File = new ReportFile { Sha256 = sha, FileName = name, ContentType = Collector.ContentType("docx"), Content = bytes };
        return row;
    }

    private static SectionData Proactive(SectionLayout layout, Random rng)
    {
        var data = SectionData.Empty(layout);
        foreach (var row in layout.Rows)
        {
            var published = rng.Next(0, 20);
            for (var f = 0; f < row.Fields.Length; f++)
            {
                var field = row.Fields[f];
                decimal value = field.Key switch
                {
                    "newlyPublished" => published,
                    "newlyMade" => published + rng.Next(0, 3),
                    "totalPublished" or "inForce" => published + rng.Next(0, 80),
                    "change" => rng.Next(-3, 4),
                    "previousCount" => rng.Next(3, 60),
                    _ when field.Kind == FieldKind.Amount => Math.Round((decimal)rng.NextDouble() * 300, 2),
                    _ => rng.Next(0, 40),
                };
                data = data.With(row.Offset + f, value);
            }
        }
        return data;
    }
}
