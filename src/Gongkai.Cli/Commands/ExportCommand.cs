using System.CommandLine;
using System.Text;
using Gongkai.Cli.Inputs;
using Gongkai.Core.Model;
using Gongkai.Render.Export;

namespace Gongkai.Cli.Commands;

/// <summary>
/// `gongkai export FILE... --to xlsx|csv [-o FILE]`: every cell of every report as one row (source, agency, year,
/// format, published, section, row, column, rowLabel, columnLabel, value), streamed as the inputs are read.
/// </summary>
public static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var files = FilesArgument.Create();
        var to = new Option<string?>("--to") { HelpName = "xlsx|csv", Description = "导出格式：xlsx（另有 findings 工作表）或 csv（UTF-8 带 BOM）；不给时按 -o 的扩展名" };
        to.AcceptOnlyFromAmong("xlsx", "csv");
        var output = new Option<string?>("--output", "-o") { HelpName = "FILE", Description = "输出文件；csv 不给时写到标准输出，xlsx 必须给出" };
        var command = new Command("export", "把报告导出为表格：每份报告的每个单元格一行（供 Excel、pandas 等分析）") { files, to, output };
        command.SetAction(parse => Run(console, parse.GetRequiredValue(files), parse.GetValue(to), parse.GetValue(output)));
        return command;
    }

    public static int Run(CliConsole console, IEnumerable<string> files, string? to, string? output)
    {
        to ??= Path.GetExtension(output)?.ToLowerInvariant() switch
        {
            ".xlsx" => "xlsx",
            ".csv" => "csv",
            _ => null,
        };
        if (to is null)
        {
            console.Error("缺少 --to（导出格式：xlsx 或 csv）");
            return CliApp.Failure;
        }
        if (to == "xlsx" && output is null)
        {
            console.Error("导出 xlsx 需要用 -o 指定输出文件（xlsx 不写到标准输出）");
            return CliApp.Failure;
        }

        // Expanded here so that the file being written is never read as an input (e.g. `export reports -o reports/all.csv`).
        var inputs = InputExpander.Expand(files);
        foreach (var problem in inputs.Problems) console.Error(problem);
        var outputPath = output is null ? null : Path.GetFullPath(output);
        var toRead = inputs.Files.Where(f => outputPath is null || !string.Equals(Path.GetFullPath(f), outputPath, StringComparison.Ordinal)).ToList();
        if (toRead.Count == 0)
        {
            if (inputs.Problems.Count == 0) console.Error("没有可导出的输入文件");
            return CliApp.Failure;
        }

        Stream? file = null;
        try
        {
            if (output is not null) file = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.Read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error($"{output}: 无法写入：{e.Message}");
            return CliApp.Failure;
        }

        bool allRead;
        var reports = 0;
        long rows = 0;
        using (file)
        {
            if (to == "csv")
            {
                using var fileWriter = file is null ? null : new StreamWriter(file, new UTF8Encoding(false), 1 << 16);
                var writer = fileWriter ?? console.Out;
                writer.Write(SpreadsheetExport.ByteOrderMark);
                writer.Write(SpreadsheetExport.CsvHeader);
                // Formatted on the reading threads; only the writing is in order.
                allRead = ReportInputs.ReadAll(console, toRead,
                    result => (Count: result.Reports.Length, Rows: result.Reports.Sum(CellCount), Text: string.Concat(result.Named().Select(SpreadsheetExport.CsvRows))),
                    (_, csv) =>
                    {
                        writer.Write(csv.Text);
                        reports += csv.Count;
                        rows += csv.Rows;
                    });
                writer.Flush();
            }
            else
            {
                using var xlsx = new XlsxExportWriter(file!, leaveOpen: true);
                allRead = ReportInputs.ReadAll(console, toRead, result => result.Named().ToList(), (_, named) =>
                {
                    foreach (var report in named) xlsx.Add(report);
                });
                xlsx.Complete();
                reports = xlsx.Reports;
                rows = xlsx.CellRows;
            }
        }
        if (output is not null && console.ErrIsTerminal) console.Err.WriteLine($"已写入 {output}：{reports} 份报告，{rows} 行");
        return allRead && inputs.Problems.Count == 0 ? CliApp.Success : CliApp.Failure;
    }

    private static int CellCount(Report report) => report.Sections.Sum(s => s.Layout.CellCount);
}
