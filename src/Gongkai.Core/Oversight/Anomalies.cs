using System.Collections.Immutable;
using System.Globalization;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Gongkai.Core.Model;
using Gongkai.Core.Rules;
using K = Gongkai.Core.Oversight.OversightKeys;

namespace Gongkai.Core.Oversight;

/// <summary>One unit's report for one year, as a supervising office holds them.</summary>
public sealed record UnitYear(string UnitId, string UnitName, int Year, Report Report);

public enum AnomalyKind
{
    /// <summary>本年新收申请 several times last year's (or a fraction of it), by a margin that is not noise.</summary>
    YearOnYearJump,
    /// <summary>Sections 三 and 四 all zero or blank while peers of the same year are busy: likely not filled in.</summary>
    AllZeros,
    /// <summary>纠错率 (see <see cref="CorrectionStats"/>) far above the peers' pooled rate, on enough concluded cases.</summary>
    CorrectionRateOutlier,
}

/// <summary>
/// Thresholds. The defaults flag what a supervisor would phone about and not ordinary variation: a district
/// office going from 4 applications to 13 is a tripling but not news, hence the absolute floor.
/// </summary>
public sealed record AnomalyOptions
{
    /// <summary>Flag when this year ≥ ratio × last year, or ≤ last year ÷ ratio.</summary>
    public decimal JumpRatio { get; init; } = 3;
    /// <summary>…and the absolute change is at least this many applications.</summary>
    public decimal JumpMinChange { get; init; } = 20;
    /// <summary>An all-zero unit is flagged only when the median of its peers' 本年新收 is at least this.</summary>
    public decimal AllZerosPeerMedian { get; init; } = 10;
    /// <summary>Whether to look for 纠错率 outliers at all (few cases make rates noisy).</summary>
    public bool CorrectionRate { get; init; } = true;
    /// <summary>A unit's 纠错率 needs at least this many concluded cases to be compared.</summary>
    public decimal CorrectionMinConcluded { get; init; } = 5;
    /// <summary>Flag when the unit's rate exceeds the other units' pooled rate by at least this (0.3 = 30 points).</summary>
    public decimal CorrectionMargin { get; init; } = 0.3m;

    public static AnomalyOptions Default { get; } = new();
}

/// <summary>
/// Something worth a look, not an error: the numbers may be right. <see cref="Where"/> is the cell path the
/// anomaly is about; <see cref="Value"/> is the unit's number there, <see cref="Reference"/> what it was compared
/// with (last year's value, the peers' median, the peers' pooled rate).
/// </summary>
public sealed record Anomaly(AnomalyKind Kind, string UnitId, string UnitName, int Year, string Where, decimal? Value, decimal? Reference, string Message);

/// <summary>One unit's 本年新收申请 in two consecutive years: what the jump rule reads.</summary>
public sealed record YearOnYear
{
    public decimal Previous { get; init; }
    public decimal Current { get; init; }
}

/// <summary>
/// Looks across units and years for figures a supervising office should question. The rules are decided here once:
/// <see cref="Find"/> applies them to whole reports; the web dashboard applies the same pieces (<see cref="JumpRule"/>
/// translated by the database, <see cref="AllZeroOrBlank(IEnumerable{decimal?})"/>, <see cref="PeerMedian"/>, the
/// messages) to the figures it may load at national scale.
/// </summary>
public static class Anomalies
{
    private const string NewReceivedPath = "applications." + K.NewReceived + "." + K.TotalField;

    /// <summary>
    /// The jump rule as an expression, so that a database can evaluate it where the figures are (the dashboard) and
    /// <see cref="IsJump"/> runs the very same rule compiled: this year ≥ ratio × last year or ≤ last year ÷ ratio
    /// (multiplied, not divided: last year's 0 is an infinite ratio, not a division error), by at least the floor.
    /// </summary>
    public static Expression<Func<YearOnYear, bool>> JumpRule(AnomalyOptions? options = null)
    {
        options ??= AnomalyOptions.Default;
        var ratio = options.JumpRatio;
        var floor = options.JumpMinChange;
        return y => (y.Current - y.Previous >= floor || y.Previous - y.Current >= floor)
                    && (y.Current >= ratio * y.Previous || y.Current * ratio <= y.Previous);
    }

    private static readonly ConditionalWeakTable<AnomalyOptions, Func<YearOnYear, bool>> Compiled = [];

    /// <summary>Whether going from <paramref name="before"/> to <paramref name="after"/> is a jump (<see cref="JumpRule"/>).</summary>
    public static bool IsJump(decimal before, decimal after, AnomalyOptions? options = null) =>
        Compiled.GetValue(options ?? AnomalyOptions.Default, o => JumpRule(o).Compile())(new YearOnYear { Previous = before, Current = after });

    /// <summary>Sections 三 and 四 of a report hold nothing but zeros and blanks: likely not filled in.</summary>
    public static bool AllZeroOrBlank(Report report) =>
        AllZeroOrBlank(report.Applications.Cells.Concat(report.ReviewLitigation.Cells));

    /// <summary>The cells of sections 三 and 四 are all zero or blank.</summary>
    public static bool AllZeroOrBlank(IEnumerable<decimal?> cells) => !cells.Any(c => c is decimal v && v != 0);

