using Gongkai.Cli.Bench;
using Gongkai.Core.Layout;
using Gongkai.Ingest;

namespace Gongkai.Tests.Cli;

public class BenchCommandTests
{
    [Fact]
    public void Bench_prints_a_table_with_single_thread_and_all_core_rows()
    {
        using var dir = new TempDir();
        dir.Reports("one.jsonl", CliReports.Clean());

        var run = CliHarness.Run("bench", "--generated", "40", "--seeds", dir.Path, "--min-seconds", "0.05");

        Assert.Equal(0, run.Code);
        Assert.Equal("", run.Err);
        Assert.Contains("报告/秒", run.Out);
        Assert.Equal(2, run.Lines.Count(l => l.StartsWith("| 样本 1 份")));
        Assert.Equal(2, run.Lines.Count(l => l.StartsWith("| 生成 40 份")));
    }

    [Fact]
    public void Bench_with_a_missing_seeds_folder_is_exit_2()
    {
        var run = CliHarness.Run("bench", "--generated", "0", "--seeds", "/nonexistent/seeds");

        Assert.Equal(2, run.Code);
        Assert.Contains("/nonexistent/seeds: 文件夹不存在", run.Err);
    }

    [Fact]
    public void The_generator_gives_the_same_text_for_the_same_index()
    {
        var generator = new ReportTextGenerator();

        Assert.Equal(generator.Generate(7), new ReportTextGenerator().Generate(7));
        Assert.NotEqual(generator.Generate(7), generator.Generate(8));
    }

    [Fact]
    public void Generated_reports_of_both_templates_read_back_without_any_finding()
    {
        var generator = new ReportTextGenerator();
        var formats = new HashSet<TemplateId>();
        for (var i = 0; i < 60; i++)
        {
            var result = ReportReader.ReadText(generator.Generate(i), $"generated-{i}");
            Assert.True(result.Ok, result.Error);
            var report = Assert.Single(result.Reports);
            Assert.Empty(report.Findings);
            formats.Add(report.Format);
        }
        Assert.Equal(2, formats.Count);
    }
}
