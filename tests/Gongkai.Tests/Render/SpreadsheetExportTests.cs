using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Core.Rules;
using Gongkai.Render.Export;
using Gongkai.Tests.Generation;

namespace Gongkai.Tests.Render;

/// <summary>The analysts' export: one row per report and cell, as CSV and XLSX, read back and compared value for value.</summary>
public class SpreadsheetExportTests
{
    /// <summary>Checked generated reports of both templates (2021 with and without the collapsed 三（六）), some with findings.</summary>
    private static List<Report> Reports(int count, int from = 0) =>
        [.. Enumerable.Range(from, count).Select(seed =>
        {
            var r = ReportTextLayout.Generate(seed, (seed % 3) == 0 ? TemplateId.V2019 : TemplateId.V2021, otherCollapsed: seed % 3 == 2).Expected;
            if (seed % 4 == 1) r = r.WithSection(r.Applications.With(0, r.Applications.Cells[0] + 5)); // breaks the balance
            if (seed % 5 == 2) r = r.WithSection(r.ReviewLitigation.With(1, null));
            return ReportChecker.Check(r with { Source = $"reports/{seed:000}.pdf" });
        })];

    [Fact]
    public void Every_cell_of_every_section_is_one_row_with_chinese_labels()
    {
        foreach (var report in Reports(3))
        {
            var cells = SpreadsheetExport.Cells(report).ToList();
            Assert.Equal(report.Sections.Sum(s => s.Layout.CellCount), cells.Count);
            Assert.Equal(cells.Count, cells.Select(c => (c.Section, c.Row, c.Column)).Distinct().Count());
        }
        var r2019 = Reports(1)[0];
        var c = SpreadsheetExport.Cells(r2019).ToList();
        Assert.Contains(c, x => x is { Row: "withheld.stateSecret", Column: "naturalPerson", RowLabel: "（三）不予公开·1.属于国家秘密", ColumnLabel: "自然人" });
        Assert.Contains(c, x => x is { Row: "granted", Column: "otherOrg", RowLabel: "（一）予以公开", ColumnLabel: "法人或其他组织·其他" });
        Assert.Contains(c, x => x is { Section: "proactive", Row: "regulations", Column: "newlyMade", RowLabel: "规章", ColumnLabel: "本年新制作数量" });
        Assert.Contains(c, x => x is { Section: "reviewLitigation", Row: "litigationDirect", Column: "pending", RowLabel: "行政诉讼·未经复议直接起诉", ColumnLabel: "尚未审结" });
    }

    // ---- CSV ----

