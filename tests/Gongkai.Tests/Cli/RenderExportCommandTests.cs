using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Gongkai.Core.Json;
using Gongkai.Core.Model;
using Gongkai.Ingest;
using Gongkai.Render.Export;
using Gongkai.Tests.Render;

namespace Gongkai.Tests.Cli;

/// <summary>`gongkai render` and `gongkai export` as scripts call them: outputs, shapes and exit codes.</summary>
public class RenderExportCommandTests
{
    /// <summary>Seed 003 as `extract --narrative` writes it: the record render takes.</summary>
    private static string Seed003Record(TempDir dir)
    {
        var run = CliHarness.Run("extract", "--narrative", SharedFiles.Seed("003"));
        Assert.Equal(0, run.Code);
        return dir.File("003.json", run.Out);
    }

    private static Report Parse(string path) => ReportJson.Parse(File.ReadAllText(path).Trim());

    private static void AssertSameCells(Report expected, Report back)
    {
        foreach (var s in expected.Sections)
        {
            var got = back.Section(s.Layout.Key).Cells;
            for (var i = 0; i < s.Cells.Length; i++)
                Assert.True(s.Cells[i] == got[i], $"{s.Layout.CellPath(i)}: {s.Cells[i]} ≠ {got[i]}");
        }
        Assert.Equal(expected.Year, back.Year);
        Assert.Equal(expected.Agency, back.Agency);
        Assert.Equal(expected.Published, back.Published);
    }

    // ---- render ----

    [Fact]
    public void Render_html_of_seed_003_goes_to_stdout_and_reads_back_as_the_same_report()
    {
        using var dir = new TempDir();
        var record = Seed003Record(dir);

        var run = CliHarness.Run("render", record, "--to", "html");

        Assert.Equal(0, run.Code);
        Assert.Equal("", run.Err);
        Assert.StartsWith("<!DOCTYPE html>", run.Out);
        var expected = Parse(record);
        Assert.Contains(expected.Narrative.Overview!.Split('\n')[0], run.Out);
        var back = ReportReader.ReadBytes(Encoding.UTF8.GetBytes(run.Out), "003.html");
        Assert.True(back.Ok, back.Error);
        AssertSameCells(expected, back.Reports.Single());
    }

    [Fact]
    public void Render_html_with_o_writes_the_file_and_nothing_to_stdout()
    {
        using var dir = new TempDir();
        var record = Seed003Record(dir);
        var output = Path.Combine(dir.Path, "page.html");

        var run = CliHarness.Run("render", record, "--to", "html", "-o", output);

        Assert.Equal(0, run.Code);
        Assert.Equal("", run.Out + run.Err);
        var back = ReportReader.ReadFile(output);
        Assert.True(back.Ok, back.Error);
        AssertSameCells(Parse(record), back.Reports.Single());
    }

    [Fact]
    public void Render_docx_without_o_writes_name_docx_next_to_the_input_and_it_reads_back_as_the_same_report()
    {
        using var dir = new TempDir();
        var record = Seed003Record(dir);

        var run = CliHarness.Run("render", record, "--to", "docx");

        Assert.Equal(0, run.Code);
        Assert.Equal("", run.Out + run.Err);
        var docx = Path.Combine(dir.Path, "003.docx");
        var back = ReportReader.ReadFile(docx);
        Assert.True(back.Ok, back.Error);
        AssertSameCells(Parse(record), back.Reports.Single());
    }

