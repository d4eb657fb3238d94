using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using System.Text;
using Gongkai.Core.Json;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Core.Rules;
using Gongkai.Ingest;
using Gongkai.Tests.Generation;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Cases;
using Gongkai.Web.Features.Open;
using Gongkai.Web.Features.Oversight;
using Gongkai.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Npgsql;

// Scale benchmark: a national tree of agencies, N generated reports bulk-imported into a fresh PostgreSQL
// database, then the roll-up, dashboard and portal queries timed (median of 5 after a warm-up).
var opts = Args.Parse(args);
var inv = CultureInfo.InvariantCulture;
// A word in every report, another, and one in a single report.
string[] searchWords = ["政府信息", "依申请公开", "第12345号单位"];
if (args.Contains("--search-only"))
{
    // The portal searches again on the database a full run left, for work on the search alone.
    var existing = new NpgsqlConnectionStringBuilder(opts.Connection) { Database = opts.Database, CommandTimeout = 600 }.ConnectionString;
    foreach (var q in searchWords)
        for (var i = 0; i < 3; i++)
        {
            await using var db = new GongkaiDb(new DbContextOptionsBuilder<GongkaiDb>().UseNpgsql(existing)
                .LogTo(Console.WriteLine, [Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted]).Options);
            var t = Stopwatch.StartNew();
            var page = await new Portal(db).SearchAsync(new PortalQuery(q, 2023, null, null), default);
            Console.WriteLine($"portal search “{q}” 2023: {t.Elapsed.TotalMilliseconds:N1} ms, {page.Total:N0} hits");
        }
    return;
}
var admin = new NpgsqlConnectionStringBuilder(opts.Connection) { Database = "postgres", Pooling = false };
await using (var c = new NpgsqlConnection(admin.ConnectionString))
{
    await c.OpenAsync();
    await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{opts.Database}\" WITH (FORCE)", c);
    await drop.ExecuteNonQueryAsync();
    await using var create = new NpgsqlCommand($"CREATE DATABASE \"{opts.Database}\"", c);
    await create.ExecuteNonQueryAsync();
}
var cs = new NpgsqlConnectionStringBuilder(opts.Connection) { Database = opts.Database, CommandTimeout = 600 }.ConnectionString;
GongkaiDb NewDb() => new(new DbContextOptionsBuilder<GongkaiDb>().UseNpgsql(cs, o => o.CommandTimeout(600)).Options);
await using (var db = NewDb()) await Database.MigrateAsync(db);

// The tree: 1 national → 31 provinces → ~330 cities → ~2,800 districts → units (80% of the reports: one 2023 report
// each; the other 20% are earlier years of some of them, for the year-on-year queries).
var unitCount = Math.Max(1, (int)(opts.Reports * 0.8));
var sw = Stopwatch.StartNew();
var tree = await Tree.CreateAsync(cs, unitCount);
Console.WriteLine($"agencies: {tree.Count:N0} ({unitCount:N0} units) in {sw.Elapsed.TotalSeconds:0.0} s");

var plan = Enumerable.Range(0, opts.Reports).Select(k => k < unitCount
    ? (Unit: tree.Units[k], Year: 2023, Seed: k)
    : (Unit: tree.Units[(int)((uint)(k * 2654435761u) % (uint)unitCount)], Year: 2020 + k % 3, Seed: k)).ToArray();

BulkItem Make(int k)
{
    var (unit, year, seed) = plan[k];
    var rng = ReportGenerator.Seeded(seed);
    var template = TemplateIds.ForYear(year);
    // One report in ten of 2021+ in the collapsed variant; one in twenty of 2021+ still in the 2019 format (mixing).
    var r = rng.NextDouble();
    var report = ReportGenerator.Generate(rng, year >= 2021 && r < 0.05 ? TemplateId.V2019 : template, year >= 2021 && r > 0.9);
    report = report with { Agency = unit.Name, Year = year };
    var roll = rng.NextDouble();
    if (roll < 0.03)
    {
        // A broken identity: an error the roll-up must trace.
        var i = report.Applications.Layout.CellIndex("newReceived", "total");
        report = report.WithSection(report.Applications.With(i, (report.Applications[i] ?? 0) + 1));
    }
    else if (roll < 0.08)
    {
        var s = report.ReviewLitigation;
        report = report.WithSection(s.With(rng.Next(s.Cells.Length), null));
    }
    report = ReportChecker.Check(report);
    var content = Encoding.UTF8.GetBytes(ReportJson.Serialize(report, includeNarrative: true));
    return new BulkItem(report, content, unit.Id, year, $"{unit.Id}-{year}.json", "json", "application/json");
}

