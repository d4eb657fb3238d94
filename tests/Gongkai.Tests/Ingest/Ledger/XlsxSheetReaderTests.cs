using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Ingest.Ledger;
using static Gongkai.Tests.Ingest.Ledger.XCell;

namespace Gongkai.Tests.Ingest.Ledger;

/// <summary>Worksheets as Excel and WPS write them, and files that are not worksheets at all.</summary>
public class XlsxSheetReaderTests
{
    private const string File = "台账.xlsx";

    private static XlsxSheet Read(byte[] bytes, string? sheet = null, int maxRows = XlsxSheetReader.DefaultMaxRows) =>
        XlsxSheetReader.Read(bytes, File, sheet, maxRows);

    private static LedgerException Refused(byte[] bytes, int maxRows = XlsxSheetReader.DefaultMaxRows)
    {
        var e = Assert.Throws<LedgerException>(() => XlsxSheetReader.Read(bytes, File, null, maxRows));
        Assert.StartsWith(File, e.Message);
        return e;
    }

    [Fact]
    public void Every_kind_of_cell_reads_as_its_text_with_its_address()
    {
        var bytes = new XlsxBuilder()
            .Row(1, S("共享"), I(" 内联 "), N(3.5), B(true), E("#N/A"), D(new DateOnly(2025, 3, 4)), D(new DateOnly(2024, 2, 29), chineseFormat: true), N(45720))
            .Build();
        var row = Assert.Single(Read(bytes).Rows);
        Assert.Equal(1, row.Number);
        Assert.Equal(
            [new(0, "共享", SheetCellKind.Text), new(1, " 内联 ", SheetCellKind.Text), new(2, "3.5", SheetCellKind.Number),
             new(3, "TRUE", SheetCellKind.Boolean), new(4, "#N/A", SheetCellKind.Error), new(5, "2025-03-04", SheetCellKind.Date),
             new(6, "2024-02-29", SheetCellKind.Date), new SheetCell(7, "45720", SheetCellKind.Number)],
            row.Cells.AsEnumerable());
        Assert.Equal("H", row.Cells[7].ColumnLetter);
    }

    [Fact]
    public void Rich_text_runs_join_and_phonetic_guides_are_left_out()
    {
        var bytes = new XlsxBuilder().Row(1, I("前"), Rich("不予", "公开"), S("后")).Build();
        Assert.Equal(["前", "不予公开", "后"], Read(bytes).Rows[0].Cells.Select(c => c.Text));
    }

    [Fact]
    public void Gaps_between_cells_and_rows_keep_their_columns_and_row_numbers()
    {
        var bytes = new XlsxBuilder().Row(2, "a", Gap, Gap, "d").Row(7, Gap, "b").Build();
        var sheet = Read(bytes);
        Assert.Equal([2, 7], sheet.Rows.Select(r => r.Number));
        Assert.Equal("d", sheet.Rows[0].Text(3));
        Assert.Null(sheet.Rows[0].Text(1));
        Assert.Equal("b", sheet.Rows[1].Text(1));
    }

    [Fact]
    public void Cells_and_rows_without_r_references_take_the_next_place()
    {
        var bytes = new XlsxBuilder { OmitReferences = true }.Row(1, "a", "b", "c").Row(2, "x", "y").Build();
        var sheet = Read(bytes);
        Assert.Equal([1, 2], sheet.Rows.Select(r => r.Number));
        Assert.Equal(["a", "b", "c"], sheet.Rows[0].Cells.Select(c => c.Text));
        Assert.Equal([0, 1, 2], sheet.Rows[0].Cells.Select(c => c.Column));
        Assert.Equal("y", sheet.Rows[1].Text(1));
    }

    [Fact]
    public void Dates_of_the_1904_date_system_read_as_the_same_day()
    {
        var bytes = new XlsxBuilder { Date1904 = true }.Row(1, D(new DateOnly(2025, 12, 31))).Build();
        Assert.Equal("2025-12-31", Read(bytes).Rows[0].Text(0));
    }

    [Theory]
    [InlineData(1, "1900-01-01")]
    [InlineData(59, "1900-02-28")]
    [InlineData(61, "1900-03-01")]
    [InlineData(45720, "2025-03-04")]
    [InlineData(45720.75, "2025-03-04 18:00:00")]
    public void Serial_days_are_Excel_dates(double serial, string expected) =>
        Assert.Equal(expected, XlsxSheetReader.SerialDate(serial));

    [Fact]
    public void Merged_ranges_are_listed()
    {
        var bytes = new XlsxBuilder().Row(1, "标题").Merge("A1:D1").Merge("B3:B4").Build();
        Assert.Equal([new MergedRange(1, 0, 1, 3), new MergedRange(3, 1, 4, 1)], Read(bytes).Merges.AsEnumerable());
    }

