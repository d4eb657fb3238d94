using Gongkai.Cli.Commands;
using Gongkai.Core.Json;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Tests.Core;
using Gongkai.Tests.Generation;

namespace Gongkai.Tests.Cli;

/// <summary>`gongkai rollup`: the units' sections 二–四 summed into one checked extract record, or a refusal saying why.</summary>
public class RollupCommandTests
{
    private static Report One(CliResult run) => ReportJson.Parse(run.Lines.Single());

    [Fact]
    public void The_five_seeds_sum_cell_by_cell_with_every_input_listed_in_source()
    {
        var seeds = Directory.GetFiles(SharedFiles.SeedsDir, "*.txt").Order(StringComparer.Ordinal).ToArray();
        var units = seeds.Select(s => ReportJson.Parse(CliHarness.Run("extract", s).Lines.Single())).ToList();

        var run = CliHarness.Run("rollup", SharedFiles.SeedsDir);

        var sum = One(run);
        Assert.Equal(string.Join(RollupCommand.SourceSeparator, seeds), sum.Source);
        Assert.Equal((2020, TemplateId.V2019, "5个单位汇总"), (sum.Year, sum.Format, sum.Agency));
        var summed = 0;
        foreach (var section in sum.Sections)
            for (var c = 0; c < section.Cells.Length; c++)
            {
                var parts = units.Select(u => u.Section(section.Layout.Key)[c]).ToList();
                if (parts.All(p => p is null)) { Assert.Null(section[c]); continue; }
                Assert.Equal(parts.Sum(p => p ?? 0), section[c]);
                summed++;
            }
        Assert.True(summed > 150, $"only {summed} cells summed");
        // Seed 000 breaks identity.balance; the sum carries it, says where it came from, and exits 1 as check does.
        Assert.Equal(1, run.Code);
        Assert.Contains(sum.Findings, f => f.Rule == "identity.balance");
        Assert.Contains(sum.Findings, f => f.Rule == "rollup.unit-errors" && f.Message.Contains("逢源街道办事处", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_consistent_units_sum_to_a_consistent_report_with_exit_0()
    {
        using var dir = new TempDir();
        var a = TestReports.Consistent() with { Agency = "甲局" };
        var b = TestReports.Consistent() with { Agency = "乙局" };
        var file = dir.Reports("units.jsonl", a, b);

        var run = CliHarness.Run("rollup", file);

        Assert.Equal(0, run.Code);
        Assert.Equal("", run.Err);
        var sum = One(run);
        Assert.Empty(sum.Findings);
        Assert.Equal(10, sum.Applications["total", "total"]);
        Assert.Equal(4, sum.ReviewLitigation["review", "total"]);
        Assert.Equal($"{file}:1 + {file}:2", sum.Source);
    }

    [Fact]
    public void Reports_of_two_years_are_refused_naming_each_year_and_its_files()
    {
        using var dir = new TempDir();
        var y2020 = dir.Reports("a.jsonl", TestReports.Consistent(year: 2020));
        var y2019 = dir.Reports("b.jsonl", TestReports.Consistent(year: 2019) with { Agency = "乙局" });

        var run = CliHarness.Run("rollup", y2020, y2019);

        Assert.Equal(2, run.Code);
        Assert.Equal("", run.Out);
        Assert.Contains("报告年度不一致", run.Err);
        Assert.Contains($"2020年度（{y2020}:1）", run.Err);
        Assert.Contains($"2019年度（{y2019}:1）", run.Err);
    }

    [Fact]
    public void Reports_of_one_year_in_two_templates_are_refused()
    {
        using var dir = new TempDir();
        var old = dir.Reports("old.jsonl", TestReports.Consistent(TemplateId.V2019, year: 2021));
        var current = dir.Reports("new.jsonl", TestReports.Consistent(TemplateId.V2021, year: 2021) with { Agency = "乙局" });

        var run = CliHarness.Run("rollup", old, current);

        Assert.Equal(2, run.Code);
        Assert.Equal("", run.Out);
        Assert.Contains("报告格式不一致", run.Err);
        Assert.Contains($"2019年格式（{old}:1）", run.Err);
    }

    [Fact]
    public void An_unreadable_input_refuses_the_whole_roll_up_rather_than_give_a_sum_too_small()
    {
        using var dir = new TempDir();
        var good = dir.Reports("good.jsonl", CliReports.Clean());
        var empty = dir.File("empty.txt", "");

        var run = CliHarness.Run("rollup", good, empty);

        Assert.Equal(2, run.Code);
        Assert.Equal("", run.Out);
        Assert.Contains($"{empty}: 文件为空", run.Err);
        Assert.Contains("未汇总", run.Err);
    }

    [Fact]
    public void The_same_agency_twice_is_refused_as_double_counting()
    {
        using var dir = new TempDir();
        var a = dir.Reports("a.jsonl", CliReports.Clean("同一局"));
        var b = dir.Reports("b.jsonl", CliReports.Clean("同一局"));

        var run = CliHarness.Run("rollup", a, b);

        Assert.Equal(2, run.Code);
        Assert.Contains("同一机关的报告出现了2次：同一局", run.Err);
    }

    [Fact]
    public void Generated_2021_units_with_one_printing_other_as_one_row_sum_with_a_template_warning()
    {
        using var dir = new TempDir();
        var rng = ReportGenerator.Seeded(7);
        var full = ReportGenerator.Generate(rng, TemplateId.V2021, otherCollapsed: false) with { Agency = "甲局", Year = 2022 };
        var collapsed = ReportGenerator.Generate(rng, TemplateId.V2021, otherCollapsed: true) with { Agency = "乙局", Year = 2022 };
        var file = dir.Reports("units.jsonl", full, collapsed);

        var run = CliHarness.Run("rollup", file);

        Assert.NotEqual(2, run.Code);
        var sum = One(run);
        Assert.Equal(full.Applications["total", "total"] + collapsed.Applications["total", "total"], sum.Applications["total", "total"]);
        Assert.Contains(sum.Findings, f => f.Rule == "rollup.template-mismatch" && f.Message.Contains("乙局", StringComparison.Ordinal));
    }
}
