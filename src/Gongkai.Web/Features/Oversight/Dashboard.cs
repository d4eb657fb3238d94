using System.Data.Common;
using System.Globalization;
using System.Linq.Expressions;
using System.Security.Claims;
using Gongkai.Core.Layout;
using Gongkai.Core.Oversight;
using Gongkai.Web.Data;
using Gongkai.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Oversight;

public sealed record UnitYear(int AgencyId, string Agency, int Year, decimal NewReceived, long ReportId);
public sealed record OutcomeCategory(string Key, string Label, string Cell);
public sealed record UnitOutcomes(int AgencyId, string Agency, long ReportId, decimal[] Values);
/// <summary>The outcome mix of the first units by new applications; <see cref="Total"/> units in the scope had a report that year.</summary>
public sealed record OutcomeMix(int Year, OutcomeCategory[] Categories, UnitOutcomes[] Units, int Total);
/// <summary>纠错率 = corrected ÷ concluded (维持 + 纠正 + 其他); null when nothing was concluded.</summary>
public sealed record UnitCorrection(int AgencyId, string Agency, long ReportId,
    decimal ReviewCorrected, decimal ReviewConcluded, decimal? ReviewRate, decimal SuitCorrected, decimal SuitConcluded, decimal? SuitRate);
public sealed record RankedUnit(int Rank, int AgencyId, string Agency, long ReportId, decimal NewReceived, int Errors, int Warnings);
public sealed record Anomaly(string Kind, int AgencyId, string Agency, long ReportId, int Year, string Message, decimal? Previous, decimal? Current);

/// <summary>Whose units the dashboard shows: <see cref="Root"/>'s subtree (its own agency included), or every agency (null: an administrator, or the office at the top of the whole registry).</summary>
public sealed record DashboardScope(int? Root);

/// <summary>A page of units: the first <see cref="Items"/> in the answer's order, of <see cref="Total"/> units in the scope.</summary>
public sealed record UnitPage<T>(T[] Items, int Total);

