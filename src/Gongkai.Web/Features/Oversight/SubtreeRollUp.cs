using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Core.Oversight;
using Gongkai.Core.Rules;
using Gongkai.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gongkai.Web.Features.Oversight;

/// <summary>
/// Units with a gap in one roll-up cell, for one reason. <see cref="AtLeast"/>: the count is a lower bound — the cell
/// sums several of the units' cells (2021 其他处理 sub-rows into a 2019 roll-up) and the database counted the
/// nulls per unit cell, not their union.
/// </summary>
public sealed record SubtreeGap(string Cell, RollUpGapReason Reason, int Units, bool AtLeast);

/// <summary>A unit whose current report has errors (FiledReports.Errors &gt; 0).</summary>
public sealed record ErrorUnit(int AgencyId, string Agency, long ReportId, int Errors);

/// <summary>How many current reports of the subtree were in one layout variant.</summary>
public sealed record LayoutVariant(int Template, bool OtherCollapsed, int Units, int UnitsWithErrors);

/// <summary>
/// The roll-up of a whole subtree: <see cref="Report"/> is checked (table rules on the sum plus rollup.* findings),
/// <see cref="Units"/> current reports summed, gaps per cell with unit counts, and the units with errors: all of
/// them counted, the first <c>named</c> (most errors first) listed and traced in rollup.unit-errors findings.
/// </summary>
public sealed record SubtreeRollUpResult(Report Report, int Units, ImmutableArray<LayoutVariant> Variants,
    ImmutableArray<SubtreeGap> Gaps, int UnitsWithErrors, ImmutableArray<ErrorUnit> ErrorUnits)
{
    public ImmutableArray<Finding> Findings => Report.Findings;
}

/// <summary>
/// 汇总 of an agency's whole subtree for a year (a district's units, a province, the nation) without loading the
/// units' reports: the current reports of every agency strictly below the root (the root's own report is not its
/// own roll-up's unit, as on the roll-up page). PostgreSQL reads the root's <see cref="RollUpPartials"/>, one per
/// layout variant (template, collapsed 其他处理)
/// with, per cell, the number of units that had a value there; each variant comes back as one partial
/// <see cref="Report"/>, and <see cref="RollUp.Sum"/> over those few partials gives the checked report — template
/// mixing and the identities are handled by Core, once.
/// <para>
/// Two runs of <see cref="RollUp.Sum"/>: the values come from partials whose cell is null only where no unit of the
/// variant had a value (exactly RollUp.Sum's rule over the units themselves), the findings from partials whose cell is
/// null where any unit's was (so the table rules skip the cells a unit left out, as they do over the units). The
/// rollup.incomplete findings are rebuilt with unit counts, and rollup.unit-errors name units from
/// FiledReports.Errors; rollup.template-mismatch names a variant ("2019年格式的 N 个单位") rather than each unit.
/// </para>
/// <para>
/// The subtree is <see cref="AgencyTree.Cte(GongkaiDb)"/>, inside the aggregate statement.
/// </para>
/// </summary>
public sealed class SubtreeRollUp(GongkaiDb db)
{
    public async Task<SubtreeRollUpResult> SumAsync(int agencyId, int year, int named = 20, CancellationToken ct = default)
    {
        var name = await db.Agencies.AsNoTracking().Where(a => a.Id == agencyId).Select(a => a.Name).FirstOrDefaultAsync(ct)
            ?? throw new KeyNotFoundException($"单位 {agencyId} 不存在");
        var variants = db.Database.IsNpgsql() ? await SumInDatabaseAsync(agencyId, year, ct) : await SumInMemoryAsync(agencyId, year, ct);
        var errorUnits = await ErrorUnitsAsync(agencyId, year, named, ct);
        return await Task.Run(() => Combine(name, year, variants, errorUnits), ct);
    }

