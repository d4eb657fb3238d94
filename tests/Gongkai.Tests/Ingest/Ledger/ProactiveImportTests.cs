using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Ingest.Ledger;
using Gongkai.Render.Export;
using static Gongkai.Tests.Ingest.Ledger.XCell;

namespace Gongkai.Tests.Ingest.Ledger;

/// <summary>Section 二 as offices fill it in: the blank sheet downloaded, filled in Excel, uploaded.</summary>
public class ProactiveImportTests
{
    private const string File = "主动公开.xlsx";

    /// <summary>Figures for every cell: counts, a negative 本年增/减, amounts with decimals.</summary>
    private static SectionData Figures(SectionLayout layout, int seed)
    {
        var r = new Random(seed);
        var cells = Enumerable.Range(0, layout.CellCount).Select(i => (decimal?)(layout.FieldOfCell(i).Kind switch
        {
            FieldKind.Signed => r.Next(-20, 21),
            FieldKind.Amount => Math.Round((decimal)r.NextDouble() * 5000, 4),
            _ => r.Next(0, 500),
        }));
        return new SectionData(layout, [.. cells]);
    }

    /// <summary>Types each figure into the empty box of its row, as a user does in Excel: numbers, or text for some.</summary>
    private static byte[] FillIn(byte[] blank, SectionData values, bool someAsText)
    {
        using var ms = new MemoryStream();
        ms.Write(blank);
        using (var doc = SpreadsheetDocument.Open(ms, true))
        {
            var data = doc.WorkbookPart!.WorksheetParts.Single().Worksheet!.GetFirstChild<SheetData>()!;
            var labels = values.Layout.Rows.ToDictionary(r => r.Label);
            foreach (var row in data.Elements<Row>())
            {
                var cells = row.Elements<Cell>().ToList();
                if (cells.FirstOrDefault()?.InlineString?.InnerText is not { } label || !labels.TryGetValue(label, out var layoutRow)) continue;
                for (var i = 0; i < layoutRow.Fields.Length; i++)
                {
                    var cell = cells[i + 1];
                    var v = values.Cells[layoutRow.Offset + i]!.Value;
                    var text = v.ToString(CultureInfo.InvariantCulture);
                    if (someAsText && i % 2 == 1)
                    {
                        cell.DataType = CellValues.InlineString;
                        cell.InlineString = new InlineString(new Text(text));
                    }
                    else cell.CellValue = new CellValue(text);
                }
            }
        }
        return ms.ToArray();
    }

    [Theory]
    [InlineData(2020)]
    [InlineData(2025)]
    public void A_blank_template_filled_in_reads_back_every_figure(int year)
    {
        var layout = ProactiveImport.LayoutFor(year);
        var values = Figures(layout, year);
        var blank = ProactiveSheetTemplate.Write(layout);

        var result = ProactiveImport.Read(FillIn(blank, values, someAsText: true), File, year);

        Assert.Empty(result.Errors);
        Assert.Equal(ProactiveSheetTemplate.SheetName, result.Sheet);
        Assert.Equal(values.Cells.AsEnumerable(), result.Data.Cells.AsEnumerable());
        Assert.True(result.Data.IsComplete);
    }

    [Theory]
    [InlineData(2020)]
    [InlineData(2025)]
    public void A_sheet_written_with_figures_reads_back_equal(int year)
    {
        var layout = ProactiveImport.LayoutFor(year);
        var values = Figures(layout, 7);
        var result = ProactiveImport.Read(ProactiveSheetTemplate.Write(layout, values), File, year);
        Assert.Empty(result.Errors);
        Assert.Equal(values.Cells.AsEnumerable(), result.Data.Cells.AsEnumerable());
    }

    [Fact]
    public void A_blank_template_read_as_it_is_says_which_cells_are_not_filled_in()
    {
        var layout = ProactiveImport.LayoutFor(2025);
        var result = ProactiveImport.Read(ProactiveSheetTemplate.Write(layout), File, 2025);
        Assert.Equal(layout.CellCount, result.Errors.Length);
        Assert.Equal("B4“规章”行“本年制发件数”列：未填写（没有的请填 0）", result.Errors[0].ToString());
        Assert.All(result.Data.Cells, c => Assert.Null(c));
    }

    [Fact]
    public void Missing_rows_and_non_numeric_cells_are_errors_and_columns_follow_their_headers()
    {
        // 2021 layout, columns of group (一) shuffled, 行政强制 missing, text where numbers belong.
        var b = new XlsxBuilder()
            .Row(1, "二、主动公开政府信息情况")
            .Row(2, "第二十条第（一）项")
            .Row(3, "信息内容", "现行有效件数", "本年制发件数", "本年废止件数")
            .Row(4, "规章", N(12), N(1), N(0))
            .Row(5, "规范性文件", "30", "十二", N(-1))
            .Row(6, "第二十条第（五）项")
            .Row(7, "信息内容", "本年处理决定数量")
            .Row(8, "行政许可", "1,234")
            .Row(9, "行政处罚", N(2.5))
            .Row(10, "第二十条第（八）项")
            .Row(11, "信息内容", "本年收费金额（单位：万元）")
            .Row(12, "行政事业性收费", "12.5万元");

        var result = ProactiveImport.Read(b.Build(), File, 2025);

        Assert.Equal(
        [
            "C5“行政规范性文件”行“本年制发件数”列：不是数字“十二”",
            "D5“行政规范性文件”行“本年废止件数”列：应为非负整数，填的是“-1”",
            "B9“行政处罚”行“本年处理决定数量”列：应为非负整数，填的是“2.5”",
            "缺少“行政强制”行",
        ], result.Errors.Select(e => e.ToString()));
        var d = result.Data;
        Assert.Equal((1m, 0m, 12m), (d["regulations", "issued"], d["regulations", "repealed"], d["regulations", "inForce"]));
        Assert.Equal(30m, d["normativeDocuments", "inForce"]);
        Assert.Equal(1234m, d["licensing", "decisions"]);
        Assert.Equal(12.5m, d["fees", "amountWan"]);
        Assert.Null(d["enforcement", "decisions"]);
    }

    [Fact]
    public void Without_headers_the_figures_are_read_right_of_the_label_in_template_order()
    {
        var layout = ProactiveImport.LayoutFor(2020);
        var b = new XlsxBuilder();
        var n = 0;
        foreach (var row in layout.Rows)
            b.Row(++n, [row.Label, .. row.Fields.Select((f, i) => N(row.Offset + i))]);
        var result = ProactiveImport.Read(b.Build(), File, 2020);
        Assert.Empty(result.Errors);
        Assert.Equal(Enumerable.Range(0, layout.CellCount).Select(i => (decimal?)i), result.Data.Cells.AsEnumerable());
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_refused_with_its_name()
    {
        Assert.False(ProactiveImport.TryRead("not a sheet"u8.ToArray(), File, 2025, out var result, out var error));
        Assert.Null(result);
        Assert.Equal("主动公开.xlsx：不是 Excel 工作簿（.xlsx）", error);
    }
}
