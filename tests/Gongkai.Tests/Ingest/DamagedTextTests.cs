using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Ingest;
using Gongkai.Ingest.Text;
using Gongkai.Tests.Core;
using Gongkai.Tests.Generation;

namespace Gongkai.Tests.Ingest;

/// <summary>
/// The forms of damage met in real published reports, one example each with its numbers spelled out: cells run
/// together, Markdown, OCR'd text, pdftotext's default mode. <see cref="NeverAWrongNumberTests"/> covers them at random.
/// </summary>
public class DamagedTextTests
{
    private static readonly Narrative Prose = new(null,
        "（一）主动公开方面。全年主动公开政府信息25条，其中规章0条、规范性文件18条、其他信息7条。\n（二）依申请公开方面。全年共受理政府信息公开申请74件。",
        "工作人员业务水平有待提高。", "无。");

    /// <summary>TestReports' 2019 report with 三 as issue 18 quotes it: 71, 3 new; 1 carried over; 72, 3 granted or not held.</summary>
    private static Report Issue18Report()
    {
        var r = TestReports.Consistent(TemplateId.V2019)
            .With("proactive.normativeDocuments.newlyMade", 18).With("proactive.normativeDocuments.newlyPublished", 18)
            .With("proactive.normativeDocuments.totalPublished", 107);
        var a = r.Applications.Layout;
        var cells = new decimal?[a.CellCount];
        Array.Fill(cells, 0);
        void Row(string key, params decimal[] values) { for (var f = 0; f < values.Length; f++) cells[a.CellIndex(key, a.Rows[0].Fields[f].Key)] = values[f]; }
        Row("newReceived", 71, 3, 0, 0, 0, 0, 74);
        Row("carriedOver", 1, 0, 0, 0, 0, 0, 1);
        Row("granted", 70, 3, 0, 0, 0, 0, 73);
        Row("unavailable.notHeld", 2, 0, 0, 0, 0, 0, 2);
        Row("total", 72, 3, 0, 0, 0, 0, 75);
        return r.WithSection(new SectionData(a, [.. cells])) with { Narrative = Prose };
    }

    /// <summary>The report as a web archive's text: every line run together into one, cells of a row with no separator.</summary>
    private static string OneLine(Report r) =>
        ReportTextLayout.Render(r, Damage.RunTogether, new Random(3)).Text.Replace("\n", "", StringComparison.Ordinal);

    private static decimal?[] D(params decimal[] values) => [.. values.Select(v => (decimal?)v)];

    private static decimal?[] RowOf(Report r, string section, string row)
    {
        var s = r.Section(section);
        var layout = s.Layout.Row(row)!;
        return [.. Enumerable.Range(layout.Offset, layout.Fields.Length).Select(i => s.Cells[i])];
    }

    [Fact]
    public void A_report_on_one_line_with_cells_run_together_splits_713000074_into_71_3_0_0_0_0_74()
    {
        var text = OneLine(Issue18Report());
        Assert.Contains("713000074", text);
        Assert.Contains("1000001", text);
        Assert.DoesNotContain('\n', text.Trim());

        var read = ReportTextReader.Read(text);

        Assert.Equal(D(71, 3, 0, 0, 0, 0, 74), RowOf(read, "applications", "newReceived"));
        Assert.Equal(D(1, 0, 0, 0, 0, 0, 1), RowOf(read, "applications", "carriedOver"));
        Assert.Equal(Issue18Report().Applications.Cells.ToArray(), read.Applications.Cells.ToArray());
        Assert.Equal(Issue18Report().ReviewLitigation.Cells.ToArray(), read.ReviewLitigation.Cells.ToArray());
        var split = Assert.Single(read.Findings, f => f.Rule == "read.digits-split" && f.Where == "applications.newReceived");
        Assert.Contains("713000074", split.Message);
        Assert.Contains("71、3、0、0、0、0、74", split.Message);
    }

