using Gongkai.Core.Calendar;

namespace Gongkai.Tests.Core.Calendar;

/// <summary>
/// Answer deadlines (Art. 30, 33 of the 2019 Regulation), each expected date counted by hand on the notice of its
/// year: the day of receipt not counted, day 1 the next working day.
/// </summary>
public class StatutoryClockTests
{
    private static readonly StatutoryClock Clock = new(WorkingCalendar.BuiltIn);

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");

    private static DateRange R(string range)
    {
        var parts = range.Split("..");
        return new DateRange(D(parts[0]), D(parts[1]));
    }

    [Theory]
    // cli.md's example: 9/29, 9/30, then 国庆节、中秋节 1–8 October off, 10/9 and Saturday 10/10 count: day 20 is Monday 2 November.
    [InlineData("2020-09-28", null, false, null, "2020-09-28", "2020-11-02")]
    // Extension: exactly 20 more working days, 3–30 November.
    [InlineData("2020-09-28", null, true, null, "2020-09-28", "2020-11-30")]
    // 2020 春节 extended to 2 February: 3 days before it, the rest from 3 February (without the extension: 21 February).
    [InlineData("2020-01-20", null, false, null, "2020-01-20", "2020-02-25")]
    // 2024 春节: Sundays 4 and 18 February worked, 10–17 February off.
    [InlineData("2024-02-01", null, false, null, "2024-02-01", "2024-03-05")]
    [InlineData("2024-02-08", null, false, null, "2024-02-08", "2024-03-13")]
    // Year ends: 2020's 元旦 and Sunday 19 January worked (day 20 falls on it).
    [InlineData("2019-12-20", null, false, null, "2019-12-20", "2020-01-19")]
    // 2026's 元旦 1–3 January, Sunday 4 January worked.
    [InlineData("2025-12-25", null, false, null, "2025-12-25", "2026-01-23")]
    // 元旦 2024 (Monday off) and 2025 (Wednesday only); 2025 extended over the new eight-day 春节.
    [InlineData("2023-12-29", null, false, null, "2023-12-29", "2024-01-29")]
    [InlineData("2024-12-25", null, false, null, "2024-12-25", "2025-01-23")]
    [InlineData("2024-12-25", null, true, null, "2024-12-25", "2025-02-26")]
    // 2025's extra days: 春节 from 除夕 (28 January), 劳动节 1–5 May, 国庆节、中秋节 1–8 October.
    [InlineData("2025-01-20", null, false, null, "2025-01-20", "2025-02-21")]
    [InlineData("2025-04-25", null, false, null, "2025-04-25", "2025-05-27")]
    [InlineData("2025-09-26", null, false, null, "2025-09-26", "2025-10-30")]
    // 补正 (Art. 30): the 20 days run from receipt of the corrected application.
    [InlineData("2020-09-28", "2020-10-12", false, null, "2020-10-12", "2020-11-09")]
    // A week's consultation in the middle: its five working days are not counted.
    [InlineData("2020-09-28", null, false, "2020-10-19..2020-10-23", "2020-09-28", "2020-11-09")]
    // A pause over the holiday: only its working days (9/30, 10/9, Saturday 10/10, 10/12) are skipped.
    [InlineData("2020-09-28", null, false, "2020-09-30..2020-10-12", "2020-09-28", "2020-11-06")]
    // All together: corrected, paused, extended.
    [InlineData("2020-09-28", "2020-10-12", true, "2020-10-19..2020-10-23", "2020-10-12", "2020-12-14")]
    public void Deadlines_counted_by_hand(string received, string? corrected, bool extended, string? paused, string countFrom, string due)
    {
        var d = Clock.Compute(new DeadlineRequest(D(received), corrected is null ? null : D(corrected), extended,
            paused is null ? null : [R(paused)]));
        Assert.Equal(D(received), d.Received);
        Assert.Equal(D(countFrom), d.CountFrom);
        Assert.Equal(D(due), d.Due);
        Assert.Equal(extended, d.Extended);
        Assert.Equal(extended ? 40 : 20, d.WorkingDays);
    }

    [Fact]
    public void The_cli_example_explains_each_step_in_Chinese()
    {
        var d = Clock.Compute(new DeadlineRequest(D("2020-09-28")));
        Assert.Equal<string>(
        [
            "收到申请：2020年9月28日（星期一）",
            "自次日起计算20个工作日（国庆节、中秋节放假10月1日至8日不计，10月10日调休上班计入）",
            "答复期限：2020年11月2日（星期一）",
        ], d.Explanation);
    }

