using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Render;
using Gongkai.Tests.Generation;
using Microsoft.Data.Sqlite;
using Npgsql;

// Load: N clerks of two agencies register and close applications while the supervising office uploads generated
// reports (some twice on purpose), for a fixed time; then the database and the computed annual report are checked
// against what the client saw succeed. Exit 1 on any mismatch.
var o = LoadOptions.Parse(args);
var inv = CultureInfo.InvariantCulture;
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
{
    BaseAddress = new Uri(o.Url), Timeout = TimeSpan.FromSeconds(120),
};

// One login per user: the login endpoint is rate limited (20 a minute per address).
var users = new[] { ("clerk", 1), ("clerk2", 1), ("edu-clerk", 2) };
var tokens = new Dictionary<string, string>();
foreach (var u in users.Select(u => u.Item1).Append("gkb"))
{
    var r = await http.PostAsJsonAsync("/api/auth/login", new { userName = u, password = o.Password });
    r.EnsureSuccessStatusCode();
    tokens[u] = (string)JsonNode.Parse(await r.Content.ReadAsStringAsync())!["accessToken"]!;
}
HttpRequestMessage As(string user, HttpMethod m, string path, HttpContent? body = null)
{
    var req = new HttpRequestMessage(m, path) { Content = body };
    req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[user]);
    return req;
}
async Task<JsonNode> GetJson(string user, string path)
{
    using var r = await http.SendAsync(As(user, HttpMethod.Get, path));
    var text = await r.Content.ReadAsStringAsync();
    if (!r.IsSuccessStatusCode) throw new InvalidOperationException($"GET {path}: {(int)r.StatusCode} {text}");
    return JsonNode.Parse(text)!;
}

var today = DateOnly.FromDateTime(DateTime.Now);
var year = today.Year;
// Received between 5 January and a month ago: inside the working-day calendar, and closing never lies in the future.
var lastSubmitted = today.AddDays(-30);
var firstSubmitted = new DateOnly(year, 1, 5);
if (lastSubmitted <= firstSubmitted) { year--; firstSubmitted = new DateOnly(year, 1, 5); lastSubmitted = new DateOnly(year, 11, 30); }
var outcomes = (await GetJson("clerk", $"/api/outcomes/{year}")).AsArray().Select(x => (string)x!["rowKey"]!).ToArray();
var agencyUser = new Dictionary<int, string> { [1] = "clerk", [2] = "edu-clerk" };

async Task<(int NewReceived, Dictionary<string, int> Outcomes)> ReportTotals(int agency)
{
    var apps = (await GetJson(agencyUser[agency], $"/api/reports/{year}"))["report"]!["applications"]!;
    return ((int)apps["newReceived"]!["total"]!, outcomes.ToDictionary(k => k, k => (int)(apps[k]?["total"] ?? 0)));
}

await using var db = OpenDb(o);
var baseline = new Dictionary<int, (int NewReceived, Dictionary<string, int> Outcomes, int Cases)>();
foreach (var a in agencyUser.Keys)
{
    var (n, oc) = await ReportTotals(a);
    baseline[a] = (n, oc, (await Numbers(db, a, year)).Count);
}

var samples = new ConcurrentDictionary<string, ConcurrentBag<double>>();
var errors = new ConcurrentDictionary<string, int>();
void Sample(string op, double ms) => samples.GetOrAdd(op, _ => []).Add(ms);
void Error(string what) => errors.AddOrUpdate(what, 1, (_, n) => n + 1);
var registered = new ConcurrentBag<(int Agency, int Id, string Number)>();
var closed = new ConcurrentBag<(int Agency, string Outcome)>();
var uploads = new ConcurrentBag<(string Sha, long ReportId)>();
var duplicatesAnswered = 0;

var stop = DateTime.UtcNow.AddSeconds(o.Seconds);
var wall = Stopwatch.StartNew();

