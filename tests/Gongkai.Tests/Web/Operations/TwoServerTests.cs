using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Npgsql;

namespace Gongkai.Tests.Web.Operations;

/// <summary>
/// A province's deployment: two application processes over one PostgreSQL database. What one server issues or
/// writes, the other honours and sees at once; work scheduled on every server is done once.
/// </summary>
public sealed partial class TwoServerTests : IOnPostgres, IDisposable
{
    private const string Password = "Test-Password-2026";
    private readonly string _database = $"gongkai_two_{Guid.NewGuid():N}";
    private readonly string _connection;
    private readonly List<AppProcess> _servers = [];
    private readonly List<string> _homes = [];

    public TwoServerTests()
    {
        using var admin = new NpgsqlConnection(GongkaiFactory.WithDatabase(TestPostgres.ConnectionString, "postgres"));
        admin.Open();
        using var create = admin.CreateCommand();
        create.CommandText = $"CREATE DATABASE \"{_database}\"";
        create.ExecuteNonQuery();
        _connection = GongkaiFactory.WithDatabase(TestPostgres.ConnectionString, _database);
    }

    public void Dispose()
    {
        foreach (var s in _servers) s.Dispose();
        foreach (var h in _homes) Directory.Delete(h, recursive: true);
        GongkaiFactory.DropPostgres(_connection);
        GC.SuppressFinalize(this);
    }

    private Dictionary<string, string> Environment() => new()
    {
        ["Database__Provider"] = "postgres",
        ["ConnectionStrings__Gongkai"] = _connection,
        ["SampleData__Enabled"] = "true",
        ["SampleData__Cases"] = "true",
        ["SampleData__Password"] = Password,
        ["Logging__LogLevel__Default"] = "Information",
    };

    private async Task<AppProcess> StartAsync()
    {
        // A home of its own, as on its own machine: nothing shared through the file system (Data Protection's default key folder).
        var home = Directory.CreateTempSubdirectory("gongkai-server-").FullName;
        _homes.Add(home);
        var s = await AppProcess.StartAsync(new Dictionary<string, string>(Environment()) { ["HOME"] = home });
        _servers.Add(s);
        return s;
    }

