using System.Diagnostics;
using Gongkai.Ingest;

namespace Gongkai.Cli.Bench;

/// <summary>One measured run: how many reports were read and checked, in what time, with how many bytes allocated.</summary>
public sealed record Measurement(string Data, int Threads, long Reports, long Bytes, TimeSpan Elapsed, long Allocated, long Failed, long WithErrors)
{
    public double ReportsPerSecond => Reports / Elapsed.TotalSeconds;
    public double MegabytesPerSecond => Bytes / 1e6 / Elapsed.TotalSeconds;
    public double AllocatedPerReport => Reports == 0 ? 0 : (double)Allocated / Reports;
}

/// <summary>Reads and checks in-memory report files (ReportReader.ReadBytes, as `check` does after the file is read), one thread or all cores.</summary>
public static class Throughput
{
    /// <summary>Reads every input once, on one thread or on all cores.</summary>
    public static Measurement Once(string data, IReadOnlyList<(string Name, byte[] Bytes)> inputs, bool allCores)
    {
        var tally = new Tally();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        if (allCores) Parallel.For(0, inputs.Count, () => new Tally(), (i, _, t) => t.Read(inputs[i]), t => tally.Add(t));
        else foreach (var input in inputs) tally.Read(input);
        clock.Stop();
        return tally.Result(data, allCores ? Environment.ProcessorCount : 1, clock.Elapsed, GC.GetTotalAllocatedBytes(precise: true) - allocated);
    }

    /// <summary>Reads the inputs round and round until at least <paramref name="minimum"/> has passed (whole rounds per thread).</summary>
    public static Measurement Repeated(string data, IReadOnlyList<(string Name, byte[] Bytes)> inputs, TimeSpan minimum, bool allCores)
    {
        var threads = allCores ? Environment.ProcessorCount : 1;
        var tally = new Tally();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, () => new Tally(), (_, _, t) =>
        {
            do foreach (var input in inputs) t.Read(input);
            while (clock.Elapsed < minimum);
            return t;
        }, t => tally.Add(t));
        clock.Stop();
        return tally.Result(data, threads, clock.Elapsed, GC.GetTotalAllocatedBytes(precise: true) - allocated);
    }

    private sealed class Tally
    {
        private long _reports, _bytes, _failed, _withErrors;

        public Tally Read((string Name, byte[] Bytes) input)
        {
            _bytes += input.Bytes.Length;
            try
            {
                var result = ReportReader.ReadBytes(input.Bytes, input.Name);
                if (!result.Ok) { _failed++; return this; }
                _reports += result.Reports.Length;
                foreach (var report in result.Reports) if (report.HasErrors) _withErrors++;
            }
            catch (Exception) { _failed++; }
            return this;
        }

        /// <summary>Adds another thread's tally; threads finish at different times, hence the atomic adds.</summary>
        public void Add(Tally other)
        {
            Interlocked.Add(ref _reports, other._reports);
            Interlocked.Add(ref _bytes, other._bytes);
            Interlocked.Add(ref _failed, other._failed);
            Interlocked.Add(ref _withErrors, other._withErrors);
        }

        public Measurement Result(string data, int threads, TimeSpan elapsed, long allocated) =>
            new(data, threads, _reports, _bytes, elapsed, allocated, _failed, _withErrors);
    }
}
