using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Core.Model;
using Gongkai.Core.Text;
using Gongkai.Web.Features.Open;
using Gongkai.Web.Features.Oversight;
using Gongkai.Web.Operations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gongkai.Tests.Web.Oversight;

public sealed class PortalOnSqlite() : PortalTests(postgres: null);

public sealed class PortalOnPostgres() : PortalTests(TestPostgres.ConnectionString), IOnPostgres;

/// <summary>The anonymous public portal: search, report pages, bulk data, no personal data, its own rate limit.</summary>
public abstract class PortalTests(string? postgres) : IDisposable
{
    // Sample cases (their applicants are what the personal-data scan looks for), but only the reports these tests file.
    private readonly GongkaiFactory _app = new(new DateOnly(2025, 3, 1), sampleCases: true, postgres: postgres,
        settings: new Dictionary<string, string?> { ["SampleData:Filings"] = "false" });

    public void Dispose()
    {
        _app.Dispose();
        GC.SuppressFinalize(this);
    }

    private HttpClient Anonymous() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private (long Marked, long Other, long WithErrors, Report MarkedReport, Report OtherReport, Report ErrorReport) Seed()
    {
        var marked = FiledSeed.Generated(11, "示范区教育局", 2024) with
        {
            Narrative = new Narrative(null, "本年度本局扎实推进校外培训机构监管信息公开，群众满意度持续提升。", "无。", null),
        };
        var other = FiledSeed.Generated(12, "示范区住房和城乡建设局", 2024) with
        {
            Narrative = new Narrative(null, "本年度重点公开保障性住房分配信息。", null, null),
        };
        var errors = FiledSeed.Generated(13, "示范区人民政府办公室", 2023) with
        {
            Narrative = new Narrative(null, "做好政策解读。", null, null),
            Findings = [new Finding("table.sum", Severity.Error, "applications.total.naturalPerson", "总计不等于各项之和", 12, 10)],
        };
        return (FiledSeed.Add(_app, 2, 2024, marked), FiledSeed.Add(_app, 3, 2024, other), FiledSeed.Add(_app, 1, 2023, errors), marked, other, errors);
    }

    private static long[] Ids(JsonNode page) => [.. page["items"]!.AsArray().Select(i => (long)i!["id"]!)];

    [DbFact]
    public async Task Search_finds_a_report_by_a_Chinese_word_of_its_narrative_and_not_by_an_unrelated_word()
    {
        var s = Seed();
        var client = Anonymous();
        async Task<JsonNode> Search(string query) => JsonNode.Parse(await client.GetStringAsync("/api/open/reports?" + query))!;
        Assert.Equal([s.Marked], Ids(await Search("q=" + Uri.EscapeDataString("校外培训"))));
        Assert.Equal([s.Marked], Ids(await Search("q=" + Uri.EscapeDataString("培训 满意度"))));
        Assert.Empty(Ids(await Search("q=" + Uri.EscapeDataString("航天发射"))));
        // The phrase must occur as written: both bigrams of 培满 are absent, 训机 present but 机训 not.
        Assert.Empty(Ids(await Search("q=" + Uri.EscapeDataString("机构培训"))));
        // The registry's agency name.
        Assert.Equal([s.Other], Ids(await Search("q=" + Uri.EscapeDataString("住房和城乡"))));
        // The page shows the same.
        var html = await client.GetStringAsync("/open?q=" + Uri.EscapeDataString("校外培训"));
        Assert.Contains($"/open/reports/{s.Marked}", html);
        Assert.DoesNotContain($"/open/reports/{s.Other}\"", html);
    }

    [DbFact]
    public async Task A_one_character_word_has_no_gram_and_matches_by_substring()
    {
        var s = Seed();
        var client = Anonymous();
        async Task<long[]> Search(string query) => Ids(JsonNode.Parse(await client.GetStringAsync("/api/open/reports?q=" + Uri.EscapeDataString(query)))!);
        Assert.Equal([s.Marked], await Search("培"));
        Assert.Equal([s.WithErrors], await Search("读"));
        Assert.Equal([s.Marked], await Search("培 满意度"));
        Assert.Empty(await Search("读 满意度"));
        Assert.Empty(await Search("鑫"));
    }

