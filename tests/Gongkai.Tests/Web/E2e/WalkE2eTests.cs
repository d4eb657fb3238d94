using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Gongkai.Core.Labels;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gongkai.Tests.Web.E2e;

/// <summary>The sample application (two years of cases and filed reports), shared by every role's walk: the walks only read.</summary>
public sealed class SampleAppFixture : IDisposable
{
    public E2eApp App { get; } = E2eApp.Start(new DateOnly(2026, 3, 16), sampleCases: true);

    /// <summary>Page kinds already checked with axe at a width, so each kind is checked once per width whoever reaches it first.</summary>
    public ConcurrentDictionary<string, bool> Audited { get; } = new();

    public void Dispose() => App.Dispose();
}

/// <summary>
/// Every screen as each role meets it, in Chromium at a desk's and a phone's width: sign in through the form, follow
/// every same-origin link the menus lead to (breadth first, a few pages of each kind), and fail on an error status,
/// a console error, a POST form without its antiforgery token, an internal name in the visible text
/// (<see cref="InternalNames"/>), a page wider than the window or a table squeezed to a character a line, and a
/// serious or critical axe-core violation. Then sign out through the button: the desk asks for sign-in again, and Back
/// shows nothing of what was open. Screenshots of every page under bin/…/screenshots/walk/ROLE-WIDTH/.
/// </summary>
[Collection(E2eCollection.Name)]
public sealed class WalkE2eTests(BrowserFixture browser, SampleAppFixture sample) : IClassFixture<SampleAppFixture>
{
    /// <summary>At most this many pages of one kind (a case, a report…) and this many pages in all, per walk.</summary>
    private const int PerKind = 2, MaxPages = 45;

