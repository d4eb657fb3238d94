using Deque.AxeCore.Playwright;
using Gongkai.Tests.Web.Public;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace Gongkai.Tests.Web.E2e;

/// <summary>
/// Issue 15's journey in Debian's Chromium on a phone (390×844): a citizen reads the 指南, switches to larger text,
/// applies online and prints the confirmation; the e-mail with the query code reaches a real SMTP server; the clerk
/// confirms and asks a 补正; the citizen answers it online; the clerk closes with 部分公开; the citizen downloads the
/// 告知书 PDF with the number and code. Every public page: no serious or critical axe-core violation, no wider than the
/// phone. Screenshots under bin/…/screenshots/public/. The clock stands on Monday 2 March 2026.
/// </summary>
[Collection(E2eCollection.Name)]
public sealed class PublicSiteE2eTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly TestSmtpServer _smtp = new();
    private E2eApp? _app;
    private E2eApp App => _app!;

    public Task InitializeAsync()
    {
        _app = E2eApp.Start(new DateOnly(2026, 3, 2), settings: new Dictionary<string, string?>
        {
            ["Mail:Enabled"] = "true", ["Mail:Host"] = "127.0.0.1", ["Mail:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail:Security"] = "None", ["Mail:PollSeconds"] = "0.3",
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _app?.Dispose();
        await _smtp.DisposeAsync();
    }

    private static readonly string Shots = Path.Combine(E2eData.ScreenshotDirectory, "public");

    private async Task<IPage> PhoneAsync()
    {
        var context = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = App.BaseUrl, Locale = "zh-CN", TimezoneId = "Asia/Shanghai", AcceptDownloads = true,
            ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true,
        });
        context.SetDefaultTimeout(BrowserFixture.TimeoutMs);
        context.SetDefaultNavigationTimeout(BrowserFixture.NavigationTimeoutMs);
        return await context.NewPageAsync();
    }

    /// <summary>The page as the citizen sees it: fits the phone, axe-clean, and a screenshot.</summary>
    private static async Task CheckAsync(IPage page, string shot)
    {
        await page.AssertFitsWidthAsync();
        var axe = await page.RunAxe();
        var bad = axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}").ToList();
        Assert.True(bad.Count == 0, $"{page.Url}: {string.Join("; ", bad)}");
        Directory.CreateDirectory(Shots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, shot + ".png"), FullPage = true, Timeout = BrowserFixture.ScreenshotTimeoutMs });
    }

    private static async Task<string> PdfTextAsync(IDownload download)
    {
        var path = await download.PathAsync();
        using var doc = PdfDocument.Open(await File.ReadAllBytesAsync(path));
        return string.Concat(doc.GetPages().Select(p => p.Text)).Replace(" ", "");
    }

    [Fact]
    public async Task A_citizen_applies_on_a_phone_answers_a_correction_online_and_downloads_the_partial_disclosure_notice()
    {
        var citizen = await PhoneAsync();
        var scripts = new List<string>();
        citizen.Request += (_, r) => { if (r.ResourceType == "script" && !r.Url.StartsWith(App.BaseUrl, StringComparison.Ordinal)) scripts.Add(r.Url); };

        // The 指南, then larger text (适老化) and back.
        await citizen.GotoAsync("/open/sfq-zfb");
        await Expect(citizen.Locator("h1")).ToHaveTextAsync("示范区人民政府办公室政府信息公开指南");
        await Expect(citizen.Locator("#guide-version")).ToContainTextAsync("第1版");
        await Expect(citizen.Locator("#guide-handling")).ToContainTextAsync("20个工作日");
        await CheckAsync(citizen, "1-guide");
        await citizen.NavigatedByAsync(() => citizen.ClickAsync("#text-size"));
        await Expect(citizen.Locator("html")).ToHaveClassAsync("large-text");
        await Expect(citizen.Locator("h1")).ToHaveTextAsync("示范区人民政府办公室政府信息公开指南");
        await CheckAsync(citizen, "2-guide-large-text");
        await citizen.NavigatedByAsync(() => citizen.ClickAsync("#text-size"));
        await Expect(citizen.Locator("html")).Not.ToHaveClassAsync("large-text");

        await citizen.GotoAsync("/open/sfq-zfb/catalogue");
        await Expect(citizen.Locator("h1")).ToHaveTextAsync("示范区人民政府办公室政府信息公开目录");
        await CheckAsync(citizen, "3-catalogue");

        // Apply: first with a wrong ID number (refused on the field), then right.
        await citizen.GotoAsync("/open/sfq-zfb");
        await citizen.NavigatedByAsync(() => citizen.ClickAsync("#apply-link"));
        var form = citizen.Locator("#form-apply");
        await form.Locator("[name=Name]").FillAsync("张三");
        await form.Locator("[name=IdNumber]").FillAsync("110105194912310021");
        await form.Locator("[name=Phone]").FillAsync("13800138000");
        await form.Locator("[name=Email]").FillAsync("zhangsan@example.com");
        await form.Locator("[name=Address]").FillAsync("示范市示范区幸福路1号");
        await form.Locator("[name=Information]").FillAsync("示范路改造工程的招标文件");
        await form.Locator("[name=DocumentNumber]").FillAsync("示府办〔2025〕3号");
        await form.Locator("[name=Form]").SelectOptionAsync("Electronic");
        await form.Locator("[name=Delivery]").SelectOptionAsync("Email");
        await CheckAsync(citizen, "4-apply-form");
        await citizen.NavigatedByAsync(() => form.Locator("button[type=submit]").ClickAsync());
        await Expect(citizen.Locator("#err-idNumber")).ToContainTextAsync("校验位");
        await CheckAsync(citizen, "5-apply-refused");
        await citizen.Locator("#form-apply [name=IdNumber]").FillAsync("11010519491231002X");
        await citizen.NavigatedByAsync(() => citizen.Locator("#form-apply button[type=submit]").ClickAsync());
        await Expect(citizen.Locator("#application-number")).ToHaveTextAsync("2026-0001");
        var number = await citizen.Locator("#application-number").InnerTextAsync();
        var code = await citizen.Locator("#query-code").InnerTextAsync();
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$", code);
        await CheckAsync(citizen, "6-submitted");
        var receipt = await citizen.RunAndWaitForDownloadAsync(() => citizen.ClickAsync("#form-receipt button"));
        var receiptText = await PdfTextAsync(receipt);
        Assert.Contains(number, receiptText);
        Assert.Contains(code, receiptText);

        // The e-mail with the code reaches the SMTP server.
        var mail = await _smtp.WaitForAsync(m => m.Subject!.Contains("已收到"));
        Assert.Contains(code, mail.TextBody);

        // The clerk confirms it (received today) and asks a 补正.
        var clerk = await browser.LoginAsync(App, "clerk");
        var id = App.Factory.With(db => db.Cases.Single(c => c.Number == number).Id);
        await clerk.GotoAsync($"/Cases/Details/{id}");
        await Expect(clerk.Locator("#case-state")).ToHaveTextAsync("网上申请待确认");
        await clerk.SubmitAsync("#form-receipt", ("Date", "2026-03-02"));
        await Expect(clerk.Locator("#case-state")).ToHaveTextAsync("办理中");
        await clerk.SubmitAsync("#form-correction", ("Date", "2026-03-02"), ("Text", "请写明所需招标文件的标段"), ("DueBy", "2026-03-16"));
        await Expect(clerk.Locator("#case-state")).ToHaveTextAsync("待补正");
        await _smtp.WaitForAsync(m => m.Subject!.Contains("请补正"));

        // The citizen follows the case with number and code, and answers the 补正.
        await citizen.GotoAsync("/open/track");
        await CheckAsync(citizen, "7-track-form");
        await citizen.FillAsync("#form-track [name=Number]", number);
        await citizen.FillAsync("#form-track [name=Code]", code);
        await citizen.NavigatedByAsync(() => citizen.ClickAsync("#form-track button[type=submit]"));
        await Expect(citizen.Locator("#case-status")).ToHaveTextAsync("待补正");
        await Expect(citizen.Locator("#correction-asked")).ToContainTextAsync("请写明所需招标文件的标段");
        await Expect(citizen.Locator("#correction-asked")).ToContainTextAsync("2026年3月16日");
        await CheckAsync(citizen, "8-correction-asked");
        await citizen.FillAsync("#form-correct [name=Text]", "第二标段的招标文件");
        await citizen.NavigatedByAsync(() => citizen.ClickAsync("#form-correct button[type=submit]"));
        await Expect(citizen.Locator("#track-done")).ToContainTextAsync("补正已提交");
        await Expect(citizen.Locator("#case-status")).ToHaveTextAsync("办理中");
        await Expect(citizen.Locator("#due")).ToContainTextAsync("2026年3月30日");
        await CheckAsync(citizen, "9-corrected");

        // The clerk sees the answer and closes with 部分公开.
        await clerk.ReloadAsync();
        await Expect(clerk.Locator("#case-state")).ToHaveTextAsync("办理中");
        await Expect(clerk.Locator("body")).ToContainTextAsync("补正内容");
        await clerk.SubmitAsync("#form-close", ("Date", "2026-03-02"), ("Outcome", "partiallyGranted"), ("Text", "投标人报价部分涉及商业秘密"),
            ("WithheldPart", "投标人报价部分"));
        await Expect(clerk.Locator("#case-state")).ToHaveTextAsync("已办结");
        await _smtp.WaitForAsync(m => m.Subject!.Contains("已答复"));

        // The citizen downloads the 答复告知书 with the number and code.
        await citizen.GotoAsync("/open/track");
        await citizen.FillAsync("#form-track [name=Number]", number);
        await citizen.FillAsync("#form-track [name=Code]", code);
        await citizen.NavigatedByAsync(() => citizen.ClickAsync("#form-track button[type=submit]"));
        await Expect(citizen.Locator("#case-status")).ToHaveTextAsync("已办结");
        await Expect(citizen.Locator("#outcome")).ToContainTextAsync("部分公开");
        await CheckAsync(citizen, "10-closed");
        var notice = await citizen.RunAndWaitForDownloadAsync(() => citizen.ClickAsync("button[data-notice=Decision]"));
        var text = await PdfTextAsync(notice);
        Assert.Contains("答复告知书", text);
        Assert.Contains("投标人报价部分", text);

        // A wrong code: the same answer as a wrong number.
        await citizen.GotoAsync("/open/track");
        await citizen.FillAsync("#form-track [name=Number]", number);
        await citizen.FillAsync("#form-track [name=Code]", "AAAA-BBBB-CCCC");
        await citizen.NavigatedByAsync(() => citizen.ClickAsync("#form-track button[type=submit]"));
        await Expect(citizen.Locator("#track-error")).ToHaveTextAsync("申请编号或查询码不正确，请核对后重新输入。");
        await CheckAsync(citizen, "11-wrong-code");
        Assert.Empty(scripts);
        // One e-mail a step, in order: received (with the code), confirmed, 补正 asked, 补正 received, answered.
        Assert.Equal(["已收到您的政府信息公开申请", "已确认收到您的申请", "请补正您的申请", "已收到您的补正", "您的申请已答复"],
            _smtp.Messages.Select(m => m.Subject![(m.Subject!.IndexOf('】') + 1)..m.Subject.IndexOf('（')]));
    }

    [Fact]
    public async Task A_long_catalogue_is_paged_on_a_phone_forward_and_back_with_the_search_kept()
    {
        const int count = 2 * Gongkai.Web.Features.Public.PublicApplications.CataloguePageSize + 1;
        App.Factory.With(db =>
        {
            var id = db.Agencies.Single(a => a.PublicCode == "sfq-zfb").Id;
            db.ProactiveItems.RemoveRange(db.ProactiveItems.Where(i => i.AgencyId == id));
            var first = new DateOnly(2020, 1, 1);
            db.ProactiveItems.AddRange(Enumerable.Range(0, count).Select(n => new Gongkai.Web.Data.ProactiveItem
            {
                AgencyId = id, Year = first.AddDays(n).Year, Category = n % 2 == 0 ? "licensing" : "procurement",
                Title = $"公示{n:D4}", PublishedOn = first.AddDays(n),
            }));
            return db.SaveChanges();
        });
        var citizen = await PhoneAsync();
        var pager = citizen.Locator("#catalogue-pages");
        var items = citizen.Locator("ul.items li");

        await citizen.GotoAsync("/open/sfq-zfb/catalogue");
        await Expect(citizen.Locator("#catalogue-count")).ToHaveTextAsync($"共 {count} 条，第 1 / 3 页");
        await Expect(items).ToHaveCountAsync(Gongkai.Web.Features.Public.PublicApplications.CataloguePageSize);
        await Expect(items.First).ToContainTextAsync($"公示{count - 1:D4}");
        await Expect(pager.Locator("a[rel=prev]")).ToHaveCountAsync(0);
        await CheckAsync(citizen, "catalogue-page-1");

        await citizen.NavigatedByAsync(() => pager.Locator("a[rel=next]").ClickAsync());
        await Expect(citizen.Locator("#catalogue-count")).ToHaveTextAsync($"共 {count} 条，第 2 / 3 页");
        await Expect(items.First).ToContainTextAsync($"公示{count - 1 - Gongkai.Web.Features.Public.PublicApplications.CataloguePageSize:D4}");
        await citizen.NavigatedByAsync(() => pager.Locator("a[rel=next]").ClickAsync());
        await Expect(citizen.Locator("#catalogue-count")).ToHaveTextAsync($"共 {count} 条，第 3 / 3 页");
        await Expect(items).ToHaveTextAsync([new System.Text.RegularExpressions.Regex("公示0000")]);
        await Expect(pager.Locator("a[rel=next]")).ToHaveCountAsync(0);
        await CheckAsync(citizen, "catalogue-page-3");
        await citizen.NavigatedByAsync(() => pager.Locator("a[rel=prev]").ClickAsync());
        await Expect(citizen.Locator("#catalogue-count")).ToHaveTextAsync($"共 {count} 条，第 2 / 3 页");

        // A search: the count is of what it matches, and the next page keeps the search and the category.
        await citizen.Locator("#catalogue-search [name=q]").FillAsync("公示0");
        await citizen.Locator("#catalogue-search [name=category]").SelectOptionAsync("licensing");
        await citizen.NavigatedByAsync(() => citizen.Locator("#catalogue-search button[type=submit]").ClickAsync());
        await Expect(citizen.Locator("#catalogue-count")).ToHaveTextAsync("共 101 条，第 1 / 2 页");
        await citizen.NavigatedByAsync(() => pager.Locator("a[rel=next]").ClickAsync());
        await Expect(citizen.Locator("#catalogue-count")).ToHaveTextAsync("共 101 条，第 2 / 2 页");
        await Expect(citizen.Locator("#catalogue-search [name=q]")).ToHaveValueAsync("公示0");
        await Expect(items).ToHaveTextAsync([new System.Text.RegularExpressions.Regex("公示0000")]);
    }
}
