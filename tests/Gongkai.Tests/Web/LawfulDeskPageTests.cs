using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gongkai.Tests.Web;

/// <summary>
/// The desk's pages at the year end (SQLite): the banner when due dates run past the calendar, provisional dates
/// marked 暂定, notices still issued, and a notice that cannot be written shown as a message on the page, never as JSON.
/// The clock stands on Monday 14 December 2026; the built-in calendar ends with 2026.
/// </summary>
public sealed partial class LawfulDeskPageTests : IDisposable
{
    private readonly GongkaiFactory _app = new(new DateOnly(2026, 12, 14));

    public void Dispose() => _app.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    private async Task<HttpClient> SignInAsync(string user)
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetAsync("/Account/Login");
        var token = TokenField().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        var login = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user, ["Password"] = GongkaiFactory.Password, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }

    /// <summary>A page as the reader sees it (Razor writes Chinese as character references).</summary>
    private static async Task<string> PageAsync(HttpClient client, string url) => WebUtility.HtmlDecode(await client.GetStringAsync(url));

    private async Task<int> RegisterAsync(HttpClient api)
    {
        var r = await api.PostAsJsonAsync("/api/applications", new
        {
            channel = "InPerson", submitted = "2026-12-14", applicantKind = "NaturalPerson", applicantName = "张三", informationRequested = "某文件", form = "Email",
        });
        Assert.True(r.IsSuccessStatusCode, await r.Content.ReadAsStringAsync());
        return (int)JsonNode.Parse(await r.Content.ReadAsStringAsync())!["id"]!;
    }

    [Fact]
    public async Task Past_the_calendar_the_desk_and_the_calendar_page_show_the_banner_and_due_dates_are_marked_provisional()
    {
        var id = await RegisterAsync(await _app.ApiAs("clerk"));
        var clerk = await SignInAsync("clerk");
        var desk = await PageAsync(clerk, "/");
        Assert.Contains("id=\"year-end-banner\"", desk);
        Assert.Contains("2027年的节假日安排尚未录入：1件申请的答复期限跨入2027年", desk);
        Assert.Contains("2027年1月11日（暂定）", desk);
        var details = await PageAsync(clerk, $"/Cases/Details/{id}");
        Assert.Contains("2027年1月11日（暂定）", details);
        var admin = await SignInAsync("admin");
        var calendar = await PageAsync(admin, "/Admin/Calendar");
        Assert.Contains("id=\"year-end-banner\"", calendar);
        Assert.Contains("请管理员在“节假日日历”中录入", calendar);
    }

    [Fact]
    public async Task The_extension_notice_is_issued_past_the_calendar_with_its_provisional_date()
    {
        var head = await _app.ApiAs("head");
        var id = await RegisterAsync(head);
        var c = JsonNode.Parse(await head.GetStringAsync($"/api/applications/{id}"))!;
        var r = await head.PostAsJsonAsync($"/api/applications/{id}/extension", new { version = (int)c["version"]!, date = "2026-12-14", reason = "需调档" });
        Assert.True(r.IsSuccessStatusCode, await r.Content.ReadAsStringAsync());
        var docx = await head.GetAsync($"/api/applications/{id}/notices/extension?format=docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        var text = word.MainDocumentPart!.Document!.InnerText;
        Assert.Contains("答复期限延长至2027年2月8日", text); // 20 + 20 working days, Monday to Friday in 2027
        Assert.Contains("2027年法定节假日安排尚未公布", text);
    }

    [Fact]
    public async Task A_notice_that_cannot_be_written_comes_back_to_the_page_as_a_message_not_as_JSON()
    {
        var id = await RegisterAsync(await _app.ApiAs("clerk"));
        // A case closed before the lifecycle kept the facts (an imported or migrated record): 部分公开 without its reasons.
        _app.With(db =>
        {
            var c = db.Cases.Single(x => x.Id == id);
            c.ClosedOn = new DateOnly(2026, 12, 14);
            c.OutcomeRow = "partiallyGranted";
            db.CaseNotices.Add(new Gongkai.Web.Data.CaseNotice { CaseId = id, AgencyId = c.AgencyId, Year = 2026, Number = "〔2026〕第1号", Kind = Gongkai.Core.Desk.NoticeKind.Decision, IssuedOn = c.ClosedOn.Value });
            return db.SaveChanges();
        });
        var clerk = await SignInAsync("clerk");
        var r = await clerk.GetAsync($"/Cases/Details/{id}?handler=Notice&kind=decision&format=pdf");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var page = await PageAsync(clerk, r.Headers.Location!.OriginalString);
        Assert.Contains("class=\"flash error\"", page);
        Assert.Contains("无法出具答复告知书", page);
        Assert.DoesNotContain("\"title\"", page);
    }
}