    [Fact]
    public void Run_together_digits_the_identities_leave_open_are_decided_by_the_number_the_prose_quotes()
    {
        // "1818107" is 18|18|107 or 1|818|107, 181|8|107…: section 二 has no identities; the prose says 规范性文件18条.
        var report = Issue18Report();
        var read = ReportTextReader.Read(OneLine(report));
        Assert.Equal(D(18, 18, 107), RowOf(read, "proactive", "normativeDocuments"));
        var split = Assert.Single(read.Findings, f => f.Rule == "read.digits-split" && f.Where == "proactive.normativeDocuments");
        Assert.Contains("正文", split.Message);

        var silent = report with { Narrative = Prose with { Overview = "（一）主动公开方面。全年主动公开政府信息若干条。" } };
        var unread = ReportTextReader.Read(OneLine(silent));
        Assert.All(RowOf(unread, "proactive", "normativeDocuments"), v => Assert.Null(v));
        Assert.Contains(unread.Findings, f => f.Rule == "read.ambiguous" && f.Where == "proactive.normativeDocuments");
    }

    [Fact]
    public void Run_together_digits_that_split_two_ways_in_every_row_are_null_and_the_finding_names_both_readings()
    {
        // 11 and 1 in the first two columns of every row with applications: 1 and 11 keep every identity just as well.
        var r = TestReports.Consistent(TemplateId.V2019) with { Narrative = Prose with { Overview = "无。" } };
        var a = r.Applications.Layout;
        var cells = new decimal?[a.CellCount];
        Array.Fill(cells, 0);
        foreach (var row in new[] { "newReceived", "granted", "total" })
        {
            cells[a.CellIndex(row, "naturalPerson")] = 11;
            cells[a.CellIndex(row, "commercial")] = 1;
            cells[a.CellIndex(row, "total")] = 12;
        }
        var read = ReportTextReader.Read(OneLine(r.WithSection(new SectionData(a, [.. cells]))));

        foreach (var row in new[] { "newReceived", "granted", "total" })
        {
            Assert.Null(read.Applications[row, "naturalPerson"]);
            Assert.Null(read.Applications[row, "commercial"]);
            Assert.Equal(12, read.Applications[row, "total"]);
            var f = Assert.Single(read.Findings, x => x.Where == $"applications.{row}" && x.Rule == "read.ambiguous");
            Assert.Contains("“自然人”列可为1或11", f.Message);
        }
        Assert.Equal(0, read.Applications["carriedOver", "naturalPerson"]);
    }

    [Fact]
    public void Markdown_with_pipes_split_rows_page_marks_and_repeated_headings_reads_back_with_its_blank_cells()
    {
        var found = 0;
        for (var seed = 0; seed < 400 && found < 5; seed++)
        {
            var g = ReportTextLayout.Generate(seed, require: Damage.Markdown | Damage.PageBreaks | Damage.WrappedLabels);
            const Damage shown = Damage.Markdown | Damage.PageBreaks | Damage.WrappedLabels;
            if ((g.Damage & shown) != shown || !g.Expected.Sections.Any(s => s.Cells.Any(c => c is null))) continue;
            Assert.Contains("| ---", g.Text.Replace("｜", "|", StringComparison.Ordinal).Replace(":---:", "---", StringComparison.Ordinal));
            found++;
            var read = ReportTextReader.Read(g.Text);
            foreach (var s in g.Expected.Sections)
                Assert.True(s.Cells.SequenceEqual(read.Section(s.Layout.Key).Cells), $"{g}: {s.Layout.Key} differs\n{g.Text}");
            Assert.Equal(g.Expected.Agency, read.Agency);
        }
        Assert.Equal(5, found);
    }

    [Fact]
    public void Ocr_text_reads_misread_zeros_and_ones_and_puts_a_doubled_digit_right_by_the_identities()
    {
        var report = Issue18Report() with { Agency = "临沭县人民政府" };
        var text = ReportTextLayout.Render(report, Damage.None, new Random(5)).Text;
        // As a scan reads it: 沭 as 沐, one 0 as O, the 73 granted as 773.
        text = text.Replace("临沭", "临沐", StringComparison.Ordinal);
        var granted = text.Split('\n').First(l => l.StartsWith("（一）予以公开", StringComparison.Ordinal) || l.Contains("予以公开 70", StringComparison.Ordinal));
        var misread = granted.Replace(" 73", " 773", StringComparison.Ordinal).Replace(" 0 ", " O ", StringComparison.Ordinal);
        text = text.Replace(granted, misread, StringComparison.Ordinal);

        var read = ReportTextReader.Read(text);

        Assert.Equal("临沭县人民政府", read.Agency);
        Assert.Equal(Issue18Report().Applications.Cells.ToArray(), read.Applications.Cells.ToArray());
        var fix = Assert.Single(read.Findings, f => f.Rule == "read.ocr-corrected");
        Assert.Equal("applications.granted.total", fix.Where);
        Assert.Contains("773", fix.Message);
    }