    [Fact]
    public void A_named_sheet_is_read_and_an_unknown_name_lists_the_sheets()
    {
        var bytes = new XlsxBuilder().Sheet("说明").Row(1, "填表说明").Sheet("2025年").Row(1, "台账").Build();
        Assert.Equal("填表说明", Read(bytes).Rows[0].Text(0));
        var named = Read(bytes, "2025年");
        Assert.Equal("2025年", named.Name);
        Assert.Equal("台账", named.Rows[0].Text(0));
        var e = Assert.Throws<LedgerException>(() => Read(bytes, "2024年"));
        Assert.Equal("台账.xlsx：没有名为“2024年”的工作表（有：“说明”、“2025年”）", e.Message);
    }

    [Fact]
    public void A_shared_string_index_past_the_table_names_file_sheet_and_cell()
    {
        var bytes = new XlsxBuilder().Row(7, "a", "b", "c").Build();
        bytes = Rewrite(bytes, "xl/worksheets/sheet1.xml", xml => xml.Replace("<x:v>2</x:v>", "<x:v>99</x:v>"));
        Assert.Equal("台账.xlsx 工作表“Sheet1” C7：共享字符串编号“99”不存在", Refused(bytes).Message);
    }

    [Fact]
    public void Truncated_files_are_refused_with_the_file_name_at_every_length()
    {
        var bytes = new XlsxBuilder().Row(1, "申请人类型", "收到日期").Row(2, "自然人", D(new DateOnly(2025, 1, 2))).Build();
        for (var cut = 0; cut < bytes.Length; cut += Math.Max(1, bytes.Length / 97))
        {
            var e = Assert.Throws<LedgerException>(() => XlsxSheetReader.Read(bytes[..cut], File));
            Assert.StartsWith(File, e.Message);
        }
    }

    [Fact]
    public void Random_bytes_are_not_a_workbook()
    {
        var random = new Random(42);
        for (var i = 0; i < 50; i++)
        {
            var bytes = new byte[random.Next(1, 5000)];
            random.NextBytes(bytes);
            if (i % 2 == 0 && bytes.Length > 1) { bytes[0] = (byte)'P'; bytes[1] = (byte)'K'; } // past the signature check
            Refused(bytes);
        }
        Assert.Equal("台账.xlsx：不是 Excel 工作簿（.xlsx）", Refused(Encoding.UTF8.GetBytes("申请人,类型\n张三,自然人")).Message);
        Assert.Equal("台账.xlsx：文件为空", Refused([]).Message);
    }

    [Fact]
    public void A_Word_document_given_as_xlsx_is_named_as_one()
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            doc.AddMainDocumentPart().Document = new Document(new Body(new Paragraph(new Run(new Text("台账")))));
        }
        Assert.Equal("台账.xlsx：是 Word 文档，不是 Excel 工作簿（.xlsx）", Refused(ms.ToArray()).Message);
    }

    [Fact]
    public void An_old_xls_file_is_asked_to_be_saved_as_xlsx()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
        Assert.Contains("另存为 .xlsx", Refused(ole).Message);
    }

    [Fact]
    public void A_huge_shared_string_is_refused_with_the_file_name()
    {
        var bytes = new XlsxBuilder().Row(1, new string('长', XlsxSheetReader.MaxCellChars + 1)).Build();
        Assert.Contains("超过 Excel 单元格上限", Refused(bytes).Message);
    }

    [Fact]
    public void A_part_inflating_past_its_plausible_ratio_is_a_zip_bomb()
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var s = zip.CreateEntry("[Content_Types].xml").Open()) s.Write("<Types/>"u8);
            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 64; i++) sheet.Write(zeros);
        }
        Assert.Equal("台账.xlsx：XLSX 解压后过大（疑似压缩炸弹）", Refused(ms.ToArray()).Message);
    }

    [Fact]
    public void More_rows_than_the_default_cap_are_refused_naming_the_sheet()
    {
        var e = Refused(XlsxBuilder.ManyRows(XlsxSheetReader.DefaultMaxRows + 1));
        Assert.Equal($"台账.xlsx 工作表“台账”：有内容的行超过 {XlsxSheetReader.DefaultMaxRows} 行，超出导入上限", e.Message);
    }

    [Fact]
    public void A_sheet_of_exactly_the_cap_is_read()
    {
        Assert.Equal(500, Read(XlsxBuilder.ManyRows(500), maxRows: 500).Rows.Length);
        Refused(XlsxBuilder.ManyRows(501), maxRows: 500);
    }

    /// <summary>The workbook with one part's XML changed.</summary>
    internal static byte[] Rewrite(byte[] xlsx, string part, Func<string, string> change)
    {
        using var ms = new MemoryStream();
        ms.Write(xlsx);
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.Entries.Single(e => e.FullName == part);
            string xml;
            using (var r = new StreamReader(entry.Open())) xml = r.ReadToEnd();
            var changed = change(xml);
            Assert.NotEqual(xml, changed);
            entry.Delete();
            using var w = new StreamWriter(zip.CreateEntry(part).Open(), new UTF8Encoding(false));
            w.Write(changed);
        }
        return ms.ToArray();
    }
}
