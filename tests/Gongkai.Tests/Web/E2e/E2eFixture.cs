using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Gongkai.Tests.Web.E2e;

/// <summary>
/// The browser tests run on their own, after the others: Chromium is heavy, and alongside the CPU-bound tests with
/// wall-clock bounds (the PDF mutation run) both would be slowed on a small CI machine.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class E2eCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "e2e";
}

/// <summary>
/// One headless Chromium (Debian's, not a Playwright download) shared by the end-to-end tests. When it cannot be
/// started, every test fails at once saying why, instead of hanging.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Every wait for an element or an expectation in these tests.</summary>
    public const int TimeoutMs = 10_000;

    /// <summary>Page loads and form posts: longer, as a shared CI machine under load can take seconds to sign in (password hashing).</summary>
    public const int NavigationTimeoutMs = 20_000;

    /// <summary>
    /// A full-page screenshot: longer still. One took more than 10 s (the wait for everything else) while OCR tests and
    /// builds held both cores, and failed a test whose every check had passed.
    /// </summary>
    public const int ScreenshotTimeoutMs = 45_000;

    public static string ExecutablePath => Environment.GetEnvironmentVariable("GONGKAI_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _error;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException(_error);

    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(TimeoutMs);
        if (!File.Exists(ExecutablePath))
        {
            _error = $"Chromium is not installed at {ExecutablePath}: the end-to-end tests need it " +
                     "(Debian: apt-get install -y chromium fonts-noto-cjk; or set GONGKAI_CHROMIUM to another Chromium binary).";
            return;
        }
        try
        {
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = ExecutablePath, Headless = true, Args = ["--no-sandbox"], Timeout = 30_000,
            });
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException or InvalidOperationException or IOException)
        {
            _error = $"Chromium at {ExecutablePath} could not be started by Playwright: {e.Message}";
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
    }

    /// <summary>A fresh browser profile (its own cookies), Chinese locale, short timeouts.</summary>
    public async Task<IPage> NewPageAsync(E2eApp app)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseUrl, Locale = "zh-CN", TimezoneId = "Asia/Shanghai", AcceptDownloads = true,
            ViewportSize = new() { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(TimeoutMs);
        context.SetDefaultNavigationTimeout(NavigationTimeoutMs);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the login page, as a person would.</summary>
    public async Task<IPage> LoginAsync(E2eApp app, string user)
    {
        var page = await NewPageAsync(app);
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("input[name=UserName]", user);
        await page.FillAsync("input[name=Password]", GongkaiFactory.Password);
        await page.ClickAsync("form.login button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase));
        await Assertions.Expect(page.Locator("header .who")).ToBeVisibleAsync();
        return page;
    }
}

/// <summary>
/// The application on a real port (Kestrel on 127.0.0.1, a free port), over a fresh SQLite file, with the clock
/// stopped at 09:00 UTC on <c>today</c>.
/// </summary>
public sealed class E2eApp : IDisposable
{
    public GongkaiFactory Factory { get; }
    public string BaseUrl { get; }

    private E2eApp(GongkaiFactory factory, string baseUrl) => (Factory, BaseUrl) = (factory, baseUrl);

    public static E2eApp Start(DateOnly today, bool sampleCases = false, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var factory = new GongkaiFactory(today, sampleCases, settings: settings);
        factory.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var url = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Kestrel did not report an http address ({string.Join(", ", addresses)})");
        return new E2eApp(factory, url.TrimEnd('/'));
    }

    /// <summary>An API client of the real server, signed in with a bearer token: for setting up what a test is not about.</summary>
    public async Task<HttpClient> ApiAs(string user)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl + "/"), Timeout = TimeSpan.FromMilliseconds(BrowserFixture.NavigationTimeoutMs) };
        var login = await client.PostAsJsonAsync("api/auth/login", new { userName = user, password = GongkaiFactory.Password });
        login.EnsureSuccessStatusCode();
        var token = JsonNode.Parse(await login.Content.ReadAsStringAsync())!["accessToken"]!.ToString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Registers a case in person by <paramref name="clerk"/> through the API; returns its id and version.</summary>
    public async Task<(int Id, int Version)> RegisterAsync(string clerk, string submitted, string name = "张三丰", string? closeAs = null)
    {
        using var api = await ApiAs(clerk);
        var c = await Json(await api.PostAsJsonAsync("api/applications", new
        {
            channel = "InPerson", submitted, confirmed = (string?)null, applicantKind = "NaturalPerson", applicantName = name,
            idNumber = E2eData.IdNumber, phone = "13800138000", address = "示范市示范区幸福路1号", email = (string?)null,
            informationRequested = "2019年度示范路改造工程的招标文件", preferredForm = "电子邮件", handlerId = (string?)null,
        }));
        var (id, version) = ((int)c["id"]!, (int)c["version"]!);
        if (closeAs is null) return (id, version);
        c = await Json(await api.PostAsJsonAsync($"api/applications/{id}/close", new { version, date = submitted, outcome = closeAs, note = (string?)null }));
        return (id, (int)c["version"]!);
    }

    private static async Task<JsonNode> Json(HttpResponseMessage r)
    {
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.IsSuccessStatusCode, $"{(int)r.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    public void Dispose() => Factory.Dispose();
}

public static class E2eData
{
    public const string IdNumber = "110101199001011234";

    /// <summary>Full-page PNGs of the key steps, under the test output directory, for a person to look at.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task ShotAsync(this IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true, Timeout = BrowserFixture.ScreenshotTimeoutMs });
    }

    /// <summary>The page fits the window's width: no form or table pushes it sideways or over its neighbour.</summary>
    public static async Task AssertFitsWidthAsync(this IPage page)
    {
        var (scroll, inner) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("() => window.innerWidth"));
        Assert.True(scroll <= inner, $"{page.Url} is {scroll}px wide in a {inner}px window");
    }

    /// <summary>Fills the named fields of one form and submits it, waiting for the page it leads to.</summary>
    public static async Task SubmitAsync(this IPage page, string form, params (string Name, string Value)[] fields)
    {
        var f = page.Locator(form);
        foreach (var (name, value) in fields)
        {
            var field = f.Locator($"[name={name}]");
            if (await field.EvaluateAsync<string>("e => e.tagName") == "SELECT") await field.SelectOptionAsync(value);
            else await field.FillAsync(value);
        }
        await page.NavigatedByAsync(() => f.Locator("button[type=submit]").ClickAsync());
    }

    /// <summary>Runs <paramref name="action"/> and waits until it has replaced the document (a form post and its redirect).</summary>
    public static async Task NavigatedByAsync(this IPage page, Func<Task> action)
    {
        await page.EvaluateAsync("() => { window.__gongkaiOld = true; }");
        await action();
        await page.WaitForFunctionAsync("() => window.__gongkaiOld === undefined", null, new() { Timeout = BrowserFixture.NavigationTimeoutMs });
        await page.WaitForLoadStateAsync(LoadState.Load);
    }
}