    [Fact]
    public void An_ocr_misread_the_identities_cannot_place_is_null_with_a_finding_not_a_guess()
    {
        // 四 has one identity per row: a doubled digit there breaks it, but which of its five cells was misread?
        var report = Issue18Report();
        var text = ReportTextLayout.Render(report, Damage.None, new Random(5)).Text;
        var lines = text.Split('\n').ToList();
        var values = lines.FindLastIndex(l => l.StartsWith("1 0 1 0 2", StringComparison.Ordinal));
        Assert.True(values >= 0, text);
        lines[values] = "1 0 11 O 2" + lines[values]["1 0 1 0 2".Length..];
        var read = ReportTextReader.Read(string.Join('\n', lines), null, TextTraits.Ocr);

        Assert.All(RowOf(read, "reviewLitigation", "review"), v => Assert.Null(v));
        Assert.Equal(5, read.Findings.Count(f => f.Rule == "read.ocr-conflict" && f.Where.StartsWith("reviewLitigation.review.", StringComparison.Ordinal)));
        Assert.Equal(D(0, 1, 0, 0, 1), RowOf(read, "reviewLitigation", "litigationDirect"));
    }

    [Fact]
    public void Page_text_with_repeated_lines_dropped_reads_4_0_4_as_4_0_0_0_0_0_4_by_the_row_total()
    {
        // The 莆田 archive of the corpus: one cell a line, every line equal to the one before it dropped.
        var report = Issue18Report();
        var text = ReportTextLayout.Render(report, Damage.CollapsedRepeats, new Random(2)).Text;
        var lines = text.Split('\n');
        var at = Array.FindIndex(lines, l => l.StartsWith("二、上年结转", StringComparison.Ordinal));
        Assert.Equal(["1", "0", "1"], lines[(at + 1)..(at + 4)]);
        Assert.StartsWith("三", lines[at + 4]);

        var read = ReportTextReader.Read(text);

        Assert.Equal(report.Applications.Cells.ToArray(), read.Applications.Cells.ToArray());
        var f = Assert.Single(read.Findings, x => x.Rule == "read.repeats-expanded" && x.Where == "applications.carriedOver");
        Assert.Contains("1、0、0、0、0、0、1", f.Message);
        // 四 prints 1 0 1 0 2 | 0 1 0 0 1 | 0 0 0 0 0, left as 1 0 1 0 2 0 1 0 1 0: whether 未经复议直接起诉's 1 was
        // 结果纠正 or 其他结果 the text cannot say, and both keep its 总计. Those two cells are null, named, never guessed.
        Assert.Null(read.ReviewLitigation["litigationDirect", "corrected"]);
        Assert.Null(read.ReviewLitigation["litigationDirect", "other"]);
        Assert.Equal(1, read.ReviewLitigation["litigationDirect", "total"]);
        Assert.Equal(D(1, 0, 1, 0, 2), RowOf(read, "reviewLitigation", "review"));
        var open = Assert.Single(read.Findings, x => x.Rule == "read.ambiguous" && x.Where == "reviewLitigation");
        Assert.Contains("“结果纠正”列可为0或1", open.Message);
    }

    [Fact]
    public void Pdftotext_default_mode_that_prints_labels_after_their_numbers_reads_by_the_numbers_order()
    {
        // Seed 34: the labels of 3.要求提供公开出版物 … 5.要求行政机关确认 and of （六） come out after their numbers; read by
        // labels, 确认或重新出具 and 逾期不补正 swapped their values (identities kept), which Gongkai once gave as read.
        var input = DamagedInputs.Make(InputDamage.PdfDefaultModeText, 34);
        var result = input.Read();
        Assert.True(result.Ok, result.Error);
        var read = result.Reports.Single();
        foreach (var s in input.Truth.Sections)
            Assert.Equal(s.Cells.ToArray(), read.Section(s.Layout.Key).Cells.ToArray());
        Assert.Contains(read.Findings, f => f.Rule == "read.by-order" && f.Where == "applications");
    }
}
