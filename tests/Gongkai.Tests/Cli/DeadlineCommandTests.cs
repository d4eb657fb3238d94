namespace Gongkai.Tests.Cli;

public class DeadlineCommandTests
{
    [Fact]
    public void The_cli_md_example_comes_out_exactly()
    {
        var run = CliHarness.Run("deadline", "--received", "2020-09-28");

        Assert.Equal(0, run.Code);
        Assert.Equal("", run.Err);
        Assert.Equal(
            """{"received":"2020-09-28","countFrom":"2020-09-28","due":"2020-11-02","extended":false,"workingDays":20,"explanation":["收到申请：2020年9月28日（星期一）","自次日起计算20个工作日（国庆节、中秋节放假10月1日至8日不计，10月10日调休上班计入）","答复期限：2020年11月2日（星期一）"]}""" + "\n",
            run.Out);
    }

    [Fact]
    public void Keys_come_in_the_contract_order()
    {
        var run = CliHarness.Run("deadline", "--received", "2020-09-28", "--extended");
        var json = Assert.Single(run.Json);
        Assert.Equal(["received", "countFrom", "due", "extended", "workingDays", "explanation"], CliHarness.Keys(json));
        Assert.True(json.GetProperty("extended").GetBoolean());
        Assert.Equal(40, json.GetProperty("workingDays").GetInt32());
        Assert.Equal("2020-11-30", json.GetProperty("due").GetString());
    }

    [Fact]
    public void Corrected_received_and_repeated_pauses_are_applied()
    {
        var run = CliHarness.Run("deadline", "--received", "2020-09-28", "--corrected-received", "2020-10-12",
            "--paused", "2020-10-19..2020-10-23", "--paused", "2020-10-26..2020-10-26");
        var json = Assert.Single(run.Json);
        Assert.Equal(0, run.Code);
        Assert.Equal("2020-10-12", json.GetProperty("countFrom").GetString());
        Assert.Equal("2020-11-17", json.GetProperty("due").GetString()); // 11/16, plus one more paused day
        Assert.Equal(2, json.GetProperty("explanation").EnumerateArray().Count(l => l.GetString()!.StartsWith("征求第三方", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(new[] { "--received", "2020-9-28" }, "--received：日期“2020-9-28”格式不对，应写成 YYYY-MM-DD（例如 2020-09-28）")]
    [InlineData(new[] { "--received", "2020-02-30" }, "--received：日期“2020-02-30”格式不对")]
    [InlineData(new[] { "--received", "2027-01-04" }, "2027年1月4日不在工作日历覆盖的范围内（2019年1月1日至2026年12月31日），无法判断是否为工作日；请用 --calendar 提供包含该年度节假日安排的日历文件")]
    [InlineData(new[] { "--received", "2026-12-20" }, "2027年1月1日不在工作日历覆盖的范围内")]
    [InlineData(new[] { "--received", "2020-09-28", "--paused", "2020-10-16..2020-10-12" }, "开始日期2020年10月16日晚于结束日期2020年10月12日")]
    [InlineData(new[] { "--received", "2020-09-28", "--paused", "2020-10-16" }, "--paused：“2020-10-16”应写成 开始日期..结束日期")]
    [InlineData(new[] { "--received", "2020-09-28", "--corrected-received", "2020/10/12" }, "--corrected-received：日期“2020/10/12”格式不对")]
    [InlineData(new string[0], "缺少 --received")]
    public void Bad_dates_are_exit_2_with_a_Chinese_message(string[] args, string message)
    {
        var run = CliHarness.Run(["deadline", .. args]);

        Assert.Equal(2, run.Code);
        Assert.Equal("", run.Out);
        Assert.Contains("gongkai: ", run.Err);
        Assert.Contains(message, run.Err);
    }

    [Fact]
    public void An_administrators_calendar_file_covers_its_own_years()
    {
        using var dir = new TempDir();
        var file = dir.File("2027.json", """
            { "years": [ { "year": 2027,
                "sources": [ { "title": "测试通知", "number": "国办发明电〔2026〕1号", "date": "2026-11-01" } ],
                "holidays": [ { "name": "元旦", "from": "2027-01-01", "to": "2027-01-03" } ] } ] }
            """);

        var run = CliHarness.Run("deadline", "--received", "2026-12-31", "--calendar", file);
        Assert.Equal(2, run.Code);
        Assert.Contains($"2026年12月31日不在工作日历覆盖的范围内（2027年1月1日至2027年12月31日），无法判断是否为工作日（日历文件 {file}）", run.Err);

        run = CliHarness.Run("deadline", "--received", "2027-01-01", "--calendar", file);
        Assert.Equal(0, run.Code);
        Assert.Equal("2027-01-29", Assert.Single(run.Json).GetProperty("due").GetString()); // 1/1–1/3 off: 1/4 is day 1, 1/29 day 20
    }

    [Fact]
    public void A_bad_calendar_file_is_exit_2_naming_the_file_and_the_path()
    {
        using var dir = new TempDir();
        var file = dir.File("bad.json", """{ "years": [ { "year": 2027, "sources": [], "holidays": [], "extra": 1 } ] }""");

        var run = CliHarness.Run("deadline", "--received", "2027-01-04", "--calendar", file);

        Assert.Equal(2, run.Code);
        Assert.Contains($"gongkai: {file}: $.years[0]：未知的键“extra”", run.Err);
        Assert.Contains($"gongkai: {file}: $.years[0].sources：应为至少列出一份通知的数组", run.Err);
        Assert.Equal(2, CliHarness.Run("deadline", "--received", "2027-01-04", "--calendar", dir.Path + "/none.json").Code);
    }

    [Fact]
    public void Help_lists_the_deadline_command()
    {
        var run = CliHarness.Run("--help");
        Assert.Contains("deadline", run.Out);
    }
}
