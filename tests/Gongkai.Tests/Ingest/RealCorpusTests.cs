using Xunit.Abstractions;
using System.Text.Json.Nodes;

namespace Gongkai.Tests.Ingest;

/// <summary>
/// Gongkai's reader against published reports as researchers meet them (tests/fixtures/real, sources in SOURCES.md).
/// Today's defects are recorded per file in the truth's "expected.knownWrong" (each with its cause) and
/// "expected.minRight": a new wrong cell fails, a fixed one fails until it is taken off the list, and the right
/// cells may not fall below the floor — so the list can only shrink and the floor only rise.
/// The table per form is printed by <see cref="Corpus_score_per_form"/> (tests/fixtures/real/measure.sh).
/// </summary>
public class RealCorpusTests(ITestOutputHelper output)
{
    public static TheoryData<string> Files => [.. RealCorpus.Files];

    [Fact]
    public void Every_truth_has_its_file_and_source_and_every_file_its_truth()
    {
        Assert.True(RealCorpus.Files.Length >= 1);
        var sources = File.ReadAllText(Path.Combine(RealCorpus.Dir, "SOURCES.md"));
        foreach (var file in RealCorpus.Files)
        {
            Assert.True(File.Exists(Path.Combine(RealCorpus.Dir, file)), $"{file}: truth without its file");
            Assert.Contains($"`{file}`", sources);
            var truth = RealCorpus.Truth(file);
            Assert.Equal(file, truth["file"]!.GetValue<string>());
            Assert.False(string.IsNullOrWhiteSpace(truth["source"]?.GetValue<string>()), $"{file}: no source");
        }
        var corpusFiles = Directory.GetFiles(RealCorpus.Dir).Select(Path.GetFileName)
            .Where(n => n is not ("SOURCES.md" or "measure.sh"));
        foreach (var name in corpusFiles) Assert.Contains(name!, RealCorpus.Files);
    }

