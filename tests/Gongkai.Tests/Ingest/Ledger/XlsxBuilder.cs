using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Gongkai.Tests.Ingest.Ledger;

/// <summary>A cell to write: its kind decides how (shared or inline string, number, date under a date format…).</summary>
public abstract record XCell
{
    public static XCell S(string text) => new SharedText(text);
    public static XCell I(string text) => new InlineText(text);
    /// <summary>A shared string of rich text runs with a phonetic guide (which is not text).</summary>
    public static XCell Rich(params string[] runs) => new RichText(runs);
    public static XCell N(double value) => new Num(value);
    public static XCell D(DateOnly date, bool chineseFormat = false) => new DateCell(date, chineseFormat);
    public static XCell B(bool value) => new Bool(value);
    public static XCell E(string error) => new Err(error);
    /// <summary>No cell here: the next one goes one column further.</summary>
    public static readonly XCell Gap = new GapCell();

    public static implicit operator XCell(string text) => new SharedText(text);

    public sealed record SharedText(string Text) : XCell;
    public sealed record InlineText(string Text) : XCell;
    public sealed record RichText(string[] Runs) : XCell;
    public sealed record Num(double Value) : XCell;
    public sealed record DateCell(DateOnly Date, bool Chinese) : XCell;
    public sealed record Bool(bool Value) : XCell;
    public sealed record Err(string Code) : XCell;
    public sealed record GapCell : XCell;
}

/// <summary>Builds XLSX workbooks with the Open XML SDK, as Excel and WPS write them (shared strings, styles, merges).</summary>
public sealed class XlsxBuilder
{
    private sealed record SheetSpec(string Name, List<(int Number, XCell[] Cells)> Rows, List<string> Merges);

    private readonly List<SheetSpec> _sheets = [];
    private SheetSpec Current => _sheets.Count > 0 ? _sheets[^1] : Sheet("Sheet1").Current;

    /// <summary>Write cells and rows without their r reference, as some generators do.</summary>
    public bool OmitReferences { get; init; }
    public bool Date1904 { get; init; }

    public XlsxBuilder Sheet(string name)
    {
        _sheets.Add(new SheetSpec(name, [], []));
        return this;
    }

    public XlsxBuilder Row(int number, params XCell[] cells)
    {
        Current.Rows.Add((number, cells));
        return this;
    }

    public XlsxBuilder Merge(string range)
    {
        Current.Merges.Add(range);
        return this;
    }

    public const uint DateStyle = 1, ChineseDateStyle = 2;

