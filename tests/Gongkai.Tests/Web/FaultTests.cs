using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Gongkai.Core.Layout;
using Gongkai.Render;
using Gongkai.Tests.Generation;
using Gongkai.Tests.Web.Operations;
using Gongkai.Web.Operations;
using Microsoft.Data.Sqlite;
using Npgsql;
using Xunit.Abstractions;

namespace Gongkai.Tests.Web;

/// <summary>kill -9 of the real app on SQLite.</summary>
public sealed class FaultsOnSqlite(ITestOutputHelper output) : FaultTests(postgres: null, output);

/// <summary>kill -9 of the real app on PostgreSQL.</summary>
public sealed class FaultsOnPostgres(ITestOutputHelper output) : FaultTests(TestPostgres.ConnectionString, output), IOnPostgres;

/// <summary>
/// The app as its own process (Gongkai.Web.dll, copied beside the tests) is killed with SIGKILL in the middle of writes
/// and started again on the same database: what it answered 201 or 已存入 for must be there, whole, and nothing half.
/// </summary>
public abstract class FaultTests : IDisposable
{
    private const string Password = "Fault-Password-2026";
    private readonly string _dir = Directory.CreateTempSubdirectory("gongkai-fault-").FullName;
    private readonly string? _postgres;
    private readonly string _sqlite;
    private readonly ITestOutputHelper _output;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private AppProcess? _app;

    protected FaultTests(string? postgres, ITestOutputHelper output)
    {
        _output = output;
        _sqlite = Path.Combine(_dir, "gongkai.db");
        if (postgres is not null)
        {
            var b = new NpgsqlConnectionStringBuilder(postgres) { Database = $"gongkai_fault_{Guid.NewGuid():N}" };
            b.Timeout = Math.Max(b.Timeout, 60);
            _postgres = b.ConnectionString;
        }
    }

    public void Dispose()
    {
        _app?.Dispose();
        if (_postgres is not null)
        {
            try
            {
                var b = new NpgsqlConnectionStringBuilder(_postgres);
                var name = b.Database;
                b.Database = "postgres";
                NpgsqlConnection.ClearAllPools();
                using var c = new NpgsqlConnection(b.ConnectionString);
                c.Open();
                using var cmd = c.CreateCommand();
                cmd.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
                cmd.ExecuteNonQuery();
            }
            catch (NpgsqlException) { }
        }
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
        GC.SuppressFinalize(this);
    }

