using System.Text;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Core.Oversight;
using Gongkai.Core.Rules;
using Gongkai.Core.Text;
using Gongkai.Tests.Generation;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Open;
using Gongkai.Web.Features.Oversight;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Web.Oversight;

public sealed class ScaleOnSqlite() : ScaleTests(postgres: null);

public sealed class ScaleOnPostgres() : ScaleTests(TestPostgres.ConnectionString), IOnPostgres;

/// <summary>BulkImport (idempotent, all-or-nothing batches, the same rows as ToRow) and SubtreeRollUp (= RollUp.Sum over the units).</summary>
public abstract class ScaleTests(string? postgres) : IDisposable
{
    private readonly GongkaiFactory _app = new(new DateOnly(2025, 3, 1), postgres: postgres);

    public void Dispose()
    {
        _app.Dispose();
        GC.SuppressFinalize(this);
    }

    private static readonly DateTimeOffset At = new(2025, 2, 1, 0, 0, 0, TimeSpan.Zero);

    internal static BulkItem Item(int seed, int agency, int year, TemplateId? template = null, bool? collapsed = null, bool error = false, int nulls = 0)
    {
        var rng = ReportGenerator.Seeded(seed);
        var report = ReportGenerator.Generate(rng, template ?? TemplateIds.ForYear(year), collapsed) with { Agency = $"单位{agency}", Year = year };
        if (error)
        {
            var i = report.Applications.Layout.CellIndex("newReceived", "total");
            report = report.WithSection(report.Applications.With(i, (report.Applications[i] ?? 0) + 1));
        }
        for (var n = 0; n < nulls; n++)
        {
            var s = report.Sections.ElementAt(rng.Next(3));
            report = report.WithSection(s.With(rng.Next(s.Cells.Length), null));
        }
        report = ReportChecker.Check(report);
        return new BulkItem(report, Encoding.UTF8.GetBytes($"seed {seed} agency {agency} year {year}"), agency, year, $"{seed}.txt", "text");
    }

    private T With<T>(Func<GongkaiDb, T> f) => _app.With(f);

    private async Task<BulkImportResult> Import(IEnumerable<BulkItem> items, int batch = 1000, BulkWritePath path = BulkWritePath.Auto)
    {
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDb>();
        return await new BulkImport(db) { BatchSize = batch, ReceivedAt = At, Path = path }.ImportAsync(items);
    }

    private (int Reports, int Files, int Findings) Counts() => With(db =>
        (db.FiledReports.Count(), db.ReportFiles.Count(), db.FiledFindings.Count()));

    /// <summary>
    /// On PostgreSQL every stored report has its search grams, exactly the codes of its SearchText (on SQLite the
    /// column does not exist).
    /// </summary>
    private void AssertGrams()
    {
        if (postgres is null)
        {
            Assert.Null(With(db => db.Model.FindEntityType(typeof(FiledReport))!.FindProperty(nameof(FiledReport.Grams))));
            return;
        }
        var rows = With(db => db.FiledReports.AsNoTracking().Select(r => new { r.Id, r.SearchText, r.Grams }).ToList());
        Assert.NotEmpty(rows);
        Assert.All(rows, r =>
        {
            Assert.NotEmpty(r.Grams);
            Assert.Equal(SearchText.Codes(r.SearchText), r.Grams);
        });
    }

    [DbFact]
    public async Task Importing_the_same_batch_twice_stores_it_once()
    {
        var items = Enumerable.Range(0, 12).Select(i => Item(i, 1 + i % 3, 2024, error: i % 4 == 0)).ToList();
        var first = await Import(items, batch: 5);
        Assert.Equal((12, 0, 0), (first.Inserted, first.Skipped, first.FailedItems));
        var counts = Counts();
        Assert.True(counts.Findings > 0);
        AssertGrams();
        var second = await Import(items, batch: 5);
        Assert.Equal((0, 12, 0), (second.Inserted, second.Skipped, second.FailedItems));
        Assert.Equal(counts, Counts());
    }

