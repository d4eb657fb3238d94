using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gongkai.Tests.Web.E2e;

/// <summary>Who sees what, in a real browser: masking inside the agency, nothing across agencies, nothing without signing in.</summary>
[Collection(E2eCollection.Name)]
public sealed class AccessE2eTests(BrowserFixture browser) : IDisposable
{
    private readonly E2eApp _app = E2eApp.Start(new DateOnly(2020, 9, 28));

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_clerk_not_handling_the_case_sees_the_applicant_masked_and_another_agency_gets_404()
    {
        var (id, _) = await _app.RegisterAsync("clerk", "2020-09-28", name: "张三丰");

        // The handling clerk sees everything.
        var clerk = await browser.LoginAsync(_app, "clerk");
        await clerk.GotoAsync($"/Cases/Details/{id}");
        await Expect(clerk.Locator("#applicant-name")).ToHaveTextAsync("张三丰");
        await Expect(clerk.Locator("main")).ToContainTextAsync(E2eData.IdNumber);

        // A colleague of the same agency who does not handle it: the name and the ID number masked.
        var clerk2 = await browser.LoginAsync(_app, "clerk2");
        var response = await clerk2.GotoAsync($"/Cases/Details/{id}");
        Assert.Equal(200, response!.Status);
        await Expect(clerk2.Locator("#applicant-name")).ToHaveTextAsync("张**");
        await Expect(clerk2.Locator("main")).ToContainTextAsync("个人信息已隐藏");
        var html = await clerk2.ContentAsync();
        Assert.DoesNotContain(E2eData.IdNumber, html);
        Assert.DoesNotContain("张三丰", html);
        Assert.DoesNotContain("13800138000", html);
        await clerk2.ShotAsync("3-masked-for-clerk2");

        // Another agency: the case does not exist for them.
        var edu = await browser.LoginAsync(_app, "edu-clerk");
        var missing = await edu.GotoAsync($"/Cases/Details/{id}");
        Assert.Equal(404, missing!.Status);
        await Expect(edu.Locator("h1")).ToHaveTextAsync("未找到");
        Assert.DoesNotContain("张", await edu.ContentAsync());
    }

    private static readonly string[] DeskPages =
        ["/", "/Cases", "/Cases/New", "/Cases/Details/1", "/Proactive", "/Reports", "/Reports?year=2020", "/Reminders", "/Admin/Calendar"];

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_the_login_page_from_every_desk_page()
    {
        await _app.RegisterAsync("clerk", "2020-09-28", name: "张三丰");
        var page = await browser.NewPageAsync(_app);
        foreach (var path in DeskPages)
        {
            var response = await page.GotoAsync(path);
            Assert.True(response!.Status == 200, $"{path}: {response.Status}");
            var url = new Uri(page.Url);
            Assert.True(url.AbsolutePath == "/Account/Login", $"{path} led to {page.Url}, not the login page");
            Assert.Equal(path, System.Web.HttpUtility.ParseQueryString(url.Query)["ReturnUrl"]);
            await Expect(page.Locator("h1")).ToHaveTextAsync("登录");
            await Expect(page.Locator("form.login input[name=UserName]")).ToBeVisibleAsync();
            await Expect(page.Locator("header nav")).ToHaveCountAsync(0);
            Assert.DoesNotContain("张三丰", await page.ContentAsync());
            if (path == "/Cases/Details/1") await page.ShotAsync("5-anonymous-redirected-to-login");
        }
        // The API, for its part, answers 401 rather than redirecting.
        var api = await page.APIRequest.GetAsync("/api/applications/1", new() { MaxRedirects = 0 });
        Assert.Equal(401, api.Status);
    }

    [Fact]
    public async Task Signing_in_from_the_redirect_returns_to_the_page_asked_for()
    {
        var (id, _) = await _app.RegisterAsync("clerk", "2020-09-28");
        var page = await browser.NewPageAsync(_app);
        await page.GotoAsync($"/Cases/Details/{id}");
        await Expect(page.Locator("h1")).ToHaveTextAsync("登录");
        await page.FillAsync("input[name=UserName]", "clerk");
        await page.FillAsync("input[name=Password]", GongkaiFactory.Password);
        await page.NavigatedByAsync(() => page.ClickAsync("form.login button[type=submit]"));
        Assert.Equal($"/Cases/Details/{id}", new Uri(page.Url).AbsolutePath);
        await Expect(page.Locator("#case-number")).ToHaveTextAsync("2020-0001");
    }
}
