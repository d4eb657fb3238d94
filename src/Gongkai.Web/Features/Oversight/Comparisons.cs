using System.Globalization;
using Gongkai.Core.Compare;
using Gongkai.Core.Json;
using Gongkai.Core.Model;
using Gongkai.Render;
using Gongkai.Render.Compare;
using Gongkai.Web.Api;
using Gongkai.Web.Data;
using Gongkai.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Oversight;

/// <summary>A filed report as a comparison names it.</summary>
public sealed record ComparedFiling(long Id, int AgencyId, string Agency, int Year, bool IsCurrent, string FileName);

/// <summary>Two filed reports compared, and which they are.</summary>
public sealed record ComparisonView(ComparedFiling Old, ComparedFiling New, ReportComparison Comparison)
{
    /// <summary>The comparison as a page body (the house layout's HTML, styles from /open/report.css).</summary>
    public string Html => ReportHtml.Body(ComparisonLayout.Build(Comparison));
}

/// <summary>One unit's year against the year before, in a supervisor's list: its biggest moves and its copied text.</summary>
public sealed record UnitMoves(ComparedFiling Old, ComparedFiling New, IReadOnlyList<KeyFigure> Biggest, IReadOnlyList<string> CopiedSections,
    int CopiedParagraphs, int ChangedCells, int Warnings);

public sealed record MovesPage(int Year, IReadOnlyList<UnitMoves> Units, int Total, int Page, int PageSize)
{
    public int Pages => Paging.Count(Total, PageSize);
}

/// <summary>
/// Comparisons of filed reports (与上年比较, any two): the report data is the stored JSON (narrative included), the
/// agency named as the registry names it, so two filings of one unit are one agency whatever their titles print.
/// Which reports may be read is the caller's scope: a supervisor's subtree (<see cref="Comparisons"/>), or the current
/// reports only (<see cref="PublicComparisons"/>).
/// </summary>
public static class FiledComparison
{
    public static async Task<ComparisonView?> CompareAsync(IQueryable<FiledReport> scope, long oldId, long newId, CancellationToken ct)
    {
        var rows = await scope.Where(r => r.Id == oldId || r.Id == newId)
            .Select(r => new { r.Id, r.AgencyId, Agency = r.Agency!.Name, r.Year, r.IsCurrent, r.FileName, r.Json })
            .ToListAsync(ct);
        var old = rows.FirstOrDefault(r => r.Id == oldId);
        var @new = rows.FirstOrDefault(r => r.Id == newId);
        if (old is null || @new is null) return null;
        Report Parse(string json, string agency, long id, string file) =>
            ReportJson.Parse(json) with { Agency = agency, Source = $"报告 {id.ToString(CultureInfo.InvariantCulture)}（{file}）" };
        return new ComparisonView(
            new ComparedFiling(old.Id, old.AgencyId, old.Agency, old.Year, old.IsCurrent, old.FileName),
            new ComparedFiling(@new.Id, @new.AgencyId, @new.Agency, @new.Year, @new.IsCurrent, @new.FileName),
            ReportComparer.Compare(Parse(old.Json, old.Agency, old.Id, old.FileName), Parse(@new.Json, @new.Agency, @new.Id, @new.FileName)));
    }

    /// <summary>The agency's current report of the year before <paramref name="year"/>, if it has one.</summary>
    public static Task<long?> PreviousAsync(IQueryable<FiledReport> scope, int agencyId, int year, CancellationToken ct) =>
        scope.Where(r => r.AgencyId == agencyId && r.Year == year - 1 && r.IsCurrent).Select(r => (long?)r.Id).FirstOrDefaultAsync(ct);

    /// <summary>An agency's filed reports, newest year first (the current one of a year before those it replaced).</summary>
    public static Task<List<ComparedFiling>> ReportsOfAsync(IQueryable<FiledReport> scope, int agencyId, CancellationToken ct) =>
        scope.Where(r => r.AgencyId == agencyId).OrderByDescending(r => r.Year).ThenByDescending(r => r.IsCurrent).ThenByDescending(r => r.Id)
            .Select(r => new ComparedFiling(r.Id, r.AgencyId, r.Agency!.Name, r.Year, r.IsCurrent, r.FileName)).ToListAsync(ct);

