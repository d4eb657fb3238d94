using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Core.Oversight;
using Gongkai.Core.Text;
using Gongkai.Render;
using Gongkai.Tests.Generation;
using Gongkai.Web.Data;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace Gongkai.Tests.Web.Oversight;

/// <summary>The supervising office's API on SQLite.</summary>
public sealed class OversightApiOnSqlite() : OversightApiTests(postgres: null);

/// <summary>The same on PostgreSQL.</summary>
public sealed class OversightApiOnPostgres() : OversightApiTests(TestPostgres.ConnectionString), IOnPostgres;

/// <summary>
/// Collecting, registering, checking and rolling up units' reports through /api/oversight as 孙科长 (gkb, 政务公开办 of
/// agency 1, whose departments are agencies 2 and 3), with the clock on 15 February 2021: after the departments'
/// deadline for 2020 (31 January), before the government's (31 March).
/// </summary>
public abstract class OversightApiTests : IDisposable
{
    private readonly string _importRoot;
    private readonly GongkaiFactory _app;
    private readonly bool _postgres;

    protected OversightApiTests(string? postgres)
    {
        _postgres = postgres is not null;
        _importRoot = Directory.CreateTempSubdirectory("gongkai-import-").FullName;
        _app = new GongkaiFactory(new DateOnly(2021, 2, 15), postgres: postgres,
            settings: new Dictionary<string, string?>
            {
                ["Oversight:ImportRoot"] = _importRoot, ["Oversight:MaxZipEntries"] = "20", ["Oversight:MaxZipBytes"] = (5 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
    }

    public void Dispose()
    {
        _app.Dispose();
        try { Directory.Delete(_importRoot, recursive: true); } catch (IOException) { }
        GC.SuppressFinalize(this);
    }

    private const string Education = "示范区教育局";      // agency 2
    private const string Housing = "示范区住房和城乡建设局"; // agency 3

    /// <summary>A balanced generated report of 2020 (2019 template) for <paramref name="agency"/>, without a publication date unless given.</summary>
    private static Report Unit(int seed, string agency, int year = 2020, DateOnly? published = null) =>
        ReportGenerator.Generate(ReportGenerator.Seeded(seed), year >= 2021 ? TemplateId.V2021 : TemplateId.V2019, otherCollapsed: false)
            with { Agency = agency, Year = year, Published = published };

    /// <summary>The same report with 三、本年新收政府信息公开申请数量 总计 one too many: a broken sum.</summary>
    private static Report Broken(Report r)
    {
        var i = r.Applications.Layout.CellIndex("newReceived", "total");
        return r.WithSection(r.Applications.With(i, r.Applications[i] + 1));
    }

    private static byte[] Bytes(Report r, RenderFormat f) => ReportRenderer.Render(r, f);

    private static async Task<JsonArray> Collect(HttpClient api, params (string Name, byte[] Content)[] files) => await Collect(api, null, null, files);

    private static async Task<JsonArray> Collect(HttpClient api, int? agencyId, int? year, params (string Name, byte[] Content)[] files)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }
        if (agencyId is { } a) form.Add(new StringContent(a.ToString(System.Globalization.CultureInfo.InvariantCulture)), "agencyId");
        if (year is { } y) form.Add(new StringContent(y.ToString(System.Globalization.CultureInfo.InvariantCulture)), "year");
        var r = await api.PostAsync("/api/oversight/collect", form);
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.IsSuccessStatusCode, $"{(int)r.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsArray();
    }

    private static string Outcome(JsonNode? r) => (string)r!["outcome"]!;

    private static JsonNode One(JsonArray results) => Assert.Single(results)!;

    private (int Reports, int Files, int Findings) Counts() =>
        _app.With(db => (db.FiledReports.Count(), db.ReportFiles.Count(), db.FiledFindings.Count()));

    private async Task<int> AddAgency(HttpClient api, string name, AgencyKind kind, int? parentId = null)
    {
        var r = await api.PostAsJsonAsync("/api/oversight/agencies", new { name, parentId, kind = kind.ToString() });
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.Created, text);
        return (int)JsonNode.Parse(text)!["id"]!;
    }

