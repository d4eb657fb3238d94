using System.Text;
using System.Xml;
using Gongkai.Ingest.Archives;

namespace Gongkai.Ingest.Docx;

/// <summary>
/// DOCX → the report's text: paragraphs as lines, each real table row as one line of tab-separated cells — the shape
/// <c>PlainTextRenderer</c> writes and <c>ReportTextReader</c> reads. A cell continuing a vertical merge gives nothing,
/// a cell spanning columns gives its text once, the paragraphs of one cell are joined without a separator, a table
/// nested in a cell gives its own rows as lines after the row holding it. Headers, footers, notes, comments, deleted
/// text and field codes are left out.
/// </summary>
/// <remarks>
/// Bounded for any input: the ZIP directory is sized up before it is parsed, an entry is inflated only when its declared
/// size and compression ratio are plausible, and the inflated bytes are counted while they are read. The XML is read as
/// a stream (no DTDs, no entities), and tables may nest only so deep.
/// </remarks>
public static class DocxText
{
    /// <summary>Most bytes one part may inflate to.</summary>
    public static long MaxPartBytes => ArchiveLimits.Docx.MaxEntryBytes;

    /// <summary>Tables in cells in tables…: deeper than this is no report (and would exhaust the stack).</summary>
    private const int MaxNesting = 32;

    /// <summary>Elements inside elements: tables nested <see cref="MaxNesting"/> deep with their rows, cells and wrappers stay far below.</summary>
    private const int MaxDepth = 1000;

    /// <summary>
    /// A report is 5–50 thousand characters; a document with more text than this is refused as it is read (bench/fuzz:
    /// one run of 20 million characters took 4 s and 720 MB to read, past the 10 s bound on a busy machine).
    /// </summary>
    public const int MaxTextChars = 4_000_000;
    internal const string TooMuchText = "DOCX 中的文字过多（超过 400 万字），不像年度报告";

    internal const string NotWord = "不是 Word 文档（ZIP 中没有 word/document.xml）";
    internal const string Corrupt = "DOCX 文件已损坏或不完整";
    internal const string Bomb = "DOCX 解压后过大（疑似压缩炸弹）";
    internal const string BadXml = "DOCX 内容不是有效的 XML";
    internal const string Encrypted = "DOCX 文件已加密或使用了不支持的压缩方式，无法读取";
    internal const string TooManyEntries = "DOCX 中的文件条目过多，不是正常的 Word 文档";
    internal const string TooDeep = "DOCX 中的表格嵌套过深，无法读取";
    internal const string TooDeepElements = "DOCX 中的段落或元素嵌套过深（超过 1000 层），不是正常的 Word 文档";

    /// <param name="budget">Inflated bytes shared with the other files of one request (the oversight office's uploads); null: this document's own limits only.</param>
    /// <exception cref="NotAReportException">Not a Word document, encrypted, truncated, a zip bomb: the message says which.</exception>
    public static string Extract(ReadOnlySpan<byte> bytes, InflationBudget? budget = null)
    {
        var copy = bytes.ToArray();
        return Guard(() =>
        {
            using var archive = GuardedArchive.Open(copy, ArchiveLimits.Docx, budget);
            var mainPart = MainPartName(archive);
            var entry = (mainPart is null ? null : archive.Find(mainPart)) ?? archive.Find("word/document.xml") ?? throw new NotAReportException(NotWord);
            using var stream = archive.Open(entry);
            return new BodyReader(stream).Read();
        });
    }

