using System.Text;
using Gongkai.Core.Model;
using Gongkai.Ingest;

namespace Gongkai.Tests.Ingest;

/// <summary>Bad input gets a clear Chinese error naming the cause, never a crash or a hang.</summary>
public class BadInputTests
{
    private static ReadResult Read(byte[] bytes, string name = "input.txt") => ReportReader.ReadBytes(bytes, name);
    private static ReadResult Read(string text, string name = "input.txt") => Read(Encoding.UTF8.GetBytes(text), name);

    [Fact]
    public void An_empty_file_is_an_error_saying_so()
    {
        var r = Read([]);
        Assert.False(r.Ok);
        Assert.Equal("文件为空", r.Error);
        Assert.Equal("input.txt", r.Source);
    }

    [Fact]
    public void A_whitespace_file_is_an_error_saying_so() => Assert.Contains("文件为空", Read(" \n\t\n").Error);

    [Fact]
    public void Binary_junk_is_refused_as_not_text()
    {
        var bytes = new byte[50_000];
        new Random(7).NextBytes(bytes);
        Assert.StartsWith("不是文本文件（含二进制数据）", Read(bytes).Error);
    }

    [Fact]
    public void A_pdf_is_named_as_a_pdf() => Assert.Contains("PDF", Read("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\u0000"u8.ToArray()).Error);

    [Fact]
    public void A_chinese_document_that_is_no_report_is_refused()
    {
        var r = Read("关于做好2021年春节期间安全生产工作的通知\n各单位：\n为做好春节期间安全生产工作，现通知如下。\n一、高度重视\n二、加强检查\n");
        Assert.StartsWith("不是政府信息公开工作年度报告", r.Error);
    }

    [Fact]
    public void A_ten_megabyte_random_chinese_file_is_refused_without_hanging()
    {
        var rng = new Random(3);
        var sb = new StringBuilder();
        while (sb.Length < 5_000_000)
        {
            for (var i = 0; i < 60; i++) sb.Append((char)rng.Next(0x4e00, 0x9fa5));
            sb.Append("。\n");
        }
        var r = Read(sb.ToString()); // ~15 MB of UTF-8
        Assert.StartsWith("不是政府信息公开工作年度报告", r.Error);
    }

    [Fact]
    public void A_report_followed_by_megabytes_of_numbers_still_reads_exactly()
    {
        var seed = File.ReadAllText(SharedFiles.Seed("004"));
        var rng = new Random(5);
        var sb = new StringBuilder(seed);
        while (sb.Length < 3_000_000) sb.Append(string.Join(' ', Enumerable.Range(0, 30).Select(_ => rng.Next(1000)))).Append('\n');
        var r = Read(sb.ToString());
        Assert.True(r.Ok, r.Error);
        Assert.Equal(206m, r.Reports[0].Applications["newReceived", "naturalPerson"]);
        Assert.Equal(19m, r.Reports[0].ReviewLitigation["review", "total"]);
    }

    [Fact]
    public void A_row_of_four_hundred_numbers_is_ambiguous_not_a_crash()
    {
        var lines = File.ReadAllLines(SharedFiles.Seed("003")).ToList();
        var i = lines.FindIndex(l => l.Contains("3.危及"));
        var rng = new Random(11);
        lines[i] = "\t\t3.危及“三安全一稳定”";
        lines.InsertRange(i + 1, Enumerable.Range(0, 400).Select(_ => rng.Next(10).ToString()));
        var r = Read(string.Join('\n', lines));
        Assert.True(r.Ok, r.Error);
        var report = r.Reports[0];
        Assert.Null(report.Applications["withheld.endangersSafety", "total"]);
        Assert.Contains(report.Findings, f => f.Where == "applications.withheld.endangersSafety" && f.Severity == Severity.Warning);
    }

    /// <summary>
    /// A download stopped inside a character: the file is UTF-8 up to its last one or two bytes. It was refused as
    /// "无法识别文本编码" (strict UTF-8 failed, and so did GB18030); now it is read up to the cut and says it was cut.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_utf8_file_cut_inside_a_character_is_read_up_to_the_cut_and_says_so(int bytesOfTheCharacter)
    {
        var text = File.ReadAllText(SharedFiles.Seed("003"));
        var whole = Encoding.UTF8.GetBytes(text[..text.IndexOf("4.保护第三方合法权益", StringComparison.Ordinal)]);
        var cut = Encoding.UTF8.GetBytes(text[..(text.IndexOf("4.保护第三方合法权益", StringComparison.Ordinal) + 4)]);
        cut = cut[..(whole.Length + 2 + bytesOfTheCharacter)]; // "4." then the first bytes of 保
        var r = Read(cut, "cut.txt");
        Assert.True(r.Ok, r.Error);
        var report = r.Reports[0];
        Assert.Equal(454m, report.Applications["newReceived", "total"]);
        var finding = Assert.Single(report.Findings, f => f.Rule == "read.text-cut");
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains($"末尾{bytesOfTheCharacter}个字节不是完整的 UTF-8 字符", finding.Message);
        Assert.DoesNotContain(Read(whole).Reports[0].Findings, f => f.Rule == "read.text-cut");
    }

    [Fact]
    public void A_gb18030_file_is_not_taken_for_a_cut_utf8_one()
    {
        var gb = Encoding.GetEncoding("GB18030");
        var bytes = gb.GetBytes(File.ReadAllText(SharedFiles.Seed("003")) + "\n附件：表");
        var r = Read(bytes);
        Assert.True(r.Ok, r.Error);
        Assert.DoesNotContain(r.Reports[0].Findings, f => f.Rule == "read.text-cut");
        Assert.Equal(454m, r.Reports[0].Applications["newReceived", "total"]);
    }