    /// <summary>The comparison as a document: docx, pdf, html or json (the default), with its content type and extension.</summary>
    public static (byte[] Bytes, string ContentType, string Extension) Render(ReportComparison c, string? format) => format switch
    {
        "docx" => (ReportRenderer.Render(ComparisonLayout.Build(c), RenderFormat.Docx), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        "pdf" => (ReportRenderer.Render(ComparisonLayout.Build(c), RenderFormat.Pdf), "application/pdf", "pdf"),
        "html" => (ReportRenderer.Render(ComparisonLayout.Build(c), RenderFormat.Html), "text/html; charset=utf-8", "html"),
        "json" or null or "" => (System.Text.Encoding.UTF8.GetBytes(CompareJson.Serialize(c)), "application/json; charset=utf-8", "json"),
        _ => throw new DeskException($"不支持的格式“{format}”：请用 docx、pdf、html 或 json"),
    };

    /// <summary>"三明市人民政府2023年与2024年年度报告比对.docx".</summary>
    public static string FileName(ComparisonView v, string extension) =>
        (v.Old.AgencyId == v.New.AgencyId ? $"{v.New.Agency}{v.Old.Year}年与{v.New.Year}年" : $"{v.Old.Agency}{v.Old.Year}年与{v.New.Agency}{v.New.Year}年")
        + $"年度报告比对.{extension}";
}

/// <summary>The supervising office's comparisons: any two filed reports of its subtree, and a year's units against the year before.</summary>
public sealed class Comparisons(GongkaiDb db)
{
    public const int PageSize = 30;

    private async Task<IQueryable<FiledReport>> ScopeAsync(Actor actor, CancellationToken ct)
    {
        var tree = await Subtree.LoadAsync(db, actor, ct);
        var ids = tree.Ids.ToList();
        return db.FiledReports.AsNoTracking().Where(r => ids.Contains(r.AgencyId));
    }

    /// <exception cref="DeskNotFoundException">Either report is missing or outside the subtree.</exception>
    public async Task<ComparisonView> CompareAsync(Actor actor, long oldId, long newId, CancellationToken ct = default) =>
        await FiledComparison.CompareAsync(await ScopeAsync(actor, ct), oldId, newId, ct)
            ?? throw new DeskNotFoundException("报告不存在，或不在本机关的监督范围内");

    /// <summary>The previous year's current report of the report's agency (null when there is none, or the report is not the actor's to see).</summary>
    public async Task<long?> PreviousOfAsync(Actor actor, long reportId, CancellationToken ct = default)
    {
        var scope = await ScopeAsync(actor, ct);
        var r = await scope.Where(x => x.Id == reportId).Select(x => new { x.AgencyId, x.Year }).FirstOrDefaultAsync(ct);
        return r is null ? null : await FiledComparison.PreviousAsync(scope, r.AgencyId, r.Year, ct);
    }

    /// <summary>The subtree's agencies that have filed reports, for choosing what to compare.</summary>
    public async Task<List<(int Id, string Name)>> AgenciesAsync(Actor actor, CancellationToken ct = default)
    {
        var tree = await Subtree.LoadAsync(db, actor, ct);
        var ids = tree.Ids.ToList();
        var filed = await db.FiledReports.AsNoTracking().Where(r => ids.Contains(r.AgencyId)).Select(r => r.AgencyId).Distinct().ToListAsync(ct);
        var set = filed.ToHashSet();
        return [.. tree.Agencies.Where(a => set.Contains(a.Id)).Select(a => (a.Id, new string('　', a.Depth) + a.Name))];
    }

    public async Task<List<ComparedFiling>> ReportsOfAsync(Actor actor, int agencyId, CancellationToken ct = default)
    {
        var tree = await Subtree.LoadAsync(db, actor, ct);
        tree.Get(agencyId);
        return await FiledComparison.ReportsOfAsync(db.FiledReports.AsNoTracking(), agencyId, ct);
    }

