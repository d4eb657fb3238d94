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
}
