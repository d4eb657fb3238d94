using System.Text;
using Gongkai.Tests.Generation;

// `make DIR N [FIRST]`: N damaged report texts, report-00000.txt…, one damage family in turn: the seeds' kinds drawn at
// random, cells run together, Markdown, OCR'd text, one cell a line with repeats collapsed, cells lost or numbers split
// whether or not the identities undo it. Deterministic: the same N and FIRST give the same files.
if (args is not ["make", var dir, var count, ..] || !int.TryParse(count, out var n) || n <= 0)
{
    Console.Error.WriteLine("usage: Gongkai.Bench.Extract make DIR N [FIRST_SEED]");
    return 2;
}
var first = args.Length > 3 ? int.Parse(args[3]) : 5_000_000;
Damage[] families = [Damage.None, .. ReportTextLayout.RealWorldOptions];
Directory.CreateDirectory(dir);
var bytes = 0L;
Parallel.For(0, n, i =>
{
    var family = families[i % families.Length];
    var require = family == Damage.Unchecked ? Damage.Unchecked | (i / families.Length % 2 == 0 ? Damage.MissingCell : Damage.SplitNumbers) : family;
    var g = ReportTextLayout.Generate(first + i, require: require);
    var text = Encoding.UTF8.GetBytes(g.Text);
    File.WriteAllBytes(Path.Join(dir, $"report-{i:D5}.txt"), text);
    Interlocked.Add(ref bytes, text.Length);
});
Console.Error.WriteLine($"{n} texts, {bytes / n / 1024.0:0.0} KB each on average, in {dir}");
return 0;
