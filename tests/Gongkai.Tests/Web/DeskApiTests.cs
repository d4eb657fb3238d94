using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Web;

/// <summary>The desk's API tests on SQLite, the default database.</summary>
public sealed class DeskApiOnSqlite() : DeskApiTests(postgres: null);

/// <summary>The same tests on PostgreSQL (GONGKAI_TEST_POSTGRES; a fresh database per test, dropped afterwards).</summary>
public sealed class DeskApiOnPostgres() : DeskApiTests(TestPostgres.ConnectionString), IOnPostgres;

/// <summary>The applications desk through its REST API, with the clock stopped on a known day; run once per database.</summary>
public abstract class DeskApiTests(string? postgres) : IDisposable
{
    // 2020-09-28 is the Monday before the National Day / Mid-Autumn week (1–8 October, 27 Sep and 10 Oct worked).
    private readonly GongkaiFactory _app = new(new DateOnly(2020, 9, 28), postgres: postgres);

    public void Dispose()
    {
        _app.Dispose();
        GC.SuppressFinalize(this);
    }

    private static object NewCase(string channel = "InPerson", string submitted = "2020-09-28", string? confirmed = null) => new
    {
        channel, submitted, confirmed, applicantKind = "NaturalPerson", applicantName = "张三", idNumber = "110101199001011234",
        phone = "13800138000", address = "示范市示范区幸福路1号", email = (string?)null,
        informationRequested = "2019年度示范路改造工程的招标文件", preferredForm = "电子邮件", handlerId = (string?)null,
    };