    [DbFact]
    public async Task Two_servers_share_sign_ins_see_each_others_writes_and_revocations_at_once_and_write_the_digest_once()
    {
        // The first start makes the schema and the sample office; then both start together into today's digest.
        var first = await StartAsync();
        first.Dispose();
        _servers.Clear();
        Execute("""DELETE FROM "Digests" """);
        var starting = new[] { StartAsync(), StartAsync() };
        await Task.WhenAll(starting);
        var (a, b) = (starting[0].Result, starting[1].Result);

        // The digest: once per agency with open cases, whichever server came first; neither failed.
        var expected = Scalar("""SELECT count(DISTINCT "AgencyId") FROM "Cases" WHERE "ClosedOn" IS NULL""");
        Assert.True(expected > 0);
        await WaitAsync(() => Scalar("""SELECT count(*) FROM "Digests" """) == expected, "the digests");
        await WaitAsync(() => Written(a) + Written(b) == expected, "both servers' digest runs");
        Assert.DoesNotContain(a.Output.Concat(b.Output), l => l.Contains("reminder digest failed", StringComparison.Ordinal));

        // A bearer token issued by A is honoured by B.
        using var apiA = await ApiAsync(a, "clerk");
        using var apiB = b.Client();
        apiB.DefaultRequestHeaders.Authorization = apiA.DefaultRequestHeaders.Authorization;
        Assert.Equal(HttpStatusCode.OK, (await apiB.GetAsync("api/applications?open=true")).StatusCode);

        // A sign-in cookie from A's login page is honoured by B's pages.
        var cookies = new CookieContainer();
        using (var pageA = a.Client(cookies))
        {
            var form = await pageA.GetStringAsync("Account/Login");
            var token = Token().Match(form).Groups[1].Value;
            var login = await pageA.PostAsync("Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = "clerk", ["Password"] = Password, ["__RequestVerificationToken"] = token,
            }));
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        }
        var signedIn = cookies.GetCookies(new Uri(a.BaseUrl)).Select(c => c.Name).ToList();
        Assert.Contains("gongkai", signedIn);
        using (var pageB = b.Client(CookiesFor(cookies, a.BaseUrl, b.BaseUrl)))
        {
            var desk = await pageB.GetAsync("Cases");
            Assert.Equal(HttpStatusCode.OK, desk.StatusCode);
        }

        // B's cached desk list sees A's new case on its very next read.
        var before = await OpenNumbersAsync(apiB);
        var created = await apiA.PostAsJsonAsync("api/applications", new
        {
            channel = "InPerson", submitted = DateOnly.FromDateTime(DateTime.Now).ToString("yyyy-MM-dd"), applicantKind = "NaturalPerson",
            applicantName = "李四", idNumber = "110101199001011234", informationRequested = "两台服务器之间的缓存测试",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var number = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["number"]!.ToString();
        Assert.DoesNotContain(number, before);
        Assert.Contains(number, await OpenNumbersAsync(apiB));

        // Revocation is seen by every server (issue 17): B has just accepted the cookie and the token, and cached that;
        // signing out on A ends the cookie's session, and B refuses the old cookie on its next request.
        var cookiesB = CookiesFor(cookies, a.BaseUrl, b.BaseUrl);
        using (var pageB = b.Client(cookiesB))
            Assert.Equal(HttpStatusCode.OK, (await pageB.GetAsync("Cases")).StatusCode);
        using (var pageA = a.Client(cookies))
        {
            var desk = await pageA.GetStringAsync("Cases");
            var logout = await pageA.PostAsync("Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = Token().Match(desk).Groups[1].Value,
            }));
            Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        }
        using (var pageB = b.Client(cookiesB))
        {
            var refused = await pageB.GetAsync("Cases");
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Contains("/Account/Login", refused.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        // A password change on A ends every session of the user: the old bearer token is refused by B at once.
        Assert.Equal(HttpStatusCode.OK, (await apiB.GetAsync("api/applications?open=true")).StatusCode);
        var changed = await apiA.PostAsJsonAsync("api/me/password", new { currentPassword = Password, newPassword = "Changed-Password-2026" });
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await apiB.GetAsync("api/applications?open=true")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await apiA.GetAsync("api/applications?open=true")).StatusCode);
    }

    private static int Written(AppProcess s) =>
        s.Output.Select(l => Wrote().Match(l)).Where(m => m.Success).Sum(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));

    private static async Task<List<string>> OpenNumbersAsync(HttpClient api)
    {
        var r = await api.GetAsync("api/applications?open=true");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        return JsonNode.Parse(await r.Content.ReadAsStringAsync())!.AsArray().Select(c => c!["number"]!.ToString()).ToList();
    }

    private static async Task<HttpClient> ApiAsync(AppProcess s, string user)
    {
        var client = s.Client();
        var login = await client.PostAsJsonAsync("api/auth/login", new { userName = user, password = Password });
        Assert.True(login.IsSuccessStatusCode, await login.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            JsonNode.Parse(await login.Content.ReadAsStringAsync())!["accessToken"]!.ToString());
        return client;
    }

    /// <summary>The cookies <paramref name="from"/> set, as a browser would send them to <paramref name="to"/> (another port, same host).</summary>
    private static CookieContainer CookiesFor(CookieContainer cookies, string from, string to)
    {
        var copy = new CookieContainer();
        foreach (Cookie c in cookies.GetCookies(new Uri(from))) copy.Add(new Uri(to), new Cookie(c.Name, c.Value, "/"));
        return copy;
    }

    private static async Task WaitAsync(Func<bool> done, string what)
    {
        for (var until = DateTime.UtcNow.AddSeconds(60); DateTime.UtcNow < until; await Task.Delay(200))
            if (done()) return;
        Assert.Fail($"timed out waiting for {what}");
    }

    private void Execute(string sql)
    {
        using var c = new NpgsqlConnection(_connection);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }

    private long Scalar(string sql)
    {
        using var c = new NpgsqlConnection(_connection);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"wrote (\d+) reminder digests")]
    private static partial Regex Wrote();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
