using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

using Gongkai.Ingest.Archives;

namespace Gongkai.Ingest.Ledger;

/// <summary>What a cell held: the text of <see cref="SheetCell.Text"/> is its shared or inline string, its number as
/// written in the file ("45720", "3.5"), a date as "yyyy-MM-dd" (with " HH:mm:ss" when it has a time), TRUE/FALSE, or an
/// error value such as "#N/A".</summary>
public enum SheetCellKind
{
    Text,
    Number,
    Date,
    Boolean,
    Error,
}

/// <summary>One non-empty cell; <see cref="Column"/> counts from 0 (A).</summary>
public readonly record struct SheetCell(int Column, string Text, SheetCellKind Kind)
{
    public string ColumnLetter => XlsxSheet.ColumnLetter(Column);
}

/// <summary>A row that has at least one non-empty cell; <see cref="Number"/> is the Excel row number (from 1).</summary>
public sealed class SheetRow(int number, ImmutableArray<SheetCell> cells)
{
    public int Number { get; } = number;

    /// <summary>The non-empty cells, by column.</summary>
    public ImmutableArray<SheetCell> Cells { get; } = cells;

    public SheetCell? Cell(int column)
    {
        int lo = 0, hi = Cells.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var c = Cells[mid].Column;
            if (c == column) return Cells[mid];
            if (c < column) lo = mid + 1; else hi = mid - 1;
        }
        return null;
    }

    public string? Text(int column) => Cell(column)?.Text;
}

/// <summary>A merged area (from 0 for columns, from 1 for rows), as the sheet's mergeCells list gives it.</summary>
public readonly record struct MergedRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn)
{
    public bool Contains(int row, int column) => row >= FirstRow && row <= LastRow && column >= FirstColumn && column <= LastColumn;
}

/// <summary>One worksheet's cell texts: only rows holding something, in order.</summary>
public sealed class XlsxSheet(string fileName, string name, ImmutableArray<SheetRow> rows, ImmutableArray<MergedRange> merges)
{
    public string FileName { get; } = fileName;
    public string Name { get; } = name;
    public ImmutableArray<SheetRow> Rows { get; } = rows;
    public ImmutableArray<MergedRange> Merges { get; } = merges;

    /// <summary>"C7".</summary>
    public static string Address(int column, int row) => ColumnLetter(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>0 → "A", 25 → "Z", 26 → "AA".</summary>
    public static string ColumnLetter(int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        Span<char> buffer = stackalloc char[4];
        var i = buffer.Length;
        for (var n = column + 1; n > 0; n = (n - 1) / 26) buffer[--i] = (char)('A' + (n - 1) % 26);
        return new string(buffer[i..]);
    }

    /// <summary>"AA" → 26; -1 when it is not one to three letters within Excel's 16,384 columns.</summary>
    public static int ParseColumn(ReadOnlySpan<char> letters)
    {
        if (letters.IsEmpty || letters.Length > 3) return -1;
        var n = 0;
        foreach (var ch in letters)
        {
            var c = char.ToUpperInvariant(ch);
            if (c is < 'A' or > 'Z') return -1;
            n = n * 26 + (c - 'A' + 1);
        }
        return n <= XlsxSheetReader.MaxColumns ? n - 1 : -1;
    }

    /// <summary>The place for messages: "台账.xlsx 工作表“Sheet1” C7".</summary>
    public LedgerException Error(string? cell, string cause) => LedgerException.At(FileName, Name, cell, cause);
}

/// <summary>
/// Reads one worksheet of an XLSX workbook into cell texts, streaming the sheet with the Open XML SDK's SAX reader.
/// Shared and inline strings, numbers, booleans, error values and dates (serial numbers under a date number format, in
/// the 1900 or 1904 date system) are read; cells and rows without an <c>r</c> reference take the place after the one
/// before, as Excel does.
/// </summary>
/// <remarks>
/// Bounded for any input, like the DOCX reader: the ZIP directory is sized up before it is opened, every entry is
/// inflated once through a counter before the SDK sees it (declared sizes can lie), and a sheet may have only so many
/// rows. Every failure is a <see cref="LedgerException"/> naming the file (and sheet and cell where there is one).
/// </remarks>
public static class XlsxSheetReader
{
    public const int DefaultMaxRows = 200_000;
    public const int MaxColumns = 16_384;
    public const int MaxExcelRows = 1_048_576;
    /// <summary>Excel's limit on the characters of one cell.</summary>
    public const int MaxCellChars = 32_767;
    public const long MaxFileBytes = 256L * 1024 * 1024;
    public static long MaxPartBytes => ArchiveLimits.Xlsx.MaxEntryBytes;

