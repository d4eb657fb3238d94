using System.Text;
using Gongkai.Cli.Output;

namespace Gongkai.Tests.Cli;

public class CheckCommandTests
{
    [Fact]
    public void A_clean_report_is_exit_0_and_the_table_says_it_has_no_problems()
    {
        using var dir = new TempDir();
        var file = dir.Reports("clean.jsonl", CliReports.Clean());

        var run = CliHarness.Run("check", file);

        Assert.Equal(0, run.Code);
        Assert.Equal("", run.Err);
        Assert.Equal($"{file}:1  测试区人民政府，2020年度，2019年格式：无问题", run.Lines.Single());
    }

    [Fact]
    public void A_report_whose_identities_break_is_exit_1_with_a_row_per_finding()
    {
        using var dir = new TempDir();
        var file = dir.Reports("unbalanced.jsonl", CliReports.Unbalanced());

        var run = CliHarness.Run("check", file);

        Assert.Equal(1, run.Code);
        Assert.Equal("", run.Err);
        Assert.StartsWith($"{file}:1  失衡区人民政府，2020年度，2019年格式：错误 2，警告 0，提示 0", run.Out);
        var header = run.Lines[1];
        Assert.Equal(["级别", "规则", "位置", "应为", "印刷", "说明"], header.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var rows = run.Lines.Where(l => l.Contains("identity.balance")).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.StartsWith("| 错误 |", r));
        Assert.Contains("| applications.newReceived+carriedOver=total+carriedForward.naturalPerson |", rows[0]);
    }

    [Fact]
    public void Redirected_table_output_has_no_colour_codes_and_its_columns_line_up()
    {
        using var dir = new TempDir();
        var run = CliHarness.Run("check", dir.Reports("unbalanced.jsonl", CliReports.Unbalanced()));

        Assert.DoesNotContain('\u001b', run.Out);
        var table = run.Lines.Where(l => l.StartsWith('|')).ToList();
        Assert.Equal(4, table.Count);
        // Every row puts its column bars at the same display columns (CJK characters are two columns wide).
        var bars = table.Select(BarColumns).ToList();
        Assert.All(bars, b => Assert.Equal(bars[0], b));
    }