IEnumerable<BulkItem> Generate(int from, int to)
{
    // Generated in parallel a thousand at a time, in order; the import runs on the caller's thread.
    for (var start = from; start < to; start += 1000)
    {
        var end = Math.Min(to, start + 1000);
        var chunk = Enumerable.Range(start, end - start).AsParallel().AsOrdered().Select(Make).ToArray();
        foreach (var item in chunk) yield return item;
    }
}

var results = new List<(string What, string Value)>();

// Generation alone (no database), for the share of the import time that is the generator's.
sw.Restart();
var genSample = Math.Min(opts.Reports, 2000);
foreach (var _ in Generate(0, genSample)) { }
var genRate = genSample / sw.Elapsed.TotalSeconds;
results.Add(("generate+check+serialize (2 threads), reports/s", genRate.ToString("N0", inv)));

// EF Core path on a sample, then COPY for the rest.
var efCount = Math.Min(opts.EfSample, opts.Reports);
await using (var db = NewDb())
{
    sw.Restart();
    var r = await new BulkImport(db) { Path = BulkWritePath.Ef, ReceivedAt = DateTimeOffset.UnixEpoch }.ImportAsync(Generate(0, efCount));
    var s = sw.Elapsed.TotalSeconds;
    results.Add(($"bulk import EF Core, {efCount:N0} reports (incl. generation), reports/s", (r.Inserted / s).ToString("N0", inv)));
    if (r.Failures.Count > 0) Console.WriteLine($"EF failures: {r.Failures[0].Error}");
}
await using (var db = NewDb())
{
    sw.Restart();
    var r = await new BulkImport(db) { Path = BulkWritePath.Copy, ReceivedAt = DateTimeOffset.UnixEpoch }.ImportAsync(Generate(efCount, opts.Reports));
    var s = sw.Elapsed.TotalSeconds;
    results.Add(($"bulk import COPY, {r.Inserted:N0} reports (incl. generation), reports/s", (r.Inserted / s).ToString("N0", inv)));
    results.Add(("bulk import COPY, total seconds", s.ToString("0.0", inv)));
    if (r.Failures.Count > 0) Console.WriteLine($"COPY failures: {r.Failures.Count}, first: {r.Failures[0].Error}");
    // Idempotency at scale: the first 2,000 again are all skipped.
    sw.Restart();
    var again = await new BulkImport(db) { ReceivedAt = DateTimeOffset.UnixEpoch }.ImportAsync(Generate(0, Math.Min(2000, opts.Reports)));
    results.Add(("re-import of 2,000 already stored: inserted/skipped", $"{again.Inserted}/{again.Skipped}"));
}

// The real text path on a sample: mangled extracted text → ReportReader → check → store (one transaction per file).
await using (var db = NewDb())
{
    var texts = Enumerable.Range(0, opts.TextSample).Select(i => ReportTextLayout.Generate(1_000_000 + i)).ToArray();
    sw.Restart();
    var stored = 0;
    var import = new BulkImport(db) { Path = BulkWritePath.Ef, BatchSize = 1 };
    for (var i = 0; i < texts.Length; i++)
    {
        var read = ReportReader.ReadText(texts[i].Text, $"t{i}.txt");
        if (!read.Ok) continue;
        var report = ReportChecker.Check(read.Reports[0]);
        var unit = tree.Units[i];
        var r = await import.ImportAsync([new BulkItem(report, Encoding.UTF8.GetBytes(texts[i].Text), unit.Id, 2024, $"t{i}.txt", "text")]);
        stored += r.Inserted;
    }
    results.Add(($"text path read+check+store, {stored} files one per transaction, files/s", (stored / sw.Elapsed.TotalSeconds).ToString("N1", inv)));
}

await using (var db = NewDb())
{
    await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
    var size = await Scalar<long>(db, """SELECT pg_total_relation_size('"FiledReports"') + pg_total_relation_size('"FiledFindings"') + pg_total_relation_size('"ReportFiles"')""");
    var count = await db.FiledReports.CountAsync();
    results.Add(("database size (reports with their search grams, findings, files), MB", (size / 1048576.0).ToString("N0", inv)));
    results.Add(("bytes per report, all three tables", (size / count).ToString("N0", inv)));
    results.Add(("  of which the GIN index on FiledReports.Grams, MB",
        ((await Scalar<long>(db, """SELECT pg_relation_size('"IX_FiledReports_Grams"')""")) / 1048576.0).ToString("N0", inv)));
    foreach (var t in new[] { "FiledReports", "FiledFindings", "ReportFiles" })
        results.Add(($"  {t}, MB", ((await Scalar<long>(db, $"SELECT pg_total_relation_size('\"{t}\"')")) / 1048576.0).ToString("N0", inv)));
}