    /// <summary>
    /// PDF is written by its own renderer: while it is not built, render says so (exit 2, no file); once it is, the
    /// file lands next to the input as NAME.pdf (or at -o) and reads back as the same report.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Render_pdf_writes_a_pdf_that_reads_back_or_says_the_format_is_not_ready(bool withOutput)
    {
        using var dir = new TempDir();
        var record = Seed003Record(dir);
        var pdf = Path.Combine(dir.Path, withOutput ? "named.pdf" : "003.pdf");

        var run = withOutput ? CliHarness.Run("render", record, "--to", "pdf", "-o", pdf) : CliHarness.Run("render", record, "--to", "pdf");

        Assert.Equal("", run.Out);
        if (run.Code == 0)
        {
            Assert.Equal("", run.Err);
            var back = ReportReader.ReadFile(pdf);
            Assert.True(back.Ok, back.Error);
            AssertSameCells(Parse(record), back.Reports.Single());
        }
        else
        {
            Assert.Equal(2, run.Code);
            Assert.Equal($"gongkai: {record}: 暂不能输出 PDF：这一格式的排版尚未完成，可先用 --to html\n", run.Err);
            Assert.False(File.Exists(pdf));
        }
    }

    [Fact]
    public void Render_names_the_file_and_the_json_path_of_a_wrong_field()
    {
        using var dir = new TempDir();
        var record = File.ReadAllText(Seed003Record(dir));
        var bad = dir.File("bad.json", record.Replace("\"granted\":{\"naturalPerson\":", "\"granted\":{\"naturalPerson\":\"七\",\"x\":"));

        var run = CliHarness.Run("render", bad, "--to", "html");

        Assert.Equal(2, run.Code);
        Assert.Equal("", run.Out);
        Assert.Equal($"gongkai: {bad}: $.applications[\"granted\"].naturalPerson：应为数字或 null\n", run.Err);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("empty")]
    [InlineData("not json")]
    [InlineData("two records")]
    [InlineData("folder")]
    public void Render_refuses_what_is_not_one_report_with_exit_2_naming_the_file(string what)
    {
        using var dir = new TempDir();
        var path = what switch
        {
            "missing" => Path.Combine(dir.Path, "nope.json"),
            "empty" => dir.File("empty.json", "  \n"),
            "not json" => dir.File("report.txt", File.ReadAllText(SharedFiles.Seed("001"))),
            "two records" => dir.Reports("two.jsonl", CliReports.Clean(), CliReports.Unbalanced()),
            _ => dir.Path,
        };

        var run = CliHarness.Run("render", path, "--to", "html");

        Assert.Equal(2, run.Code);
        Assert.Equal("", run.Out);
        Assert.StartsWith($"gongkai: {path}: ", run.Err);
        Assert.Contains(what switch
        {
            "missing" => "文件不存在",
            "empty" => "文件为空",
            "not json" => "$：不是有效的 JSON",
            "two records" => "文件中有 2 份报告",
            _ => "这是文件夹",
        }, run.Err);
    }

    [Fact]
    public void Render_without_to_or_with_an_unknown_format_is_a_usage_error()
    {
        using var dir = new TempDir();
        var record = dir.Reports("r.json", CliReports.Clean());
        var none = CliHarness.Run("render", record);
        Assert.Equal(2, none.Code);
        Assert.Contains("缺少 --to", none.Err);
        var odd = CliHarness.Run("render", record, "--to", "odt");
        Assert.Equal(2, odd.Code);
        Assert.Equal("", odd.Out);
    }

    // ---- export ----

    private static List<Report> SeedReports() =>
        [.. Directory.GetFiles(SharedFiles.SeedsDir).Order(StringComparer.Ordinal).Select(f => ReportReader.ReadFile(f).Reports.Single())];

    private static int Cells(Report r) => r.Sections.Sum(s => s.Layout.CellCount);

    [Fact]
    public void Export_csv_of_the_seeds_folder_is_one_row_per_report_and_cell_on_stdout()
    {
        var run = CliHarness.Run("export", SharedFiles.SeedsDir, "--to", "csv");

        Assert.Equal(0, run.Code);
        Assert.Equal("", run.Err);
        Assert.StartsWith("\uFEFFsource,agency,year,format,published,section,row,column,rowLabel,columnLabel,value\r\n", run.Out);
        var rows = SpreadsheetExportTests.ParseCsv(run.Out[1..]);
        var seeds = SeedReports();
        Assert.Equal(5, seeds.Count);
        Assert.Equal(1 + seeds.Sum(Cells), rows.Count);
        Assert.Equal(1 + 5 * Cells(seeds[0]), rows.Count);
        // Seed 004: 206 applications from natural persons, printed split as "20/6".
        Assert.Contains(rows, r => r[0].Contains("004_") && r[6] == "newReceived" && r[7] == "naturalPerson" && r[10] == "206");
        Assert.Equal(5, rows.Skip(1).Select(r => r[0]).Distinct().Count());
    }

