using Gongkai.Core.Oversight;
using System.Data.Common;
using System.Globalization;
using System.Security.Claims;
using Gongkai.Core.Layout;
using Gongkai.Web.Data;
using Gongkai.Web.Desk;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Oversight;

public sealed record UnitYear(int AgencyId, string Agency, int Year, decimal NewReceived, long ReportId);
public sealed record OutcomeCategory(string Key, string Label, string Cell);
public sealed record UnitOutcomes(int AgencyId, string Agency, long ReportId, decimal[] Values);
public sealed record OutcomeMix(int Year, OutcomeCategory[] Categories, UnitOutcomes[] Units);
/// <summary>纠错率 = corrected ÷ concluded (维持 + 纠正 + 其他); null when nothing was concluded.</summary>
public sealed record UnitCorrection(int AgencyId, string Agency, long ReportId,
    decimal ReviewCorrected, decimal ReviewConcluded, decimal? ReviewRate, decimal SuitCorrected, decimal SuitConcluded, decimal? SuitRate);
public sealed record RankedUnit(int Rank, int AgencyId, string Agency, long ReportId, decimal NewReceived, int Errors, int Warnings);
public sealed record Anomaly(string Kind, int AgencyId, string Agency, long ReportId, int Year, string Message, decimal? Previous, decimal? Current);

/// <summary>
/// The supervising office's dashboard: figures of its units' current filed reports, computed by the database as
/// aggregates over <see cref="FiledReport"/>'s columns (and, for the outcome mix, over cells of the stored array),
/// grouped by unit — never by loading the reports. Every answer is limited to the signed-in user's agency subtree.
/// </summary>
public sealed class Dashboard(GongkaiDb db)
{
    /// <summary>The agencies the signed-in user oversees (<see cref="Subtree"/>), by id with their names.</summary>
    public async Task<Dictionary<int, string>> SubtreeAsync(ClaimsPrincipal user, CancellationToken ct) =>
        (await Subtree.LoadAsync(db, Actor.From(user), ct)).Agencies.ToDictionary(a => a.Id, a => a.Name);

    private IQueryable<FiledReport> Current(IReadOnlyCollection<int> agencies) =>
        db.FiledReports.AsNoTracking().Where(r => r.IsCurrent && agencies.Contains(r.AgencyId));

    /// <summary>New applications (三、一) per unit and year.</summary>
    public async Task<UnitYear[]> ApplicationsAsync(Dictionary<int, string> units, int? from, int? to, CancellationToken ct)
    {
        var ids = units.Keys.ToArray();
        var q = Current(ids);
        if (from is int f) q = q.Where(r => r.Year >= f);
        if (to is int t) q = q.Where(r => r.Year <= t);
        var rows = await q.GroupBy(r => new { r.AgencyId, r.Year })
            .Select(g => new { g.Key.AgencyId, g.Key.Year, N = g.Sum(r => r.NewReceived), Id = g.Max(r => r.Id) })
            .ToListAsync(ct);
        return [.. rows.Select(r => new UnitYear(r.AgencyId, units[r.AgencyId], r.Year, r.N ?? 0, r.Id))
            .OrderBy(r => r.Year).ThenBy(r => r.AgencyId)];
    }

    /// <summary>Figures per unit for one year: the base of ranking, 纠错率 and the anomaly checks.</summary>
    private async Task<List<UnitFigures>> FiguresAsync(int[] ids, int year, CancellationToken ct) =>
        await Current(ids).Where(r => r.Year == year)
            .GroupBy(r => r.AgencyId)
            .Select(g => new UnitFigures(g.Key, g.Max(r => r.Id),
                g.Sum(r => r.NewReceived), g.Sum(r => r.CarriedForward),
                g.Sum(r => r.ReviewCorrected), g.Sum(r => r.ReviewConcluded), g.Sum(r => r.SuitCorrected), g.Sum(r => r.SuitConcluded),
                g.Sum(r => r.Errors), g.Sum(r => r.Warnings)))
            .ToListAsync(ct);

    private sealed record UnitFigures(int AgencyId, long ReportId, decimal? NewReceived, decimal? CarriedForward,
        decimal? ReviewCorrected, decimal? ReviewConcluded, decimal? SuitCorrected, decimal? SuitConcluded, int Errors, int Warnings);

