using System.Diagnostics;
using System.Text;
using Gongkai.Core.Json;
using Gongkai.Tests.Core;

namespace Gongkai.Tests.Cli;

public class ExtractCommandTests
{
    private static readonly string[] SpecKeys =
        ["source", "format", "year", "agency", "published", "proactive", "applications", "reviewLitigation", "findings"];

    [Fact]
    public void Extract_writes_one_line_per_report_with_source_first_and_the_spec_keys_in_order()
    {
        using var dir = new TempDir();
        var a = dir.Reports("a.jsonl", CliReports.Clean());
        var b = dir.Reports("b.jsonl", CliReports.Unbalanced());

        var run = CliHarness.Run("extract", a, b);

        Assert.Equal(0, run.Code);
        Assert.Equal("", run.Err);
        Assert.Equal(2, run.Lines.Length);
        foreach (var record in run.Json) Assert.Equal(SpecKeys, CliHarness.Keys(record));
        Assert.Equal([a + ":1", b + ":1"], run.Json.Select(j => j.GetProperty("source").GetString()));
        Assert.Equal("失衡区人民政府", run.Json[1].GetProperty("agency").GetString());
    }

    [Fact]
    public void Extract_keeps_the_source_a_record_already_carries()
    {
        using var dir = new TempDir();
        var file = dir.Reports("named.jsonl", CliReports.Clean() with { Source = "https://example.gov.cn/2020.pdf" });

        var run = CliHarness.Run("extract", file);

        Assert.Equal("https://example.gov.cn/2020.pdf", run.Json.Single().GetProperty("source").GetString());
    }

    [Fact]
    public void A_JSON_Lines_input_with_three_reports_gives_three_records_in_order()
    {
        using var dir = new TempDir();
        var file = dir.Reports("three.jsonl", CliReports.Clean("一"), CliReports.Unbalanced("二"), CliReports.Clean("三"));

        var run = CliHarness.Run("extract", file);

        Assert.Equal(0, run.Code);
        Assert.Equal(["一", "二", "三"], run.Json.Select(j => j.GetProperty("agency").GetString()));
    }

    [Fact]
    public void Extract_output_reads_back_as_the_same_reports()
    {
        using var dir = new TempDir();
        var file = dir.Reports("a.jsonl", CliReports.Unbalanced());

        var first = CliHarness.Run("extract", file);
        var again = CliHarness.Run("extract", dir.File("again.jsonl", first.Out));

        Assert.Equal(first.Out, again.Out);
        var report = ReportJson.Parse(first.Lines.Single());
        Assert.Equal(4m, report.Applications["newReceived", "naturalPerson"]);
    }

    [Fact]
    public void Narrative_is_written_only_with_the_narrative_flag()
    {
        using var dir = new TempDir();
        var report = CliReports.Clean().WithOverview("本年度工作平稳推进。");
        var file = dir.File("n.jsonl", ReportJson.Serialize(report, includeNarrative: true) + "\n");

        var plain = CliHarness.Run("extract", file);
        var withNarrative = CliHarness.Run("extract", "--narrative", file);

        Assert.DoesNotContain("narrative", CliHarness.Keys(plain.Json.Single()));
        var record = withNarrative.Json.Single();
        Assert.Equal([.. SpecKeys, "narrative"], CliHarness.Keys(record));
        Assert.Equal("本年度工作平稳推进。", record.GetProperty("narrative").GetProperty("overview").GetString());
    }

    [Fact]
    public void An_unreadable_input_is_exit_2_and_the_others_are_still_extracted()
    {
        using var dir = new TempDir();
        var good = dir.Reports("good.jsonl", CliReports.Clean());
        var empty = dir.File("empty.txt", "");

        var run = CliHarness.Run("extract", empty, good);

        Assert.Equal(2, run.Code);
        Assert.Contains($"gongkai: {empty}: 文件为空", run.Err);
        Assert.Equal(good + ":1", run.Json.Single().GetProperty("source").GetString());
    }

    [Fact]
    public void Word_97_files_are_extracted_and_another_office_file_is_named_with_its_reason()
    {
        var docs = Path.Combine(SharedFiles.RepoRoot, "tests", "fixtures", "doc");
        var page = Path.Combine(docs, "page-2024_福建_莆田市审计局.doc");
        var sheet = Path.Combine(docs, "not-word.xls");

        var run = CliHarness.Run("extract", page, sheet);

        Assert.Equal(2, run.Code);
        Assert.Equal($"gongkai: {sheet}: {Gongkai.Ingest.Doc.DocText.NotWord}", run.Err.Trim());
        var record = run.Json.Single();
        Assert.Equal(page, record.GetProperty("source").GetString());
        Assert.Equal("莆田市审计局", record.GetProperty("agency").GetString());
        Assert.Equal(2024, record.GetProperty("year").GetInt32());
        Assert.Equal(1, record.GetProperty("applications").GetProperty("newReceived").GetProperty("total").GetInt32());
    }

    [Fact]
    public void Reports_with_errors_are_still_a_successful_extract()
    {
        using var dir = new TempDir();
        var run = CliHarness.Run("extract", dir.Reports("bad.jsonl", CliReports.Unbalanced()));

        Assert.Equal(0, run.Code);
        Assert.Contains(run.Json.Single().GetProperty("findings").EnumerateArray(),
            f => f.GetProperty("rule").GetString() == "identity.balance");
    }
}

/// <summary>The real program, whose redirected stdout takes extract's records as UTF-8 bytes (JsonLinesOut), against the in-process run's text.</summary>
public class ExtractProcessOutputTests
{
    [Fact]
    public async Task The_real_program_writes_the_same_records_as_the_in_process_run_over_the_real_corpus_with_narrative()
    {
        var real = Path.Combine(SharedFiles.RepoRoot, "tests", "fixtures", "real");
        // Every real text and page: well over the 64 KB a write carries, with Chinese text cut nowhere.
        var files = Directory.GetFiles(real).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        using var dir = new TempDir();
        var missing = Path.Combine(dir.Path, "missing.txt");
        string[] args = ["extract", "--narrative", .. files.Take(20), missing, .. files.Skip(20)];

        var inProcess = CliHarness.Run(args);

        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(SharedFiles.RepoRoot, "src", "Gongkai.Cli", "bin", configuration, "net10.0", "gongkai.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args.Prepend(dll)) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var bytes = new MemoryStream();
        var copy = p.StandardOutput.BaseStream.CopyToAsync(bytes);
        var err = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(300_000), "gongkai did not finish");
        await copy;

        Assert.True(files.Count >= 40, $"only {files.Count} real files");
        Assert.True(bytes.Length > 3 * 65536, $"only {bytes.Length} bytes of output");
        Assert.Equal(inProcess.Out, new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes.ToArray()));
        Assert.Equal(files.Count, inProcess.Lines.Length);
        // The unreadable file is named on stderr and the exit code says so; the records around it are all there, in order.
        Assert.Equal(2, p.ExitCode);
        Assert.Equal(inProcess.Code, p.ExitCode);
        Assert.Contains($"{missing}: 文件不存在", await err);
    }
}
