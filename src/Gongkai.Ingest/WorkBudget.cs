using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Gongkai.Ingest;

/// <summary>
/// A bound on reading one file: CPU time of the thread doing the work, with a longer bound on the clock as a guard.
/// CPU time, because the same file must get the same answer on a quiet machine and a busy one: on a 2-core machine at
/// load 30 a thread gets a fifteenth of a core, and a clock bound then refused a page or a PDF that a quiet machine
/// read (and cut an OCR'd page short). The clock guard still stops work that is not the thread's own (waiting on a
/// lock, the machine swapping), so no file holds a reader for longer than <see cref="Wall"/>.
/// Start it on the working thread; <see cref="Spent"/> may be asked from any thread.
/// </summary>
internal sealed class WorkBudget(TimeSpan cpu, TimeSpan wall)
{
    /// <summary>The clock guard of the reading budgets: eight seconds of CPU on a quiet machine are eight on the clock.</summary>
    public static readonly TimeSpan WallGuard = TimeSpan.FromSeconds(60);

    private readonly long _started = Stopwatch.GetTimestamp();
    private volatile ThreadCpuClock? _clock;

    public TimeSpan Cpu { get; } = cpu;
    public TimeSpan Wall { get; } = wall;

    /// <summary>Counts the CPU time of the calling thread from now on.</summary>
    public WorkBudget StartOnThisThread()
    {
        _clock = ThreadCpuClock.OfCurrentThread();
        return this;
    }

    /// <summary>The working thread's CPU time or the clock's bound passed (the clock alone before the thread started).</summary>
    public bool Spent => _clock is { } c && c.Elapsed > Cpu || Stopwatch.GetElapsedTime(_started) > Wall;

    /// <summary>A token cancelled once the budget is spent (looked at every 50 ms), for work that takes one; dispose it after.</summary>
    public Watch Watched() => new(this);

    public sealed class Watch : IDisposable
    {
        private readonly CancellationTokenSource _source = new();
        private readonly Timer _timer;

        public Watch(WorkBudget budget)
        {
            _timer = new Timer(_ =>
            {
                // The callback may run once more after Dispose: a cancelled or disposed source is then left alone.
                try { if (budget.Spent) _source.Cancel(); }
                catch (ObjectDisposedException) { }
            }, null, 50, 50);
        }

        public CancellationToken Token => _source.Token;

        public void Dispose()
        {
            _timer.Dispose();
            _source.Dispose();
        }
    }
}

/// <summary>
/// The CPU time of one thread from the moment it was taken, readable from any thread (Linux: the thread's own CPU
/// clock, pthread_getcpuclockid; user and system time).
/// </summary>
internal sealed partial class ThreadCpuClock
{
    private readonly int _clock;
    private readonly long _start;

    private ThreadCpuClock(int clock)
    {
        _clock = clock;
        _start = Read(clock);
    }

    /// <summary>The calling thread's clock, or null on a platform without one (the clock guard then bounds alone).</summary>
    public static ThreadCpuClock? OfCurrentThread()
    {
        try { return pthread_getcpuclockid(pthread_self(), out var id) == 0 && Read(id) >= 0 ? new ThreadCpuClock(id) : null; }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { return null; }
    }

    public TimeSpan Elapsed => TimeSpan.FromTicks((Read(_clock) - _start) / 100);

    /// <summary>The calling thread's CPU time in nanoseconds (CLOCK_THREAD_CPUTIME_ID), or the process's clock where there is none.</summary>
    public static long NowNs()
    {
        var ns = Read(ClockThreadCpuTime);
        return ns >= 0 ? ns : (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));
    }

    private const int ClockThreadCpuTime = 3;

    private static long Read(int clock) => clock_gettime(clock, out var t) == 0 ? t.Seconds * 1_000_000_000L + t.Nanoseconds : -1;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc")]
    private static partial int clock_gettime(int clock, out TimeSpec time);

    [LibraryImport("libc")]
    private static partial nuint pthread_self();

    [LibraryImport("libc")]
    private static partial int pthread_getcpuclockid(nuint thread, out int clock);
}