    [DbFact]
    public async Task Docx_pdf_html_and_text_are_each_stored_under_the_agency_and_year_they_name_with_their_findings()
    {
        var api = await _app.ApiAs("gkb");
        var formats = new[] { (RenderFormat.Docx, "docx", 2019), (RenderFormat.Pdf, "pdf", 2020), (RenderFormat.Html, "html", 2021), (RenderFormat.Text, "text", 2022) };
        foreach (var (format, code, year) in formats)
        {
            var report = Unit(100 + year, Education, year);
            var results = await Collect(api, ($"教育局{year}.{code}", Bytes(report, format)));
            var r = One(results);
            Assert.True(Outcome(r) == "Stored", r.ToJsonString());
            var id = (long)r["reportId"]!;
            var row = _app.With(db => db.FiledReports.Include(x => x.Findings).Include(x => x.File).Single(x => x.Id == id));
            Assert.Equal(2, row.AgencyId);
            Assert.Equal(year, row.Year);
            Assert.Equal(code, row.Format);
            Assert.Equal(FilingSource.Upload, row.Source);
            Assert.Equal(Bytes(report, format).Length > 0, row.File!.Content.Length > 0);
            Assert.Equal(Gongkai.Web.Features.Oversight.FiledReports.Sha256Hex(row.File.Content), row.Sha256);
            // The stored tables are the generated ones, cell for cell.
            Assert.Equal(report.Sections.SelectMany(s => s.Cells), row.Cells);
            Assert.Equal(row.Errors, row.Findings.Count(f => f.Severity == Severity.Error));
            Assert.Equal(0, row.Errors);
        }
    }

    [DbFact]
    public async Task The_five_seed_reports_are_matched_to_their_agencies_by_name()
    {
        var api = await _app.ApiAs("gkb");
        var agencies = new[]
        {
            ("000", "逢源街道办事处", AgencyKind.Township), ("001", "荔湾区政务服务数据管理局", AgencyKind.Department),
            ("002", "荔湾区花地街", AgencyKind.Township), ("003", "番禺区人民政府", AgencyKind.Government), ("004", "从化区人民政府", AgencyKind.Government),
        };
        var ids = new Dictionary<string, int>();
        foreach (var (seed, name, kind) in agencies) ids[seed] = await AddAgency(api, name, kind);
        var results = await Collect(api, [.. agencies.Select(a => (Path.GetFileName(SharedFiles.Seed(a.Item1)), File.ReadAllBytes(SharedFiles.Seed(a.Item1))))]);
        Assert.Equal(5, results.Count);
        foreach (var (seed, name, _) in agencies)
        {
            var r = results.Single(x => ((string)x!["file"]!).StartsWith(seed, StringComparison.Ordinal))!;
            Assert.True(Outcome(r) == "Stored", r.ToJsonString());
            Assert.Equal(ids[seed], (int)r["agencyId"]!);
            Assert.Equal(2020, (int)r["year"]!);
            var id = (long)r["reportId"]!;
            var read = Gongkai.Ingest.ReportReader.ReadFile(SharedFiles.Seed(seed)).Reports.Single();
            var stored = _app.With(db => db.FiledFindings.Where(f => f.FiledReportId == id).Select(f => f.Rule).ToList());
            Assert.Equal(read.Findings.Select(f => f.Rule).Order(), stored.Order());
        }
    }

    [DbFact]
    public async Task The_same_file_twice_is_one_report_and_the_second_time_says_it_is_already_there()
    {
        var api = await _app.ApiAs("gkb");
        var bytes = Bytes(Unit(1, Education), RenderFormat.Docx);
        var first = One(await Collect(api, ("a.docx", bytes)));
        var second = One(await Collect(api, ("copy.docx", bytes)));
        Assert.Equal("Stored", Outcome(first));
        Assert.Equal("AlreadyPresent", Outcome(second));
        Assert.Equal((long)first["reportId"]!, (long)second["reportId"]!);
        Assert.Equal(1, _app.With(db => db.FiledReports.Count()));
        Assert.Equal(1, _app.With(db => db.ReportFiles.Count()));
    }