    /// <summary>
    /// The subtree's units with a current report for <paramref name="year"/> and for the year before, in the tree's
    /// order, a page at a time: each with its three biggest moves among the key counts and what it copied.
    /// </summary>
    public async Task<MovesPage> MovesAsync(Actor actor, int year, int page, CancellationToken ct = default)
    {
        var tree = await Subtree.LoadAsync(db, actor, ct);
        var ids = tree.Ids.ToList();
        var both = (await db.FiledReports.AsNoTracking()
                .Where(r => r.IsCurrent && (r.Year == year || r.Year == year - 1) && ids.Contains(r.AgencyId))
                .GroupBy(r => r.AgencyId).Where(g => g.Count() == 2).Select(g => g.Key).ToListAsync(ct))
            .ToHashSet();
        var ordered = tree.Agencies.Where(a => both.Contains(a.Id)).Select(a => a.Id).ToList();
        page = Math.Clamp(page, 1, Paging.Count(ordered.Count, PageSize));
        var pageIds = ordered.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        var pairs = await db.FiledReports.AsNoTracking()
            .Where(r => r.IsCurrent && (r.Year == year || r.Year == year - 1) && pageIds.Contains(r.AgencyId))
            .Select(r => new { r.Id, r.AgencyId, r.Year }).ToListAsync(ct);
        var units = new List<UnitMoves>();
        foreach (var agencyId in pageIds)
        {
            var old = pairs.Single(p => p.AgencyId == agencyId && p.Year == year - 1);
            var @new = pairs.Single(p => p.AgencyId == agencyId && p.Year == year);
            var v = (await FiledComparison.CompareAsync(db.FiledReports.AsNoTracking(), old.Id, @new.Id, ct))!;
            units.Add(Moves(v));
        }
        return new MovesPage(year, units, ordered.Count, page, PageSize);
    }

    /// <summary>The counts that moved most (by how much, then by the share of the old value), and the copied text.</summary>
    public static UnitMoves Moves(ComparisonView v)
    {
        var c = v.Comparison;
        var biggest = c.KeyFigures
            .Where(k => k.Kind == FigureKind.Count && k.Change is decimal d && d != 0 && !k.Key.StartsWith("withheld.", StringComparison.Ordinal))
            .OrderByDescending(k => Math.Abs(k.Change!.Value)).ThenByDescending(k => Math.Abs(k.Percent ?? 0)).Take(3).ToList();
        var sections = c.Copied.Where(p => p.Scope == CopyScope.Section).Select(p => p.Section.Title).ToList();
        var paragraphs = c.Copied.Count(p => p.Scope == CopyScope.Paragraph);
        return new UnitMoves(v.Old, v.New, biggest, sections, paragraphs, c.ChangedCells, c.Findings.Count(f => f.Severity >= Severity.Warning));
    }
}

/// <summary>The public portal's comparisons: current filed reports only, read from the replica when there is one.</summary>
public sealed class PublicComparisons(GongkaiDb db)
{
    private IQueryable<FiledReport> Current => db.FiledReports.AsNoTracking().Where(r => r.IsCurrent);

    public Task<ComparisonView?> CompareAsync(long oldId, long newId, CancellationToken ct = default) =>
        FiledComparison.CompareAsync(Current, oldId, newId, ct);

    public async Task<long?> PreviousOfAsync(long reportId, CancellationToken ct = default)
    {
        var r = await Current.Where(x => x.Id == reportId).Select(x => new { x.AgencyId, x.Year }).FirstOrDefaultAsync(ct);
        return r is null ? null : await FiledComparison.PreviousAsync(Current, r.AgencyId, r.Year, ct);
    }

    public Task<List<ComparedFiling>> ReportsOfAsync(int agencyId, CancellationToken ct = default) =>
        FiledComparison.ReportsOfAsync(Current, agencyId, ct);
}