    /// <summary>
    /// A typo in a truth file would make every reader look wrong (or right) there: the identities the format states
    /// must hold in the truth except where the published report itself breaks them, which the truth declares.
    /// </summary>
    [Theory]
    [MemberData(nameof(Files))]
    public void Truth_breaks_exactly_the_identities_it_declares(string file)
    {
        var truth = RealCorpus.Truth(file);
        var declared = truth["identitiesBroken"]?.AsArray().Select(n => n!.GetValue<string>()).Order(StringComparer.Ordinal).ToArray() ?? [];
        Assert.Equal(declared, BrokenIdentities(truth).Order(StringComparer.Ordinal).ToArray());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Reader_gives_no_wrong_cell_beyond_the_known_ones(string file)
    {
        var score = RealCorpus.Score(file);
        var known = KnownWrong(file);
        var unexpected = score.Wrong.Where(w => !known.Contains(w.Path)).ToArray();
        Assert.True(unexpected.Length == 0, $"{file}: {unexpected.Length} wrong cells not on the known list:\n" + string.Join("\n", unexpected));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Known_wrong_cells_are_still_wrong_so_the_list_only_shrinks(string file)
    {
        var wrong = RealCorpus.Score(file).Wrong.Select(w => w.Path).ToHashSet();
        var fixedCells = KnownWrong(file).Where(p => !wrong.Contains(p)).ToArray();
        Assert.True(fixedCells.Length == 0, $"{file}: now read right or null — remove from expected.knownWrong: " + string.Join(", ", fixedCells));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Reader_keeps_the_floor_of_right_cells(string file)
    {
        var score = RealCorpus.Score(file);
        var floor = RealCorpus.Truth(file)["expected"]!["minRight"]!.GetValue<int>();
        Assert.True(score.Right >= floor, $"{file}: {score.Right} cells right, floor {floor} ({score.Null} null, {score.Wrong.Length} wrong{(score.Error is null ? "" : ", " + score.Error)})");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_agency_is_the_name_the_title_prints_never_the_archive_field_label(string file)
    {
        var read = Gongkai.Ingest.ReportReader.ReadFile(Path.Combine(RealCorpus.Dir, file));
        var agency = read.Reports.Length == 1 ? read.Reports[0].Agency : null;
        var truth = RealCorpus.Truth(file)["agency"]!.GetValue<string>();
        // The title may print the short name ("三明市" for 三明市人民政府); it is never another name or "标题：…".
        Assert.True(agency is not null && truth.StartsWith(agency, StringComparison.Ordinal), $"{file}: agency read “{agency}”, truth “{truth}”");
    }

    [Fact]
    public void Corpus_score_per_form()
    {
        var scores = RealCorpus.Files.Select(f => RealCorpus.Score(f)).ToList();
        var table = RealCorpus.Table(scores);
        output.WriteLine(table);
        foreach (var s in scores.Where(s => s.Wrong.Length > 0 || s.Error is not null))
        {
            output.WriteLine($"{s.File}: {s.Right} right, {s.Null} null, {s.Wrong.Length} wrong{(s.Error is null ? "" : " — " + s.Error)}");
            foreach (var w in s.Wrong) output.WriteLine("  " + w);
        }
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "real-corpus.md"), table);
        Assert.Equal(scores.Sum(s => KnownWrong(s.File).Count), scores.Sum(s => s.Wrong.Length));
    }

    private static HashSet<string> KnownWrong(string file) =>
        [.. RealCorpus.Truth(file)["expected"]!["knownWrong"]!.AsObject().Select(p => p.Key)];

    /// <summary>Which of the format's identities the truth breaks: "balance.&lt;column&gt;" (一+二 = 三总计+四),
    /// "outcomes.&lt;column&gt;" (总计 = the sum of the outcome rows), "rowsum.&lt;row&gt;" (总计 column = the six
    /// applicant columns), "review.&lt;group&gt;" (维持+纠正+其他+尚未审结 = 总计). Identities with a blank are not checked.</summary>
    public static IEnumerable<string> BrokenIdentities(JsonObject truth)
    {
        var apps = truth["applications"]!.AsObject();
        static long? Cell(JsonObject rows, string row, string col) => rows[row]?[col]?.GetValue<long?>();
        static long? Sum(IEnumerable<long?> values) => values.Aggregate((long?)0, (a, v) => a is null || v is null ? null : a + v);
        var columns = apps["newReceived"]!.AsObject().Select(p => p.Key).ToArray();
        var outcomeRows = apps.Select(p => p.Key).Where(r => r is not ("newReceived" or "carriedOver" or "total" or "carriedForward")).ToArray();
        foreach (var col in columns)
        {
            var left = Sum([Cell(apps, "newReceived", col), Cell(apps, "carriedOver", col)]);
            var right = Sum([Cell(apps, "total", col), Cell(apps, "carriedForward", col)]);
            if (left is not null && right is not null && left != right) yield return "balance." + col;
            var outcomes = Sum(outcomeRows.Select(r => Cell(apps, r, col)));
            var total = Cell(apps, "total", col);
            if (outcomes is not null && total is not null && outcomes != total) yield return "outcomes." + col;
        }
        foreach (var (row, _) in apps)
        {
            var six = Sum(columns.Where(c => c != "total").Select(c => Cell(apps, row, c)));
            var total = Cell(apps, row, "total");
            if (six is not null && total is not null && six != total) yield return "rowsum." + row;
        }
        foreach (var (group, cells) in truth["reviewLitigation"]!.AsObject())
        {
            var c = cells!.AsObject();
            var four = Sum(new[] { "upheld", "corrected", "other", "pending" }.Select(f => c[f]?.GetValue<long?>()));
            var total = c["total"]?.GetValue<long?>();
            if (four is not null && total is not null && four != total) yield return "review." + group;
        }
    }
}
