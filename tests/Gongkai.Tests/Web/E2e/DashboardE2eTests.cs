using Gongkai.Tests.Web.Oversight;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gongkai.Tests.Web.E2e;

/// <summary>The supervising office's dashboard drawn by ECharts in Chromium, and the public portal without signing in.</summary>
[Collection(E2eCollection.Name)]
public sealed class DashboardE2eTests(BrowserFixture browser) : IDisposable
{
    private readonly E2eApp _app = E2eApp.Start(new DateOnly(2025, 3, 1));

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Gkb_sees_the_charts_drawn_and_anyone_opens_a_public_report()
    {
        var ids = new List<long>();
        foreach (var (agency, seed) in new[] { (1, 31), (2, 32), (3, 33) })
            ids.Add(FiledSeed.Add(_app.Factory, agency, 2024, FiledSeed.Generated(seed, $"单位{agency}", 2024)));

        var page = await browser.LoginAsync(_app, "gkb");
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        await page.GotoAsync("/Oversight/Dashboard");
        await Expect(page.Locator("h1")).ToHaveTextAsync("年度报告仪表盘");
        // ECharts has drawn: each chart holds a canvas with non-blank pixels.
        foreach (var chart in new[] { "#chart-applications", "#chart-outcomes", "#chart-correction", "#chart-rank-applications" })
        {
            await Expect(page.Locator($"{chart} canvas")).ToBeVisibleAsync();
            await page.WaitForFunctionAsync(
                "sel => { const c = document.querySelector(sel + ' canvas'); if (!c || c.width === 0) return false;" +
                " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;" +
                " for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) return true; return false; }", chart);
        }
        await Expect(page.Locator("#anomalies li")).Not.ToHaveTextAsync("加载中……");
        await page.ShotAsync("dashboard-1-charts");
        Assert.DoesNotContain(errors, e => e.Contains("Content Security Policy", StringComparison.Ordinal));

        var visitor = await browser.NewPageAsync(_app);
        var response = await visitor.GotoAsync($"/open/reports/{ids[1]}");
        Assert.Equal(200, response!.Status);
        await Expect(visitor.Locator("#report-title")).ToContainTextAsync("示范区教育局");
        await Expect(visitor.Locator("td[data-cell='applications.newReceived.total']")).ToBeVisibleAsync();
        await Expect(visitor.Locator("#json-download")).ToHaveAttributeAsync("href", $"/api/open/reports/{ids[1]}/json");
        await visitor.ShotAsync("dashboard-2-public-report");
    }
}
