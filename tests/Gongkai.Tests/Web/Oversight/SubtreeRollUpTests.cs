using Gongkai.Core.Layout;
using Gongkai.Core.Oversight;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Oversight;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Web.Oversight;

public sealed class SubtreeRollUpOnSqlite() : SubtreeRollUpTests(postgres: null);

public sealed class SubtreeRollUpOnPostgres() : SubtreeRollUpTests(TestPostgres.ConnectionString), IOnPostgres;

/// <summary>
/// The subtree roll-up after every kind of change a report or an agency goes through: on PostgreSQL it reads the
/// trigger-kept RollUpPartials, which must always equal both the sum of the units' reports and a rebuild from scratch.
/// </summary>
public abstract class SubtreeRollUpTests(string? postgres) : IDisposable
{
    private readonly GongkaiFactory _app = new(new DateOnly(2025, 3, 1), postgres: postgres);

    public void Dispose()
    {
        _app.Dispose();
        GC.SuppressFinalize(this);
    }

    private T With<T>(Func<GongkaiDb, T> f) => _app.With(f);

    private async Task Import(IEnumerable<BulkItem> items, BulkWritePath path = BulkWritePath.Auto)
    {
        using var scope = _app.Services.CreateScope();
        var r = await new BulkImport(scope.ServiceProvider.GetRequiredService<GongkaiDb>()) { Path = path }.ImportAsync(items);
        Assert.Empty(r.Failures);
    }

    private async Task<SubtreeRollUpResult> Sum(int root, int year)
    {
        using var scope = _app.Services.CreateScope();
        return await new SubtreeRollUp(scope.ServiceProvider.GetRequiredService<GongkaiDb>()).SumAsync(root, year);
    }

    /// <summary>RollUp.Sum over the current reports of every agency strictly below <paramref name="root"/>, loaded one by one.</summary>
    private async Task AssertSumsTheUnitsBelow(int root, int year)
    {
        var (units, rows) = With(db =>
        {
            var all = db.Agencies.AsNoTracking().ToList();
            var below = new HashSet<int>();
            for (var grew = true; grew;)
            {
                grew = false;
                foreach (var a in all)
                    if (a.ParentId is int p && (p == root || below.Contains(p)) && below.Add(a.Id)) grew = true;
            }
            return (below, db.FiledReports.AsNoTracking().Where(r => r.IsCurrent && r.Year == year).ToList().Where(r => below.Contains(r.AgencyId)).OrderBy(r => r.Id).ToList());
        });
        var expected = RollUp.Sum("root", year, [.. rows.Select(r => FiledReports.TablesOf(r, $"单位{r.AgencyId}"))]);
        var actual = await Sum(root, year);
        Assert.Equal(rows.Count, actual.Units);
        Assert.Equal(rows.Count(r => r.Errors > 0), actual.UnitsWithErrors);
        if (rows.Count == 0) return;
        foreach (var (e, a) in expected.Report.Sections.Zip(actual.Report.Sections))
            Assert.True(e.Cells.SequenceEqual(a.Cells), $"root {root}: " + string.Join("; ", e.Cells.Select((c, i) => (c, i))
                .Where(x => x.c != a.Cells[x.i]).Select(x => $"{e.Layout.CellPath(x.i)}: {x.c} vs {a.Cells[x.i]}")));
        if (postgres is not null)
        {
            await AssertPartialsEqualARebuild();
            AssertAgencyTreeEqualsAWalk();
        }
    }

    public sealed record Pair(int AncestorId, int AgencyId);

    /// <summary>PostgreSQL's trigger-kept closure table equals a fresh walk of ParentId.</summary>
    private void AssertAgencyTreeEqualsAWalk() => With(db =>
    {
        var kept = db.Database.SqlQueryRaw<Pair>("""SELECT "AncestorId", "AgencyId" FROM "AgencyAncestors" ORDER BY 1, 2""").ToList();
        var walked = db.Database.SqlQueryRaw<Pair>("""
            WITH RECURSIVE up("AgencyId", "AncestorId") AS (
              SELECT "Id", "Id" FROM "Agencies"
              UNION
              SELECT u."AgencyId", a."ParentId" FROM up u JOIN "Agencies" a ON a."Id" = u."AncestorId" WHERE a."ParentId" IS NOT NULL)
            SELECT "AncestorId", "AgencyId" FROM up ORDER BY 1, 2
            """).ToList();
        Assert.Equal(walked, kept);
        return 0;
    });