    /// <summary>One variant's sums: per unit cell (layout order) the sum of known values and the number of units that had one.</summary>
    internal sealed record VariantSums(TemplateId Template, bool OtherCollapsed, int Units, int UnitsWithErrors, decimal[] Sums, int[] Known)
    {
        public ReportLayout Layout => TemplateCatalog.Get(Template, OtherCollapsed);
        public string Name => $"{Template.Code()}年格式{(OtherCollapsed ? "（“其他处理”印成一行）" : "")}的{Units}个单位";
    }

    private async Task<List<VariantSums>> SumInDatabaseAsync(int root, int year, CancellationToken ct)
    {
        // The root's own partials hold the reports of everything strictly below it (RollUpPartials): a row per
        // layout variant, unnested to one row per (variant, cell).
        const string Sql = """
            SELECT "Template" AS template, "OtherCollapsed" AS collapsed, 0 AS cell, "Units" AS amount, "UnitsWithErrors" AS tally
            FROM "RollUpPartials" WHERE "Year" = @year AND "AncestorId" = @root AND "Units" > 0
            UNION ALL
            SELECT p."Template", p."OtherCollapsed", u.i, u.s, u.k
            FROM "RollUpPartials" p, unnest(p."Sums", p."Known") WITH ORDINALITY u(s, k, i)
            WHERE p."Year" = @year AND p."AncestorId" = @root AND p."Units" > 0
            """;
        var heads = new Dictionary<(TemplateId, bool), (int Units, int Errors)>();
        var cells = new Dictionary<(TemplateId, bool), List<(int Index, decimal Sum, int Known)>>();
        await foreach (var row in QueryAsync(Sql, root, year, ct))
        {
            // A head row (cell 0) holds the units and those with errors; a cell row the sum and how many units knew it.
            var key = (TemplateIds.FromNumber(row.Int("template")), row.Bool("collapsed"));
            var index = row.Int("cell");
            if (index == 0) heads[key] = (row.Int("amount"), row.Int("tally"));
            else
            {
                if (!cells.TryGetValue(key, out var l)) cells[key] = l = [];
                l.Add((index - 1, row.DecimalOrZero("amount"), row.Int("tally")));
            }
        }
        var list = new List<VariantSums>();
        foreach (var ((template, collapsed), (units, errors)) in heads)
        {
            var count = TemplateCatalog.Get(template, collapsed).Sections.Sum(s => s.CellCount);
            var sums = new decimal[count];
            var known = new int[count];
            foreach (var (i, sum, k) in cells.GetValueOrDefault((template, collapsed)) ?? [])
                if (i < count) { sums[i] = sum; known[i] = k; }
            list.Add(new VariantSums(template, collapsed, units, errors, sums, known));
        }
        return list;
    }
    /// <summary>SQLite keeps the cells as JSON text: the rows are streamed and summed here (a single-office database).</summary>
    private async Task<List<VariantSums>> SumInMemoryAsync(int root, int year, CancellationToken ct)
    {
        var ids = new List<int>();
        await foreach (var row in QueryAsync($"""{AgencyTree.Cte(db)} SELECT "Id" AS id FROM sub WHERE "Id" <> @root""", root, year, ct))
            ids.Add(row.Int("id"));
        var rows = db.FiledReports.AsNoTracking().Where(r => r.IsCurrent && r.Year == year && ids.Contains(r.AgencyId))
            .Select(r => new { r.Template, r.OtherCollapsed, r.Cells, r.Errors }).AsAsyncEnumerable();
        var by = new Dictionary<(TemplateId, bool), VariantSums>();
        await foreach (var r in rows.WithCancellation(ct))
        {
            if (!by.TryGetValue((r.Template, r.OtherCollapsed), out var v))
                by[(r.Template, r.OtherCollapsed)] = v = new VariantSums(r.Template, r.OtherCollapsed, 0, 0, new decimal[r.Cells.Length], new int[r.Cells.Length]);
            for (var i = 0; i < r.Cells.Length && i < v.Sums.Length; i++)
                if (r.Cells[i] is decimal x) { v.Sums[i] += x; v.Known[i]++; }
            by[(r.Template, r.OtherCollapsed)] = v with { Units = v.Units + 1, UnitsWithErrors = v.UnitsWithErrors + (r.Errors > 0 ? 1 : 0) };
        }
        return [.. by.Values];
    }

