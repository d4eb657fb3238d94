using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using Gongkai.Core.Desk;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Public;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace Gongkai.Tests.Web.Public;

public sealed class PublicApiOnSqlite() : PublicApiTests(postgres: null);

public sealed class PublicApiOnPostgres() : PublicApiTests(TestPostgres.ConnectionString), IOnPostgres;

/// <summary>
/// Issue 15's API as an applicant and a desk use it: the 指南 and 目录, an online application from submission to the
/// answer (confirmed on the desk, a 补正 answered online, extended, closed 部分公开), each error of the contract, and the
/// same 404 for a wrong number and a wrong code. The clock stands on Monday 2 March 2026.
/// </summary>
public abstract class PublicApiTests(string? postgres) : IDisposable
{
    private readonly GongkaiFactory _app = new(new DateOnly(2026, 3, 2), postgres: postgres, settings: new Dictionary<string, string?>
    {
        ["PublicSite:ApplyPerHour"] = "100", ["PublicSite:LookupPerMinute"] = "100",
    });

    public void Dispose()
    {
        _app.Dispose();
        GC.SuppressFinalize(this);
    }

    internal const string IdNumber = "11010519491231002X";

    internal static object Application(string name = "张三", string idNumber = IdNumber, string applicantKind = "naturalPerson", string idType = "residentId",
        string phone = "13800138000", string? email = "zhangsan@example.com", string information = "示范路改造工程的招标文件", string form = "electronic",
        string delivery = "email", string? organisationKind = null) => new
    {
        applicantKind, name, idType, idNumber, phone, email, address = "示范市示范区幸福路1号", information, documentNumber = "示府办〔2025〕3号", form, delivery,
        organisationKind,
    };

