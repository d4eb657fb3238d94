using Gongkai.Cli.Inputs;

namespace Gongkai.Tests.Cli;

public class InputExpansionTests
{
    /// <summary>a.jsonl, b.jsonl, c1.jsonl, notes.md, sub/d.jsonl, sub/deep/e.jsonl, and hidden .x.jsonl, .git/f.jsonl.</summary>
    private static TempDir Tree()
    {
        var dir = new TempDir();
        foreach (var name in new[] { "a.jsonl", "b.jsonl", "c1.jsonl", "sub/d.jsonl", "sub/deep/e.jsonl", ".x.jsonl", ".git/f.jsonl" })
            dir.Reports(name, CliReports.Clean(name));
        dir.File("notes.md", "");
        return dir;
    }

    private static string[] Agencies(CliResult run) => [.. run.Json.Select(j => j.GetProperty("agency").GetString()!)];

    [Fact]
    public void A_folder_is_every_file_under_it_in_name_order_skipping_hidden_ones()
    {
        using var dir = Tree();

        var run = CliHarness.Run("extract", dir.Path);

        Assert.Equal(["a.jsonl", "b.jsonl", "c1.jsonl", "sub/d.jsonl", "sub/deep/e.jsonl"], Agencies(run));
        Assert.Equal(2, run.Code);   // notes.md is empty: named, and the rest still read
        Assert.Contains($"{Path.Combine(dir.Path, "notes.md")}: 文件为空", run.Err);
    }

    [Theory]
    [InlineData("*.jsonl", new[] { "a.jsonl", "b.jsonl", "c1.jsonl" })]
    [InlineData("?.jsonl", new[] { "a.jsonl", "b.jsonl" })]
    [InlineData("c?.json*", new[] { "c1.jsonl" })]
    [InlineData("**/*.jsonl", new[] { "a.jsonl", "b.jsonl", "c1.jsonl", "sub/d.jsonl", "sub/deep/e.jsonl" })]
    [InlineData("sub/**/*.jsonl", new[] { "sub/d.jsonl", "sub/deep/e.jsonl" })]
    [InlineData("s*/*/e.jsonl", new[] { "sub/deep/e.jsonl" })]
    [InlineData("s*", new[] { "sub/d.jsonl", "sub/deep/e.jsonl" })]
    [InlineData(".*.jsonl", new[] { ".x.jsonl" })]
    public void Patterns_expand_star_question_mark_and_double_star(string pattern, string[] expected)
    {
        using var dir = Tree();

        var run = CliHarness.Run("extract", Path.Combine(dir.Path, pattern));

        Assert.Equal(0, run.Code);
        Assert.Equal(expected, Agencies(run));
        Assert.Equal(expected.Select(e => Path.Combine(dir.Path, e) + ":1"), run.Json.Select(j => j.GetProperty("source").GetString()));
    }

    [Fact]
    public void A_pattern_matching_nothing_is_exit_2_and_the_other_inputs_are_still_read()
    {
        using var dir = Tree();
        var pattern = Path.Combine(dir.Path, "*.pdf");

        var run = CliHarness.Run("extract", pattern, Path.Combine(dir.Path, "a.jsonl"));

        Assert.Equal(2, run.Code);
        Assert.Contains($"gongkai: {pattern}: 没有匹配的文件", run.Err);
        Assert.Equal(["a.jsonl"], Agencies(run));
    }

    [Fact]
    public void An_empty_folder_is_exit_2()
    {
        using var dir = new TempDir();
        var empty = Directory.CreateDirectory(Path.Combine(dir.Path, "empty")).FullName;

        var run = CliHarness.Run("check", empty);

        Assert.Equal(2, run.Code);
        Assert.Contains($"gongkai: {empty}: 文件夹中没有文件", run.Err);
    }

    [Fact]
    public void Files_folders_and_patterns_mix_in_argument_order()
    {
        using var dir = Tree();

        var run = CliHarness.Run("extract", Path.Combine(dir.Path, "b.jsonl"), Path.Combine(dir.Path, "sub"), Path.Combine(dir.Path, "a*"));

        Assert.Equal(["b.jsonl", "sub/d.jsonl", "sub/deep/e.jsonl", "a.jsonl"], Agencies(run));
    }

    [Theory]
    [InlineData("*", "", true)]
    [InlineData("*", "anything.txt", true)]
    [InlineData("*.txt", "a.txt", true)]
    [InlineData("*.txt", "a.txt.bak", false)]
    [InlineData("a?c", "abc", true)]
    [InlineData("a?c", "ac", false)]
    [InlineData("a*b*c", "aXXbYYc", true)]
    [InlineData("a*b*c", "aXXbYY", false)]
    [InlineData("年度*报告?.txt", "年度工作报告1.txt", true)]
    [InlineData("*.TXT", "a.txt", false)]
    public void A_name_pattern_matches_as_the_shell_does(string pattern, string name, bool matches)
    {
        Assert.Equal(matches, Glob.Matches(pattern, name));
    }
}
