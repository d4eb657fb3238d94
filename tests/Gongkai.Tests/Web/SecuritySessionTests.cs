using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Account;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Web;

/// <summary>
/// Sessions that can be revoked, users an administrator manages, and sign-in that an outsider can neither guess
/// through nor turn against a known account (issue 17, items 1, 7 and 8). Each attack of the issue is a test here.
/// </summary>
public sealed partial class SecuritySessionTests : IDisposable
{
    private readonly GongkaiFactory _app = new(new DateOnly(2020, 9, 28), settings: new Dictionary<string, string?>
    {
        ["SignIn:PermitPerAddress"] = "1000", ["SignIn:PermitPerAccount"] = "1000",
    });

    public void Dispose() => _app.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    private static string Token(string page) => TokenField().Match(page).Groups[1].Value;

    /// <summary>A browser's sign-in through the form; returns the client and the sign-in cookie as sent back ("gongkai=…").</summary>
    private static async Task<(HttpClient Browser, string Cookie)> BrowserSignInAsync(GongkaiFactory app, string user, string password = GongkaiFactory.Password)
    {
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await browser.GetStringAsync("/Account/Login");
        var login = await browser.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user, ["Password"] = password, ["__RequestVerificationToken"] = Token(form),
        }));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("gongkai=", StringComparison.Ordinal));
        return (browser, cookie[..cookie.IndexOf(';')]);
    }

    /// <summary>A client that sends exactly this cookie, as an attacker replaying a stolen or old cookie would.</summary>
    private HttpClient Replaying(string cookie)
    {
        var c = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        c.DefaultRequestHeaders.Add("Cookie", cookie);
        return c;
    }

    private static async Task AssertSignedOutAsync(HttpClient client, string what)
    {
        var page = await client.GetAsync("/Cases");
        Assert.True(page.StatusCode == HttpStatusCode.Redirect && page.Headers.Location!.OriginalString.Contains("/Account/Login", StringComparison.Ordinal),
            $"{what}: the page answered {(int)page.StatusCode} {page.Headers.Location}");
    }

    private static async Task<string> TokenOfAsync(HttpClient anonymous, string user, string password = GongkaiFactory.Password)
    {
        var login = await anonymous.PostAsJsonAsync("/api/auth/login", new { userName = user, password });
        Assert.True(login.IsSuccessStatusCode, await login.Content.ReadAsStringAsync());
        return JsonNode.Parse(await login.Content.ReadAsStringAsync())!["accessToken"]!.ToString();
    }

    private HttpClient Bearer(string token)
    {
        var c = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        c.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return c;
    }

    private HttpClient Anonymous() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task After_sign_out_the_old_cookie_is_refused()
    {
        var (browser, cookie) = await BrowserSignInAsync(_app, "clerk");
        Assert.Equal(HttpStatusCode.OK, (await Replaying(cookie).GetAsync("/Cases")).StatusCode);

        var home = await browser.GetStringAsync("/");
        var logout = await browser.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Token(home) }));
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        // The browser dropped its cookie; a copy kept elsewhere (another tab's, a stolen one) must not work either.
        await AssertSignedOutAsync(Replaying(cookie), "the cookie kept from before the sign-out");
        Assert.Equal(HttpStatusCode.Unauthorized, (await Replaying(cookie).GetAsync("/api/applications")).StatusCode);
    }

    [Fact]
    public async Task After_signing_out_through_the_API_the_token_is_refused()
    {
        var token = await TokenOfAsync(Anonymous(), "clerk");
        var api = Bearer(token);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/applications")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.PostAsync("/api/auth/logout", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/applications")).StatusCode);
        // Another session of the same user (another script) goes on.
        Assert.Equal(HttpStatusCode.OK, (await Bearer(await TokenOfAsync(Anonymous(), "clerk")).GetAsync("/api/applications")).StatusCode);
    }

    [Fact]
    public async Task A_password_change_refuses_the_old_token_and_cookie_at_once()
    {
        var token = await TokenOfAsync(Anonymous(), "clerk");
        var (_, cookie) = await BrowserSignInAsync(_app, "clerk");
        var api = Bearer(token);
        var changed = await api.PostAsJsonAsync("/api/me/password", new { currentPassword = GongkaiFactory.Password, newPassword = "Changed-Password-2027" });
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/applications")).StatusCode);
        await AssertSignedOutAsync(Replaying(cookie), "the cookie from before the password change");
        // The old password no longer works, the new one does.
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous().PostAsJsonAsync("/api/auth/login", new { userName = "clerk", password = GongkaiFactory.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Bearer(await TokenOfAsync(Anonymous(), "clerk", "Changed-Password-2027")).GetAsync("/api/applications")).StatusCode);
    }

    [Fact]
    public async Task A_security_stamp_changed_by_Identity_refuses_the_old_token_and_cookie_at_once()
    {
        var token = await TokenOfAsync(Anonymous(), "head");
        var (_, cookie) = await BrowserSignInAsync(_app, "head");
        using (var scope = _app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var head = (await users.FindByNameAsync("head"))!;
            Assert.True((await users.UpdateSecurityStampAsync(head)).Succeeded);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(token).GetAsync("/api/applications")).StatusCode);
        await AssertSignedOutAsync(Replaying(cookie), "the cookie from before the stamp changed");
    }

    [Fact]
    public async Task A_lockout_refuses_the_users_open_sessions_at_once()
    {
        var token = await TokenOfAsync(Anonymous(), "clerk2");
        var (_, cookie) = await BrowserSignInAsync(_app, "clerk2");
        using (var scope = _app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByNameAsync("clerk2"))!;
            Assert.True((await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddMinutes(30))).Succeeded);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(token).GetAsync("/api/applications")).StatusCode);
        await AssertSignedOutAsync(Replaying(cookie), "the cookie of a locked-out user");
    }

    [Fact]
    public async Task An_administrator_disables_and_re_enables_a_user_resets_a_password_and_ends_sessions()
    {
        var admin = await _app.ApiAs("admin");
        var users = JsonNode.Parse(await admin.GetStringAsync("/api/admin/users"))!.AsArray();
        string IdOf(string name) => (string)users.Single(u => (string?)u!["userName"] == name)!["id"]!;
        var clerk2 = IdOf("clerk2");

        // Disable: the open session ends at once, and signing in gives the one failure message.
        var token = await TokenOfAsync(Anonymous(), "clerk2");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/admin/users/{clerk2}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(token).GetAsync("/api/applications")).StatusCode);
        var refused = await Anonymous().PostAsJsonAsync("/api/auth/login", new { userName = "clerk2", password = GongkaiFactory.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(SignInGuard.Failure, (string?)JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["detail"]);
        Assert.True((bool)JsonNode.Parse(await admin.GetStringAsync("/api/admin/users"))!.AsArray().Single(u => (string?)u!["id"] == clerk2)!["disabled"]!);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/admin/users/{clerk2}/enable", null)).StatusCode);
        token = await TokenOfAsync(Anonymous(), "clerk2");

        // End sessions: the token stops working; the password still signs in.
        var ended = await admin.PostAsync($"/api/admin/users/{clerk2}/end-sessions", null);
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(token).GetAsync("/api/applications")).StatusCode);
        token = await TokenOfAsync(Anonymous(), "clerk2");

        // Reset: Identity's rules in Chinese; the old token and password stop working.
        var weak = await admin.PostAsJsonAsync($"/api/admin/users/{clerk2}/password", new { password = "short" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("密码至少10个字符", (string?)JsonNode.Parse(await weak.Content.ReadAsStringAsync())!["detail"]);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/admin/users/{clerk2}/password", new { password = "Reset-Password-2027" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(token).GetAsync("/api/applications")).StatusCode);
        await TokenOfAsync(Anonymous(), "clerk2", "Reset-Password-2027");

        // The administrator may not disable themselves; every change is in the audit log.
        var self = await admin.PostAsync($"/api/admin/users/{IdOf("admin")}/disable", null);
        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
        var actions = _app.With(db => db.Audit.Where(a => a.Action.StartsWith("User.")).OrderBy(a => a.Id).Select(a => a.Action).ToList());
        Assert.Equal(["User.Disabled", "User.Enabled", "User.SessionsEnded", "User.PasswordReset"], actions);
    }

    [Fact]
    public async Task An_administrator_creates_a_user_who_then_signs_in_with_the_role_given()
    {
        var admin = await _app.ApiAs("admin");
        var bad = await admin.PostAsJsonAsync("/api/admin/users", new { userName = "clerk", displayName = "重名", role = "Clerk", agencyId = 1, password = "New-User-Pass-2027" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("已被使用", (string?)JsonNode.Parse(await bad.Content.ReadAsStringAsync())!["detail"]);
        var created = await admin.PostAsJsonAsync("/api/admin/users", new { userName = "clerk3", displayName = "钱经办", role = "Clerk", agencyId = 2, password = "New-User-Pass-2027" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var me = JsonNode.Parse(await Bearer(await TokenOfAsync(Anonymous(), "clerk3", "New-User-Pass-2027")).GetStringAsync("/api/me"))!;
        Assert.Equal(2, (int)me["agencyId"]!);
        Assert.True((bool)me["isClerk"]!);
        Assert.False((bool)me["isAdmin"]!);
    }

    [Fact]
    public async Task A_user_changes_their_own_password_on_the_page_and_stays_signed_in_there_only()
    {
        var (browser, oldCookie) = await BrowserSignInAsync(_app, "head");
        var (_, otherDevice) = await BrowserSignInAsync(_app, "head");
        var page = await browser.GetStringAsync("/Account/Password");
        var mismatch = await browser.PostAsync("/Account/Password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Current"] = GongkaiFactory.Password, ["New"] = "alllowercase1", ["Confirm"] = "alllowercase1", ["__RequestVerificationToken"] = Token(page),
        }));
        var mismatchText = WebUtility.HtmlDecode(await mismatch.Content.ReadAsStringAsync());
        Assert.Contains("密码须含大写字母", mismatchText, StringComparison.Ordinal);
        var ok = await browser.PostAsync("/Account/Password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Current"] = GongkaiFactory.Password, ["New"] = "Head-Password-2027", ["Confirm"] = "Head-Password-2027", ["__RequestVerificationToken"] = Token(page),
        }));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Cases")).StatusCode);
        await AssertSignedOutAsync(Replaying(otherDevice), "the other device");
        await AssertSignedOutAsync(Replaying(oldCookie), "this browser's cookie from before the change");
    }

    [Fact]
    public async Task The_administrators_user_page_creates_a_user_and_lists_every_user()
    {
        var (browser, _) = await BrowserSignInAsync(_app, "admin");
        var page = await browser.GetStringAsync("/Admin/Users");
        foreach (var name in new[] { "clerk", "edu-head", "gkb" }) Assert.Contains($"data-user=\"{name}\"", page);
        var created = await browser.PostAsync("/Admin/Users?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "edu-clerk2", ["DisplayName"] = "吴经办", ["AgencyId"] = "2", ["Role"] = "Clerk", ["Password"] = "Edu-Clerk-2027x",
            ["__RequestVerificationToken"] = Token(page),
        }));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("data-user=\"edu-clerk2\"", await browser.GetStringAsync("/Admin/Users"));
        await TokenOfAsync(Anonymous(), "edu-clerk2", "Edu-Clerk-2027x");
        var (clerk, _) = await BrowserSignInAsync(_app, "clerk");
        var denied = await clerk.GetAsync("/Admin/Users");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/Account/Denied", denied.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_cookie_signed_in_API_post_without_the_antiforgery_token_is_refused()
    {
        var (browser, _) = await BrowserSignInAsync(_app, "clerk");
        var before = _app.With(db => db.Cases.Count());
        var body = new { channel = "InPerson", submitted = "2020-09-28", applicantKind = "Commercial", applicantName = "某公司", informationRequested = "某文件" };
        var forged = await browser.PostAsJsonAsync("/api/applications", body);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var attachment = await browser.PostAsync("/api/applications/1/attachments",
            new MultipartFormDataContent { { new ByteArrayContent("x"u8.ToArray()), "file", "a.pdf" } });
        Assert.Equal(HttpStatusCode.BadRequest, attachment.StatusCode);
        Assert.Equal(before, _app.With(db => db.Cases.Count()));
        // With the page's token (header) it goes through; a bearer token needs none.
        var token = Token(await browser.GetStringAsync("/Cases/New"));
        using var withToken = new HttpRequestMessage(HttpMethod.Post, "/api/applications") { Content = JsonContent.Create(body) };
        withToken.Headers.Add("RequestVerificationToken", token);
        Assert.Equal(HttpStatusCode.Created, (await browser.SendAsync(withToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await (await _app.ApiAs("clerk")).PostAsJsonAsync("/api/applications", body)).StatusCode);
    }
}