    [DbFact]
    public async Task Killed_during_concurrent_registrations_every_201_survives_with_its_audit_line_and_no_number_twice()
    {
        _app = await AppProcess.StartAsync(Environment(), _dir);
        Step("started");
        var users = new[] { ("clerk", 1), ("edu-clerk", 2) };
        var clients = new Dictionary<string, HttpClient>();
        foreach (var (u, _) in users) clients[u] = await _app.ApiAs(u, Password);

        var answered = new ConcurrentBag<(int Agency, int Id, string Number)>();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(40));
        var workers = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            var (user, agency) = users[i % users.Length];
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    using var r = await clients[user].PostAsJsonAsync("/api/applications", NewCase(i), stop.Token);
                    if (r.StatusCode != HttpStatusCode.Created) continue;
                    var c = JsonNode.Parse(await r.Content.ReadAsStringAsync(stop.Token))!;
                    answered.Add((agency, (int)c["id"]!, (string)c["number"]!));
                }
                // The kill shows as whichever error the request was in: a bare SocketException when it was connecting.
                catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException or SocketException) { if (!_app.Running) return; }
            }
        })).ToArray();

        // Kill once the app is well into writing; the workers go on sending until they see it gone.
        while (answered.Count < 40 && !stop.IsCancellationRequested) await Task.Delay(20);
        Step($"{answered.Count} registrations answered 201: kill -9");
        _app.Kill();
        await Task.WhenAll(workers);
        Step($"{answered.Count} answered 201 in all; restarting");
        Assert.True(answered.Count >= 40, $"only {answered.Count} registrations before the time ran out");

        _app = await AppProcess.StartAsync(Environment(), _dir);
        await using (var db = await OpenAsync())
        {
            if (_postgres is null) Assert.Equal("ok", await ScalarAsync<string>(db, "PRAGMA integrity_check"));
            var rows = new Dictionary<int, (int Agency, string Number)>();
            await using (var cmd = db.CreateCommand())
            {
                cmd.CommandText = "SELECT \"Id\", \"AgencyId\", \"Number\" FROM \"Cases\"";
                await using var r = await cmd.ExecuteReaderAsync();
                while (await r.ReadAsync()) rows[r.GetInt32(0)] = (r.GetInt32(1), r.GetString(2));
            }
            foreach (var (agency, id, number) in answered)
            {
                Assert.True(rows.TryGetValue(id, out var row), $"case {id} ({number}) was answered 201 and is gone after the kill");
                Assert.Equal((agency, number), row);
            }
            foreach (var g in rows.Values.GroupBy(r => r.Agency))
                Assert.Equal(g.Count(), g.Select(r => r.Number).Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(0L, await ScalarAsync<long>(db,
                "SELECT COUNT(*) FROM \"Cases\" c WHERE (SELECT COUNT(*) FROM \"Audit\" a WHERE a.\"CaseId\" = c.\"Id\" AND a.\"Action\" = 'Case.Added') <> 1"));
            Assert.Equal(0L, await ScalarAsync<long>(db,
                "SELECT COUNT(*) FROM \"Audit\" a WHERE a.\"Action\" = 'Case.Added' AND NOT EXISTS (SELECT 1 FROM \"Cases\" c WHERE c.\"Id\" = a.\"CaseId\")"));
        }

        Step("all there after the restart");
        // And the desk goes on: the next registration takes the next free number.
        var api = await _app.ApiAs("clerk", Password);
        using var next = await api.PostAsJsonAsync("/api/applications", NewCase(0));
        Assert.Equal(HttpStatusCode.Created, next.StatusCode);
        var numbers = answered.Where(a => a.Agency == 1).Select(a => int.Parse(a.Number.AsSpan(5), CultureInfo.InvariantCulture)).ToList();
        var taken = int.Parse(((string)JsonNode.Parse(await next.Content.ReadAsStringAsync())!["number"]!).AsSpan(5), CultureInfo.InvariantCulture);
        Assert.True(taken > numbers.Max(), $"number {taken} after the restart, {numbers.Max()} answered before");
    }

    // Enough entries that the kill lands mid-import on a fast machine too: with 30 a CI machine once stored all of them
    // between the poll seeing the first reports and the kill (the poll waits on SQLite's write lock).
    private const int Entries = 100;

    [DbFact]
    public async Task Killed_during_a_zip_import_leaves_no_half_report_and_the_same_zip_then_completes_it()
    {
        _app = await AppProcess.StartAsync(Environment(), _dir);
        Step("started");
        var zip = Zip(Entries);
        var gkb = await _app.ApiAs("gkb", Password);
        var upload = Task.Run(async () =>
        {
            try { using var r = await gkb.PostAsync("/api/oversight/collect", Form(zip)); return r.StatusCode; }
            catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException or SocketException) { return (HttpStatusCode)0; }
        });

        // Some reports in, most not yet: kill.
        var sw = Stopwatch.StartNew();
        await using (var db = await OpenAsync())
            while (await ScalarAsync<long>(db, "SELECT COUNT(*) FROM \"FiledReports\"") < 1 && sw.Elapsed < TimeSpan.FromSeconds(40) && !upload.IsCompleted)
                await Task.Delay(10);
        Step("some reports stored: kill -9");
        _app.Kill();
        var status = await upload;
        Assert.NotEqual(HttpStatusCode.OK, status); // the import was cut off, not finished

        _app = await AppProcess.StartAsync(Environment(), _dir);
        var before = await ConsistentAsync();
        Step($"restarted: {before} of {Entries} reports stored, each whole");
        Assert.InRange(before, 1, Entries - 1);

        gkb = await _app.ApiAs("gkb", Password);
        using var again = await gkb.PostAsync("/api/oversight/collect", Form(zip));
        var text = await again.Content.ReadAsStringAsync();
        Assert.True(again.IsSuccessStatusCode, text);
        var results = JsonNode.Parse(text)!.AsArray();
        Assert.Equal(Entries, results.Count);
        Assert.All(results, r => Assert.Contains((string)r!["outcome"]!, new[] { "Stored", "AlreadyPresent" }));
        Assert.Equal(before, results.Count(r => (string)r!["outcome"]! == "AlreadyPresent"));
        Assert.Equal(Entries, await ConsistentAsync());
        Step("the same ZIP again: complete");
    }

    [DbFact]
    public async Task Killed_while_making_the_sample_on_first_start_leaves_nothing_and_the_next_start_makes_it_whole()
    {
        // The first ./run.sh makes the sample for seconds; an operator who stops it then (Ctrl+C ends the process before
        // the host runs) must find the next start working. Killed twice, early (among the users) and later (the cases).
        var environment = new Dictionary<string, string>(Environment()) { ["SampleData__Cases"] = "true", ["Logging__LogLevel__Default"] = "Information" };
        var interrupted = 0;
        foreach (var after in new[] { TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(1500) })
        {
            _app = AppProcess.Launch(environment, _dir);
            var sw = Stopwatch.StartNew();
            while (!_app.Log.Contains("Making the sample data", StringComparison.Ordinal) && _app.Running && sw.Elapsed < TimeSpan.FromSeconds(60))
                await Task.Delay(10);
            Assert.True(_app.Running, $"the app stopped before making the sample:\n{_app.Log}");
            Assert.Contains("Making the sample data", _app.Log, StringComparison.Ordinal);
            await Task.Delay(after);
            _app.Kill();
            var made = _app.Log.Contains("Sample data made", StringComparison.Ordinal);
            _app.Dispose();
            _app = null;
            await using var db = await OpenAsync();
            if (_postgres is null) Assert.Equal("ok", await ScalarAsync<string>(db, "PRAGMA integrity_check"));
            var users = await ScalarAsync<long>(db, "SELECT COUNT(*) FROM \"AspNetUsers\"");
            var agencies = await ScalarAsync<long>(db, "SELECT COUNT(*) FROM \"Agencies\"");
            Step($"killed {after.TotalSeconds:0.0} s into the sample: {(made ? "it was made" : "not made")}, {users} users, {agencies} agencies");
            if (made) break;
            Assert.Equal((0L, 0L), (users, agencies)); // all or nothing
            interrupted++;
        }
        Assert.True(interrupted > 0, "the sample was made within 0.2 s: nothing was interrupted");

        _app = await AppProcess.StartAsync(environment, _dir);
        Step("started again");
        await using (var db = await OpenAsync())
        {
            Assert.Equal(SampleData.Users.Length, (int)await ScalarAsync<long>(db, "SELECT COUNT(*) FROM \"AspNetUsers\""));
            Assert.Equal(0L, await ScalarAsync<long>(db, "SELECT COUNT(*) - COUNT(DISTINCT \"Name\") FROM \"Agencies\""));
            Assert.Equal(new SampleDataOptions().CaseCount, (int)await ScalarAsync<long>(db, "SELECT COUNT(*) FROM \"Cases\""));
        }
        var clerk = await _app.ApiAs("clerk", Password);
        foreach (var (page, shown) in new[] { ("/open", "示范区教育局"), ("/open/agencies", "示范区人民政府办公室") })
        {
            using var r = await clerk.GetAsync(page);
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Contains(shown, System.Net.WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }
    }

    private void Step(string what) => _output.WriteLine($"{_clock.Elapsed.TotalSeconds,6:0.0} s  {what}");

    /// <summary>Every filed report has its file and exactly the findings its JSON lists; no file or finding without a report. The number of reports.</summary>
    private async Task<int> ConsistentAsync()
    {
        await using var db = await OpenAsync();
        if (_postgres is null) Assert.Equal("ok", await ScalarAsync<string>(db, "PRAGMA integrity_check"));
        Assert.Equal(0L, await ScalarAsync<long>(db, "SELECT COUNT(*) FROM \"FiledReports\" r WHERE NOT EXISTS (SELECT 1 FROM \"ReportFiles\" f WHERE f.\"Id\" = r.\"FileId\" AND f.\"Sha256\" = r.\"Sha256\")"));
        Assert.Equal(0L, await ScalarAsync<long>(db, "SELECT COUNT(*) FROM \"ReportFiles\" f WHERE NOT EXISTS (SELECT 1 FROM \"FiledReports\" r WHERE r.\"FileId\" = f.\"Id\")"));
        Assert.Equal(0L, await ScalarAsync<long>(db, "SELECT COUNT(*) FROM \"FiledFindings\" x WHERE NOT EXISTS (SELECT 1 FROM \"FiledReports\" r WHERE r.\"Id\" = x.\"FiledReportId\")"));
        var reports = new List<(long Id, string Json, long Findings)>();
        await using (var cmd = db.CreateCommand())
        {
            cmd.CommandText = "SELECT r.\"Id\", r.\"Json\", (SELECT COUNT(*) FROM \"FiledFindings\" x WHERE x.\"FiledReportId\" = r.\"Id\") FROM \"FiledReports\" r";
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync()) reports.Add((r.GetInt64(0), r.GetString(1), Convert.ToInt64(r.GetValue(2), CultureInfo.InvariantCulture)));
        }
        foreach (var (id, json, findings) in reports)
            Assert.True(JsonNode.Parse(json)!["findings"]!.AsArray().Count == findings, $"filed report {id}: {findings} finding rows, its JSON lists {JsonNode.Parse(json)!["findings"]!.AsArray().Count}");
        var audited = await ScalarAsync<long>(db, "SELECT COUNT(*) FROM \"Audit\" WHERE \"Action\" = 'Oversight.Filed'");
        Assert.Equal(reports.Count, (int)audited);
        return reports.Count;
    }

    /// <summary><paramref name="count"/> generated text reports of the two departments, each year 2019… its own: no two for one agency and year.</summary>
    private static byte[] Zip(int count)
    {
        string[] agencies = ["示范区教育局", "示范区住房和城乡建设局"];
        using var ms = new MemoryStream();
        using (var z = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var k = 0; k < count; k++)
            {
                var year = 2019 + k / agencies.Length;
                var report = ReportGenerator.Generate(ReportGenerator.Seeded(5000 + k), year >= 2021 ? TemplateId.V2021 : TemplateId.V2019, otherCollapsed: false)
                    with { Agency = agencies[k % agencies.Length], Year = year, Published = null };
                var e = z.CreateEntry($"{k:000}-{agencies[k % agencies.Length]}{year}.txt");
                using var s = e.Open();
                s.Write(ReportRenderer.Render(report, RenderFormat.Text));
            }
        }
        return ms.ToArray();
    }

    private static MultipartFormDataContent Form(byte[] zip)
    {
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(zip);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        form.Add(part, "files", "reports.zip");
        return form;
    }

    private static object NewCase(int worker) => new
    {
        channel = "InPerson", submitted = "2026-03-02", applicantKind = "NaturalPerson", applicantName = $"申请人{worker}",
        informationRequested = "2025年度示范路改造工程的招标文件", preferredForm = "电子邮件",
    };

    private Dictionary<string, string> Environment() => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Database__Provider"] = _postgres is null ? "sqlite" : "postgres",
        ["ConnectionStrings__Gongkai"] = _postgres ?? $"Data Source={_sqlite}",
        ["SampleData__Enabled"] = "true",
        ["SampleData__Cases"] = "false",
        ["SampleData__Password"] = Password,
        ["Oversight__MaxZipEntries"] = "100",
        ["Logging__LogLevel__Default"] = "Warning",
    };

    private async Task<DbConnection> OpenAsync()
    {
        DbConnection c = _postgres is null ? new SqliteConnection($"Data Source={_sqlite};Pooling=false") : new NpgsqlConnection(_postgres);
        await c.OpenAsync();
        return c;
    }

    private static async Task<T> ScalarAsync<T>(DbConnection db, string sql)
    {
        await using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        var v = await cmd.ExecuteScalarAsync();
        return (T)Convert.ChangeType(v!, typeof(T), CultureInfo.InvariantCulture);
    }
}
