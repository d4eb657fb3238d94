using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Core.Json;
using Gongkai.Core.Layout;
using Gongkai.Ingest.Ocr;
using Gongkai.Render;
using Gongkai.Tests.Generation;
using Gongkai.Tests.Ingest;
using Gongkai.Tests.Render;

namespace Gongkai.Tests.Cli;

/// <summary>
/// The command line published once by `GONGKAI_CLI_BUILD=aot scripts/publish-cli.sh` into .build/cli-aot (its own
/// folder, so the ReadyToRun build ./run.sh ARGS uses in .build/cli is left alone): one Native AOT
/// executable, trimmed, no JIT. Only there can trimming or AOT break a path the in-process tests pass (code trimmed
/// away, reflection, resources, P/Invoke to libtesseract, ONNX Runtime and Skia), so the published program is run
/// over the seeds, the real corpus, rendered files, a scan and bad input, and must do what the in-process run does.
/// The publish costs about 4 CPU minutes and 2.2 GB (docs/benchmarks.md, "fourth pass: how the CLI is built").
/// </summary>
public sealed class PublishedCli
{
    private static readonly Lazy<PublishedCli> Once = new(() => new PublishedCli());

    /// <summary>Published once for both test classes (the scan test runs in the OCR collection, alone).</summary>
    public static PublishedCli Shared => Once.Value;

    public string Program { get; } = Publish();

    private static string Publish()
    {
        var root = SharedFiles.RepoRoot;
        var start = new ProcessStartInfo("bash") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(root, "scripts", "publish-cli.sh"));
        var dir = Path.Combine(root, ".build", "cli-aot");
        start.Environment["GONGKAI_CLI_BUILD"] = "aot";
        start.Environment["GONGKAI_CLI_OUT"] = dir;
        using var p = Process.Start(start)!;
        var err = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        if (!p.WaitForExit(1_800_000)) { p.Kill(entireProcessTree: true); throw new TimeoutException("scripts/publish-cli.sh did not finish in 30 minutes"); }
        // A fallback to ReadyToRun would hide an AOT-only break: here it is a failure (CI installs clang for it).
        var builtAs = File.Exists(Path.Combine(dir, ".built-as")) ? File.ReadAllText(Path.Combine(dir, ".built-as")).Trim() : "nothing";
        if (p.ExitCode != 0 || builtAs != "aot")
            throw new InvalidOperationException($"scripts/publish-cli.sh exit {p.ExitCode}, built as {builtAs}: {err.Result}");
        return Path.Combine(dir, "gongkai");
    }

    public CliResult Run(params string[] args) => Run(args, null);

    public CliResult Run(string[] args, IDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo(Program) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8 };
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) start.Environment[k] = v;
        using var p = Process.Start(start)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(600_000)) { p.Kill(); throw new TimeoutException($"gongkai {string.Join(' ', args)} did not finish"); }
        return new CliResult(p.ExitCode, output.Result, error.Result);
    }
}

public class NativeCliTests
{
    private readonly PublishedCli cli = PublishedCli.Shared;

    private static string Real => Path.Combine(SharedFiles.RepoRoot, "tests", "fixtures", "real");

    private static void Same(CliResult inProcess, CliResult native)
    {
        Assert.Equal(inProcess.Out, native.Out);
        Assert.Equal(inProcess.Err, native.Err);
        Assert.Equal(inProcess.Code, native.Code);
    }

    [Fact]
    public void The_native_program_extracts_and_checks_the_seeds_and_the_real_corpus_as_the_in_process_run_does()
    {
        var real = Directory.GetFiles(Real).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToArray();
        string[] extract = ["extract", "--narrative", SharedFiles.SeedsDir, .. real];
        var records = CliHarness.Run(extract);
        Same(records, cli.Run(extract));
        Assert.Equal(5 + real.Length, records.Lines.Length);

        foreach (var format in new[] { "json", "csv" })
            Same(CliHarness.Run("check", SharedFiles.SeedsDir, "--format", format), cli.Run("check", SharedFiles.SeedsDir, "--format", format));
        Same(CliHarness.Run("rollup", SharedFiles.SeedsDir), cli.Run("rollup", SharedFiles.SeedsDir));
        var (old, @new) = (Path.Combine(Real, "2023_福建_莆田市统计局.txt"), Path.Combine(Real, "2024_福建_莆田市统计局.txt"));
        Same(CliHarness.Run("compare", old, @new), cli.Run("compare", old, @new));
        string[] deadline = ["deadline", "--received", "2020-09-28", "--extended", "--paused", "2020-10-12..2020-10-16"];
        Same(CliHarness.Run(deadline), cli.Run(deadline));
        // System.CommandLine's own words come from its zh-Hans satellite resources, compiled into the executable.
        Same(CliHarness.Run("extract", "--frobnicate"), cli.Run("extract", "--frobnicate"));
        Same(CliHarness.Run("render", "x.json", "--to", "odt"), cli.Run("render", "x.json", "--to", "odt"));
    }