    private sealed record Partial(int AncestorId, int Year, int Template, bool OtherCollapsed, int Units, int UnitsWithErrors, string Sums, string Known);

    // Sums compared by value: 7733 and 7733.0000 are the same number in two scales.
    private async Task AssertPartialsEqualARebuild()
    {
        const string Sql = """
            SELECT "AncestorId", "Year", "Template", "OtherCollapsed", "Units", "UnitsWithErrors", (SELECT array_agg(trim_scale(x) ORDER BY i) FROM unnest("Sums") WITH ORDINALITY t(x, i))::text AS "Sums", "Known"::text AS "Known"
            FROM "RollUpPartials" WHERE "Units" <> 0 ORDER BY 1, 2, 3, 4
            """;
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDb>();
        var kept = await db.Database.SqlQueryRaw<Partial>(Sql).ToListAsync();
        await RollUpPartials.RebuildAsync(db);
        var rebuilt = await db.Database.SqlQueryRaw<Partial>(Sql).ToListAsync();
        Assert.NotEmpty(rebuilt);
        Assert.Equal(rebuilt, kept);
    }

    [DbFact]
    public async Task The_roll_up_follows_new_reports_supersession_moves_and_deletions()
    {
        var (root, mids, units, sibling, others) = With(db =>
        {
            var r = new Agency { Name = "测试区人民政府" };
            var s = new Agency { Name = "邻区人民政府" };
            db.Agencies.AddRange(r, s);
            db.SaveChanges();
            var m = Enumerable.Range(0, 2).Select(i => new Agency { Name = $"第{i}街道", ParentId = r.Id }).ToList();
            db.Agencies.AddRange(m);
            db.SaveChanges();
            var u = Enumerable.Range(0, 8).Select(i => new Agency { Name = $"单位{i}", ParentId = m[i % 2].Id }).ToList();
            var o = Enumerable.Range(0, 3).Select(i => new Agency { Name = $"邻区单位{i}", ParentId = s.Id }).ToList();
            db.Agencies.AddRange(u);
            db.Agencies.AddRange(o);
            db.SaveChanges();
            return (r.Id, m.Select(x => x.Id).ToList(), u.Select(x => x.Id).ToList(), s.Id, o.Select(x => x.Id).ToList());
        });
        const int Year = 2024;
        var seed = 3000;
        // Mixed layouts, broken identities and null cells, by COPY (PostgreSQL) in two batches.
        await Import(units.Concat(mids).Concat(others).Select((u, i) => ScaleTests.Item(seed++, u, Year,
            template: i % 5 == 0 ? TemplateId.V2019 : null, collapsed: i % 4 == 1, error: i % 3 == 0, nulls: i % 4 == 2 ? 2 : 0)));
        foreach (var a in new[] { root, mids[0], sibling }) await AssertSumsTheUnitsBelow(a, Year);

        // Newer reports supersede three units' (EF Core's INSERT and UPDATE statements this time).
        await Import(units.Take(3).Select(u => ScaleTests.Item(seed++, u, Year, error: true)), BulkWritePath.Ef);
        await AssertSumsTheUnitsBelow(root, Year);

        // The root's own report and a report of another year are no unit of this roll-up.
        await Import([ScaleTests.Item(seed++, root, Year), ScaleTests.Item(seed++, units[4], Year - 1)]);
        await AssertSumsTheUnitsBelow(root, Year);

        // A unit moves to the other district: its report moves with it.
        With(db =>
        {
            var unit = db.Agencies.Single(a => a.Id == units[0]);
            unit.ParentId = sibling;
            return db.SaveChanges();
        });
        foreach (var a in new[] { root, mids[0], sibling }) await AssertSumsTheUnitsBelow(a, Year);

        // A current report deleted (its findings first): the older one of the unit does not come back, as in the table.
        With(db =>
        {
            var id = db.FiledReports.Where(r => r.AgencyId == units[1] && r.IsCurrent && r.Year == Year).Select(r => r.Id).Single();
            db.FiledFindings.Where(f => f.FiledReportId == id).ExecuteDelete();
            return db.FiledReports.Where(r => r.Id == id).ExecuteDelete();
        });
        await AssertSumsTheUnitsBelow(root, Year);
        await AssertSumsTheUnitsBelow(mids[1], Year);

        // A street moves with its units: the whole branch changes district.
        With(db =>
        {
            db.Agencies.Single(a => a.Id == mids[1]).ParentId = sibling;
            return db.SaveChanges();
        });
        foreach (var a in new[] { root, mids[1], sibling }) await AssertSumsTheUnitsBelow(a, Year);
    }
}
