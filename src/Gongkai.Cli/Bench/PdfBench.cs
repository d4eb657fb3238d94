using System.Diagnostics;
using System.Globalization;
using System.Text;
using Gongkai.Ingest;
using Gongkai.Ingest.Text;
using Gongkai.Render;
using Spectre.Console;

namespace Gongkai.Cli.Bench;

/// <summary>
/// `gongkai bench --pdf N`: renders N generated reports to PDF once, then times reading them back into reports
/// (ReportReader.ReadBytes: PDF → text → report, checked) against poppler's `pdftotext -layout` (PDF → text only, one
/// process per file, as a script would run it) on the same files in the same run, and prints both totals and the ratio.
/// </summary>
public static class PdfBench
{
    public sealed record Result(int Files, long Bytes, TimeSpan FirstPass, TimeSpan Gongkai, int GongkaiFailed, int Mismatched, TimeSpan? Poppler, int PopplerFailed)
    {
        public double? Ratio => Poppler is { } p && p > TimeSpan.Zero ? Gongkai / p : null;
    }

    public static int Run(CliConsole console, int count)
    {
        if (count <= 0)
        {
            console.Error("--pdf 应大于 0");
            return CliApp.Failure;
        }
        var dir = Directory.CreateTempSubdirectory("gongkai-bench-pdf-");
        try
        {
            console.Err.WriteLine($"正在生成并渲染 {count} 份 PDF 报告……");
            var inputs = Render(count, dir.FullName);
            if (inputs.Count == 0)
            {
                console.Error("没有可用的 PDF（生成的报告文本无法读取）");
                return CliApp.Failure;
            }
            var result = Measure(inputs, console);
            Print(console, result);
            return CliApp.Success;
        }
        finally
        {
            try { dir.Delete(recursive: true); } catch (IOException) { }
        }
    }

    private sealed record Input(string Path, byte[] Bytes, Gongkai.Core.Model.Report Source);

    /// <summary>The bench's generated report texts, read into reports and rendered to PDF on all cores, written to files for pdftotext.</summary>
    private static List<Input> Render(int count, string dir)
    {
        var generator = new ReportTextGenerator();
        var inputs = new Input?[count];
        Parallel.For(0, count, i =>
        {
            Gongkai.Core.Model.Report report;
            try { report = ReportTextReader.Read(generator.Generate(i), $"generated-{i}"); }
            catch (NotAReportException) { return; }
            var bytes = ReportRenderer.Render(report, RenderFormat.Pdf);
            var path = Path.Join(dir, $"report-{i:D5}.pdf");
            File.WriteAllBytes(path, bytes);
            inputs[i] = new Input(path, bytes, report);
        });
        return [.. inputs.OfType<Input>()];
    }

    private static Result Measure(List<Input> inputs, CliConsole console)
    {
        var hasPoppler = Pdftotext(inputs[0].Path) is not null; // also warms the page cache and the dynamic loader
        if (!hasPoppler) console.Error("未找到 pdftotext（请安装 poppler-utils），只测量 Gongkai");

        // First pass: what one run of the program pays, JIT compilation included.
        var (cold, _, _) = ReadAll(inputs);
        // Then until tiered compilation has settled: the steady state of a long `check` over many files.
        var warm = Stopwatch.StartNew();
        do ReadAll(inputs);
        while (warm.Elapsed < TimeSpan.FromSeconds(2));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var (gongkai, failed, mismatched) = ReadAll(inputs);

        TimeSpan? poppler = null;
        var popplerFailed = 0;
        if (hasPoppler)
        {
            var clock = Stopwatch.StartNew();
            foreach (var input in inputs)
                if (Pdftotext(input.Path) is not { Length: > 0 }) popplerFailed++;
            poppler = clock.Elapsed;
        }
        return new Result(inputs.Count, inputs.Sum(i => (long)i.Bytes.Length), cold, gongkai, failed, mismatched, poppler, popplerFailed);
    }

    private static (TimeSpan Elapsed, int Failed, int Mismatched) ReadAll(List<Input> inputs)
    {
        int failed = 0, mismatched = 0;
        var clock = Stopwatch.StartNew();
        foreach (var input in inputs)
        {
            var r = ReportReader.ReadBytes(input.Bytes, input.Path);
            if (!r.Ok) failed++;
            else if (!SameCells(input.Source, r.Reports[0])) mismatched++;
        }
        return (clock.Elapsed, failed, mismatched);
    }

    // Comparing is part of the timed loop only as a few array compares per report; it shows the reading was right.
    private static bool SameCells(Gongkai.Core.Model.Report expected, Gongkai.Core.Model.Report actual) =>
        expected.Sections.Zip(actual.Sections).All(p => p.First.Cells.SequenceEqual(p.Second.Cells));

    /// <summary>`pdftotext -layout FILE -`, its output read to the end; null if it cannot be started.</summary>
    private static string? Pdftotext(string path)
    {
        var psi = new ProcessStartInfo("pdftotext")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("-layout");
        psi.ArgumentList.Add(path);
        psi.ArgumentList.Add("-");
        try
        {
            using var p = Process.Start(psi);
            if (p is null) return null;
            var stderr = p.StandardError.ReadToEndAsync();
            var text = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            _ = stderr.Result;
            return p.ExitCode == 0 ? text : "";
        }
        catch (System.ComponentModel.Win32Exception) { return null; }
    }

    private static void Print(CliConsole console, Result r)
    {
        var table = new Table();
        table.AddColumn("读取方式");
        foreach (var numeric in new[] { "PDF 份数", "总用时（秒）", "每份（毫秒）", "失败" })
            table.AddColumn(new TableColumn(numeric).RightAligned());
        table.AddRow("Gongkai：PDF → 报告（ReportReader.ReadBytes，预热后）", N(r.Files), S(r.Gongkai), Ms(r.Gongkai, r.Files), N(r.GongkaiFailed + r.Mismatched));
        table.AddRow("Gongkai：同上，首轮（含 JIT 编译）", N(r.Files), S(r.FirstPass), Ms(r.FirstPass, r.Files), N(r.GongkaiFailed + r.Mismatched));
        if (r.Poppler is { } p)
            table.AddRow("pdftotext -layout：PDF → 文本（每份一个进程）", N(r.Files), S(p), Ms(p, r.Files), N(r.PopplerFailed));
        console.Out.WriteLine($"{r.Files} 份 PDF，共 {r.Bytes / 1024.0:#,0} KB（平均 {r.Bytes / 1024.0 / r.Files:0.0} KB），单线程");
        console.Write(table);
        if (r.Ratio is { } ratio)
            console.Out.WriteLine($"Gongkai 用时为 pdftotext 的 {ratio.ToString("0.00", CultureInfo.InvariantCulture)} 倍（预热后；首轮 {(r.FirstPass / r.Poppler!.Value).ToString("0.00", CultureInfo.InvariantCulture)} 倍；目标：不超过 2 倍）");
        if (r.Mismatched > 0) console.Error($"{r.Mismatched} 份读出的数字与原报告不符");
        if (r.GongkaiFailed > 0) console.Error($"{r.GongkaiFailed} 份读取失败");
        console.Out.Flush();
    }

    private static string N(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);
    private static string S(TimeSpan t) => t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
    private static string Ms(TimeSpan t, int n) => (t.TotalMilliseconds / n).ToString("0.0", CultureInfo.InvariantCulture);
}
