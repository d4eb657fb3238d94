using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Gongkai.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gongkai.Tests.Web;

/// <summary>
/// An applicant's personal data (name, ID number, phone, address, e-mail) goes through a whole case, its errors
/// included, and appears in no log line, no error answer, no audit detail and no export.
/// </summary>
public sealed class SecurityPersonalDataTests : IDisposable
{
    private const string Name = "欧阳明珠";
    private const string IdNumber = "440106198503150027";
    private const string Phone = "13912345678";
    private const string Address = "广州市天河区隐私路88号";
    private const string Email = "ouyang.mingzhu@example.com";
    private static readonly string[] Secrets = [Name, IdNumber, Phone, Address, Email];

    /// <summary>A case whose request is this fails at the database, as a full disk or a lost connection would.</summary>
    private const string Fault = "触发数据库故障";

    private readonly GongkaiFactory _app = new(new DateOnly(2020, 9, 28)) { RecordLogsFrom = LogLevel.Debug };
    private readonly WebApplicationFactory<Program> _faulty;
    private readonly List<(string What, int Status, string Body)> _answers = [];

    public SecurityPersonalDataTests() =>
        _faulty = _app.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.ConfigureDbContext<GongkaiDb>(o => o.AddInterceptors(new FailingSave()))));

    public void Dispose()
    {
        _faulty.Dispose();
        _app.Dispose();
    }

    private sealed class FailingSave : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (eventData.Context!.ChangeTracker.Entries<Gongkai.Web.Data.Case>().Any(e => e.Entity.InformationRequested == Fault))
                throw new DbUpdateException("An error occurred while saving the entity changes. See the inner exception for details.",
                    new IOException("disk I/O error"));
            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }

    private async Task<HttpClient> As(string user)
    {
        var client = _faulty.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var login = await client.PostAsJsonAsync("/api/auth/login", new { userName = user, password = GongkaiFactory.Password });
        login.EnsureSuccessStatusCode();
        var token = (string)JsonNode.Parse(await login.Content.ReadAsStringAsync())!["accessToken"]!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Sends, keeps the answer's body for the final scan, and checks the status.</summary>
    private async Task<JsonNode?> Send(HttpClient client, HttpMethod method, string url, object? body, HttpStatusCode expected, string? raw = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (raw is not null) request.Content = new StringContent(raw, Encoding.UTF8, "application/json");
        else if (body is not null) request.Content = JsonContent.Create(body);
        var r = await client.SendAsync(request);
        var text = await r.Content.ReadAsStringAsync();
        _answers.Add(($"{method} {url} → {(int)r.StatusCode}", (int)r.StatusCode, text));
        Assert.True(expected == r.StatusCode, $"{method} {url}: expected {(int)expected}, got {(int)r.StatusCode} {text}");
        return text.Length > 0 && text[0] is '{' or '[' ? JsonNode.Parse(text) : null;
    }

    private static object Applicant(string requested) => new
    {
        channel = "InPerson", submitted = "2020-09-28", applicantKind = "NaturalPerson", applicantName = Name, idNumber = IdNumber,
        phone = Phone, address = Address, email = Email, informationRequested = requested,
    };

    [Fact]
    public async Task Personal_data_reaches_no_log_error_answer_audit_detail_or_export()
    {
        var clerk = await As("clerk");
        var head = await As("head");
        var gkb = await As("gkb");
        var post = HttpMethod.Post;

        // The whole life of a case.
        var c = (await Send(clerk, post, "/api/applications", Applicant("2019年度示范路改造工程的招标文件"), HttpStatusCode.Created))!;
        var id = (int)c["id"]!;
        int V(JsonNode? n) => (int)n!["version"]!;
        var v = V(c);
        v = V(await Send(clerk, post, $"/api/applications/{id}/correction-request", new { version = v, date = "2020-09-28", what = "请写明文号", dueBy = "2020-10-20" }, HttpStatusCode.OK));
        v = V(await Send(clerk, post, $"/api/applications/{id}/correction-received", new { version = v, date = "2020-09-28" }, HttpStatusCode.OK));
        v = V(await Send(clerk, post, $"/api/applications/{id}/consultations", new { version = v, party = "示范建设公司", from = "2020-09-28" }, HttpStatusCode.OK));
        v = V(await Send(clerk, post, $"/api/applications/{id}/consultations/end", new { version = v, date = "2020-09-28" }, HttpStatusCode.OK));
        v = V(await Send(head, post, $"/api/applications/{id}/extension", new { version = v, date = "2020-09-28", reason = "需要调取档案" }, HttpStatusCode.OK));
        using (var file = new MultipartFormDataContent { { new ByteArrayContent("申请书正文"u8.ToArray()), "file", "申请书.pdf" } })
            Assert.Equal(HttpStatusCode.Created, (await clerk.PostAsync($"/api/applications/{id}/attachments", file)).StatusCode);
        v = (int)(await Send(clerk, HttpMethod.Get, $"/api/applications/{id}", null, HttpStatusCode.OK))!["version"]!;
        var closed = await Send(clerk, post, $"/api/applications/{id}/close", new { version = v, date = "2020-09-28", outcome = "granted", form = "Email" }, HttpStatusCode.OK);
        var challenge = await Send(clerk, post, $"/api/applications/{id}/challenges", new { kind = "Review", filed = "2020-09-28" }, HttpStatusCode.Created);
        await Send(clerk, post, $"/api/challenges/{(int)challenge!["id"]!}/decision", new { decided = "2020-09-28", result = "Upheld" }, HttpStatusCode.OK);

        // Its errors: a refused registration, a stale version, malformed JSON around the data, a database failure.
        await Send(clerk, post, "/api/applications", Applicant(""), HttpStatusCode.BadRequest);
        await Send(clerk, post, $"/api/applications/{id}/close", new { version = V(closed) - 3, date = "2020-09-28", outcome = "granted" }, HttpStatusCode.Conflict);
        await Send(clerk, post, "/api/applications", null, HttpStatusCode.BadRequest,
            raw: $"{{\"applicantName\":\"{Name}\",\"idNumber\":{IdNumber},\"phone\":\"{Phone}\"}}");
        await Send(clerk, post, "/api/applications", null, HttpStatusCode.BadRequest,
            raw: $"{{\"applicantName\":\"{Name}\",\"address\":\"{Address}\",\"{Phone}\":\"{IdNumber}\"}}");
        await Send(clerk, post, "/api/applications", Applicant(Fault), HttpStatusCode.InternalServerError);
        await Send(clerk, HttpMethod.Get, $"/api/applications/{id}/notices/nonsense?format=docx", null, HttpStatusCode.BadRequest);

        // The report of the year and what leaves the desk with it: the unit's documents, the supervisor's roll-up, the portal.
        // A year's report is sent once the year is over (条例第四十九条): the clock moves to January, and everyone signs in again.
        await Send(head, post, "/api/reports/2020/submit", null, HttpStatusCode.BadRequest);
        _app.Time.Now = new DateTimeOffset(2021, 1, 8, 9, 0, 0, TimeSpan.Zero);
        (clerk, head, gkb) = (await As("clerk"), await As("head"), await As("gkb"));
        await Send(head, post, "/api/reports/2020/submit", null, HttpStatusCode.OK);
        var exports = new List<(string What, byte[] Bytes)>();
        foreach (var format in new[] { "docx", "pdf", "html" })
            exports.Add(($"desk {format}", await clerk.GetByteArrayAsync($"/api/reports/2020/document?format={format}")));
        foreach (var format in new[] { "docx", "pdf", "xlsx", "csv", "html" })
            exports.Add(($"roll-up {format}", await gkb.GetByteArrayAsync($"/api/oversight/rollup/2020/document?format={format}")));
        var filed = _app.With(db => db.FiledReports.Single(r => r.IsCurrent && r.Year == 2020).Id);
        exports.Add(("filed original", await gkb.GetByteArrayAsync($"/api/oversight/reports/{filed}/file")));
        var anonymous = _faulty.CreateClient();
        foreach (var open in new[] { "/api/open/years/2020/reports.jsonl", "/api/open/years/2020/cells.csv", "/api/open/years/2020/cells.xlsx",
            $"/api/open/reports/{filed}", $"/api/open/reports/{filed}/json", "/open", "/open/data", $"/open/reports/{filed}" })
            exports.Add((open, await anonymous.GetByteArrayAsync(open)));

        // The case really carries the data (or the checks below would prove nothing).
        Assert.Equal(Name, _app.With(db => db.Cases.Single(x => x.Id == id).ApplicantName));
        var leaks = new List<string>();
        foreach (var line in _app.Logs.Lines)
            leaks.AddRange(Secrets.Where(s => line.Contains(s, StringComparison.Ordinal)).Select(s => $"log: {s} in {line[..Math.Min(300, line.Length)]}"));
        Assert.Contains(_app.Logs.Lines, l => l.Contains("disk I/O error", StringComparison.Ordinal)); // the failure was logged, and the log was read
        // Successful answers to the case's handler carry the data by design; no error answer may.
        foreach (var (what, _, body) in _answers.Where(x => x.Status >= 400))
            leaks.AddRange(Secrets.Where(s => body.Contains(s, StringComparison.Ordinal)).Select(s => $"answer {what}: {s} in {body}"));
        foreach (var detail in _app.With(db => db.Audit.Select(a => a.Detail).ToList()))
            leaks.AddRange(Secrets.Where(s => detail.Contains(s, StringComparison.Ordinal)).Select(s => $"audit: {s} in {detail}"));
        foreach (var (what, bytes) in exports)
        {
            var text = Text(bytes);
            leaks.AddRange(Secrets.Where(s => text.Contains(s, StringComparison.Ordinal)).Select(s => $"export {what}: {s}"));
        }
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
        Assert.True(_app.Logs.Lines.Count > 100, $"only {_app.Logs.Lines.Count} log lines recorded at Debug");
    }

    /// <summary>The text of an export: every entry of a ZIP (DOCX/XLSX), the pages of a PDF, or the bytes as UTF-8.</summary>
    private static string Text(byte[] bytes)
    {
        var sb = new StringBuilder(Encoding.UTF8.GetString(bytes));
        if (bytes.Length > 4 && bytes[0] == 'P' && bytes[1] == 'K')
        {
            using var zip = new ZipArchive(new MemoryStream(bytes));
            foreach (var e in zip.Entries)
            {
                using var r = new StreamReader(e.Open(), Encoding.UTF8);
                sb.Append(r.ReadToEnd());
            }
        }
        else if (bytes.Length > 4 && bytes[0] == '%' && bytes[1] == 'P')
        {
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
            foreach (var page in pdf.GetPages()) sb.Append(page.Text);
        }
        return sb.ToString();
    }

    [Fact]
    public void Entity_Framework_never_logs_parameter_values()
    {
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDb>();
        var core = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!;
        Assert.False(core.IsSensitiveDataLoggingEnabled);
    }
}
