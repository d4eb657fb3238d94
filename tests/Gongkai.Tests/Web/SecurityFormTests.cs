using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gongkai.Tests.Web;

/// <summary>An application whose oversight upload bound is 1 MB, so an oversize collection is cheap to send.</summary>
public sealed class SecurityFormFixture : IDisposable
{
    public GongkaiFactory App { get; } = new(new DateOnly(2020, 9, 28), settings: new Dictionary<string, string?>
    {
        ["Oversight:MaxFileBytes"] = "1048576",
        ["Oversight:MaxZipBytes"] = "1048576",
    });

    public void Dispose() => App.Dispose();
}

/// <summary>Cookie sign-in as a browser does it: the cookies' flags, antiforgery on the forms, and the upload bounds.</summary>
public sealed partial class SecurityFormTests(SecurityFormFixture f) : IClassFixture<SecurityFormFixture>
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    private static string Token(string page)
    {
        var token = TokenField().Match(page).Groups[1].Value;
        Assert.NotEmpty(token);
        return token;
    }

    /// <summary>Signs in through the login form; returns the client (holding the cookies) and the Set-Cookie lines seen.</summary>
    private async Task<(HttpClient Client, List<string> SetCookies)> SignInAsync(string user)
    {
        var client = f.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var cookies = new List<string>();
        var form = await client.GetAsync("/Account/Login");
        if (form.Headers.TryGetValues("Set-Cookie", out var a)) cookies.AddRange(a);
        var login = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user, ["Password"] = GongkaiFactory.Password, ["__RequestVerificationToken"] = Token(await form.Content.ReadAsStringAsync()),
        }));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        if (login.Headers.TryGetValues("Set-Cookie", out var b)) cookies.AddRange(b);
        return (client, cookies);
    }

    [Fact]
    public async Task The_sign_in_and_antiforgery_cookies_are_HttpOnly_and_SameSite_Strict()
    {
        var (_, cookies) = await SignInAsync("clerk");
        foreach (var name in new[] { "gongkai=", "gongkai-af=" })
        {
            var cookie = cookies.SingleOrDefault(c => c.StartsWith(name, StringComparison.Ordinal));
            Assert.True(cookie is not null, $"no {name} cookie in {string.Join(" | ", cookies)}");
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static FormUrlEncodedContent NewCaseForm(string? token)
    {
        var fields = new Dictionary<string, string>
        {
            ["Channel"] = "InPerson", ["Submitted"] = "2020-09-28", ["ApplicantKind"] = "Commercial", ["ApplicantName"] = "某公司",
            ["InformationRequested"] = "某文件",
        };
        if (token is not null) fields["__RequestVerificationToken"] = token;
        return new FormUrlEncodedContent(fields);
    }

    [Fact]
    public async Task A_cookie_signed_in_form_post_without_the_antiforgery_token_is_refused()
    {
        var (clerk, _) = await SignInAsync("clerk");
        var before = f.App.With(db => db.Cases.Count());
        Assert.Equal(HttpStatusCode.BadRequest, (await clerk.PostAsync("/Cases/New", NewCaseForm(null))).StatusCode);
        Assert.Equal(before, f.App.With(db => db.Cases.Count()));
        var narrative = new FormUrlEncodedContent(new Dictionary<string, string> { ["Version"] = "0", ["Overview"] = "被篡改的总体情况" });
        Assert.Equal(HttpStatusCode.BadRequest, (await clerk.PostAsync("/Reports?year=2020&handler=Narrative", narrative)).StatusCode);
        Assert.DoesNotContain("被篡改", f.App.With(db => string.Join("", db.ReportDrafts.Select(d => d.Overview ?? ""))));

        var (gkb, _) = await SignInAsync("gkb");
        using var upload = new MultipartFormDataContent { { new ByteArrayContent("不是年度报告"u8.ToArray()), "files", "note.txt" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await gkb.PostAsync("/Oversight/Collect?handler=Upload", upload)).StatusCode);

        // The same form with the page's token goes through: the refusal above was the token's.
        var token = Token(await clerk.GetStringAsync("/Cases/New"));
        var ok = await clerk.PostAsync("/Cases/New", NewCaseForm(token));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(before + 1, f.App.With(db => db.Cases.Count()));
    }

    private async Task<(HttpClient Api, int CaseId)> ClerkWithCaseAsync()
    {
        var api = await f.App.ApiAs("clerk");
        var r = await api.PostAsJsonAsync("/api/applications", new
        {
            channel = "InPerson", submitted = "2020-09-28", applicantKind = "Commercial", applicantName = "某公司", informationRequested = "某文件",
        });
        return (api, (int)JsonNode.Parse(await r.Content.ReadAsStringAsync())!["id"]!);
    }

    private static MultipartFormDataContent File(string field, string name, byte[] content) => new() { { new ByteArrayContent(content), field, name } };

    private static async Task AssertRefusedAsync(HttpResponseMessage r, params string[] words)
    {
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.BadRequest, $"{(int)r.StatusCode} {text}");
        var detail = (string?)JsonNode.Parse(text)!["detail"] ?? "";
        foreach (var w in words) Assert.True(detail.Contains(w, StringComparison.Ordinal), $"“{detail}” does not say “{w}”");
    }

    [Fact]
    public async Task Oversize_uploads_are_refused_with_a_clear_message_at_every_upload_endpoint()
    {
        var (api, id) = await ClerkWithCaseAsync();
        var big = new byte[20 * 1024 * 1024 + 1];
        await AssertRefusedAsync(await api.PostAsync($"/api/applications/{id}/attachments", File("file", "扫描件.pdf", big)), "“扫描件.pdf”", "超过20 MB");
        await AssertRefusedAsync(await api.PostAsync("/api/ledger/2020", File("file", "台账.xlsx", big)), "“台账.xlsx”", "超过20 MB");
        await AssertRefusedAsync(await api.PostAsync("/api/proactive/2020/xlsx", File("file", "主动公开.xlsx", big)), "“主动公开.xlsx”", "超过20 MB");
        var gkb = await f.App.ApiAs("gkb");
        await AssertRefusedAsync(await gkb.PostAsync("/api/oversight/collect", File("files", "报告.zip", new byte[1024 * 1024 + 1])), "“报告.zip”", "超过1 MB");
        // Above the request bound (archive bound + 1 MB: here three files each under the file bound) the server stops
        // reading; the answer still says what is wrong, in Chinese.
        using var three = new MultipartFormDataContent();
        for (var i = 0; i < 3; i++) three.Add(new ByteArrayContent(new byte[900 * 1024]), "files", $"报告{i}.txt");
        var tooLarge = await gkb.PostAsync("/api/oversight/collect", three);
        var text = await tooLarge.Content.ReadAsStringAsync();
        Assert.True(tooLarge.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"{(int)tooLarge.StatusCode} {text}");
        Assert.Contains("超过服务器允许的大小", (string?)JsonNode.Parse(text)!["detail"], StringComparison.Ordinal);
        Assert.Equal(0, f.App.With(db => db.Attachments.Count() + db.FiledReports.Count()));
    }

    [Fact]
    public async Task Uploads_of_the_wrong_type_are_refused_naming_the_file()
    {
        var (api, id) = await ClerkWithCaseAsync();
        await AssertRefusedAsync(await api.PostAsync($"/api/applications/{id}/attachments", File("file", "工具.exe", "MZ"u8.ToArray())), "“工具.exe”", "类型不允许");
        await AssertRefusedAsync(await api.PostAsync($"/api/applications/{id}/attachments", File("file", "页面.html", "<script>"u8.ToArray())), "类型不允许");
        await AssertRefusedAsync(await api.PostAsync("/api/ledger/2020", File("file", "台账.csv", "a,b\n1,2"u8.ToArray())), "台账.csv");
        await AssertRefusedAsync(await api.PostAsync("/api/proactive/2020/xlsx", File("file", "主动公开.docx", "PK"u8.ToArray())), "主动公开.docx");
        var gkb = await f.App.ApiAs("gkb");
        var collect = await gkb.PostAsync("/api/oversight/collect", File("files", "说明.exe", "MZ 不是报告"u8.ToArray()));
        Assert.Equal(HttpStatusCode.OK, collect.StatusCode);
        var result = JsonNode.Parse(await collect.Content.ReadAsStringAsync())!.AsArray().Single()!;
        Assert.Equal("Failed", (string?)result["outcome"]);
        Assert.Contains("“说明.exe”", (string?)result["message"], StringComparison.Ordinal);
        Assert.Equal(0, f.App.With(db => db.Attachments.Count() + db.FiledReports.Count()));
    }
}
