using Gongkai.Ingest;
using Gongkai.Tests.Web.Oversight;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gongkai.Tests.Web.E2e;

/// <summary>
/// 与上年比较 in Chromium, on the real reports of 三明市人民政府 2023 and 2024 filed as one unit's: from the supervisor's
/// report page to the comparison, the year's list of units, and the same comparison on the public portal.
/// </summary>
[Collection(E2eCollection.Name)]
public sealed class CompareE2eTests(BrowserFixture browser) : IDisposable
{
    private readonly E2eApp _app = E2eApp.Start(new DateOnly(2025, 4, 1));

    public void Dispose() => _app.Dispose();

    private static Gongkai.Core.Model.Report Real(int year) => ReportReader.ReadFile(
        Path.Combine(SharedFiles.RepoRoot, "tests", "fixtures", "real", "compare", $"{year}_福建_三明市人民政府.txt")).Reports.Single();

    [Fact]
    public async Task From_a_report_to_its_comparison_with_the_year_before_as_supervisor_and_as_the_public()
    {
        var unit = FiledSeed.Agency(_app.Factory, "三明市人民政府", 1);
        var old = FiledSeed.Add(_app.Factory, unit, 2023, Real(2023));
        var @new = FiledSeed.Add(_app.Factory, unit, 2024, Real(2024));

        var page = await browser.LoginAsync(_app, "gkb");
        await page.GotoAsync($"/Oversight/Report/{@new}");
        await page.NavigatedByAsync(() => page.Locator("#compare-previous").ClickAsync());
        Assert.EndsWith($"/Oversight/Compare?old={old}&new={@new}", page.Url, StringComparison.Ordinal);
        // A changed cell shows both years and is shaded; the in-force chain broken between the years is a warning.
        var received = page.Locator("#comparison td[data-cell='applications.newReceived.total']");
        await Expect(received).ToHaveTextAsync("302→357");
        await Expect(received).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("chg"));
        Assert.NotEqual("rgba(0, 0, 0, 0)", await received.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        await Expect(page.Locator("#comparison")).ToContainTextAsync("现行有效件数");
        await Expect(page.Locator("#comparison del").First).ToBeVisibleAsync();
        await page.ShotAsync("compare-1-oversight");

        await page.GotoAsync("/Oversight/Moves?year=2024");
        var row = page.Locator($"#moves tr[data-agency='{unit}']");
        await Expect(row).ToContainTextAsync("行政处罚处理决定数量：294273 → 456773（+162500，+55.2%）");
        await page.ShotAsync("compare-2-moves");
        await page.NavigatedByAsync(() => row.Locator("a", new() { HasText = "查看比较" }).ClickAsync());
        await Expect(page.Locator("#compared")).ToContainTextAsync("2023年度报告");

        var visitor = await browser.NewPageAsync(_app);
        await visitor.GotoAsync($"/open/reports/{@new}");
        await visitor.NavigatedByAsync(() => visitor.Locator("#compare-previous").ClickAsync());
        await Expect(visitor.Locator("#comparison td[data-cell='applications.newReceived.total']")).ToHaveTextAsync("302→357");
        await Expect(visitor.Locator("#downloads a", new() { HasText = "PDF" })).ToHaveAttributeAsync("href", $"/api/open/compare/{old}/{@new}?format=pdf");
        await visitor.ShotAsync("compare-3-public");
    }
}