/// <summary>Sign-in as an outsider attacks it, from addresses of their choosing (the test server's connection address).</summary>
public sealed class SignInGuardTests : IDisposable
{
    private readonly GongkaiFactory _app = new(new DateOnly(2020, 9, 28), settings: new Dictionary<string, string?>
    {
        ["SignIn:PermitPerAddress"] = "40", ["SignIn:PermitPerAccount"] = "40", ["SignIn:MaxFailures"] = "5",
    });

    public void Dispose() => _app.Dispose();

    private async Task<(int Status, string Body)> LoginFromAsync(string address, string user, string password)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new { userName = user, password });
        var ctx = await _app.Server.SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = IPAddress.Parse(address);
            c.Request.Method = "POST";
            c.Request.Path = "/api/auth/login";
            c.Request.ContentType = "application/json";
            c.Request.Body = new MemoryStream(body);
            c.Request.ContentLength = body.Length;
            // The test host decides whether a request has a body before this runs: without this the endpoint sees none.
            c.Features.Set<Microsoft.AspNetCore.Http.Features.IHttpRequestBodyDetectionFeature>(HasBody.Instance);
        });
        return (ctx.Response.StatusCode, await new StreamReader(ctx.Response.Body).ReadToEndAsync());
    }

    private static string Detail(string body) => (string?)JsonNode.Parse(body)!["detail"] ?? "";

    [Fact]
    public async Task Wrong_passwords_from_one_address_never_lock_the_account_for_anyone_else()
    {
        // The attack: eight wrong passwords under the office head's name used to lock her out for 15 minutes.
        for (var i = 0; i < 8; i++) Assert.Equal(401, (await LoginFromAsync("198.51.100.66", "head", $"wrong-{i}")).Status);
        // The attacker's address is now refused for that account, even with the right password…
        var attacker = await LoginFromAsync("198.51.100.66", "head", GongkaiFactory.Password);
        Assert.Equal(401, attacker.Status);
        Assert.Equal(SignInGuard.Failure, Detail(attacker.Body));
        // …but the head, from her own address, signs in.
        Assert.Equal(200, (await LoginFromAsync("192.0.2.10", "head", GongkaiFactory.Password)).Status);
        Assert.Null(_app.With(db => db.Users.Single(u => u.UserName == "head").LockoutEnd));
    }

    [Fact]
    public async Task Every_failure_gives_the_same_answer_whether_or_not_the_account_exists()
    {
        var unknown = await LoginFromAsync("198.51.100.7", "no-such-user", "whatever-1");
        var wrong = await LoginFromAsync("198.51.100.7", "clerk", "whatever-1");
        for (var i = 0; i < 6; i++) await LoginFromAsync("198.51.100.8", "clerk2", $"wrong-{i}");
        var locked = await LoginFromAsync("198.51.100.8", "clerk2", GongkaiFactory.Password);
        foreach (var r in new[] { unknown, wrong, locked })
        {
            Assert.Equal(401, r.Status);
            Assert.Equal(SignInGuard.Failure, Detail(r.Body));
            Assert.DoesNotContain("锁定", r.Body);
        }
    }

    [Fact]
    public async Task The_login_form_is_rate_limited_per_address()
    {
        using var app = new GongkaiFactory(new DateOnly(2020, 9, 28), settings: new Dictionary<string, string?> { ["SignIn:PermitPerAddress"] = "3" });
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            var form = await client.GetStringAsync("/Account/Login"); // showing the form is not an attempt
            var token = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
            var r = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = "clerk", ["Password"] = $"wrong-{i}", ["__RequestVerificationToken"] = token,
            }));
            statuses.Add(r.StatusCode);
            if (r.StatusCode == HttpStatusCode.TooManyRequests) Assert.Contains("请求过于频繁", await r.Content.ReadAsStringAsync());
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Attempts_on_one_account_from_many_addresses_are_rate_limited_per_account()
    {
        using var app = new GongkaiFactory(new DateOnly(2020, 9, 28), settings: new Dictionary<string, string?> { ["SignIn:PermitPerAccount"] = "3" });
        async Task<int> From(string address, string password)
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(new { userName = "admin", password });
            var ctx = await app.Server.SendAsync(c =>
            {
                c.Connection.RemoteIpAddress = IPAddress.Parse(address);
                c.Request.Method = "POST";
                c.Request.Path = "/api/auth/login";
                c.Request.ContentType = "application/json";
                c.Request.Body = new MemoryStream(body);
                c.Request.ContentLength = body.Length;
                c.Features.Set<Microsoft.AspNetCore.Http.Features.IHttpRequestBodyDetectionFeature>(HasBody.Instance);
            });
            return ctx.Response.StatusCode;
        }
        for (var i = 0; i < 3; i++) Assert.Equal(401, await From($"203.0.113.{i + 1}", "wrong-password-1"));
        // A fourth guess this minute, from yet another address, is refused before the password is looked at.
        Assert.Equal(401, await From("203.0.113.99", GongkaiFactory.Password));
        Assert.Equal(0, app.With(db => db.UserSessions.Count(s => s.User!.UserName == "admin")));
    }
}

/// <summary>A request built by hand for the test host that has a body.</summary>
internal sealed class HasBody : Microsoft.AspNetCore.Http.Features.IHttpRequestBodyDetectionFeature
{
    public static readonly HasBody Instance = new();

    public bool CanHaveBody => true;
}
