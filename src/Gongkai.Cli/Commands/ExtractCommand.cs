using System.CommandLine;
using Gongkai.Cli.Inputs;
using Gongkai.Cli.Output;

namespace Gongkai.Cli.Commands;

/// <summary>`gongkai extract FILE...`: one JSON Lines record per report (report-json.md), with `source`.</summary>
public static class ExtractCommand
{
    public static Command Create(CliConsole console)
    {
        var files = FilesArgument.Create();
        var narrative = new Option<bool>("--narrative") { Description = "同时输出正文（narrative：前言及一、五、六部分）" };
        var command = new Command("extract", "读取报告，每份报告输出一行 JSON（JSON Lines），字段见 report-json.md") { files, narrative };
        command.SetAction(parse => Run(console, parse.GetRequiredValue(files), parse.GetValue(narrative)));
        return command;
    }

    public static int Run(CliConsole console, IEnumerable<string> files, bool includeNarrative)
    {
        // Written on the calling thread, in order, straight into the output buffer: the reading threads only read.
        var output = new JsonLinesOut(console);
        var allRead = ReportInputs.ReadAll(console, files, result => result, (result, _) =>
        {
            foreach (var report in result.Named()) output.Write(report, includeNarrative);
        });
        output.Flush();
        return allRead ? CliApp.Success : CliApp.Failure;
    }
}
