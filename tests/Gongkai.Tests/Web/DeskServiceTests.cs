using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Gongkai.Core.Calendar;
using Gongkai.Core.Desk;
using Gongkai.Web.Features.Admin;
using Gongkai.Web.Features.Cases;
using Gongkai.Web.Infrastructure.Caching;

namespace Gongkai.Tests.Web;

public sealed class MaskingTests
{
    [Fact]
    public void Personal_data_masks_keep_only_what_tells_cases_apart()
    {
        Assert.Equal("张**", Gongkai.Core.Desk.PersonalData.Name("张三丰"));
        Assert.Equal("*", Gongkai.Core.Desk.PersonalData.Name("张"));
        Assert.Equal("1101**********1234", Gongkai.Core.Desk.PersonalData.Id("110101199001011234"));
        Assert.Equal("138****8000", Gongkai.Core.Desk.PersonalData.Phone("13800138000"));
        Assert.Equal("示范市示范区******", Gongkai.Core.Desk.PersonalData.Address("示范市示范区幸福路1号"));
        Assert.Equal("a***@example.cn", Gongkai.Core.Desk.PersonalData.Email("alice@example.cn"));
    }
}

/// <summary>The administrator adds next year's holidays; the desk then counts in that year.</summary>
public sealed class CalendarAdminTests : IDisposable
{
    private readonly GongkaiFactory _app = new(new DateOnly(2026, 12, 14));

    public void Dispose() => _app.Dispose();

    private static string With2027(string builtIn)
    {
        var doc = JsonNode.Parse(builtIn)!;
        doc["years"]!.AsArray().Add(JsonNode.Parse("""
            { "year": 2027,
              "sources": [ { "title": "国务院办公厅关于2027年部分节假日安排的通知（测试）", "number": "国办发明电〔2026〕99号", "date": "2026-11-10" } ],
              "holidays": [ { "name": "元旦", "from": "2027-01-01", "to": "2027-01-03" } ] }
            """));
        return doc.ToJsonString();
    }

    [Fact]
    public async Task A_saved_calendar_year_is_used_for_due_dates_that_reach_into_it()
    {
        var admin = await _app.ApiAs("admin");
        var builtIn = await admin.GetStringAsync("/api/admin/calendar");
        var clerk = await _app.ApiAs("clerk");
        var before = JsonNode.Parse(await (await clerk.PostAsJsonAsync("/api/applications", new
        {
            channel = "InPerson", submitted = "2026-12-14", applicantKind = "NaturalPerson", applicantName = "甲", informationRequested = "某文件",
        })).Content.ReadAsStringAsync())!;
        // Without 2027's holidays the desk counts Monday to Friday and says the date is provisional: 1 January counts.
        Assert.Equal("2027-01-11", (string?)before["clock"]!["due"]);
        Assert.True((bool)before["clock"]!["provisional"]!);
        Assert.Contains("暂按周一至周五为工作日计算", string.Join("", before["clock"]!["explanation"]!.AsArray().Select(x => (string?)x)));
        Assert.Contains("2027年的节假日安排尚未录入", (string?)JsonNode.Parse(await clerk.GetStringAsync("/api/desk"))!["banner"]);

        var saved = await admin.PutAsJsonAsync("/api/admin/calendar", new { json = With2027(builtIn) });
        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        var after = JsonNode.Parse(await clerk.GetStringAsync($"/api/applications/{(int)before["id"]!}"))!;
        // From 14 Dec 2026: 15–31 Dec is 13 working days, then 1–3 Jan off, 4–12 Jan 7 more; no longer provisional.
        Assert.Equal("2027-01-12", (string?)after["clock"]!["due"]);
        Assert.False((bool)after["clock"]!["provisional"]!);
    }

    [Fact]
    public async Task A_wrong_calendar_is_refused_with_every_problem_and_its_place()
    {
        var admin = await _app.ApiAs("admin");
        var builtIn = await admin.GetStringAsync("/api/admin/calendar");
        var bad = With2027(builtIn).Replace("\"2027-01-03\"", "\"2027-13-03\"");
        var r = await admin.PutAsJsonAsync("/api/admin/calendar", new { json = bad });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var body = await r.Content.ReadAsStringAsync();
        Assert.Contains("2027-13-03", body);
        Assert.Contains("$.years[8]", body);
        Assert.Equal(builtIn, await admin.GetStringAsync("/api/admin/calendar"));
    }
}

public sealed class ReminderTests : IDisposable
{
    private readonly GongkaiFactory _app = new(new DateOnly(2020, 10, 29));

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_daily_digest_lists_overdue_and_due_soon_cases_once_a_day()
    {
        var clerk = await _app.ApiAs("clerk");
        foreach (var day in new[] { "2020-09-01", "2020-09-28", "2020-10-28" })
        {
            var r = await clerk.PostAsJsonAsync("/api/applications", new
            {
                channel = "InPerson", submitted = day, applicantKind = "NaturalPerson", applicantName = "甲", informationRequested = "某文件",
            });
            Assert.True(r.IsSuccessStatusCode, await r.Content.ReadAsStringAsync());
        }
        var desk = JsonNode.Parse(await clerk.GetStringAsync("/api/desk"))!;
        Assert.Equal(["2020-0001"], desk["overdue"]!.AsArray().Select(x => (string?)x!["number"]));
        Assert.Equal(["2020-0002"], desk["dueSoon"]!.AsArray().Select(x => (string?)x!["number"]));
        Assert.Equal(3, (int)desk["openCount"]!);

        var written = _app.With(db => new Reminders(db, (CalendarProvider)_app.Services.GetService(typeof(CalendarProvider))!, (ReadCache)_app.Services.GetService(typeof(ReadCache))!)
            .WriteDigestsAsync(_app.Today).GetAwaiter().GetResult());
        Assert.Equal(1, written);
        var again = _app.With(db => new Reminders(db, (CalendarProvider)_app.Services.GetService(typeof(CalendarProvider))!, (ReadCache)_app.Services.GetService(typeof(ReadCache))!)
            .WriteDigestsAsync(_app.Today).GetAwaiter().GetResult());
        Assert.Equal(0, again);
        var digest = _app.With(db => db.Digests.Single(d => d.Day == _app.Today));
        Assert.Equal(1, digest.Overdue);
        Assert.Equal(1, digest.DueSoon);
        Assert.Contains("2020-0001：答复期限2020年9月28日，已超期18个工作日", digest.Text);
        Assert.Contains("2020-0002：答复期限2020年11月2日，还剩2个工作日", digest.Text);
    }
}