    /// <summary>The guarded archive's and the XML reader's complaints, as the one message a user can act on.</summary>
    private static T Guard<T>(Func<T> read)
    {
        try { return read(); }
        catch (NotAReportException) { throw; }
        catch (ArchiveException e)
        {
            throw new NotAReportException(e.Problem switch
            {
                ArchiveProblem.TooManyEntries => TooManyEntries,
                ArchiveProblem.Bomb or ArchiveProblem.TooMuchInTotal => Bomb,
                ArchiveProblem.BudgetSpent => e.Message,
                ArchiveProblem.Unsupported => Encrypted,
                _ => Corrupt,
            });
        }
        catch (XmlException) { throw new NotAReportException(BadXml); }
        catch (NotSupportedException) { throw new NotAReportException(Encrypted); }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or IndexOutOfRangeException)
        {
            throw new NotAReportException(Corrupt);
        }
    }

    /// <summary>The main document part the package relationships name (usually word/document.xml), if they can be read.</summary>
    private static string? MainPartName(GuardedArchive archive)
    {
        var rels = archive.Find("_rels/.rels");
        if (rels is null) return null;
        try
        {
            using var stream = archive.Open(rels);
            using var xml = XmlReader.Create(stream, XmlSettings);
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "Relationship") continue;
                var type = xml.GetAttribute("Type");
                if (type is null || !type.EndsWith("/officeDocument", StringComparison.Ordinal)) continue;
                if (xml.GetAttribute("TargetMode") == "External") continue;
                var target = xml.GetAttribute("Target");
                var name = target?.Replace('\\', '/');
                while (name is not null && (name.StartsWith("./", StringComparison.Ordinal) || name.StartsWith('/'))) name = name[(name[0] == '.' ? 2 : 1)..];
                return name;
            }
        }
        catch (ArchiveException e) when (e.Problem is ArchiveProblem.Corrupt)
        {
            // Unreadable relationships: fall back to the usual name; the main part itself decides.
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
        }
        return null;
    }

    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <summary>
    /// Streams word/document.xml once. Block containers (body, cell, text box) hold paragraphs and tables; anything else
    /// (content controls, custom XML, tracked insertions, hyperlinks, smart tags) is looked through.
    /// </summary>
    private sealed class BodyReader(Stream stream)
    {
        private const string Wml = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        private const string WmlStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
        private const string MarkupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";

        private readonly XmlReader _xml = XmlReader.Create(stream, XmlSettings);
        private long _chars;

        /// <summary>
        /// The next node, refused past <see cref="MaxDepth"/>: paragraphs and runs nested 12 million deep in a 64 MB part
        /// (fuzz fixture docx/548a52895afb41c9, a 725 KB file) took the reader 6 s of CPU and 3.6 GB for the element stack.
        /// </summary>
        private bool Next()
        {
            var read = _xml.Read();
            if (_xml.Depth > MaxDepth) throw new NotAReportException(TooDeepElements);
            return read;
        }

        /// <summary>Past the current element, as <see cref="XmlReader.Skip"/>, through <see cref="Next"/> (the reader's own Skip has no depth bound).</summary>
        private void SkipElement()
        {
            if (_xml.NodeType != XmlNodeType.Element || _xml.IsEmptyElement) { Next(); return; }
            var depth = _xml.Depth;
            Next();
            while (!_xml.EOF && !(_xml.Depth == depth && _xml.NodeType == XmlNodeType.EndElement)) Next();
            Next();
        }

        public string Read()
        {
            var lines = new List<string>();
            using (_xml)
            {
                while (Next())
                {
                    if (_xml.NodeType == XmlNodeType.Element && IsW("body"))
                    {
                        ReadBlocks(new Sink(lines, cell: null), nesting: 0);
                        break;
                    }
                }
                // Read to the end so that a document cut off after its body is still reported as broken XML.
                while (Next()) { }
            }
            var sb = new StringBuilder();
            foreach (var line in lines) sb.Append(line).Append('\n');
            return sb.ToString();
        }

        private bool IsW(string local) =>
            _xml.LocalName == local && (_xml.NamespaceURI == Wml || _xml.NamespaceURI == WmlStrict);

        /// <summary>Where a container's content goes: a body's paragraphs become lines, a cell's join into its text.</summary>
        private sealed class Sink(List<string> lines, StringBuilder? cell)
        {
            public List<string> Lines { get; } = lines;
            public StringBuilder? Cell { get; } = cell;
        }

        /// <summary>Positioned on a container's start tag; returns after its end tag has been consumed.</summary>
        private void ReadBlocks(Sink sink, int nesting)
        {
            if (nesting > MaxNesting) throw new NotAReportException(TooDeep);
            if (_xml.IsEmptyElement) { Next(); return; }
            var depth = _xml.Depth;
            Next();
            while (!_xml.EOF && !(_xml.Depth == depth && _xml.NodeType == XmlNodeType.EndElement))
            {
                if (_xml.NodeType != XmlNodeType.Element) { Next(); continue; }
                if (IsW("p")) ReadParagraph(sink, nesting);
                else if (IsW("tbl")) ReadTable(sink.Lines, nesting + 1);
                else if (Skipped()) SkipElement();
                else Next(); // look through the wrapper
            }
            Next();
        }

        /// <summary>Elements whose content is not the document's visible text, or repeats it.</summary>
        private bool Skipped()
        {
            if (_xml.NamespaceURI == MarkupCompatibility) return _xml.LocalName == "Fallback"; // the Choice already had it
            if (_xml.NamespaceURI is not (Wml or WmlStrict)) return false;
            return _xml.LocalName switch
            {
                "pPr" or "rPr" or "sectPr" or "tblPr" or "tblGrid" or "trPr" or "tcPr" or "sdtPr" or "sdtEndPr"
                    or "del" or "moveFrom" or "delText" or "delInstrText" or "instrText" or "fldData"
                    or "footnoteReference" or "endnoteReference" or "commentReference" or "annotationRef"
                    or "tblPrEx" or "customXmlPr" or "rPrChange" or "pPrChange" or "tcPrChange" or "trPrChange" => true,
                _ => false,
            };
        }

        /// <summary>A paragraph: its text to the sink; a text box inside it gives lines after it.</summary>
        private void ReadParagraph(Sink sink, int nesting)
        {
            var text = new StringBuilder();
            var boxes = new List<string>();
            var inCell = sink.Cell is not null;
            if (!_xml.IsEmptyElement)
            {
                var depth = _xml.Depth;
                Next();
                while (!_xml.EOF && !(_xml.Depth == depth && _xml.NodeType == XmlNodeType.EndElement))
                {
                    if (_xml.NodeType != XmlNodeType.Element) { Next(); continue; }
                    if (IsW("t"))
                    {
                        if (_xml.IsEmptyElement) { Next(); continue; }
                        var inner = _xml.Depth;
                        Next();
                        while (!_xml.EOF && !(_xml.Depth == inner && _xml.NodeType == XmlNodeType.EndElement))
                        {
                            if (_xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
                            {
                                _chars += _xml.Value.Length;
                                if (_chars > MaxTextChars) throw new NotAReportException(TooMuchText);
                                text.Append(_xml.Value);
                            }
                            Next();
                        }
                        Next();
                        continue;
                    }
                    if (IsW("tab") || IsW("ptab")) text.Append(inCell ? ' ' : '\t');
                    else if (IsW("br") || IsW("cr")) { if (!inCell) text.Append('\n'); }
                    else if (IsW("noBreakHyphen")) text.Append('-');
                    else if (IsW("txbxContent"))
                    {
                        ReadBlocks(new Sink(boxes, cell: null), nesting + 1);
                        continue;
                    }
                    else if (IsW("tbl"))
                    {
                        // Not valid inside a paragraph, but seen in the wild inside text boxes' fallbacks.
                        ReadTable(boxes, nesting + 1);
                        continue;
                    }
                    if (Skipped()) SkipElement();
                    else Next();
                }
            }
            Next();

            if (sink.Cell is { } cell) cell.Append(text);
            else foreach (var line in text.ToString().Split('\n')) sink.Lines.Add(line);
            sink.Lines.AddRange(boxes);
        }

        /// <summary>
        /// A table: each row one line of its cells' texts joined by tabs, then the lines of tables nested in its cells.
        /// A table of one column is a frame around text, not a grid: its paragraphs stay lines.
        /// </summary>
        private void ReadTable(List<string> lines, int nesting)
        {
            if (nesting > MaxNesting) throw new NotAReportException(TooDeep);
            var rows = new List<List<WordCell>>();
            if (!_xml.IsEmptyElement)
            {
                var depth = _xml.Depth;
                Next();
                while (!_xml.EOF && !(_xml.Depth == depth && _xml.NodeType == XmlNodeType.EndElement))
                {
                    if (_xml.NodeType != XmlNodeType.Element) { Next(); continue; }
                    if (IsW("tr")) rows.Add(ReadRow(nesting));
                    else if (IsW("tbl")) ReadTable(lines, nesting + 1); // malformed nesting: still read its rows
                    else if (Skipped()) SkipElement();
                    else Next();
                }
            }
            Next();
            WordTableLines.Add(lines, rows);
        }

        /// <summary>The cells that start in this row: one continuing a merge from above (or from the left) is left out.</summary>
        private List<WordCell> ReadRow(int nesting)
        {
            var cells = new List<WordCell>();
            if (_xml.IsEmptyElement) { Next(); return cells; }
            var depth = _xml.Depth;
            Next();
            while (!_xml.EOF && !(_xml.Depth == depth && _xml.NodeType == XmlNodeType.EndElement))
            {
                if (_xml.NodeType != XmlNodeType.Element) { Next(); continue; }
                if (IsW("tc"))
                {
                    if (ReadCell(nesting) is { } cell) cells.Add(cell);
                }
                else if (Skipped()) SkipElement();
                else Next();
            }
            Next();
            return cells;
        }

        private WordCell? ReadCell(int nesting)
        {
            var merged = false;
            var paragraphs = new List<string>();
            var after = new List<string>();
            if (_xml.IsEmptyElement) { Next(); return new WordCell("", paragraphs, after); }
            var depth = _xml.Depth;
            Next();
            while (!_xml.EOF && !(_xml.Depth == depth && _xml.NodeType == XmlNodeType.EndElement))
            {
                if (_xml.NodeType != XmlNodeType.Element) { Next(); continue; }
                if (IsW("tcPr")) merged |= ReadContinuesMerge();
                else if (IsW("p"))
                {
                    var text = new StringBuilder();
                    var lines = new List<string>();
                    ReadParagraph(new Sink(lines, text), nesting);
                    paragraphs.Add(text.ToString());
                    after.AddRange(lines); // text boxes in the cell
                }
                else if (IsW("tbl")) ReadTable(after, nesting + 1);
                else if (Skipped()) SkipElement();
                else Next();
            }
            Next();
            if (merged) return null;
            return new WordCell(string.Concat(paragraphs), paragraphs, after);
        }

        /// <summary>Reads a cell's properties: true when it continues a vertical merge (or a legacy horizontal one).</summary>
        private bool ReadContinuesMerge()
        {
            var continues = false;
            if (_xml.IsEmptyElement) { Next(); return false; }
            var depth = _xml.Depth;
            Next();
            while (!_xml.EOF && !(_xml.Depth == depth && _xml.NodeType == XmlNodeType.EndElement))
            {
                if (_xml.NodeType == XmlNodeType.Element && _xml.Depth == depth + 1 && (IsW("vMerge") || IsW("hMerge")))
                {
                    var val = _xml.GetAttribute("val", _xml.NamespaceURI) ?? _xml.GetAttribute("val");
                    if (val is null or "continue") continues = true;
                }
                if (_xml.NodeType == XmlNodeType.Element && _xml.Depth == depth + 1 && !_xml.IsEmptyElement) SkipElement();
                else Next();
            }
            Next();
            return continues;
        }
    }
}
