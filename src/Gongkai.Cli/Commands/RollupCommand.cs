using System.CommandLine;
using Gongkai.Cli.Inputs;
using Gongkai.Core.Json;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Core.Oversight;

namespace Gongkai.Cli.Commands;

/// <summary>
/// `gongkai rollup FILE...`: the sum of sections 二、三、四 of the units' reports of one year and template, as one
/// `extract` record whose `source` lists the inputs, then checked — the supervising office's 汇总, by the same
/// <see cref="RollUp.Sum"/> as the web roll-up. Every input must be read: a sum missing a unit would be too small
/// without saying so, so an unreadable input (like mixed years or templates, or one unit twice) refuses the roll-up.
/// Exit codes as `check`: 0, 1 when the sum has an error finding, 2 when nothing was summed.
/// </summary>
public static class RollupCommand
{
    public static Command Create(CliConsole console)
    {
        var files = FilesArgument.Create();
        var command = new Command("rollup",
            "汇总：把同一年度、同一格式的各单位报告的二、三、四部分相加，输出一行 extract 格式的记录（source 列出各输入）并核对。汇总有错误时退出码为 1")
        { files };
        command.SetAction(parse => Run(console, parse.GetRequiredValue(files)));
        return command;
    }

    /// <summary>Separates the inputs listed in the record's <c>source</c>.</summary>
    public const string SourceSeparator = " + ";

    public static int Run(CliConsole console, IEnumerable<string> files)
    {
        var units = new List<Report>();
        var allRead = ReportInputs.ReadAll(console, files, result => result, (result, _) => units.AddRange(result.Named()));
        if (!allRead)
        {
            console.Error("有输入无法读取，未汇总（缺少单位的汇总数会偏小）");
            return CliApp.Failure;
        }
        if (Refusal(units) is { } why)
        {
            console.Error(why);
            return CliApp.Failure;
        }
        var year = units[0].Year!.Value;
        var sum = RollUp.Sum($"{units.Count}个单位汇总", year, units).Report;
        sum = sum with { Source = string.Join(SourceSeparator, units.Select(u => u.Source)), Published = null };
        console.Out.Write(ReportJson.Serialize(sum) + "\n");
        console.Out.Flush();
        return sum.HasErrors ? CliApp.ReportErrors : CliApp.Success;
    }

    /// <summary>Why these reports cannot be summed into one, or null.</summary>
    private static string? Refusal(List<Report> units)
    {
        if (units.Count == 0) return "没有可汇总的报告";
        if (units.FirstOrDefault(u => u.Year is null) is { } noYear)
            return $"{noYear.Source}: 未找到报告年度，无法确定汇总的年度";
        var years = units.GroupBy(u => u.Year!.Value).ToList();
        if (years.Count > 1)
            return "报告年度不一致，只能汇总同一年度的报告：" + string.Join("；", years.Select(g => $"{g.Key}年度（{Names(g)}）"));
        var formats = units.GroupBy(u => u.Format).ToList();
        if (formats.Count > 1)
            return "报告格式不一致，只能汇总同一格式的报告：" + string.Join("；", formats.Select(g => $"{g.Key.Code()}年格式（{Names(g)}）"));
        var twice = units.Where(u => !string.IsNullOrWhiteSpace(u.Agency)).GroupBy(u => u.Agency!).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            return $"同一机关的报告出现了{twice.Count()}次：{twice.Key}（{Names(twice)}），汇总会重复计算";
        return null;
    }

    private static string Names(IEnumerable<Report> reports)
    {
        var list = reports.Select(r => r.Source ?? r.Agency ?? "?").ToList();
        return string.Join("、", list.Take(5)) + (list.Count > 5 ? $"等{list.Count}份" : "");
    }
}
