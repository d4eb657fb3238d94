using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Gongkai.Core.Calendar;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Render;
using Gongkai.Tests.Web.Oversight;
using Gongkai.Web.Features.Oversight;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gongkai.Tests.Web;

/// <summary>
/// What the office sees on its screens, as a browser gets it (cookie sign-in, forms with their tokens): the defects
/// of issue 13 each pinned by the behaviour that was wrong.
/// </summary>
public sealed partial class ScreenTests : IDisposable
{
    private readonly GongkaiFactory _app = new(new DateOnly(2020, 12, 28));

    public void Dispose() => _app.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    private static string Token(string html)
    {
        var token = TokenField().Match(html).Groups[1].Value;
        Assert.NotEmpty(token);
        return token;
    }

    private HttpClient Browser() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private async Task<HttpClient> SignInAsync(string user)
    {
        var client = Browser();
        var form = await client.GetStringAsync("/Account/Login");
        var login = await client.PostAsync("/Account/Login", Form(("UserName", user), ("Password", GongkaiFactory.Password), ("__RequestVerificationToken", Token(form))));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }

    private static FormUrlEncodedContent Form(params (string, string)[] fields) => new(fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));

    [Fact]
    public async Task Signing_out_through_the_layouts_button_ends_the_session()
    {
        var clerk = await SignInAsync("clerk");
        var home = await clerk.GetStringAsync("/");
        // The token must be inside the sign-out form itself: the form posts only its own fields.
        var logout = Regex.Match(home, "<form[^>]*id=\"logout\"[^>]*>(.*?)</form>", RegexOptions.Singleline);
        Assert.True(logout.Success, "no sign-out form on the page");
        Assert.Contains("action=\"/Account/Logout\"", logout.Value);
        var answer = await clerk.PostAsync("/Account/Logout", Form(("__RequestVerificationToken", Token(logout.Groups[1].Value))));
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal("/Account/Login", answer.Headers.Location!.OriginalString);
        var after = await clerk.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("http://localhost/Account/Login", after.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_signed_in_page_is_never_stored_so_Back_after_signing_out_cannot_show_it()
    {
        var clerk = await SignInAsync("clerk");
        var page = await clerk.GetAsync("/Cases");
        Assert.Contains("no-store", page.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task A_missing_page_has_the_sites_header_and_leads_each_reader_back_to_their_own_start()
    {
        var gkb = await SignInAsync("gkb");
        var r = await gkb.GetAsync("/Oversight/Report/999999");
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        var html = WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync());
        Assert.Contains("<header class=\"top\">", html);
        Assert.Contains("id=\"logout\"", html);
        Assert.Contains(">返回政务公开办</a>", html);
        Assert.DoesNotContain("返回工作台", html);

        var clerk = await SignInAsync("clerk");
        html = WebUtility.HtmlDecode(await (await clerk.GetAsync("/Cases/Details/999999")).Content.ReadAsStringAsync());
        Assert.Contains(">返回工作台</a>", html);

        var visitor = Browser();
        var open = await visitor.GetAsync("/open/reports/999999");
        Assert.Equal(HttpStatusCode.NotFound, open.StatusCode);
        html = WebUtility.HtmlDecode(await open.Content.ReadAsStringAsync());
        Assert.Contains("公开数据 · 政府信息公开工作年度报告", html);
        Assert.Contains(">返回公开数据检索</a>", html);
    }

    [Fact]
    public async Task The_favicon_is_an_icon_not_the_sign_in_page()
    {
        var r = await Browser().GetAsync("/favicon.ico");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("image/x-icon", r.Content.Headers.ContentType!.MediaType);
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, (await r.Content.ReadAsByteArrayAsync())[..4]);
    }

    private async Task<(HttpClient Clerk, string Token)> NewCaseFormAsync()
    {
        var clerk = await SignInAsync("clerk");
        return (clerk, Token(await clerk.GetStringAsync("/Cases/New")));
    }

    private static FormUrlEncodedContent NewCase(string token, string submitted) => Form(
        ("Channel", "InPerson"), ("Submitted", submitted), ("ApplicantKind", "NaturalPerson"), ("ApplicantName", "张三"),
        ("InformationRequested", "某文件"), ("__RequestVerificationToken", token));

    [Theory]
    [InlineData("12/01/2020", "提交日期：“12/01/2020”可读作日/月/年，也可读作月/日/年")]
    [InlineData("2020-13-01", "提交日期：“2020-13-01”不是存在的日期")]
    [InlineData("", "提交日期：未填写")]
    public async Task A_date_that_cannot_be_read_one_way_is_refused_naming_the_field_and_never_comes_back_as_year_1(string typed, string message)
    {
        var (clerk, token) = await NewCaseFormAsync();
        var r = await clerk.PostAsync("/Cases/New", NewCase(token, typed));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var html = WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync());
        Assert.Contains(message, html);
        Assert.DoesNotContain("0001-01-01", html);
        Assert.DoesNotContain("Submitted；", html);
        Assert.Matches("name=\"Submitted\" value=\"\"", html);
        Assert.Equal(0, _app.With(db => db.Cases.Count()));
    }

    [Fact]
    public async Task A_year_first_date_typed_by_hand_is_read_as_written()
    {
        var (clerk, token) = await NewCaseFormAsync();
        var r = await clerk.PostAsync("/Cases/New", NewCase(token, "2020/12/1"));
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Equal(new DateOnly(2020, 12, 1), _app.With(db => db.Cases.Single().Submitted));
    }

    [Fact]
    public async Task The_correction_deadline_left_empty_is_counted_from_the_notice_date_entered_not_from_today()
    {
        var api = await _app.ApiAs("clerk");
        var c = JsonNode.Parse(await (await api.PostAsJsonAsync("/api/applications", new
        {
            channel = "InPerson", submitted = "2020-11-02", applicantKind = "NaturalPerson", applicantName = "张三", informationRequested = "某文件",
        })).Content.ReadAsStringAsync())!;
        var id = (int)c["id"]!;
        var clerk = await SignInAsync("clerk");
        var page = await clerk.GetStringAsync($"/Cases/Details/{id}");
        // The correction's deadline field comes empty (the fee form's own deadline field is prefilled, rightly).
        Assert.Contains("<input type=\"date\" name=\"DueBy\" aria-describedby=\"due-by-hint\">", page);
        var r = await clerk.PostAsync($"/Cases/Details/{id}?handler=Correction", Form(("Version", c["version"]!.ToString()),
            ("Date", "2020-11-04"), ("Text", "请写明文件名称"), ("DueBy", ""), ("__RequestVerificationToken", Token(page))));
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var due = _app.With(db => db.Cases.Single(x => x.Id == id).CorrectionDueBy);
        Assert.Equal(WorkingCalendar.BuiltIn.AddWorkingDays(new DateOnly(2020, 11, 4), 15), due);
        Assert.NotEqual(WorkingCalendar.BuiltIn.AddWorkingDays(_app.Today, 15), due);
    }

    /// <summary>A closed case and, by the head's override, a broken 三 identity: the year's report has an error.</summary>
    private async Task<HttpClient> ReportWithAnErrorAsync()
    {
        var api = await _app.ApiAs("clerk");
        var c = JsonNode.Parse(await (await api.PostAsJsonAsync("/api/applications", new
        {
            channel = "InPerson", submitted = "2020-11-02", applicantKind = "NaturalPerson", applicantName = "张三", informationRequested = "某文件",
        })).Content.ReadAsStringAsync())!;
        (await api.PostAsJsonAsync($"/api/applications/{c["id"]}/close", new { version = (int)c["version"]!, date = "2020-11-20", outcome = "granted", form = "Email" })).EnsureSuccessStatusCode();
        var head = await _app.ApiAs("head");
        (await head.PutAsJsonAsync("/api/reports/2020/overrides", new { path = "applications.newReceived.total", value = 49m, reason = "核对纸质台账" })).EnsureSuccessStatusCode();
        return head;
    }

    [Fact]
    public async Task A_report_with_errors_is_sent_only_after_the_head_confirms_seeing_them()
    {
        await ReportWithAnErrorAsync();
        _app.Time.Now = new DateTimeOffset(2021, 1, 11, 9, 0, 0, TimeSpan.Zero); // a year's report is sent after the year (Art. 49)
        var head = await _app.ApiAs("head");
        var refused = await head.PostAsync("/api/reports/2020/submit", null);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("项错误，未报送", (string?)JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["detail"]);
        Assert.Equal(0, _app.With(db => db.FiledReports.Count()));

        var page = await (await SignInAsync("head")).GetStringAsync("/Reports?year=2020");
        Assert.Contains("id=\"submit-errors\"", page);
        Assert.Contains("name=\"ConfirmErrors\"", page);

        Assert.Equal(HttpStatusCode.OK, (await head.PostAsync("/api/reports/2020/submit?confirmErrors=true", null)).StatusCode);
        Assert.Equal(1, _app.With(db => db.FiledReports.Count()));
    }

    [Fact]
    public async Task The_workspace_shows_column_and_row_headers_and_overrides_by_cell_name_number_and_person()
    {
        await ReportWithAnErrorAsync();
        var html = WebUtility.HtmlDecode(await (await SignInAsync("head")).GetStringAsync("/Reports?year=2020"));
        var grid = Regex.Match(html, "<table class=\"report-grid\" id=\"section-applications\">.*?</table>", RegexOptions.Singleline).Value;
        Assert.Contains("<th scope=\"col\" rowspan=\"2\">自然人</th>", grid);
        Assert.Contains("<th scope=\"colgroup\" colspan=\"5\">法人或其他组织</th>", grid);
        Assert.Contains("<th scope=\"col\">商业企业</th>", grid);
        Assert.Contains("<th scope=\"row\">三、本年度办理结果 （一）予以公开</th>", grid);
        var overrides = Regex.Match(html, "<table id=\"overrides\">.*?</table>", RegexOptions.Singleline).Value;
        Assert.Contains("<td>一、本年新收政府信息公开申请数量 · 总计</td>", overrides);
        Assert.Contains("<td class=\"num\">49</td>", overrides);
        Assert.Contains("<td>王主任</td>", overrides);
        Assert.DoesNotContain(">applications.", overrides);
        Assert.DoesNotContain("49.0", html);
        var findings = Regex.Match(html, "<table id=\"findings\">.*?</table>", RegexOptions.Singleline).Value;
        Assert.Contains("<td class=\"nowrap\">错误</td>", findings);
        Assert.Contains("第一项加第二项之和等于第三项加第四项之和", findings);
        Assert.DoesNotContain("identity.", findings);
    }

    private static string Text(Report r) => System.Text.Encoding.UTF8.GetString(ReportRenderer.Render(r, RenderFormat.Text));

    [Fact]
    public async Task A_report_filed_as_a_chosen_unit_says_when_it_names_another_agency()
    {
        var gkb = await _app.ApiAs("gkb");
        var report = FiledSeed.Generated(7, "广州市荔湾区花地街道办事处", 2019, TemplateId.V2019);
        using var upload = new MultipartFormDataContent
        {
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(Text(report))), "files", "花地街.txt" },
            { new StringContent("2"), "agencyId" },
        };
        var result = JsonNode.Parse(await (await gkb.PostAsync("/api/oversight/collect", upload)).Content.ReadAsStringAsync())!.AsArray().Single()!;
        Assert.Equal("Stored", (string?)result["outcome"]);
        var note = (string?)result["note"];
        Assert.Contains("“广州市荔湾区花地街道办事处”", note);
        Assert.Contains("所选的“示范区教育局”不同", note);
    }

    [Fact]
    public async Task The_open_data_XLSX_lists_the_findings_the_JSON_Lines_carry()
    {
        var broken = SampleReports.WithBrokenTotal(FiledSeed.Generated(3, "示范区教育局", 2020));
        Assert.Contains(broken.Findings, f => f.Severity == Severity.Error);
        FiledSeed.Add(_app, 2, 2020, broken);
        var visitor = Browser();
        var jsonl = await visitor.GetStringAsync("/api/open/years/2020/reports.jsonl");
        var inJson = JsonNode.Parse(jsonl.Trim())!["report"]!["findings"]!.AsArray().Count;
        Assert.True(inJson > 0);
        using var doc = SpreadsheetDocument.Open(new MemoryStream(await visitor.GetByteArrayAsync("/api/open/years/2020/cells.xlsx")), false);
        var sheet = doc.WorkbookPart!.Workbook.Descendants<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == "findings");
        var rows = ((WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!)).Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Count();
        Assert.Equal(1 + inJson, rows);
    }

    [Fact]
    public async Task Searching_for_a_word_of_every_reports_title_finds_every_report()
    {
        foreach (var (agency, seed) in new[] { (1, 1), (2, 2), (3, 3) })
            FiledSeed.Add(_app, agency, 2020, FiledSeed.Generated(seed, $"单位{agency}", 2020));
        var found = JsonNode.Parse(await Browser().GetStringAsync("/api/open/reports?q=" + Uri.EscapeDataString("公开")))!;
        Assert.Equal(3, (int)found["total"]!);
        found = JsonNode.Parse(await Browser().GetStringAsync("/api/open/reports?q=" + Uri.EscapeDataString("2020年政府信息公开工作年度报告")))!;
        Assert.Equal(3, (int)found["total"]!);
    }

    [Fact]
    public async Task The_roll_up_document_is_titled_as_the_sum_of_the_units_not_as_the_offices_own_report()
    {
        FiledSeed.Add(_app, 2, 2020, FiledSeed.Generated(5, "示范区教育局", 2020));
        var gkb = await _app.ApiAs("gkb");
        var html = await gkb.GetStringAsync("/api/oversight/rollup/2020/document?format=html");
        Assert.Contains("<title>示范区人民政府办公室所属单位2020年政府信息公开工作年度报告汇总</title>", html);
        Assert.DoesNotContain("<h1>示范区人民政府办公室2020年政府信息公开工作年度报告</h1>", html);
        var pdf = await gkb.GetAsync("/api/oversight/rollup/2020/document?format=pdf");
        Assert.Contains("所属单位2020年政府信息公开工作年度报告汇总.pdf", pdf.Content.Headers.ContentDisposition!.FileNameStar);
        var text = string.Concat(UglyToad.PdfPig.PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()).GetPage(1).Letters.Select(l => l.Value));
        Assert.Contains("所属单位2020年政府信息公开工作年度报告汇总", Gongkai.Core.Text.Nfkc.Normalize(text));
    }

    [Fact]
    public async Task The_portal_calls_a_warning_a_warning_and_names_rules_and_places_in_Chinese()
    {
        var report = FiledSeed.Generated(9, "示范区教育局", 2020) with
        {
            Findings = [new Finding("read.cell-missing", Severity.Warning, "applications.granted.commercial", "某处数值缺失"),
                        new Finding("read.cell-recovered", Severity.Info, "applications.granted.total", "已恢复")],
        };
        var id = FiledSeed.Add(_app, 2, 2020, report);
        var html = WebUtility.HtmlDecode(await Browser().GetStringAsync($"/open/reports/{id}"));
        var table = Regex.Match(html, "<table class=\"list\" id=\"findings\">.*?</table>", RegexOptions.Singleline).Value;
        Assert.Contains("<td class=\"nowrap\">警告</td>", table);
        Assert.Contains("<td class=\"nowrap\">提示</td>", table);
        Assert.DoesNotContain("信息</td>", table);
        Assert.Contains("单元格缺失且无法唯一确定", table);
        Assert.Contains("三、本年度办理结果 · （一）予以公开 · 法人或其他组织 · 商业企业", table);
        Assert.DoesNotContain("read.", table);
        Assert.DoesNotContain(">applications.", table);
    }
}