    [Fact]
    public void A_report_cut_off_inside_section_three_keeps_what_was_printed_and_says_what_is_missing()
    {
        var text = File.ReadAllText(SharedFiles.Seed("003"));
        var cut = text[..text.IndexOf("4.保护第三方合法权益", StringComparison.Ordinal)];
        var r = Read(cut);
        Assert.True(r.Ok, r.Error);
        var report = r.Reports[0];
        Assert.Equal(454m, report.Applications["newReceived", "total"]);
        Assert.Equal(17m, report.Proactive["normativeDocuments", "newlyMade"]);
        Assert.Null(report.Applications["withheld.thirdPartyRights", "total"]);
        Assert.Contains(report.Findings, f => f.Rule == "read.row-missing" && f.Where == "applications.withheld.thirdPartyRights");
        Assert.Contains(report.Findings, f => f.Rule == "read.section-missing" && f.Where == "reviewLitigation");
    }

    [Fact]
    public void A_report_cut_off_before_its_tables_is_an_error_naming_that()
    {
        var text = File.ReadAllText(SharedFiles.Seed("003"));
        var r = Read(text[..1500]);
        Assert.StartsWith("找到了年度报告标题，但没有可读的表格", r.Error);
    }

    [Theory]
    [InlineData("GB18030")]
    [InlineData("UTF-16")]
    [InlineData("UTF-16LE-no-BOM")]
    [InlineData("UTF-16BE-no-BOM")]
    [InlineData("UTF-8-BOM")]
    public void Seed_000_reads_the_same_in_every_chinese_encoding(string encoding)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = File.ReadAllText(SharedFiles.Seed("000"));
        byte[] bytes = encoding switch
        {
            "GB18030" => Encoding.GetEncoding("GB18030").GetBytes(text),
            "UTF-16" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "UTF-16LE-no-BOM" => Encoding.Unicode.GetBytes(text),
            "UTF-16BE-no-BOM" => Encoding.BigEndianUnicode.GetBytes(text),
            _ => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        };
        var r = Read(bytes);
        Assert.True(r.Ok, r.Error);
        Assert.Equal("广州市荔湾区人民政府逢源街道办事处", r.Reports[0].Agency);
        Assert.Equal(35.083m, r.Reports[0].Proactive["procurement", "amountWan"]);
    }

    [Fact]
    public void A_json_lines_file_with_a_wrong_field_names_the_line_and_path()
    {
        var good = Gongkai.Core.Json.ReportJson.Serialize(ReportReader.ReadFile(SharedFiles.Seed("001")).Reports[0]);
        var bad = good.Replace("\"granted\":{\"naturalPerson\":11", "\"granted\":{\"naturalPerson\":\"eleven\"", StringComparison.Ordinal);
        Assert.NotEqual(good, bad);
        var r = Read(good + "\n" + bad + "\n", "reports.jsonl");
        Assert.False(r.Ok);
        Assert.Equal("第 2 行 $.applications[\"granted\"].naturalPerson：应为数字或 null", r.Error);
    }

    [Fact]
    public void A_missing_file_is_an_error_saying_so() =>
        Assert.Equal("文件不存在", ReportReader.ReadFile(Path.Combine(Path.GetTempPath(), "gongkai-no-such-file.txt")).Error);

    /// <summary>Fuzzing by mutation: cut, duplicate, shuffle and corrupt the seeds; every result is a report or a clear error.</summary>
    [Fact]
    public void Mutated_seeds_never_crash_the_reader()
    {
        var seeds = Directory.GetFiles(SharedFiles.SeedsDir, "*.txt").Select(File.ReadAllText).ToArray();
        var rng = new Random(2024);
        for (var run = 0; run < 600; run++)
        {
            var lines = seeds[run % seeds.Length].Split('\n').ToList();
            var mutations = rng.Next(1, 12);
            for (var m = 0; m < mutations && lines.Count > 2; m++)
            {
                var i = rng.Next(lines.Count);
                switch (rng.Next(7))
                {
                    case 0: lines.RemoveAt(i); break;
                    case 1: lines.Insert(i, lines[rng.Next(lines.Count)]); break;
                    case 2: (lines[i], lines[rng.Next(lines.Count)]) = (lines[rng.Next(lines.Count)], lines[i]); break;
                    case 3: lines[i] = lines[i].Length > 1 ? lines[i][..rng.Next(lines[i].Length)] : lines[i]; break;
                    case 4: lines[i] += " " + rng.Next(-5, 100000); break;
                    case 5: lines[i] = new string(lines[i].Select(c => rng.Next(20) == 0 ? (char)rng.Next(0x20, 0x9fff) : c).ToArray()); break;
                    default: lines.Insert(i, string.Join(' ', Enumerable.Range(0, rng.Next(1, 30)).Select(_ => rng.Next(100)))); break;
                }
            }
            var r = Read(string.Join('\n', lines), $"mutant-{run}.txt");
            Assert.True(r.Ok || !r.Error!.StartsWith(ReportReader.InternalErrorPrefix, StringComparison.Ordinal), $"run {run}: {r.Error}");
            if (r.Ok)
                foreach (var f in r.Reports[0].Findings) Assert.False(string.IsNullOrEmpty(f.Message));
        }
    }
}