    [Fact]
    public void An_empty_file_is_exit_2_naming_the_file_and_the_cause()
    {
        using var dir = new TempDir();
        var empty = dir.File("empty.txt", "");

        var run = CliHarness.Run("check", empty);

        Assert.Equal(2, run.Code);
        Assert.Equal($"gongkai: {empty}: 文件为空\n", run.Err.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_binary_file_is_exit_2_naming_the_file()
    {
        using var dir = new TempDir();
        var binary = dir.File("image.bin", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02, 0x00, 0xFF]);

        var run = CliHarness.Run("check", binary);

        Assert.Equal(2, run.Code);
        Assert.Contains($"gongkai: {binary}: ", run.Err);
        Assert.Contains("二进制", run.Err);
    }

    [Fact]
    public void A_missing_file_is_exit_2()
    {
        using var dir = new TempDir();
        var missing = Path.Combine(dir.Path, "missing.txt");

        var run = CliHarness.Run("check", missing);

        Assert.Equal(2, run.Code);
        Assert.Contains($"gongkai: {missing}: 文件不存在", run.Err);
    }

    [Fact]
    public void Unreadable_input_wins_over_report_errors_and_the_other_inputs_are_still_checked()
    {
        using var dir = new TempDir();
        var empty = dir.File("empty.txt", "");
        var unbalanced = dir.Reports("unbalanced.jsonl", CliReports.Unbalanced());
        var clean = dir.Reports("clean.jsonl", CliReports.Clean());

        var run = CliHarness.Run("check", "--format", "json", unbalanced, empty, clean);

        Assert.Equal(2, run.Code);
        Assert.Contains(empty, run.Err);
        Assert.Equal([unbalanced + ":1", clean + ":1"], run.Json.Select(j => j.GetProperty("source").GetString()));
    }

    [Fact]
    public void Json_format_is_one_object_per_report_with_counts_and_findings()
    {
        using var dir = new TempDir();
        var clean = dir.Reports("clean.jsonl", CliReports.Clean());
        var unbalanced = dir.Reports("unbalanced.jsonl", CliReports.Unbalanced());

        var run = CliHarness.Run("check", "--format", "json", clean, unbalanced);

        Assert.Equal(1, run.Code);
        Assert.Equal(2, run.Lines.Length);
        foreach (var record in run.Json)
            Assert.Equal(["source", "format", "year", "agency", "errors", "warnings", "infos", "findings"], CliHarness.Keys(record));
        var (ok, bad) = (run.Json[0], run.Json[1]);
        Assert.Equal("2019", ok.GetProperty("format").GetString());
        Assert.Equal(2020, ok.GetProperty("year").GetInt32());
        Assert.Equal(0, ok.GetProperty("errors").GetInt32());
        Assert.Empty(ok.GetProperty("findings").EnumerateArray());
        Assert.Equal(2, bad.GetProperty("errors").GetInt32());
        Assert.Equal(0, bad.GetProperty("warnings").GetInt32());
        var finding = bad.GetProperty("findings")[0];
        Assert.Equal(["rule", "severity", "where", "expected", "actual", "message"], CliHarness.Keys(finding));
        Assert.Equal("identity.balance", finding.GetProperty("rule").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal("applications.newReceived+carriedOver=total+carriedForward.naturalPerson", finding.GetProperty("where").GetString());
        Assert.Equal(4, finding.GetProperty("expected").GetDecimal());
        Assert.Equal(5, finding.GetProperty("actual").GetDecimal());
    }

    [Fact]
    public void Csv_format_has_the_header_and_one_row_per_finding()
    {
        using var dir = new TempDir();
        var clean = dir.Reports("clean.jsonl", CliReports.Clean());
        var unbalanced = dir.Reports("unbalanced.jsonl", CliReports.Unbalanced());

        var run = CliHarness.Run("check", "--format", "csv", clean, unbalanced);

        Assert.Equal(1, run.Code);
        var records = ParseCsv(run.Out);
        Assert.Equal(["source", "rule", "severity", "where", "expected", "actual", "message"], records[0]);
        Assert.Equal(3, records.Count);
        Assert.All(records.Skip(1), r =>
        {
            Assert.Equal(7, r.Length);
            Assert.Equal(unbalanced + ":1", r[0]);
            Assert.Equal("identity.balance", r[1]);
            Assert.Equal("error", r[2]);
        });
        Assert.Equal(["4", "5"], records[1][4..6]);
        Assert.EndsWith("\r\n", run.Out);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("他说\"对\"", "\"他说\"\"对\"\"\"")]
    [InlineData("两行\n文字", "\"两行\n文字\"")]
    [InlineData("", "")]
    public void Csv_fields_are_quoted_as_RFC_4180_says(string value, string written)
    {
        Assert.Equal(written, FindingsCsv.Field(new StringBuilder(), value).ToString());
    }

    [Fact]
    public void Output_follows_the_order_of_the_inputs_however_many_there_are()
    {
        using var dir = new TempDir();
        var files = Enumerable.Range(0, 120)
            .Select(i => dir.Reports($"r{i:D3}.jsonl", i % 3 == 0 ? CliReports.Unbalanced($"机关{i}") : CliReports.Clean($"机关{i}")))
            .ToArray();

        var run = CliHarness.Run(["check", "--format", "json", .. files.Reverse()]);

        Assert.Equal(1, run.Code);
        Assert.Equal(files.Reverse().Select(f => f + ":1"), run.Json.Select(j => j.GetProperty("source").GetString()));
        Assert.DoesNotContain("已处理", run.Err);   // no progress line when stderr is not a terminal
    }

    [Theory]
    [InlineData("check", "--format", "xml", "a.txt")]
    [InlineData("check")]
    [InlineData("frobnicate")]
    [InlineData]
    public void Usage_errors_are_exit_2_with_a_message_on_stderr(params string[] args)
    {
        var run = CliHarness.Run(args);

        Assert.Equal(2, run.Code);
        Assert.Equal("", run.Out);
        Assert.StartsWith("gongkai: ", run.Err);
    }

    [Fact]
    public void Help_is_in_Chinese_and_exit_0()
    {
        var run = CliHarness.Run("check", "--help");

        Assert.Equal(0, run.Code);
        Assert.Contains("说明：", run.Out);
        Assert.Contains("--format <csv|json|table>", run.Out);
        Assert.Contains("显示帮助和用法信息", run.Out);
    }

    /// <summary>Display columns of the '|' separators, counting CJK and full-width characters as two.</summary>
    private static int[] BarColumns(string line)
    {
        var columns = new List<int>();
        var col = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            if (rune.Value == '|') columns.Add(col);
            col += rune.Value >= 0x1100 && (rune.Value <= 0x115F || rune.Value >= 0x2E80) ? 2 : 1;
        }
        return [.. columns];
    }

    /// <summary>A strict RFC 4180 reader: CRLF record ends, quoted fields with doubled quotes.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"' && field.Length == 0)
            {
                for (i++; !(text[i] == '"' && (i + 1 >= text.Length || text[i + 1] != '"')); i++)
                {
                    if (text[i] == '"') i++;
                    field.Append(text[i]);
                }
            }
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && text[i + 1] == '\n')
            {
                fields.Add(field.ToString()); field.Clear();
                records.Add([.. fields]); fields.Clear();
                i++;
            }
            else field.Append(c);
        }
        Assert.Empty(fields);
        return records;
    }
}