    public byte[] Build()
    {
        _ = Current;
        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            if (Date1904) wb.Workbook.AppendChild(new WorkbookProperties { Date1904 = true });
            var sheets = wb.Workbook.AppendChild(new Sheets());
            var sst = wb.AddNewPart<SharedStringTablePart>();
            sst.SharedStringTable = new SharedStringTable();
            var shared = new Dictionary<string, int>();
            var styles = wb.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Styles();
            uint id = 1;
            foreach (var spec in _sheets)
            {
                var ws = wb.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                foreach (var (number, cells) in spec.Rows)
                {
                    var row = new Row();
                    if (!OmitReferences) row.RowIndex = (uint)number;
                    var col = 0;
                    foreach (var c in cells)
                    {
                        if (c is XCell.GapCell) { col++; continue; }
                        var cell = Cell(c, sst.SharedStringTable, shared);
                        if (!OmitReferences) cell.CellReference = Letter(col) + number.ToString(CultureInfo.InvariantCulture);
                        row.AppendChild(cell);
                        col++;
                    }
                    data.AppendChild(row);
                }
                var worksheet = new Worksheet(data);
                if (spec.Merges.Count > 0)
                    worksheet.AppendChild(new MergeCells(spec.Merges.Select(m => new MergeCell { Reference = m })));
                ws.Worksheet = worksheet;
                sheets.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Name = spec.Name, SheetId = id++, Id = wb.GetIdOfPart(ws) });
            }
        }
        return ms.ToArray();
    }

    private Cell Cell(XCell c, SharedStringTable sst, Dictionary<string, int> shared) => c switch
    {
        XCell.SharedText s => new Cell(new CellValue(Shared(s.Text, sst, shared))) { DataType = CellValues.SharedString },
        XCell.RichText rich => new Cell(new CellValue(Rich(rich.Runs, sst, shared))) { DataType = CellValues.SharedString },
        XCell.InlineText s => new Cell(new InlineString(new Text(s.Text) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString },
        XCell.Num n => new Cell(new CellValue(n.Value.ToString("R", CultureInfo.InvariantCulture))),
        XCell.DateCell d => new Cell(new CellValue(Serial(d.Date).ToString(CultureInfo.InvariantCulture)))
        { StyleIndex = d.Chinese ? ChineseDateStyle : DateStyle },
        XCell.Bool b => new Cell(new CellValue(b.Value ? "1" : "0")) { DataType = CellValues.Boolean },
        XCell.Err e => new Cell(new CellValue(e.Code)) { DataType = CellValues.Error },
        _ => throw new ArgumentOutOfRangeException(nameof(c)),
    };

    private int Serial(DateOnly d) => d.DayNumber - (Date1904 ? new DateOnly(1904, 1, 1) : new DateOnly(1899, 12, 30)).DayNumber;

    private static string Rich(string[] runs, SharedStringTable sst, Dictionary<string, int> shared)
    {
        var i = shared.Count;
        shared["\0rich" + i] = i;
        var item = new SharedStringItem(runs.Select(r => new Run(new RunProperties(new Bold()), new Text(r) { Space = SpaceProcessingModeValues.Preserve })));
        item.AppendChild(new PhoneticRun(new Text("ふりがな")) { BaseTextStartIndex = 0, EndingBaseIndex = 1 });
        sst.AppendChild(item);
        return i.ToString(CultureInfo.InvariantCulture);
    }

    private static string Shared(string text, SharedStringTable sst, Dictionary<string, int> shared)
    {
        if (!shared.TryGetValue(text, out var i))
        {
            i = shared.Count;
            shared[text] = i;
            sst.AppendChild(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        }
        return i.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Style 1 is built-in format 14 (m/d/yyyy), style 2 a custom yyyy"年"m"月"d"日".</summary>
    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 176, FormatCode = "yyyy\"年\"m\"月\"d\"日\";@" }) { Count = 1 },
        new Fonts(new Font()) { Count = 1 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0 },
            new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 176, ApplyNumberFormat = true }) { Count = 3 });

    public static string Letter(int index)
    {
        var s = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) s = (char)('A' + (n - 1) % 26) + s;
        return s;
    }

    /// <summary>A ledger of <paramref name="rows"/> data rows, written with the SAX writer so that 200,000 rows take seconds.</summary>
    public static byte[] LargeLedger(int rows)
    {
        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook(new Sheets());
            var ws = wb.AddNewPart<WorksheetPart>();
            using (var w = OpenXmlWriter.Create(ws))
            {
                w.WriteStartElement(new Worksheet());
                w.WriteStartElement(new SheetData());
                string[] header = ["申请编号", "申请人", "申请人类型", "申请方式", "收到日期", "答复日期", "处理结果"];
                WriteRow(w, 1, header);
                for (var r = 0; r < rows; r++)
                {
                    var received = new DateOnly(2025, 1, 2).AddDays(r % 300);
                    WriteRow(w, r + 2, [$"YSQ-{r:000000}", $"申请人{r}", r % 3 == 0 ? "商业企业" : "自然人", "互联网渠道",
                        received.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        received.AddDays(10).ToString("yyyy/M/d", CultureInfo.InvariantCulture), r % 2 == 0 ? "予以公开" : "1.属于国家秘密"]);
                }
                w.WriteEndElement();
                w.WriteEndElement();
            }
            wb.Workbook.Sheets!.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Name = "台账", SheetId = 1, Id = wb.GetIdOfPart(ws) });
        }
        return ms.ToArray();
    }

    /// <summary>A sheet of <paramref name="rows"/> rows of one number each: the cheapest file past a row cap.</summary>
    public static byte[] ManyRows(int rows)
    {
        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook(new Sheets());
            var ws = wb.AddNewPart<WorksheetPart>();
            using (var w = OpenXmlWriter.Create(ws))
            {
                w.WriteStartElement(new Worksheet());
                w.WriteStartElement(new SheetData());
                for (var r = 1; r <= rows; r++)
                {
                    w.WriteStartElement(new Row());
                    w.WriteStartElement(new Cell());
                    w.WriteElement(new CellValue(r));
                    w.WriteEndElement();
                    w.WriteEndElement();
                }
                w.WriteEndElement();
                w.WriteEndElement();
            }
            wb.Workbook.Sheets!.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Name = "台账", SheetId = 1, Id = wb.GetIdOfPart(ws) });
        }
        return ms.ToArray();
    }

    private static void WriteRow(OpenXmlWriter w, int number, string[] texts)
    {
        w.WriteStartElement(new Row(), [new OpenXmlAttribute("r", "", number.ToString(CultureInfo.InvariantCulture))]);
        for (var i = 0; i < texts.Length; i++)
        {
            w.WriteStartElement(new Cell(), [
                new OpenXmlAttribute("r", "", Letter(i) + number.ToString(CultureInfo.InvariantCulture)),
                new OpenXmlAttribute("t", "", "inlineStr")]);
            w.WriteStartElement(new InlineString());
            w.WriteElement(new Text(texts[i]));
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }
}