    [DbFact]
    public async Task On_PostgreSQL_the_search_takes_its_candidates_from_the_GIN_index_and_SQLite_scans()
    {
        Seed();
        var query = new PortalQuery("校外培训", null, null, null);
        if (postgres is null)
        {
            using var sqlite = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(_app.Services);
            var sdb = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Gongkai.Web.Data.GongkaiDb>(sqlite.ServiceProvider);
            Assert.DoesNotContain("Grams", (await new Portal(sdb).MatchingAsync(query)).Select(r => r.Id).ToQueryString());
            return;
        }
        // The portal's own query, explained with sequential scans discouraged (a test table is small enough to scan).
        using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(_app.Services);
        var pdb = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Gongkai.Web.Data.GongkaiDb>(scope.ServiceProvider);
        var matching = await new Portal(pdb).MatchingAsync(query);
        string Explain(System.Data.Common.DbCommand? command, string? sql = null)
        {
            using var tx = pdb.Database.BeginTransaction();
            pdb.Database.ExecuteSqlRaw("SET LOCAL enable_seqscan = off");
            using var cmd = command ?? pdb.Database.GetDbConnection().CreateCommand();
            cmd.Transaction = tx.GetDbTransaction();
            cmd.CommandText = "EXPLAIN " + (sql ?? cmd.CommandText);
            var lines = new List<string>();
            using (var reader = cmd.ExecuteReader())
                while (reader.Read()) lines.Add(reader.GetString(0));
            return string.Join("\n", lines);
        }
        // The portal's own query tests the word's grams by containment on the row ("Grams" @> codes, written <@ by EF)…
        var plan = Explain(matching.Select(r => r.Id).CreateDbCommand());
        Assert.True(plan.Contains("<@ \"Grams\"", StringComparison.Ordinal) || plan.Contains("\"Grams\" @>", StringComparison.Ordinal), plan);
        // …which the GIN index answers (on this small table the planner may still prefer another index for the query).
        var codes = string.Join(",", SearchText.Codes(SearchText.Normalize("校外培训")));
        var gin = Explain(null, $"SELECT \"Id\" FROM \"FiledReports\" WHERE \"Grams\" @> ARRAY[{codes}]");
        Assert.True(gin.Contains("IX_FiledReports_Grams", StringComparison.Ordinal), gin);
    }

    [DbFact]
    public async Task Filters_by_year_agency_and_errors_combine()
    {
        var s = Seed();
        var client = Anonymous();
        async Task<long[]> Search(string query) => Ids(JsonNode.Parse(await client.GetStringAsync("/api/open/reports?" + query))!);
        Assert.Equal(new[] { s.Marked, s.Other }.Order(), (await Search("year=2024")).Order());
        Assert.Equal([s.WithErrors], await Search("year=2023"));
        Assert.Equal([s.Other], await Search("agencyId=3"));
        Assert.Equal([s.WithErrors], await Search("hasErrors=true"));
        Assert.Equal(new[] { s.Marked, s.Other }.Order(), (await Search("hasErrors=false")).Order());
        Assert.Empty(await Search("hasErrors=true&year=2024"));
        var page = JsonNode.Parse(await client.GetStringAsync("/api/open/reports"))!;
        Assert.Equal(3, (int)page["total"]!);
    }

