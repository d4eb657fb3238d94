using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Gongkai.Render;
using Gongkai.Tests.Web.Oversight;
using Gongkai.Web.Features.Cases;

namespace Gongkai.Tests.Web.E2e;

/// <summary>
/// Page uploads of every size up to the documented bound, and past it, against the real server (Kestrel's own
/// request-size limit and the form reader's are what cut a body short): each is answered in Chinese in the page's
/// own layout. Before, anything over Kestrel's 30,000,000 bytes ended in a bare English 400.
/// </summary>
[Collection(E2eCollection.Name)]
public sealed partial class UploadE2eTests : IDisposable
{
    private readonly E2eApp _app = E2eApp.Start(new DateOnly(2020, 9, 28));
    private readonly string _temp = Directory.CreateTempSubdirectory("gongkai-upload-").FullName;

    public void Dispose()
    {
        _app.Dispose();
        Directory.Delete(_temp, recursive: true);
    }

    private const long MB = 1024 * 1024;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    private async Task<HttpClient> SignInAsync(string user)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(_app.BaseUrl + "/"), Timeout = TimeSpan.FromMinutes(3),
        };
        var form = await client.GetStringAsync("Account/Login");
        var r = await client.PostAsync("Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user, ["Password"] = GongkaiFactory.Password, ["__RequestVerificationToken"] = TokenField().Match(form).Groups[1].Value,
        }));
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        return client;
    }

    /// <summary>A file of <paramref name="size"/> incompressible bytes on disk, sent from there (the test holds none of it in memory).</summary>
    private string Filler(long size, string name)
    {
        var path = Path.Combine(_temp, name);
        using var f = File.Create(path);
        var buffer = new byte[MB];
        var random = new Random(13);
        for (long left = size; left > 0; left -= buffer.Length)
        {
            random.NextBytes(buffer);
            f.Write(buffer, 0, (int)Math.Min(left, buffer.Length));
        }
        return path;
    }

    /// <summary>Posts one file through a page's form (its token included) and returns the page the browser ends on, decoded.</summary>
    private static async Task<(HttpStatusCode First, string Page)> PostFileAsync(HttpClient client, string page, string handler, string field, string path,
        params (string Name, string Value)[] fields)
    {
        var token = TokenField().Match(await client.GetStringAsync(page.TrimStart('/'))).Groups[1].Value;
        await using var file = File.OpenRead(path);
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields) content.Add(new StringContent(value), name);
        var stream = new StreamContent(file);
        stream.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(stream, field, Path.GetFileName(path));
        var r = await client.PostAsync($"{page.TrimStart('/')}?handler={handler}", content);
        var first = r.StatusCode;
        if (r.StatusCode == HttpStatusCode.Redirect) r = await client.GetAsync(r.Headers.Location!.OriginalString.TrimStart('/'));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        return (first, WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData(30)]
    [InlineData(48)]
    public async Task An_oversize_attachment_is_refused_in_Chinese_on_the_case_page(int megabytes)
    {
        var (id, _) = await _app.RegisterAsync("clerk", "2020-09-28");
        var clerk = await SignInAsync("clerk");
        var (first, page) = await PostFileAsync(clerk, $"/Cases/Details/{id}", "Attach", "Upload", Filler(megabytes * MB, "扫描件.pdf"));
        Assert.Equal(HttpStatusCode.Redirect, first);
        Assert.Contains($"文件“扫描件.pdf”超过{CaseService.MaxAttachmentBytes / MB} MB", page);
        Assert.Contains("id=\"case-number\"", page);
        Assert.Equal(0, _app.Factory.With(db => db.Attachments.Count()));
    }

    [Fact]
    public async Task A_30_MB_report_file_on_the_collect_page_is_refused_by_name_in_the_results()
    {
        var gkb = await SignInAsync("gkb");
        var (_, page) = await PostFileAsync(gkb, "/Oversight/Collect", "Upload", "files", Filler(30 * MB, "年度报告.pdf"));
        Assert.Contains("id=\"collect-results\"", page);
        Assert.Contains("“年度报告.pdf”：文件超过20 MB", page);
        Assert.Equal(0, _app.Factory.With(db => db.FiledReports.Count()));
    }

    /// <summary>A ZIP of one readable report and stored (uncompressed) filler entries of at most 20 MB, <paramref name="size"/> bytes in all.</summary>
    private string Zip(long size, string name)
    {
        var report = ReportRenderer.Render(FiledSeed.Generated(21, "示范区教育局", 2019, Gongkai.Core.Layout.TemplateId.V2019), RenderFormat.Text);
        var path = Path.Combine(_temp, name);
        using (var zip = new ZipArchive(File.Create(path), ZipArchiveMode.Create))
        {
            using (var s = zip.CreateEntry("教育局.txt", CompressionLevel.NoCompression).Open()) s.Write(report);
            var random = new Random(5);
            var buffer = new byte[MB];
            // Each filler entry costs its data plus about 100 bytes of headers; stop 64 KB short to leave room for them.
            var left = size - report.Length - 64 * 1024;
            for (var i = 0; left > 0; i++)
            {
                var entry = Math.Min(left, 20 * MB);
                using var s = zip.CreateEntry($"附件/{i:00}.bin", CompressionLevel.NoCompression).Open();
                for (var w = 0L; w < entry; w += buffer.Length)
                {
                    random.NextBytes(buffer);
                    s.Write(buffer, 0, (int)Math.Min(buffer.Length, entry - w));
                }
                left -= entry + 200;
            }
        }
        Assert.InRange(new FileInfo(path).Length, size - 128 * 1024, size);
        return path;
    }

    [Theory]
    [InlineData(48)]
    [InlineData(200)] // the documented bound: Oversight:MaxZipBytes
    public async Task A_ZIP_within_the_documented_bound_is_collected_entry_by_entry(int megabytes)
    {
        var gkb = await SignInAsync("gkb");
        var (_, page) = await PostFileAsync(gkb, "/Oversight/Collect", "Upload", "files", Zip(megabytes * MB, $"汇总{megabytes}.zip"), ("AgencyId", "2"));
        Assert.Contains("id=\"collect-results\"", page);
        Assert.Contains("已存入：示范区教育局2019年度报告", page);
        Assert.Contains($"“汇总{megabytes}.zip › 附件/00.bin”：不是可读取的年度报告", page);
        Assert.Equal(1, _app.Factory.With(db => db.FiledReports.Count()));
    }

    [Fact]
    public async Task A_body_over_the_bound_is_answered_on_the_page_in_Chinese_and_nothing_is_stored()
    {
        var gkb = await SignInAsync("gkb");
        var (first, page) = await PostFileAsync(gkb, "/Oversight/Collect", "Upload", "files", Filler(202 * MB, "太大.zip"));
        Assert.Equal(HttpStatusCode.Redirect, first);
        Assert.Contains(Gongkai.Web.Features.PageUploads.TooLarge(201 * MB), page);
        Assert.Contains("<h1>收取年度报告</h1>", page);
        Assert.Equal(0, _app.Factory.With(db => db.FiledReports.Count()));
    }
}
