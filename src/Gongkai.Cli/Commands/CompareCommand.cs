using System.CommandLine;
using System.Text;
using Gongkai.Core.Compare;
using Gongkai.Core.Model;
using Gongkai.Ingest;
using Gongkai.Render;
using Gongkai.Render.Compare;

namespace Gongkai.Cli.Commands;

/// <summary>
/// `gongkai compare OLD NEW [--to json|html|docx|pdf] [-o FILE]`: two reports of one agency compared — every cell's
/// change, the key figures, the prose by section and paragraph, the copied passages (spec/cli.md).
/// </summary>
public static class CompareCommand
{
    public static Command Create(CliConsole console)
    {
        var old = new Argument<string>("OLD") { Description = "上年（较早）的报告：文本、PDF、DOCX、DOC、HTML，或 gongkai extract 输出的一条 JSON 记录" };
        var @new = new Argument<string>("NEW") { Description = "本年（较晚）的报告，格式同上" };
        var to = new Option<string?>("--to") { HelpName = "json|html|docx|pdf", Description = "输出格式：json（默认）、html、docx 或 pdf" };
        to.AcceptOnlyFromAmong("json", "html", "docx", "pdf");
        var output = new Option<string?>("--output", "-o")
        {
            HelpName = "FILE",
            Description = "输出文件。不给时：json、html 写到标准输出；docx、pdf 写在本年报告旁边，文件名为本年报告名加 .compare.docx/.compare.pdf",
        };
        var command = new Command("compare", "比较同一机关的两份年度报告：每个单元格的增减、主要指标、正文逐段的增删改、与上年相同或几乎相同的段落")
        {
            old, @new, to, output,
        };
        command.SetAction(parse => Run(console, parse.GetRequiredValue(old), parse.GetRequiredValue(@new), parse.GetValue(to) ?? "json", parse.GetValue(output)));
        return command;
    }

    public static int Run(CliConsole console, string oldPath, string newPath, string to, string? output)
    {
        // Both inputs are read and each problem said, before giving up on either.
        var old = Read(console, oldPath);
        var @new = Read(console, newPath);
        if (old is null || @new is null) return CliApp.Failure;

        var comparison = ReportComparer.Compare(old, @new);
        foreach (var f in comparison.Findings.Where(f => f.Severity == Severity.Warning && f.Rule is "compare.different-agency" or "compare.year-order"))
            console.Error($"警告：{f.Message}");

        if (to == "json")
            return Write(console, output, Encoding.UTF8.GetBytes(CompareJson.Serialize(comparison) + "\n"), toStdout: output is null);

        var format = to switch { "docx" => RenderFormat.Docx, "pdf" => RenderFormat.Pdf, _ => RenderFormat.Html };
        var bytes = ReportRenderer.Render(ComparisonLayout.Build(comparison), format);
        if (output is null && format == RenderFormat.Html) return Write(console, null, bytes, toStdout: true);
        return Write(console, output ?? DefaultOutput(newPath, to), bytes, toStdout: false);
    }

    /// <summary>"reports/2024.pdf" → "reports/2024.compare.pdf": beside the newer report, never over it.</summary>
    public static string DefaultOutput(string newPath, string extension) => Path.ChangeExtension(newPath, null) + ".compare." + extension;

    private static int Write(CliConsole console, string? path, byte[] bytes, bool toStdout)
    {
        if (toStdout)
        {
            console.Out.Write(Encoding.UTF8.GetString(bytes));
            console.Out.Flush();
            return CliApp.Success;
        }
        try
        {
            File.WriteAllBytes(path!, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DirectoryNotFoundException)
        {
            console.Error($"{path}: 无法写入：{e.Message}");
            return CliApp.Failure;
        }
        if (console.ErrIsTerminal) console.Err.WriteLine($"已写入 {path}");
        return CliApp.Success;
    }

    /// <summary>The one report of the file, or null after saying on stderr which file and why.</summary>
    private static Report? Read(CliConsole console, string path)
    {
        if (Directory.Exists(path))
        {
            console.Error($"{path}: 这是文件夹；compare 比较两份报告，请各给一个文件");
            return null;
        }
        ReadResult result;
        try { result = ReportReader.ReadFile(path); }
        catch (Exception e) { result = ReadResult.Fail(path, $"读取时出现内部错误（{e.GetType().Name}）：{e.Message}"); }
        if (!result.Ok)
        {
            console.Error($"{path}: {result.Error}");
            return null;
        }
        if (result.Reports.Length > 1)
        {
            console.Error($"{path}: 文件中有 {result.Reports.Length} 份报告（JSON Lines）；compare 比较两份报告，请把要比较的一行另存为一个文件");
            return null;
        }
        var report = result.Reports[0];
        return report.Source is null ? report with { Source = path } : report;
    }
}