    public async Task<UnitCorrection[]> CorrectionAsync(Dictionary<int, string> units, int year, CancellationToken ct)
    {
        var rows = await FiguresAsync([.. units.Keys], year, ct);
        return [.. rows.OrderBy(r => r.AgencyId).Select(r => new UnitCorrection(r.AgencyId, units[r.AgencyId], r.ReportId,
            r.ReviewCorrected ?? 0, r.ReviewConcluded ?? 0, Rate(r.ReviewCorrected, r.ReviewConcluded),
            r.SuitCorrected ?? 0, r.SuitConcluded ?? 0, Rate(r.SuitCorrected, r.SuitConcluded)))];
    }

    // Core's definition (CorrectionStats: corrected ÷ concluded) over the figures the database summed; building whole
    // Reports for it would load every unit's cells.
    internal static decimal? Rate(decimal? corrected, decimal? concluded) =>
        new CorrectionStats(corrected ?? 0, concluded, null).Rate is decimal r ? Math.Round(r, 4) : null;

    /// <summary>Units ranked by applications (most first) or by errors in their reports (most first); ties by name order of id.</summary>
    public async Task<RankedUnit[]> RankingAsync(Dictionary<int, string> units, int year, string by, CancellationToken ct)
    {
        var rows = await FiguresAsync([.. units.Keys], year, ct);
        var ordered = by == "errors"
            ? rows.OrderByDescending(r => r.Errors).ThenByDescending(r => r.Warnings).ThenBy(r => r.AgencyId)
            : rows.OrderByDescending(r => r.NewReceived ?? 0).ThenBy(r => r.AgencyId);
        return [.. ordered.Select((r, i) => new RankedUnit(i + 1, r.AgencyId, units[r.AgencyId], r.ReportId, r.NewReceived ?? 0, r.Errors, r.Warnings))];
    }

    /// <summary>
    /// Year-on-year jumps of new applications (at least three times or at most a third of last year's, by at least
    /// <see cref="JumpFloor"/>), and a unit reporting nothing at all while its peers are busy (their median at least
    /// <see cref="BusyMedian"/> applications). Computed on one aggregated row per unit and year, with the thresholds of
    /// Core's <see cref="AnomalyOptions.Default"/>: Core's Anomalies.Find reads whole reports (two years of the subtree's
    /// cells), which the dashboard must not load at national scale.
    /// </summary>
    public async Task<Anomaly[]> AnomaliesAsync(Dictionary<int, string> units, int year, CancellationToken ct)
    {
        int[] ids = [.. units.Keys];
        var now = await FiguresAsync(ids, year, ct);
        var before = (await FiguresAsync(ids, year - 1, ct)).ToDictionary(r => r.AgencyId);
        var list = new List<Anomaly>();
        foreach (var r in now.OrderBy(r => r.AgencyId))
        {
            if (!before.TryGetValue(r.AgencyId, out var p) || r.NewReceived is not decimal cur || p.NewReceived is not decimal prev) continue;
            if (Math.Abs(cur - prev) < JumpFloor) continue;
            if (cur >= AnomalyOptions.Default.JumpRatio * prev || cur * AnomalyOptions.Default.JumpRatio <= prev)
                list.Add(new Anomaly("jump", r.AgencyId, units[r.AgencyId], r.ReportId, year,
                    $"本年新收申请 {cur:0.##} 件，上年 {prev:0.##} 件，{(cur > prev ? "增幅" : "降幅")}异常", prev, cur));
        }
        var busy = now.Select(r => r.NewReceived ?? 0).Order().ToArray();
        var median = busy.Length == 0 ? 0 : busy[busy.Length / 2];
        if (median >= BusyMedian)
            foreach (var r in now.Where(r => (r.NewReceived ?? 0) == 0 && (r.CarriedForward ?? 0) == 0 && (r.ReviewConcluded ?? 0) == 0 && (r.SuitConcluded ?? 0) == 0))
                list.Add(new Anomaly("zeros", r.AgencyId, units[r.AgencyId], r.ReportId, year,
                    $"本年申请与复议诉讼全部为零，而同级单位新收申请中位数为 {median:0.##} 件", median, 0));
        return [.. list];
    }

    public static decimal JumpFloor => AnomalyOptions.Default.JumpMinChange;
    public static decimal BusyMedian => AnomalyOptions.Default.AllZerosPeerMedian;

