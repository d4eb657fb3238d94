using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;

namespace Gongkai.Fuzz;

/// <summary>
/// gongkai-fuzz [--seconds N] [--timeout S] [--out DIR] [--seeds DIR] [--seed N] [format...]
/// Coverage-free mutation fuzzing (SharpFuzz needs AFL, not installed here): for each format, for N seconds, take a
/// corpus input, mutate it, run it in a worker process with a time and memory bound, and keep what crashes, hangs or
/// blows the memory bound — minimised — as a regression fixture. Exit code 1 when anything bad was found.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "worker") return Worker.Run();
        if (args.Length == 3 && args[0] == "probe") return Probe(args[1], args[2]);
        var seconds = 60.0;
        var timeout = 10.0;
        var outDir = "tests/Gongkai.Tests/Ingest/Fixtures/fuzz";
        var seedsDir = "../shared/seeds";
        var rngSeed = Environment.TickCount;
        var formats = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--seconds": seconds = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--timeout": timeout = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--out": outDir = args[++i]; break;
                case "--seeds": seedsDir = args[++i]; break;
                case "--seed": rngSeed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default:
                    if (!Corpus.Formats.Contains(args[i])) { Console.Error.WriteLine($"未知参数或格式：{args[i]}（格式：{string.Join(' ', Corpus.Formats)}）"); return 2; }
                    formats.Add(args[i]);
                    break;
            }
        }
        if (formats.Count == 0) formats.AddRange(Corpus.Formats);
        Console.WriteLine($"覆盖率无关的变异模糊测试（无 AFL，故不用 SharpFuzz）：每种格式 {seconds:0} 秒，单个输入上限 {timeout:0} 秒、" +
                          $"堆 {WorkerHost.HeapLimitBytes / 1024 / 1024} MB、累计分配 {Worker.MaxAllocatedBytes / 1024 / 1024} MB；随机种子 {rngSeed}");
        var scratch = Directory.CreateTempSubdirectory("gongkai-fuzz-").FullName;
        var stats = new List<Stats>();
        try
        {
            using var host = new WorkerHost(TimeSpan.FromSeconds(timeout), scratch);
            foreach (var format in formats) stats.Add(Fuzz(format, host, seconds, outDir, seedsDir, new Random(rngSeed)));
        }
        finally { Directory.Delete(scratch, recursive: true); }

        Console.WriteLine();
        Console.WriteLine($"{"格式",-6}{"输入",8}{"秒",8}{"输入/秒",9}{"ok",8}{"清晰错误",8}{"崩溃",6}{"超时",6}{"内存",6}{"最慢ms",9}{"最大分配MB",10}");
        foreach (var s in stats)
            Console.WriteLine($"{s.Format,-8}{s.Inputs,8}{s.Seconds,9:0}{s.Inputs / s.Seconds,10:0.0}{s.Count(Outcome.Ok),8}{s.Count(Outcome.CleanError),10}" +
                              $"{s.Count(Outcome.Crash),8}{s.Count(Outcome.Timeout),8}{s.Count(Outcome.Memory),8}{s.SlowestMs,10:0}{s.MaxAllocated / 1024 / 1024,12}");
        var bad = stats.Sum(s => s.Count(Outcome.Crash) + s.Count(Outcome.Timeout) + s.Count(Outcome.Memory));
        foreach (var s in stats)
            foreach (var f in s.Findings) Console.WriteLine($"发现 {s.Format} {f}");
        Console.WriteLine(bad == 0 ? "没有发现问题" : $"发现 {bad} 个有问题的输入（{stats.Sum(s => s.Findings.Count)} 类），已写入 {outDir}");
        return bad == 0 ? 0 : 1;
    }

    /// <summary>probe FORMAT FILE: one input in this process, with the time of the format's text extraction and of the whole read.</summary>
    private static int Probe(string format, string file)
    {
        var bytes = File.ReadAllBytes(file);
        var clock = Stopwatch.StartNew();
        try
        {
            var text = format switch
            {
                "pdf" => Gongkai.Ingest.Pdf.PdfText.Extract(bytes),
                "docx" => Gongkai.Ingest.Docx.DocxText.Extract(bytes),
                "html" => Gongkai.Ingest.Html.HtmlText.Extract(bytes),
                _ => "",
            };
            Console.WriteLine($"提取：{clock.ElapsedMilliseconds} ms，{text.Length} 字符");
        }
        catch (Exception e) { Console.WriteLine($"提取：{clock.ElapsedMilliseconds} ms，{Target.Describe(e)}"); }
        clock.Restart();
        var v = Target.Run(format, bytes);
        Console.WriteLine($"全部：{clock.ElapsedMilliseconds} ms，{v.Outcome} {v.Detail}");
        return 0;
    }

    private sealed class Stats(string format)
    {
        public string Format { get; } = format;
        public int Inputs;
        public double Seconds;
        public double SlowestMs;
        public long MaxAllocated;
        public readonly Dictionary<Outcome, int> Counts = [];
        public readonly List<string> Findings = [];
        public int Count(Outcome o) => Counts.GetValueOrDefault(o);
    }

    private static Stats Fuzz(string format, WorkerHost host, double seconds, string outDir, string seedsDir, Random rng)
    {
        var stats = new Stats(format);
        var corpus = Corpus.Build(format, seedsDir, generated: 12);
        Console.WriteLine($"{format}: 语料 {corpus.Count} 个");
        var seen = new HashSet<string>();
        var clock = Stopwatch.StartNew();
        var fuzzing = TimeSpan.Zero;
        var budget = TimeSpan.FromSeconds(seconds);
        var i = 0;
        while (fuzzing < budget)
        {
            var started = clock.Elapsed;
            // The unmutated corpus first (each must read), then mutants of mutants now and then (deeper damage).
            byte[] input;
            try { input = i < corpus.Count ? corpus[i] : Mutators.Mutate(format, corpus[rng.Next(corpus.Count)], rng); }
            catch (OutOfMemoryException) { i++; continue; } // a mutant too big to build: the driver goes on
            i++;
            var v = host.Run(format, input);
            stats.Inputs++;
            stats.Counts[v.Outcome] = stats.Count(v.Outcome) + 1;
            stats.SlowestMs = Math.Max(stats.SlowestMs, v.Milliseconds);
            stats.MaxAllocated = Math.Max(stats.MaxAllocated, v.AllocatedBytes);
            if (v.Outcome is Outcome.Ok or Outcome.CleanError)
            {
                if (v.Outcome == Outcome.Ok && i > corpus.Count && input.Length < 2 * 1024 * 1024 && corpus.Count < 400 && rng.Next(4) == 0) corpus.Add(input);
            }
            else if (seen.Add(v.Signature))
            {
                Console.WriteLine($"  {format} #{i}: {v.Outcome} {v.Detail}");
                var minimising = clock.Elapsed;
                var small = Minimize(format, input, v, host);
                started += clock.Elapsed - minimising; // minimisation does not eat the fuzzing budget
                var path = Save(outDir, format, small);
                stats.Findings.Add($"{v.Outcome} {Path.GetFileName(path)} ({small.Length} 字节，原 {input.Length}): {v.Detail}");
            }
            fuzzing += clock.Elapsed - started;
            if (stats.Inputs % 500 == 0) Console.WriteLine($"  {format}: {stats.Inputs} 个输入，{fuzzing.TotalSeconds:0} 秒");
        }
        stats.Seconds = fuzzing.TotalSeconds;
        return stats;
    }

    /// <summary>
    /// Delta reduction: drop chunks (halves, quarters, …) while the input keeps the same outcome and signature. ZIP and
    /// PDF inputs usually stop shrinking early (a cut breaks the container and the outcome changes): they stay as found.
    /// Bounded in attempts and time, since every attempt of a timeout costs the full time bound.
    /// </summary>
    private static byte[] Minimize(string format, byte[] input, Verdict found, WorkerHost host)
    {
        var best = input;
        var deadline = Stopwatch.StartNew();
        var limit = TimeSpan.FromSeconds(found.Outcome == Outcome.Timeout ? 120 : 90);
        var chunks = 2;
        while (chunks <= best.Length && deadline.Elapsed < limit)
        {
            var size = (best.Length + chunks - 1) / chunks;
            var shrunk = false;
            for (var start = 0; start < best.Length && deadline.Elapsed < limit; start += size)
            {
                var candidate = best[..start].Concat(best[Math.Min(best.Length, start + size)..]).ToArray();
                if (candidate.Length == 0) continue;
                var v = host.Run(format, candidate);
                if (v.Outcome == found.Outcome && v.Signature == found.Signature) { best = candidate; shrunk = true; break; }
            }
            if (!shrunk) chunks *= 2;
            else chunks = Math.Max(2, chunks - 1);
        }
        return best;
    }

    private static string Save(string outDir, string format, byte[] bytes)
    {
        var dir = Path.Combine(outDir, format);
        Directory.CreateDirectory(dir);
        var name = Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] + ".bin";
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
