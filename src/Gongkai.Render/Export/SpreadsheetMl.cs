using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Gongkai.Render.Export;

/// <summary>
/// What the two XLSX writers (<see cref="XlsxExportWriter"/>, <see cref="ProactiveSheetTemplate"/>) share: the
/// namespaces, a part written into the ZIP, the package's relationships and content types, cell references and the
/// stylesheet's fixed pieces. Each writer keeps its own sheets, workbook and cell styles.
/// </summary>
internal static class SpreadsheetMl
{
    public const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";

    public static readonly XmlWriterSettings XmlSettings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };

    /// <summary>Writes one XML part of the package.</summary>
    public static void Part(ZipArchive zip, string name, Action<XmlWriter> write)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        using var w = XmlWriter.Create(stream, XmlSettings);
        w.WriteStartDocument(true);
        write(w);
        w.WriteEndDocument();
    }

    /// <summary>
    /// The parts around the workbook: its relationships (sheets <c>rId1…rIdN</c>, then the styles), the styles
    /// themselves, the package's relationship to the workbook and the content types of sheets 1…N.
    /// </summary>
    public static void PackageParts(ZipArchive zip, int sheets, Action<XmlWriter> writeStyles)
    {
        Part(zip, "xl/_rels/workbook.xml.rels", w =>
        {
            w.WriteStartElement("Relationships", PackageRelNs);
            for (var i = 1; i <= sheets; i++) Relationship(w, Id(i), RelNs + "/worksheet", $"worksheets/sheet{Number(i)}.xml");
            Relationship(w, Id(sheets + 1), RelNs + "/styles", "styles.xml");
            w.WriteEndElement();
        });
        Part(zip, "xl/styles.xml", writeStyles);
        Part(zip, "_rels/.rels", w =>
        {
            w.WriteStartElement("Relationships", PackageRelNs);
            Relationship(w, "rId1", RelNs + "/officeDocument", "xl/workbook.xml");
            w.WriteEndElement();
        });
        Part(zip, "[Content_Types].xml", w =>
        {
            w.WriteStartElement("Types", ContentTypesNs);
            ContentType(w, "Default", "Extension", "rels", "application/vnd.openxmlformats-package.relationships+xml");
            ContentType(w, "Default", "Extension", "xml", "application/xml");
            ContentType(w, "Override", "PartName", "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
            for (var i = 1; i <= sheets; i++)
                ContentType(w, "Override", "PartName", $"/xl/worksheets/sheet{Number(i)}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
            ContentType(w, "Override", "PartName", "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
            w.WriteEndElement();
        });
    }

    /// <summary>The workbook's relationship id of sheet <paramref name="number"/> (1-based).</summary>
    public static string Id(int number) => "rId" + Number(number);

    public static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>0 → "A", 10 → "K", 26 → "AA".</summary>
    public static string Column(int index)
    {
        var s = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) s = (char)('A' + (n - 1) % 26) + s;
        return s;
    }

    /// <summary>A 宋体 font (charset 134, GB2312), as Chinese Excel opens a new book.</summary>
    public static void Font(XmlWriter w, bool bold, string size)
    {
        w.WriteStartElement("font", MainNs);
        if (bold) w.WriteElementString("b", MainNs, null);
        Val(w, "sz", size);
        Val(w, "name", "宋体");
        Val(w, "charset", "134");
        w.WriteEndElement();
    }

    /// <summary>The two fills every stylesheet must begin with (none, gray125), and no other.</summary>
    public static void Fills(XmlWriter w)
    {
        w.WriteStartElement("fills", MainNs);
        w.WriteAttributeString("count", "2");
        foreach (var pattern in new[] { "none", "gray125" })
        {
            w.WriteStartElement("fill", MainNs);
            w.WriteStartElement("patternFill", MainNs);
            w.WriteAttributeString("patternType", pattern);
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    public static void Val(XmlWriter w, string element, string value)
    {
        w.WriteStartElement(element, MainNs);
        w.WriteAttributeString("val", value);
        w.WriteEndElement();
    }

    private static void Relationship(XmlWriter w, string id, string type, string target)
    {
        w.WriteStartElement("Relationship", PackageRelNs);
        w.WriteAttributeString("Id", id);
        w.WriteAttributeString("Type", type);
        w.WriteAttributeString("Target", target);
        w.WriteEndElement();
    }

    private static void ContentType(XmlWriter w, string element, string keyName, string key, string type)
    {
        w.WriteStartElement(element, ContentTypesNs);
        w.WriteAttributeString(keyName, key);
        w.WriteAttributeString("ContentType", type);
        w.WriteEndElement();
    }
}
