using Gongkai.Core.Desk;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Gongkai.Core.Calendar;
using Gongkai.Web.Data;
using Gongkai.Web.Desk;

namespace Gongkai.Tests.Web;

public sealed class CaseClockTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.BuiltIn;

    private static Case Received(string day) => new()
    {
        Number = "2024-0001", ApplicantName = "甲", InformationRequested = "某文件", ReceivedOn = DateOnly.Parse(day), Submitted = DateOnly.Parse(day),
    };

    [Fact]
    public void Received_before_Spring_Festival_the_holiday_week_is_not_counted()
    {
        // 2024: Spring Festival off 10–17 February, 4 and 18 February worked.
        var r = CaseClock.Read(Received("2024-02-01"), Calendar, new DateOnly(2024, 2, 1));
        // 2 Feb, the 4th, 5–9 Feb, the 18th, 19–23 Feb, 26–29 Feb, 1 and 4 March: the 20th working day is 5 March.
        Assert.Equal(new DateOnly(2024, 3, 5), r.Due);
        Assert.Contains(r.Explanation, l => l.Contains("春节放假2月10日至17日不计") && l.Contains("2月4日、2月18日调休上班计入"));
        Assert.Equal(CaseState.Open, r.State);
    }

    [Fact]
    public void A_case_due_on_Friday_is_overdue_on_Saturday()
    {
        var friday = Enumerable.Range(0, 30).Select(i => Received(new DateOnly(2024, 3, 1).AddDays(i).ToString("yyyy-MM-dd")))
            .First(c => CaseClock.Read(c, Calendar, c.ReceivedOn!.Value).Due!.Value.DayOfWeek == DayOfWeek.Friday);
        var fridayDue = CaseClock.Read(friday, Calendar, friday.ReceivedOn!.Value).Due!.Value;
        Assert.False(CaseClock.Read(friday, Calendar, fridayDue).Overdue);
        var saturday = fridayDue.AddDays(1);
        Assert.Equal(DayOfWeek.Saturday, saturday.DayOfWeek);
        var late = CaseClock.Read(friday, Calendar, saturday);
        Assert.True(late.Overdue);
        Assert.Equal("已超期", late.StateLabel);
    }

    [Fact]
    public void Waiting_for_a_correction_stops_the_clock_and_its_arrival_restarts_it()
    {
        var c = Received("2025-12-22");
        c.CorrectionRequestedOn = new DateOnly(2025, 12, 24);
        c.CorrectionRequest = "请写明文号";
        c.CorrectionDueBy = new DateOnly(2026, 1, 9);
        var waiting = CaseClock.Read(c, Calendar, new DateOnly(2025, 12, 31));
        Assert.Equal(CaseState.AwaitingCorrection, waiting.State);
        Assert.Null(waiting.Due);
        c.CorrectionReceivedOn = new DateOnly(2026, 1, 5);
        var running = CaseClock.Read(c, Calendar, new DateOnly(2026, 1, 5));
        Assert.Equal(CaseState.Open, running.State);
        Assert.Equal(Calendar.AddWorkingDays(new DateOnly(2026, 1, 5), 20), running.Due);
        Assert.Contains(running.Explanation, l => l.Contains("收到补正后的申请"));
    }

    [Fact]
    public void An_open_consultation_pauses_the_clock_up_to_today()
    {
        var c = Received("2024-06-03");
        c.Consultations.Add(new Consultation { Party = "某公司", From = new DateOnly(2024, 6, 4) });
        var r = CaseClock.Read(c, Calendar, new DateOnly(2024, 6, 7));
        Assert.Equal(CaseState.Consulting, r.State);
        // 4–7 June are four working days not counted.
        var plain = CaseClock.Read(Received("2024-06-03"), Calendar, new DateOnly(2024, 6, 7)).Due!.Value;
        Assert.Equal(Calendar.AddWorkingDays(plain, 4), r.Due);
        Assert.Contains(r.Explanation, l => l.Contains("征求意见尚未结束"));
    }

    [Fact]
    public void A_date_past_the_calendar_says_so_instead_of_failing()
    {
        var r = CaseClock.Read(Received("2026-12-20"), Calendar, new DateOnly(2026, 12, 21));
        Assert.Null(r.Due);
        Assert.Contains(r.Explanation, l => l.Contains("无法计算答复期限"));
    }

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
        Assert.Null((string?)before["clock"]!["due"]);
        Assert.Contains("无法计算答复期限", string.Join("", before["clock"]!["explanation"]!.AsArray().Select(x => (string?)x)));

        var saved = await admin.PutAsJsonAsync("/api/admin/calendar", new { json = With2027(builtIn) });
        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        var after = JsonNode.Parse(await clerk.GetStringAsync($"/api/applications/{(int)before["id"]!}"))!;
        // From 14 Dec 2026: 15–31 Dec is 13 working days, then 1–3 Jan off, 4–12 Jan 7 more.
        Assert.Equal("2027-01-12", (string?)after["clock"]!["due"]);
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
