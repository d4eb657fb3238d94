using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Gongkai.Core.Compare;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Tests.Core;
using UglyToad.PdfPig;

namespace Gongkai.Tests.Cli;

public class CompareCommandTests
{
    private static string Real(int year) => Path.Combine(SharedFiles.RepoRoot, "tests", "fixtures", "real", "compare", $"{year}_福建_三明市人民政府.txt");

    [Fact]
    public void Compare_prints_one_json_object_with_the_keys_of_the_spec_in_order()
    {
        var r = CliHarness.Run("compare", Real(2023), Real(2024));
        Assert.Equal(0, r.Code);
        var json = Assert.Single(r.Json);
        Assert.Equal(["old", "new", "cells", "unmatched", "prose", "copied", "findings", "keyFigures"], CliHarness.Keys(json));
        Assert.Equal(["source", "agency", "year", "format"], CliHarness.Keys(json.GetProperty("old")));
        Assert.Equal((2023, "2021"), (json.GetProperty("old").GetProperty("year").GetInt32(), json.GetProperty("old").GetProperty("format").GetString()));
        var cell = json.GetProperty("cells").EnumerateArray().First(c => c.GetProperty("path").GetString() == "applications.newReceived.total");
        Assert.Equal(["path", "label", "old", "new", "change", "percent"], CliHarness.Keys(cell));
        Assert.Equal(cell.GetProperty("new").GetDecimal() - cell.GetProperty("old").GetDecimal(), cell.GetProperty("change").GetDecimal());
        var prose = json.GetProperty("prose").EnumerateArray().ToList();
        Assert.All(prose, p => Assert.Contains(p.GetProperty("kind").GetString(), new[] { "added", "deleted", "changed", "same" }));
        Assert.All(prose, p => Assert.Contains(p.GetProperty("section").GetString(), new[] { "前言", "一", "五", "六" }));
        Assert.Equal(["section", "kind", "old", "new"], CliHarness.Keys(prose[0]).Take(4));
        Assert.Contains(json.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "crossyear.in-force");
        Assert.Equal("", r.Err);
    }

    [Fact]
    public void Compare_across_formats_lists_the_unmatched_cells_with_side_and_why()
    {
        var json = Assert.Single(CliHarness.Run("compare", Real(2020), Real(2021)).Json);
        var unmatched = json.GetProperty("unmatched").EnumerateArray().ToList();
        Assert.Contains(unmatched, u => u.GetProperty("path").GetString() == "proactive.procurement.projects" && u.GetProperty("side").GetString() == "old");
        Assert.Contains(unmatched, u => u.GetProperty("path").GetString() == "proactive.regulations.inForce" && u.GetProperty("side").GetString() == "new");
        Assert.All(unmatched, u => Assert.False(string.IsNullOrEmpty(u.GetProperty("why").GetString())));
        var issued = json.GetProperty("cells").EnumerateArray().First(c => c.GetProperty("path").GetString() == "proactive.regulations.issued");
        Assert.Equal("proactive.regulations.newlyMade", issued.GetProperty("oldPath").GetString());
    }