    private static async Task<JsonNode> Json(HttpResponseMessage r)
    {
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.IsSuccessStatusCode, $"{(int)r.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    [DbFact]
    public async Task Registering_in_person_on_the_Monday_before_National_Day_gives_the_due_date_of_the_official_calendar()
    {
        var api = await _app.ApiAs("clerk");
        var c = await Json(await api.PostAsJsonAsync("/api/applications", NewCase()));
        Assert.Equal("2020-0001", (string?)c["number"]);
        Assert.Equal("2020-09-28", (string?)c["receivedOn"]);
        Assert.Equal("2020-11-02", (string?)c["clock"]!["due"]);
        var explanation = string.Join("\n", c["clock"]!["explanation"]!.AsArray().Select(x => (string?)x));
        Assert.Contains("国庆节、中秋节放假", explanation);
        Assert.Contains("10月10日调休上班计入", explanation);
        Assert.False((bool)c["personalDataMasked"]!);
    }

    [DbFact]
    public async Task A_letter_not_yet_signed_for_has_no_clock_until_receipt_is_recorded()
    {
        var api = await _app.ApiAs("clerk");
        var c = await Json(await api.PostAsJsonAsync("/api/applications", NewCase("RegisteredPost", "2020-09-25")));
        Assert.Null((string?)c["receivedOn"]);
        Assert.Equal("待确认收到", (string?)c["clock"]!["state"]);
        var id = (int)c["id"]!;
        var received = await Json(await api.PostAsJsonAsync($"/api/applications/{id}/receipt", new { version = (int)c["version"]!, date = "2020-09-28" }));
        Assert.Equal("2020-09-28", (string?)received["receivedOn"]);
        Assert.Equal("2020-11-02", (string?)received["clock"]!["due"]);
    }

    [DbFact]
    public async Task Correction_restarts_the_clock_and_extension_adds_twenty_working_days()
    {
        var api = await _app.ApiAs("clerk");
        var c = await Json(await api.PostAsJsonAsync("/api/applications", NewCase(submitted: "2020-09-21")));
        var id = (int)c["id"]!;
        c = await Json(await api.PostAsJsonAsync($"/api/applications/{id}/correction-request",
            new { version = (int)c["version"]!, date = "2020-09-22", what = "请写明文件名称", dueBy = "2020-10-20" }));
        Assert.Equal("待补正", (string?)c["clock"]!["state"]);
        Assert.Null((string?)c["clock"]!["due"]);
        c = await Json(await api.PostAsJsonAsync($"/api/applications/{id}/correction-received", new { version = (int)c["version"]!, date = "2020-09-28" }));
        Assert.Equal("2020-11-02", (string?)c["clock"]!["due"]);

        var head = await _app.ApiAs("head");
        var refused = await api.PostAsJsonAsync($"/api/applications/{id}/extension", new { version = (int)c["version"]!, date = "2020-10-30", reason = "需要调取档案" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        // Approved today: a step cannot be dated in the future.
        c = await Json(await head.PostAsJsonAsync($"/api/applications/{id}/extension", new { version = (int)c["version"]!, date = "2020-09-28", reason = "需要调取档案" }));
        // 20 more working days after 2 November: 3 November … 30 November.
        Assert.Equal("2020-11-30", (string?)c["clock"]!["due"]);
        Assert.Equal("王主任", (string?)c["extensionApprovedBy"]);
    }

    [DbFact]
    public async Task Two_clerks_editing_the_same_case_the_second_is_refused_with_a_clear_message()
    {
        var api = await _app.ApiAs("clerk");
        var c = await Json(await api.PostAsJsonAsync("/api/applications", NewCase()));
        var id = (int)c["id"]!;
        var version = (int)c["version"]!;
        var first = await api.PostAsJsonAsync($"/api/applications/{id}/consultations", new { version, party = "某公司", from = "2020-09-28" });
        Assert.True(first.IsSuccessStatusCode);
        var second = await api.PostAsJsonAsync($"/api/applications/{id}/close", new { version, date = "2020-09-28", outcome = "granted", note = (string?)null });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = JsonNode.Parse(await second.Content.ReadAsStringAsync())!;
        Assert.Contains("已被他人修改", (string?)problem["detail"]);
    }

    [DbFact]
    public async Task Closing_with_an_outcome_not_in_the_years_catalogue_is_refused()
    {
        var api = await _app.ApiAs("clerk");
        var c = await Json(await api.PostAsJsonAsync("/api/applications", NewCase()));
        // other.noCorrection is a row of the 2021 format only; this case closes in 2020.
        var r = await api.PostAsJsonAsync($"/api/applications/{(int)c["id"]!}/close", new { version = (int)c["version"]!, date = "2020-09-28", outcome = "other.noCorrection", note = (string?)null });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("other.noCorrection", await r.Content.ReadAsStringAsync());
    }

    [DbFact]
    public async Task A_wrong_field_in_the_request_gets_a_problem_naming_the_field()
    {
        var api = await _app.ApiAs("clerk");
        var r = await api.PostAsJsonAsync("/api/applications", new { channel = "Pigeon" });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var problem = JsonNode.Parse(await r.Content.ReadAsStringAsync())!;
        Assert.Contains("$.channel", (string?)problem["detail"]);
        var unknown = await api.PostAsJsonAsync("/api/applications", new { channel = "InPerson", colour = "red" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [DbFact]
    public async Task The_annual_report_is_computed_from_the_cases_and_its_identity_holds()
    {
        var api = await _app.ApiAs("clerk");
        for (var i = 0; i < 3; i++) await Json(await api.PostAsJsonAsync("/api/applications", NewCase()));
        var c = await Json(await api.PostAsJsonAsync("/api/applications", NewCase()));
        await Json(await api.PostAsJsonAsync($"/api/applications/{(int)c["id"]!}/close", new { version = (int)c["version"]!, date = "2020-09-28", outcome = "withheld.stateSecret", note = "涉密" }));
        var report = (await Json(await api.GetAsync("/api/reports/2020")))["report"]!;
        var apps = report["applications"]!;
        Assert.Equal(4m, (decimal)apps["newReceived"]!["naturalPerson"]!);
        Assert.Equal(1m, (decimal)apps["withheld.stateSecret"]!["total"]!);
        Assert.Equal(1m, (decimal)apps["total"]!["total"]!);
        Assert.Equal(3m, (decimal)apps["carriedForward"]!["total"]!);
        var findings = report["findings"]?.AsArray().Select(f => (string?)f!["rule"]).ToList() ?? [];
        Assert.DoesNotContain("identity.balance", findings);
    }

    [DbFact]
    public async Task The_audit_log_records_every_change_without_personal_data_and_refuses_rewrites()
    {
        var api = await _app.ApiAs("clerk");
        var c = await Json(await api.PostAsJsonAsync("/api/applications", NewCase()));
        var id = (int)c["id"]!;
        await Json(await api.PostAsJsonAsync($"/api/applications/{id}/close", new { version = (int)c["version"]!, date = "2020-09-28", outcome = "granted", note = (string?)null }));
        var audit = (await Json(await api.GetAsync($"/api/applications/{id}/audit"))).AsArray();
        // The registration, the close, and the decision notice the close numbered.
        Assert.Equal(["Case.Added", "Case.Modified", "CaseNotice.Added"], audit.Select(a => (string?)a!["action"]).Order(StringComparer.Ordinal));
        Assert.Equal("Case.Added", (string?)audit[0]!["action"]);
        Assert.All(audit, a => Assert.Equal("clerk", (string?)a!["userName"]));
        Assert.Contains(audit, a => ((string?)a!["detail"])!.Contains("OutcomeRow: ∅ → granted"));
        var all = JsonSerializer.Serialize(audit);
        Assert.DoesNotContain("110101199001011234", all);
        Assert.DoesNotContain("13800138000", all);

        var refused = _app.With(db =>
        {
            try
            {
                Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRaw(db.Database, "UPDATE \"Audit\" SET \"Detail\" = 'x'");
                return null;
            }
            catch (Exception e) { return e.Message; }
        });
        Assert.NotNull(refused);
        Assert.Contains("append-only", refused);
    }

    [DbFact]
    public async Task Twenty_clerks_registering_at_once_get_twenty_distinct_running_numbers()
    {
        var api = await _app.ApiAs("clerk");
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => api.PostAsJsonAsync("/api/applications", NewCase())));
        var numbers = new List<string>();
        foreach (var r in responses) numbers.Add((string)(await Json(r))["number"]!);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"2020-{i:0000}"), numbers.Order(StringComparer.Ordinal));
        // A registration that lost the race for a number left neither a case nor an audit line behind.
        Assert.Equal(20, _app.With(db => db.Cases.Count()));
        Assert.Equal(20, _app.With(db => db.Audit.Count(a => a.Action == "Case.Added")));
    }

    [DbFact]
    public async Task Ten_concurrent_edits_of_the_same_version_one_wins_the_others_are_told_of_the_conflict()
    {
        var api = await _app.ApiAs("clerk");
        var c = await Json(await api.PostAsJsonAsync("/api/applications", NewCase()));
        var id = (int)c["id"]!;
        var version = (int)c["version"]!;
        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            api.PostAsJsonAsync($"/api/applications/{id}/consultations", new { version, party = $"第三方{i}", from = "2020-09-28" })));
        Assert.Single(responses, r => r.IsSuccessStatusCode);
        Assert.All(responses.Where(r => !r.IsSuccessStatusCode), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var now = await Json(await api.GetAsync($"/api/applications/{id}"));
        Assert.Equal(version + 1, (int)now["version"]!);
        Assert.Single(now["consultations"]!.AsArray());
    }

    [DbFact]
    public async Task The_version_token_refuses_a_stale_write_in_the_database_itself()
    {
        var api = await _app.ApiAs("clerk");
        var id = (int)(await Json(await api.PostAsJsonAsync("/api/applications", NewCase())))["id"]!;
        using var one = _app.Services.CreateScope();
        using var two = _app.Services.CreateScope();
        var first = one.ServiceProvider.GetRequiredService<GongkaiDb>();
        var second = two.ServiceProvider.GetRequiredService<GongkaiDb>();
        var a = await first.Cases.SingleAsync(x => x.Id == id);
        var b = await second.Cases.SingleAsync(x => x.Id == id);
        a.PreferredForm = "纸质";
        await first.SaveChangesAsync();
        b.PreferredForm = "光盘";
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        Assert.Equal("纸质", _app.With(db => db.Cases.Single(x => x.Id == id).PreferredForm));
        Assert.Equal(1, _app.With(db => db.Audit.Count(x => x.CaseId == id && x.Action == "Case.Modified")));
    }

    [DbFact]
    public async Task The_list_of_applications_is_paged_with_the_count_of_all_not_cut_at_a_thousand()
    {
        var api = await _app.ApiAs("clerk");
        var first = await Json(await api.PostAsJsonAsync("/api/applications", NewCase()));
        var id = (int)first["id"]!;
        const int count = DeskApi.ListPageSize + 1;
        _app.With(db =>
        {
            var source = db.Cases.AsNoTracking().Single(c => c.Id == id);
            var values = db.Entry(source).CurrentValues;
            for (var n = 2; n <= count; n++)
            {
                var copy = (Case)values.Clone().ToObject();
                copy.Id = 0;
                copy.Number = $"{source.Number}-{n:D4}";
                db.Cases.Add(copy);
            }
            return db.SaveChanges();
        });
        var r = await api.GetAsync("/api/applications");
        var page1 = (await Json(r)).AsArray();
        Assert.Equal(count.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal("2", r.Headers.GetValues("X-Page-Count").Single());
        Assert.Equal(DeskApi.ListPageSize, page1.Count);
        var page2 = (await Json(await api.GetAsync("/api/applications?page=2"))).AsArray();
        // The first registered is the oldest: alone on the second page, and no case twice.
        Assert.Equal([id], page2.Select(c => (int)c!["id"]!));
        Assert.Equal(count, page1.Concat(page2).Select(c => (int)c!["id"]!).Distinct().Count());
        Assert.Empty((await Json(await api.GetAsync("/api/applications?page=3"))).AsArray());
        Assert.Empty((await Json(await api.GetAsync($"/api/applications?page={int.MaxValue}"))).AsArray());
    }

    [DbFact]
    public async Task Dates_are_stored_as_dates_and_filtered_by_year()
    {
        var api = await _app.ApiAs("clerk");
        await Json(await api.PostAsJsonAsync("/api/applications", NewCase("RegisteredPost", "2019-12-31", "2020-01-02")));
        await Json(await api.PostAsJsonAsync("/api/applications", NewCase(submitted: "2020-01-01")));
        var of2019 = (await Json(await api.GetAsync("/api/applications?year=2019"))).AsArray();
        Assert.Equal(["2019-0001"], of2019.Select(x => (string?)x!["number"]));
        Assert.Equal("2020-01-02", (string?)of2019[0]!["receivedOn"]);
        var of2020 = (await Json(await api.GetAsync("/api/applications?year=2020&open=true"))).AsArray();
        Assert.Equal(["2020-0001"], of2020.Select(x => (string?)x!["number"]));
        Assert.Equal(new DateOnly(2019, 12, 31), _app.With(db => db.Cases.Where(c => c.Number == "2019-0001").Select(c => c.Submitted).Single()));
    }

    // The read views are cached (ReadCache, DeskOutputCache): these check that no cached copy outlives a write,
    // leaks across users, or survives midnight.

    [DbFact]
    public async Task Every_read_view_shows_a_write_made_after_it_was_cached()
    {
        var api = await _app.ApiAs("clerk");
        var c = await Json(await api.PostAsJsonAsync("/api/applications", NewCase()));
        var id = (int)c["id"]!;
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal("办理中", (string?)(await Json(await api.GetAsync($"/api/applications/{id}")))["clock"]!["state"]);
            Assert.Single((await Json(await api.GetAsync("/api/applications?open=true"))).AsArray());
            Assert.Equal(1, (int)(await Json(await api.GetAsync("/api/desk")))["openCount"]!);
            Assert.Equal(1m, (decimal)(await Json(await api.GetAsync("/api/reports/2020")))["report"]!["applications"]!["newReceived"]!["total"]!);
        }

        // A second clerk's edit (its own transaction) and a registration (number lock, then commit).
        var head = await _app.ApiAs("head");
        await Json(await head.PostAsJsonAsync($"/api/applications/{id}/correction-request",
            new { version = (int)c["version"]!, date = "2020-09-28", what = "请写明文件名称", dueBy = "2020-10-20" }));
        await Json(await api.PostAsJsonAsync("/api/applications", NewCase()));

        Assert.Equal("待补正", (string?)(await Json(await api.GetAsync($"/api/applications/{id}")))["clock"]!["state"]);
        Assert.Equal(2, (await Json(await api.GetAsync("/api/applications?open=true"))).AsArray().Count);
        Assert.Equal(2, (int)(await Json(await api.GetAsync("/api/desk")))["openCount"]!);
        Assert.Equal(2m, (decimal)(await Json(await api.GetAsync("/api/reports/2020")))["report"]!["applications"]!["newReceived"]!["total"]!);
    }

    [DbFact]
    public async Task A_cached_case_keeps_personal_data_masked_for_a_clerk_who_does_not_handle_it()
    {
        var clerk = await _app.ApiAs("clerk");
        var other = await _app.ApiAs("clerk2");
        var id = (int)(await Json(await clerk.PostAsJsonAsync("/api/applications", NewCase())))["id"]!;
        for (var i = 0; i < 2; i++)
        {
            var own = await Json(await clerk.GetAsync($"/api/applications/{id}"));
            Assert.Equal("张三", (string?)own["applicantName"]);
            var masked = await Json(await other.GetAsync($"/api/applications/{id}"));
            Assert.True((bool)masked["personalDataMasked"]!);
            Assert.DoesNotContain("张三", masked.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            Assert.DoesNotContain("13800138000", masked.ToJsonString());
        }
        var edu = await _app.ApiAs("edu-clerk");
        Assert.Equal(HttpStatusCode.NotFound, (await edu.GetAsync($"/api/applications/{id}")).StatusCode);
    }

    [DbFact]
    public async Task A_new_day_counts_down_the_working_days_of_a_cached_case()
    {
        var api = await _app.ApiAs("clerk");
        var id = (int)(await Json(await api.PostAsJsonAsync("/api/applications", NewCase())))["id"]!;
        var monday = (int)(await Json(await api.GetAsync($"/api/applications/{id}")))["clock"]!["workingDaysLeft"]!;
        Assert.Equal(monday, (int)(await Json(await api.GetAsync($"/api/applications/{id}")))["clock"]!["workingDaysLeft"]!);
        _app.Time.Now = _app.Time.Now.AddDays(1);
        api = await _app.ApiAs("clerk"); // yesterday's token has expired; the cached view is per user, not per token
        Assert.Equal(monday - 1, (int)(await Json(await api.GetAsync($"/api/applications/{id}")))["clock"]!["workingDaysLeft"]!);
    }
}
