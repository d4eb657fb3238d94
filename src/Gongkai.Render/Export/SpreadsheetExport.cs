using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using static Gongkai.Render.Export.SpreadsheetMl;

namespace Gongkai.Render.Export;

/// <summary>One value of one report, as an analyst's row: who, which year and template, where in the tables, and the number.</summary>
public readonly record struct ExportCell(
    string? Source,
    string? Agency,
    int? Year,
    string Format,
    DateOnly? Published,
    string Section,
    string Row,
    string Column,
    string RowLabel,
    string ColumnLabel,
    decimal? Value);

/// <summary>
/// Reports as tables for analysts, "one row per report and cell" (every cell of 二、三、四, a blank one too), as CSV or
/// XLSX. Both are written as the reports come: nothing is kept per cell but the row being written, so thousands of
/// reports export in flat memory (XLSX keeps the findings, a few per report, for its second sheet).
/// </summary>
public static class SpreadsheetExport
{
    public static readonly ImmutableArray<string> CellColumns =
        ["source", "agency", "year", "format", "published", "section", "row", "column", "rowLabel", "columnLabel", "value"];

    public static readonly ImmutableArray<string> FindingColumns =
        ["source", "rule", "severity", "where", "expected", "actual", "message"];

    /// <summary>Every cell of the report's three tables, in layout order (section, row, column).</summary>
    public static IEnumerable<ExportCell> Cells(Report report)
    {
        var format = report.Format.Code();
        foreach (var section in report.Sections)
        {
            var layout = section.Layout;
            foreach (var row in layout.Rows)
            {
                var rowLabel = RowLabel(layout, row);
                for (var f = 0; f < row.Fields.Length; f++)
                {
                    var field = row.Fields[f];
                    yield return new ExportCell(report.Source, report.Agency, report.Year, format, report.Published,
                        layout.Key, row.Key, field.Key, rowLabel, ColumnLabel(field), section.Cells[row.Offset + f]);
                }
            }
        }
    }

    /// <summary>
    /// The row as the table prints it, with its group where the label alone does not say what it counts:
    /// "（三）不予公开·1.属于国家秘密", "行政诉讼·未经复议直接起诉"; "规章", "（一）予以公开" stand alone.
    /// </summary>
    public static string RowLabel(SectionLayout section, RowLayout row) =>
        row.Group is { } g && section.GroupLabels.IsEmpty && !row.Label.StartsWith('（') ? $"{g}·{row.Label}" : row.Label;

    /// <summary>The column as the table prints it, with its group: "法人或其他组织·其他".</summary>
    public static string ColumnLabel(FieldLayout field) => field.Group is { } g ? $"{g}·{field.Label}" : field.Label;