    /// <summary>
    /// The peers' median of 本年新收 that an all-zero unit is measured against: the middle value, the mean of the two
    /// middle values for an even count; null without peers. Peers are the other units of the year that state the figure.
    /// </summary>
    public static decimal? PeerMedian(IEnumerable<decimal> peers)
    {
        var s = peers.Order().ToList();
        if (s.Count == 0) return null;
        var m = s.Count / 2;
        return s.Count % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }

    /// <summary>Whether peers with this median are busy enough for an all-zero unit among them to be flagged.</summary>
    public static bool PeersBusy(decimal? median, AnomalyOptions? options = null) =>
        median is decimal m && m >= (options ?? AnomalyOptions.Default).AllZerosPeerMedian;

    /// <summary>The jump's message (<see cref="RuleCatalogue.AnomalyJump"/>).</summary>
    public static string JumpMessage(string unit, int year, decimal before, decimal after)
    {
        var change = after - before;
        var ratio = before == 0 ? "上年为零" : $"为上年的{Rule.Format(Math.Round(after / before, 2))}倍";
        return RuleCatalogue.AnomalyJump.Make(NewReceivedPath, before, after,
            ("unit", unit), ("year", year), ("actual", after), ("previousYear", year - 1), ("previous", before),
            ("diff", change > 0 ? "+" + Rule.Format(change) : Rule.Format(change)), ("ratio", ratio)).Message;
    }

    /// <summary>The all-zero unit's message (<see cref="RuleCatalogue.AnomalyAllZeros"/>).</summary>
    public static string AllZerosMessage(string unit, int year, int peers, decimal median) =>
        RuleCatalogue.AnomalyAllZeros.Make(NewReceivedPath, median, 0,
            ("unit", unit), ("year", year), ("peers", peers), ("median", median)).Message;

    /// <summary>
    /// Anomalies in <paramref name="data"/>, ordered by year, unit id, kind. Peers are the other units of the same
    /// year in <paramref name="data"/>. Throws when one unit has two reports for one year (the caller must choose).
    /// </summary>
    public static IReadOnlyList<Anomaly> Find(IReadOnlyList<UnitYear> data, AnomalyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= AnomalyOptions.Default;
        var duplicate = data.GroupBy(d => (d.UnitId, d.Year)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"unit {duplicate.Key.UnitId} has {duplicate.Count()} reports for {duplicate.Key.Year}", nameof(data));

        var byKey = data.ToDictionary(d => (d.UnitId, d.Year));
        var found = new List<Anomaly>();
        foreach (var d in data)
        {
            if (byKey.TryGetValue((d.UnitId, d.Year - 1), out var last) && Jump(last, d, options) is { } j) found.Add(j);
            var peers = data.Where(p => p.Year == d.Year && p.UnitId != d.UnitId).ToList();
            if (AllZeros(d, peers, options) is { } z) found.Add(z);
            if (options.CorrectionRate && CorrectionOutlier(d, peers, options) is { } c) found.Add(c);
        }
        return [.. found.OrderBy(a => a.Year).ThenBy(a => a.UnitId, StringComparer.Ordinal).ThenBy(a => a.Kind)];
    }

    private static decimal? NewReceived(Report r) => r.Applications[K.NewReceived, K.TotalField];

    private static Anomaly? Jump(UnitYear last, UnitYear now, AnomalyOptions o)
    {
        if (NewReceived(last.Report) is not decimal before || NewReceived(now.Report) is not decimal after) return null;
        if (!IsJump(before, after, o)) return null;
        return new Anomaly(AnomalyKind.YearOnYearJump, now.UnitId, now.UnitName, now.Year, NewReceivedPath, after, before,
            JumpMessage(now.UnitName, now.Year, before, after));
    }

    private static Anomaly? AllZeros(UnitYear d, List<UnitYear> peers, AnomalyOptions o)
    {
        if (!AllZeroOrBlank(d.Report)) return null;
        var busy = peers.Select(p => NewReceived(p.Report)).OfType<decimal>().ToList();
        if (PeerMedian(busy) is not decimal median || !PeersBusy(median, o)) return null;
        return new Anomaly(AnomalyKind.AllZeros, d.UnitId, d.UnitName, d.Year, NewReceivedPath, NewReceived(d.Report), median,
            AllZerosMessage(d.UnitName, d.Year, busy.Count, median));
    }

    private static Anomaly? CorrectionOutlier(UnitYear d, List<UnitYear> peers, AnomalyOptions o)
    {
        var own = ReviewStats.Of(d.Report).All;
        if (own.Concluded is not decimal concluded || concluded < o.CorrectionMinConcluded || own.Rate is not decimal rate) return null;
        var pooled = peers.Select(p => ReviewStats.Of(p.Report).All).Where(s => s.Concluded is not null && s.Corrected is not null)
            .Aggregate(new CorrectionStats(0, 0, 0), (a, b) => a + b);
        if (pooled.Rate is not decimal peerRate || rate - peerRate < o.CorrectionMargin) return null;
        var where = "reviewLitigation.*." + K.Corrected;
        var msg = RuleCatalogue.AnomalyCorrectionRate.Make(where, peerRate, rate,
            ("unit", d.UnitName), ("year", d.Year), ("concluded", concluded), ("corrected", own.Corrected),
            ("rate", Percent(rate)), ("peerRate", Percent(peerRate))).Message;
        return new Anomaly(AnomalyKind.CorrectionRateOutlier, d.UnitId, d.UnitName, d.Year, where, rate, peerRate, msg);
    }

    private static string Percent(decimal rate) => (rate * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
