using System.Diagnostics;
using Gongkai.Ingest;

namespace Gongkai.Tests.Ingest;

/// <summary>Busy threads, several to a core, until disposed: the machine at a high load.</summary>
public sealed class BusyMachine : IDisposable
{
    private volatile bool _stop;
    private readonly List<Thread> _threads = [];

    public BusyMachine(int perCore)
    {
        for (var i = 0; i < perCore * Environment.ProcessorCount; i++)
        {
            var t = new Thread(() => { var x = 0L; while (!_stop) x++; GC.KeepAlive(x); }) { IsBackground = true };
            t.Start();
            _threads.Add(t);
        }
    }

    public void Dispose()
    {
        _stop = true;
        foreach (var t in _threads) t.Join();
    }

    /// <summary>
    /// Works on the calling thread until its CPU clock has counted <paramref name="cpu"/>, not until the wall clock has:
    /// on a loaded machine a spin of 400 ms on the clock gets only a share of a core. False when 60 s on the clock pass
    /// first (a thread clock that does not count work).
    /// </summary>
    public static bool Work(TimeSpan cpu)
    {
        var end = ThreadCpuClock.NowNs() + cpu.Ticks * 100;
        var guard = Stopwatch.StartNew();
        var x = 0L;
        while (ThreadCpuClock.NowNs() < end)
        {
            for (var i = 0; i < 10_000; i++) x++;
            if (guard.Elapsed > TimeSpan.FromSeconds(60)) return false;
        }
        GC.KeepAlive(x);
        return true;
    }
}
