using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gongkai.Tests.Web;

/// <summary>One application, the demonstration users, and a signed-in client per user (the login endpoint is rate limited).</summary>
public sealed class MatrixFixture : IDisposable
{
    public GongkaiFactory App { get; } = new(new DateOnly(2020, 9, 28));
    private readonly ConcurrentDictionary<string, Lazy<Task<HttpClient>>> _clients = new();

    public Task<HttpClient> As(string user) => user == "anonymous"
        ? Task.FromResult(App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }))
        : _clients.GetOrAdd(user, u => new Lazy<Task<HttpClient>>(() => App.ApiAs(u))).Value;

    /// <summary>A fresh case of agency 1, registered by clerk (its handler); returns id and version.</summary>
    public async Task<(int Id, int Version)> NewCaseAsync()
    {
        var clerk = await As("clerk");
        var r = await clerk.PostAsJsonAsync("/api/applications", new
        {
            channel = "InPerson", submitted = "2020-09-28", applicantKind = "NaturalPerson", applicantName = "张三丰",
            idNumber = "110101199001011234", phone = "13800138000", address = "示范市示范区幸福路1号",
            informationRequested = "某文件",
        });
        var json = JsonNode.Parse(await r.Content.ReadAsStringAsync())!;
        Assert.True(r.IsSuccessStatusCode, json.ToJsonString());
        return ((int)json["id"]!, (int)json["version"]!);
    }

    public void Dispose()
    {
        foreach (var c in _clients.Values.Where(l => l.IsValueCreated)) c.Value.Result.Dispose();
        App.Dispose();
    }
}