    public static TheoryData<string, int, int> Walks()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var role in new[] { "clerk", "head", "admin", "gkb", "public" })
            foreach (var (w, h) in new[] { (1366, 900), (390, 844) })
                data.Add(role, w, h);
        return data;
    }

    [Theory]
    [MemberData(nameof(Walks))]
    public async Task Every_page_a_role_reaches_is_whole_Chinese_accessible_and_signing_out_closes_it(string role, int width, int height)
    {
        var app = sample.App;
        var context = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseUrl, Locale = "zh-CN", TimezoneId = "Asia/Shanghai", ViewportSize = new() { Width = width, Height = height },
            IsMobile = width < 600, HasTouch = width < 600,
        });
        context.SetDefaultTimeout(BrowserFixture.TimeoutMs);
        context.SetDefaultNavigationTimeout(BrowserFixture.NavigationTimeoutMs);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        var current = "";
        page.Console += (_, m) => { if (m.Type == "error") problems.Add($"{current}: console error: {m.Text}"); };
        page.PageError += (_, e) => problems.Add($"{current}: script error: {e}");
        page.Response += (_, r) =>
        {
            if (r.Status >= 400 && r.Url.StartsWith(app.BaseUrl, StringComparison.Ordinal)) problems.Add($"{current}: {r.Status} for {r.Url}");
        };

        var start = "/open";
        if (role != "public")
        {
            await page.GotoAsync("/Account/Login");
            await page.FillAsync("input[name=UserName]", role);
            await page.FillAsync("input[name=Password]", GongkaiFactory.Password);
            await page.NavigatedByAsync(() => page.ClickAsync("form.login button[type=submit]"));
            await Expect(page.Locator("#logout button")).ToBeVisibleAsync();
            start = new Uri(page.Url).PathAndQuery;
        }

        var folder = Path.Combine(E2eData.ScreenshotDirectory, "walk", $"{role}-{width}");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        var queue = new Queue<string>([start]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal) { [Kind(start)] = 1 };
        var walked = new List<string>();
        while (queue.Count > 0 && walked.Count < MaxPages)
        {
            var url = queue.Dequeue();
            current = url;
            var response = await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.NetworkIdle });
            Assert.NotNull(response);
            if (response.Status >= 400) { problems.Add($"{url}: status {response.Status}"); continue; }
            walked.Add(url);
            problems.AddRange(await CheckPageAsync(page, url, width));
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{walked.Count:00}-{Slug(url)}.png"), FullPage = true, Timeout = BrowserFixture.ScreenshotTimeoutMs });
            if (sample.Audited.TryAdd($"{Kind(url)}@{width}", true)) problems.AddRange(await AxeAsync(page, url));
            foreach (var href in await page.EvalOnSelectorAllAsync<string[]>("a[href]", "as => as.map(a => a.href)"))
            {
                if (!Uri.TryCreate(href, UriKind.Absolute, out var u) || !href.StartsWith(app.BaseUrl, StringComparison.Ordinal)) continue;
                var next = u.PathAndQuery;
                // Downloads and machine documents are the API's; the walk reads pages.
                if (next.StartsWith("/api/", StringComparison.Ordinal) || next.StartsWith("/openapi", StringComparison.Ordinal) || next.Contains("/Account/Logout", StringComparison.Ordinal)) continue;
                var kind = Kind(next);
                if (seen.Contains(next) || kinds.GetValueOrDefault(kind) >= PerKind) continue;
                seen.Add(next);
                kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
                queue.Enqueue(next);
            }
        }
        await File.WriteAllLinesAsync(Path.Combine(folder, "pages.txt"), walked);
        Assert.True(walked.Count >= (role == "public" ? 3 : 6), $"{role} reached only {walked.Count} pages: {string.Join(" ", walked)}");

        if (role != "public")
        {
            // Sign out through the button, as a person leaving a shared office PC would.
            current = "sign-out";
            // The last signed-in page: the walk may end on a public page (the portal, an agency's site), which shows no user.
            var last = walked.Last(u => !u.StartsWith("/open", StringComparison.Ordinal));
            await page.GotoAsync(last);
            var secret = await page.Locator("header .who").InnerTextAsync();
            await page.NavigatedByAsync(() => page.ClickAsync("#logout button"));
            Assert.Equal("/Account/Login", new Uri(page.Url).AbsolutePath);
            await Expect(page.Locator("h1")).ToHaveTextAsync("登录");
            await page.GotoAsync("/");
            Assert.Equal("/Account/Login", new Uri(page.Url).AbsolutePath);
            // Back, twice: neither the page left nor anything before it comes back from a cache.
            for (var i = 0; i < 2; i++)
            {
                await page.GoBackAsync();
                await page.WaitForLoadStateAsync(LoadState.Load);
                Assert.Equal(0, await page.Locator("header .who").CountAsync());
                Assert.DoesNotContain(secret, await page.Locator("body").InnerTextAsync());
                Assert.Equal("/Account/Login", new Uri(page.Url).AbsolutePath);
            }
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "99-signed-out-back.png"), Timeout = BrowserFixture.ScreenshotTimeoutMs });
        }
        await context.CloseAsync();
        Assert.True(problems.Count == 0, $"{role} at {width}px, {walked.Count} pages:\n" + string.Join("\n", problems.Distinct().Take(60)));
    }

    /// <summary>What one page must be: POST forms with their token, no internal name shown, as wide as the window, tables readable.</summary>
    private static async Task<List<string>> CheckPageAsync(IPage page, string url, int width)
    {
        var problems = new List<string>();
        var forms = await page.EvalOnSelectorAllAsync<string[]>("form",
            "fs => fs.filter(f => (f.getAttribute('method') || '').toLowerCase() === 'post' && !f.querySelector('input[name=__RequestVerificationToken]'))" +
            ".map(f => f.id || f.getAttribute('action') || '(form)')");
        problems.AddRange(forms.Select(f => $"{url}: POST form {f} has no antiforgery token"));
        // Machine identifiers shown on purpose (the open data page's column keys) are inside <code>.
        var text = await page.EvaluateAsync<string>(
            "() => { let t = document.body.innerText; for (const c of document.querySelectorAll('code')) t = t.split(c.innerText).join(' '); return t; }");
        problems.AddRange(InternalNames.Find(text).Distinct().Select(n => $"{url}: shows {n}"));
        var (scroll, inner) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("() => window.innerWidth"));
        if (scroll > inner + 1) problems.Add($"{url}: the page is {scroll}px wide in a {inner}px window");
        // A table cell narrower than two characters of its own font wraps its text one character a line.
        var squeezed = await page.EvalOnSelectorAllAsync<string[]>("th, td",
            "cs => cs.filter(c => c.innerText.trim().length >= 2 && c.getBoundingClientRect().width > 0 && c.getBoundingClientRect().width < 2 * parseFloat(getComputedStyle(c).fontSize) + 4)" +
            ".slice(0, 3).map(c => c.innerText.trim().slice(0, 20) + ' (' + Math.round(c.getBoundingClientRect().width) + 'px)')");
        problems.AddRange(squeezed.Select(s => $"{url} at {width}px: table cell squeezed: {s}"));
        return problems;
    }

    /// <summary>axe-core's serious and critical violations of the page as it stands.</summary>
    private static async Task<IEnumerable<string>> AxeAsync(IPage page, string url)
    {
        var result = await page.RunAxe();
        return result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{url}: axe {v.Impact} {v.Id} ({v.Help}) at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}");
    }

    /// <summary>The kind of a page: its path with numbers as N and its query's keys, so /Cases/Details/7 and /Cases/Details/9 are one kind.</summary>
    private static string Kind(string pathAndQuery)
    {
        var q = pathAndQuery.IndexOf('?');
        var path = Regex.Replace(q < 0 ? pathAndQuery : pathAndQuery[..q], @"\d+", "N");
        var keys = q < 0 ? "" : string.Join("&", pathAndQuery[(q + 1)..].Split('&').Select(p => p.Split('=')[0]).Order(StringComparer.Ordinal));
        return path + "?" + keys;
    }

    private static string Slug(string url)
    {
        var s = Regex.Replace(url.Trim('/'), @"[^A-Za-z0-9]+", "-").Trim('-');
        return s.Length == 0 ? "home" : s.Length > 60 ? s[..60] : s;
    }
}