    private async Task<List<(ErrorUnit Unit, List<string> Places)>> ErrorUnitsAsync(int root, int year, int named, CancellationToken ct)
    {
        var units = new List<ErrorUnit>();
        if (named <= 0) return [];
        await foreach (var row in QueryAsync($"""
            {AgencyTree.Cte(db)}
            SELECT r."AgencyId" AS agency_id, a."Name" AS name, r."Id" AS report_id, r."Errors" AS errors
            FROM "FiledReports" r JOIN "Agencies" a ON a."Id" = r."AgencyId"
            WHERE r."IsCurrent" AND r."Year" = @year AND r."Errors" > 0 AND r."AgencyId" IN (SELECT "Id" FROM sub) AND r."AgencyId" <> @root
            ORDER BY r."Errors" DESC, r."AgencyId", r."Id"
            LIMIT {named}
            """, root, year, ct))
            units.Add(new ErrorUnit(row.Int("agency_id"), row.String("name"), row.Long("report_id"), row.Int("errors")));
        var ids = units.Select(u => u.ReportId).ToArray();
        var places = (await db.FiledFindings.AsNoTracking()
                .Where(f => ids.Contains(f.FiledReportId) && f.Severity == Severity.Error)
                .Select(f => new { f.FiledReportId, f.Id, f.Where }).ToListAsync(ct))
            .GroupBy(f => f.FiledReportId).ToDictionary(g => g.Key, g => g.OrderBy(f => f.Id).Select(f => f.Where).Distinct().ToList());
        return [.. units.Select(u => (u, places.GetValueOrDefault(u.ReportId) ?? []))];
    }

    internal static SubtreeRollUpResult Combine(string agency, int year, List<VariantSums> variants, List<(ErrorUnit Unit, List<string> Places)> errorUnits)
    {
        variants = [.. variants.OrderBy(v => v.Template).ThenBy(v => v.OtherCollapsed)];
        var known = variants.Select(v => Partial(v, anyNull: false)).ToList();
        var strict = variants.Select(v => Partial(v, anyNull: true)).ToList();
        var values = RollUp.Sum(agency, year, known);
        var checkedRun = RollUp.Sum(agency, year, strict);

        // Gaps: the strict run says where and why; the counts come from the variants' known counts.
        var gaps = new List<SubtreeGap>();
        foreach (var cell in checkedRun.Gaps.GroupBy(g => (g.Cell, g.Reason)))
        {
            int units = 0;
            var atLeast = false;
            foreach (var g in cell)
            {
                var v = variants[g.UnitIndex];
                if (g.Reason != RollUpGapReason.Unreadable) { units += v.Units; continue; }
                var sources = Sources(v.Layout, year, g.Cell);
                units += sources.Count == 0 ? v.Units : sources.Max(sc => v.Units - v.Known[sc]);
                atLeast |= sources.Count > 1;
            }
            gaps.Add(new SubtreeGap(cell.Key.Cell, cell.Key.Reason, units, atLeast));
        }
        gaps = [.. gaps.OrderBy(g => g.Cell, StringComparer.Ordinal).ThenBy(g => g.Reason)];

        var findings = checkedRun.Report.Findings
            .Where(f => f.Rule is not ("rollup.incomplete" or "rollup.unit-errors"))
            .ToList();
        foreach (var cell in checkedRun.Gaps.GroupBy(g => g.Cell))
        {
            var (section, index) = Locate(values.Report, cell.Key);
            var count = gaps.Where(g => g.Cell == cell.Key).Sum(g => g.Units);
            var who = string.Join("、", cell.Select(g => variants[g.UnitIndex].Name).Distinct());
            findings.Add(RuleCatalogue.RollupIncomplete.Make(cell.Key, null, section[index],
                ("place", section.Layout.CellName(index)), ("count", count), ("units", who)));
        }
        foreach (var (unit, places) in errorUnits)
            findings.Add(RuleCatalogue.RollupUnitErrors.Make(places.FirstOrDefault() ?? "format", null, unit.Errors,
                ("unit", unit.Agency), ("count", unit.Errors), ("places", places.Count == 0 ? "读取错误" : string.Join("；", places.Select(p => Gongkai.Core.Labels.Chinese.Place(p, values.Report.Layout))))));

        var report = values.Report with { Findings = [.. findings] };
        return new SubtreeRollUpResult(report, variants.Sum(v => v.Units),
            [.. variants.Select(v => new LayoutVariant(v.Template.Number(), v.OtherCollapsed, v.Units, v.UnitsWithErrors))],
            [.. gaps], variants.Sum(v => v.UnitsWithErrors), [.. errorUnits.Select(e => e.Unit)]);
    }

