using Gongkai.Core.Calendar;

namespace Gongkai.Tests.Core.Calendar;

/// <summary>An administrator's calendar file: read like the built-in data, every mistake named by its JSON path.</summary>
public class WorkingCalendarParseTests
{
    /// <summary>A made-up 2027 in the built-in format (not the real notice, which is not out yet).</summary>
    private const string Valid2027 = """
        {
          "description": "测试用",
          "years": [
            {
              "year": 2027,
              "sources": [ { "title": "测试通知", "number": "国办发明电〔2026〕1号", "date": "2026-11-01" } ],
              "holidays": [
                { "name": "元旦", "from": "2027-01-01", "to": "2027-01-03" },
                { "name": "春节", "from": "2027-02-05", "to": "2027-02-13", "makeUpDays": ["2027-02-14"], "note": "示例" }
              ]
            }
          ]
        }
        """;

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");

    [Fact]
    public void A_valid_file_replaces_the_built_in_years()
    {
        var cal = WorkingCalendar.Parse(Valid2027);
        Assert.Equal((D("2027-01-01"), D("2027-12-31")), (cal.First, cal.Last));
        Assert.False(cal.IsWorkingDay(D("2027-02-08")));
        Assert.True(cal.IsWorkingDay(D("2027-02-14")));
        Assert.True(cal.IsWorkingDay(D("2027-02-15")));
        Assert.Throws<OutsideCalendarException>(() => cal.IsWorkingDay(D("2026-12-31")));
    }

    [Fact]
    public void Comments_and_trailing_commas_are_allowed_for_hand_editing()
    {
        var json = Valid2027.Replace("\"测试用\",", "\"测试用\", // 说明\n").Replace("\"示例\" }", "\"示例\", }");
        Assert.True(WorkingCalendar.TryParse(json, out _, out var errors), string.Join("\n", errors));
    }

    [Theory]
    [InlineData("\"makeUpDays\": [\"2027-02-14\"]", "\"makeUpDays\": [\"2027-02-10\"]",
        "$.years[0].holidays[1].makeUpDays[0]：调休上班日 2027-02-10 是星期三；只有周六、周日才需要列为调休上班日")]
    [InlineData("\"makeUpDays\": [\"2027-02-14\"]", "\"makeUpDays\": [\"2027-02-13\"]",
        "$.years[0].holidays[1].makeUpDays[0]：2027-02-13 既是调休上班日，又是 $.years[0].holidays[1]（春节）的放假日")]
    [InlineData("\"from\": \"2027-01-01\"", "\"from\": \"2026-12-31\"",
        "$.years[0].holidays[0].from：2026-12-31 不在2027年内；跨年的假期请按日期所在的年度分开写")]
    [InlineData("\"note\": \"示例\"", "\"date\": \"2027-02-05\"",
        "$.years[0].holidays[1]：未知的键“date”（可用的键：from、makeUpDays、name、note、notice、to）")]
    [InlineData("\"description\": \"测试用\"", "\"comment\": \"测试用\"",
        "$：未知的键“comment”（可用的键：description、years）")]
    [InlineData("\"to\": \"2027-01-03\"", "\"to\": \"2027-1-3\"",
        "$.years[0].holidays[0].to：日期“2027-1-3”格式不对，应写成 YYYY-MM-DD，例如 \"2020-10-01\"")]
    [InlineData("\"name\": \"元旦\"", "\"name\": \"圣诞节\"",
        "$.years[0].holidays[0].name：未知的假期名称“圣诞节”")]
    [InlineData("\"to\": \"2027-01-03\"", "\"to\": \"2026-12-30\"",
        "$.years[0].holidays[0].to：2026-12-30 不在2027年内")]
    [InlineData("\"from\": \"2027-02-05\", \"to\": \"2027-02-13\"", "\"from\": \"2027-02-13\", \"to\": \"2027-02-05\"",
        "$.years[0].holidays[1]：放假的第一天 2027-02-13 晚于最后一天 2027-02-05")]
    [InlineData("\"from\": \"2027-02-05\", \"to\": \"2027-02-13\"", "\"from\": \"2027-02-05\", \"to\": \"2027-03-13\"",
        "$.years[0].holidays[1]：放假 2027-02-05 至 2027-03-13 共37天，超过15天，请核对日期")]
    [InlineData("\"from\": \"2027-02-05\", \"to\": \"2027-02-13\"", "\"from\": \"2027-01-03\", \"to\": \"2027-01-10\"",
        "$.years[0].holidays[1]：2027-01-03 已是 $.years[0].holidays[0]（元旦）的放假日，一天只能属于一个假期")]
    [InlineData("\"sources\": [ { \"title\": \"测试通知\", \"number\": \"国办发明电〔2026〕1号\", \"date\": \"2026-11-01\" } ],", "",
        "$.years[0]：缺少“sources”（所依据的通知）")]
    [InlineData("\"number\": \"国办发明电〔2026〕1号\", ", "",
        "$.years[0].sources[0]：缺少“number”（文号）")]
    [InlineData("\"year\": 2027", "\"year\": \"2027\"",
        "$.years[0].year：年度应为四位数的整数，例如 2027")]
    public void Each_mistake_is_named_by_its_path(string find, string replace, string expected)
    {
        Assert.Contains(find, Valid2027);
        Assert.False(WorkingCalendar.TryParse(Valid2027.Replace(find, replace), out var cal, out var errors));
        Assert.Null(cal);
        Assert.Contains(errors, e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Years_must_follow_each_other_without_a_gap_or_a_repeat()
    {
        var year = Valid2027[(Valid2027.IndexOf("    {\n      \"year\"", StringComparison.Ordinal))..Valid2027.LastIndexOf("  ]", StringComparison.Ordinal)].TrimEnd();
        var twice = Valid2027.Replace(year, year + ",\n" + year);
        var gap = Valid2027.Replace(year, year + ",\n" + year.Replace("2027", "2029"));

        Assert.False(WorkingCalendar.TryParse(twice, out _, out var twiceErrors));
        Assert.Contains("$.years：2027年出现了2次", twiceErrors);
        Assert.False(WorkingCalendar.TryParse(gap, out _, out var gapErrors));
        Assert.Contains("$.years：缺少2028年（年度必须连续，日历才能覆盖2027年至2029年的每一天）", gapErrors);
    }

    [Fact]
    public void Not_json_is_one_clear_error()
    {
        Assert.False(WorkingCalendar.TryParse("{ \"years\": [", out _, out var errors));
        Assert.StartsWith("日历文件不是有效的 JSON（第1行", Assert.Single(errors));
    }

    [Fact]
    public void Parse_throws_with_every_problem_at_once()
    {
        var bad = Valid2027.Replace("\"name\": \"元旦\"", "\"name\": \"圣诞节\"").Replace("\"2027-02-14\"", "\"2027-02-10\"");
        var e = Assert.Throws<CalendarFormatException>(() => WorkingCalendar.Parse(bad));
        Assert.Equal(2, e.Errors.Count);
        Assert.Equal(string.Join("\n", e.Errors), e.Message);
    }

    [Fact]
    public void The_built_in_file_reads_back_as_a_calendar_file()
    {
        var path = Path.Combine(SharedFiles.RepoRoot, "src", "Gongkai.Core", "Calendar", "Data", "holidays-2019-2026.json");
        Assert.True(WorkingCalendar.TryParse(File.ReadAllText(path), out var cal, out var errors), string.Join("\n", errors));
        Assert.Equal(WorkingCalendar.BuiltIn.Years.Length, cal.Years.Length);
    }
}
