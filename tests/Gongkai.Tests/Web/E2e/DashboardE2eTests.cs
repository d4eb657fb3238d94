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
        page.PageError += (_, e) => errors.Add(e);
        // The menu leads to the dashboard.
        await page.NavigatedByAsync(() => page.ClickAsync("#nav-dashboard"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("年度报告仪表盘");
        // ECharts has drawn with its SVG renderer (no inline styles, which the CSP refuses): bars are paths in each chart.
        foreach (var chart in new[] { "#chart-applications", "#chart-outcomes", "#chart-correction", "#chart-rank-applications" })
            await page.WaitForFunctionAsync("sel => document.querySelectorAll(sel + ' svg path').length > 5", chart);
        await Expect(page.Locator("#anomalies li")).Not.ToHaveTextAsync("加载中……");

        // The middle of the first non-empty bar of the outcome chart (stacked, horizontal): its report and cell.
        await page.Locator("#chart-outcomes").ScrollIntoViewIfNeededAsync();
        var bar = await page.EvaluateAsync<System.Text.Json.JsonElement>("""
            () => {
              const el = document.querySelector('#chart-outcomes'), c = echarts.getInstanceByDom(el), o = c.getOption();
              for (let s = 0; s < o.series.length; s++) {
                const d = o.series[s].data[0];
                if (!(d.value > 0)) continue;
                let start = 0;
                for (let k = 0; k < s; k++) start += o.series[k].data[0].value || 0;
                const box = el.getBoundingClientRect();
                return { x: box.x + c.convertToPixel({ xAxisIndex: 0 }, start + d.value / 2), y: box.y + c.convertToPixel({ yAxisIndex: 0 }, 0),
                         report: d.reportId, cell: d.cell };
              }
              return null;
            }
            """);
        Assert.Equal(System.Text.Json.JsonValueKind.Object, bar.ValueKind);
        var (x, y, cell) = (bar.GetProperty("x").GetDouble(), bar.GetProperty("y").GetDouble(), bar.GetProperty("cell").GetString()!);
        await page.Mouse.MoveAsync((float)x, (float)y); // the tooltip, drawn as rich text
        await page.ShotAsync("dashboard-1-charts");
        await page.NavigatedByAsync(() => page.Mouse.ClickAsync((float)x, (float)y));
        Assert.Equal($"/Oversight/Report/{bar.GetProperty("report").GetInt64()}", new Uri(page.Url).AbsolutePath);
        var target = page.Locator("td.target");
        await Expect(target).ToHaveCountAsync(1);
        await Expect(target).ToHaveAttributeAsync("data-cell", cell);
        await Expect(target).ToBeInViewportAsync();
        await page.ShotAsync("dashboard-3-drilled-to-cell");
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        var visitor = await browser.NewPageAsync(_app);
        var response = await visitor.GotoAsync($"/open/reports/{ids[1]}");
        Assert.Equal(200, response!.Status);
        await Expect(visitor.Locator("#report-title")).ToContainTextAsync("示范区教育局");
        await Expect(visitor.Locator("td[data-cell='applications.newReceived.total']")).ToBeVisibleAsync();
        await Expect(visitor.Locator("#json-download")).ToHaveAttributeAsync("href", $"/api/open/reports/{ids[1]}/json");
        await visitor.ShotAsync("dashboard-2-public-report");
    }
}