    [Fact]
    public void Csv_has_a_bom_the_header_and_one_row_per_report_and_cell_that_parse_back()
    {
        var reports = Reports(30);
        reports[3] = reports[3] with { Agency = "某某区\"人民\",政府\n办公室", Source = "a,b.html" };
        var sw = new StringWriter();
        SpreadsheetExport.WriteCsv(reports, sw);
        var text = sw.ToString();
        Assert.StartsWith("\uFEFFsource,agency,year,format,published,section,row,column,rowLabel,columnLabel,value\r\n", text);
        var rows = ParseCsv(text[1..]);
        Assert.Equal(SpreadsheetExport.CellColumns, rows[0]);
        var expected = reports.SelectMany(SpreadsheetExport.Cells).ToList();
        Assert.Equal(expected.Count + 1, rows.Count);
        Assert.Equal(reports.Sum(r => r.Sections.Sum(s => s.Layout.CellCount)), expected.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var e = expected[i];
            var row = rows[i + 1];
            Assert.Equal(11, row.Length);
            Assert.Equal([e.Source ?? "", e.Agency ?? "", e.Year?.ToString(CultureInfo.InvariantCulture) ?? "", e.Format,
                e.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", e.Section, e.Row, e.Column, e.RowLabel, e.ColumnLabel], row[..10]);
            if (e.Value is decimal v) Assert.Equal(v, decimal.Parse(row[10], NumberStyles.Float, CultureInfo.InvariantCulture));
            else Assert.Equal("", row[10]);
        }
        Assert.Contains(rows, r => r[1] == "某某区\"人民\",政府\n办公室" && r[0] == "a,b.html");
        Assert.Contains(rows, r => r[10] == "");
    }

    /// <summary>RFC 4180, strictly: CRLF between records, quoted fields with doubled quotes.</summary>
    public static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; }
                    else if (text[i] == '"') { i++; break; }
                    else field.Append(text[i++]);
                }
            }
            else if (text[i] == ',') { fields.Add(field.ToString()); field.Clear(); i++; }
            else if (text[i] == '\r' && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                rows.Add([.. fields]);
                fields.Clear();
                i += 2;
            }
            else
            {
                Assert.False(text[i] is '\n' or '\r', $"bare line break at {i}");
                field.Append(text[i++]);
            }
        }
        Assert.True(fields.Count == 0 && field.Length == 0, "last record does not end in CRLF");
        return rows;
    }

    // ---- XLSX ----

    [Fact]
    public void Xlsx_holds_one_row_per_report_and_cell_numbers_as_numbers_and_a_findings_sheet()
    {
        var reports = Reports(40);
        var bytes = Xlsx(reports);
        using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var wb = doc.WorkbookPart!;
        Assert.Equal(["cells", "findings"], wb.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!));

        var cells = Sheet(wb, "cells");
        Assert.Equal(SpreadsheetExport.CellColumns, cells[0].Select(c => c.Text));
        Assert.All(cells[0], c => Assert.Equal(1u, c.Style));
        var expected = reports.SelectMany(SpreadsheetExport.Cells).ToList();
        Assert.Equal(reports.Sum(r => r.Sections.Sum(s => s.Layout.CellCount)) + 1, cells.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var e = expected[i];
            var row = cells[i + 1];
            Assert.Equal(e.Source, row[0].Text);
            Assert.Equal(e.Agency, row[1].Text);
            Assert.True(row[2].IsNumber);
            Assert.Equal(e.Year, int.Parse(row[2].Text!, CultureInfo.InvariantCulture));
            Assert.Equal(e.Format, row[3].Text);
            if (e.Published is DateOnly d)
            {
                Assert.True(row[4].IsNumber);
                Assert.Equal(2u, row[4].Style);
                Assert.Equal(d, DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(row[4].Text!, CultureInfo.InvariantCulture))));
            }
            else Assert.Null(row[4].Text);
            Assert.Equal([e.Section, e.Row, e.Column, e.RowLabel, e.ColumnLabel], row[5..10].Select(c => c.Text));
            if (e.Value is decimal v)
            {
                Assert.True(row[10].IsNumber, $"row {i + 2} value is not a number");
                Assert.Equal(v, decimal.Parse(row[10].Text!, NumberStyles.Float, CultureInfo.InvariantCulture));
            }
            else Assert.Null(row[10].Text);
        }

        var findings = Sheet(wb, "findings");
        Assert.Equal(SpreadsheetExport.FindingColumns, findings[0].Select(c => c.Text));
        var all = reports.SelectMany(r => r.Findings.Select(f => (r.Source, f))).ToList();
        Assert.NotEmpty(all);
        Assert.Equal(all.Count + 1, findings.Count);
        for (var i = 0; i < all.Count; i++)
        {
            var (source, f) = all[i];
            var row = findings[i + 1];
            Assert.Equal([source, f.Rule, f.SeverityCode, f.Where], row[..4].Select(c => c.Text));
            Assert.Equal(f.Expected, row[4].Text is { } x ? decimal.Parse(x, CultureInfo.InvariantCulture) : null);
            Assert.Equal(f.Actual, row[5].Text is { } y ? decimal.Parse(y, CultureInfo.InvariantCulture) : null);
            if (f.Expected is not null) Assert.True(row[4].IsNumber);
            Assert.Equal(f.Message, row[6].Text);
        }
        Assert.Contains(all, x => x.f.Expected is not null);
    }

    [Fact]
    public void Xlsx_header_rows_are_frozen_filtered_and_the_package_is_valid_open_xml()
    {
        var reports = Reports(6);
        reports[0] = reports[0] with { Agency = "控制\u0001字符 <&> 机关 ", Source = null };
        using var doc = SpreadsheetDocument.Open(new MemoryStream(Xlsx(reports)), false);
        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        foreach (var part in doc.WorkbookPart!.WorksheetParts)
        {
            var pane = part.Worksheet.Descendants<Pane>().Single();
            Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
            Assert.Equal(1d, pane.VerticalSplit!.Value);
            Assert.Equal("A2", pane.TopLeftCell!.Value);
            Assert.NotNull(part.Worksheet.Descendants<AutoFilter>().SingleOrDefault());
        }
        var cells = Sheet(doc.WorkbookPart!, "cells");
        Assert.Equal("控制字符 <&> 机关 ", cells[1][1].Text);
        Assert.Null(cells[1][0].Text);
    }

    [Fact]
    public void Past_the_sheet_row_limit_the_cells_go_on_in_a_second_sheet()
    {
        var reports = Reports(12);
        using var ms = new MemoryStream();
        using (var w = new XlsxExportWriter(ms, leaveOpen: true, maxRows: 1000))
        {
            foreach (var r in reports) w.Add(r);
            w.Complete();
            Assert.Equal(12, w.Reports);
        }
        using var doc = SpreadsheetDocument.Open(new MemoryStream(ms.ToArray()), false);
        var names = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
        var total = reports.Sum(r => r.Sections.Sum(s => s.Layout.CellCount));
        var sheets = (total + 998) / 999;
        Assert.Equal([.. Enumerable.Range(1, sheets).Select(n => n == 1 ? "cells" : $"cells {n}"), "findings"], names);
        var rows = names[..^1].Select(n => Sheet(doc.WorkbookPart!, n)).ToList();
        Assert.All(rows, r => Assert.Equal(SpreadsheetExport.CellColumns, r[0].Select(c => c.Text)));
        Assert.All(rows[..^1], r => Assert.Equal(1000, r.Count));
        Assert.Equal(total, rows.Sum(r => r.Count - 1));
        Assert.Equal(reports.SelectMany(SpreadsheetExport.Cells).Select(c => c.Value),
            rows.SelectMany(r => r.Skip(1)).Select(r => r[10].Text is { } t ? decimal.Parse(t, CultureInfo.InvariantCulture) : (decimal?)null));
    }

    [Fact]
    public void An_export_of_no_reports_is_a_valid_workbook_of_headers()
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(Xlsx([])), false);
        Assert.Empty(new OpenXmlValidator().Validate(doc));
        Assert.Single(Sheet(doc.WorkbookPart!, "cells"));
        Assert.Single(Sheet(doc.WorkbookPart!, "findings"));
    }

    [Fact]
    public void Three_thousand_reports_stream_through_without_keeping_their_cells()
    {
        // Measured without the process heap, which the tests running beside this one share: the sheet must reach
        // the stream while reports are still being added, and a report added long ago must be collectable.
        var template = Reports(3);
        var counting = new CountingStream();
        var early = new List<WeakReference>();
        long writtenHalfway = 0;
        using (var w = new XlsxExportWriter(counting))
        {
            for (var i = 0; i < 3000; i++)
            {
                w.Add(Fresh(template[i % 3], i, i < 10 ? early : null));
                if (i == 1499) writtenHalfway = counting.Length;
            }
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            Assert.DoesNotContain(early, r => r.IsAlive);
            w.Complete();
            Assert.Equal(Enumerable.Range(0, 3000).Sum(i => (long)template[i % 3].Sections.Sum(s => s.Layout.CellCount)), w.CellRows);
        }
        Assert.True(counting.Length > 1_000_000, $"{counting.Length} bytes");
        // ~600,000 rows: half of them already written before the last report was added.
        Assert.True(writtenHalfway > counting.Length / 4, $"{writtenHalfway} of {counting.Length} bytes written halfway");
    }

    /// <summary>A copy with fresh cell arrays, so that nothing but the writer could keep its cells alive; made in its
    /// own frame so that no temporary of the caller's (a debug build keeps them to the end of the method) holds it.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static Report Fresh(Report t, int i, List<WeakReference>? track)
    {
        var report = t with
        {
            Source = $"r{i}.pdf",
            Proactive = new SectionData(t.Proactive.Layout, [.. t.Proactive.Cells]),
            Applications = new SectionData(t.Applications.Layout, [.. t.Applications.Cells]),
            ReviewLitigation = new SectionData(t.ReviewLitigation.Layout, [.. t.ReviewLitigation.Cells]),
        };
        track?.Add(new WeakReference(report.Applications));
        return report;
    }

    private sealed class CountingStream : Stream
    {
        private long _length;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
    }

    private static byte[] Xlsx(IEnumerable<Report> reports)
    {
        using var ms = new MemoryStream();
        SpreadsheetExport.WriteXlsx(reports, ms);
        return ms.ToArray();
    }

    public sealed record XlsxCell(string? Text, bool IsNumber, uint Style);

    /// <summary>A sheet's rows as cells placed by their references (an absent cell is Text null).</summary>
    public static List<XlsxCell[]> Sheet(WorkbookPart wb, string name)
    {
        var sheet = wb.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        var part = (WorksheetPart)wb.GetPartById(sheet.Id!);
        var width = name.StartsWith("cells", StringComparison.Ordinal) ? SpreadsheetExport.CellColumns.Length : SpreadsheetExport.FindingColumns.Length;
        var rows = new List<XlsxCell[]>();
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            Assert.Equal((uint)rows.Count + 1, row.RowIndex!.Value);
            var cells = Enumerable.Repeat(new XlsxCell(null, false, 0), width).ToArray();
            foreach (var c in row.Elements<Cell>())
            {
                var col = c.CellReference!.Value!.TakeWhile(char.IsLetter).Aggregate(0, (n, ch) => n * 26 + ch - 'A' + 1) - 1;
                var inline = c.DataType?.Value == CellValues.InlineString;
                cells[col] = new XlsxCell(inline ? c.InlineString!.Text!.Text : c.CellValue!.Text, c.DataType is null, c.StyleIndex?.Value ?? 0);
            }
            rows.Add(cells);
        }
        return rows;
    }
}
