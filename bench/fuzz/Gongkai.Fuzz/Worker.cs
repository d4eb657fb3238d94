using System.Runtime;
using System.Text;

namespace Gongkai.Fuzz;

/// <summary>
/// The child process: reads "format\tpath" lines on stdin, runs each file, answers one "@@\toutcome\tbytes\tms\tdetail"
/// line on stdout. A hang is ended by the driver killing this process; a stack overflow ends it by itself. Live memory is
/// bounded by the GC heap hard limit the driver sets (OutOfMemoryException → memory), allocation per input by
/// <see cref="MaxAllocatedBytes"/>.
/// </summary>
public static class Worker
{
    /// <summary>Bytes one input may make the reader allocate in total (garbage included): 40× the largest mutant.</summary>
    public const long MaxAllocatedBytes = 2L * 1024 * 1024 * 1024;

    public static int Run()
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true };
        Console.SetOut(TextWriter.Null); // libraries that print must not break the protocol
        string? line;
        while ((line = Console.In.ReadLine()) is not null)
        {
            var parts = line.Split('\t');
            if (parts.Length != 2) continue;
            var bytes = File.ReadAllBytes(parts[1]);
            var before = GC.GetTotalAllocatedBytes(precise: false);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var v = Target.Run(parts[0], bytes);
            var ms = clock.Elapsed.TotalMilliseconds;
            var allocated = GC.GetTotalAllocatedBytes(precise: false) - before;
            if (v.Outcome is Outcome.Ok or Outcome.CleanError && allocated > MaxAllocatedBytes)
                v = new Verdict(Outcome.Memory, $"分配了 {allocated / 1024 / 1024} MB（上限 {MaxAllocatedBytes / 1024 / 1024} MB）；结果：{v.Outcome} {v.Detail}");
            stdout.WriteLine($"@@\t{v.Outcome}\t{allocated}\t{ms:0.0}\t{Clean(v.Detail)}");
            if (allocated > 256L * 1024 * 1024) GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        }
        return 0;
    }

    private static string Clean(string s)
    {
        s = s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
        return s.Length > 300 ? s[..300] : s;
    }
}