async Task Clerk(int worker)
{
    var (user, agency) = users[worker % users.Length];
    var rng = new Random(worker * 7919 + 1);
    var span = lastSubmitted.DayNumber - firstSubmitted.DayNumber;
    while (DateTime.UtcNow < stop)
    {
        var submitted = firstSubmitted.AddDays(rng.Next(span + 1));
        var body = new
        {
            channel = "InPerson", submitted = submitted.ToString("yyyy-MM-dd", inv), applicantKind = "NaturalPerson", applicantName = $"申请人{worker}",
            phone = "13800138000", address = "示范市示范区幸福路1号", informationRequested = $"负载测试：{submitted:yyyy年M月d日}的会议纪要", preferredForm = "电子邮件",
        };
        var sw = Stopwatch.StartNew();
        JsonNode c;
        try
        {
            using var r = await http.SendAsync(As(user, HttpMethod.Post, "/api/applications", JsonContent.Create(body)));
            var text = await r.Content.ReadAsStringAsync();
            Sample("register", sw.Elapsed.TotalMilliseconds);
            if (r.StatusCode != HttpStatusCode.Created) { Error($"register {(int)r.StatusCode}"); continue; }
            c = JsonNode.Parse(text)!;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { Error($"register {e.GetType().Name}"); continue; }
        var id = (int)c["id"]!;
        registered.Add((agency, id, (string)c["number"]!));
        if (rng.Next(2) == 0) continue; // half stay open
        var outcome = outcomes[rng.Next(outcomes.Length)];
        var close = new { version = (int)c["version"]!, date = submitted.AddDays(rng.Next(0, 15)).ToString("yyyy-MM-dd", inv), outcome, note = outcome.StartsWith("granted", StringComparison.Ordinal) ? null : "负载测试" };
        sw.Restart();
        try
        {
            using var r = await http.SendAsync(As(user, HttpMethod.Post, $"/api/applications/{id}/close", JsonContent.Create(close)));
            var text = await r.Content.ReadAsStringAsync();
            Sample("close", sw.Elapsed.TotalMilliseconds);
            if (r.IsSuccessStatusCode) closed.Add((agency, outcome));
            else Error($"close {(int)r.StatusCode}: {text[..Math.Min(200, text.Length)]}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { Error($"close {e.GetType().Name}"); }
    }
}

async Task Supervisor()
{
    string[] agencies = ["示范区人民政府办公室", "示范区教育局", "示范区住房和城乡建设局"];
    var sent = new List<(byte[] Bytes, string Sha)>();
    var rng = new Random(2026);
    for (var k = 0; DateTime.UtcNow < stop; k++)
    {
        byte[] bytes;
        var duplicate = k % 4 == 3 && sent.Count > 0;
        if (duplicate) bytes = sent[rng.Next(sent.Count)].Bytes;
        else
        {
            var y = 2019 + k % 7;
            var report = ReportGenerator.Generate(ReportGenerator.Seeded(100_000 + k), y >= 2021 ? TemplateId.V2021 : TemplateId.V2019, otherCollapsed: false)
                with { Agency = agencies[k % agencies.Length], Year = y, Published = null };
            bytes = ReportRenderer.Render(report, RenderFormat.Text);
        }
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(bytes);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(part, "files", $"report-{k}.txt");
        var sw = Stopwatch.StartNew();
        try
        {
            using var r = await http.SendAsync(As("gkb", HttpMethod.Post, "/api/oversight/collect", form));
            var text = await r.Content.ReadAsStringAsync();
            Sample("upload", sw.Elapsed.TotalMilliseconds);
            if (!r.IsSuccessStatusCode) { Error($"upload {(int)r.StatusCode}"); continue; }
            var result = JsonNode.Parse(text)!.AsArray().Single()!;
            var outcome = (string)result["outcome"]!;
            var known = sent.Any(s => s.Sha == sha);
            if (outcome == "Stored" && !known) { sent.Add((bytes, sha)); uploads.Add((sha, (long)result["reportId"]!)); }
            else if (outcome == "AlreadyPresent" && known) Interlocked.Increment(ref duplicatesAnswered);
            else Error($"upload answered {outcome} for a {(known ? "duplicate" : "new report")}: {result["message"]}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { Error($"upload {e.GetType().Name}"); }
    }
}

Console.WriteLine($"{o.Clerks} clerks (clerk, clerk2 of agency 1; edu-clerk of agency 2) and 1 supervisor (gkb) for {o.Seconds} s against {o.Url}, year {year}");
await Task.WhenAll(Enumerable.Range(0, o.Clerks).Select(i => Task.Run(() => Clerk(i))).Append(Task.Run(Supervisor)));
var elapsed = wall.Elapsed.TotalSeconds;

Console.WriteLine();
Console.WriteLine($"| operation | count | per second | p50 ms | p99 ms | max ms |");
Console.WriteLine($"|-----------|------:|-----------:|-------:|-------:|-------:|");
foreach (var op in new[] { "register", "close", "upload" })
{
    var s = samples.TryGetValue(op, out var bag) ? bag.OrderBy(x => x).ToArray() : [];
    double P(double q) => s.Length == 0 ? 0 : s[Math.Min(s.Length - 1, (int)Math.Ceiling(q * s.Length) - 1)];
    Console.WriteLine(string.Create(inv, $"| {op} | {s.Length} | {s.Length / elapsed:0.0} | {P(0.50):0.0} | {P(0.99):0.0} | {(s.Length == 0 ? 0 : s[^1]):0.0} |"));
}
Console.WriteLine();
foreach (var (what, n) in errors.OrderBy(e => e.Key, StringComparer.Ordinal)) Console.WriteLine($"errors: {what} × {n}");

// The checks.
var failures = new List<string>();
void Check(bool ok, string what)
{
    Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {what}");
    if (!ok) failures.Add(what);
}
if (!errors.IsEmpty) failures.Add("requests failed during the run");
foreach (var a in agencyUser.Keys)
{
    var mine = registered.Where(r => r.Agency == a).ToList();
    var numbers = await Numbers(db, a, year);
    var distinct = numbers.Distinct(StringComparer.Ordinal).Count();
    Check(numbers.Count - baseline[a].Cases == mine.Count, $"agency {a}: {mine.Count} registrations answered 201, {numbers.Count - baseline[a].Cases} new cases in the database");
    Check(distinct == numbers.Count, $"agency {a}: no duplicate numbers ({numbers.Count} numbers, {distinct} distinct)");
    var set = numbers.ToHashSet(StringComparer.Ordinal);
    Check(mine.All(m => set.Contains(m.Number)) && mine.Select(m => m.Number).Distinct(StringComparer.Ordinal).Count() == mine.Count,
        $"agency {a}: every number answered is in the database, each once");
    var ordinals = numbers.Select(n => int.Parse(n.AsSpan(5), inv)).Order().ToArray();
    Check(ordinals.Select((n, i) => n == i + 1).All(x => x), $"agency {a}: numbers {year}-0001…{year}-{ordinals.LastOrDefault():0000} contiguous");
    var (newReceived, outcomeTotals) = await ReportTotals(a);
    Check(newReceived - baseline[a].NewReceived == mine.Count, $"agency {a}: annual report {year} newReceived.total +{newReceived - baseline[a].NewReceived}, registered {mine.Count}");
    var closedHere = closed.Where(c => c.Agency == a).GroupBy(c => c.Outcome).ToDictionary(g => g.Key, g => g.Count());
    var wrong = outcomes.Where(k => outcomeTotals[k] - baseline[a].Outcomes[k] != closedHere.GetValueOrDefault(k)).ToList();
    Check(wrong.Count == 0, $"agency {a}: outcome totals match the {closedHere.Values.Sum()} closings{(wrong.Count == 0 ? "" : ": differ in " + string.Join(", ", wrong))}");
}
var stored = uploads.ToList();
var missing = 0;
foreach (var (sha, id) in stored)
{
    var reports = await Scalar(db, "SELECT COUNT(*) FROM \"FiledReports\" WHERE \"Sha256\" = @p AND \"Id\" = @q", sha, id);
    var files = await Scalar(db, "SELECT COUNT(*) FROM \"ReportFiles\" WHERE \"Sha256\" = @p", sha);
    if (reports != 1 || files != 1) missing++;
}
Check(missing == 0, $"{stored.Count} reports stored, each once with its file ({missing} not); {duplicatesAnswered} duplicate uploads answered 已存在");
var caseCount = await Scalar(db, "SELECT COUNT(*) FROM \"Cases\"");
var unaudited = await Scalar(db, "SELECT COUNT(*) FROM \"Cases\" c WHERE (SELECT COUNT(*) FROM \"Audit\" a WHERE a.\"CaseId\" = c.\"Id\" AND a.\"Action\" = 'Case.Added') <> 1");
Check(unaudited == 0, $"audit log: one Case.Added line for each of the {caseCount} cases ({unaudited} without exactly one)");
var closings = await Scalar(db, "SELECT COUNT(*) FROM \"Audit\" WHERE \"Action\" = 'Case.Modified' AND \"Detail\" LIKE '%OutcomeRow%'");
Check(closings >= closed.Count, $"audit log: {closings} closing lines for {closed.Count} closings");

Console.WriteLine(failures.Count == 0 ? "all checks passed" : $"{failures.Count} check(s) failed");
return failures.Count == 0 ? 0 : 1;

static DbConnection OpenDb(LoadOptions o)
{
    DbConnection c = o.Postgres is { } pg ? new NpgsqlConnection(pg) : new SqliteConnection($"Data Source={o.Sqlite};Mode=ReadOnly");
    c.Open();
    return c;
}

static async Task<List<string>> Numbers(DbConnection db, int agency, int year)
{
    await using var cmd = db.CreateCommand();
    cmd.CommandText = $"SELECT \"Number\" FROM \"Cases\" WHERE \"AgencyId\" = {agency} AND \"Number\" LIKE '{year}-%'";
    var list = new List<string>();
    await using var r = await cmd.ExecuteReaderAsync();
    while (await r.ReadAsync()) list.Add(r.GetString(0));
    return list;
}

static async Task<long> Scalar(DbConnection db, string sql, params object[] args)
{
    await using var cmd = db.CreateCommand();
    cmd.CommandText = sql;
    string[] names = ["@p", "@q"];
    for (var i = 0; i < args.Length; i++)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = names[i];
        p.Value = args[i];
        cmd.Parameters.Add(p);
    }
    return Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
}

internal sealed record LoadOptions(string Url, int Seconds, int Clerks, string Password, string? Sqlite, string? Postgres)
{
    public static LoadOptions Parse(string[] args)
    {
        string? url = null, sqlite = null, postgres = null, password = "Gongkai-2026";
        int seconds = 60, clerks = 16;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--url": url = Next(); break;
                case "--sqlite": sqlite = Next(); break;
                case "--postgres": postgres = Next(); break;
                case "--password": password = Next(); break;
                case "--seconds": seconds = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--clerks": clerks = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"unknown option {args[i]}; usage: --url URL (--sqlite FILE | --postgres CONNECTION) [--seconds 60] [--clerks 16] [--password P]");
            }
        }
        if (url is null || (sqlite is null) == (postgres is null)) throw new ArgumentException("usage: --url URL (--sqlite FILE | --postgres CONNECTION) [--seconds 60] [--clerks 16] [--password P]");
        return new LoadOptions(url, seconds, clerks, password, sqlite, postgres);
    }
}