/// <summary>
/// Every API operation × every kind of user: anonymous, clerk (the handler), another clerk, office head, administrator,
/// and a clerk and head of another agency. Another agency's case is 404, not 403: its existence is not theirs to know.
/// </summary>
public sealed class AuthorizationMatrixTests(MatrixFixture f) : IClassFixture<MatrixFixture>
{
    public static TheoryData<string, string, string, int> Matrix()
    {
        var rows = new TheoryData<string, string, string, int>();
        void Row(string method, string url, params (string User, int Status)[] expected)
        {
            foreach (var (user, status) in expected) rows.Add(method, url, user, status);
        }
        Row("GET", "/api/applications/{id}", ("anonymous", 401), ("clerk", 200), ("clerk2", 200), ("head", 200), ("admin", 200), ("edu-clerk", 404), ("edu-head", 404));
        Row("GET", "/api/applications", ("anonymous", 401), ("clerk", 200), ("admin", 200), ("edu-clerk", 200));
        Row("POST", "/api/applications", ("anonymous", 401), ("clerk", 201), ("head", 201), ("admin", 403), ("edu-clerk", 201));
        Row("POST", "/api/applications/{id}/close", ("anonymous", 401), ("clerk", 200), ("clerk2", 200), ("head", 200), ("admin", 403), ("edu-clerk", 404), ("edu-head", 404));
        Row("POST", "/api/applications/{id}/extension", ("anonymous", 401), ("clerk", 403), ("head", 200), ("admin", 403), ("edu-head", 404));
        Row("POST", "/api/applications/{id}/correction-request", ("clerk", 200), ("admin", 403), ("edu-clerk", 404));
        Row("POST", "/api/applications/{id}/consultations", ("clerk", 200), ("admin", 403), ("edu-clerk", 404));
        Row("POST", "/api/applications/{id}/challenges", ("clerk", 201), ("admin", 403), ("edu-clerk", 404));
        Row("GET", "/api/applications/{id}/audit", ("anonymous", 401), ("clerk", 200), ("admin", 200), ("edu-clerk", 404));
        Row("GET", "/api/applications/{id}/notices/correction", ("anonymous", 401), ("clerk", 200), ("clerk2", 403), ("head", 200), ("admin", 403), ("edu-head", 404));
        Row("GET", "/api/reports/2020", ("anonymous", 401), ("clerk", 200), ("head", 200), ("admin", 200));
        Row("PUT", "/api/reports/2020/overrides", ("anonymous", 401), ("clerk", 403), ("head", 204), ("admin", 403));
        Row("PUT", "/api/reports/2020/narrative", ("anonymous", 401), ("clerk", 204), ("admin", 403));
        Row("PUT", "/api/proactive/2020", ("anonymous", 401), ("clerk", 204), ("admin", 403));
        Row("GET", "/api/admin/calendar", ("anonymous", 401), ("clerk", 403), ("head", 403), ("admin", 200));
        Row("PUT", "/api/admin/calendar", ("anonymous", 401), ("clerk", 403), ("head", 403));
        Row("GET", "/api/desk", ("anonymous", 401), ("clerk", 200), ("admin", 200));
        foreach (var dashboard in new[] { "/api/oversight/dashboard/applications", "/api/oversight/dashboard/outcomes/2019",
            "/api/oversight/dashboard/correction/2019", "/api/oversight/dashboard/ranking/2019", "/api/oversight/dashboard/anomalies/2019" })
            Row("GET", dashboard, ("anonymous", 401), ("clerk", 403), ("head", 403), ("edu-clerk", 403), ("gkb", 200), ("admin", 200));
        foreach (var open in new[] { "/api/open/reports", "/api/open/years/2019/reports.jsonl", "/api/open/years/2019/cells.csv", "/api/open/years/2019/cells.xlsx" })
            Row("GET", open, ("anonymous", 200), ("clerk", 200), ("gkb", 200));
        Row("GET", "/api/open/reports/999999", ("anonymous", 404), ("gkb", 404));
        Row("GET", "/api/open/compare/999998/999999", ("anonymous", 404), ("clerk", 404), ("gkb", 404));
        Row("GET", "/api/oversight/compare/999998/999999", ("anonymous", 401), ("clerk", 403), ("head", 403), ("edu-head", 403), ("gkb", 404), ("admin", 404));
        // The supervising office (gkb, 政务公开办 of agency 1): unit users are refused, whatever their agency.
        Row("GET", "/api/oversight/registry/2020", ("anonymous", 401), ("clerk", 403), ("head", 403), ("edu-head", 403), ("gkb", 200), ("admin", 200));
        Row("GET", "/api/oversight/agencies", ("anonymous", 401), ("clerk", 403), ("edu-clerk", 403), ("gkb", 200), ("admin", 200));
        Row("POST", "/api/oversight/agencies", ("anonymous", 401), ("clerk", 403), ("head", 403), ("gkb", 201), ("admin", 201));
        Row("PUT", "/api/oversight/agencies/2", ("anonymous", 401), ("clerk", 403), ("edu-head", 403), ("gkb", 200), ("admin", 200));
        Row("GET", "/api/oversight/findings/2020", ("anonymous", 401), ("clerk", 403), ("edu-clerk", 403), ("gkb", 200), ("admin", 200));
        Row("GET", "/api/oversight/rollup/2020", ("anonymous", 401), ("head", 403), ("gkb", 200), ("admin", 200));
        Row("GET", "/api/oversight/rollup/2020/document?format=pdf", ("anonymous", 401), ("clerk", 403), ("gkb", 200));
        Row("GET", "/api/oversight/reports/999999", ("anonymous", 401), ("clerk", 403), ("gkb", 404), ("admin", 404));
        Row("GET", "/api/oversight/reports/999999/file", ("anonymous", 401), ("edu-head", 403), ("gkb", 404));
        Row("POST", "/api/oversight/collect", ("anonymous", 401), ("clerk", 403), ("edu-head", 403), ("gkb", 200), ("admin", 200));
        Row("POST", "/api/oversight/import-folder", ("anonymous", 401), ("clerk", 403), ("gkb", 403), ("admin", 400));
        // 2019: a year that has ended (条例第四十九条; the clock stands in 2020).
        Row("POST", "/api/reports/2019/submit", ("anonymous", 401), ("clerk", 403), ("gkb", 403), ("admin", 403), ("head", 200), ("edu-head", 200));
        // Added with SecurityScanTests.The_authorization_matrix_covers_every_API_endpoint: every mapped API operation has a row.
        // A 400 means past authorization and refused by the rules (the case is already received, the file is no spreadsheet).
        Row("POST", "/api/applications/{id}/receipt", ("anonymous", 401), ("clerk", 400), ("admin", 403), ("gkb", 403), ("edu-clerk", 404));
        Row("POST", "/api/applications/{id}/correction-received", ("anonymous", 401), ("clerk", 200), ("admin", 403), ("edu-clerk", 404));
        Row("POST", "/api/applications/{id}/consultations/end", ("anonymous", 401), ("clerk", 200), ("admin", 403), ("edu-clerk", 404));
        Row("POST", "/api/applications/{id}/assign", ("anonymous", 401), ("clerk", 403), ("head", 200), ("admin", 403), ("edu-head", 404));
        Row("POST", "/api/applications/{id}/attachments", ("anonymous", 401), ("clerk", 201), ("admin", 403), ("gkb", 403), ("edu-clerk", 404));
        // The lawful desk (issue 14): an office head's steps are 403 to a clerk; the administrator handles no case.
        Row("PUT", "/api/agency/settings", ("anonymous", 401), ("clerk", 403), ("head", 200), ("admin", 403), ("gkb", 403));
        Row("POST", "/api/applications/{id}/consultations/prolong", ("anonymous", 401), ("clerk", 403), ("head", 200), ("admin", 403), ("edu-head", 404));
        Row("POST", "/api/applications/{id}/consultations/notify", ("anonymous", 401), ("clerk", 200), ("admin", 403), ("edu-clerk", 404));
        Row("GET", "/api/applications/{id}/fee-quote?method=PerVolume&units=40", ("anonymous", 401), ("clerk", 200), ("admin", 200), ("gkb", 403), ("edu-clerk", 404));
        Row("POST", "/api/applications/{id}/fee", ("anonymous", 401), ("clerk", 200), ("admin", 403), ("gkb", 403), ("edu-clerk", 404));
        Row("POST", "/api/applications/{id}/payment", ("anonymous", 401), ("clerk", 200), ("admin", 403), ("edu-clerk", 404));
        Row("POST", "/api/applications/{id}/reasons-request", ("anonymous", 401), ("clerk", 200), ("admin", 403), ("edu-clerk", 404));
        Row("POST", "/api/applications/{id}/reopen", ("anonymous", 401), ("clerk", 403), ("head", 200), ("admin", 403), ("edu-head", 404));
        Row("POST", "/api/applications/{id}/service", ("anonymous", 401), ("clerk", 200), ("admin", 403), ("edu-clerk", 404));
        Row("GET", "/api/applications/{id}/similar", ("anonymous", 401), ("clerk", 200), ("admin", 200), ("gkb", 403), ("edu-clerk", 404));
        Row("PUT", "/api/oversight/units-deadline", ("anonymous", 401), ("clerk", 403), ("head", 403), ("gkb", 204));
        // An attachment carries what the case view masks: only the handler and the head download it.
        Row("GET", "/api/applications/{id}/attachments/{attachment}", ("anonymous", 401), ("clerk", 200), ("head", 200), ("clerk2", 403), ("admin", 403), ("edu-head", 404));
        Row("POST", "/api/challenges/{challenge}/decision", ("anonymous", 401), ("clerk", 200), ("admin", 403), ("gkb", 403), ("edu-clerk", 404));
        Row("GET", "/api/me", ("anonymous", 401), ("clerk", 200), ("admin", 200), ("gkb", 403));
        Row("GET", "/api/outcomes/2020", ("anonymous", 401), ("clerk", 200), ("gkb", 403));
        Row("GET", "/api/deadline?received=2020-09-28", ("anonymous", 401), ("clerk", 200), ("gkb", 403));
        Row("GET", "/api/reports/2020/document?format=pdf", ("anonymous", 401), ("clerk", 200), ("admin", 200), ("gkb", 403));
        Row("DELETE", "/api/reports/2020/overrides?path=applications.granted.total", ("anonymous", 401), ("clerk", 403), ("admin", 403), ("gkb", 403), ("head", 404));
        Row("GET", "/api/proactive/2020/items", ("anonymous", 401), ("clerk", 200), ("gkb", 403));
        Row("POST", "/api/proactive/2020/items", ("anonymous", 401), ("clerk", 201), ("admin", 403), ("gkb", 403));
        Row("GET", "/api/proactive/2020/template.xlsx", ("anonymous", 401), ("clerk", 200), ("gkb", 403));
        Row("POST", "/api/proactive/2020/xlsx", ("anonymous", 401), ("clerk", 400), ("admin", 403), ("gkb", 403));
        Row("POST", "/api/ledger/2020", ("anonymous", 401), ("clerk", 400), ("admin", 403), ("gkb", 403));
        Row("GET", "/api/open/reports/999999/json", ("anonymous", 404), ("clerk", 404));
        // Sessions and users (issue 17). Signing out would end the shared clients' sessions: only the anonymous row here
        // (SessionTests sign out for real); a wrong current password is past authorization and refused by the rules.
        Row("POST", "/api/auth/logout", ("anonymous", 401));
        Row("POST", "/api/me/password", ("anonymous", 401), ("clerk", 400), ("gkb", 400), ("admin", 400));
        Row("GET", "/api/admin/users", ("anonymous", 401), ("clerk", 403), ("head", 403), ("gkb", 403), ("edu-head", 403), ("admin", 200));
        Row("POST", "/api/admin/users", ("anonymous", 401), ("clerk", 403), ("head", 403), ("gkb", 403), ("admin", 201));
        foreach (var action in new[] { "disable", "enable", "password", "end-sessions" })
            Row("POST", $"/api/admin/users/nobody/{action}", ("anonymous", 401), ("clerk", 403), ("head", 403), ("gkb", 403), ("admin", 404));
        // The agencies' public sites (issue 15) are for everyone; an agency or an application that does not exist is a 404
        // to everyone alike (a signed-in user learns nothing more there than the public).
        Row("GET", "/api/public/agencies", ("anonymous", 200), ("clerk", 200), ("gkb", 200));
        foreach (var site in new[] { "guide", "catalogue", "form.docx" })
            Row("GET", $"/api/public/no-such-agency/{site}", ("anonymous", 404), ("clerk", 404));
        // Posts without a body are refused as malformed before anything is looked up (nothing learnt of what exists).
        Row("POST", "/api/public/no-such-agency/applications", ("anonymous", 400), ("clerk", 400));
        Row("GET", "/api/public/applications/GK-NOPE?code=WRONG", ("anonymous", 404), ("clerk", 404));
        Row("POST", "/api/public/applications/GK-NOPE/correction?code=WRONG", ("anonymous", 400), ("clerk", 400));
        Row("GET", "/api/public/applications/GK-NOPE/notices/1?code=WRONG", ("anonymous", 404), ("clerk", 404));
        Row("GET", "/api/public/applications/GK-NOPE/receipt.pdf?code=WRONG", ("anonymous", 404), ("clerk", 404));
        return rows;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_user_gets_exactly_the_access_of_their_role_and_agency(string method, string url, string user, int expected)
    {
        var (id, version) = await f.NewCaseAsync();
        if (url.EndsWith("/notices/correction", StringComparison.Ordinal))
        {
            var clerk = await f.As("clerk");
            var r0 = await clerk.PostAsJsonAsync($"/api/applications/{id}/correction-request", new { version, date = "2020-09-28", what = "请写明文号", dueBy = "2020-10-20" });
            Assert.True(r0.IsSuccessStatusCode);
        }
        var setup = await f.As("clerk");
        var attachment = 0;
        var challenge = 0;
        if (url.EndsWith("/correction-received", StringComparison.Ordinal))
            version = await Version(await setup.PostAsJsonAsync($"/api/applications/{id}/correction-request", new { version, date = "2020-09-28", what = "请写明文号", dueBy = "2020-10-20" }));
        if (url.EndsWith("/consultations/end", StringComparison.Ordinal) || url.EndsWith("/consultations/prolong", StringComparison.Ordinal)
            || url.EndsWith("/consultations/notify", StringComparison.Ordinal))
            version = await Version(await setup.PostAsJsonAsync($"/api/applications/{id}/consultations", new { version, party = "某公司", from = "2020-09-28" }));
        if (url.EndsWith("/consultations/notify", StringComparison.Ordinal))
            version = await Version(await setup.PostAsJsonAsync($"/api/applications/{id}/consultations/end", new { version, date = "2020-09-28", reply = "Objected" }));
        if (url.EndsWith("/payment", StringComparison.Ordinal))
            version = await Version(await setup.PostAsJsonAsync($"/api/applications/{id}/fee",
                new { version, date = "2020-09-28", units = 40, payBy = "2020-11-30", paymentMethod = "银行转账", method = "PerVolume" }));
        var notice = "";
        if (url.EndsWith("/reopen", StringComparison.Ordinal) || url.EndsWith("/service", StringComparison.Ordinal))
        {
            var closed = await setup.PostAsJsonAsync($"/api/applications/{id}/close", new { version, date = "2020-09-28", outcome = "granted", form = "Email" });
            var c = JsonNode.Parse(await closed.Content.ReadAsStringAsync())!;
            Assert.True(closed.IsSuccessStatusCode, c.ToJsonString());
            version = (int)c["version"]!;
            notice = (string)c["notices"]!.AsArray()[0]!["number"]!;
        }
        if (url.EndsWith("/{attachment}", StringComparison.Ordinal))
        {
            var up = await setup.PostAsync($"/api/applications/{id}/attachments", new MultipartFormDataContent { { new ByteArrayContent("申请书"u8.ToArray()), "file", "申请书.pdf" } });
            attachment = (int)JsonNode.Parse(await up.Content.ReadAsStringAsync())!["id"]!;
        }
        if (url.Contains("{challenge}", StringComparison.Ordinal))
        {
            var ch = await setup.PostAsJsonAsync($"/api/applications/{id}/challenges", new { kind = "Review", filed = "2020-09-28" });
            challenge = (int)JsonNode.Parse(await ch.Content.ReadAsStringAsync())!["id"]!;
        }
        var client = await f.As(user);
        var path = url.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Replace("{attachment}", attachment.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Replace("{challenge}", challenge.ToString(System.Globalization.CultureInfo.InvariantCulture));
        object? body = (method, url) switch
        {
            ("POST", "/api/applications") => new { channel = "InPerson", submitted = "2020-09-28", applicantKind = "Commercial", applicantName = "某公司", informationRequested = "某文件" },
            ("POST", var u) when u.EndsWith("/close") => new { version, date = "2020-09-28", outcome = "granted", form = "Email" },
            ("POST", var u) when u.EndsWith("/extension") => new { version, date = "2020-09-28", reason = "需要调取档案" },
            ("POST", var u) when u.EndsWith("/correction-request") => new { version, date = "2020-09-28", what = "请写明文号", dueBy = "2020-10-20" },
            ("POST", var u) when u.EndsWith("/consultations") => new { version, party = "某公司", from = "2020-09-28" },
            ("POST", var u) when u.EndsWith("/challenges") => new { kind = "Review", filed = "2020-09-28" },
            ("PUT", var u) when u.EndsWith("/overrides") => new { path = "applications.granted.total", value = 1, reason = "纸质台账补录" },
            ("PUT", var u) when u.EndsWith("/narrative") => new { version = 0, overview = "总体情况" },
            ("PUT", var u) when u.StartsWith("/api/proactive") => new { cells = new Dictionary<string, decimal?> { ["proactive.licensing.decisions"] = 5 } },
            ("PUT", "/api/admin/calendar") => new { json = "{}" },
            ("POST", "/api/oversight/agencies") => new { name = $"示范区测试局{Guid.NewGuid():N}", parentId = 1, kind = "Department" },
            ("PUT", "/api/oversight/agencies/2") => new { name = "示范区教育局", parentId = 1, kind = "Department" },
            ("POST", "/api/oversight/import-folder") => new { path = "2020" },
            ("POST", var u) when u.EndsWith("/receipt") || u.EndsWith("/correction-received") || u.EndsWith("/consultations/end") => new { version, date = "2020-09-28" },
            ("PUT", "/api/agency/settings") => new { noticeCode = "示府办公开" },
            ("POST", var u) when u.EndsWith("/consultations/prolong") => new { version, date = "2020-09-28", until = "2020-11-30", reason = "需会签" },
            ("POST", var u) when u.EndsWith("/consultations/notify") => new { version, date = "2020-09-28", content = "中标价格", reasons = "涉及公共利益" },
            ("POST", var u) when u.EndsWith("/fee") => new { version, date = "2020-09-28", units = 40, payBy = "2020-11-30", paymentMethod = "银行转账", method = "PerVolume" },
            ("POST", var u) when u.EndsWith("/payment") => new { version, date = "2020-09-28", receipt = "PJ001" },
            ("POST", var u) when u.EndsWith("/reasons-request") => new { version, date = "2020-09-28", dueBy = "2020-10-12" },
            ("POST", var u) when u.EndsWith("/reopen") => new { version, date = "2020-09-28", reason = "MistakenClose", note = "误办结" },
            ("POST", var u) when u.EndsWith("/service") => new { version, notice, date = "2020-09-28", method = "Post", proof = "XA123" },
            ("PUT", "/api/oversight/units-deadline") => new { deadline = "01-20" },
            // To the head, who sees the personal data anyway: assigning to clerk2 would unmask that case for the masking test.
            ("POST", var u) when u.EndsWith("/assign") => new { version, handlerId = f.App.With(db => db.Users.Single(x => x.UserName == "head").Id) },
            ("POST", var u) when u.EndsWith("/decision") => new { decided = "2020-09-28", result = "Upheld" },
            ("POST", "/api/proactive/2020/items") => new { title = "关于某事项的通知", category = "other", publishedOn = "2020-09-28" },
            ("POST", "/api/me/password") => new { currentPassword = "not-the-password", newPassword = "Another-Pass-2027" },
            ("POST", "/api/admin/users") => new { userName = $"u{Guid.NewGuid():N}"[..20], displayName = "测试用户", role = "Clerk", agencyId = 1, password = "Another-Pass-2027" },
            ("POST", "/api/admin/users/nobody/password") => new { password = "Another-Pass-2027" },
            _ => null,
        };
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null) request.Content = JsonContent.Create(body);
        if (url.EndsWith("/attachments", StringComparison.Ordinal) || url is "/api/proactive/2020/xlsx" or "/api/ledger/2020")
            request.Content = new MultipartFormDataContent { { new ByteArrayContent("不是表格"u8.ToArray()), "file", "附件.xlsx" } };
        if (url == "/api/oversight/collect")
        {
            // A file that is no report: the answer is the per-file result list, the file failed, nothing stored.
            var form = new MultipartFormDataContent { { new ByteArrayContent("不是年度报告"u8.ToArray()), "files", "note.txt" } };
            request.Content = form;
        }
        var response = await client.SendAsync(request);
        Assert.True(expected == (int)response.StatusCode,
            $"{user} {method} {path}: expected {expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<int> Version(HttpResponseMessage r)
    {
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.IsSuccessStatusCode, text);
        return (int)JsonNode.Parse(text)!["version"]!;
    }

    [Theory]
    [InlineData("clerk", false)]
    [InlineData("head", false)]
    [InlineData("clerk2", true)]
    [InlineData("admin", true)]
    public async Task Personal_data_is_shown_only_to_those_who_handle_the_case(string user, bool masked)
    {
        var (id, _) = await f.NewCaseAsync();
        var client = await f.As(user);
        var text = await client.GetStringAsync($"/api/applications/{id}");
        var json = JsonNode.Parse(text)!;
        Assert.Equal(masked, (bool)json["personalDataMasked"]!);
        if (masked)
        {
            Assert.Equal("张**", (string?)json["applicantName"]);
            Assert.Equal("1101**********1234", (string?)json["idNumber"]);
            Assert.Equal("138****8000", (string?)json["phone"]);
            foreach (var secret in new[] { "张三丰", "110101199001011234", "13800138000", "幸福路1号" })
                Assert.DoesNotContain(secret, text);
            var list = await client.GetStringAsync("/api/applications");
            Assert.DoesNotContain("张三丰", list);
        }
        else
        {
            Assert.Equal("张三丰", (string?)json["applicantName"]);
            Assert.Equal("110101199001011234", (string?)json["idNumber"]);
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Cases")]
    [InlineData("/Cases/New")]
    [InlineData("/Cases/Details/1")]
    [InlineData("/Reports")]
    [InlineData("/Proactive")]
    [InlineData("/Reminders")]
    [InlineData("/Admin/Calendar")]
    [InlineData("/Admin/Users")]
    [InlineData("/Account/Password")]
    [InlineData("/Oversight/Dashboard")]
    [InlineData("/Oversight")]
    [InlineData("/Oversight/Collect")]
    [InlineData("/Oversight/Findings")]
    [InlineData("/Oversight/RollUp")]
    [InlineData("/Oversight/Agencies")]
    [InlineData("/Oversight/Report/1")]
    public async Task Every_page_sends_anonymous_users_to_the_login_page(string page)
    {
        var client = await f.As("anonymous");
        var r = await client.GetAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.StartsWith("/Account/Login", r.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/open")]
    [InlineData("/open/data")]
    public async Task Portal_pages_are_open_to_anyone_with_the_same_security_headers(string page)
    {
        var client = await f.As("anonymous");
        var r = await client.GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("DENY", r.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("script-src 'self'", r.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task The_dashboard_page_is_the_supervisors_and_not_a_units()
    {
        Assert.Equal(HttpStatusCode.OK, (await (await f.As("gkb")).GetAsync("/Oversight/Dashboard")).StatusCode);
        var clerk = await (await f.As("clerk")).GetAsync("/Oversight/Dashboard");
        Assert.Equal(HttpStatusCode.Redirect, clerk.StatusCode);
        Assert.StartsWith("/Account/Denied", clerk.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gkb", "/", 302, "/Oversight")]
    [InlineData("gkb", "/Oversight", 200, null)]
    [InlineData("gkb", "/Oversight/Collect", 200, null)]
    [InlineData("gkb", "/Oversight/Findings", 200, null)]
    [InlineData("gkb", "/Oversight/RollUp", 200, null)]
    [InlineData("gkb", "/Oversight/Agencies", 200, null)]
    [InlineData("gkb", "/Oversight/Report/999999", 404, null)]
    [InlineData("gkb", "/Cases", 302, "/Account/Denied")]
    [InlineData("gkb", "/Reports", 302, "/Account/Denied")]
    [InlineData("admin", "/Oversight", 200, null)]
    [InlineData("clerk", "/Oversight", 302, "/Account/Denied")]
    [InlineData("edu-head", "/Oversight/RollUp", 302, "/Account/Denied")]
    [InlineData("clerk", "/", 200, null)]
    public async Task Oversight_pages_are_for_the_supervising_office_and_its_home_is_the_registry(string user, string page, int status, string? location)
    {
        var client = await f.As(user);
        var r = await client.GetAsync(page);
        Assert.True(status == (int)r.StatusCode, $"{user} {page}: {(int)r.StatusCode}");
        if (location is not null) Assert.StartsWith(location, new Uri(new Uri("http://localhost"), r.Headers.Location!).AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_carry_security_headers()
    {
        var client = await f.As("anonymous");
        var r = await client.GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("nosniff", r.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", r.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", r.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_desk_operations()
    {
        var client = await f.As("anonymous");
        var doc = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var paths = doc["paths"]!.AsObject().Select(p => p.Key).ToList();
        foreach (var p in new[] { "/api/applications", "/api/applications/{id}/close", "/api/applications/{id}/extension", "/api/reports/{year}", "/api/auth/login" })
            Assert.Contains(p, paths);
    }
}
