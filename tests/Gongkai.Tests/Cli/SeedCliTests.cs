namespace Gongkai.Tests.Cli;

/// <summary>The command line over the five real reports in ../shared/seeds (000 and 002 have errors).</summary>
public class SeedCliTests
{
    [Fact]
    public void Check_json_over_the_seeds_is_exit_1_with_errors_in_000_and_002_only()
    {
        var run = CliHarness.Run("check", "--format", "json", SharedFiles.SeedsDir);

        Assert.Equal(1, run.Code);
        Assert.Equal("", run.Err);
        Assert.Equal(5, run.Lines.Length);
        var withErrors = run.Json
            .Where(j => j.GetProperty("errors").GetInt32() > 0)
            .Select(j => Path.GetFileName(j.GetProperty("source").GetString())![..3]);
        Assert.Equal(["000", "002"], withErrors);
    }

    [Fact]
    public void Check_table_over_the_seeds_is_exit_1_and_says_001_has_no_problems()
    {
        var run = CliHarness.Run("check", SharedFiles.SeedsDir);

        Assert.Equal(1, run.Code);
        Assert.Contains(run.Lines, l => l.Contains("001_") && l.EndsWith("：无问题"));
    }

    [Fact]
    public void Extract_over_a_seed_pattern_gives_five_records()
    {
        var run = CliHarness.Run("extract", Path.Combine(SharedFiles.SeedsDir, "00?_*.txt"));

        Assert.Equal(0, run.Code);
        Assert.Equal(5, run.Lines.Length);
        Assert.All(run.Json, j => Assert.Equal("2019", j.GetProperty("format").GetString()));
    }
}
