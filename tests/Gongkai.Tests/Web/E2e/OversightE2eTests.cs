using Gongkai.Tests.Web.Oversight;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gongkai.Tests.Web.E2e;

/// <summary>
/// The supervising office's whole path in Chromium: upload two published reports (the real seeds), find the broken
/// table among the findings, see it carried into the district's roll-up, open the dashboard, and find the report on
/// the public portal without signing in.
/// </summary>
[Collection(E2eCollection.Name)]
public sealed class OversightE2eTests(BrowserFixture browser) : IDisposable
{
    private readonly E2eApp _app = E2eApp.Start(new DateOnly(2021, 3, 15));

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Upload_findings_roll_up_dashboard_and_public_page()
    {
        // Two units of the district, named as the seeds name themselves, so the upload matches them by name.
        FiledSeed.Agency(_app.Factory, "广州市荔湾区人民政府逢源街道办事处", 1);
        FiledSeed.Agency(_app.Factory, "荔湾区花地街", 1);
        var fengyuan = SharedFiles.Seed("000");
        var huadi = SharedFiles.Seed("002");

        var page = await browser.LoginAsync(_app, "gkb");
        await page.GotoAsync("/Oversight/Collect?year=2020");
        await page.Locator("#form-collect input[type=file]").SetInputFilesAsync([fengyuan, huadi]);
        await page.NavigatedByAsync(() => page.Locator("#form-collect button[type=submit]").ClickAsync());
        await Expect(page.Locator("#collect-results tr.outcome-stored")).ToHaveCountAsync(2);
        await page.ShotAsync("oversight-1-collected");

        // The same files again are the same reports.
        await page.Locator("#form-collect input[type=file]").SetInputFilesAsync([fengyuan]);
        await page.NavigatedByAsync(() => page.Locator("#form-collect button[type=submit]").ClickAsync());
        await Expect(page.Locator("#collect-results tr.outcome-alreadypresent")).ToHaveCountAsync(1);

        // Seed 000 receives one application and accounts for none: the balance identity fails, found by row and column.
        await page.GotoAsync("/Oversight/Findings?year=2020&rule=identity.balance");
        var balance = page.Locator("#findings tr", new() { HasText = "逢源街道" });
        await Expect(balance.First).ToContainTextAsync("第一项加第二项之和等于第三项加第四项之和");
        await Expect(balance.First).ToContainTextAsync("一、本年新收政府信息公开申请数量加二、上年结转政府信息公开申请数量＝");
        await Expect(page.Locator("#findings")).Not.ToContainTextAsync("identity.");
        await Expect(page.Locator("select[name=rule] option:checked")).ToHaveTextAsync("第一项加第二项之和等于第三项加第四项之和");
        await page.ShotAsync("oversight-2-findings");

        // The roll-up sums both units and carries the unit's error, naming the unit.
        await page.GotoAsync("/Oversight/RollUp?year=2020");
        await Expect(page.Locator("#rollup-units")).ToContainTextAsync("逢源街道办事处");
        await Expect(page.Locator("#rollup-units")).ToContainTextAsync("花地街");
        await Expect(page.Locator("#rollup-findings")).ToContainTextAsync("逢源街道办事处");
        await Expect(page.Locator("#tables td[data-cell='applications.newReceived.total']")).ToBeVisibleAsync();
        await page.ShotAsync("oversight-3-rollup");

        await page.GotoAsync("/Oversight/Dashboard?year=2020");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#chart-applications svg path').length > 3");
        await page.ShotAsync("oversight-4-dashboard");

        // Anyone finds the report on the public portal and sees its findings.
        var visitor = await browser.NewPageAsync(_app);
        await visitor.GotoAsync("/open?q=" + Uri.EscapeDataString("逢源"));
        var hit = visitor.Locator("a[href^='/open/reports/']", new() { HasText = "逢源街道办事处" }).First;
        await Expect(hit).ToBeVisibleAsync();
        await visitor.NavigatedByAsync(() => hit.ClickAsync());
        await Expect(visitor.Locator("#report-title")).ToContainTextAsync("逢源街道办事处");
        await Expect(visitor.Locator("#findings")).ToContainTextAsync("第一项加第二项之和等于第三项加第四项之和");
        await Expect(visitor.Locator("body")).Not.ToContainTextAsync("identity.balance");
        await visitor.ShotAsync("oversight-5-public-report");
    }
}
