using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gongkai.Tests.Web.E2e;

/// <summary>Two people on the same case in two browsers: the second, acting from a stale page, is told so and nothing is overwritten.</summary>
[Collection(E2eCollection.Name)]
public sealed class ConcurrencyE2eTests(BrowserFixture browser) : IDisposable
{
    private readonly E2eApp _app = E2eApp.Start(new DateOnly(2020, 9, 28));

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Acting_from_a_stale_page_shows_the_conflict_message_and_keeps_the_other_persons_change()
    {
        var (id, _) = await _app.RegisterAsync("clerk", "2020-09-21");
        var url = $"/Cases/Details/{id}";

        // Both open the case.
        var clerk = await browser.LoginAsync(_app, "clerk");
        var head = await browser.LoginAsync(_app, "head");
        await clerk.GotoAsync(url);
        await head.GotoAsync(url);
        await Expect(clerk.Locator("#due")).ToHaveTextAsync("2020年10月23日");

        // The head extends the time limit first.
        await head.SubmitAsync("#form-extend", ("Date", "2020-09-28"), ("Text", "需要调取档案"));
        await Expect(head.Locator(".flash.ok")).ToHaveTextAsync("已延长答复期限");
        await Expect(head.Locator("#due")).ToHaveTextAsync("2020年11月20日");

        // The clerk, still looking at the page from before, closes the case from it.
        await Expect(clerk.Locator("#extension")).ToHaveCountAsync(0);
        await clerk.SubmitAsync("#form-close", ("Date", "2020-09-28"), ("Outcome", "granted"), ("Text", "已提供"));
        var error = clerk.Locator(".flash.error");
        await Expect(error).ToContainTextAsync("已被他人修改");
        await Expect(error).ToContainTextAsync("请刷新页面");
        await clerk.ShotAsync("4-conflict-from-stale-page");

        // Nothing lost: the page now shows the head's extension, the case is still open, and the audit has one change.
        await Expect(clerk.Locator("#extension")).ToContainTextAsync("经王主任同意延长答复期限");
        await Expect(clerk.Locator("#due")).ToHaveTextAsync("2020年11月20日");
        await Expect(clerk.Locator("#case-state")).ToHaveTextAsync("办理中");
        // (The case's own rows; the extension also numbered its notice: 出具告知书.)
        var caseRows = clerk.Locator("#audit tbody tr:not(:has(td:nth-child(3):text-is('出具告知书')))");
        await Expect(caseRows).ToHaveCountAsync(2);
        await Expect(caseRows.Nth(1)).ToContainTextAsync("延长答复期限日期");

        // On the fresh page the clerk's action goes through.
        await clerk.SubmitAsync("#form-close", ("Date", "2020-09-28"), ("Outcome", "granted"), ("Text", "已提供"));
        await Expect(clerk.Locator(".flash.ok")).ToHaveTextAsync("已办结");
        await Expect(clerk.Locator("#case-state")).ToHaveTextAsync("已办结");
        await Expect(clerk.Locator("#extension")).ToContainTextAsync("需要调取档案");

        // The head's page, reloaded, shows both changes.
        await head.ReloadAsync();
        await Expect(head.Locator("#extension")).ToContainTextAsync("需要调取档案");
        await Expect(head.Locator("#case-state")).ToHaveTextAsync("已办结");
    }
}