    internal const string NotZip = "不是 Excel 工作簿（.xlsx）";
    internal const string OldXls = "是旧版 Excel 97-2003 工作簿（.xls），请在 Excel 或 WPS 中另存为 .xlsx 后再导入";
    internal const string WordNotExcel = "是 Word 文档，不是 Excel 工作簿（.xlsx）";
    internal const string Corrupt = "XLSX 文件已损坏或不完整";
    internal const string Bomb = "XLSX 解压后过大（疑似压缩炸弹）";
    internal const string BadXml = "XLSX 内容不是有效的 XML";
    internal const string Encrypted = "XLSX 文件已加密或使用了不支持的压缩方式，无法读取";
    internal const string TooManyEntries = "XLSX 中的文件条目过多，不是正常的 Excel 工作簿";
    internal const string NoSheets = "工作簿中没有工作表";
    internal const string Empty = "文件为空";

    public static XlsxSheet Read(Stream stream, string fileName, string? sheetName = null, int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        try
        {
            while ((n = stream.Read(chunk)) > 0)
            {
                if (buffer.Length + n > MaxFileBytes)
                    throw LedgerException.At(fileName, null, null, $"文件超过 {Gongkai.Core.Labels.Chinese.Size(MaxFileBytes)}，不是台账能有的大小");
                buffer.Write(chunk, 0, n);
            }
        }
        catch (IOException e) { throw LedgerException.At(fileName, null, null, $"读取失败（{e.Message}）"); }
        return Read(buffer.ToArray(), fileName, sheetName, maxRows);
    }

    /// <param name="sheetName">The worksheet to read; null for the first one.</param>
    /// <param name="maxRows">Most rows holding something that the sheet may have.</param>
    public static XlsxSheet Read(byte[] bytes, string fileName, string? sheetName = null, int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRows, 1);
        if (bytes.Length == 0) throw LedgerException.At(fileName, null, null, Empty);
        if (bytes.Length >= 8 && BinaryPrimitives.ReadUInt64LittleEndian(bytes) == 0xE11AB1A1E011CFD0)
            throw LedgerException.At(fileName, null, null, OldXls);
        if (bytes.Length < 4 || bytes[0] != 'P' || bytes[1] != 'K') throw LedgerException.At(fileName, null, null, NotZip);
        if (bytes.Length > MaxFileBytes) throw LedgerException.At(fileName, null, null, $"文件超过 {Gongkai.Core.Labels.Chinese.Size(MaxFileBytes)}，不是台账能有的大小");

