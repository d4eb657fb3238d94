using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Core.Layout;
using Gongkai.Core.Oversight;
using Gongkai.Render;
using Gongkai.Tests.Generation;
using Gongkai.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Web;

public sealed class SecurityAttacksOnSqlite() : SecurityAttackTests(postgres: null);

public sealed class SecurityAttacksOnPostgres() : SecurityAttackTests(TestPostgres.ConnectionString), IOnPostgres;

/// <summary>The smaller attacks of issue 17 (items 3, 4, 5 and 8), each as it was made, on SQLite and PostgreSQL.</summary>
public abstract class SecurityAttackTests : IDisposable
{
    private readonly GongkaiFactory _app;
    private readonly bool _postgres;

    protected SecurityAttackTests(string? postgres)
    {
        _postgres = postgres is not null;
        _app = new GongkaiFactory(new DateOnly(2021, 2, 15), postgres: postgres);
    }

    public void Dispose()
    {
        _app.Dispose();
        GC.SuppressFinalize(this);
    }

    private static string Detail(string body) => (string?)JsonNode.Parse(body)!["detail"] ?? "";

    [DbFact]
    public async Task The_audit_log_cannot_be_rewritten_by_an_insert_that_replaces()
    {
        var clerk = await _app.ApiAs("clerk");
        var r = await clerk.PostAsJsonAsync("/api/applications", new { channel = "InPerson", submitted = "2021-02-15", applicantKind = "Commercial", applicantName = "某公司", informationRequested = "某文件" });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var (id, detail) = _app.With(db => db.Audit.OrderBy(a => a.Id).Select(a => new { a.Id, a.Detail }).AsEnumerable().Select(a => (a.Id, a.Detail)).Last());
        var attacks = _postgres
            ? new[]
            {
                $"""INSERT INTO "Audit" ("Id", "At", "UserName", "Action", "Detail") VALUES ({id}, now(), 'x', 'x', 'replaced') ON CONFLICT ("Id") DO UPDATE SET "Detail" = 'replaced'""",
                """TRUNCATE "Audit" """,
                """DELETE FROM "Audit" """,
                $"""UPDATE "Audit" SET "Detail" = 'replaced' WHERE "Id" = {id}""",
            }
            : new[]
            {
                $"INSERT OR REPLACE INTO Audit (Id, At, UserName, Action, Detail) VALUES ({id}, '2021-02-15', 'x', 'x', 'replaced')",
                $"REPLACE INTO Audit (Id, At, UserName, Action, Detail) VALUES ({id}, '2021-02-15', 'x', 'x', 'replaced')",
                $"INSERT INTO Audit (Id, At, UserName, Action, Detail) VALUES ({id}, '2021-02-15', 'x', 'x', 'replaced') ON CONFLICT (Id) DO UPDATE SET Detail = 'replaced'",
                "DELETE FROM Audit",
                $"UPDATE Audit SET Detail = 'replaced' WHERE Id = {id}",
            };
        foreach (var sql in attacks)
        {
            var e = Record.Exception(() => _app.With(db => db.Database.ExecuteSqlRaw(sql)));
            Assert.True(e is not null, $"not refused: {sql}");
            Assert.Contains("append-only", e.ToString());
        }
        Assert.Equal(detail, _app.With(db => db.Audit.Single(a => a.Id == id).Detail));
        // Appending still works.
        Assert.Equal(HttpStatusCode.Created, (await clerk.PostAsJsonAsync("/api/applications", new { channel = "InPerson", submitted = "2021-02-15", applicantKind = "Commercial", applicantName = "另一公司", informationRequested = "某文件" })).StatusCode);
    }