    [DbFact]
    public async Task A_word_97_document_is_collected_as_doc_with_its_cells()
    {
        // A .doc made by LibreOffice from a real published page (tests/fixtures/doc/README.md), filed as the chosen unit.
        var api = await _app.ApiAs("gkb");
        var bytes = File.ReadAllBytes(Path.Combine(SharedFiles.RepoRoot, "tests", "fixtures", "doc", "page-2024_福建_莆田市审计局.doc"));
        var r = One(await Collect(api, 2, null, ("莆田市审计局2024年报.doc", bytes)));
        Assert.Equal("Stored", Outcome(r));
        var id = (long)r["reportId"]!;
        Assert.Equal("doc", _app.With(db => db.FiledReports.Single(f => f.Id == id).Format));
        var expected = Gongkai.Ingest.ReportReader.ReadBytes(bytes, "x.doc").Reports.Single();
        var stored = Gongkai.Core.Json.ReportJson.Parse(_app.With(db => db.FiledReports.Single(f => f.Id == id).Json));
        Assert.Equal(2024, stored.Year);
        Assert.Equal(expected.Applications["newReceived", "total"], stored.Applications["newReceived", "total"]);
        Assert.NotNull(stored.Applications["newReceived", "total"]);
    }

    [DbFact]
    public async Task Concurrent_uploads_of_the_same_bytes_store_one_report()
    {
        var bytes = Bytes(Unit(2, Education), RenderFormat.Text);
        var clients = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _app.ApiAs("gkb")));
        var results = await Task.WhenAll(clients.Select(c => Collect(c, ("same.txt", bytes))));
        var outcomes = results.Select(r => Outcome(r.Single()!)).ToList();
        Assert.Equal(1, outcomes.Count(o => o == "Stored"));
        Assert.Equal(3, outcomes.Count(o => o == "AlreadyPresent"));
        Assert.Equal(1, _app.With(db => db.FiledReports.Count()));
    }

    [DbFact]
    public async Task A_zip_stores_its_good_entries_and_names_the_bad_ones()
    {
        var api = await _app.ApiAs("gkb");
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, byte[] content) { using var s = zip.CreateEntry(name).Open(); s.Write(content); }
            Add("教育局/报告.pdf", Bytes(Unit(3, Education), RenderFormat.Pdf));
            Add("住建局.docx", Bytes(Unit(4, Housing), RenderFormat.Docx));
            Add("说明.txt", Encoding.UTF8.GetBytes("这是报送说明，不是年度报告。"));
            Add("../../etc/passwd", Encoding.UTF8.GetBytes("root:x:0:0"));
        }
        var results = await Collect(api, ("2020年报告.zip", ms.ToArray()));
        Assert.Equal(4, results.Count);
        JsonNode Entry(string name) => results.Single(r => (string?)r!["entry"] == name)!;
        Assert.Equal("Stored", Outcome(Entry("教育局/报告.pdf")));
        Assert.Equal(2, (int)Entry("教育局/报告.pdf")["agencyId"]!);
        Assert.Equal("Stored", Outcome(Entry("住建局.docx")));
        Assert.Equal(3, (int)Entry("住建局.docx")["agencyId"]!);
        var bad = Entry("说明.txt");
        Assert.Equal("Failed", Outcome(bad));
        Assert.Contains("2020年报告.zip › 说明.txt", (string)bad["message"]!);
        var slip = Entry("../../etc/passwd");
        Assert.Equal("Failed", Outcome(slip));
        Assert.Contains("“..”", (string)slip["message"]!);
        Assert.Equal(2, _app.With(db => db.FiledReports.Count()));
    }

    [DbFact]
    public async Task A_zip_over_its_bounds_is_refused_without_reading_past_them()
    {
        var api = await _app.ApiAs("gkb");
        static byte[] Zip(Action<ZipArchive> fill)
        {
            using var ms = new MemoryStream();
            using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true)) fill(zip);
            return ms.ToArray();
        }
        var many = Zip(z => { for (var i = 0; i < 21; i++) using (var s = z.CreateEntry($"{i}.txt").Open()) s.Write("x"u8); });
        var r = One(await Collect(api, ("many.zip", many)));
        Assert.Equal("Failed", Outcome(r));
        Assert.Contains("超过上限20个", (string)r["message"]!);
        // 6 MB of zeros compresses to a few KB: the bound is on what comes out.
        var bomb = Zip(z => { using var s = z.CreateEntry("zeros.txt").Open(); s.Write(new byte[6 * 1024 * 1024]); });
        var b = One(await Collect(api, ("bomb.zip", bomb)));
        Assert.Equal("Failed", Outcome(b));
        Assert.Contains("bomb.zip › zeros.txt", (string)b["message"]!);
        var nested = Zip(z => { using var s = z.CreateEntry("inner.zip").Open(); s.Write(many); });
        Assert.Contains("压缩包中的压缩包", (string)One(await Collect(api, ("nested.zip", nested)))["message"]!);
        Assert.Equal(0, _app.With(db => db.FiledReports.Count()));
    }

    [DbFact]
    public async Task A_report_of_an_unknown_agency_or_a_file_that_is_no_report_leaves_no_rows()
    {
        var api = await _app.ApiAs("gkb");
        var before = Counts();
        var results = await Collect(api,
            ("外区.txt", Bytes(Unit(5, "某某市某某区商务局"), RenderFormat.Text)),
            ("图片.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]));
        Assert.All(results, r => Assert.Equal("Failed", Outcome(r!)));
        Assert.Contains("外区.txt", (string)results[0]!["message"]!);
        Assert.Contains("某某市某某区商务局", (string)results[0]!["message"]!);
        Assert.Contains("图片.png", (string)results[1]!["message"]!);
        Assert.Equal(before, Counts());
    }

    [DbFact]
    public async Task A_save_that_fails_half_way_leaves_neither_the_report_nor_its_findings_nor_the_superseded_flag()
    {
        var api = await _app.ApiAs("gkb");
        var first = One(await Collect(api, ("a.txt", Bytes(Unit(6, Education), RenderFormat.Text))));
        var second = Bytes(Broken(Unit(7, Education)), RenderFormat.Text);
        // An orphan file row with the second report's hash: the report's own file insert violates the unique index.
        _app.With(db =>
        {
            db.ReportFiles.Add(new ReportFile { Sha256 = Gongkai.Web.Features.Oversight.FiledReports.Sha256Hex(second), FileName = "orphan", ContentType = "text/plain", Content = [1] });
            return db.SaveChanges();
        });
        var before = Counts();
        var r = One(await Collect(api, ("b.txt", second)));
        Assert.Equal("Failed", Outcome(r));
        Assert.Contains("b.txt", (string)r["message"]!);
        Assert.Equal(before, Counts());
        Assert.True(_app.With(db => db.FiledReports.Single(x => x.Id == (long)first["reportId"]!).IsCurrent));
    }

    [DbFact]
    public async Task A_collected_report_has_its_search_grams_on_PostgreSQL_and_none_are_stored_on_SQLite()
    {
        var api = await _app.ApiAs("gkb");
        var r = One(await Collect(api, ("a.txt", Bytes(Unit(5, Education), RenderFormat.Text))));
        Assert.Equal("Stored", Outcome(r));
        var id = (long)r["reportId"]!;
        if (!_postgres)
        {
            Assert.Null(_app.With(db => db.Model.FindEntityType(typeof(FiledReport))!.FindProperty(nameof(FiledReport.Grams))));
            return;
        }
        var row = _app.With(db => db.FiledReports.AsNoTracking().Where(x => x.Id == id).Select(x => new { x.SearchText, x.Grams }).Single());
        Assert.NotEmpty(row.Grams);
        Assert.Equal(SearchText.Codes(row.SearchText), row.Grams);
    }

    [DbFact]
    public async Task A_newer_filing_of_the_same_unit_and_year_supersedes_the_older()
    {
        var api = await _app.ApiAs("gkb");
        var a = One(await Collect(api, ("a.txt", Bytes(Unit(8, Education), RenderFormat.Text))));
        var b = One(await Collect(api, ("b.txt", Bytes(Unit(9, Education), RenderFormat.Text))));
        Assert.Contains("取代", (string)b["message"]!);
        var current = _app.With(db => db.FiledReports.Where(x => x.AgencyId == 2 && x.Year == 2020).ToDictionary(x => x.Id, x => x.IsCurrent));
        Assert.False(current[(long)a["reportId"]!]);
        Assert.True(current[(long)b["reportId"]!]);
    }

    [DbFact]
    public async Task Racing_filings_of_one_unit_and_year_leave_exactly_one_current_report()
    {
        var clients = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _app.ApiAs("gkb")));
        var results = await Task.WhenAll(clients.Select((c, i) => Collect(c, ($"v{i}.txt", Bytes(Unit(30 + i, Education), RenderFormat.Text)))));
        Assert.Contains(results, r => Outcome(r.Single()) == "Stored");
        Assert.Equal(1, _app.With(db => db.FiledReports.Count(x => x.AgencyId == 2 && x.Year == 2020 && x.IsCurrent)));
    }

    [DbFact]
    public async Task The_registry_tells_on_time_late_and_missing_by_the_deadlines_of_article_50()
    {
        var api = await _app.ApiAs("gkb");
        var street = await AddAgency(api, "示范区幸福街道办事处", AgencyKind.Township);
        // Education files on 20 January (on time), housing on 10 February (late); no publication date: the day received counts.
        _app.Time.Now = new DateTimeOffset(2021, 1, 20, 9, 0, 0, TimeSpan.Zero);
        await Collect(await _app.ApiAs("gkb"), ("edu.txt", Bytes(Unit(10, Education), RenderFormat.Text)));
        _app.Time.Now = new DateTimeOffset(2021, 2, 10, 9, 0, 0, TimeSpan.Zero);
        await Collect(await _app.ApiAs("gkb"), ("housing.txt", Bytes(Unit(11, Housing), RenderFormat.Text)));
        _app.Time.Now = new DateTimeOffset(2021, 2, 15, 9, 0, 0, TimeSpan.Zero);

        // A bearer token lasts an hour of the (moved) clock: sign in afresh each time.
        async Task<Dictionary<int, string>> Statuses() =>
            (await (await _app.ApiAs("gkb")).GetFromJsonAsync<JsonArray>("/api/oversight/registry/2020"))!.ToDictionary(u => (int)u!["agencyId"]!, u => (string)u!["status"]!);
        var s = await Statuses();
        Assert.Equal("OnTime", s[2]);
        Assert.Equal("Late", s[3]);
        Assert.Equal("Overdue", s[street]);  // a street's deadline was 31 January
        Assert.Equal("Missing", s[1]);       // the government's is 31 March
        _app.Time.Now = new DateTimeOffset(2021, 3, 31, 20, 0, 0, TimeSpan.Zero);
        Assert.Equal("Missing", (await Statuses())[1]);
        _app.Time.Now = new DateTimeOffset(2021, 4, 1, 9, 0, 0, TimeSpan.Zero);
        Assert.Equal("Overdue", (await Statuses())[1]);
        // The government's own report on 1 April is late; a publication date in the report, when it has one, is what counts.
        var own = One(await Collect(await _app.ApiAs("gkb"), ("own.txt", Bytes(Unit(12, "示范区人民政府办公室", published: new DateOnly(2021, 3, 30)), RenderFormat.Text))));
        Assert.Equal("Stored", Outcome(own));
        Assert.Equal("OnTime", (await Statuses())[1]);
    }

    [DbFact]
    public async Task Findings_of_the_current_reports_filter_by_rule_and_severity()
    {
        var api = await _app.ApiAs("gkb");
        await Collect(api, ("edu.txt", Bytes(Broken(Unit(13, Education)), RenderFormat.Text)), ("housing.txt", Bytes(Unit(14, Housing), RenderFormat.Text)));
        var all = (await api.GetFromJsonAsync<JsonObject>("/api/oversight/findings/2020"))!;
        var errors = (await api.GetFromJsonAsync<JsonObject>("/api/oversight/findings/2020?severity=Error"))!;
        var items = errors["items"]!.AsArray();
        Assert.NotEmpty(items);
        Assert.All(items, f => Assert.Equal("Error", (string)f!["severity"]!));
        Assert.All(items, f => Assert.Equal(2, (int)f!["agencyId"]!));
        var rule = (string)items[0]!["rule"]!;
        var byRule = (await api.GetFromJsonAsync<JsonObject>($"/api/oversight/findings/2020?rule={rule}"))!["items"]!.AsArray();
        Assert.NotEmpty(byRule);
        Assert.All(byRule, f => Assert.Equal(rule, (string)f!["rule"]!));
        Assert.Contains(rule, all["rules"]!.AsArray().Select(x => (string)x!));
        var page = (await api.GetFromJsonAsync<JsonObject>("/api/oversight/findings/2020?pageSize=1&page=1"))!;
        Assert.Single(page["items"]!.AsArray());
        Assert.Equal((int)all["total"]!, (int)page["total"]!);
    }

    [DbFact]
    public async Task Cross_year_findings_compare_a_unit_with_its_previous_years_report()
    {
        var api = await _app.ApiAs("gkb");
        var last = Unit(15, Education, 2020);
        var now = Unit(16, Education, 2021);
        await Collect(api, ("2020.txt", Bytes(last, RenderFormat.Text)), ("2021.txt", Bytes(now, RenderFormat.Text)));
        var forward = last.Applications["carriedForward", "total"];
        var over = now.Applications["carriedOver", "total"];
        var findings = (await api.GetFromJsonAsync<JsonObject>("/api/oversight/findings/2021?rule=crossyear.carried-over"))!["items"]!.AsArray();
        Assert.Equal(forward != over, findings.Any(f => ((string)f!["where"]!).EndsWith("total", StringComparison.Ordinal)));
        Assert.All(findings, f => Assert.True((bool)f!["crossYear"]!));
    }

    [DbFact]
    public async Task The_roll_up_is_the_cell_wise_sum_of_the_units_and_its_documents_open()
    {
        var api = await _app.ApiAs("gkb");
        var edu = Unit(17, Education);
        var housing = Unit(18, Housing);
        await Collect(api, ("edu.txt", Bytes(edu, RenderFormat.Text)), ("housing.txt", Bytes(housing, RenderFormat.Text)));
        var json = (await api.GetFromJsonAsync<JsonObject>("/api/oversight/rollup/2020"))!;
        var cells = json["cells"]!.AsArray().Select(c => c is null ? (decimal?)null : (decimal)c).ToList();
        var expected = edu.Sections.SelectMany(s => s.Cells).Zip(housing.Sections.SelectMany(s => s.Cells), (a, b) => a + b).ToList();
        Assert.Equal(expected, cells);
        Assert.Equal(2, json["units"]!.AsArray().Count);

        var docx = await api.GetAsync("/api/oversight/rollup/2020/document?format=docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
            Assert.Contains("示范区人民政府办公室", word.MainDocumentPart!.Document.Body!.InnerText);
        var pdf = await api.GetByteArrayAsync("/api/oversight/rollup/2020/document?format=pdf");
        using (var doc = PdfDocument.Open(pdf))
            Assert.Contains("政府信息公开", string.Concat(doc.GetPages().Select(p => p.Text)));
        var xlsx = await api.GetByteArrayAsync("/api/oversight/rollup/2020/document?format=xlsx");
        using (var sheet = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(xlsx), false))
            Assert.NotNull(sheet.WorkbookPart);
    }

    [DbFact]
    public async Task The_roll_up_of_an_agency_outside_the_supervisors_subtree_is_not_found_and_of_one_inside_sums_its_own_units()
    {
        var api = await _app.ApiAs("gkb");
        var edu = Unit(19, Education);
        await Collect(api, ("edu.txt", Bytes(edu, RenderFormat.Text)));
        var elsewhere = FiledSeed.Agency(_app, "另一区人民政府办公室", null);
        var below = FiledSeed.Agency(_app, "示范区教育局直属单位", 2);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/oversight/rollup/2020?agencyId={elsewhere}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/oversight/rollup/2020/document?format=csv&agencyId={elsewhere}")).StatusCode);
        // The education bureau's roll-up holds what lies below it (nothing filed yet), not its own report.
        var json = (await api.GetFromJsonAsync<JsonObject>("/api/oversight/rollup/2020?agencyId=2"))!;
        Assert.Equal(0, (int)json["unitCount"]!);
        Assert.Equal([below], json["missing"]!.AsArray().Select(m => (int)m!["agencyId"]!).ToArray());
        var district = (await api.GetFromJsonAsync<JsonObject>("/api/oversight/rollup/2020"))!;
        Assert.Equal(1, (int)district["unitCount"]!);
        Assert.Equal((int)district["missingCount"]!, district["missing"]!.AsArray().Count);
        Assert.Contains(district["missing"]!.AsArray(), m => (int)m!["agencyId"]! == below);
    }

    [DbFact]
    public async Task An_office_head_submits_the_desk_report_and_the_supervisor_receives_it_as_a_desk_filing()
    {
        var head = await _app.ApiAs("edu-head");
        var r = await head.PostAsync("/api/reports/2020/submit", null);
        Assert.True(r.IsSuccessStatusCode, await r.Content.ReadAsStringAsync());
        var row = _app.With(db => db.FiledReports.Include(x => x.File).Single());
        Assert.Equal(FilingSource.Desk, row.Source);
        Assert.Equal(2, row.AgencyId);
        Assert.Equal(2020, row.Year);
        Assert.Equal("edu-head", row.ReceivedBy);
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(row.File!.Content), false))
            Assert.Contains("示范区教育局", word.MainDocumentPart!.Document.Body!.InnerText);
        var gkb = await _app.ApiAs("gkb");
        var registry = (await gkb.GetFromJsonAsync<JsonArray>("/api/oversight/registry/2020"))!;
        Assert.Equal("Late", (string)registry.Single(u => (int)u!["agencyId"]! == 2)!["status"]!);
        var clerk = await _app.ApiAs("edu-clerk");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsync("/api/reports/2020/submit", null)).StatusCode);
    }

    [DbFact]
    public async Task Folder_import_reads_files_under_the_import_root_and_refuses_paths_outside_it()
    {
        var dir = Directory.CreateDirectory(Path.Combine(_importRoot, "2020"));
        File.WriteAllBytes(Path.Combine(dir.FullName, "edu.pdf"), Bytes(Unit(19, Education), RenderFormat.Pdf));
        File.WriteAllText(Path.Combine(dir.FullName, "readme.txt"), "不是报告");
        var admin = await _app.ApiAs("admin");
        var r = await admin.PostAsJsonAsync("/api/oversight/import-folder", new { path = "2020" });
        var results = JsonNode.Parse(await r.Content.ReadAsStringAsync())!.AsArray();
        Assert.Equal("Stored", Outcome(results.Single(x => (string)x!["file"]! == "2020/edu.pdf")!));
        Assert.Equal("Failed", Outcome(results.Single(x => (string)x!["file"]! == "2020/readme.txt")!));
        Assert.Equal(FilingSource.Folder, _app.With(db => db.FiledReports.Single().Source));
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostAsJsonAsync("/api/oversight/import-folder", new { path = "../" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostAsJsonAsync("/api/oversight/import-folder", new { path = "/etc" })).StatusCode);
        var gkb = await _app.ApiAs("gkb");
        Assert.Equal(HttpStatusCode.Forbidden, (await gkb.PostAsJsonAsync("/api/oversight/import-folder", new { path = "2020" })).StatusCode);
    }

    [DbFact]
    public async Task A_supervisor_sees_only_its_own_subtree()
    {
        var admin = await _app.ApiAs("admin");
        var other = _app.With(db =>
        {
            var a = new Agency { Name = "另一区人民政府办公室", Kind = AgencyKind.Government };
            db.Agencies.Add(a);
            db.SaveChanges();
            return a.Id;
        });
        var stored = One(await Collect(admin, other, null, ("other.txt", Bytes(Unit(20, "另一区人民政府办公室"), RenderFormat.Text))));
        Assert.Equal("Stored", Outcome(stored));
        var gkb = await _app.ApiAs("gkb");
        Assert.Equal(HttpStatusCode.NotFound, (await gkb.GetAsync($"/api/oversight/reports/{(long)stored["reportId"]!}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await gkb.GetAsync($"/api/oversight/reports/{(long)stored["reportId"]!}/file")).StatusCode);
        var agencies = (await gkb.GetFromJsonAsync<JsonArray>("/api/oversight/agencies"))!.Select(a => (int)a!["id"]!).ToList();
        Assert.DoesNotContain(other, agencies);
        Assert.Equal([1, 2, 3], agencies.Order());
        // Nor can it file for, or add under, an agency outside.
        var r = await gkb.PostAsJsonAsync("/api/oversight/agencies", new { name = "某局", parentId = other, kind = "Department" });
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
    }

    [DbFact]
    public async Task The_collect_page_uploads_files_and_lists_each_result()
    {
        var api = await _app.ApiAs("gkb");
        var form = await api.GetStringAsync("/Oversight/Collect");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(token);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Bytes(Unit(40, Education), RenderFormat.Docx)), "files", "教育局.docx" },
            { new ByteArrayContent("不是报告"u8.ToArray()), "files", "说明.txt" },
        };
        var r = await api.PostAsync("/Oversight/Collect?handler=Upload", content);
        var page = WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync());
        Assert.True(r.StatusCode == HttpStatusCode.OK, page);
        Assert.Contains("已存入 1 · 已存在 0 · 失败 1", page);
        Assert.Contains("已存入：示范区教育局2020年度报告", page);
        Assert.Contains("“说明.txt”", page);
        Assert.Equal(2, _app.With(db => db.FiledReports.Single().AgencyId));
    }

    [DbFact]
    public async Task The_report_page_shows_tables_findings_and_the_original_file()
    {
        var api = await _app.ApiAs("gkb");
        var bytes = Bytes(Broken(Unit(21, Education)), RenderFormat.Pdf);
        var id = (long)One(await Collect(api, ("edu.pdf", bytes)))["reportId"]!;
        Assert.Equal(bytes, await api.GetByteArrayAsync($"/api/oversight/reports/{id}/file"));
        var json = (await api.GetFromJsonAsync<JsonObject>($"/api/oversight/reports/{id}"))!;
        var error = json["findings"]!.AsArray().First(f => (string)f!["severity"]! == "Error" && f["expected"] is not null)!;
        var page = WebUtility.HtmlDecode(await api.GetStringAsync($"/Oversight/Report/{id}"));
        // The rule and the place by their Chinese names; the ids stay in the JSON for machines.
        Assert.Contains(Gongkai.Core.Labels.Chinese.Rule((string)error["rule"]!), page);
        Assert.Contains(Gongkai.Core.Labels.Chinese.Place((string)error["where"]!), page);
        Assert.DoesNotContain(">" + (string)error["rule"]! + "<", page);
        Assert.Contains("一、本年新收政府信息公开申请数量", page); // the official table, rendered
        Assert.Contains($"/api/oversight/reports/{id}/file", page);
    }
}
