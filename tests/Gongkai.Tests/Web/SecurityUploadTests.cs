using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gongkai.Tests.Web;

/// <summary>
/// Upload amplification (issue 17, item 2): the size counted while the body streams in, each ZIP entry's compression
/// ratio, one budget of inflated bytes and one of time per request. Bounds are small here so the attacks are cheap.
/// </summary>
public sealed class SecurityUploadTests : IDisposable
{
    private readonly GongkaiFactory _app = new(new DateOnly(2021, 2, 15), settings: new Dictionary<string, string?>
    {
        ["Oversight:MaxFileBytes"] = (2 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Oversight:MaxZipBytes"] = (5 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Oversight:MaxInflatedBytes"] = (3 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    public void Dispose() => _app.Dispose();

    private static byte[] Zip(params (string Name, byte[] Content, CompressionLevel Level)[] entries)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content, level) in entries)
                using (var s = zip.CreateEntry(name, level).Open()) s.Write(content);
        return ms.ToArray();
    }

    private static async Task<(HttpStatusCode Status, string Body)> PostAsync(HttpClient api, params (string Name, byte[] Content)[] files)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, content) in files) form.Add(new ByteArrayContent(content), "files", name);
        var r = await api.PostAsync("/api/oversight/collect", form);
        return (r.StatusCode, await r.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ten_small_zips_of_highly_compressed_text_are_refused_entry_by_entry_without_inflating_them()
    {
        // The attack, scaled down: ten ZIPs of a few KB, each with ten entries of 1.9 MB of repeated text (~400× each).
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("本机关2020年收到政府信息公开申请。", 70_000)))[..(19 * 100 * 1024)];
        var zips = Enumerable.Range(0, 10).Select(i => ($"批次{i}.zip", Zip([.. Enumerable.Range(0, 10).Select(j => ($"{j}.txt", text, CompressionLevel.SmallestSize))]))).ToArray();
        Assert.All(zips, z => Assert.True(z.Item2.Length < 200 * 1024, $"{z.Item1}: {z.Item2.Length} bytes"));
        var (status, body) = await PostAsync(await _app.ApiAs("gkb"), zips);
        Assert.Equal(HttpStatusCode.OK, status);
        var results = JsonNode.Parse(body)!.AsArray();
        Assert.Equal(100, results.Count);
        Assert.All(results, r =>
        {
            Assert.Equal("Failed", (string?)r!["outcome"]);
            Assert.Contains("压缩比超过100倍", (string?)r["message"]);
        });
    }

    [Fact]
    public async Task Entries_of_several_zips_share_one_inflated_budget_per_request()
    {
        // Plausible entries (stored, ratio 1) of 1 MB each, in four ZIPs: the request may inflate 3 MB in all.
        var rng = new Random(17);
        byte[] Noise() { var b = new byte[1024 * 1024]; rng.NextBytes(b); return b; }
        var zips = Enumerable.Range(0, 4).Select(i => ($"{i}.zip", Zip(($"{i}.txt", Noise(), CompressionLevel.NoCompression)))).ToArray();
        var (status, body) = await PostAsync(await _app.ApiAs("gkb"), zips);
        Assert.Equal(HttpStatusCode.OK, status);
        var results = JsonNode.Parse(body)!.AsArray();
        Assert.Equal(4, results.Count);
        Assert.Contains("本次上传解压后的总量超过 3 MB", (string?)results[3]!["message"]);
        Assert.All(results.Take(3), r => Assert.DoesNotContain("总量", (string?)r!["message"]));
    }

    [Fact]
    public async Task A_file_over_its_bound_is_refused_while_it_streams_in()
    {
        // 4 MB of text: under the archive bound (5 MB) the old reader took it whole into memory before refusing it at 2 MB.
        var text = new byte[4 * 1024 * 1024];
        Array.Fill(text, (byte)'a');
        var (status, body) = await PostAsync(await _app.ApiAs("gkb"), ("大文件.txt", text));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("文件“大文件.txt”超过2 MB", (string?)JsonNode.Parse(body)!["detail"]);
        Assert.Equal(0, _app.With(db => db.FiledReports.Count()));
    }

    [Fact]
    public async Task Files_past_the_requests_time_budget_are_answered_unread()
    {
        using var app = new GongkaiFactory(new DateOnly(2021, 2, 15), settings: new Dictionary<string, string?> { ["Oversight:MaxSecondsPerRequest"] = "0" });
        var (status, body) = await PostAsync(await app.ApiAs("gkb"), ("a.txt", "不是报告"u8.ToArray()), ("b.txt", "也不是"u8.ToArray()));
        Assert.Equal(HttpStatusCode.OK, status);
        var results = JsonNode.Parse(body)!.AsArray();
        Assert.All(results, r => Assert.Contains("处理时间已超过0秒", (string?)r!["message"]));
    }

    [Fact]
    public async Task A_desk_upload_over_20_MB_is_refused_while_it_streams_in()
    {
        var clerk = await _app.ApiAs("clerk");
        var created = await clerk.PostAsJsonAsync("/api/applications", new { channel = "InPerson", submitted = "2021-02-15", applicantKind = "Commercial", applicantName = "某公司", informationRequested = "某文件" });
        var id = (int)JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!;
        var r = await clerk.PostAsync($"/api/applications/{id}/attachments", new MultipartFormDataContent { { new ByteArrayContent(new byte[21 * 1024 * 1024]), "file", "扫描件.pdf" } });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal("文件“扫描件.pdf”超过20 MB", (string?)JsonNode.Parse(await r.Content.ReadAsStringAsync())!["detail"]);
    }
}

