using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Gongkai.Fuzz;

/// <summary>
/// One worker process and the inputs sent to it. An input that has not answered within the time bound gets the worker
/// killed (and a new one started): a hang can never stall the run. A worker that dies by itself (stack overflow,
/// fail-fast) is a crash of the input it was reading.
/// </summary>
public sealed class WorkerHost : IDisposable
{
    /// <summary>The worker's GC heap hard limit: live managed memory above it throws OutOfMemoryException there.</summary>
    public const long HeapLimitBytes = 1536L * 1024 * 1024;

    private readonly TimeSpan _timeout;
    private readonly string _inputPath;
    private Process? _process;
    private BlockingCollection<string>? _lines;
    private readonly StringBuilder _stderr = new();

    public WorkerHost(TimeSpan timeout, string scratchDir)
    {
        _timeout = timeout;
        _inputPath = Path.Combine(scratchDir, $"input-{Environment.ProcessId}-{Guid.NewGuid():N}.bin");
    }

    public int Restarts { get; private set; }

    public Verdict Run(string format, byte[] bytes)
    {
        File.WriteAllBytes(_inputPath, bytes);
        for (var attempt = 0; ; attempt++)
        {
            var process = EnsureStarted();
            var lines = _lines!;
            try
            {
                process.StandardInput.WriteLine($"{format}\t{_inputPath}");
                process.StandardInput.Flush();
            }
            catch (IOException) when (attempt == 0) { Kill(); continue; } // a worker that died between inputs
            var clock = Stopwatch.StartNew();
            if (lines.TryTake(out var line, _timeout)) return Parse(line);
            if (!process.HasExited)
            {
                Kill();
                return new Verdict(Outcome.Timeout, $"超过 {_timeout.TotalSeconds:0} 秒未返回", 0, clock.Elapsed.TotalMilliseconds);
            }
            process.WaitForExit();
            string err;
            lock (_stderr) err = _stderr.ToString();
            var code = process.ExitCode;
            Kill();
            var first = err.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Take(3);
            var why = err.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase) ? "栈溢出（进程终止）"
                : err.Contains("OutOfMemory", StringComparison.Ordinal) ? "内存耗尽（进程终止）" : $"工作进程退出（代码 {code}）";
            var outcome = why.StartsWith("内存", StringComparison.Ordinal) ? Outcome.Memory : Outcome.Crash;
            return new Verdict(outcome, why + "：" + string.Join(" | ", first), 0, clock.Elapsed.TotalMilliseconds);
        }
    }

    private static Verdict Parse(string line)
    {
        var p = line.Split('\t', 5);
        return new Verdict(Enum.Parse<Outcome>(p[1]), p.Length > 4 ? p[4] : "",
            long.Parse(p[2], CultureInfo.InvariantCulture), double.Parse(p[3], CultureInfo.InvariantCulture));
    }

    private Process EnsureStarted()
    {
        if (_process is { HasExited: false }) return _process;
        Kill();
        var self = Environment.ProcessPath!;
        var psi = new ProcessStartInfo(self)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") psi.ArgumentList.Add(typeof(WorkerHost).Assembly.Location);
        psi.ArgumentList.Add("worker");
        psi.Environment["DOTNET_GCHeapHardLimit"] = "0x" + HeapLimitBytes.ToString("X", CultureInfo.InvariantCulture);
        psi.Environment["DOTNET_gcServer"] = "0";
        psi.Environment["DOTNET_TieredCompilation"] = "1";
        var process = Process.Start(psi)!;
        var lines = new BlockingCollection<string>();
        lock (_stderr) _stderr.Clear();
        process.OutputDataReceived += (_, e) => { if (e.Data is { } d && d.StartsWith("@@\t", StringComparison.Ordinal)) lines.Add(d); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } d) lock (_stderr) if (_stderr.Length < 8000) _stderr.AppendLine(d); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        _lines = lines;
        Restarts++;
        return process;
    }

    private void Kill()
    {
        if (_process is null) return;
        try { if (!_process.HasExited) _process.Kill(entireProcessTree: true); _process.WaitForExit(5000); } catch (InvalidOperationException) { }
        _process.Dispose();
        _process = null;
    }

    public void Dispose()
    {
        Kill();
        try { File.Delete(_inputPath); } catch (IOException) { }
    }
}