    [DbFact]
    public async Task Searching_the_portal_every_way_logs_no_database_warning()
    {
        // EF Core warned of a row limit without an order at every search (the capped count): a line in the operators'
        // log for each visitor, hiding the warnings that matter.
        Seed();
        var client = Anonymous();
        var before = _app.Logs.Lines.Count; // the start's own (migrations on SQLite) are not the searches'
        foreach (var query in new[] { "", "?q=校外培训", "?q=示范区&year=2024", "?agency=3", "?hasErrors=true", "?q=住房&hasErrors=false&page=2" })
        {
            using var r = await client.GetAsync("/open" + query);
            Assert.Equal(System.Net.HttpStatusCode.OK, r.StatusCode);
            await client.GetStringAsync("/api/open/reports" + query.Replace("agency=", "agencyId=", StringComparison.Ordinal));
        }
        Assert.DoesNotContain(_app.Logs.Lines.Skip(before), l => l.StartsWith("Warning Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
    }

    [DbFact]
    public async Task Hits_come_newest_year_and_filing_first_and_counting_stops_at_the_cap()
    {
        var s = Seed();
        var page = JsonNode.Parse(await Anonymous().GetStringAsync("/api/open/reports"))!;
        Assert.Equal([Math.Max(s.Marked, s.Other), Math.Min(s.Marked, s.Other), s.WithErrors], Ids(page));
        Assert.False((bool)page["more"]!);
        using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(_app.Services);
        var db = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Gongkai.Web.Data.GongkaiDb>(scope.ServiceProvider);
        var capped = await new Portal(db) { CountCap = 2 }.SearchAsync(new PortalQuery(null, null, null, null, Page: 5), default);
        Assert.Equal((2, true, 1), (capped.Total, capped.More, capped.Page));
        Assert.Equal(3, capped.Items.Length); // the first page is whole; only the count stops
        var exact = await new Portal(db) { CountCap = 3 }.SearchAsync(new PortalQuery(null, null, null, null), default);
        Assert.Equal((3, false), (exact.Total, exact.More));
    }

    [DbFact]
    public async Task A_superseded_report_is_not_public_and_a_report_page_shows_tables_and_findings()
    {
        var s = Seed();
        _app.With(db => { db.FiledReports.Single(r => r.Id == s.Other).IsCurrent = false; return db.SaveChanges(); });
        var client = Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/open/reports/{s.Other}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/open/reports/{s.Other}/json")).StatusCode);
        var page = await client.GetAsync($"/open/reports/{s.WithErrors}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains("总计不等于各项之和", html);
        Assert.Contains("applications.total.naturalPerson", html);
        Assert.Contains("data-cell=\"applications.newReceived.total\"", html);
        Assert.DoesNotContain("<style>", html);
        Assert.DoesNotContain(" style=\"", html);
        var json = JsonNode.Parse(await client.GetStringAsync($"/api/open/reports/{s.WithErrors}/json"))!;
        Assert.Equal("table.sum", (string?)json["findings"]![0]!["rule"]);
    }

    [DbFact]
    public async Task Year_downloads_in_JSON_Lines_CSV_and_XLSX_hold_the_stored_numbers()
    {
        var s = Seed();
        var client = Anonymous();
        var byId = new Dictionary<long, Report> { [s.Marked] = s.MarkedReport, [s.Other] = s.OtherReport };

        // JSON Lines: one report per line, its cells as filed.
        var lines = (await client.GetStringAsync("/api/open/years/2024/reports.jsonl")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        foreach (var line in lines)
        {
            var o = JsonNode.Parse(line)!;
            var report = Gongkai.Core.Json.ReportJson.Parse(o["report"]!.ToJsonString());
            var expected = byId[(long)o["id"]!];
            Assert.Equal(expected.Applications.Cells.ToArray(), report.Applications.Cells.ToArray());
            Assert.Equal(expected.ReviewLitigation.Cells.ToArray(), report.ReviewLitigation.Cells.ToArray());
            Assert.Equal(2024, (int)o["year"]!);
        }

        // CSV: parsed field by field (RFC 4180), every cell's value equal to the report's.
        var csv = await client.GetByteArrayAsync("/api/open/years/2024/cells.csv");
        var text = Encoding.UTF8.GetString(csv);
        Assert.StartsWith("\uFEFF", text);
        using var reader = new StringReader(text[1..]);
        var header = Csv.ParseLine(reader)!;
        Assert.Equal(["source", "agency", "year", "format", "published", "section", "row", "column", "rowLabel", "columnLabel", "value"], header);
        var count = 0;
        while (Csv.ParseLine(reader) is { } f)
        {
            var report = byId[long.Parse(f[0], System.Globalization.CultureInfo.InvariantCulture)];
            var section = report.Section(f[5]);
            var cell = section.Layout.CellIndex(f[6], f[7]);
            decimal? actual = f[10].Length == 0 ? null : decimal.Parse(f[10], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(section.Cells[cell], actual);
            count++;
        }
        Assert.Equal(byId.Values.Sum(r => r.Sections.Sum(x => x.Cells.Length)), count);

        // XLSX: opened with the Open XML SDK; the same rows.
        var xlsx = await client.GetByteArrayAsync("/api/open/years/2024/cells.xlsx");
        using var doc = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var sheet = doc.WorkbookPart!.WorksheetParts.First(p => doc.WorkbookPart.GetIdOfPart(p) == doc.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().First(x => x.Name == "cells").Id);
        var rows = sheet.Worksheet.Descendants<Row>().Skip(1).ToList();
        Assert.Equal(count, rows.Count);
        foreach (var row in rows)
        {
            string? Cell(string col) => row.Elements<Cell>().FirstOrDefault(c => c.CellReference!.Value!.StartsWith(col, StringComparison.Ordinal)) is { } c
                ? c.InlineString?.Text?.Text ?? c.CellValue?.Text : null;
            var report = byId[long.Parse(Cell("A")!, System.Globalization.CultureInfo.InvariantCulture)];
            var section = report.Section(Cell("F")!);
            var value = section.Cells[section.Layout.CellIndex(Cell("G")!, Cell("H")!)];
            Assert.Equal(value, Cell("K") is { } k ? decimal.Parse(k, System.Globalization.CultureInfo.InvariantCulture) : null);
        }
    }

    [DbFact]
    public async Task No_applicant_personal_data_appears_on_any_public_page_or_export()
    {
        var s = Seed();
        var secrets = _app.With(db => db.Cases.Select(c => new { c.ApplicantName, c.IdNumber, c.Phone, c.Address }).ToList())
            .SelectMany(c => new[] { c.ApplicantName, c.IdNumber, c.Phone, c.Address }).OfType<string>().Where(x => x.Length >= 3).Distinct().ToList();
        Assert.True(secrets.Count > 20, "the sample cases should give applicants to look for");
        var client = Anonymous();
        var urls = new[]
        {
            "/open", "/open?q=" + Uri.EscapeDataString("信息"), "/open/data", $"/open/reports/{s.Marked}", $"/open/reports/{s.WithErrors}",
            "/api/open/reports", $"/api/open/reports/{s.Marked}", $"/api/open/reports/{s.Marked}/json",
            "/api/open/years/2024/reports.jsonl", "/api/open/years/2023/cells.csv", "/openapi/v1.json",
        };
        foreach (var url in urls)
        {
            var r = await client.GetAsync(url);
            Assert.True(r.IsSuccessStatusCode, $"{url}: {(int)r.StatusCode}");
            var body = Readable(await r.Content.ReadAsStringAsync(), r.Content.Headers.ContentType?.MediaType);
            foreach (var secret in secrets) Assert.False(body.Contains(secret, StringComparison.Ordinal), $"{url} shows “{secret}”");
            // The scan reads the text as shown: the report's own Chinese words are found the same way.
            if (url.EndsWith($"/reports/{s.Marked}", StringComparison.Ordinal) || url.EndsWith("reports.jsonl", StringComparison.Ordinal))
                Assert.Contains("校外培训", body);
        }
        // The XLSX's text is inside a ZIP: read every part.
        using var zip = new ZipArchive(new MemoryStream(await client.GetByteArrayAsync("/api/open/years/2024/cells.xlsx")));
        foreach (var entry in zip.Entries)
        {
            using var sr = new StreamReader(entry.Open());
            var xml = await sr.ReadToEndAsync();
            foreach (var secret in secrets) Assert.False(xml.Contains(secret, StringComparison.Ordinal), $"xlsx {entry.FullName} shows “{secret}”");
        }
    }

    [DbFact]
    public async Task The_portal_answers_429_past_its_own_per_address_limit_while_the_desk_is_not_counted()
    {
        using var limited = _app.WithWebHostBuilder(b => b.UseSetting("Portal:PermitLimit", "3"));
        var client = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(i == 1 ? "/open" : "/api/open/reports")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/api/open/reports")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/open/data")).StatusCode);
        // Other parts of the application are not behind the portal's limiter.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Login")).StatusCode);
    }

    [DbFact]
    public async Task The_login_page_links_to_the_portal_and_the_public_api_is_in_OpenAPI()
    {
        var client = Anonymous();
        Assert.Contains("href=\"/open\"", await client.GetStringAsync("/Account/Login"));
        var doc = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var paths = doc["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/open/reports", paths);
        Assert.Contains("/api/open/years/{year}/cells.csv", paths);
        Assert.Contains("/api/oversight/dashboard/outcomes/{year}", paths);
    }

    /// <summary>The text as a reader sees it: HTML and JSON escape Chinese characters (&amp;#x…; and \\u…), so undo that before looking.</summary>
    private static string Readable(string body, string? mediaType)
    {
        var relaxed = new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return mediaType switch
        {
            "application/json" => JsonNode.Parse(body)!.ToJsonString(relaxed),
            "application/x-ndjson" => string.Join('\n', body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.ToJsonString(relaxed))),
            _ => WebUtility.HtmlDecode(body),
        };
    }
}

/// <summary>A small RFC 4180 reader: quoted fields with doubled quotes and embedded commas or line breaks.</summary>
public static class Csv
{
    public static List<string>? ParseLine(TextReader r)
    {
        if (r.Peek() < 0) return null;
        var fields = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        while (true)
        {
            var c = r.Read();
            if (c < 0) { fields.Add(sb.ToString()); return fields; }
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (r.Peek() == '"') { r.Read(); sb.Append('"'); }
                    else quoted = false;
                }
                else sb.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { fields.Add(sb.ToString()); sb.Clear(); }
            else if (ch == '\r' && r.Peek() == '\n') { r.Read(); fields.Add(sb.ToString()); return fields; }
            else sb.Append(ch);
        }
    }
}
