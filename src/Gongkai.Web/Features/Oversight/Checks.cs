using Gongkai.Core.Labels;
using Gongkai.Core.Model;
using Gongkai.Web.Api;
using Gongkai.Web.Data;
using Gongkai.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Oversight;

/// <summary>One finding of a unit's current report, stored at filing or found across years.</summary>
public sealed record FindingRow(long ReportId, int AgencyId, string Agency, string Rule, Severity Severity, string Where, string Message,
    decimal? Expected, decimal? Actual, bool CrossYear)
{
    public string SeverityLabel => Checks.Label(Severity);
}

public sealed record FindingPage(IReadOnlyList<FindingRow> Items, int Total, int Page, int PageSize, IReadOnlyList<string> Rules)
{
    public int Pages => Paging.Count(Total, PageSize);
}

/// <summary>A filed report as the supervisor reads it: the row, its tables, its findings (stored and across years).</summary>
public sealed record FiledView(FiledReport Row, string Agency, Report Tables, IReadOnlyList<FindingRow> Findings);

/// <summary>
/// 检查: every finding of the subtree's current reports for a year, filterable and paged, with the cross-year
/// findings (this year's report against the unit's previous-year current report) computed beside the stored ones.
/// </summary>
public sealed class Checks(GongkaiDb db)
{
    public const int MaxPageSize = 200;

    public static string Label(Severity s) => s.Label();

    public async Task<FindingPage> FindingsAsync(Actor actor, int year, string? rule, Severity? severity, int? agencyId, int page, int pageSize, CancellationToken ct = default)
    {
        var tree = await Subtree.LoadAsync(db, actor, ct);
        if (agencyId is { } a) tree.Get(a);
        pageSize = Math.Clamp(pageSize <= 0 ? 50 : pageSize, 1, MaxPageSize);
        page = Math.Max(1, page);
        var ids = agencyId is { } only ? [only] : tree.Ids.ToList();
        var current = db.FiledReports.Where(r => r.Year == year && r.IsCurrent && ids.Contains(r.AgencyId));
        var stored = await db.FiledFindings.AsNoTracking()
            .Where(f => current.Any(r => r.Id == f.FiledReportId))
            .Select(f => new { f.FiledReportId, f.AgencyId, f.Rule, f.Severity, f.Where, f.Message, f.Expected, f.Actual, f.Id })
            .OrderBy(f => f.Id).ToListAsync(ct);
        var names = tree.Agencies.ToDictionary(x => x.Id, x => x.Name);
        var all = stored.Select(f => new FindingRow(f.FiledReportId, f.AgencyId, names[f.AgencyId], f.Rule, f.Severity, f.Where, f.Message, f.Expected, f.Actual, false))
            .Concat(await CrossYearAsync(ids, year, names, ct))
            .Where(f => f.Severity != Severity.Info)
            .ToList();
        var rules = all.Select(f => f.Rule).Distinct().Order(StringComparer.Ordinal).ToList();
        var filtered = all
            .Where(f => string.IsNullOrEmpty(rule) || f.Rule == rule)
            .Where(f => severity is null || f.Severity == severity)
            .OrderByDescending(f => f.Severity).ThenBy(f => f.Agency, StringComparer.Ordinal).ThenBy(f => f.ReportId).ToList();
        return new FindingPage([.. filtered.Skip((page - 1) * pageSize).Take(pageSize)], filtered.Count, page, pageSize, rules);
    }

    public async Task<FiledView> ReportAsync(Actor actor, long id, CancellationToken ct = default)
    {
        var tree = await Subtree.LoadAsync(db, actor, ct);
        var row = await db.FiledReports.AsNoTracking().Include(r => r.Findings).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (row is null || !tree.Contains(row.AgencyId)) throw new DeskNotFoundException($"报告 {id} 不存在，或不在本机关的监督范围内");
        var name = tree.Get(row.AgencyId).Name;
        var findings = row.Findings.OrderBy(f => f.Id)
            .Select(f => new FindingRow(row.Id, row.AgencyId, name, f.Rule, f.Severity, f.Where, f.Message, f.Expected, f.Actual, false)).ToList();
        if (row.IsCurrent)
            findings.AddRange(await CrossYearAsync([row.AgencyId], row.Year, new Dictionary<int, string> { [row.AgencyId] = name }, ct));
        return new FiledView(row, name, FiledReports.TablesOf(row, name), findings);
    }

    public async Task<ReportFile> FileAsync(Actor actor, long id, CancellationToken ct = default)
    {
        var tree = await Subtree.LoadAsync(db, actor, ct);
        var r = await db.FiledReports.AsNoTracking().Where(r => r.Id == id).Select(r => new { r.AgencyId, r.FileId }).FirstOrDefaultAsync(ct);
        if (r is null || !tree.Contains(r.AgencyId)) throw new DeskNotFoundException($"报告 {id} 不存在，或不在本机关的监督范围内");
        return await db.ReportFiles.AsNoTracking().FirstAsync(f => f.Id == r.FileId, ct);
    }

    /// <summary>Cross-year findings of the units' current reports of <paramref name="year"/> against their current reports of the year before.</summary>
    private async Task<List<FindingRow>> CrossYearAsync(IReadOnlyCollection<int> agencyIds, int year, IReadOnlyDictionary<int, string> names, CancellationToken ct)
    {
        var rows = await TablesQuery(db.FiledReports.AsNoTracking()
            .Where(r => (r.Year == year || r.Year == year - 1) && r.IsCurrent && agencyIds.Contains(r.AgencyId))).ToListAsync(ct);
        var result = new List<FindingRow>();
        foreach (var unit in rows.GroupBy(r => r.AgencyId))
        {
            var now = unit.FirstOrDefault(r => r.Year == year);
            var before = unit.FirstOrDefault(r => r.Year == year - 1);
            if (now is null || before is null) continue;
            var name = names[unit.Key];
            foreach (var f in OversightRules.CrossYear(FiledReports.TablesOf(before, name), FiledReports.TablesOf(now, name)))
                result.Add(new FindingRow(now.Id, unit.Key, name, f.Rule, f.Severity, f.Where, f.Message, f.Expected, f.Actual, true));
        }
        return result;
    }

    /// <summary>The columns <see cref="FiledReports.TablesOf"/> needs, without the JSON and the findings.</summary>
    internal static IQueryable<FiledReport> TablesQuery(IQueryable<FiledReport> q) => q.Select(r => new FiledReport
    {
        Id = r.Id, AgencyId = r.AgencyId, Year = r.Year, Template = r.Template, OtherCollapsed = r.OtherCollapsed, Cells = r.Cells,
        Published = r.Published, Errors = r.Errors, Warnings = r.Warnings, Sha256 = r.Sha256, FileName = r.FileName, Format = r.Format, Json = "",
        ReceivedAt = r.ReceivedAt, Source = r.Source, IsCurrent = r.IsCurrent,
    });
}
