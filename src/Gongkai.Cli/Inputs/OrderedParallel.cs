using System.Runtime.ExceptionServices;

namespace Gongkai.Cli.Inputs;

/// <summary>
/// Runs <c>work</c> on many items in parallel and hands the results to <c>emit</c> on the calling thread, in input
/// order, as soon as each is ready. At most a few results per core wait at once, so memory stays flat however many
/// items there are.
/// </summary>
/// <remarks>
/// One dedicated thread per core takes the next item; waiting threads sleep on a monitor. The earlier form (a task per
/// item behind a semaphore, on the thread pool) spent a third of a batch's CPU time spinning in the semaphore and the
/// pool's idle workers (dotnet-trace, docs/benchmarks.md). A single item runs on the calling thread: no thread is started.
/// </remarks>
public static class OrderedParallel
{
    public static void ForEach<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> work, Action<TOut> emit) =>
        ForEach(items, work, emit, Environment.ProcessorCount);

    public static void ForEach<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> work, Action<TOut> emit, int workers)
    {
        var count = items.Count;
        workers = Math.Clamp(workers, 1, Math.Max(1, count));
        if (workers == 1)
        {
            foreach (var item in items) emit(work(item));
            return;
        }
        var window = Math.Max(4, workers * 4);
        var slots = new TOut[window];
        var done = new bool[window];
        var failures = new ExceptionDispatchInfo?[window];
        var gate = new object();
        int taken = 0, emitted = 0;
        var stopped = false;

        void Work()
        {
            while (true)
            {
                int i;
                lock (gate)
                {
                    // Take the next item only when its slot is free: at most `window` results wait to be emitted.
                    while (!stopped && taken < count && taken - emitted >= window) Monitor.Wait(gate);
                    if (stopped || taken >= count) return;
                    i = taken++;
                }
                TOut result = default!;
                ExceptionDispatchInfo? failure = null;
                try { result = work(items[i]); }
                catch (Exception e) { failure = ExceptionDispatchInfo.Capture(e); }
                lock (gate)
                {
                    slots[i % window] = result;
                    failures[i % window] = failure;
                    done[i % window] = true;
                    Monitor.PulseAll(gate);
                }
            }
        }

        var threads = new Thread[workers];
        for (var w = 0; w < workers; w++)
        {
            threads[w] = new Thread(Work) { IsBackground = true, Name = "gongkai-read" };
            threads[w].Start();
        }
        try
        {
            while (emitted < count)
            {
                TOut next;
                ExceptionDispatchInfo? failure;
                lock (gate)
                {
                    var s = emitted % window;
                    while (!done[s]) Monitor.Wait(gate);
                    next = slots[s];
                    failure = failures[s];
                    slots[s] = default!;
                    failures[s] = null;
                    done[s] = false;
                    emitted++;
                    Monitor.PulseAll(gate);
                }
                failure?.Throw();
                emit(next);
            }
        }
        finally
        {
            lock (gate) { stopped = true; Monitor.PulseAll(gate); }
            foreach (var t in threads) t.Join();
        }
    }
}
