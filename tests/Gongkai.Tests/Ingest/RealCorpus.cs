using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Gongkai.Core.Json;
using Gongkai.Ingest;

namespace Gongkai.Tests.Ingest;

/// <summary>
/// The corpus of published annual reports in tests/fixtures/real: each file as it was found (archived web-page
/// text, …), its hand-checked truth in truth/&lt;file&gt;.json, and the score of Gongkai's reader against it.
/// A cell is <b>right</b> when the reader gives the printed value (a blank read as blank counts), <b>null</b> when it
/// gives no value for a printed one, <b>wrong</b> when it gives any other value (a number for a blank included).
/// Cells the truth marks "unverified" (this copy cannot show what was printed) are not scored.
/// </summary>
public static class RealCorpus
{
    public static readonly string[] Sections = ["proactive", "applications", "reviewLitigation"];

    public static string Dir => Path.Combine(SharedFiles.RepoRoot, "tests", "fixtures", "real");

    public static string TruthDir => Path.Combine(Dir, "truth");

    /// <summary>Corpus file names (the truth files' names without ".json"), in ordinal order.</summary>
    public static ImmutableArray<string> Files { get; } =
        [.. Directory.GetFiles(TruthDir, "*.json").Select(p => Path.GetFileNameWithoutExtension(p)).Order(StringComparer.Ordinal)];

    public static JsonObject Truth(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(TruthDir, file + ".json")))!.AsObject();

    /// <summary>Every scored cell of a truth file: "section.row.field" and the printed value (null = blank).</summary>
    public static IEnumerable<(string Path, JsonNode? Value)> Cells(JsonObject truth)
    {
        var unverified = truth["unverified"]?.AsArray().Select(n => n!.GetValue<string>()).ToHashSet() ?? [];
        foreach (var section in Sections)
            foreach (var (row, cells) in truth[section]!.AsObject())
                foreach (var (field, value) in cells!.AsObject())
                {
                    var path = $"{section}.{row}.{field}";
                    if (!unverified.Contains(path)) yield return (path, value);
                }
    }

    /// <param name="copy">Another copy of the same report to read (e.g. the page saved as .doc); the corpus file by default.</param>
    public static FileScore Score(string file, string? copy = null)
    {
        var truth = Truth(file);
        var read = ReportReader.ReadFile(copy ?? Path.Combine(Dir, file));
        JsonObject? actual = null;
        if (read.Ok && read.Reports.Length == 1) actual = JsonNode.Parse(ReportJson.Serialize(read.Reports[0]))!.AsObject();
        var right = 0;
        var nulls = 0;
        var wrong = ImmutableArray.CreateBuilder<WrongCell>();
        foreach (var (path, expected) in Cells(truth))
        {
            var got = actual is null ? null : Lookup(actual, path);
            if (SameNumber(expected, got)) right++;
            else if (got is null) nulls++;
            else wrong.Add(new WrongCell(path, expected?.ToJsonString() ?? "空白", got.ToJsonString()));
        }
        var unscored = truth["unverified"]?.AsArray().Count ?? 0;
        var error = read.Ok ? read.Reports.Length == 1 ? null : $"读出 {read.Reports.Length} 份报告" : read.Error;
        return new FileScore(file, truth["form"]!.GetValue<string>(), right, nulls, wrong.ToImmutable(), unscored, error);
    }

    public static JsonNode? Lookup(JsonObject report, string path)
    {
        var first = path.IndexOf('.');
        var last = path.LastIndexOf('.');
        var section = path[..first];
        var row = path[(first + 1)..last];
        var field = path[(last + 1)..];
        return report[section]?[row]?[field];
    }

    private static bool SameNumber(JsonNode? expected, JsonNode? got) =>
        expected is null ? got is null : got is not null && expected.GetValue<decimal>() == got.GetValue<decimal>();

    /// <summary>The per-form table (files, cells right / null / wrong / unscored, files refused) as Markdown.</summary>
    public static string Table(IReadOnlyList<FileScore> scores)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| form | files | cells scored | right | null | wrong | unscored | files refused |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        void Line(string form, IReadOnlyCollection<FileScore> group)
        {
            int right = group.Sum(s => s.Right), nulls = group.Sum(s => s.Null), wrong = group.Sum(s => s.Wrong.Length);
            var scored = right + nulls + wrong;
            sb.Append(CultureInfo.InvariantCulture,
                $"| {form} | {group.Count} | {scored} | {right} ({Percent(right, scored)}) | {nulls} ({Percent(nulls, scored)}) | {wrong} | {group.Sum(s => s.Unscored)} | {group.Count(s => s.Error is not null)} |\n");
        }
        foreach (var g in scores.GroupBy(s => s.Form).OrderBy(g => g.Key, StringComparer.Ordinal)) Line(g.Key, [.. g]);
        Line("**all**", [.. scores]);
        return sb.ToString();
    }

    private static string Percent(int part, int whole) =>
        whole == 0 ? "–" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}

public sealed record WrongCell(string Path, string Printed, string Read)
{
    public override string ToString() => $"{Path}: printed {Printed}, read {Read}";
}

public sealed record FileScore(string File, string Form, int Right, int Null, ImmutableArray<WrongCell> Wrong, int Unscored, string? Error);