    [Fact]
    public void Export_xlsx_of_the_seeds_has_every_cell_and_every_finding()
    {
        using var dir = new TempDir();
        var output = Path.Combine(dir.Path, "seeds.xlsx");

        var run = CliHarness.Run("export", SharedFiles.SeedsDir, "--to", "xlsx", "-o", output);

        Assert.Equal(0, run.Code);
        Assert.Equal("", run.Out + run.Err);
        var seeds = SeedReports();
        using var doc = SpreadsheetDocument.Open(output, false);
        var cells = SpreadsheetExportTests.Sheet(doc.WorkbookPart!, "cells");
        Assert.Equal(1 + seeds.Count * Cells(seeds[0]), cells.Count);
        Assert.All(cells.Skip(1).Where(r => r[10].Text is not null), r => Assert.True(r[10].IsNumber));
        var findings = SpreadsheetExportTests.Sheet(doc.WorkbookPart!, "findings");
        Assert.Equal(1 + seeds.Sum(r => r.Findings.Length), findings.Count);
        Assert.Contains(findings, f => f[1].Text == "identity.balance" && f[0].Text!.Contains("000_"));
    }

    [Fact]
    public void Export_goes_on_past_an_unreadable_input_and_exits_2_naming_it()
    {
        using var dir = new TempDir();
        var empty = dir.File("empty.txt", "");
        var good = dir.Reports("good.jsonl", CliReports.Clean(), CliReports.Unbalanced());

        var run = CliHarness.Run("export", empty, good, "--to", "csv");

        Assert.Equal(2, run.Code);
        Assert.Equal($"gongkai: {empty}: 文件为空\n", run.Err);
        Assert.Equal(1 + 2 * Cells(CliReports.Clean()), SpreadsheetExportTests.ParseCsv(run.Out[1..]).Count);
    }

    [Fact]
    public void Export_format_follows_the_output_extension_and_the_output_is_never_read_as_an_input()
    {
        using var dir = new TempDir();
        dir.Reports("a.jsonl", CliReports.Clean());
        var output = Path.Combine(dir.Path, "all.csv");
        File.WriteAllText(output, "stale");

        var first = CliHarness.Run("export", dir.Path, "-o", output);
        var again = CliHarness.Run("export", dir.Path, "-o", output);

        Assert.Equal(0, first.Code);
        Assert.Equal("", first.Out + first.Err);
        Assert.Equal(0, again.Code);
        var bytes = File.ReadAllBytes(output);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var rows = SpreadsheetExportTests.ParseCsv(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(1 + Cells(CliReports.Clean()), rows.Count);
    }

    [Theory]
    [InlineData(new[] { "--to", "xlsx" }, "导出 xlsx 需要用 -o 指定输出文件")]
    [InlineData(new string[0], "缺少 --to")]
    [InlineData(new[] { "-o", "x.txt" }, "缺少 --to")]
    public void Export_usage_errors_are_exit_2(string[] options, string message)
    {
        using var dir = new TempDir();
        var input = dir.Reports("a.jsonl", CliReports.Clean());

        var run = CliHarness.Run(["export", input, .. options]);

        Assert.Equal(2, run.Code);
        Assert.Equal("", run.Out);
        Assert.Contains(message, run.Err);
    }

    [Fact]
    public void Export_of_a_pattern_that_names_nothing_is_exit_2()
    {
        using var dir = new TempDir();
        var run = CliHarness.Run("export", Path.Combine(dir.Path, "*.pdf"), "--to", "csv");
        Assert.Equal(2, run.Code);
        Assert.Contains("没有匹配的文件", run.Err);
    }
}
