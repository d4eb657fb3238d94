using System.Text.RegularExpressions;
using Gongkai.Core.Calendar;

namespace Gongkai.Tests.Core.Calendar;

/// <summary>Properties every year of the built-in data must have, whatever the notice said.</summary>
public class CalendarDataTests
{
    private static readonly WorkingCalendar Cal = WorkingCalendar.BuiltIn;

    public static TheoryData<int> Years => [.. Enumerable.Range(2019, 8)];

    [Theory]
    [MemberData(nameof(Years))]
    public void Each_year_has_the_seven_holidays(int year)
    {
        var names = Cal.Years.Single(y => y.Year == year).Holidays.SelectMany(h => h.Name.Split('、')).ToHashSet();
        Assert.Equal(WorkingCalendar.HolidayNames.Order(), names.Order());
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void Each_year_cites_its_own_notice_by_number_and_date(int year)
    {
        var sources = Cal.Years.Single(y => y.Year == year).Sources;
        var own = Assert.Single(sources, s => s.Title == $"国务院办公厅关于{year}年部分节假日安排的通知");
        Assert.Matches(@"^国办发明电〔\d{4}〕\d+号$", own.Number);
        Assert.Equal(year - 1, own.Date.Year);
        Assert.All(sources, s => Assert.Matches(@"^国办发明电〔\d{4}〕\d+号$", s.Number));
    }

    [Fact]
    public void Every_make_up_day_is_a_Saturday_or_Sunday()
    {
        var makeUps = Cal.Years.SelectMany(y => y.Holidays).SelectMany(h => h.MakeUpDays).ToList();
        Assert.Equal(52, makeUps.Count);
        Assert.All(makeUps, d => Assert.True(d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, $"{d} is a {d.DayOfWeek}"));
    }

    [Fact]
    public void Every_holiday_lies_in_its_year_and_lasts_one_to_ten_days()
    {
        foreach (var year in Cal.Years)
            foreach (var h in year.Holidays)
            {
                Assert.Equal(year.Year, h.From.Year);
                Assert.Equal(year.Year, h.To.Year);
                Assert.InRange(h.To.DayNumber - h.From.DayNumber + 1, 1, 10);
                Assert.All(h.MakeUpDays, d => Assert.Equal(year.Year, d.Year));
                // A make-up day sits next to its holiday: within two weeks before or after it.
                Assert.All(h.MakeUpDays, d => Assert.True(d.DayNumber >= h.From.DayNumber - 14 && d.DayNumber <= h.To.DayNumber + 14, $"{h.Name} {d}"));
                Assert.All(h.MakeUpDays, d => Assert.False(h.Contains(d)));
            }
    }

    [Fact]
    public void No_day_is_both_off_and_worked()
    {
        foreach (var d in Cal.Years.SelectMany(y => y.Holidays).SelectMany(h => h.MakeUpDays))
            Assert.Null(Cal.HolidayOn(d));
    }

    /// <summary>
    /// Weekdays off minus weekend days worked = the statutory days that fell on weekdays: 11 a year to 2024, 13 from
    /// 2025 (春节 and 劳动节 one day more), and 13 in 2020, whose 春节 extension took Friday 31 January and cancelled
    /// the Saturday 1 February make-up day.
    /// </summary>
    [Theory]
    [InlineData(2019, 11)]
    [InlineData(2020, 13)]
    [InlineData(2021, 11)]
    [InlineData(2022, 11)]
    [InlineData(2023, 11)]
    [InlineData(2024, 11)]
    [InlineData(2025, 13)]
    [InlineData(2026, 13)]
    public void Each_year_nets_its_statutory_days_off(int year, int net)
    {
        var days = Enumerable.Range(0, new DateOnly(year, 12, 31).DayNumber - new DateOnly(year, 1, 1).DayNumber + 1)
            .Select(i => new DateOnly(year, 1, 1).AddDays(i)).ToList();
        var weekdays = days.Count(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
        Assert.Equal(net, weekdays - days.Count(Cal.IsWorkingDay));
    }

    [Fact]
    public void The_data_file_notes_the_2020_extension_and_the_2025_rules()
    {
        var spring2020 = Cal.Years.Single(y => y.Year == 2020).Holidays.Single(h => h.Name == "春节");
        Assert.Equal((new DateOnly(2020, 1, 24), new DateOnly(2020, 2, 2)), (spring2020.From, spring2020.To));
        Assert.Contains("国办发明电〔2020〕1号", spring2020.Note);
        Assert.Contains(Cal.Years.Single(y => y.Year == 2020).Sources, s => s.Number == "国办发明电〔2020〕1号");
        var rules2025 = Cal.Years.Single(y => y.Year == 2025).Sources.Single();
        Assert.Equal("国办发明电〔2024〕12号", rules2025.Number);
        Assert.Matches(new Regex("春节、劳动节各增加1天"), rules2025.Note!);
        Assert.Equal("国办发明电〔2025〕7号", Cal.Years.Single(y => y.Year == 2026).Sources.Single().Number);
    }
}
