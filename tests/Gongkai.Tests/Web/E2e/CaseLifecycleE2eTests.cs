using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gongkai.Tests.Web.E2e;

/// <summary>
/// One application from the front desk to its reply, in a real browser: registration, the statutory clock with its
/// explanation, a request for corrections, the restart, the head's extension, the reply, and the audit trail.
/// The clock is stopped on Monday 2020-09-28, the week before the National Day / Mid-Autumn holiday.
/// </summary>
[Collection(E2eCollection.Name)]
public sealed class CaseLifecycleE2eTests(BrowserFixture browser) : IDisposable
{
    private readonly E2eApp _app = E2eApp.Start(new DateOnly(2020, 9, 28));

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Clerk_registers_requests_correction_records_it_head_extends_clerk_closes_and_the_audit_lists_every_step()
    {
        // Signing in through the login page.
        var clerk = await browser.LoginAsync(_app, "clerk");
        await clerk.GotoAsync("/Cases/New");
        await Expect(clerk.Locator("h1")).ToHaveTextAsync("登记政府信息公开申请");

        // Registered in person on Monday 21 September: twenty working days run across the 1–8 October holiday.
        await clerk.SubmitAsync("#register",
            ("Channel", "InPerson"), ("Submitted", "2020-09-21"), ("ApplicantKind", "NaturalPerson"),
            ("ApplicantName", "张三丰"), ("IdNumber", E2eData.IdNumber), ("Phone", "13800138000"),
            ("Address", "示范市示范区幸福路1号"), ("InformationRequested", "2019年度示范路改造工程的招标文件"), ("Form", "Email"));
        await Expect(clerk).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/Cases/Details/\d+$"));
        await Expect(clerk.Locator(".flash.ok")).ToContainTextAsync("已登记，编号 2020-0001");
        await Expect(clerk.Locator("#case-number")).ToHaveTextAsync("2020-0001");
        await Expect(clerk.Locator("#case-state")).ToHaveTextAsync("办理中");
        await Expect(clerk.Locator("#due")).ToHaveTextAsync("2020年10月23日");
        var explanation = clerk.Locator("#explanation");
        await Expect(explanation).ToContainTextAsync("国庆节、中秋节放假");
        await Expect(explanation).ToContainTextAsync("调休上班");
        Assert.True(await explanation.Locator("li").CountAsync() >= 3, "the explanation has a line per step of the count");
        await clerk.AssertFitsWidthAsync();
        await clerk.ShotAsync("1-registered");

        // Art. 30: one written request for corrections, the day after; the clock stops.
        await clerk.SubmitAsync("#form-correction", ("Date", "2020-09-22"), ("Text", "请写明所需文件的名称或文号"), ("DueBy", "2020-10-20"));
        await Expect(clerk.Locator(".flash.ok")).ToHaveTextAsync("已登记告知补正");
        await Expect(clerk.Locator("#case-state")).ToHaveTextAsync("待补正");
        await Expect(clerk.Locator("#due")).ToHaveTextAsync("—");
        await Expect(clerk.Locator("#form-correction")).ToHaveCountAsync(0);
        await Expect(clerk.Locator("#form-correction-received")).ToContainTextAsync("请写明所需文件的名称或文号");

        // The corrected application arrives on the 28th: twenty working days from then, 2 November.
        await clerk.SubmitAsync("#form-correction-received", ("Date", "2020-09-28"));
        await Expect(clerk.Locator(".flash.ok")).ToContainTextAsync("答复期限重新起算");
        await Expect(clerk.Locator("#case-state")).ToHaveTextAsync("办理中");
        await Expect(clerk.Locator("#due")).ToHaveTextAsync("2020年11月2日");
        await Expect(clerk.Locator("#explanation")).ToContainTextAsync("10月10日调休上班计入");
        // A clerk may not extend: the form is the head's.
        await Expect(clerk.Locator("#form-extend")).ToHaveCountAsync(0);
        var caseUrl = clerk.Url;

        // Art. 33 ¶2: the office head agrees to twenty more working days: 3 … 30 November.
        var head = await browser.LoginAsync(_app, "head");
        await head.GotoAsync(caseUrl);
        await head.SubmitAsync("#form-extend", ("Date", "2020-09-28"), ("Text", "需要调取档案"));
        await Expect(head.Locator(".flash.ok")).ToHaveTextAsync("已延长答复期限");
        await Expect(head.Locator("#due")).ToHaveTextAsync("2020年11月30日");
        await Expect(head.Locator("#extension")).ToContainTextAsync("经王主任同意延长答复期限");
        await Expect(head.Locator("#extension")).ToContainTextAsync("需要调取档案");
        await Expect(head.Locator("#form-extend")).ToHaveCountAsync(0);
        await head.ShotAsync("1-extended-by-head");

        // The clerk replies: disclosed.
        await clerk.ReloadAsync();
        await Expect(clerk.Locator("#due")).ToHaveTextAsync("2020年11月30日");
        await clerk.SubmitAsync("#form-close", ("Date", "2020-09-28"), ("Outcome", "granted"), ("Text", "已通过电子邮件提供"));
        await Expect(clerk.Locator(".flash.ok")).ToHaveTextAsync("已办结");
        await Expect(clerk.Locator("#case-state")).ToHaveTextAsync("已办结");
        await Expect(clerk.Locator("#closed-on")).ToHaveTextAsync("2020年9月28日");
        await Expect(clerk.Locator("#outcome")).ToContainTextAsync("予以公开");
        await Expect(clerk.Locator("#form-close")).ToHaveCountAsync(0);

        // The audit table: the registration and each of the four steps, by whom, and the three numbered notices they issued.
        var rows = clerk.Locator("#audit tbody tr:not(:has(td:nth-child(3):text-is('出具告知书')))");
        await Expect(rows).ToHaveCountAsync(5);
        // Who by the name the office knows them by, what in the office's words, each field by its Chinese name.
        string[] who = ["李经办", "李经办", "李经办", "王主任", "李经办"];
        string[] what = ["登记申请", "告知补正", "登记收到补正", "延长答复期限", "办结"];
        string[] field = ["经办人：李经办", "需要补正的事项", "收到补正日期", "延长答复期限日期：（空） → 2020年9月28日", "处理结果：（空） → （一）予以公开"];
        for (var i = 0; i < 5; i++)
        {
            await Expect(rows.Nth(i).Locator("td").Nth(1)).ToHaveTextAsync(who[i]);
            await Expect(rows.Nth(i).Locator("td").Nth(2)).ToHaveTextAsync(what[i]);
            await Expect(rows.Nth(i)).ToContainTextAsync(field[i]);
        }
        await Expect(clerk.Locator("#audit tr:has(td:nth-child(3):text-is('出具告知书'))")).ToHaveCountAsync(3);
        // Each notice has its own number with the agency's 机关代字, in the order issued.
        var notices = clerk.Locator("#notices tr[data-notice]");
        await Expect(notices).ToHaveCountAsync(3);
        await Expect(notices.Nth(0)).ToContainTextAsync("示府办公开〔2020〕1号");
        await Expect(notices.Nth(0)).ToContainTextAsync("补正告知书");
        await Expect(notices.Nth(2)).ToContainTextAsync("示府办公开〔2020〕3号");
        await Expect(notices.Nth(2)).ToContainTextAsync("答复告知书");
        await Expect(clerk.Locator("#audit th").First).ToHaveTextAsync("时间（北京时间）");
        await Expect(clerk.Locator("#audit")).Not.ToContainTextAsync("UTC");
        await Expect(clerk.Locator("#audit")).Not.ToContainTextAsync("Case.");
        await Expect(clerk.Locator("#audit")).Not.ToContainTextAsync(E2eData.IdNumber);
        await clerk.ShotAsync("1-closed-with-audit");
    }
}