/// <summary>
/// Behind a reverse proxy: X-Forwarded-For and -Proto are believed from the configured proxy only (the rate limits'
/// partition, HSTS, Secure cookies), and ignored from anyone else (docs/deployment.md).
/// </summary>
public sealed class ReverseProxyTests : IDisposable
{
    private const string Proxy = "10.0.0.1";

    private readonly GongkaiFactory _app = new(new DateOnly(2021, 2, 15), settings: new Dictionary<string, string?>
    {
        ["ForwardedHeaders:KnownProxies"] = Proxy, ["Portal:PermitLimit"] = "2",
    });

    public void Dispose() => _app.Dispose();

    private async Task<HttpContext> SendAsync(string from, string path, Action<HttpRequest>? more = null) =>
        await _app.Server.SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = IPAddress.Parse(from);
            c.Request.Method = "GET";
            c.Request.Path = path;
            c.Request.Host = new HostString("gongkai.example.gov.cn");
            more?.Invoke(c.Request);
        });

    [Fact]
    public async Task A_spoofed_forwarded_address_from_a_client_does_not_escape_its_rate_limit()
    {
        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
            statuses.Add((await SendAsync("198.51.100.20", "/api/open/reports", r => r.Headers["X-Forwarded-For"] = $"203.0.113.{i}")).Response.StatusCode);
        Assert.Equal([200, 200, 429, 429], statuses);
    }

    [Fact]
    public async Task The_proxys_forwarded_address_is_the_clients_rate_limit_partition()
    {
        async Task<int> Get(string client) => (await SendAsync(Proxy, "/api/open/reports", r => r.Headers["X-Forwarded-For"] = client)).Response.StatusCode;
        var statuses = new List<int>();
        for (var i = 0; i < 3; i++) statuses.Add(await Get("203.0.113.5"));
        Assert.Equal([200, 200, 429], statuses);
        // Another client behind the same proxy has its own limit.
        Assert.Equal(200, await Get("203.0.113.6"));
    }

    [Fact]
    public async Task Under_HTTPS_at_the_proxy_answers_carry_HSTS_and_cookies_are_Secure_and_not_when_a_client_only_claims_it()
    {
        var viaProxy = await SendAsync(Proxy, "/Account/Login", r => { r.Headers["X-Forwarded-For"] = "203.0.113.9"; r.Headers["X-Forwarded-Proto"] = "https"; });
        Assert.Equal(200, viaProxy.Response.StatusCode);
        Assert.Contains("max-age=31536000", viaProxy.Response.Headers.StrictTransportSecurity.ToString());
        Assert.Contains(viaProxy.Response.Headers.SetCookie, c => c!.StartsWith("gongkai-af=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));

        var claimed = await SendAsync("198.51.100.30", "/Account/Login", r => r.Headers["X-Forwarded-Proto"] = "https");
        Assert.Equal(200, claimed.Response.StatusCode);
        Assert.Equal("", claimed.Response.Headers.StrictTransportSecurity.ToString());
        Assert.DoesNotContain(claimed.Response.Headers.SetCookie, c => c!.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_sign_in_cookie_is_Secure_when_the_proxy_says_HTTPS()
    {
        var form = await SendAsync(Proxy, "/Account/Login", r => r.Headers["X-Forwarded-Proto"] = "https");
        var page = await new StreamReader(form.Response.Body).ReadToEndAsync();
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var af = form.Response.Headers.SetCookie.Select(c => c!).Single(c => c.StartsWith("gongkai-af=", StringComparison.Ordinal));
        var body = Encoding.UTF8.GetBytes($"UserName=clerk&Password={Uri.EscapeDataString(GongkaiFactory.Password)}&__RequestVerificationToken={Uri.EscapeDataString(token)}");
        var login = await _app.Server.SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = IPAddress.Parse(Proxy);
            c.Request.Method = "POST";
            c.Request.Path = "/Account/Login";
            c.Request.Host = new HostString("gongkai.example.gov.cn");
            c.Request.Headers["X-Forwarded-Proto"] = "https";
            c.Request.Headers.Cookie = af[..af.IndexOf(';')];
            c.Request.ContentType = "application/x-www-form-urlencoded";
            c.Request.Body = new MemoryStream(body);
        });
        Assert.Equal(302, login.Response.StatusCode);
        var cookie = login.Response.Headers.SetCookie.Select(c => c!).Single(c => c.StartsWith("gongkai=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