    /// <summary>
    /// A variant as one unit: <paramref name="anyNull"/> false — a cell is null only when no unit had a value (the
    /// value run); true — null when any unit lacked one (the checking run).
    /// </summary>
    private static Report Partial(VariantSums v, bool anyNull)
    {
        var layout = v.Layout;
        var offset = 0;
        SectionData Next(SectionLayout s)
        {
            var cells = new decimal?[s.CellCount];
            for (var i = 0; i < s.CellCount; i++)
            {
                var k = v.Known[offset + i];
                cells[i] = (anyNull ? k < v.Units : k == 0) ? null : v.Sums[offset + i];
            }
            offset += s.CellCount;
            return new SectionData(s, [.. cells]);
        }
        return new Report
        {
            Layout = layout, Agency = v.Name,
            Proactive = Next(layout.Proactive), Applications = Next(layout.Applications), ReviewLitigation = Next(layout.ReviewLitigation),
        };
    }

    private static (SectionData Section, int Cell) Locate(Report report, string path)
    {
        var first = path.IndexOf('.');
        var last = path.LastIndexOf('.');
        var section = report.Section(path[..first]);
        return (section, section.Layout.CellIndex(path[(first + 1)..last], path[(last + 1)..]));
    }

    private static readonly ConcurrentDictionary<(TemplateId, bool, TemplateId), ILookup<string, int>> SourceMaps = new();

    /// <summary>
    /// The unit cells (flat index, layout order) that add into a roll-up cell: found once per pair of layouts by
    /// asking <see cref="RollUp.Sum"/> itself where a lone 1 in each unit cell lands, so the mapping is Core's.
    /// </summary>
    private static List<int> Sources(ReportLayout source, int year, string cell)
    {
        var target = TemplateIds.ForYear(year);
        var map = SourceMaps.GetOrAdd((source.Template, source.OtherCollapsed, target), _ =>
        {
            var pairs = new List<(string Cell, int Source)>();
            var total = source.Sections.Sum(s => s.CellCount);
            for (var sc = 0; sc < total; sc++)
            {
                var probe = Partial(new VariantSums(source.Template, source.OtherCollapsed, 1, 0,
                    [.. Enumerable.Range(0, total).Select(i => i == sc ? 1m : 0m)], [.. Enumerable.Repeat(1, total)]), anyNull: false);
                var sum = RollUp.Sum("probe", year, [probe]).Report;
                foreach (var s in sum.Sections)
                    for (var i = 0; i < s.Cells.Length; i++)
                        if (s.Cells[i] == 1m) pairs.Add((s.Layout.CellPath(i), sc));
            }
            return pairs.ToLookup(p => p.Cell, p => p.Source);
        });
        return [.. map[cell]];
    }

    private IAsyncEnumerable<SqlRow> QueryAsync(string sql, int root, int year, CancellationToken ct) =>
        OversightSql.QueryAsync(db, sql, [("@root", root), ("@year", year)], ct);
}