    private static async Task<JsonNode> Ok(HttpResponseMessage r, HttpStatusCode status = HttpStatusCode.OK)
    {
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == status, $"{(int)r.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    private static async Task Refused(HttpResponseMessage r, string field, string words)
    {
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.BadRequest, $"{(int)r.StatusCode}: {text}");
        var errors = JsonNode.Parse(text)!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), $"no error for {field}: {text}");
        Assert.Contains(errors[field]!.AsArray(), m => ((string?)m)!.Contains(words));
    }

    private async Task<(string Number, string Code)> SubmitAsync(HttpClient client, object? application = null, string agency = "sfq-zfb")
    {
        var created = await Ok(await client.PostAsJsonAsync($"/api/public/{agency}/applications", application ?? Application()), HttpStatusCode.Created);
        return ((string)created["number"]!, (string)created["queryCode"]!);
    }

    private int CaseId(string number) => _app.With(db => db.Cases.Where(c => c.Number == number && c.Channel == Channel.Online).Select(c => c.Id).Single());

    private int Version(int id) => _app.With(db => db.Cases.Where(c => c.Id == id).Select(c => c.Version).Single());

    [DbFact]
    public async Task The_sample_agencies_publish_a_guide_and_a_catalogue_searchable_by_word_and_category_with_the_status_of_normative_documents()
    {
        var client = _app.CreateClient();
        var agencies = (await Ok(await client.GetAsync("/api/public/agencies"))).AsArray();
        Assert.Contains(agencies, a => (string)a!["code"]! == "sfq-zfb" && (string)a["name"]! == "示范区人民政府办公室");
        Assert.Contains(agencies, a => (string)a!["code"]! == "sfq-jyj");

        var guide = await Ok(await client.GetAsync("/api/public/sfq-zfb/guide"));
        Assert.Equal(1, (int)guide["version"]!);
        Assert.Contains("第三十三条", (string)guide["handling"]!);
        Assert.Contains("示范市人民政府", (string)guide["remedies"]!);
        Assert.Equal("/api/public/sfq-zfb/form.docx", (string)guide["formUrl"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/public/no-such-agency/guide")).StatusCode);

        // The 目录 needs the registers: the test's sample has none, so items are added as the desk's register holds them.
        _app.With(db =>
        {
            var id = db.Agencies.Single(a => a.PublicCode == "sfq-zfb").Id;
            db.ProactiveItems.AddRange(
                new ProactiveItem { AgencyId = id, Year = 2025, Category = "normativeDocuments", Title = "关于规范政府信息公开申请办理的通知", DocumentNumber = "示府办〔2025〕1号", PublishedOn = new DateOnly(2025, 3, 1) },
                new ProactiveItem { AgencyId = id, Year = 2024, Category = "normativeDocuments", Title = "政府信息依申请公开工作规程", DocumentNumber = "示府办〔2024〕7号", PublishedOn = new DateOnly(2024, 6, 1), RepealedOn = new DateOnly(2025, 3, 1) },
                new ProactiveItem { AgencyId = id, Year = 2025, Category = "licensing", Title = "2025年第一季度行政许可决定公示", PublishedOn = new DateOnly(2025, 4, 8) },
                new ProactiveItem { AgencyId = id, Year = 2026, Category = "licensing", Title = "尚未到发布日的公示", PublishedOn = new DateOnly(2026, 3, 9) });
            return db.SaveChanges();
        });
        var all = (await Ok(await client.GetAsync("/api/public/sfq-zfb/catalogue"))).AsArray();
        Assert.Equal(3, all.Count); // the one dated after today is not yet published
        var normative = (await Ok(await client.GetAsync("/api/public/sfq-zfb/catalogue?category=normativeDocuments"))).AsArray();
        Assert.Equal(["现行有效", "已废止"], normative.Select(i => (string)i!["status"]!));
        Assert.All(normative, i => Assert.Equal("行政规范性文件", (string)i!["categoryLabel"]!));
        var byNumber = (await Ok(await client.GetAsync($"/api/public/sfq-zfb/catalogue?q={Uri.EscapeDataString("〔2024〕7号")}"))).AsArray();
        Assert.Equal("政府信息依申请公开工作规程", (string)byNumber.Single()!["title"]!);
        Assert.Null((string?)all.Single(i => (string)i!["category"]! == "licensing")!["status"]);
    }

    [DbFact]
    public async Task A_long_catalogue_is_paged_newest_first_with_the_count_of_all_its_items_not_of_a_page()
    {
        const int count = 2 * PublicApplications.CataloguePageSize + 1;
        _app.With(db =>
        {
            var id = db.Agencies.Single(a => a.PublicCode == "sfq-zfb").Id;
            db.ProactiveItems.RemoveRange(db.ProactiveItems.Where(i => i.AgencyId == id));
            var first = new DateOnly(2020, 1, 1);
            // Inserted oldest first: a page taken before ordering would hold what the database returns first (the oldest).
            db.ProactiveItems.AddRange(Enumerable.Range(0, count).Select(n => new ProactiveItem
            {
                AgencyId = id, Year = first.AddDays(n).Year, Category = "licensing", Title = $"公示{n:D4}", PublishedOn = first.AddDays(n),
            }));
            return db.SaveChanges();
        });
        var client = _app.CreateClient();
        async Task<(string[] Titles, string Total, string Pages)> Page(string query)
        {
            var r = await client.GetAsync($"/api/public/sfq-zfb/catalogue{query}");
            var titles = (await Ok(r)).AsArray().Select(i => (string)i!["title"]!).ToArray();
            return (titles, r.Headers.GetValues("X-Total-Count").Single(), r.Headers.GetValues("X-Page-Count").Single());
        }

        var (one, total, pages) = await Page("");
        Assert.Equal(count.ToString(System.Globalization.CultureInfo.InvariantCulture), total);
        Assert.Equal("3", pages);
        Assert.Equal(PublicApplications.CataloguePageSize, one.Length);
        Assert.Equal($"公示{count - 1:D4}", one[0]);
        var two = (await Page("?page=2")).Titles;
        var three = (await Page("?page=3")).Titles;
        Assert.Equal(["公示0000"], three);
        // Every item once, in order, across the pages.
        Assert.Equal(Enumerable.Range(0, count).Reverse().Select(n => $"公示{n:D4}"), one.Concat(two).Concat(three));
        Assert.Empty((await Page("?page=4")).Titles);
        // A filter counts what it matches, not the page.
        var (found, foundTotal, _) = await Page($"?q={Uri.EscapeDataString("公示01")}");
        Assert.Equal("100", foundTotal);
        Assert.Equal(100, found.Length);

        // The page says the same: the count of the register, which page, and the way to the next.
        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/open/sfq-zfb/catalogue"));
        Assert.True(html.Contains($"共 {count} 条，第 1 / 3 页", StringComparison.Ordinal), html[html.IndexOf("catalogue-count", StringComparison.Ordinal)..][..200]);
        Assert.Contains($"公示{count - 1:D4}", html);
        Assert.Contains("href=\"/open/sfq-zfb/catalogue?p=2\"", html);
        var last = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/open/sfq-zfb/catalogue?p=3"));
        Assert.Contains("第 3 / 3 页", last);
        Assert.Contains("公示0000", last);
        Assert.DoesNotContain($"公示{count - 1:D4}", last);
    }

    [DbFact]
    public async Task The_application_form_is_a_Word_document_with_the_items_of_article_29_and_the_choices_of_article_40()
    {
        var r = await _app.CreateClient().GetAsync("/api/public/sfq-zfb/form.docx");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        using var doc = WordprocessingDocument.Open(new MemoryStream(await r.Content.ReadAsByteArrayAsync()), false);
        var text = doc.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("政府信息公开申请表", text);
        Assert.Contains("示范区人民政府办公室", text);
        Assert.Contains("现场查阅、抄录", text);
        Assert.Contains("光盘等存储介质", text);
    }

    [DbFact]
    public async Task An_online_application_waits_unassigned_on_the_desk_as_online_and_unconfirmed_and_its_query_code_is_stored_only_hashed()
    {
        var client = _app.CreateClient();
        var (number, code) = await SubmitAsync(client);
        Assert.Equal("2026-0001", number);
        Assert.Matches("^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$", code);
        var c = _app.With(db => db.Cases.AsNoTracking().Single(x => x.Number == number));
        Assert.Equal(Channel.Online, c.Channel);
        Assert.Null(c.ReceivedOn);
        Assert.Null(c.HandlerId);
        Assert.Equal(ApplicantKind.NaturalPerson, c.ApplicantKind);
        Assert.Equal(InformationForm.Email, c.Form);
        Assert.Equal("示范路改造工程的招标文件（文号：示府办〔2025〕3号）", c.InformationRequested);
        var record = _app.With(db => db.OnlineApplications.AsNoTracking().Single(o => o.CaseId == c.Id));
        Assert.DoesNotContain(code.Replace("-", ""), record.CodeHash + record.CodeSalt);
        Assert.DoesNotContain(code, _app.With(db => string.Join("|", db.Audit.Select(a => a.Detail))));

        // The desk sees it as 网上申请待确认.
        using var clerk = await _app.ApiAs("clerk");
        var onDesk = await Ok(await clerk.GetAsync($"/api/applications/{c.Id}"));
        Assert.Equal("网上申请待确认", (string)onDesk["clock"]!["state"]!);

        var status = await Ok(await client.GetAsync($"/api/public/applications/{number}?code={code}"));
        Assert.Equal("awaitingConfirmation", (string)status["status"]!);
        Assert.Equal("待确认", (string)status["statusLabel"]!);
        Assert.Equal("张*", (string)status["applicant"]!);
        Assert.Null(status["receivedOn"]);
        Assert.Null(status["correction"]);
        // The code as typed by a person: lower case, spaces for hyphens.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/public/applications/{number}?code={Uri.EscapeDataString(code.ToLowerInvariant().Replace('-', ' '))}")).StatusCode);
    }

    [DbFact]
    public async Task A_wrong_number_and_a_wrong_code_get_the_same_404()
    {
        var client = _app.CreateClient();
        var (number, code) = await SubmitAsync(client);
        var wrongCode = await client.GetAsync($"/api/public/applications/{number}?code=AAAA-BBBB-CCCC");
        var wrongNumber = await client.GetAsync($"/api/public/applications/2026-9999?code={code}");
        var noCode = await client.GetAsync($"/api/public/applications/{number}");
        Assert.Equal(HttpStatusCode.NotFound, wrongCode.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongNumber.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noCode.StatusCode);
        var bodies = new[] { await wrongCode.Content.ReadAsStringAsync(), await wrongNumber.Content.ReadAsStringAsync(), await noCode.Content.ReadAsStringAsync() };
        Assert.Single(bodies.Distinct());
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/public/applications/{number}/correction?code=AAAA-BBBB-CCCC", new { text = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/public/applications/{number}/receipt.pdf?code=AAAA-BBBB-CCCC")).StatusCode);
    }

    [DbFact]
    public async Task Each_bad_field_is_refused_with_a_Chinese_message_naming_it()
    {
        var client = _app.CreateClient();
        async Task<HttpResponseMessage> Post(object a) => await client.PostAsJsonAsync("/api/public/sfq-zfb/applications", a);
        await Refused(await Post(Application(name: " ")), "name", "请填写申请人姓名");
        await Refused(await Post(Application(idNumber: "110105194912310021")), "idNumber", "校验位");
        await Refused(await Post(Application(phone: "12345")), "phone", "手机号码");
        await Refused(await Post(Application(email: "not-an-address")), "email", "电子邮箱格式不正确");
        await Refused(await Post(Application(email: null)), "email", "选择以电子邮件获取信息，请填写电子邮箱");
        await Refused(await Post(new { applicantKind = "naturalPerson", name = "张三", idType = "residentId", idNumber = IdNumber, phone = "13800138000", email = "a@example.com", address = "示范市", information = "", documentNumber = "", form = "electronic", delivery = "email" }), "information", "第二十九条");
        await Refused(await Post(Application(form: "paper", delivery: "email")), "delivery", "纸质文本不能以“电子邮件”的方式获取");
        await Refused(await Post(Application(form: "scroll")), "form", "可选 paper（纸质文本）");
        await Refused(await Post(Application(applicantKind: "alien")), "applicantKind", "不是可选的值");
        await Refused(await Post(Application(idType: "creditCode", idNumber: "91350100M000100Y43")), "idType", "统一社会信用代码是法人或者其他组织的");
        await Refused(await Post(Application(applicantKind: "organisation", idType: "creditCode", idNumber: "91350100M000100Y43")), "organisationKind", "商业企业");
        // An organisation with its kind and a valid 统一社会信用代码 is taken, in its own column of section 三.
        var (number, _) = await SubmitAsync(client, Application(name: "示范律师事务所", applicantKind: "organisation", idType: "creditCode", idNumber: "91350100M000100Y43",
            organisationKind: "legalService"));
        Assert.Equal(ApplicantKind.LegalService, _app.With(db => db.Cases.Single(c => c.Number == number).ApplicantKind));
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/public/no-such-agency/applications", Application())).StatusCode);
        Assert.Equal(1, _app.With(db => db.OnlineApplications.Count()));
    }

    [DbFact]
    public async Task An_agency_that_takes_no_online_applications_answers_404_to_one()
    {
        _app.With(db => { db.Agencies.Single(a => a.PublicCode == "sfq-jyj").AcceptsOnline = false; return db.SaveChanges(); });
        var client = _app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/public/sfq-jyj/applications", Application())).StatusCode);
        Assert.DoesNotContain((await Ok(await client.GetAsync("/api/public/agencies"))).AsArray(), a => (string)a!["code"]! == "sfq-jyj");
    }

    [DbFact]
    public async Task From_confirmation_to_a_partial_disclosure_the_applicant_follows_the_case_answers_the_correction_online_and_downloads_each_notice()
    {
        var client = _app.CreateClient();
        var (number, code) = await SubmitAsync(client);
        var id = CaseId(number);
        var clerk = await _app.ApiAs("clerk");
        string Url(string tail = "") => $"/api/public/applications/{number}{tail}?code={Uri.EscapeDataString(code)}";

        // No 补正 is awaited yet: an answer is refused.
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync(Url("/correction"), new { text = "补充说明" })).StatusCode);

        // Confirmed on Monday 2 March: received that day, due 20 working days later (30 March).
        await Ok(await clerk.PostAsJsonAsync($"/api/applications/{id}/receipt", new { version = Version(id), date = "2026-03-02" }));
        var s = await Ok(await client.GetAsync(Url()));
        Assert.Equal("inProgress", (string)s["status"]!);
        Assert.Equal("2026-03-02", (string)s["receivedOn"]!);
        Assert.Equal("2026-03-30", (string)s["due"]!);

        await Ok(await clerk.PostAsJsonAsync($"/api/applications/{id}/correction-request", new { version = Version(id), date = "2026-03-02", what = "请写明所需招标文件的标段", dueBy = "2026-03-16" }));
        s = await Ok(await client.GetAsync(Url()));
        Assert.Equal("awaitingCorrection", (string)s["status"]!);
        Assert.Equal("请写明所需招标文件的标段", (string)s["correction"]!["what"]!);
        Assert.Equal("2026-03-16", (string)s["correction"]!["dueBy"]!);
        Assert.Null(s["due"]);

        // An empty answer is refused; the answer arrives on Wednesday 4 March and the period runs again from it (1 April).
        await Refused(await client.PostAsJsonAsync(Url("/correction"), new { text = "  " }), "text", "请填写补正的内容");
        _app.Time.Now = _app.Time.Now.AddDays(2);
        s = await Ok(await client.PostAsJsonAsync(Url("/correction"), new { text = "第二标段的招标文件" }));
        Assert.Equal("inProgress", (string)s["status"]!);
        Assert.Equal("2026-04-01", (string)s["due"]!);
        Assert.Null(s["correction"]);
        var stored = _app.With(db => db.Cases.AsNoTracking().Single(c => c.Id == id));
        Assert.Equal(new DateOnly(2026, 3, 4), stored.CorrectionReceivedOn);
        Assert.Contains(_app.With(db => db.Attachments.Where(a => a.CaseId == id).Select(a => a.FileName).ToList()), f => f.StartsWith("补正内容"));
        Assert.Contains(_app.With(db => db.Audit.Where(a => a.CaseId == id).Select(a => a.UserName).ToList()), u => u == "网上申请人");
        // The desk sees the answer as a file of the case.
        Assert.Equal("第二标段的招标文件", System.Text.Encoding.UTF8.GetString(_app.With(db => db.Attachments.Single(a => a.CaseId == id && a.FileName.StartsWith("补正内容")).Content)));
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync(Url("/correction"), new { text = "再补一次" })).StatusCode);

        // The office head extends (已延期 with the new date); the clerk answers 部分公开 (signed in again: two days passed).
        clerk.Dispose();
        clerk = await _app.ApiAs("clerk");
        using var head = await _app.ApiAs("head");
        await Ok(await head.PostAsJsonAsync($"/api/applications/{id}/extension", new { version = Version(id), date = "2026-03-04", reason = "需要调取档案" }));
        s = await Ok(await client.GetAsync(Url()));
        Assert.Equal("extended", (string)s["status"]!);
        Assert.Equal("已延期", (string)s["statusLabel"]!);
        Assert.Equal("2026-04-30", (string)s["due"]!); // 20 working days after 1 April, 6 April (清明节) not counted
        await Ok(await clerk.PostAsJsonAsync($"/api/applications/{id}/close", new
        {
            version = Version(id), date = "2026-03-04", outcome = "partiallyGranted", note = "招标文件中投标人的报价部分涉及商业秘密", withheldPart = "投标人报价部分",
        }));
        s = await Ok(await client.GetAsync(Url()));
        Assert.Equal("closed", (string)s["status"]!);
        Assert.Equal("2026-03-04", (string)s["closedOn"]!);
        Assert.Contains("部分公开", (string)s["outcome"]!);
        var notices = s["notices"]!.AsArray();
        Assert.Equal(["correction", "extension", "decision"], notices.Select(n => (string)n!["kind"]!));

        var decision = notices.Single(n => (string)n!["kind"]! == "decision")!;
        var pdf = await client.GetAsync((string)decision["url"]!);
        Assert.True(pdf.IsSuccessStatusCode, $"{(int)pdf.StatusCode}: {await pdf.Content.ReadAsStringAsync()}");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        using (var doc = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            var text = string.Concat(doc.GetPages().Select(p => p.Text)).Replace(" ", "");
            Assert.Contains("答复告知书", text);
            Assert.Contains("投标人报价部分", text);
        }
        // Another case's notice number under this code is not found.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Url("/notices/" + Uri.EscapeDataString("示府办公开〔2026〕99号")))).StatusCode);
        var receipt = await client.GetAsync(Url("/receipt.pdf"));
        Assert.True(receipt.IsSuccessStatusCode, $"{(int)receipt.StatusCode}: {await receipt.Content.ReadAsStringAsync()} {string.Join("\n", _app.Logs.Lines.Where(l => l.Contains("Exception")))}");
        using (var doc = PdfDocument.Open(await receipt.Content.ReadAsByteArrayAsync()))
        {
            var text = string.Concat(doc.GetPages().Select(p => p.Text)).Replace(" ", "");
            Assert.Contains(number, text);
            Assert.Contains(code, text);
            Assert.Contains("张*", text);
            Assert.DoesNotContain("张三", text);
        }
    }

    [DbFact]
    public async Task A_notice_to_a_third_party_is_not_listed_to_the_applicant()
    {
        var client = _app.CreateClient();
        var (number, code) = await SubmitAsync(client);
        var id = CaseId(number);
        using var clerk = await _app.ApiAs("clerk");
        await Ok(await clerk.PostAsJsonAsync($"/api/applications/{id}/receipt", new { version = Version(id), date = "2026-03-02" }));
        await Ok(await clerk.PostAsJsonAsync($"/api/applications/{id}/consultations", new { version = Version(id), from = "2026-03-02", party = "示范建设有限公司", kind = "ThirdParty" }));
        var s = await Ok(await client.GetAsync($"/api/public/applications/{number}?code={code}"));
        Assert.Equal("consulting", (string)s["status"]!);
        Assert.Empty(s["notices"]!.AsArray());
        Assert.Equal(1, _app.With(db => db.CaseNotices.Count(n => n.CaseId == id)));
    }

    [DbFact]
    public async Task The_address_and_the_applicant_are_rate_limited_and_a_refused_submission_counts()
    {
        using var app = new GongkaiFactory(new DateOnly(2026, 3, 2), postgres: postgres is null ? null : TestPostgres.ConnectionString, settings: new Dictionary<string, string?>
        {
            ["PublicSite:ApplyPerHour"] = "4", ["PublicSite:ApplicantPerDay"] = "2", ["PublicSite:LookupPerMinute"] = "3",
        });
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/public/sfq-zfb/applications", Application())).StatusCode);
        var second = await Ok(await client.PostAsJsonAsync("/api/public/sfq-jyj/applications", Application()), HttpStatusCode.Created);
        // A third from the same applicant within 24 hours, at any agency: refused saying why.
        var third = await client.PostAsJsonAsync("/api/public/sfq-zjj/applications", Application());
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Contains("24小时内最多在网上提交2件", await third.Content.ReadAsStringAsync());
        // The fourth request from the address is still answered (a 400 for a bad field), the fifth is not.
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/public/sfq-zfb/applications", Application(name: ""))).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsJsonAsync("/api/public/sfq-zfb/applications", Application(idNumber: "110101199003071110"))).StatusCode);
        Assert.Equal(2, app.With(db => db.OnlineApplications.Count()));
        // Look-ups: three a minute from one address, then 429 whatever the number.
        var url = $"/api/public/applications/{(string)second["number"]!}?code={(string)second["queryCode"]!}";
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync(url)).StatusCode);
        // Reading the 指南 is not a look-up.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/public/sfq-zfb/guide")).StatusCode);
    }
}