    [Fact]
    public void The_native_program_renders_every_seed_to_html_docx_pdf_and_xlsx_and_reads_them_back_as_the_in_process_run_does()
    {
        using var dir = new TempDir();
        var records = CliHarness.Run("extract", "--narrative", SharedFiles.SeedsDir).Lines;
        for (var i = 0; i < records.Length; i++)
        {
            var json = dir.File($"seed{i}.json", records[i] + "\n");
            Same(CliHarness.Run("render", json, "--to", "html"), cli.Run("render", json, "--to", "html"));
            foreach (var to in new[] { "docx", "pdf" })
            {
                var (mine, theirs) = (Path.Combine(dir.Path, $"in{i}.{to}"), Path.Combine(dir.Path, $"native{i}.{to}"));
                Same(CliHarness.Run("render", json, "--to", to, "-o", mine), cli.Run("render", json, "--to", to, "-o", theirs));
                Assert.Equal(Content(mine), Content(theirs));
                // Read back by the native program (PdfPig, OpenXml) as in-process.
                Same(CliHarness.Run("extract", "--narrative", mine), cli.Run("extract", "--narrative", mine));
            }
        }
        var (xlsx, nativeXlsx) = (Path.Combine(dir.Path, "in.xlsx"), Path.Combine(dir.Path, "native.xlsx"));
        Same(CliHarness.Run("export", SharedFiles.SeedsDir, "--to", "xlsx", "-o", xlsx), cli.Run("export", SharedFiles.SeedsDir, "--to", "xlsx", "-o", nativeXlsx));
        Assert.Equal(Content(xlsx), Content(nativeXlsx));
    }

    [Fact]
    public void The_native_program_names_the_file_and_the_cause_of_bad_input_in_the_same_chinese_words()
    {
        using var dir = new TempDir();
        var seed = SharedFiles.Seed("001");
        var pdf = Path.Combine(dir.Path, "seed.pdf");
        CliHarness.Run("render", dir.File("seed.json", CliHarness.Run("extract", seed).Out), "--to", "pdf", "-o", pdf);
        string[] bad =
        [
            dir.File("truncated.pdf", File.ReadAllBytes(pdf)[..20_000]),
            dir.File("notes.txt", "会议纪要\n今天讨论了办公用品采购。\n"),
            dir.File("empty.txt", ""),
            Path.Combine(dir.Path, "missing.txt"),
            "/dev/zero",
        ];
        foreach (var file in bad)
        {
            var native = cli.Run("extract", file);
            Same(CliHarness.Run("extract", file), native);
            Assert.Equal(2, native.Code);
            Assert.Contains($"{file}: ", native.Err);
        }
    }

    /// <summary>A rendered file's content: the PDF's text (poppler), the XML parts of a DOCX/XLSX with the random names OpenXml and System.IO.Packaging give masked.</summary>
    private static string Content(string file)
    {
        if (file.EndsWith(".pdf", StringComparison.Ordinal)) return Poppler.Text(File.ReadAllBytes(file));
        using var zip = ZipFile.OpenRead(file);
        // The document properties (docProps/, or package/…/core-properties/GUID.psmdcp) hold the time of writing.
        var parts = zip.Entries.Where(e => !e.FullName.StartsWith("docProps/", StringComparison.Ordinal) && !e.FullName.StartsWith("package/", StringComparison.Ordinal))
            .OrderBy(e => e.FullName, StringComparer.Ordinal)
            .Select(e => { using var r = new StreamReader(e.Open()); return $"== {e.FullName}\n{r.ReadToEnd()}"; });
        return Regex.Replace(string.Join("\n", parts), "\"R[0-9a-f]{16}\"|core-properties/[0-9a-f]{32}", "*");
    }
}

/// <summary>The published program's OCR: in the OCR collection, which runs alone (OCR takes both cores).</summary>
[Collection("OCR")]
public class NativeCliScanTests
{
    private readonly PublishedCli cli = PublishedCli.Shared;

    [Fact]
    public void The_native_program_reads_a_scan_by_ocr_with_no_wrong_cell()
    {
        // Tesseract by P/Invoke and, when its model is here, PaddleOCR under ONNX Runtime: native libraries found beside
        // or around the executable. The OCR deadline makes exact agreement with an in-process run depend on the load,
        // so the check is the scan tests' own: no wrong cell, three in four right, the engine named.
        var truth = ReportGenerator.Generate(ReportGenerator.Seeded(22), TemplateId.V2021, otherCollapsed: false);
        using var dir = new TempDir();
        var scan = dir.File("scan.pdf", ScanMaker.Scan(ReportRenderer.Render(truth, RenderFormat.Pdf), ReportGenerator.Seeded(22)));

        var native = cli.Run("extract", scan);

        Assert.Equal(0, native.Code);
        var read = ReportJson.Parse(native.Lines.Single());
        var (right, nul, wrong) = ScannedReports.Compare(truth, read);
        Assert.Empty(wrong);
        Assert.True(right >= 0.75 * (right + nul), $"right {right}, null {nul}");
        var ocr = Assert.Single(read.Findings, f => f.Rule == "read.ocr");
        var engine = PaddleEngine.Unavailable is null ? CheckedEngine.DisplayName : CheckedEngine.AloneName;
        Assert.Contains(engine, ocr.Message);
    }
}
