using Gongkai.Core.Model;
using Gongkai.Ingest;

namespace Gongkai.Cli.Inputs;

/// <summary>
/// What every reading command does with its FILE arguments: expand them, read each file in parallel, and hand the
/// results back in input order. Inputs that cannot be read are reported on stderr ("gongkai: 文件: 原因") and the
/// others are still processed.
/// </summary>
public static class ReportInputs
{
    /// <summary>
    /// Reads every input. <paramref name="render"/> runs in parallel on each readable result (format the output
    /// there); <paramref name="emit"/> gets them one by one, in order, on the calling thread.
    /// Returns false when some input named nothing or could not be read.
    /// </summary>
    public static bool ReadAll<T>(CliConsole console, IEnumerable<string> args, Func<ReadResult, T> render, Action<ReadResult, T> emit)
    {
        var inputs = InputExpander.Expand(args);
        foreach (var problem in inputs.Problems) console.Error(problem);
        var allRead = inputs.Problems.Count == 0;
        var progress = new ProgressLine(console, inputs.Files.Count);
        OrderedParallel.ForEach(inputs.Files, path =>
        {
            var result = Read(path);
            return (result, rendered: result.Ok ? render(result) : default);
        }, item =>
        {
            if (item.result.Ok)
            {
                if (console.OutIsTerminal) progress.Clear();
                emit(item.result, item.rendered!);
                if (console.OutIsTerminal) console.Out.Flush();
            }
            else
            {
                allRead = false;
                progress.Clear();
                console.Error($"{item.result.Source}: {item.result.Error}");
            }
            progress.Advance();
        });
        progress.Clear();
        console.Out.Flush();
        return allRead;
    }

    /// <summary>
    /// Files being read at once: one per core. The work items run on the thread pool, which adds threads while reads
    /// block; each read may hold up to <see cref="ReportReader.MaxBytes"/>, so without this gate `check '/proc/self/**'`
    /// read eight 64 MB files at a time and took 2.4 GB.
    /// </summary>
    private static readonly SemaphoreSlim ReadGate = new(Environment.ProcessorCount);

    /// <summary>The reader never throws for bad input; anything it does throw is a bug, reported against the file.</summary>
    private static ReadResult Read(string path)
    {
        ReadGate.Wait();
        try { return ReportReader.ReadFile(path); }
        catch (Exception e) { return ReadResult.Fail(path, $"读取时出现内部错误（{e.GetType().Name}）：{e.Message}"); }
        finally { ReadGate.Release(); }
    }

    /// <summary>The reports of one input, each named by where it came from: its own source (a JSON Lines record may carry one), else the file.</summary>
    public static IEnumerable<Report> Named(this ReadResult result) =>
        result.Reports.Select(r => r.Source is null ? r with { Source = result.Source } : r);
}
