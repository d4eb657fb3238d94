using System.CommandLine;
using System.Globalization;
using System.Runtime;
using System.Text;
using Gongkai.Cli.Bench;
using Gongkai.Cli.Inputs;
using Spectre.Console;

namespace Gongkai.Cli.Commands;

/// <summary>
/// `gongkai bench [--generated N] [--seeds DIR]`: reports read and checked per second, one thread and all cores.
/// `gongkai bench --pdf N`: N generated reports as PDF, read by Gongkai and by pdftotext, both timed (<see cref="PdfBench"/>).
/// </summary>
public static class BenchCommand
{
    public const int DefaultGenerated = 20000;
    public const double DefaultMinSeconds = 2;

    public static Command Create(CliConsole console)
    {
        var generated = new Option<int?>("--generated") { HelpName = "N", Description = $"另外生成多少份报告文本来测量（默认 {DefaultGenerated}；0 表示不测）" };
        generated.Validators.Add(r => { if (r.GetValueOrDefault<int?>() < 0) r.AddError("--generated 不能为负数"); });
        var seeds = new Option<string?>("--seeds") { HelpName = "DIR", Description = "样本报告所在的文件夹（默认：仓库旁的 ../shared/seeds）" };
        var minSeconds = new Option<double?>("--min-seconds") { HelpName = "SECONDS", Description = $"样本报告反复读取的最短时间（秒，默认 {DefaultMinSeconds}）" };
        minSeconds.Validators.Add(r => { if (r.GetValueOrDefault<double?>() <= 0) r.AddError("--min-seconds 应大于 0"); });
        var pdf = new Option<int?>("--pdf") { HelpName = "N", Description = "改为测量 PDF：生成 N 份报告 PDF，比较 Gongkai 读取（PDF→报告）与 pdftotext -layout（PDF→文本）的用时" };
        pdf.Validators.Add(r => { if (r.GetValueOrDefault<int?>() <= 0) r.AddError("--pdf 应大于 0"); });
        var command = new Command("bench", "测量读取并核对报告的速度（份/秒），单线程与全部核心") { generated, seeds, minSeconds, pdf };
        command.SetAction(parse => parse.GetValue(pdf) is int n
            ? PdfBench.Run(console, n)
            : Run(console, parse.GetValue(generated) ?? DefaultGenerated, parse.GetValue(seeds),
                TimeSpan.FromSeconds(parse.GetValue(minSeconds) ?? DefaultMinSeconds)));
        return command;
    }

    public static int Run(CliConsole console, int generated, string? seedsDir, TimeSpan minimum)
    {
        if (seedsDir is not null && !Directory.Exists(seedsDir))
        {
            console.Error($"{seedsDir}: 文件夹不存在");
            return CliApp.Failure;
        }
        seedsDir ??= DefaultSeeds();
        var results = new List<Measurement>();

        if (seedsDir is null) console.Error("未找到样本报告文件夹（../shared/seeds），跳过样本测量；可用 --seeds 指定");
        else
        {
            var seeds = InputExpander.FilesUnder(seedsDir).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
            if (seeds.Count == 0) console.Error($"{seedsDir}: 文件夹中没有文件，跳过样本测量");
            else
            {
                // Long enough for tiered compilation to reach optimised code before anything is timed.
                Throughput.Repeated("warm-up", seeds, WarmUp(minimum), allCores: true);
                var label = $"样本 {seeds.Count} 份（反复）";
                results.Add(Measure(() => Throughput.Repeated(label, seeds, minimum, allCores: false)));
                results.Add(Measure(() => Throughput.Repeated(label, seeds, minimum, allCores: true)));
            }
        }

        if (generated > 0)
        {
            var generator = new ReportTextGenerator();
            var texts = new (string, byte[])[generated];
            Parallel.For(0, generated, i => texts[i] = ($"generated-{i}", Encoding.UTF8.GetBytes(generator.Generate(i))));
            Throughput.Repeated("warm-up", texts.Take(200).ToList(), WarmUp(minimum), allCores: true);
            var label = $"生成 {generated} 份";
            results.Add(Measure(() => Throughput.Once(label, texts, allCores: false)));
            results.Add(Measure(() => Throughput.Once(label, texts, allCores: true)));
        }

        Print(console, results);
        var failed = results.Sum(r => r.Failed);
        if (failed > 0) console.Error($"有 {failed} 次读取失败（未计入报告数），以上速度不能代表正常读取");
        return CliApp.Success;
    }

    private static TimeSpan WarmUp(TimeSpan minimum) => minimum < TimeSpan.FromSeconds(1) ? minimum : TimeSpan.FromSeconds(1);

    private static Measurement Measure(Func<Measurement> run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return run();
    }

    private static void Print(CliConsole console, IReadOnlyList<Measurement> results)
    {
        var table = new Table();
        table.AddColumn("数据").AddColumn("线程");
        foreach (var numeric in new[] { "报告", "用时（秒）", "报告/秒", "MB/秒", "每份分配（KB）", "读取失败", "有错误" })
            table.AddColumn(new TableColumn(numeric).RightAligned());
        foreach (var r in results)
            table.AddRow(r.Data, N(r.Threads), N(r.Reports), r.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture),
                r.ReportsPerSecond.ToString("#,0", CultureInfo.InvariantCulture), r.MegabytesPerSecond.ToString("0.0", CultureInfo.InvariantCulture),
                (r.AllocatedPerReport / 1024).ToString("#,0.0", CultureInfo.InvariantCulture), N(r.Failed), N(r.WithErrors));
        console.Out.WriteLine($"{Environment.ProcessorCount} 核，.NET {Environment.Version}，{(GCSettings.IsServerGC ? "服务器" : "工作站")} GC");
        console.Write(table);
        console.Out.Flush();
    }

    private static string N(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>../shared/seeds beside the repository (the folder holding Gongkai.slnx), from the working folder or the program's.</summary>
    public static string? DefaultSeeds()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (!File.Exists(Path.Join(dir.FullName, "Gongkai.slnx"))) continue;
                var seeds = Path.GetFullPath(Path.Join(dir.FullName, "..", "shared", "seeds"));
                if (Directory.Exists(seeds)) return seeds;
                break;
            }
        }
        return null;
    }
}
