using System.CommandLine;
using Gongkai.Cli.Inputs;
using Gongkai.Cli.Output;
using Gongkai.Core.Model;

namespace Gongkai.Cli.Commands;

/// <summary>`gongkai check FILE... [--format table|json|csv]`: the findings of every report.</summary>
public static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var files = FilesArgument.Create();
        var format = new Option<string>("--format", "-f")
        {
            Description = "输出格式：table（表格，默认）、json（每份报告一行 JSON）、csv（每条问题一行）",
        };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var command = new Command("check", "核对报告：列出每份报告的问题（勾稽关系、数值、格式、正文与表格）。有错误时退出码为 1") { files, format };
        command.SetAction(parse => Run(console, parse.GetRequiredValue(files), parse.GetValue(format) ?? "table"));
        return command;
    }

    public static int Run(CliConsole console, IEnumerable<string> files, string format)
    {
        var anyErrors = false;
        bool allRead;
        if (format is "json" or "csv")
        {
            Func<Report, string> text = format == "json" ? r => FindingsJson.Line(r) + "\n" : FindingsCsv.Rows;
            if (format == "csv") console.Out.Write(FindingsCsv.Header);
            // Formatted on the reading threads; only the writing is in order.
            allRead = ReportInputs.ReadAll(console, files, result => string.Concat(result.Named().Select(text)), (result, output) =>
            {
                anyErrors |= result.Reports.Any(r => r.HasErrors);
                console.Out.Write(output);
            });
        }
        else
        {
            var table = new FindingsTable(console);
            allRead = ReportInputs.ReadAll(console, files, result => result, (result, _) =>
            {
                anyErrors |= result.Reports.Any(r => r.HasErrors);
                foreach (var report in result.Named()) table.Write(report);
            });
        }
        return !allRead ? CliApp.Failure : anyErrors ? CliApp.ReportErrors : CliApp.Success;
    }
}
