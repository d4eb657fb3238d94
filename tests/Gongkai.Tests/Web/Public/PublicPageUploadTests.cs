using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Core.Desk;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gongkai.Tests.Web.Public;

/// <summary>
/// The apply form as a browser (or a bot) posts it, through the real page with its antiforgery token: the honeypot,
/// attachments over the bound, of a refused type, and with names that hide what they are (issue 15 and issue 17's
/// rules for every stored file name).
/// </summary>
public sealed partial class PublicPageUploadTests : IDisposable
{
    private readonly GongkaiFactory _app = new(new DateOnly(2026, 3, 2), settings: new Dictionary<string, string?>
    {
        ["PublicSite:ApplyPerHour"] = "100", ["PublicSite:MaxFileBytes"] = "4096",
    });

    public void Dispose()
    {
        _app.Dispose();
        GC.SuppressFinalize(this);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    /// <summary>Posts the apply form of the sample agency with the given extra fields and files; the page and the case count after.</summary>
    private async Task<(HttpStatusCode Status, string Page, int Online)> PostAsync(IEnumerable<(string Name, string Value)> extra, params (string Name, byte[] Content)[] files)
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await client.GetStringAsync("/open/sfq-zfb/apply");
        var body = new MultipartFormDataContent
        {
            { new StringContent(Token().Match(form).Groups[1].Value), "__RequestVerificationToken" },
            { new StringContent("NaturalPerson"), "ApplicantKind" }, { new StringContent("张三"), "Name" },
            { new StringContent("ResidentId"), "IdType" }, { new StringContent(PublicApiTests.IdNumber), "IdNumber" },
            { new StringContent("13800138000"), "Phone" }, { new StringContent("示范市示范区幸福路1号"), "Address" },
            { new StringContent("示范路改造工程的招标文件"), "Information" },
            { new StringContent("Electronic"), "Form" }, { new StringContent("Email"), "Delivery" },
            { new StringContent("zhangsan@example.com"), "Email" },
        };
        foreach (var (name, value) in extra) body.Add(new StringContent(value), name);
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            // The name as a browser sends it (UTF-8 in filename*), control and invisible characters included.
            part.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("form-data") { Name = "Attachments", FileNameStar = name };
            body.Add(part);
        }
        var r = await client.PostAsync("/open/sfq-zfb/apply", body);
        return (r.StatusCode, WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync()), _app.With(db => db.Cases.Count(c => c.Channel == Channel.Online)));
    }

    [Fact]
    public async Task A_filled_honeypot_field_is_refused_and_nothing_is_registered()
    {
        var (status, page, online) = await PostAsync([("Website", "http://spam.example")]);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("提交未成功", page);
        Assert.Equal(0, online);
    }

    [Fact]
    public async Task An_attachment_over_the_bound_is_refused_by_name_and_size_and_nothing_is_registered()
    {
        var (status, page, online) = await PostAsync([], ("身份证.pdf", new byte[4097]));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("附件“身份证.pdf”超过4 KB", page);
        Assert.Equal(0, online);
    }

    [Fact]
    public async Task An_attachment_whose_name_hides_an_executable_is_refused_by_its_real_extension()
    {
        // U+202E (right-to-left override) shows "申请书\u202Efdp.exe" as "申请书exe.pdf"; the name kept is what it is.
        var (status, page, online) = await PostAsync([], ("申请书\u202Efdp.exe", "MZ"u8.ToArray()));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("附件“申请书fdp.exe”的类型不允许", page);
        Assert.Equal(0, online);
    }

    [Fact]
    public async Task An_accepted_attachment_is_stored_under_its_name_without_path_or_control_characters()
    {
        var (status, page, online) = await PostAsync([], ("..\\..\\证明\u0007材料.pdf", Encoding.UTF8.GetBytes("%PDF-1.4 证明")));
        Assert.True(status == HttpStatusCode.OK, page);
        Assert.Equal(1, online);
        Assert.Equal(["证明材料.pdf"], _app.With(db => db.Attachments.Select(a => a.FileName).ToList()));
    }

    [Fact]
    public async Task A_correction_answered_with_a_disguised_or_oversize_attachment_is_refused_by_name_and_reason_and_the_case_still_awaits_it()
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var created = System.Text.Json.Nodes.JsonNode.Parse(await (await client.PostAsJsonAsync("/api/public/sfq-zfb/applications", PublicApiTests.Application())).Content.ReadAsStringAsync())!;
        var (number, code) = ((string)created["number"]!, (string)created["queryCode"]!);
        var id = _app.With(db => db.Cases.Single(c => c.Number == number && c.Channel == Channel.Online).Id);
        int Version() => _app.With(db => db.Cases.Single(c => c.Id == id).Version);
        using var clerk = await _app.ApiAs("clerk");
        (await clerk.PostAsJsonAsync($"/api/applications/{id}/receipt", new { version = Version(), date = "2026-03-02" })).EnsureSuccessStatusCode();
        (await clerk.PostAsJsonAsync($"/api/applications/{id}/correction-request", new { version = Version(), date = "2026-03-02", what = "请写明标段", dueBy = "2026-03-16" })).EnsureSuccessStatusCode();

        var track = await client.GetStringAsync("/open/track");
        var body = new MultipartFormDataContent
        {
            { new StringContent(Token().Match(track).Groups[1].Value), "__RequestVerificationToken" },
            { new StringContent(number), "Number" }, { new StringContent(code), "Code" }, { new StringContent("第二标段"), "Text" },
        };
        foreach (var (name, content) in new[] { ("申请书\u202Efdp.exe", "MZ"u8.ToArray()), ("标段说明.pdf", new byte[4097]) })
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("form-data") { Name = "Attachments", FileNameStar = name };
            body.Add(part);
        }
        var r = await client.PostAsync("/open/track?handler=Correct", body);
        var page = WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        // The same reasons, in the same words, as the application form gives (one check serves both).
        Assert.Contains("附件“申请书fdp.exe”的类型不允许", page);
        Assert.Contains("附件“标段说明.pdf”超过4 KB", page);
        Assert.Null(_app.With(db => db.Cases.Single(c => c.Id == id).CorrectionReceivedOn));
        Assert.Empty(_app.With(db => db.Attachments.Where(a => a.CaseId == id).ToList()));
    }
}