Console.WriteLine();
var timings = new List<(string What, double Median, string Note)>();
async Task Time(string what, Func<GongkaiDb, Task<string>> run)
{
    await using var db = NewDb();
    var note = await run(db); // warm-up
    var runs = new List<double>();
    for (var i = 0; i < 5; i++)
    {
        var t = Stopwatch.StartNew();
        note = await run(db);
        runs.Add(t.Elapsed.TotalMilliseconds);
    }
    runs.Sort();
    timings.Add((what, runs[2], note));
    Console.WriteLine($"{what,-48} {runs[2],9:N1} ms  {note}");
}

var district = tree.Districts[tree.Districts.Count / 2];
var province = tree.Provinces[0];
foreach (var (label, id) in new[] { ("district", district), ("province", province), ("nation", tree.National) })
    await Time($"roll-up 2023, {label}", async db =>
    {
        var r = await new SubtreeRollUp(db).SumAsync(id, 2023);
        return $"{r.Units:N0} units, {r.UnitsWithErrors:N0} with errors, {r.Gaps.Length} gap cells, {r.Findings.Length} findings";
    });

// The roll-up page's view (the sum plus its unit and missing lists, the first 1,000 of each), as the page and API build it.
foreach (var (label, id) in new[] { ("district", district), ("province", province), ("nation", tree.National) })
    await Time($"roll-up page view 2023, {label}", async db =>
    {
        var v = await new RollUps(db, new Registry(db, TimeProvider.System)).BuildAsync(Actor.From(As(id)), 2023, null, default);
        return $"{v.Sum.Units:N0} units ({v.Units.Count:N0} listed), {v.MissingTotal:N0} missing";
    });

ClaimsPrincipal As(int agency) => new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "bench"), new Claim(Actor.AgencyClaim, agency.ToString(inv))], "bench"));
foreach (var (label, id) in new[] { ("province", province), ("nation", tree.National) })
{
    var user = As(id);
    // As the API does it: the scope (a check that the agency exists), then one query with the subtree inside.
    async Task<DashboardScope> Scope(GongkaiDb db) => await new Dashboard(db).ScopeAsync(Actor.From(user), default);
    await Time($"dashboard applications 2020-2023, {label}", async db => { var p = await new Dashboard(db).ApplicationsAsync(await Scope(db), 2020, 2023, null, default); return $"{p.Items.Length:N0} rows of {p.Total:N0} units"; });
    await Time($"dashboard outcomes 2023, {label}", async db => { var m = await new Dashboard(db).OutcomesAsync(await Scope(db), 2023, null, default); return $"{m.Units.Length:N0} of {m.Total:N0} units"; });
    await Time($"dashboard correction 2023, {label}", async db => { var p = await new Dashboard(db).CorrectionAsync(await Scope(db), 2023, null, default); return $"{p.Items.Length:N0} of {p.Total:N0} units"; });
    await Time($"dashboard ranking 2023, {label}", async db => { var p = await new Dashboard(db).RankingAsync(await Scope(db), 2023, "applications", null, default); return $"{p.Items.Length:N0} of {p.Total:N0} units"; });
    await Time($"dashboard anomalies 2023, {label}", async db => { var p = await new Dashboard(db).AnomaliesAsync(await Scope(db), 2023, null, default); return $"{p.Items.Length:N0} of {p.Total:N0} anomalies"; });
}
foreach (var q in searchWords)
    await Time($"portal search “{q}” 2023", async db => $"{(await new Portal(db).SearchAsync(new PortalQuery(q, 2023, null, null), default)).Total:N0} hits");
await Time("portal search “政府信息”, all years", async db => $"{(await new Portal(db).SearchAsync(new PortalQuery("政府信息", null, null, null), default)).Total:N0} hits");

Console.WriteLine();
Console.WriteLine($"| measure | value |");
Console.WriteLine($"|---|---|");
foreach (var (w, v) in results) Console.WriteLine($"| {w} | {v} |");
Console.WriteLine();
Console.WriteLine("| query | median of 5 (ms) | result |");
Console.WriteLine("|---|---:|---|");
foreach (var (w, m, n) in timings) Console.WriteLine($"| {w} | {m:N1} | {n} |");
Console.WriteLine();
Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MB");
Console.WriteLine($"slowest query: {timings.Max(t => t.Median):N1} ms{(timings.Any(t => t.Median >= 1000) ? "  — OVER 1 s: " + string.Join(", ", timings.Where(t => t.Median >= 1000).Select(t => t.What)) : "")}");

