using Gongkai.Core.Calendar;

namespace Gongkai.Tests.Core.Calendar;

/// <summary>Working days of the built-in calendar, each row read off the State Council's notice for that year.</summary>
public class WorkingCalendarTests
{
    private static readonly WorkingCalendar Cal = WorkingCalendar.BuiltIn;

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");

    [Theory]
    // 2019: 劳动节 changed to 1–4 May by 国办发明电〔2019〕3号, with two Sundays worked.
    [InlineData("2019-05-02", false)]
    [InlineData("2019-05-03", false)]
    [InlineData("2019-04-28", true)]
    [InlineData("2019-05-05", true)]
    [InlineData("2019-09-29", true)]
    [InlineData("2019-10-12", true)]
    // 2020: 春节 extended to 2 February (国办发明电〔2020〕1号): Friday 31 January off, Saturday 1 February no longer worked.
    [InlineData("2020-01-19", true)]
    [InlineData("2020-01-30", false)]
    [InlineData("2020-01-31", false)]
    [InlineData("2020-02-01", false)]
    [InlineData("2020-02-03", true)]
    // 2020: 国庆节、中秋节 1–8 October; Sunday 27 September and Saturday 10 October worked.
    [InlineData("2020-09-27", true)]
    [InlineData("2020-10-08", false)]
    [InlineData("2020-10-09", true)]
    [InlineData("2020-10-10", true)]
    [InlineData("2020-10-11", false)]
    // 2022/2023: 2023's 元旦 starts on Saturday 31 December 2022 and runs to Monday 2 January.
    [InlineData("2022-12-30", true)]
    [InlineData("2023-01-02", false)]
    [InlineData("2023-01-03", true)]
    // 2024: 元旦 on Monday; 春节 10–17 February with two Sundays worked; 除夕 (9 February) only encouraged off.
    [InlineData("2024-01-01", false)]
    [InlineData("2024-02-04", true)]
    [InlineData("2024-02-09", true)]
    [InlineData("2024-02-16", false)]
    [InlineData("2024-02-18", true)]
    // 2025 (new rules): 元旦 one day; 春节 from 除夕 28 January to 4 February; 劳动节 1–5 May; 国庆节、中秋节 1–8 October.
    [InlineData("2025-01-01", false)]
    [InlineData("2025-01-02", true)]
    [InlineData("2025-01-26", true)]
    [InlineData("2025-01-28", false)]
    [InlineData("2025-02-04", false)]
    [InlineData("2025-02-08", true)]
    [InlineData("2025-04-27", true)]
    [InlineData("2025-05-05", false)]
    [InlineData("2025-06-02", false)]
    [InlineData("2025-10-08", false)]
    [InlineData("2025-10-11", true)]
    // 2026: 元旦 1–3 January with Sunday 4 January worked; 春节 nine days; 国庆节 with Sunday 20 September worked.
    [InlineData("2026-01-02", false)]
    [InlineData("2026-01-04", true)]
    [InlineData("2026-02-14", true)]
    [InlineData("2026-02-23", false)]
    [InlineData("2026-02-28", true)]
    [InlineData("2026-09-20", true)]
    [InlineData("2026-10-07", false)]
    [InlineData("2026-10-10", true)]
    // Ordinary weeks.
    [InlineData("2021-03-06", false)]
    [InlineData("2021-03-08", true)]
    public void Working_days_follow_the_notices(string date, bool working) =>
        Assert.Equal(working, Cal.IsWorkingDay(D(date)));

    [Theory]
    [InlineData("2020-09-28", 20, "2020-11-02")] // cli.md's example
    [InlineData("2020-09-28", 1, "2020-09-29")]  // the day counted from is not counted
    [InlineData("2020-09-28", 0, "2020-09-28")]
    [InlineData("2020-09-30", 1, "2020-10-09")]  // over 国庆节、中秋节
    [InlineData("2020-09-30", 2, "2020-10-10")]  // a Saturday worked counts
    [InlineData("2020-09-26", 1, "2020-09-27")]  // a Sunday worked counts
    [InlineData("2020-01-23", 1, "2020-02-03")]  // over the extended 春节
    [InlineData("2024-02-08", 1, "2024-02-09")]  // 除夕 2024 is a working day
    [InlineData("2024-02-09", 1, "2024-02-18")]  // the next working day after 春节 is a Sunday
    [InlineData("2025-01-27", 1, "2025-02-05")]  // 2025's eight days from 除夕
    [InlineData("2025-04-30", 1, "2025-05-06")]  // 2025's five-day 劳动节
    [InlineData("2019-12-20", 20, "2020-01-19")] // into the next year, ending on a Sunday worked
    public void AddWorkingDays_counts_from_the_next_working_day(string from, int n, string expected) =>
        Assert.Equal(D(expected), Cal.AddWorkingDays(D(from), n));

    [Fact]
    public void The_built_in_calendar_covers_2019_to_2026()
    {
        Assert.Equal(D("2019-01-01"), Cal.First);
        Assert.Equal(D("2026-12-31"), Cal.Last);
        Assert.Equal(Enumerable.Range(2019, 8), Cal.Years.Select(y => y.Year));
    }

    [Theory]
    [InlineData("2018-12-31")]
    [InlineData("2027-01-01")]
    public void A_date_outside_the_calendar_is_an_error_not_a_guess(string date)
    {
        var e = Assert.Throws<OutsideCalendarException>(() => Cal.IsWorkingDay(D(date)));
        Assert.Equal(D(date), e.Date);
        Assert.Contains("不在工作日历覆盖的范围内（2019年1月1日至2026年12月31日）", e.Message);
    }

    [Fact]
    public void Counting_past_the_last_covered_day_is_an_error()
    {
        var e = Assert.Throws<OutsideCalendarException>(() => Cal.AddWorkingDays(D("2026-12-30"), 5));
        Assert.Equal(D("2027-01-01"), e.Date);
    }

    [Fact]
    public void Every_day_AddWorkingDays_reaches_is_the_nth_working_day()
    {
        for (var from = Cal.First; from <= D("2026-11-01"); from = from.AddDays(1))
        {
            var due = Cal.AddWorkingDays(from, 20);
            Assert.True(Cal.IsWorkingDay(due), $"{from} → {due}");
            var counted = 0;
            for (var d = from.AddDays(1); d <= due; d = d.AddDays(1)) if (Cal.IsWorkingDay(d)) counted++;
            Assert.Equal(20, counted);
        }
    }

    [Fact]
    public void Holidays_and_make_up_days_are_named()
    {
        Assert.Equal("国庆节、中秋节", Cal.HolidayOn(D("2020-10-05"))!.Name);
        Assert.Equal("国庆节、中秋节", Cal.MakeUpDayFor(D("2020-10-10"))!.Name);
        Assert.Equal("春节", Cal.HolidayOn(D("2020-02-02"))!.Name);
        Assert.Null(Cal.HolidayOn(D("2024-02-09")));
        Assert.Null(Cal.MakeUpDayFor(D("2020-10-09")));
    }

    [Fact]
    public void Dates_read_in_Chinese_with_the_weekday()
    {
        Assert.Equal("2020年9月28日", WorkingCalendar.Chinese(D("2020-09-28")));
        Assert.Equal("星期一", WorkingCalendar.Weekday(D("2020-09-28")));
        Assert.Equal("星期日", WorkingCalendar.Weekday(D("2020-09-27")));
    }
}