    [Fact]
    public void Percent_is_null_in_the_json_where_the_old_value_is_zero()
    {
        var json = Assert.Single(CliHarness.Run("compare", Real(2020), Real(2021)).Json);
        var zeroBefore = json.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("old").ValueKind == JsonValueKind.Number && c.GetProperty("old").GetDecimal() == 0).ToList();
        Assert.NotEmpty(zeroBefore);
        Assert.All(zeroBefore, c => Assert.Equal(JsonValueKind.Null, c.GetProperty("percent").ValueKind));
    }

    [Fact]
    public void Two_agencies_are_compared_with_a_warning_on_stderr_and_in_the_findings()
    {
        using var dir = new TempDir();
        var a = dir.Reports("a.jsonl", TestReports.Consistent(TemplateId.V2021, year: 2022) with { Agency = "甲区人民政府" });
        var b = dir.Reports("b.jsonl", TestReports.Consistent(TemplateId.V2021, year: 2023) with { Agency = "乙区人民政府" });
        var r = CliHarness.Run("compare", a, b);
        Assert.Equal(0, r.Code);
        Assert.Contains("gongkai: 警告：两份报告的机关不同", r.Err);
        Assert.Contains(Assert.Single(r.Json).GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "compare.different-agency");
    }

    [Fact]
    public void Html_goes_to_stdout_and_docx_and_pdf_are_written_beside_the_newer_report()
    {
        using var dir = new TempDir();
        var old = dir.File("2023.txt", File.ReadAllBytes(Real(2023)));
        var @new = dir.File("2024.txt", File.ReadAllBytes(Real(2024)));

        var html = CliHarness.Run("compare", old, @new, "--to", "html");
        Assert.Equal(0, html.Code);
        Assert.StartsWith("<!DOCTYPE html>", html.Out);
        Assert.Contains("<del>", html.Out);
        Assert.Contains("<ins>", html.Out);
        Assert.Contains("class=\"num chg\"", html.Out);

        var docx = CliHarness.Run("compare", old, @new, "--to", "docx");
        Assert.Equal((0, ""), (docx.Code, docx.Out));
        var docxPath = Path.Combine(dir.Path, "2024.compare.docx");
        using (var word = WordprocessingDocument.Open(docxPath, false))
            Assert.Contains("比对摘要", word.MainDocumentPart!.Document!.Body!.InnerText);

        var pdfPath = Path.Combine(dir.Path, "out.pdf");
        Assert.Equal(0, CliHarness.Run("compare", old, @new, "--to", "pdf", "-o", pdfPath).Code);
        using var pdf = PdfDocument.Open(pdfPath);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.Contains("比对摘要", text);
        Assert.Contains("现行有效件数", text);
    }

    [Fact]
    public void An_unreadable_input_is_exit_2_naming_the_file_and_both_inputs_are_reported()
    {
        using var dir = new TempDir();
        var empty = dir.File("empty.txt", "");
        var r = CliHarness.Run("compare", empty, Path.Combine(dir.Path, "missing.txt"));
        Assert.Equal(2, r.Code);
        Assert.Equal("", r.Out);
        Assert.Contains($"gongkai: {empty}: 文件为空", r.Err);
        Assert.Contains("missing.txt: 文件不存在", r.Err);
        Assert.DoesNotContain("Exception", r.Err);
    }

    [Fact]
    public void A_json_lines_file_with_two_reports_or_a_folder_is_refused_with_exit_2()
    {
        using var dir = new TempDir();
        var two = dir.Reports("two.jsonl", TestReports.Consistent(), TestReports.Consistent());
        var one = dir.Reports("one.jsonl", TestReports.Consistent());
        var r = CliHarness.Run("compare", two, one);
        Assert.Equal(2, r.Code);
        Assert.Contains("two.jsonl: 文件中有 2 份报告", r.Err);
        var folder = CliHarness.Run("compare", dir.Path, one);
        Assert.Equal(2, folder.Code);
        Assert.Contains("这是文件夹", folder.Err);
    }

    [Theory]
    [InlineData("compare")]
    [InlineData("compare", "a.txt")]
    [InlineData("compare", "a.txt", "b.txt", "--to", "xlsx")]
    public void Compare_usage_errors_are_exit_2(params string[] args)
    {
        var r = CliHarness.Run(args);
        Assert.Equal(2, r.Code);
        Assert.Contains("gongkai --help", r.Err);
    }

    [Fact]
    public void An_output_that_cannot_be_written_is_exit_2_naming_it()
    {
        var r = CliHarness.Run("compare", Real(2023), Real(2024), "--to", "json", "-o", "/nonexistent-dir/x.json");
        Assert.Equal(2, r.Code);
        Assert.Contains("/nonexistent-dir/x.json: 无法写入", r.Err);
    }
}