    /// <summary>A cell value as text: invariant, no trailing zeros, no exponent ("3522.436287", "-52").</summary>
    public static string Number(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    // ---- CSV --------------------------------------------------------------------------------------------------------

    /// <summary>Excel reads a UTF-8 CSV as UTF-8 only when it starts with the byte order mark.</summary>
    public const string ByteOrderMark = "\uFEFF";

    /// <summary>The header line (RFC 4180: comma-separated, CRLF).</summary>
    public static string CsvHeader { get; } = string.Join(',', CellColumns) + "\r\n";

    /// <summary>The CSV rows of one report, each ending in CRLF.</summary>
    public static string CsvRows(Report report)
    {
        var sb = new StringBuilder(32 * 1024);
        foreach (var c in Cells(report))
        {
            Field(sb, c.Source).Append(',');
            Field(sb, c.Agency).Append(',');
            if (c.Year is int y) sb.Append(y.ToString(CultureInfo.InvariantCulture));
            sb.Append(',').Append(c.Format).Append(',');
            if (c.Published is DateOnly d) sb.Append(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            sb.Append(',').Append(c.Section).Append(',');
            Field(sb, c.Row).Append(',');
            Field(sb, c.Column).Append(',');
            Field(sb, c.RowLabel).Append(',');
            Field(sb, c.ColumnLabel).Append(',');
            if (c.Value is decimal v) sb.Append(Number(v));
            sb.Append("\r\n");
        }
        return sb.ToString();
    }

    /// <summary>The byte order mark, the header, and every report's rows, written as the reports come.</summary>
    public static void WriteCsv(IEnumerable<Report> reports, TextWriter output)
    {
        output.Write(ByteOrderMark);
        output.Write(CsvHeader);
        foreach (var report in reports) output.Write(CsvRows(report));
    }

    /// <summary>A text field: RFC 4180 quoting, and never a formula (<see cref="Csv.Text(StringBuilder, string?)"/>).</summary>
    private static StringBuilder Field(StringBuilder sb, string? value) => Csv.Text(sb, value);

    // ---- XLSX -------------------------------------------------------------------------------------------------------

    /// <summary>Writes the reports as an XLSX workbook (see <see cref="XlsxExportWriter"/>).</summary>
    public static void WriteXlsx(IEnumerable<Report> reports, Stream output)
    {
        using var writer = new XlsxExportWriter(output);
        foreach (var report in reports) writer.Add(report);
        writer.Complete();
    }
}

/// <summary>
/// An XLSX workbook written as a stream: sheet "cells" (one row per report and cell) grows as reports are added,
/// straight into the ZIP; <see cref="Complete"/> adds sheet "findings" (source, rule, severity, where, expected,
/// actual, message) and the workbook parts. Header rows are bold and frozen, with a filter; numbers and years are
/// numbers, dates are dates. Past Excel's 1,048,576 rows the cells go on in sheets "cells 2", "cells 3"….
/// </summary>
/// <remarks>
/// SpreadsheetML is written directly (a handful of small parts and the sheets): ClosedXML and the Open XML SDK keep the
/// whole sheet in memory before saving, and ClosedXML 0.95 does not run against the Open XML SDK 3 that the DOCX
/// writer uses.
/// </remarks>
public sealed class XlsxExportWriter : IDisposable
{
    /// <summary>Rows per sheet, header included (Excel's limit).</summary>
    public const int MaxRows = 1_048_576;

    /// <summary>QuoteStyle marks text that starts like a formula (quotePrefix): shown as typed, still text if edited.</summary>
    private const int BoldStyle = 1, DateStyle = 2, QuoteStyle = 3;
    private static readonly double[] CellWidths = [42, 32, 7, 7, 11, 15, 30, 14, 44, 22, 12];
    private static readonly double[] FindingWidths = [42, 26, 9, 48, 11, 11, 90];

    private readonly ZipArchive _zip;
    private readonly List<(string Name, int Rows, int Columns)> _sheets = [];
    private readonly List<(string? Source, Finding Finding)> _findings = [];
    private Stream? _entry;
    private XmlWriter? _sheet;
    private int _row;
    private bool _completed;

    private readonly int _maxRows;

    /// <param name="maxRows">Rows per sheet, header included: Excel's limit, smaller only in tests.</param>
    public XlsxExportWriter(Stream output, bool leaveOpen = false, int maxRows = MaxRows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRows, 2);
        _maxRows = maxRows;
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen);
    }

    /// <summary>Reports added so far; cell rows written so far.</summary>
    public int Reports { get; private set; }
    public long CellRows { get; private set; }