static async Task<T> Scalar<T>(GongkaiDb db, string sql)
{
    var c = (NpgsqlConnection)db.Database.GetDbConnection();
    if (c.State != System.Data.ConnectionState.Open) await c.OpenAsync();
    await using var cmd = new NpgsqlCommand(sql, c);
    return (T)Convert.ChangeType((await cmd.ExecuteScalarAsync())!, typeof(T), CultureInfo.InvariantCulture);
}

internal sealed record Args(string Connection, string Database, int Reports, int EfSample, int TextSample)
{
    public static Args Parse(string[] args)
    {
        string? Get(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var connection = Get("--connection") ?? Environment.GetEnvironmentVariable("GONGKAI_BENCH_POSTGRES")
            ?? Environment.GetEnvironmentVariable("GONGKAI_TEST_POSTGRES")
            ?? throw new InvalidOperationException("需要 PostgreSQL 连接：--connection 或环境变量 GONGKAI_BENCH_POSTGRES");
        return new Args(connection, Get("--database") ?? "gongkai_bench",
            int.Parse(Get("--reports") ?? "200000", CultureInfo.InvariantCulture),
            int.Parse(Get("--ef-sample") ?? "5000", CultureInfo.InvariantCulture),
            int.Parse(Get("--text-sample") ?? "300", CultureInfo.InvariantCulture));
    }
}

internal sealed record Unit(int Id, string Name);

/// <summary>The agency tree, inserted with COPY (ids assigned here, the identity sequence moved past them).</summary>
internal sealed class Tree
{
    public int National { get; private set; }
    public List<int> Provinces { get; } = [];
    public List<int> Districts { get; } = [];
    public List<Unit> Units { get; } = [];
    public int Count { get; private set; }

    public static async Task<Tree> CreateAsync(string cs, int units)
    {
        var t = new Tree();
        var rows = new List<(int Id, string Name, int? Parent, string Kind)>();
        int next = 1000;
        t.National = next++;
        rows.Add((t.National, "国务院办公厅", null, "Government"));
        const int provinces = 31, citiesPer = 11, districtsPer = 9; // 341 cities, 3,069 districts
        var districts = new List<int>();
        for (var p = 0; p < provinces; p++)
        {
            var pid = next++;
            t.Provinces.Add(pid);
            rows.Add((pid, $"第{p + 1}省人民政府", t.National, "Government"));
            for (var c = 0; c < citiesPer; c++)
            {
                var cid = next++;
                rows.Add((cid, $"第{p + 1}省第{c + 1}市人民政府", pid, "Government"));
                for (var d = 0; d < districtsPer; d++)
                {
                    var did = next++;
                    districts.Add(did);
                    rows.Add((did, $"第{p + 1}省第{c + 1}市第{d + 1}区人民政府", cid, "Government"));
                }
            }
        }
        t.Districts.AddRange(districts);
        for (var u = 0; u < units; u++)
        {
            var id = next++;
            var name = $"第{u + 1}号单位";
            t.Units.Add(new Unit(id, name));
            rows.Add((id, name, districts[u % districts.Count], u % 5 == 0 ? "Township" : "Department"));
        }
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using (var w = await conn.BeginBinaryImportAsync("""COPY "Agencies" ("Id", "Name", "ParentId", "Kind") FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var r in rows)
            {
                await w.StartRowAsync();
                await w.WriteAsync(r.Id, NpgsqlTypes.NpgsqlDbType.Integer);
                await w.WriteAsync(r.Name, NpgsqlTypes.NpgsqlDbType.Text);
                if (r.Parent is int p) await w.WriteAsync(p, NpgsqlTypes.NpgsqlDbType.Integer); else await w.WriteNullAsync();
                await w.WriteAsync(r.Kind, NpgsqlTypes.NpgsqlDbType.Varchar);
            }
            await w.CompleteAsync();
        }
        await using (var cmd = new NpgsqlCommand($"""SELECT setval(pg_get_serial_sequence('"Agencies"', 'Id'), {next}); ANALYZE "Agencies";""", conn))
            await cmd.ExecuteNonQueryAsync();
        t.Count = rows.Count;
        return t;
    }
}