/// <summary>
/// The supervising office's dashboard: figures of its units' current filed reports, computed by the database as
/// aggregates over <see cref="FiledReport"/>'s columns (and, for the outcome mix, over cells of the stored array),
/// never by loading the reports. Every answer is limited to the signed-in user's agency subtree, found by a recursive
/// query inside the statement (a national registry is never read into memory), and to the first <c>limit</c> units
/// of the answer's order (a chart of 200,000 bars helps nobody); the total is returned with it.
/// </summary>
public sealed class Dashboard(GongkaiDb db)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 5000;

    public async Task<DashboardScope> ScopeAsync(Actor actor, CancellationToken ct)
    {
        if (actor.IsAdmin) return new DashboardScope(null);
        if (!await db.Agencies.AnyAsync(a => a.Id == actor.AgencyId, ct)) throw new DeskForbiddenException("账号所属机关不存在");
        // The office at the top of a registry oversees all of it: no subtree to join (at national scale the join with
        // 160,000 agencies is most of each query's time).
        var below = await AgencyIds(actor.AgencyId).CountAsync(ct);
        return new DashboardScope(below == await db.Agencies.CountAsync(ct) ? null : actor.AgencyId);
    }

    /// <summary>The ids of the scope's agencies, as a subquery (<see cref="AgencyTree"/>).</summary>
    private IQueryable<int> AgencyIds(int root) => OversightSql.SubtreeIds(db, root);

    private IQueryable<FiledReport> Current(DashboardScope scope)
    {
        var q = db.FiledReports.AsNoTracking().Where(r => r.IsCurrent);
        if (scope.Root is int root)
        {
            var ids = AgencyIds(root);
            q = q.Where(r => ids.Contains(r.AgencyId));
        }
        return q;
    }

    internal static int Clamp(int? limit) => Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit);

    /// <summary>New applications (三、一) per unit and year, for the units with the most over the years asked.</summary>
    public async Task<UnitPage<UnitYear>> ApplicationsAsync(DashboardScope scope, int? from, int? to, int? limit, CancellationToken ct)
    {
        var q = Current(scope);
        if (from is int f) q = q.Where(r => r.Year >= f);
        if (to is int t) q = q.Where(r => r.Year <= t);
        var perUnit = q.GroupBy(r => r.AgencyId).Select(g => new { AgencyId = g.Key, N = g.Sum(r => r.NewReceived) ?? 0 });
        var total = await perUnit.CountAsync(ct);
        var top = await perUnit.OrderByDescending(u => u.N).ThenBy(u => u.AgencyId).Take(Clamp(limit)).Select(u => u.AgencyId).ToArrayAsync(ct);
        var rows = await q.Where(r => top.Contains(r.AgencyId))
            .Select(r => new UnitYear(r.AgencyId, r.Agency!.Name, r.Year, r.NewReceived ?? 0, r.Id))
            .ToListAsync(ct);
        return new UnitPage<UnitYear>([.. rows.OrderBy(r => r.Year).ThenBy(r => r.AgencyId)], total);
    }

    /// <summary>Figures per unit for one year (a unit has one current report a year): the base of ranking, 纠错率 and the anomaly checks.</summary>
    private IQueryable<UnitFigures> Figures(DashboardScope scope, int year) =>
        Current(scope).Where(r => r.Year == year)
            .Select(r => new UnitFigures
            {
                AgencyId = r.AgencyId, Agency = r.Agency!.Name, ReportId = r.Id, NewReceived = r.NewReceived, CarriedForward = r.CarriedForward,
                ReviewCorrected = r.ReviewCorrected, ReviewConcluded = r.ReviewConcluded, SuitCorrected = r.SuitCorrected,
                SuitConcluded = r.SuitConcluded, Errors = r.Errors, Warnings = r.Warnings,
            });

    // Set by initializers, not a constructor: EF Core can order and filter by the members of a member-init projection.
    private sealed record UnitFigures
    {
        public int AgencyId { get; init; }
        public string Agency { get; init; } = "";
        public long ReportId { get; init; }
        public decimal? NewReceived { get; init; }
        public decimal? CarriedForward { get; init; }
        public decimal? ReviewCorrected { get; init; }
        public decimal? ReviewConcluded { get; init; }
        public decimal? SuitCorrected { get; init; }
        public decimal? SuitConcluded { get; init; }
        public int Errors { get; init; }
        public int Warnings { get; init; }
    }

    /// <summary>纠错率 per unit, for the units that concluded the most reviews (then suits).</summary>
    public async Task<UnitPage<UnitCorrection>> CorrectionAsync(DashboardScope scope, int year, int? limit, CancellationToken ct)
    {
        var q = Figures(scope, year);
        var rows = await q.OrderByDescending(r => r.ReviewConcluded ?? 0).ThenByDescending(r => r.SuitConcluded ?? 0).ThenBy(r => r.AgencyId)
            .Take(Clamp(limit)).ToListAsync(ct);
        return new UnitPage<UnitCorrection>([.. rows.OrderBy(r => r.AgencyId).Select(r => new UnitCorrection(r.AgencyId, r.Agency, r.ReportId,
            r.ReviewCorrected ?? 0, r.ReviewConcluded ?? 0, Rate(r.ReviewCorrected, r.ReviewConcluded),
            r.SuitCorrected ?? 0, r.SuitConcluded ?? 0, Rate(r.SuitCorrected, r.SuitConcluded)))], await q.CountAsync(ct));
    }

    // Core's definition (CorrectionStats: corrected ÷ concluded) over the figures the database summed; building whole
    // Reports for it would load every unit's cells.
    internal static decimal? Rate(decimal? corrected, decimal? concluded) =>
        new CorrectionStats(corrected ?? 0, concluded, null).Rate is decimal r ? Math.Round(r, 4) : null;

    /// <summary>Units ranked by applications (most first) or by errors in their reports (most first); ties by id. The first <c>limit</c>.</summary>
    public async Task<UnitPage<RankedUnit>> RankingAsync(DashboardScope scope, int year, string by, int? limit, CancellationToken ct)
    {
        var q = Figures(scope, year);
        var ordered = by == "errors"
            ? q.OrderByDescending(r => r.Errors).ThenByDescending(r => r.Warnings).ThenBy(r => r.AgencyId)
            : q.OrderByDescending(r => r.NewReceived ?? 0).ThenBy(r => r.AgencyId);
        var rows = await ordered.Take(Clamp(limit)).ToListAsync(ct);
        return new UnitPage<RankedUnit>([.. rows.Select((r, i) => new RankedUnit(i + 1, r.AgencyId, r.Agency, r.ReportId, r.NewReceived ?? 0, r.Errors, r.Warnings))],
            await q.CountAsync(ct));
    }

    /// <summary>
    /// Core's anomaly rules (<see cref="Anomalies"/>) over the scope's figures, without loading whole reports (two years
    /// of a national subtree's cells): year-on-year jumps of new applications are found by the database evaluating Core's
    /// <see cref="Anomalies.JumpRule"/>; a unit whose sections 三 and 四 are all zero or blank is found among the units whose
    /// stored figures are all zero (a necessary condition: each is a cell or a sum of cells of 三 or 四) by Core's
    /// <see cref="Anomalies.AllZeroOrBlank(IEnumerable{decimal?})"/> on its cells, and measured against Core's
    /// <see cref="Anomalies.PeerMedian"/> of the other units' new applications. Jumps first, then zeros, by unit.
    /// </summary>
    public async Task<UnitPage<Anomaly>> AnomaliesAsync(DashboardScope scope, int year, int? limit, CancellationToken ct)
    {
        var options = AnomalyOptions.Default;
        var pairs = from n in Figures(scope, year)
                    join p in Figures(scope, year - 1) on n.AgencyId equals p.AgencyId
                    where n.NewReceived != null && p.NewReceived != null
                    select new JumpRow { AgencyId = n.AgencyId, Agency = n.Agency, ReportId = n.ReportId, Current = n.NewReceived!.Value, Previous = p.NewReceived!.Value };
        var jumps = pairs.Where(OnRows(Anomalies.JumpRule(options)));
        var take = Clamp(limit);
        var jumpCount = await jumps.CountAsync(ct);
        var list = (await jumps.OrderBy(j => j.AgencyId).Take(take).ToListAsync(ct))
            .Select(j => new Anomaly("jump", j.AgencyId, j.Agency, j.ReportId, year, Anomalies.JumpMessage(j.Agency, year, j.Previous, j.Current), j.Previous, j.Current))
            .ToList();

        // The year's stated new applications, one decimal a unit: Core takes the median of each candidate's peers.
        var all = Figures(scope, year);
        var stated = await all.Where(r => r.NewReceived != null).Select(r => r.NewReceived!.Value).ToListAsync(ct);
        var zeroCount = 0;
        (int, decimal?)? withOwn = null, withoutOwn = null;
        var candidates = Current(scope).Where(r => r.Year == year && (r.NewReceived ?? 0) == 0 && (r.CarriedForward ?? 0) == 0
                && (r.ReviewTotal ?? 0) == 0 && (r.ReviewConcluded ?? 0) == 0 && (r.SuitTotal ?? 0) == 0 && (r.SuitConcluded ?? 0) == 0)
            .OrderBy(r => r.AgencyId)
            .Select(r => new { r.AgencyId, Agency = r.Agency!.Name, ReportId = r.Id, r.NewReceived, r.Template, r.OtherCollapsed, r.Cells });
        await foreach (var c in candidates.AsAsyncEnumerable().WithCancellation(ct))
        {
            var layout = TemplateCatalog.Get(c.Template, c.OtherCollapsed);
            var sections = c.Cells.Skip(layout.Proactive.CellCount).Take(layout.Applications.CellCount + layout.ReviewLitigation.CellCount);
            if (!Anomalies.AllZeroOrBlank(sections)) continue;
            // Its peers: every other unit stating the figure. A candidate's own figure is 0 or not stated, so there are
            // two peer sets only: all stated figures, or all but one 0.
            var (peers, median) = c.NewReceived is null ? (withOwn ??= (stated.Count, Anomalies.PeerMedian(stated)))
                : (withoutOwn ??= (stated.Count - 1, Anomalies.PeerMedian(WithoutOneZero(stated))));
            if (median is not decimal m || !Anomalies.PeersBusy(m, options)) continue;
            zeroCount++;
            if (list.Count < take)
                list.Add(new Anomaly("zeros", c.AgencyId, c.Agency, c.ReportId, year, Anomalies.AllZerosMessage(c.Agency, year, peers, m), m, 0));
        }
        return new UnitPage<Anomaly>([.. list], jumpCount + zeroCount);
    }

    private static List<decimal> WithoutOneZero(List<decimal> values)
    {
        var rest = new List<decimal>(values);
        rest.Remove(0);
        return rest;
    }

    private sealed record JumpRow
    {
        public int AgencyId { get; init; }
        public string Agency { get; init; } = "";
        public long ReportId { get; init; }
        public decimal Previous { get; init; }
        public decimal Current { get; init; }
    }

    /// <summary>Core's rule over <see cref="YearOnYear"/>, rewritten to read the same-named members of a query's rows.</summary>
    private static Expression<Func<JumpRow, bool>> OnRows(Expression<Func<YearOnYear, bool>> rule)
    {
        var row = Expression.Parameter(typeof(JumpRow), "row");
        return Expression.Lambda<Func<JumpRow, bool>>(new ToRow(rule.Parameters[0], row).Visit(rule.Body), row);
    }

    private sealed class ToRow(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitMember(MemberExpression node) =>
            node.Expression == from ? Expression.Property(to, node.Member.Name) : base.VisitMember(node);
    }

    /// <summary>
    /// The outcome mix of section 三: the 总计 column of every row whose role is outcome, summed per unit into the
    /// categories the layout groups them in (予以公开, 部分公开, 不予公开, 无法提供, 不予处理, 其他处理). Both templates
    /// (and the collapsed 2021 variant) are summed by the database in one statement per layout, reading the cells
    /// at the layout's own offsets.
    /// </summary>
    public async Task<OutcomeMix> OutcomesAsync(DashboardScope scope, int year, int? limit, CancellationToken ct)
    {
        // The units with the most new applications; their cells are read, nobody else's.
        var figures = Figures(scope, year);
        var total = await figures.CountAsync(ct);
        var units = await figures.OrderByDescending(r => r.NewReceived ?? 0).ThenBy(r => r.AgencyId).Take(Clamp(limit))
            .ToDictionaryAsync(r => r.AgencyId, r => r.Agency, ct);
        var variants = new[] { (TemplateId.V2019, false), (TemplateId.V2021, false), (TemplateId.V2021, true) };
        var categories = new List<OutcomeCategory>();
        var perUnit = new Dictionary<int, (long Id, Dictionary<string, decimal> Sums)>();
        var postgres = db.Database.IsNpgsql();
        var ids = string.Join(',', units.Keys.Select(i => i.ToString(CultureInfo.InvariantCulture)));
        if (ids.Length == 0) return new OutcomeMix(year, [], [], total);
        foreach (var (template, collapsed) in variants)
        {
            var layout = TemplateCatalog.Get(template, collapsed);
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
            var q = $"""SELECT "AgencyId" AS agency_id, MAX("Id") AS report_id, {sums} FROM "FiledReports" WHERE "IsCurrent" AND "Year" = {year} AND "Template" = {template.Number()} AND "OtherCollapsed" = {(collapsed ? "TRUE" : "FALSE")} AND "AgencyId" IN ({ids}) GROUP BY "AgencyId" """;
            await foreach (var row in OversightSql.QueryAsync(db, q, [], ct))
            {
                var agency = row.Int("agency_id");
                var id = row.Long("report_id");
                if (!perUnit.TryGetValue(agency, out var u)) perUnit[agency] = u = (id, new Dictionary<string, decimal>());
                else if (id > u.Id) perUnit[agency] = u = (id, u.Sums);
                for (var i = 0; i < groups.Count; i++)
                    u.Sums[groups[i].Key] = u.Sums.GetValueOrDefault(groups[i].Key) + row.DecimalOrZero($"c{i}");
            }
        }
        var cats = categories.ToArray();
        return new OutcomeMix(year, cats, [.. perUnit.OrderBy(p => p.Key).Select(p =>
            new UnitOutcomes(p.Key, units[p.Key], p.Value.Id, [.. cats.Select(c => p.Value.Sums.GetValueOrDefault(c.Key))]))], total);
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