    [DbFact]
    public async Task Racing_first_saves_of_the_narrative_let_exactly_one_through_and_a_stale_save_is_refused()
    {
        var clients = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _app.ApiAs("clerk")));
        var answers = await Task.WhenAll(clients.Select((c, i) => c.PutAsJsonAsync("/api/reports/2020/narrative", new { version = 0, overview = $"第{i}位编辑的总体情况" })));
        var statuses = answers.Select(a => a.StatusCode).ToList();
        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.NoContent));
        Assert.Equal(7, statuses.Count(s => s == HttpStatusCode.Conflict));
        var winner = statuses.IndexOf(HttpStatusCode.NoContent);
        Assert.Equal($"第{winner}位编辑的总体情况", _app.With(db => db.ReportDrafts.Single(d => d.Year == 2020).Overview));
        // Anyone still holding version 0 is refused; the version the first save made goes through.
        Assert.Equal(HttpStatusCode.Conflict, (await clients[0].PutAsJsonAsync("/api/reports/2020/narrative", new { version = 0, overview = "覆盖" })).StatusCode);
        var version = (int)JsonNode.Parse(await clients[0].GetStringAsync("/api/reports/2020"))!["draftVersion"]!;
        Assert.Equal(1, version);
        Assert.Equal(HttpStatusCode.NoContent, (await clients[0].PutAsJsonAsync("/api/reports/2020/narrative", new { version, overview = "修改" })).StatusCode);
    }

    [DbFact]
    public async Task Odd_years_and_ids_in_routes_and_queries_are_answered_without_a_server_error()
    {
        var failures = new List<string>();
        var endpoints = SecurityScanTests.Scan(_app.Services).Where(e => e.IsApi && e.Method == "GET").ToList();
        foreach (var user in new[] { "clerk", "gkb", "admin" })
        {
            var client = await _app.ApiAs(user);
            foreach (var e in endpoints)
            {
                foreach (var odd in new[] { "0", "-5", "9999", "10000", "2147483647" })
                {
                    var path = System.Text.RegularExpressions.Regex.Replace(e.Route, @"\{\*?(\w+)(:[^}]*)?\??\}", m => m.Groups[1].Value == "documentName" ? "v1" : odd);
                    var r = await client.GetAsync(path);
                    if ((int)r.StatusCode >= 500) failures.Add($"{user} GET {path}: {(int)r.StatusCode}");
                }
            }
            foreach (var q in new[] { "/api/applications?year=0", "/api/applications?year=-5", "/api/applications?year=10000", "/api/applications?year=9999",
                "/api/oversight/findings/2020?page=-1&pageSize=0", "/api/oversight/findings/2020?page=2147483647&pageSize=2147483647" })
            {
                var r = await client.GetAsync(q);
                if ((int)r.StatusCode >= 500) failures.Add($"{user} GET {q}: {(int)r.StatusCode}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [DbFact]
    public async Task A_bad_query_value_is_answered_in_Chinese_without_echoing_it()
    {
        var clerk = await _app.ApiAs("clerk");
        var r = await clerk.GetAsync("/api/deadline?received=13912345678");
        var body = await r.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal("参数“received”的值无法识别", Detail(body));
        Assert.DoesNotContain("13912345678", body);
        Assert.DoesNotContain("Failed to bind", body);
    }

    /// <summary>An agency of another supervising office: a unit outside the sample district (agency 1, gkb's root).</summary>
    private int OutsideAgency(string name) => _app.With(db =>
    {
        var a = new Agency { Name = name, Kind = AgencyKind.Department };
        db.Agencies.Add(a);
        db.SaveChanges();
        return a.Id;
    });

    [DbFact]
    public async Task A_supervisor_learns_nothing_of_other_offices_agencies_from_a_name_clash()
    {
        OutsideAgency("外区教育局");
        var gkb = await _app.ApiAs("gkb");
        var r = await gkb.PostAsJsonAsync("/api/oversight/agencies", new { name = "外区教育局", parentId = 1, kind = "Department" });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        // Within the supervisor's own units a name is still unique.
        var twice = await gkb.PostAsJsonAsync("/api/oversight/agencies", new { name = "外区教育局", parentId = 1, kind = "Department" });
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
    }

    [DbFact]
    public async Task A_supervisor_learns_nothing_of_other_offices_filings_from_an_upload()
    {
        var outside = OutsideAgency("外区统计局");
        var report = ReportGenerator.Generate(ReportGenerator.Seeded(7), TemplateId.V2019, otherCollapsed: false) with { Agency = "外区统计局", Year = 2020 };
        var bytes = ReportRenderer.Render(report, RenderFormat.Text);
        // The administrator (who oversees every agency) files it for the outside agency.
        var admin = await _app.ApiAs("admin");
        var filed = await Collect(admin, bytes, outside);
        Assert.Equal("Stored", (string?)filed["outcome"]);
        var gkb = await _app.ApiAs("gkb");
        var again = await Collect(gkb, bytes, null);
        Assert.Equal("Failed", (string?)again["outcome"]);
        var message = (string?)again["message"] ?? "";
        Assert.DoesNotContain("已存在", message);
        Assert.DoesNotContain("其他机关", message);
        Assert.Contains("不在本机关的监督范围内", message); // what any report of a stranger unit gets
        Assert.Null(again["reportId"]);
    }

    private static async Task<JsonNode> Collect(HttpClient api, byte[] bytes, int? agencyId)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "files", "report.txt" } };
        if (agencyId is { } a) form.Add(new StringContent(a.ToString(System.Globalization.CultureInfo.InvariantCulture)), "agencyId");
        var r = await api.PostAsync("/api/oversight/collect", form);
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.IsSuccessStatusCode, text);
        return JsonNode.Parse(text)!.AsArray().Single()!;
    }

    [DbFact]
    public async Task An_attachments_file_name_is_cleaned_and_kept_out_of_the_audit_log_and_masked_views()
    {
        var clerk = await _app.ApiAs("clerk");
        var created = await clerk.PostAsJsonAsync("/api/applications", new { channel = "InPerson", submitted = "2021-02-15", applicantKind = "NaturalPerson", applicantName = "张三", informationRequested = "某文件" });
        var id = (int)JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!;
        // A right-to-left override and a line break in the name: “张三身份证‮fdp.exe” shows as “…exe.pdf”.
        var up = await clerk.PostAsync($"/api/applications/{id}/attachments",
            new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4"u8.ToArray()), "file", "张三身份证\u202E\r\nfdp.pdf" } });
        Assert.Equal(HttpStatusCode.Created, up.StatusCode);
        var stored = _app.With(db => db.Attachments.Single().FileName);
        Assert.Equal("张三身份证fdp.pdf", stored);
        Assert.DoesNotContain(_app.With(db => db.Audit.Select(a => a.Detail).ToList()), d => d.Contains("身份证", StringComparison.Ordinal));
        var audit = await (await _app.ApiAs("clerk2")).GetStringAsync($"/api/applications/{id}/audit");
        Assert.DoesNotContain("身份证", audit);
        Assert.Contains("（个人信息）", audit);
    }

    [DbFact]
    public async Task Exports_never_carry_a_formula_from_an_agency_name_and_the_roll_up_csv_has_one_byte_order_mark()
    {
        const string Evil = "=HYPERLINK(\"http://evil.example\",\"点此查看\")";
        var gkb = await _app.ApiAs("gkb");
        Assert.Equal(HttpStatusCode.OK, (await gkb.PutAsJsonAsync("/api/oversight/agencies/2", new { name = Evil, parentId = 1, kind = "Department" })).StatusCode);
        var head = await _app.ApiAs("edu-head");
        var submitted = await head.PostAsync("/api/reports/2020/submit", null);
        Assert.True(submitted.IsSuccessStatusCode, await submitted.Content.ReadAsStringAsync());

        var anonymous = _app.CreateClient();
        var csv = await anonymous.GetStringAsync("/api/open/years/2020/cells.csv");
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点此查看\"\")\"", csv);
        Assert.DoesNotContain(",=HYPERLINK", csv);
        Assert.DoesNotContain(",\"=HYPERLINK", csv);

        var xlsx = await anonymous.GetByteArrayAsync("/api/open/years/2020/cells.xlsx");
        using (var doc = SpreadsheetDocument.Open(new MemoryStream(xlsx), false))
        {
            var part = doc.WorkbookPart!;
            var cells = part.WorksheetParts.SelectMany(w => w.Worksheet!.Descendants<Cell>()).Where(c => c.InnerText == Evil).ToList();
            Assert.NotEmpty(cells);
            var formats = part.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ToList();
            Assert.All(cells, c =>
            {
                Assert.Null(c.CellFormula);
                Assert.Equal(CellValues.InlineString, c.DataType!.Value);
                Assert.True(formats[(int)c.StyleIndex!.Value].QuotePrefix?.Value == true, "a formula-like text cell without quotePrefix");
            });
        }

        var rollup = await gkb.GetByteArrayAsync("/api/oversight/rollup/2020/document?format=csv");
        Assert.Equal([0xEF, 0xBB, 0xBF], rollup[..3]);
        Assert.NotEqual([0xEF, 0xBB, 0xBF], rollup[3..6]);
        Assert.StartsWith("source,", Encoding.UTF8.GetString(rollup, 3, rollup.Length - 3));
    }
}