    [Fact]
    public void An_extended_corrected_paused_deadline_explains_each_step()
    {
        var d = Clock.Compute(new DeadlineRequest(D("2024-12-25"), D("2024-12-27"), Extended: true, [R("2025-01-06..2025-01-10")]));
        Assert.Equal<string>(
        [
            "收到申请：2024年12月25日（星期三）",
            "收到补正后的申请：2024年12月27日（星期五），答复期限自此日起计算（第三十条）",
            // 12/30, 12/31, 1/2, 1/3; 1/6–1/10 paused; 1/13–1/24; Sunday 1/26, 1/27; 2/5–2/7; Saturday 2/8 is day 20.
            "自次日起计算20个工作日（元旦放假2025年1月1日不计，春节放假2025年1月28日至2月4日不计，2025年1月26日、2025年2月8日调休上班计入），至2025年2月8日（星期六）",
            // 2/10–3/7: no holiday in the extension.
            "延长20个工作日（第三十三条第二款）",
            "征求第三方或者其他机关意见的时间不计算在期限内（第三十三条第三款）：2025年1月6日至1月10日，其间5个工作日不计",
            "答复期限：2025年3月7日（星期五）",
        ], d.Explanation);
    }

    [Fact]
    public void A_pause_after_the_deadline_changes_nothing_and_says_so()
    {
        var d = Clock.Compute(new DeadlineRequest(D("2020-09-28"), Paused: [R("2020-12-01..2020-12-04")]));
        Assert.Equal(D("2020-11-02"), d.Due);
        Assert.Contains("其间没有落在期限内的工作日，不影响期限", d.Explanation[^2]);
    }

    [Fact]
    public void The_extension_adds_exactly_20_working_days_from_any_day()
    {
        var cal = WorkingCalendar.BuiltIn;
        for (var day = cal.First; day <= D("2026-10-01"); day = day.AddDays(1))
        {
            var plain = Clock.Compute(new DeadlineRequest(day));
            var extended = Clock.Compute(new DeadlineRequest(day, Extended: true));
            Assert.Equal(cal.AddWorkingDays(day, 20), plain.Due);
            Assert.Equal(cal.AddWorkingDays(plain.Due, 20), extended.Due);
        }
    }

    [Fact]
    public void Correction_restarts_the_clock_at_the_corrected_application()
    {
        var corrected = Clock.Compute(new DeadlineRequest(D("2020-09-28"), D("2020-10-12")));
        var fresh = Clock.Compute(new DeadlineRequest(D("2020-10-12")));
        Assert.Equal(fresh.Due, corrected.Due);
        Assert.Equal(D("2020-09-28"), corrected.Received);
    }

    [Theory]
    [InlineData("2020-09-28", "2020-10-14")] // 9/29, 9/30, 10/9, Saturday 10/10, 10/12, 10/13, 10/14
    [InlineData("2024-02-08", "2024-02-23")] // 2/9, Sunday 2/18, 2/19–2/23
    public void The_correction_notice_is_due_within_7_working_days(string received, string due) =>
        Assert.Equal(D(due), Clock.CorrectionNoticeDue(D(received)));

    [Theory]
    [InlineData("2020-10-12", "2020-09-28", null, "收到补正后申请的日期（2020年9月28日）早于收到申请的日期（2020年10月12日）")]
    [InlineData("2020-09-28", null, "2020-10-16..2020-10-12", "征求意见的期间 2020-10-16..2020-10-12：开始日期2020年10月16日晚于结束日期2020年10月12日")]
    [InlineData("2020-09-28", null, "2020-09-01..2020-10-12", "征求意见的期间 2020-09-01..2020-10-12：开始日期2020年9月1日早于收到申请的日期2020年9月28日")]
    [InlineData("2018-12-28", null, null, "2018年12月28日不在工作日历覆盖的范围内（2019年1月1日至2026年12月31日），无法判断是否为工作日")]
    [InlineData("2026-12-20", null, null, "自2026年12月20日次日起数20个工作日：2027年1月1日不在工作日历覆盖的范围内（2019年1月1日至2026年12月31日），无法判断是否为工作日")]
    public void Inconsistent_or_uncovered_dates_are_errors(string received, string? corrected, string? paused, string message)
    {
        var e = Assert.ThrowsAny<CalendarException>(() => Clock.Compute(new DeadlineRequest(D(received),
            corrected is null ? null : D(corrected), Paused: paused is null ? null : [R(paused)])));
        Assert.Equal(message, e.Message);
    }
}
