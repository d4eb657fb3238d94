using System.Threading.Channels;

namespace Gongkai.Cli.Inputs;

/// <summary>
/// Runs <c>work</c> on many items in parallel and hands the results to <c>emit</c> on the calling thread, in input
/// order, as soon as each is ready. At most a few results per core wait at once, so memory stays flat however many
/// items there are.
/// </summary>
public static class OrderedParallel
{
    public static void ForEach<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> work, Action<TOut> emit)
    {
        var window = Math.Max(4, Environment.ProcessorCount * 4);
        var pending = Channel.CreateBounded<Task<TOut>>(new BoundedChannelOptions(window) { SingleReader = true, SingleWriter = true });
        using var stop = new CancellationTokenSource();
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var item in items)
                    await pending.Writer.WriteAsync(Task.Run(() => work(item), stop.Token), stop.Token);
                pending.Writer.Complete();
            }
            catch (Exception e) { pending.Writer.TryComplete(e); }
        });
        try
        {
            while (pending.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
                while (pending.Reader.TryRead(out var next))
                    emit(next.GetAwaiter().GetResult());
        }
        finally
        {
            stop.Cancel();
            producer.Wait();
        }
    }
}
