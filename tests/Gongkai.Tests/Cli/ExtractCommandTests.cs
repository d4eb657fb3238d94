using Gongkai.Core.Json;
using Gongkai.Tests.Core;

namespace Gongkai.Tests.Cli;

public class ExtractCommandTests
{
    private static readonly string[] SpecKeys =
        ["source", "format", "year", "agency", "published", "proactive", "applications", "reviewLitigation", "findings"];

    [Fact]
    public void Extract_writes_one_line_per_report_with_source_first_and_the_spec_keys_in_order()
    {
        using var dir = new TempDir();
        var a = dir.Reports("a.jsonl", CliReports.Clean());
        var b = dir.Reports("b.jsonl", CliReports.Unbalanced());

        var run = CliHarness.Run("extract", a, b);

        Assert.Equal(0, run.Code);
        Assert.Equal("", run.Err);
        Assert.Equal(2, run.Lines.Length);
        foreach (var record in run.Json) Assert.Equal(SpecKeys, CliHarness.Keys(record));
        Assert.Equal([a + ":1", b + ":1"], run.Json.Select(j => j.GetProperty("source").GetString()));
        Assert.Equal("失衡区人民政府", run.Json[1].GetProperty("agency").GetString());
    }

    [Fact]
    public void Extract_keeps_the_source_a_record_already_carries()
    {
        using var dir = new TempDir();
        var file = dir.Reports("named.jsonl", CliReports.Clean() with { Source = "https://example.gov.cn/2020.pdf" });

        var run = CliHarness.Run("extract", file);

        Assert.Equal("https://example.gov.cn/2020.pdf", run.Json.Single().GetProperty("source").GetString());
    }

    [Fact]
    public void A_JSON_Lines_input_with_three_reports_gives_three_records_in_order()
    {
        using var dir = new TempDir();
        var file = dir.Reports("three.jsonl", CliReports.Clean("一"), CliReports.Unbalanced("二"), CliReports.Clean("三"));

        var run = CliHarness.Run("extract", file);

        Assert.Equal(0, run.Code);
        Assert.Equal(["一", "二", "三"], run.Json.Select(j => j.GetProperty("agency").GetString()));
    }

    [Fact]
    public void Extract_output_reads_back_as_the_same_reports()
    {
        using var dir = new TempDir();
        var file = dir.Reports("a.jsonl", CliReports.Unbalanced());

        var first = CliHarness.Run("extract", file);
        var again = CliHarness.Run("extract", dir.File("again.jsonl", first.Out));

        Assert.Equal(first.Out, again.Out);
        var report = ReportJson.Parse(first.Lines.Single());
        Assert.Equal(4m, report.Applications["newReceived", "naturalPerson"]);
    }

    [Fact]
    public void Narrative_is_written_only_with_the_narrative_flag()
    {
        using var dir = new TempDir();
        var report = CliReports.Clean().WithOverview("本年度工作平稳推进。");
        var file = dir.File("n.jsonl", ReportJson.Serialize(report, includeNarrative: true) + "\n");

        var plain = CliHarness.Run("extract", file);
        var withNarrative = CliHarness.Run("extract", "--narrative", file);

        Assert.DoesNotContain("narrative", CliHarness.Keys(plain.Json.Single()));
        var record = withNarrative.Json.Single();
        Assert.Equal([.. SpecKeys, "narrative"], CliHarness.Keys(record));
        Assert.Equal("本年度工作平稳推进。", record.GetProperty("narrative").GetProperty("overview").GetString());
    }

    [Fact]
    public void An_unreadable_input_is_exit_2_and_the_others_are_still_extracted()
    {
        using var dir = new TempDir();
        var good = dir.Reports("good.jsonl", CliReports.Clean());
        var empty = dir.File("empty.txt", "");

        var run = CliHarness.Run("extract", empty, good);

        Assert.Equal(2, run.Code);
        Assert.Contains($"gongkai: {empty}: 文件为空", run.Err);
        Assert.Equal(good + ":1", run.Json.Single().GetProperty("source").GetString());
    }

    [Fact]
    public void Reports_with_errors_are_still_a_successful_extract()
    {
        using var dir = new TempDir();
        var run = CliHarness.Run("extract", dir.Reports("bad.jsonl", CliReports.Unbalanced()));

        Assert.Equal(0, run.Code);
        Assert.Contains(run.Json.Single().GetProperty("findings").EnumerateArray(),
            f => f.GetProperty("rule").GetString() == "identity.balance");
    }
}