        Inspect(bytes, fileName);
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), false, new OpenSettings
            {
                MaxCharactersInPart = MaxPartBytes,
                AutoSave = false,
            });
            return new Reader(document, fileName, maxRows).Read(sheetName);
        }
        catch (LedgerException) { throw; }
        catch (XmlException e) when (e.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal))
        {
            throw LedgerException.At(fileName, null, null, Bomb);
        }
        catch (XmlException) { throw LedgerException.At(fileName, null, null, BadXml); }
        catch (NotSupportedException) { throw LedgerException.At(fileName, null, null, Encrypted); }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or ArgumentException
                                      or InvalidOperationException or IndexOutOfRangeException or FormatException or OverflowException
                                      or KeyNotFoundException or UriFormatException)
        {
            throw LedgerException.At(fileName, null, null, Corrupt);
        }
    }

    /// <summary>
    /// Before the SDK opens the package: the entry count is plausible, it is a workbook (not a Word document), and every
    /// entry inflates within the limits — counted, not believed (<see cref="GuardedArchive"/>, the same guard as the
    /// DOCX reader and the oversight office's uploads).
    /// </summary>
    private static void Inspect(byte[] bytes, string fileName)
    {
        try
        {
            using var zip = GuardedArchive.Open(bytes, ArchiveLimits.Xlsx);
            var names = zip.Entries.Select(e => e.FullName.Replace('\\', '/').TrimStart('/')).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (!names.Any(n => n.StartsWith("xl/", StringComparison.OrdinalIgnoreCase)))
                throw LedgerException.At(fileName, null, null, names.Contains("word/document.xml") ? WordNotExcel : NotZip);
            zip.InflateAll();
            // The package's own parts ([Content_Types].xml, every .rels) are parsed by System.IO.Packaging when the SDK
            // opens the file, before any check of ours: a .rels nested 100,000 deep, each level declaring a namespace,
            // kept it busy past a minute (fuzz fixture xlsx/f8598c7618d2d9bf). A real one is two elements deep.
            foreach (var entry in zip.Entries)
            {
                var name = entry.FullName.Replace('\\', '/');
                if (!name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase) && !name.Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase)) continue;
                using var stream = zip.Open(entry);
                if (DeeperThan(stream, MaxWorkbookDepth)) throw LedgerException.At(fileName, null, null, TooDeep);
            }
        }
        catch (System.Xml.XmlException) { throw LedgerException.At(fileName, null, null, Corrupt); }
        catch (ArchiveException e)
        {
            throw LedgerException.At(fileName, null, null, e.Problem switch
            {
                ArchiveProblem.TooManyEntries => TooManyEntries,
                ArchiveProblem.Bomb or ArchiveProblem.TooMuchInTotal or ArchiveProblem.BudgetSpent => Bomb,
                ArchiveProblem.Unsupported => Encrypted,
                _ => Corrupt,
            });
        }
    }

    /// <summary>Whether the XML in <paramref name="stream"/> nests deeper than <paramref name="max"/>, read forward only (no tree, no recursion).</summary>
    private static bool DeeperThan(Stream stream, int max)
    {
        using var xml = System.Xml.XmlReader.Create(stream, new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Prohibit, XmlResolver = null });
        while (xml.Read())
            if (xml.Depth > max) return true;
        return false;
    }

    /// <summary>A real workbook.xml is five or six elements deep.</summary>
    private const int MaxWorkbookDepth = 64;
    internal const string TooDeep = "工作簿结构嵌套过深，不是有效的 Excel 文件";

    private sealed class Reader(SpreadsheetDocument document, string fileName, int maxRows)
    {
        private string _sheet = "";
        private string[] _shared = [];
        private bool[] _dateStyles = [];
        private bool _date1904;

        /// <summary>
        /// The workbook part is loaded as a tree by OpenXml, recursively: elements nested thousands deep overflowed the
        /// stack and killed the process (fuzz fixture xlsx/80c8c507e2467794). A forward-only pass counts the depth first.
        /// </summary>
        private void EnsureShallow(OpenXmlPart part)
        {
            try
            {
                using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
                if (DeeperThan(stream, MaxWorkbookDepth)) throw LedgerException.At(fileName, null, null, TooDeep);
            }
            catch (System.Xml.XmlException) { throw LedgerException.At(fileName, null, null, Corrupt); }
        }

        public XlsxSheet Read(string? sheetName)
        {
            var workbookPart = document.WorkbookPart ?? throw LedgerException.At(fileName, null, null, NotZip);
            EnsureShallow(workbookPart);
            var workbook = workbookPart.Workbook ?? throw LedgerException.At(fileName, null, null, Corrupt);
            _date1904 = workbook.WorkbookProperties?.Date1904?.Value ?? false;
            var sheets = workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
            // Chart sheets and macro sheets are listed too; only worksheets hold cells.
            var worksheets = sheets.Where(s => s.Id?.Value is { } id && workbookPart.TryGetPartById(id, out var p) && p is WorksheetPart).ToList();
            Sheet? sheet;
            if (sheetName is null)
            {
                sheet = worksheets.FirstOrDefault() ?? throw LedgerException.At(fileName, null, null, NoSheets);
            }
            else
            {
                sheet = worksheets.FirstOrDefault(s => string.Equals(s.Name?.Value?.Trim(), sheetName.Trim(), StringComparison.OrdinalIgnoreCase))
                    ?? throw LedgerException.At(fileName, null, null,
                        $"没有名为“{sheetName}”的工作表（有：{string.Join("、", worksheets.Select(s => $"“{s.Name?.Value}”"))}）");
            }
            _sheet = sheet.Name?.Value ?? "";
            var part = (WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!);
            _shared = SharedStrings(workbookPart.SharedStringTablePart);
            _dateStyles = DateStyles(workbookPart.WorkbookStylesPart?.Stylesheet);
            return ReadSheet(part);
        }

        private LedgerException Error(string? cell, string cause) => LedgerException.At(fileName, _sheet, cell, cause);

        /// <summary>The shared string table, read by SAX like the sheet; rich text runs joined, phonetic guides (rPh) left out.</summary>
        private string[] SharedStrings(SharedStringTablePart? part)
        {
            if (part is null) return [];
            var list = new List<string>();
            StringBuilder? item = null;
            var phonetic = false;
            using var reader = OpenXmlReader.Create(part);
            while (reader.Read())
            {
                var element = reader.ElementType;
                if (element == typeof(SharedStringItem))
                {
                    if (reader.IsStartElement) item = new StringBuilder();
                    else if (item is not null) { list.Add(item.ToString()); item = null; }
                }
                else if (element == typeof(PhoneticRun)) phonetic = reader.IsStartElement;
                else if (element == typeof(DocumentFormat.OpenXml.Spreadsheet.Text) && reader.IsStartElement && item is not null && !phonetic)
                {
                    item.Append(reader.GetText());
                    if (item.Length > MaxCellChars)
                        throw LedgerException.At(fileName, null, null, $"共享字符串第 {list.Count + 1} 项超过 Excel 单元格上限 {MaxCellChars} 个字符");
                }
            }
            return [.. list];
        }

        /// <summary>For each cell format (the cell's s index), whether its number format shows a date.</summary>
        private static bool[] DateStyles(Stylesheet? styles)
        {
            if (styles?.CellFormats is not { } formats) return [];
            var custom = new Dictionary<uint, string>();
            if (styles.NumberingFormats is { } numFmts)
                foreach (var f in numFmts.Elements<NumberingFormat>())
                    if (f.NumberFormatId?.Value is { } id && f.FormatCode?.Value is { } code) custom[id] = code;
            return [.. formats.Elements<CellFormat>().Select(f =>
            {
                var id = f.NumberFormatId?.Value ?? 0;
                return custom.TryGetValue(id, out var code) ? IsDateFormat(code) : IsBuiltInDate(id);
            })];
        }

        /// <summary>Built-in date formats, including the East Asian ones (27–36, 50–58) Chinese Excel uses for 2025年3月4日.</summary>
        private static bool IsBuiltInDate(uint id) => id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58);

        /// <summary>A format code showing a date: y, m, d (or 年月日) outside quotes, escapes and [brackets] like [Red] or [$-804].</summary>
        internal static bool IsDateFormat(string code)
        {
            var inQuote = false;
            var inBracket = false;
            for (var i = 0; i < code.Length; i++)
            {
                var c = code[i];
                if (inQuote) { if (c == '"') inQuote = false; continue; }
                if (inBracket) { if (c == ']') inBracket = false; continue; }
                switch (c)
                {
                    case '"': inQuote = true; break;
                    case '[': inBracket = true; break;
                    case '\\' or '_' or '*': i++; break;
                    case 'y' or 'Y' or 'd' or 'D' or 'm' or 'M' or 'e' or '年' or '月' or '日': return true;
                }
            }
            return false;
        }

        private XlsxSheet ReadSheet(WorksheetPart part)
        {
            var rows = ImmutableArray.CreateBuilder<SheetRow>();
            var merges = ImmutableArray.CreateBuilder<MergedRange>();
            var cells = new List<SheetCell>();
            var rowNumber = 0;
            var column = -1;
            var inRow = false;
            using var reader = OpenXmlReader.Create(part);
            while (reader.Read())
            {
                var type = reader.ElementType;
                if (type == typeof(Row))
                {
                    if (reader.IsStartElement)
                    {
                        var r = Attribute(reader, "r");
                        if (r is null) rowNumber++;
                        else if (!int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > MaxExcelRows)
                            throw Error(null, $"第 {rowNumber + 1} 个行记录的行号“{r}”无效");
                        else rowNumber = n;
                        column = -1;
                        cells.Clear();
                        inRow = true;
                    }
                    else if (reader.IsEndElement && inRow)
                    {
                        inRow = false;
                        if (cells.Count == 0) continue;
                        if (rows.Count >= maxRows)
                            throw Error(null, $"有内容的行超过 {maxRows} 行，超出导入上限");
                        cells.Sort((a, b) => a.Column.CompareTo(b.Column));
                        rows.Add(new SheetRow(rowNumber, [.. Deduplicated(cells)]));
                    }
                }
                else if (type == typeof(Cell) && reader.IsStartElement)
                {
                    if (!inRow) rowNumber++; // a cell outside a row: treat as a row of its own, never crash
                    var cell = ReadCell(reader, rowNumber, column + 1);
                    column = cell.Column;
                    if (cell.Text.Length > 0) cells.Add(cell);
                    if (!inRow && cells.Count > 0) { rows.Add(new SheetRow(rowNumber, [.. cells])); cells.Clear(); }
                }
                else if (type == typeof(MergeCell) && reader.IsStartElement)
                {
                    if (Attribute(reader, "ref") is { } reference && ParseRange(reference) is { } range) merges.Add(range);
                }
            }
            return new XlsxSheet(fileName, _sheet, rows.ToImmutable(), merges.ToImmutable());
        }

        /// <summary>Two cells at one address (a damaged file): the later wins, as in Excel.</summary>
        private static IEnumerable<SheetCell> Deduplicated(List<SheetCell> sorted)
        {
            for (var i = 0; i < sorted.Count; i++)
                if (i + 1 == sorted.Count || sorted[i + 1].Column != sorted[i].Column) yield return sorted[i];
        }

        private static string? Attribute(OpenXmlReader reader, string name)
        {
            foreach (var a in reader.Attributes)
                if (a.LocalName == name && string.IsNullOrEmpty(a.NamespaceUri)) return a.Value;
            return null;
        }

        /// <summary>Positioned on a cell's start tag; returns after its end tag.</summary>
        private SheetCell ReadCell(OpenXmlReader reader, int row, int nextColumn)
        {
            string? reference = null, type = null, style = null;
            foreach (var a in reader.Attributes)
            {
                if (!string.IsNullOrEmpty(a.NamespaceUri)) continue;
                switch (a.LocalName)
                {
                    case "r": reference = a.Value; break;
                    case "t": type = a.Value; break;
                    case "s": style = a.Value; break;
                }
            }
            var column = nextColumn;
            if (reference is not null)
            {
                var letters = 0;
                while (letters < reference.Length && char.IsAsciiLetter(reference[letters])) letters++;
                column = XlsxSheet.ParseColumn(reference.AsSpan(0, letters));
                if (column < 0) throw Error(null, $"单元格地址“{reference}”无效");
            }
            if (column >= MaxColumns) throw Error(null, $"第 {row} 行的单元格超出 Excel 的 {MaxColumns} 列");
            var address = XlsxSheet.Address(column, row);

            string? value = null;
            StringBuilder? inline = null;
            var phonetic = false; // inside rPh: a reading guide repeating the text in kana, not text
            while (reader.Read())
            {
                var element = reader.ElementType;
                if (element == typeof(Cell) && reader.IsEndElement) break;
                if (element == typeof(PhoneticRun)) { phonetic = reader.IsStartElement; continue; }
                if (!reader.IsStartElement) continue;
                if (element == typeof(CellValue)) value = reader.GetText();
                else if (element == typeof(InlineString)) inline ??= new StringBuilder();
                else if (element == typeof(DocumentFormat.OpenXml.Spreadsheet.Text) && inline is not null && !phonetic)
                {
                    inline.Append(reader.GetText());
                    if (inline.Length > MaxCellChars) throw Error(address, $"单元格超过 Excel 单元格上限 {MaxCellChars} 个字符");
                }
            }

            switch (type)
            {
                case "s":
                    if (string.IsNullOrWhiteSpace(value)) return new(column, "", SheetCellKind.Text);
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= _shared.Length)
                        throw Error(address, $"共享字符串编号“{value}”不存在");
                    return new(column, _shared[index], SheetCellKind.Text);
                case "inlineStr":
                    return Limited(address, new(column, inline?.ToString() ?? value ?? "", SheetCellKind.Text));
                case "str":
                    return Limited(address, new(column, value ?? "", SheetCellKind.Text));
                case "b":
                    return new(column, value is null ? "" : value.Trim() is "1" or "true" ? "TRUE" : "FALSE", SheetCellKind.Boolean);
                case "e":
                    return new(column, value ?? "", SheetCellKind.Error);
                case "d":
                    // ISO 8601 date cells (Strict files, some generators).
                    return new(column, value ?? "", SheetCellKind.Date);
                default:
                    if (string.IsNullOrWhiteSpace(value)) return new(column, "", SheetCellKind.Number);
                    value = value.Trim();
                    if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                        throw Error(address, $"数值“{Shorten(value)}”无效");
                    if (style is not null && uint.TryParse(style, NumberStyles.None, CultureInfo.InvariantCulture, out var s)
                        && s < _dateStyles.Length && _dateStyles[s] && SerialDate(number, _date1904) is { } date)
                        return new(column, date, SheetCellKind.Date);
                    return new(column, value, SheetCellKind.Number);
            }
        }

        private SheetCell Limited(string address, SheetCell cell) =>
            cell.Text.Length > MaxCellChars ? throw Error(address, $"单元格有 {cell.Text.Length} 个字符，超过 Excel 单元格上限 {MaxCellChars}") : cell;

        private static string Shorten(string s) => s.Length > 20 ? s[..20] + "…" : s;
    }

    /// <summary>An Excel serial day as "yyyy-MM-dd" (and " HH:mm:ss" when it has a time of day); null outside 0001–9999.</summary>
    public static string? SerialDate(double serial, bool date1904 = false)
    {
        if (double.IsNaN(serial) || serial < 0 || serial >= 2958466) return null;
        var days = (int)Math.Floor(serial);
        // The 1900 system counts a 29 February 1900 that never was: serial 60. Days before it are one off.
        var epoch = date1904 ? new DateOnly(1904, 1, 1) : days <= 60 ? new DateOnly(1899, 12, 31) : new DateOnly(1899, 12, 30);
        if (!date1904 && days == 60) days = 59;
        if ((long)epoch.DayNumber + days + 1 > DateOnly.MaxValue.DayNumber) return null;
        var date = epoch.AddDays(days);
        var seconds = (int)Math.Round((serial - Math.Floor(serial)) * 86400);
        if (seconds >= 86400) { date = date.AddDays(1); seconds = 0; }
        var text = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return seconds == 0 ? text : $"{text} {seconds / 3600:00}:{seconds / 60 % 60:00}:{seconds % 60:00}";
    }

    /// <summary>"A1:C3" (or a single "B2") as a range; null when it is not one.</summary>
    internal static MergedRange? ParseRange(string reference)
    {
        var parts = reference.Split(':');
        if (parts.Length is < 1 or > 2) return null;
        var first = ParseAddress(parts[0]);
        var last = parts.Length == 2 ? ParseAddress(parts[1]) : first;
        if (first is not { } a || last is not { } b) return null;
        return new MergedRange(Math.Min(a.Row, b.Row), Math.Min(a.Column, b.Column), Math.Max(a.Row, b.Row), Math.Max(a.Column, b.Column));
    }

    /// <summary>"$C$7" or "C7" → column 2, row 7.</summary>
    internal static (int Column, int Row)? ParseAddress(string address)
    {
        var s = address.Replace("$", "").Trim();
        var letters = 0;
        while (letters < s.Length && char.IsAsciiLetter(s[letters])) letters++;
        var column = XlsxSheet.ParseColumn(s.AsSpan(0, letters));
        if (column < 0 || !int.TryParse(s.AsSpan(letters), NumberStyles.None, CultureInfo.InvariantCulture, out var row) || row < 1 || row > MaxExcelRows)
            return null;
        return (column, row);
    }
}