    public void Add(Report report)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        foreach (var c in SpreadsheetExport.Cells(report))
        {
            if (_sheet is null || _row >= _maxRows) StartCellSheet();
            var w = _sheet!;
            var r = ++_row;
            w.WriteStartElement("row", MainNs);
            w.WriteAttributeString("r", r.ToString(CultureInfo.InvariantCulture));
            Text(w, 0, r, c.Source);
            Text(w, 1, r, c.Agency);
            if (c.Year is int y) Number(w, 2, r, y.ToString(CultureInfo.InvariantCulture));
            Text(w, 3, r, c.Format);
            if (c.Published is DateOnly d) Date(w, 4, r, d);
            Text(w, 5, r, c.Section);
            Text(w, 6, r, c.Row);
            Text(w, 7, r, c.Column);
            Text(w, 8, r, c.RowLabel);
            Text(w, 9, r, c.ColumnLabel);
            if (c.Value is decimal v) Number(w, 10, r, SpreadsheetExport.Number(v));
            w.WriteEndElement();
            CellRows++;
        }
        foreach (var f in report.Findings) _findings.Add((report.Source, f));
        Reports++;
    }

    /// <summary>Writes the findings sheet and the workbook parts; the stream is a complete XLSX after this.</summary>
    public void Complete()
    {
        if (_completed) return;
        if (_sheet is null) StartCellSheet();
        EndSheet();

        var name = "findings";
        _sheets.Add((name, Math.Min(1 + _findings.Count, _maxRows), SpreadsheetExport.FindingColumns.Length));
        using (var w = StartSheet(_sheets.Count, SpreadsheetExport.FindingColumns, FindingWidths))
        {
            var r = 1;
            foreach (var (source, f) in _findings)
            {
                r++;
                w.WriteStartElement("row", MainNs);
                w.WriteAttributeString("r", r.ToString(CultureInfo.InvariantCulture));
                Text(w, 0, r, source);
                Text(w, 1, r, f.Rule);
                Text(w, 2, r, f.SeverityCode);
                Text(w, 3, r, f.Where);
                if (f.Expected is decimal e) Number(w, 4, r, SpreadsheetExport.Number(e));
                if (f.Actual is decimal a) Number(w, 5, r, SpreadsheetExport.Number(a));
                Text(w, 6, r, f.Message);
                w.WriteEndElement();
                if (r >= _maxRows) break; // a million findings: the rest would not open in Excel
            }
            EndSheetData(w, r, SpreadsheetExport.FindingColumns.Length);
        }
        _entry!.Dispose();
        _entry = null;
        WriteParts();
        _completed = true;
        _zip.Dispose();
    }

    public void Dispose()
    {
        if (_completed) return;
        _completed = true;
        _sheet?.Dispose();
        _entry?.Dispose();
        _zip.Dispose();
    }

    private void StartCellSheet()
    {
        EndSheet();
        var n = _sheets.Count + 1;
        _sheets.Add((n == 1 ? "cells" : $"cells {n}", 0, SpreadsheetExport.CellColumns.Length));
        _sheet = StartSheet(n, SpreadsheetExport.CellColumns, CellWidths);
        _row = 1;
    }

    private void EndSheet()
    {
        if (_sheet is null) return;
        EndSheetData(_sheet, _row, SpreadsheetExport.CellColumns.Length);
        _sheet.Dispose();
        _sheet = null;
        _entry!.Dispose();
        _entry = null;
        _sheets[^1] = _sheets[^1] with { Rows = _row };
    }

    private XmlWriter StartSheet(int number, ImmutableArray<string> columns, double[] widths)
    {
        _entry = _zip.CreateEntry($"xl/worksheets/sheet{number}.xml", CompressionLevel.Optimal).Open();
        var w = XmlWriter.Create(_entry, XmlSettings);
        w.WriteStartDocument(true);
        w.WriteStartElement("worksheet", MainNs);
        w.WriteAttributeString("xmlns", "r", null, RelNs);
        w.WriteStartElement("sheetViews", MainNs);
        w.WriteStartElement("sheetView", MainNs);
        if (number == 1) w.WriteAttributeString("tabSelected", "1");
        w.WriteAttributeString("workbookViewId", "0");
        w.WriteStartElement("pane", MainNs);
        w.WriteAttributeString("ySplit", "1");
        w.WriteAttributeString("topLeftCell", "A2");
        w.WriteAttributeString("activePane", "bottomLeft");
        w.WriteAttributeString("state", "frozen");
        w.WriteEndElement();
        w.WriteStartElement("selection", MainNs);
        w.WriteAttributeString("pane", "bottomLeft");
        w.WriteAttributeString("activeCell", "A2");
        w.WriteAttributeString("sqref", "A2");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("sheetFormatPr", MainNs);
        w.WriteAttributeString("defaultRowHeight", "15");
        w.WriteEndElement();
        w.WriteStartElement("cols", MainNs);
        for (var i = 0; i < widths.Length; i++)
        {
            w.WriteStartElement("col", MainNs);
            var n = (i + 1).ToString(CultureInfo.InvariantCulture);
            w.WriteAttributeString("min", n);
            w.WriteAttributeString("max", n);
            w.WriteAttributeString("width", widths[i].ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("customWidth", "1");
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteStartElement("sheetData", MainNs);
        w.WriteStartElement("row", MainNs);
        w.WriteAttributeString("r", "1");
        for (var i = 0; i < columns.Length; i++) Text(w, i, 1, columns[i], BoldStyle);
        w.WriteEndElement();
        return w;
    }

    private static void EndSheetData(XmlWriter w, int rows, int columns)
    {
        w.WriteEndElement(); // sheetData
        w.WriteStartElement("autoFilter", MainNs);
        w.WriteAttributeString("ref", $"A1:{Column(columns - 1)}{rows.ToString(CultureInfo.InvariantCulture)}");
        w.WriteEndElement();
        w.WriteEndElement(); // worksheet
        w.WriteEndDocument();
        w.Flush();
    }

    private static void Text(XmlWriter w, int col, int row, string? text, int style = 0)
    {
        if (string.IsNullOrEmpty(text)) return;
        w.WriteStartElement("c", MainNs);
        w.WriteAttributeString("r", Column(col) + row.ToString(CultureInfo.InvariantCulture));
        // An inline string is never evaluated; a value that starts like a formula also gets the quote prefix, so that
        // editing the cell in Excel or WPS does not turn it into one.
        if (style == 0 && Csv.IsFormula(text)) style = QuoteStyle;
        if (style != 0) w.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("t", "inlineStr");
        w.WriteStartElement("is", MainNs);
        w.WriteStartElement("t", MainNs);
        var clean = XmlSafe(text);
        if (clean.Length > 0 && (char.IsWhiteSpace(clean[0]) || char.IsWhiteSpace(clean[^1])))
            w.WriteAttributeString("xml", "space", null, "preserve");
        w.WriteString(clean);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Number(XmlWriter w, int col, int row, string number, int style = 0)
    {
        w.WriteStartElement("c", MainNs);
        w.WriteAttributeString("r", Column(col) + row.ToString(CultureInfo.InvariantCulture));
        if (style != 0) w.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
        w.WriteElementString("v", MainNs, number);
        w.WriteEndElement();
    }

    /// <summary>A date as Excel's serial day number (1900 date system), shown as yyyy-mm-dd.</summary>
    private static void Date(XmlWriter w, int col, int row, DateOnly date) =>
        Number(w, col, row, (date.DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(CultureInfo.InvariantCulture), DateStyle);

    /// <summary>Text an XML 1.0 document can hold (control characters and lone surrogates dropped), at most Excel's 32,767 characters.</summary>
    private static string XmlSafe(string text)
    {
        var valid = true;
        for (var i = 0; i < text.Length && valid; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            valid = XmlConvert.IsXmlChar(ch);
        }
        if (!valid)
        {
            var sb = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                var ch = text[i];
                if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { sb.Append(ch).Append(text[++i]); continue; }
                if (XmlConvert.IsXmlChar(ch)) sb.Append(ch);
            }
            text = sb.ToString();
        }
        if (text.Length > 32767) text = text[..32767];
        return text;
    }

    private void WriteParts()
    {
        Part(_zip, "xl/workbook.xml", w =>
        {
            w.WriteStartElement("workbook", MainNs);
            w.WriteAttributeString("xmlns", "r", null, RelNs);
            w.WriteStartElement("bookViews", MainNs);
            w.WriteStartElement("workbookView", MainNs);
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteStartElement("sheets", MainNs);
            for (var i = 0; i < _sheets.Count; i++)
            {
                w.WriteStartElement("sheet", MainNs);
                w.WriteAttributeString("name", _sheets[i].Name);
                w.WriteAttributeString("sheetId", (i + 1).ToString(CultureInfo.InvariantCulture));
                w.WriteAttributeString("id", RelNs, Id(i + 1));
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteStartElement("definedNames", MainNs);
            for (var i = 0; i < _sheets.Count; i++)
            {
                var (name, rows, columns) = _sheets[i];
                w.WriteStartElement("definedName", MainNs);
                w.WriteAttributeString("name", "_xlnm._FilterDatabase");
                w.WriteAttributeString("localSheetId", i.ToString(CultureInfo.InvariantCulture));
                w.WriteAttributeString("hidden", "1");
                w.WriteString($"'{name}'!$A$1:${Column(columns - 1)}${rows.ToString(CultureInfo.InvariantCulture)}");
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndElement();
        });
        PackageParts(_zip, _sheets.Count, WriteStyles);
    }

    /// <summary>Three cell formats: 0 plain, 1 bold (headers), 2 date yyyy-mm-dd. 宋体 11, as Chinese Excel opens a new book.</summary>
    private static void WriteStyles(XmlWriter w)
    {
        w.WriteStartElement("styleSheet", MainNs);
        w.WriteStartElement("numFmts", MainNs);
        w.WriteAttributeString("count", "1");
        w.WriteStartElement("numFmt", MainNs);
        w.WriteAttributeString("numFmtId", "164");
        w.WriteAttributeString("formatCode", "yyyy-mm-dd");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("fonts", MainNs);
        w.WriteAttributeString("count", "2");
        Font(w, bold: false, "11");
        Font(w, bold: true, "11");
        w.WriteEndElement();
        Fills(w);
        w.WriteStartElement("borders", MainNs);
        w.WriteAttributeString("count", "1");
        w.WriteStartElement("border", MainNs);
        foreach (var side in new[] { "left", "right", "top", "bottom", "diagonal" }) w.WriteElementString(side, MainNs, null);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("cellStyleXfs", MainNs);
        w.WriteAttributeString("count", "1");
        Xf(w, numFmt: 0, font: 0, inCellXfs: false);
        w.WriteEndElement();
        w.WriteStartElement("cellXfs", MainNs);
        w.WriteAttributeString("count", "4");
        Xf(w, numFmt: 0, font: 0, inCellXfs: true);
        Xf(w, numFmt: 0, font: 1, inCellXfs: true);
        Xf(w, numFmt: 164, font: 0, inCellXfs: true);
        Xf(w, numFmt: 0, font: 0, inCellXfs: true, quotePrefix: true);
        w.WriteEndElement();
        w.WriteStartElement("cellStyles", MainNs);
        w.WriteAttributeString("count", "1");
        w.WriteStartElement("cellStyle", MainNs);
        w.WriteAttributeString("name", "Normal");
        w.WriteAttributeString("xfId", "0");
        w.WriteAttributeString("builtinId", "0");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Xf(XmlWriter w, int numFmt, int font, bool inCellXfs, bool quotePrefix = false)
    {
        w.WriteStartElement("xf", MainNs);
        w.WriteAttributeString("numFmtId", numFmt.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("fontId", font.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("fillId", "0");
        w.WriteAttributeString("borderId", "0");
        if (inCellXfs)
        {
            w.WriteAttributeString("xfId", "0");
            if (font != 0) w.WriteAttributeString("applyFont", "1");
            if (numFmt != 0) w.WriteAttributeString("applyNumberFormat", "1");
            if (quotePrefix) w.WriteAttributeString("quotePrefix", "1");
        }
        w.WriteEndElement();
    }
}