    /// <summary>
    /// The outcome mix of section 三: the 总计 column of every row whose role is outcome, summed per unit into the
    /// categories the layout groups them in (予以公开, 部分公开, 不予公开, 无法提供, 不予处理, 其他处理). Both templates
    /// (and the collapsed 2021 variant) are summed by the database in one statement per layout, reading the cells
    /// at the layout's own offsets.
    /// </summary>
    public async Task<OutcomeMix> OutcomesAsync(Dictionary<int, string> units, int year, CancellationToken ct)
    {
        var variants = new[] { (2019, false), (2021, false), (2021, true) };
        var categories = new List<OutcomeCategory>();
        var perUnit = new Dictionary<int, (long Id, Dictionary<string, decimal> Sums)>();
        var postgres = db.Database.IsNpgsql();
        var ids = string.Join(',', units.Keys.Select(i => i.ToString(CultureInfo.InvariantCulture)));
        if (ids.Length == 0) return new OutcomeMix(year, [], []);
        foreach (var (template, collapsed) in variants)
        {
            var layout = TemplateCatalog.Get(template == 2019 ? TemplateId.V2019 : TemplateId.V2021, collapsed);
            var section = layout.Applications;
            var offset = layout.Proactive.CellCount;
            var groups = section.Rows.Where(r => r.Role == RowRole.Outcome)
                .GroupBy(r => r.Key.Split('.')[0])
                .Select(g => (Key: g.Key, Label: g.Count() > 1 || g.First().Key.Contains('.') ? g.First().Group ?? g.First().Label : g.First().Label,
                    Cells: g.Select(r => offset + r.Offset + r.FieldIndex("total")).ToArray(), First: g.First()))
                .ToList();
            foreach (var g in groups.Where(g => categories.All(c => c.Key != g.Key)))
                categories.Add(new OutcomeCategory(g.Key, ShortLabel(g.Label), $"applications.{g.First.Key}.total"));
            var sums = string.Join(", ", groups.Select((g, i) =>
                $"SUM({string.Join(" + ", g.Cells.Select(c => CellSql(postgres, c)))}) AS c{i}"));
            var q = postgres
                ? $"""SELECT "AgencyId", MAX("Id"), {sums} FROM "FiledReports" WHERE "IsCurrent" AND "Year" = {year} AND "Template" = {template} AND "OtherCollapsed" = {(collapsed ? "TRUE" : "FALSE")} AND "AgencyId" IN ({ids}) GROUP BY "AgencyId" """
                : $"""SELECT "AgencyId", MAX("Id"), {sums} FROM "FiledReports" WHERE "IsCurrent" AND "Year" = {year} AND "Template" = {template} AND "OtherCollapsed" = {(collapsed ? 1 : 0)} AND "AgencyId" IN ({ids}) GROUP BY "AgencyId" """;
            await foreach (var row in RawSql.QueryAsync(db, q, [], ct))
            {
                var agency = Convert.ToInt32(row[0], CultureInfo.InvariantCulture);
                var id = Convert.ToInt64(row[1], CultureInfo.InvariantCulture);
                if (!perUnit.TryGetValue(agency, out var u)) perUnit[agency] = u = (id, new Dictionary<string, decimal>());
                else if (id > u.Id) perUnit[agency] = u = (id, u.Sums);
                for (var i = 0; i < groups.Count; i++)
                    u.Sums[groups[i].Key] = u.Sums.GetValueOrDefault(groups[i].Key) + (row[i + 2] is DBNull or null ? 0 : Convert.ToDecimal(row[i + 2], CultureInfo.InvariantCulture));
            }
        }
        var cats = categories.ToArray();
        return new OutcomeMix(year, cats, [.. perUnit.OrderBy(p => p.Key).Select(p =>
            new UnitOutcomes(p.Key, units[p.Key], p.Value.Id, [.. cats.Select(c => p.Value.Sums.GetValueOrDefault(c.Key))]))]);
    }

    /// <summary>"（一）予以公开" → "予以公开"; "（二）部分公开（区分处理的…）" → "部分公开".</summary>
    private static string ShortLabel(string label)
    {
        var s = label.StartsWith('（') && label.IndexOf('）') is var close and > 0 ? label[(close + 1)..] : label;
        return s.IndexOf('（') is var open and > 0 ? s[..open] : s;
    }

    /// <summary>
    /// One element of the stored cell array: PostgreSQL keeps it as numeric[] (1-based), SQLite as a JSON array text.
    /// A null cell counts as zero in the sum.
    /// </summary>
    private static string CellSql(bool postgres, int index) => postgres
        ? $"""COALESCE("Cells"[{index + 1}], 0)"""
        : $"""COALESCE(CAST(json_extract("Cells", '$[{index}]') AS REAL), 0)""";
}
