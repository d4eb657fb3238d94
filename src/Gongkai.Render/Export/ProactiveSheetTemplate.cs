using System.Globalization;
using System.IO.Compression;
using System.Xml;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using static Gongkai.Render.Export.SpreadsheetMl;

namespace Gongkai.Render.Export;

/// <summary>
/// The sheet of section 二 (主动公开政府信息情况) for offices to download, fill in and upload: laid out as the official
/// table — title, then per group its label (第二十条第（一）项), a header row (信息内容, the fields) and its rows — with a
/// bordered empty cell for every figure (or the figures of <c>values</c>). <c>ProactiveImport</c> reads it back.
/// </summary>
/// <remarks>Minimal SpreadsheetML written directly, like <see cref="XlsxExportWriter"/>: one sheet, four cell styles.</remarks>
public static class ProactiveSheetTemplate
{
    public const string SheetName = "主动公开情况";
    public const string RowHeader = "信息内容";

    private const int Plain = 0, Title = 1, Header = 2, Box = 3;

    /// <summary>Writes the sheet for <paramref name="layout"/> (a proactive section layout) to <paramref name="output"/>.</summary>
    /// <param name="values">Figures to fill in (null cells stay empty); null for a blank sheet.</param>
    public static void Write(SectionLayout layout, Stream output, SectionData? values = null)
    {
        if (layout.Key != "proactive") throw new ArgumentException("not the layout of section 二", nameof(layout));
        if (values is not null && values.Layout != layout) throw new ArgumentException("values of another layout", nameof(values));
        var width = 1 + layout.Rows.Max(r => r.Fields.Length);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var merges = new List<string>();
        Part(zip, "xl/worksheets/sheet1.xml", w =>
        {
            w.WriteStartElement("worksheet", MainNs);
            w.WriteStartElement("cols", MainNs);
            Col(w, 1, 1, 26);
            Col(w, 2, width, 24);
            w.WriteEndElement();
            w.WriteStartElement("sheetData", MainNs);
            var r = 0;
            Row(w, ++r, [(0, layout.Title, Title)], height: 24);
            merges.Add($"A{r}:{Column(width - 1)}{r}");
            var groups = layout.Rows.GroupBy(x => x.Group ?? "");
            foreach (var group in groups)
            {
                var fields = group.First().Fields;
                if (group.Key.Length > 0)
                {
                    Row(w, ++r, [.. Enumerable.Range(0, width).Select(c => (c, c == 0 ? group.Key : "", Header))]);
                    merges.Add($"A{r}:{Column(width - 1)}{r}");
                }
                Row(w, ++r, [(0, RowHeader, Header), .. fields.Select((f, i) => (i + 1, f.Label, Header))]);
                foreach (var row in group)
                {
                    r++;
                    w.WriteStartElement("row", MainNs);
                    w.WriteAttributeString("r", r.ToString(CultureInfo.InvariantCulture));
                    Cell(w, 0, r, row.Label, Box);
                    for (var i = 0; i < row.Fields.Length; i++)
                    {
                        var value = values?.Cells[row.Offset + i];
                        w.WriteStartElement("c", MainNs);
                        w.WriteAttributeString("r", Column(i + 1) + r.ToString(CultureInfo.InvariantCulture));
                        w.WriteAttributeString("s", Box.ToString(CultureInfo.InvariantCulture));
                        if (value is decimal v) w.WriteElementString("v", MainNs, SpreadsheetExport.Number(v));
                        w.WriteEndElement();
                    }
                    w.WriteEndElement();
                }
            }
            w.WriteEndElement(); // sheetData
            w.WriteStartElement("mergeCells", MainNs);
            w.WriteAttributeString("count", merges.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var m in merges)
            {
                w.WriteStartElement("mergeCell", MainNs);
                w.WriteAttributeString("ref", m);
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndElement();
        });
        Part(zip, "xl/workbook.xml", w =>
        {
            w.WriteStartElement("workbook", MainNs);
            w.WriteAttributeString("xmlns", "r", null, RelNs);
            w.WriteStartElement("sheets", MainNs);
            w.WriteStartElement("sheet", MainNs);
            w.WriteAttributeString("name", SheetName);
            w.WriteAttributeString("sheetId", "1");
            w.WriteAttributeString("id", RelNs, Id(1));
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
        });
        PackageParts(zip, sheets: 1, WriteStyles);
    }

    public static byte[] Write(SectionLayout layout, SectionData? values = null)
    {
        using var ms = new MemoryStream();
        Write(layout, ms, values);
        return ms.ToArray();
    }

    private static void Row(XmlWriter w, int r, (int Column, string Text, int Style)[] cells, double? height = null)
    {
        w.WriteStartElement("row", MainNs);
        w.WriteAttributeString("r", r.ToString(CultureInfo.InvariantCulture));
        if (height is double h)
        {
            w.WriteAttributeString("ht", h.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("customHeight", "1");
        }
        foreach (var (column, text, style) in cells) Cell(w, column, r, text, style);
        w.WriteEndElement();
    }

    private static void Cell(XmlWriter w, int column, int row, string text, int style)
    {
        w.WriteStartElement("c", MainNs);
        w.WriteAttributeString("r", Column(column) + row.ToString(CultureInfo.InvariantCulture));
        if (style != Plain) w.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
        if (text.Length > 0)
        {
            w.WriteAttributeString("t", "inlineStr");
            w.WriteStartElement("is", MainNs);
            w.WriteElementString("t", MainNs, text);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void Col(XmlWriter w, int min, int max, double width)
    {
        w.WriteStartElement("col", MainNs);
        w.WriteAttributeString("min", min.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("max", max.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("width", width.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("customWidth", "1");
        w.WriteEndElement();
    }

    /// <summary>Styles 0 plain, 1 title (bold 14, centred), 2 header (bold, centred, boxed, wrapped), 3 boxed cell.</summary>
    private static void WriteStyles(XmlWriter w)
    {
        w.WriteStartElement("styleSheet", MainNs);
        w.WriteStartElement("fonts", MainNs);
        w.WriteAttributeString("count", "3");
        Font(w, bold: false, "11");
        Font(w, bold: true, "14");
        Font(w, bold: true, "11");
        w.WriteEndElement();
        Fills(w);
        w.WriteStartElement("borders", MainNs);
        w.WriteAttributeString("count", "2");
        foreach (var thin in new[] { false, true })
        {
            w.WriteStartElement("border", MainNs);
            foreach (var side in new[] { "left", "right", "top", "bottom", "diagonal" })
            {
                w.WriteStartElement(side, MainNs);
                if (thin && side != "diagonal")
                {
                    w.WriteAttributeString("style", "thin");
                    w.WriteStartElement("color", MainNs);
                    w.WriteAttributeString("auto", "1");
                    w.WriteEndElement();
                }
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteStartElement("cellStyleXfs", MainNs);
        w.WriteAttributeString("count", "1");
        Xf(w, font: 0, border: 0, center: false, inCellXfs: false);
        w.WriteEndElement();
        w.WriteStartElement("cellXfs", MainNs);
        w.WriteAttributeString("count", "4");
        Xf(w, font: 0, border: 0, center: false, inCellXfs: true);
        Xf(w, font: 1, border: 0, center: true, inCellXfs: true);
        Xf(w, font: 2, border: 1, center: true, inCellXfs: true);
        Xf(w, font: 0, border: 1, center: false, inCellXfs: true);
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Xf(XmlWriter w, int font, int border, bool center, bool inCellXfs)
    {
        w.WriteStartElement("xf", MainNs);
        w.WriteAttributeString("numFmtId", "0");
        w.WriteAttributeString("fontId", font.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("fillId", "0");
        w.WriteAttributeString("borderId", border.ToString(CultureInfo.InvariantCulture));
        if (inCellXfs)
        {
            w.WriteAttributeString("xfId", "0");
            if (font != 0) w.WriteAttributeString("applyFont", "1");
            if (border != 0) w.WriteAttributeString("applyBorder", "1");
            if (center)
            {
                w.WriteAttributeString("applyAlignment", "1");
                w.WriteStartElement("alignment", MainNs);
                w.WriteAttributeString("horizontal", "center");
                w.WriteAttributeString("vertical", "center");
                w.WriteAttributeString("wrapText", "1");
                w.WriteEndElement();
            }
        }
        w.WriteEndElement();
    }
}
