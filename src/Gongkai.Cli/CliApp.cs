using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;
using Gongkai.Cli.Commands;

namespace Gongkai.Cli;

/// <summary>The `gongkai` command line (../shared/spec/cli.md). Exit codes: 0 success, 1 reports with errors, 2 usage or input error.</summary>
public static class CliApp
{
    public const int Success = 0;
    public const int ReportErrors = 1;
    public const int Failure = 2;

    /// <summary>Runs the command line with output captured (stdout and stderr are treated as not being terminals).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, new CliConsole(stdout, stderr));

    public static int Run(string[] args, CliConsole console)
    {
        // System.CommandLine's own messages (用法, 选项, 缺少参数…) come from its zh-Hans resources.
        var previousCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hans");
        try
        {
            var parse = BuildRoot(console).Parse(args);
            if (parse.Action is ParseErrorAction)
            {
                foreach (var error in parse.Errors) console.Error(error.Message.TrimEnd('.'));
                console.Error("运行 gongkai --help 查看用法");
                return Failure;
            }
            if (parse.Action is HelpAction) return WriteChineseHelp(parse, console);
            return parse.Invoke(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Err,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (IOException e)
        {
            console.Error($"无法写入输出：{e.Message}");
            return Failure;
        }
        catch (Exception e)
        {
            console.Error($"内部错误（{e.GetType().Name}）：{e.Message}");
            return Failure;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previousCulture;
        }
    }

    private static RootCommand BuildRoot(CliConsole console)
    {
        var root = new RootCommand("公开（gongkai）：把政府信息公开工作年度报告读成精确的数据，并核对其勾稽关系。")
        {
            ExtractCommand.Create(console),
            CheckCommand.Create(console),
            RenderCommand.Create(console),
            ExportCommand.Create(console),
            RollupCommand.Create(console),
            BenchCommand.Create(console),
            DeadlineCommand.Create(console),
            CompareCommand.Create(console),
        };
        root.SetAction(_ =>
        {
            console.Error("请指定命令：extract、check、render、export、rollup、compare、deadline 或 bench（运行 gongkai --help 查看用法）");
            return Failure;
        });
        root.Options.OfType<HelpOption>().Single().Description = "显示帮助和用法信息";
        return root;
    }

    /// <summary>The words of System.CommandLine's help that its zh-Hans resources leave in English.</summary>
    private static int WriteChineseHelp(ParseResult parse, CliConsole console)
    {
        var english = new StringWriter();
        var code = parse.Invoke(new InvocationConfiguration { Output = english, Error = console.Err });
        console.Out.Write(english.ToString()
            .Replace("Description:", "说明：")
            .Replace("[default: ", "[默认：")
            .Replace("命令: \n", "命令:\n"));
        return code;
    }
}