    [DbFact]
    public async Task A_batch_with_an_unknown_agency_leaves_none_of_its_rows_and_the_other_batches_are_stored()
    {
        var items = Enumerable.Range(0, 9).Select(i => Item(100 + i, i == 4 ? 987654 : 1 + i % 3, 2024)).ToList();
        var r = await Import(items, batch: 3);
        Assert.Equal(6, r.Inserted);
        var failure = Assert.Single(r.Failures);
        Assert.Equal((3, 3), (failure.First, failure.Count));
        Assert.Equal(3, r.FailedItems);
        var stored = With(db => db.FiledReports.Select(x => x.Sha256).ToHashSet());
        var failedShas = items.Skip(3).Take(3).Select(i => FiledReports.Sha256Hex(i.Content)).ToList();
        Assert.All(failedShas, s => Assert.DoesNotContain(s, stored));
        Assert.Equal(6, Counts().Files);
        AssertGrams();
        // The batch's good reports go in once the bad one is left out.
        var retry = await Import(items.Where((_, i) => i != 4));
        Assert.Equal((2, 6), (retry.Inserted, retry.Skipped));
    }

    [DbFact]
    public async Task Both_write_paths_store_the_search_grams_and_the_portal_finds_their_reports()
    {
        // COPY (PostgreSQL's default) and EF Core's inserts; SQLite has the EF path only.
        static BulkItem Saying(BulkItem item, string prose) => item with { Report = item.Report with { Narrative = new Narrative(null, prose, null, null) } };
        var copied = Saying(Item(31, 1, 2024), "本年度推进政务公开标准化规范化建设。");
        var inserted = Saying(Item(32, 2, 2024), "重点做好财政预决算信息公开。");
        await Import([copied], path: postgres is null ? BulkWritePath.Ef : BulkWritePath.Copy);
        await Import([inserted], path: BulkWritePath.Ef);
        AssertGrams();
        using var scope = _app.Services.CreateScope();
        var portal = new Portal(scope.ServiceProvider.GetRequiredService<GongkaiDb>());
        async Task<string[]> Agencies(string q) =>
            [.. (await portal.SearchAsync(new PortalQuery(q, null, null, null), CancellationToken.None)).Items.Select(h => h.AgencyId.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        Assert.Equal(["1"], await Agencies("标准化规范化"));
        Assert.Equal(["2"], await Agencies("预决算"));
        Assert.Empty(await Agencies("规范化标准化"));
    }

    [DbFact]
    public async Task A_file_twice_within_one_batch_is_one_report()
    {
        var item = Item(7, 1, 2024);
        var r = await Import([item, item with { FileName = "again.txt" }, Item(8, 2, 2024)]);
        Assert.Equal((2, 1, 0), (r.Inserted, r.Skipped, r.FailedItems));
        Assert.Equal(2, Counts().Reports);
    }

    [DbFact]
    public async Task Bulk_rows_equal_what_ToRow_gives_with_findings_and_the_grams_SaveChanges_gives()
    {
        var items = new[] { Item(11, 1, 2024, error: true), Item(12, 2, 2020, TemplateId.V2019, nulls: 3), Item(13, 3, 2023, collapsed: true) };
        await Import(items);
        AssertGrams();
        foreach (var item in items)
        {
            var sha = FiledReports.Sha256Hex(item.Content);
            var expected = FiledReports.ToRow(item.Report, item.AgencyId, item.Year, sha, item.FileName, item.Format, item.Source, At);
            var (row, findings, file) = With(db =>
            {
                var r = db.FiledReports.AsNoTracking().Single(x => x.Sha256 == sha);
                return (r, db.FiledFindings.AsNoTracking().Where(f => f.FiledReportId == r.Id).OrderBy(f => f.Id).ToList(),
                    db.ReportFiles.AsNoTracking().Single(f => f.Id == r.FileId));
            });
            Assert.Equal((expected.AgencyId, expected.Year, expected.Template, expected.OtherCollapsed, expected.Format, expected.Source),
                (row.AgencyId, row.Year, row.Template, row.OtherCollapsed, row.Format, row.Source));
            Assert.Equal(expected.ReceivedAt, row.ReceivedAt);
            Assert.Equal(expected.Json, row.Json);
            Assert.Equal(expected.Cells, row.Cells);
            Assert.Equal((expected.Errors, expected.Warnings, expected.Published, expected.SearchText, expected.IsCurrent),
                (row.Errors, row.Warnings, row.Published, row.SearchText, row.IsCurrent));
            Assert.Equal([expected.NewReceived, expected.CarriedForward, expected.ReviewTotal, expected.ReviewCorrected, expected.ReviewConcluded,
                expected.SuitTotal, expected.SuitCorrected, expected.SuitConcluded],
                [row.NewReceived, row.CarriedForward, row.ReviewTotal, row.ReviewCorrected, row.ReviewConcluded,
                row.SuitTotal, row.SuitCorrected, row.SuitConcluded]);
            Assert.Equal(expected.Findings.Select(f => (f.Rule, f.Severity, f.Where, f.Message, f.Expected, f.Actual, f.AgencyId, f.Year)),
                findings.Select(f => (f.Rule, f.Severity, f.Where, f.Message, f.Expected, f.Actual, f.AgencyId, f.Year)));
            Assert.Equal(item.Content, file.Content);
            Assert.Equal(sha, file.Sha256);
        }
        Assert.Contains(With(db => db.FiledFindings.Select(f => f.Severity).ToList()), s => s == Severity.Error);
    }

    [DbFact]
    public async Task A_newer_report_of_the_same_unit_and_year_supersedes_the_older()
    {
        await Import([Item(21, 2, 2024)]);
        await Import([Item(22, 2, 2024), Item(23, 3, 2024)]);
        var current = With(db => db.FiledReports.Where(r => r.AgencyId == 2 && r.Year == 2024).OrderBy(r => r.Id).Select(r => r.IsCurrent).ToList());
        Assert.Equal([false, true], current);
    }

    /// <summary>A district (root) with two sub-districts of units, and a sibling district whose units must never count.</summary>
    private (int Root, int Sibling, List<int> Units, List<int> SiblingUnits) Tree() => With(db =>
    {
        var root = new Agency { Name = "测试区人民政府" };
        var sibling = new Agency { Name = "邻区人民政府" };
        db.Agencies.AddRange(root, sibling);
        db.SaveChanges();
        var mids = Enumerable.Range(0, 2).Select(i => new Agency { Name = $"测试区第{i}街道", ParentId = root.Id }).ToList();
        db.Agencies.AddRange(mids);
        db.SaveChanges();
        var units = Enumerable.Range(0, 10).Select(i => new Agency { Name = $"测试单位{i}", ParentId = mids[i % 2].Id }).ToList();
        var others = Enumerable.Range(0, 3).Select(i => new Agency { Name = $"邻区单位{i}", ParentId = sibling.Id }).ToList();
        db.Agencies.AddRange(units);
        db.Agencies.AddRange(others);
        db.SaveChanges();
        return (root.Id, sibling.Id, units.Select(u => u.Id).Concat(mids.Select(m => m.Id)).ToList(), others.Select(u => u.Id).ToList());
    });

    private async Task<SubtreeRollUpResult> SubtreeSum(int root, int year)
    {
        using var scope = _app.Services.CreateScope();
        return await new SubtreeRollUp(scope.ServiceProvider.GetRequiredService<GongkaiDb>()).SumAsync(root, year);
    }

    [DbFact]
    public async Task Subtree_roll_up_equals_RollUp_Sum_over_the_units_reports_loaded_one_by_one()
    {
        var (root, _, units, others) = Tree();
        var seed = 500;
        foreach (var (year, round) in new[] { (2023, 0), (2020, 1), (2024, 2) })
        {
            var rng = new Random(round);
            var items = units.Select(u => Item(seed++, u, year,
                template: rng.Next(4) == 0 ? (year >= 2021 ? TemplateId.V2019 : TemplateId.V2021) : null,
                collapsed: year >= 2021 && rng.Next(4) == 0, error: rng.Next(5) == 0, nulls: rng.Next(3) == 0 ? rng.Next(1, 6) : 0)).ToList();
            items.AddRange(others.Select(u => Item(seed++, u, year)));
            await Import(items);

            var result = await SubtreeSum(root, year);
            var reports = With(db => db.FiledReports.AsNoTracking().Where(r => r.IsCurrent && r.Year == year && units.Contains(r.AgencyId))
                .OrderBy(r => r.Id).ToList()).Select(r => FiledReports.TablesOf(r, $"单位{r.AgencyId}") with
                {
                    Findings = Gongkai.Core.Json.ReportJson.Parse(r.Json).Findings,
                }).ToList();
            var expected = RollUp.Sum("测试区人民政府", year, reports);

            Assert.Equal(units.Count(u => items.Any(i => i.AgencyId == u)), result.Units);
            Assert.Equal(expected.Report.Layout, result.Report.Layout);
            foreach (var (e, a) in expected.Report.Sections.Zip(result.Report.Sections))
                Assert.True(e.Cells.SequenceEqual(a.Cells), string.Join("; ", e.Cells.Select((c, i) => (c, i)).Where(x => x.c != a.Cells[x.i])
                    .Select(x => $"{year} {e.Layout.CellPath(x.i)}: {x.c} vs {a.Cells[x.i]}")));
            // The table rules on the sum: the same findings at the same places.
            static IEnumerable<(string, string, decimal?, decimal?)> Tables(Report r) => r.Findings.Where(f => !f.Rule.StartsWith("rollup.", StringComparison.Ordinal))
                .Select(f => (f.Rule, f.Where, f.Expected, f.Actual)).OrderBy(f => f.Rule).ThenBy(f => f.Where);
            Assert.Equal(Tables(expected.Report), Tables(result.Report));
            // Gaps: the same cells for the same reasons, with the number of units (a lower bound only where flagged).
            var expectedGaps = expected.Gaps.GroupBy(g => (g.Cell, g.Reason)).ToDictionary(g => g.Key, g => g.Select(x => x.UnitIndex).Distinct().Count());
            Assert.Equal(expectedGaps.Keys.OrderBy(k => k.Cell).ThenBy(k => k.Reason), result.Gaps.Select(g => (g.Cell, g.Reason)));
            foreach (var g in result.Gaps)
                if (g.AtLeast) Assert.InRange(g.Units, 1, expectedGaps[(g.Cell, g.Reason)]);
                else Assert.Equal(expectedGaps[(g.Cell, g.Reason)], g.Units);
            Assert.Equal(expected.Report.Findings.Where(f => f.Rule == "rollup.incomplete").Select(f => f.Where).Order(),
                result.Findings.Where(f => f.Rule == "rollup.incomplete").Select(f => f.Where).Order());
            // Units with errors: the same units, named.
            var erring = expected.Report.Findings.Where(f => f.Rule == "rollup.unit-errors").Select(f => f.Message).Count();
            Assert.Equal(erring, result.UnitsWithErrors);
            Assert.Equal(reports.Where(r => r.HasErrors).Select(r => r.Agency).Order(),
                result.ErrorUnits.Select(u => $"单位{u.AgencyId}").Order());
            Assert.Equal(result.UnitsWithErrors, result.Findings.Count(f => f.Rule == "rollup.unit-errors"));
        }
    }

    [DbFact]
    public async Task Subtree_roll_up_stops_at_the_subtree()
    {
        var (root, sibling, units, others) = Tree();
        await Import(units.Select((u, i) => Item(900 + i, u, 2024)).Concat(others.Select((u, i) => Item(950 + i, u, 2024))));
        var mine = await SubtreeSum(root, 2024);
        var theirs = await SubtreeSum(sibling, 2024);
        Assert.Equal(units.Count, mine.Units);
        Assert.Equal(others.Count, theirs.Units);
        var cell = mine.Report.Applications.Layout.CellIndex("newReceived", "total");
        var own = With(db => db.FiledReports.Where(r => units.Contains(r.AgencyId)).Sum(r => r.NewReceived));
        var sib = With(db => db.FiledReports.Where(r => others.Contains(r.AgencyId)).Sum(r => r.NewReceived));
        Assert.Equal(own, mine.Report.Applications[cell]);
        Assert.Equal(sib, theirs.Report.Applications[cell]);
        var empty = await SubtreeSum(root, 2019);
        Assert.Equal(0, empty.Units);
    }
}
