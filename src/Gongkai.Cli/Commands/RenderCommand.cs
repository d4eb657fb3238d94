using System.CommandLine;
using System.Text;
using Gongkai.Core.Json;
using Gongkai.Core.Model;
using Gongkai.Ingest;
using Gongkai.Render;

namespace Gongkai.Cli.Commands;

/// <summary>
/// `gongkai render REPORT.json --to docx|pdf|html [-o FILE]`: one report (an `extract` record, with `narrative` for
/// the prose of 一、五、六 if wanted) laid out in the official format of its template.
/// </summary>
public static class RenderCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new Argument<string>("REPORT.json")
        {
            Description = "一份报告：gongkai extract 输出的一条记录（JSON）；可含 narrative（前言及一、五、六部分的正文，extract --narrative 给出）",
        };
        var to = new Option<string?>("--to") { HelpName = "docx|pdf|html", Description = "输出格式：docx、pdf 或 html（必须给出）" };
        to.AcceptOnlyFromAmong("docx", "pdf", "html");
        var output = new Option<string?>("--output", "-o")
        {
            HelpName = "FILE",
            Description = "输出文件。不给时：html 写到标准输出；docx、pdf 写在输入文件旁边，同名，扩展名 .docx/.pdf",
        };
        var command = new Command("render", "按报告所用模板（2019 或 2021 年格式）的官方版式排版一份报告，输出 DOCX、PDF 或 HTML") { input, to, output };
        command.SetAction(parse => Run(console, parse.GetRequiredValue(input), parse.GetValue(to), parse.GetValue(output)));
        return command;
    }

    public static int Run(CliConsole console, string input, string? to, string? output)
    {
        if (to is null)
        {
            console.Error("缺少 --to（输出格式：docx、pdf 或 html）");
            return CliApp.Failure;
        }
        var format = to switch
        {
            "docx" => RenderFormat.Docx,
            "pdf" => RenderFormat.Pdf,
            _ => RenderFormat.Html,
        };
        if (ReadReport(console, input) is not { } report) return CliApp.Failure;

        byte[] bytes;
        try { bytes = ReportRenderer.Render(report, format); }
        catch (NotImplementedException)
        {
            console.Error($"{input}: 暂不能输出 {to.ToUpperInvariant()}：这一格式的排版尚未完成，可先用 --to html");
            return CliApp.Failure;
        }

        if (output is null && format == RenderFormat.Html)
        {
            console.Out.Write(Encoding.UTF8.GetString(bytes));
            console.Out.Flush();
            return CliApp.Success;
        }
        var path = output ?? Path.ChangeExtension(input, "." + to);
        try
        {
            File.WriteAllBytes(path, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error($"{path}: 无法写入：{e.Message}");
            return CliApp.Failure;
        }
        if (console.ErrIsTerminal) console.Err.WriteLine($"已写入 {path}");
        return CliApp.Success;
    }

    /// <summary>The one report of the file, or null after saying on stderr what is wrong (the file and the JSON path).</summary>
    private static Report? ReadReport(CliConsole console, string input)
    {
        string text;
        try
        {
            var info = new FileInfo(input);
            if (Directory.Exists(input)) return Fail(console, input, "这是文件夹；render 一次排版一份报告（一个 JSON 文件）");
            if (!info.Exists) return Fail(console, input, "文件不存在");
            if (info.Length > ReportReader.MaxBytes) return Fail(console, input, "文件过大");
            text = File.ReadAllText(input, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(console, input, $"无法读取文件：{e.Message}");
        }
        var records = text.Split('\n').Count(l => l.TrimStart().StartsWith('{') && l.TrimEnd().EndsWith('}'));
        try
        {
            if (string.IsNullOrWhiteSpace(text)) return Fail(console, input, "文件为空");
            return ReportJson.Parse(text.Trim());
        }
        catch (ReportJsonException e) when (e.Path == "$" && records > 1)
        {
            return Fail(console, input, $"文件中有 {records} 份报告（JSON Lines）；render 一次排版一份，请把要排版的一行另存为一个文件");
        }
        catch (ReportJsonException e)
        {
            return Fail(console, input, $"{e.Path}：{e.Problem}");
        }
    }

    private static Report? Fail(CliConsole console, string input, string message)
    {
        console.Error($"{input}: {message}");
        return null;
    }
}
