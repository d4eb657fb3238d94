using System.Buffers.Binary;
using System.Text;
using Gongkai.Ingest.Docx;

namespace Gongkai.Ingest.Doc;

/// <summary>
/// Word 97–2003 (.doc, also what WPS saves as .doc) → the report's text in the shape <see cref="Docx.DocxText"/> gives:
/// paragraphs as lines, each table row one line of tab-separated cells, a cell continuing a merge left out, the
/// paragraphs of one cell joined, a table nested in a cell as lines after the row holding it, one-column tables
/// (frames) as plain paragraphs. Only the main text: headers, footers, notes, comments and field codes are left out.
/// </summary>
/// <remarks>
/// [MS-DOC]: the main text's characters come from the piece table (CLX) of the table stream, each piece either
/// UTF-16 or 8-bit; a paragraph's properties (in a table? the end of a row? the row's cells and merges) come from
/// the PAPX pages found through the PlcBtePapx. A cell ends with U+0007; the row's own end mark is a U+0007 too,
/// told apart only by its paragraph's "table terminating paragraph" property — which is why an empty cell is read as
/// an empty cell, never as the end of a row.
/// </remarks>
public static class DocText
{
    internal const string Corrupt = "DOC 文件已损坏或不完整";
    internal const string NotWord = "不是 Word 文档（OLE 复合文件中没有 WordDocument 流，可能是 Excel、PowerPoint 等其他文件）";
    internal const string Encrypted = "Word 文档已加密，无法读取；请另存为未加密的 .docx 或 PDF";
    internal const string EncryptedOoxml = "这是加密的 Office 文档，无法读取；请另存为未加密的 .docx 或 PDF";
    internal const string TooMuchText = "DOC 中的文字过多（超过 400 万字），不像年度报告";
    internal const string TooOld = "这是 Word 6.0/95 或更早格式的文档，无法读取；请另存为 .docx 或 PDF";

    // 8-bit pieces are Windows-1252, which .NET Core has only through the code-pages provider.
    static DocText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const int PageSize = 512;
    private const char CellMark = '\u0007';

    /// <exception cref="NotAReportException">Not a Word document, encrypted, too old or damaged: the message says which.</exception>
    public static string Extract(ReadOnlySpan<byte> bytes)
    {
        try { return Read(CompoundFile.Open(bytes.ToArray())); }
        catch (NotAReportException) { throw; }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or InvalidOperationException or OverflowException)
        {
            throw new NotAReportException(Corrupt);
        }
    }

    private static string Read(CompoundFile file)
    {
        var word = file.Stream("WordDocument");
        if (word is null)
            throw new NotAReportException(file.Stream("EncryptedPackage") is not null ? EncryptedOoxml : NotWord);
        var fib = Fib.Parse(word);
        var table = file.Stream(fib.TableStream) ?? throw CompoundFile.Damaged();
        var text = MainText(word, table, fib, out var fcs);
        var paragraphs = new ParagraphProperties(word, table, fib, file);
        return new Assembler(text, fcs, paragraphs).Read();
    }

    /// <summary>The File Information Block's few fields this reader needs.</summary>
    private sealed record Fib(string TableStream, int CcpText, uint FcClx, uint LcbClx, uint FcPlcfBtePapx, uint LcbPlcfBtePapx)
    {
        public static Fib Parse(ReadOnlySpan<byte> w)
        {
            if (w.Length < 0x22 || BinaryPrimitives.ReadUInt16LittleEndian(w) != 0xA5EC) throw CompoundFile.Damaged();
            var nFib = BinaryPrimitives.ReadUInt16LittleEndian(w[2..]);
            if (nFib < 0x00C1) throw new NotAReportException(TooOld);
            var flags = BinaryPrimitives.ReadUInt16LittleEndian(w[0x0A..]);
            if ((flags & 0x0100) != 0) throw new NotAReportException(Encrypted); // fEncrypted (also XOR-obfuscated)
            var tableStream = (flags & 0x0200) != 0 ? "1Table" : "0Table";
            // FibBase (32 bytes), then three arrays each led by its count: 16-bit words, 32-bit words, (fc, lcb) pairs.
            var at = 32;
            var csw = BinaryPrimitives.ReadUInt16LittleEndian(w[at..]);
            at += 2 + 2 * csw;
            var cslw = BinaryPrimitives.ReadUInt16LittleEndian(w[at..]);
            var rgLw = at + 2;
            if (cslw < 4) throw CompoundFile.Damaged();
            var ccpText = BinaryPrimitives.ReadInt32LittleEndian(w[(rgLw + 12)..]);
            at = rgLw + 4 * cslw;
            var pairs = BinaryPrimitives.ReadUInt16LittleEndian(w[at..]);
            var blob = at + 2;
            if (pairs < 34 || ccpText < 0) throw CompoundFile.Damaged();
            // FibRgFcLcb97: pair 13 is the PlcBtePapx, pair 33 the CLX.
            var pairs97 = w[blob..];
            return new(tableStream, ccpText,
                BinaryPrimitives.ReadUInt32LittleEndian(pairs97[(8 * 33)..]), BinaryPrimitives.ReadUInt32LittleEndian(pairs97[(8 * 33 + 4)..]),
                BinaryPrimitives.ReadUInt32LittleEndian(pairs97[(8 * 13)..]), BinaryPrimitives.ReadUInt32LittleEndian(pairs97[(8 * 13 + 4)..]));
        }
    }

    private static ReadOnlySpan<byte> Slice(byte[] stream, uint offset, uint length)
    {
        if (offset > stream.Length || length > stream.Length - offset) throw CompoundFile.Damaged();
        return stream.AsSpan((int)offset, (int)length);
    }

    /// <summary>The main document's characters (CPs 0 to ccpText) and, for each, its byte offset in the WordDocument stream.</summary>
    private static char[] MainText(byte[] word, byte[] table, Fib fib, out int[] fcs)
    {
        var clx = Slice(table, fib.FcClx, fib.LcbClx);
        // A CLX is property runs (0x01, 16-bit size) before the piece table (0x02, 32-bit size).
        var at = 0;
        while (at < clx.Length && clx[at] == 0x01) at += 3 + BinaryPrimitives.ReadInt16LittleEndian(clx[(at + 1)..]);
        if (at + 5 > clx.Length || clx[at] != 0x02) throw CompoundFile.Damaged();
        var lcb = BinaryPrimitives.ReadInt32LittleEndian(clx[(at + 1)..]);
        if (lcb < 4 || at + 5 + lcb > clx.Length || (lcb - 4) % 12 != 0) throw CompoundFile.Damaged();
        var plc = clx.Slice(at + 5, lcb);
        var pieces = (lcb - 4) / 12;
        // Refused, as DocxText refuses it, rather than read in part: the rest would be lost without a word.
        if (fib.CcpText > DocxText.MaxTextChars) throw new NotAReportException(TooMuchText);
        var total = fib.CcpText;
        var chars = new char[total];
        fcs = new int[total];
        var cp1252 = Encoding.GetEncoding(1252);
        for (var i = 0; i < pieces; i++)
        {
            var cpStart = BinaryPrimitives.ReadInt32LittleEndian(plc[(4 * i)..]);
            var cpEnd = BinaryPrimitives.ReadInt32LittleEndian(plc[(4 * i + 4)..]);
            if (cpStart < 0 || cpEnd < cpStart) throw CompoundFile.Damaged();
            if (cpStart >= total) continue;
            var count = Math.Min(cpEnd, total) - cpStart;
            var raw = BinaryPrimitives.ReadUInt32LittleEndian(plc[(4 * (pieces + 1) + 8 * i + 2)..]);
            var compressed = (raw & 0x40000000) != 0;
            if (compressed)
            {
                var fc = (raw & 0x3FFFFFFF) / 2;
                var bytes = Slice(word, fc, (uint)count);
                cp1252.GetChars(bytes, chars.AsSpan(cpStart, count));
                for (var k = 0; k < count; k++) fcs[cpStart + k] = (int)fc + k;
            }
            else
            {
                var bytes = Slice(word, raw, (uint)count * 2);
                for (var k = 0; k < count; k++)
                {
                    chars[cpStart + k] = (char)BinaryPrimitives.ReadUInt16LittleEndian(bytes[(2 * k)..]);
                    fcs[cpStart + k] = (int)raw + 2 * k;
                }
            }
        }
        return chars;
    }

    /// <summary>What a paragraph's properties say about tables: in one, how deep, and whether it ends a row (with that row's cells).</summary>
    private readonly record struct Paragraph(int Depth, bool EndsRow, bool EndsInnerCell, bool EndsInnerRow, CellMerge[] Cells)
    {
        public static readonly Paragraph Plain = new(0, false, false, false, []);
    }

    /// <summary>A row's cell as TDefTable and TVertMerge leave it: whether it continues a merge from the left or from above.</summary>
    private enum CellMerge : byte { None, Continues }

    /// <summary>The PAPX runs of the WordDocument stream, found by the byte offset of a paragraph's mark.</summary>
    private sealed class ParagraphProperties
    {
        private readonly byte[] _word;
        private readonly byte[]? _data;
        private readonly List<(int Start, int End, int Page, int Offset)> _runs = [];

        public ParagraphProperties(byte[] word, byte[] table, Fib fib, CompoundFile file)
        {
            _word = word;
            _data = file.Stream("Data");
            var plc = Slice(table, fib.FcPlcfBtePapx, fib.LcbPlcfBtePapx);
            if (plc.Length < 4 || (plc.Length - 4) % 8 != 0) throw CompoundFile.Damaged();
            var n = (plc.Length - 4) / 8;
            for (var i = 0; i < n; i++)
            {
                var pn = BinaryPrimitives.ReadUInt32LittleEndian(plc[(4 * (n + 1) + 4 * i)..]) & 0x3FFFFF;
                var page = Slice(word, pn * PageSize, PageSize);
                var crun = page[PageSize - 1];
                if (4 * (crun + 1) + 13 * crun > PageSize - 1) throw CompoundFile.Damaged();
                for (var k = 0; k < crun; k++)
                {
                    var start = BinaryPrimitives.ReadInt32LittleEndian(page[(4 * k)..]);
                    var end = BinaryPrimitives.ReadInt32LittleEndian(page[(4 * k + 4)..]);
                    _runs.Add((start, end, (int)pn * PageSize, 2 * page[4 * (crun + 1) + 13 * k]));
                }
            }
            _runs.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        /// <summary>The properties of the paragraph whose mark is at byte <paramref name="fc"/>.</summary>
        public Paragraph At(int fc)
        {
            int lo = 0, hi = _runs.Count - 1, found = -1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >>> 1;
                if (_runs[mid].Start <= fc) { found = mid; lo = mid + 1; }
                else hi = mid - 1;
            }
            if (found < 0 || fc >= _runs[found].End || _runs[found].Offset == 0) return Paragraph.Plain;
            var (_, _, page, offset) = _runs[found];
            var papx = _word.AsSpan(page, PageSize);
            if (offset >= PageSize - 1) throw CompoundFile.Damaged();
            int length, at;
            if (papx[offset] != 0) { length = 2 * papx[offset] - 1; at = offset + 1; }
            else { length = 2 * papx[offset + 1]; at = offset + 2; }
            if (at + length > PageSize || length < 2) return Paragraph.Plain;
            return Parse(papx.Slice(at + 2, length - 2)); // after the style index
        }

        private Paragraph Parse(ReadOnlySpan<byte> grpprl)
        {
            var inTable = false;
            bool endsRow = false, innerCell = false, innerRow = false;
            var depth = 0;
            CellMerge[] cells = [];
            var at = 0;
            while (at + 2 <= grpprl.Length)
            {
                var sprm = BinaryPrimitives.ReadUInt16LittleEndian(grpprl[at..]);
                at += 2;
                var size = OperandSize(sprm, grpprl[at..]);
                if (size < 0 || at + size > grpprl.Length) break; // a damaged list: what was read stands
                var operand = grpprl.Slice(at, size);
                at += size;
                switch (sprm)
                {
                    case 0x2416: inTable = operand[0] != 0; break; // sprmPFInTable
                    case 0x2417: endsRow = operand[0] != 0; break; // sprmPFTtp
                    case 0x6649: depth = BinaryPrimitives.ReadInt32LittleEndian(operand); break; // sprmPItap
                    case 0x244B: innerCell = operand[0] != 0; break; // sprmPFInnerTableCell
                    case 0x244C: innerRow = operand[0] != 0; break; // sprmPFInnerTtp
                    case 0xD608: cells = TableCells(operand); break; // sprmTDefTable
                    case 0xD62B when operand.Length >= 3 && operand[1] < cells.Length: // sprmTVertMerge: cb, itc, vertMerge
                        cells[operand[1]] = operand[2] == 1 ? CellMerge.Continues : CellMerge.None;
                        break;
                    case 0x6646 when _data is not null: // sprmPHugePapx: the properties live in the Data stream
                        var offset = BinaryPrimitives.ReadUInt32LittleEndian(operand);
                        if (offset + 2 <= _data.Length)
                        {
                            var cb = BinaryPrimitives.ReadUInt16LittleEndian(_data.AsSpan((int)offset));
                            if (offset + 2 + cb <= _data.Length)
                            {
                                var huge = Parse(_data.AsSpan((int)offset + 2, cb));
                                return huge with { Depth = Math.Max(huge.Depth, inTable ? Math.Max(depth, 1) : depth) };
                            }
                        }
                        break;
                }
            }
            if (inTable && depth == 0) depth = 1;
            return new(depth, endsRow, innerCell, innerRow, cells);
        }

        /// <summary>TDefTableOperand: the row's cells with their merge flags (Tc80.tcgrf: horzMerge bits 0–1, vertMerge bits 5–6).</summary>
        private static CellMerge[] TableCells(ReadOnlySpan<byte> operand)
        {
            if (operand.Length < 3) return [];
            var count = operand[2];
            var tcs = 3 + 2 * (count + 1);
            var cells = new CellMerge[count];
            for (var i = 0; i < count && tcs + 20 * i + 2 <= operand.Length; i++)
            {
                var grf = BinaryPrimitives.ReadUInt16LittleEndian(operand[(tcs + 20 * i)..]);
                var horizontal = grf & 0x3;
                var vertical = (grf >> 5) & 0x3;
                cells[i] = horizontal == 2 || vertical == 1 ? CellMerge.Continues : CellMerge.None;
            }
            return cells;
        }

        /// <summary>A SPRM's operand size by its spra bits; -1 when it cannot be told.</summary>
        private static int OperandSize(ushort sprm, ReadOnlySpan<byte> rest)
        {
            switch (sprm >> 13)
            {
                case 0 or 1: return 1;
                case 2 or 4 or 5: return 2;
                case 3: return 4;
                case 7: return 3;
            }
            if (rest.Length < 1) return -1;
            if (sprm == 0xD608 || sprm == 0xD606) // sprmTDefTable, sprmTDefTable10: a 16-bit size counting itself less one
                return rest.Length < 2 ? -1 : BinaryPrimitives.ReadUInt16LittleEndian(rest) + 1;
            if (sprm == 0xC615 && rest[0] == 255) // sprmPChgTabs in its long form: two arrays of tab stops
            {
                var deletes = rest.Length > 1 ? rest[1] : 0;
                var addsAt = 2 + 4 * deletes;
                if (addsAt >= rest.Length) return -1;
                return addsAt + 1 + 3 * rest[addsAt];
            }
            return 1 + rest[0];
        }
    }

    /// <summary>Turns the characters and their paragraphs' properties into lines, rows and cells.</summary>
    private sealed class Assembler(char[] text, int[] fcs, ParagraphProperties properties)
    {
        private readonly List<string> _lines = [];
        private readonly StringBuilder _paragraph = new();
        private List<WordCell> _row = [];
        private List<string> _cellParagraphs = [];
        private List<string> _cellAfter = [];
        private readonly List<string> _innerRow = [];
        private readonly StringBuilder _innerCell = new();
        private readonly List<List<WordCell>> _table = [];

        public string Read()
        {
            // Field codes (between U+0013 and U+0014) are left out, their results (to U+0015) kept; fields nest.
            var fields = new Stack<bool>();
            for (var cp = 0; cp < text.Length; cp++)
            {
                var c = text[cp];
                switch (c)
                {
                    case '\u0013': fields.Push(false); continue;
                    case '\u0014': if (fields.Count > 0) { fields.Pop(); fields.Push(true); } continue;
                    case '\u0015': fields.TryPop(out _); continue;
                }
                var shown = true;
                foreach (var result in fields) shown &= result;
                if (c is '\r' or CellMark) { EndParagraph(c, properties.At(fcs[cp])); continue; }
                if (!shown) continue;
                switch (c)
                {
                    case '\t': _paragraph.Append('\t'); break;
                    case '\u000B' or '\u000C' or '\u000E': _paragraph.Append('\n'); break; // line, page, column break
                    case '\u001E': _paragraph.Append('-'); break; // non-breaking hyphen
                    case < ' ': break; // pictures, drawn objects, note and comment marks, optional hyphens
                    default: _paragraph.Append(c); break;
                }
            }
            if (_paragraph.Length > 0) EndParagraph('\r', Paragraph.Plain);
            FlushTable();
            var sb = new StringBuilder();
            foreach (var line in _lines) sb.Append(line).Append('\n');
            return sb.ToString();
        }

        private void EndParagraph(char mark, Paragraph p)
        {
            var content = _paragraph.ToString();
            _paragraph.Clear();
            if (p.Depth == 0)
            {
                FlushTable();
                foreach (var line in content.Split('\n')) _lines.Add(line);
                return;
            }
            var inCell = content.Replace('\t', ' ').Replace("\n", "", StringComparison.Ordinal);
            if (p.Depth > 1)
            {
                // A table nested in a cell: its cells end with paragraph marks flagged as inner cell or row ends.
                if (p.EndsInnerRow)
                {
                    _cellAfter.Add(string.Join('\t', _innerRow));
                    _innerRow.Clear();
                    _innerCell.Clear();
                }
                else if (p.EndsInnerCell || mark == CellMark)
                {
                    _innerRow.Add(_innerCell.Append(inCell).ToString());
                    _innerCell.Clear();
                }
                else _innerCell.Append(inCell);
                return;
            }
            if (p.EndsRow)
            {
                EndRow(p.Cells);
                return;
            }
            _cellParagraphs.Add(inCell);
            if (mark == CellMark)
            {
                _row.Add(new WordCell(string.Concat(_cellParagraphs), _cellParagraphs, _cellAfter));
                _cellParagraphs = [];
                _cellAfter = [];
            }
        }

        /// <summary>The row's cells, those continuing a merge left out (as <see cref="Docx.DocxText"/> leaves them).</summary>
        private void EndRow(CellMerge[] merges)
        {
            _table.Add([.. _row.Where((_, i) => i >= merges.Length || merges[i] != CellMerge.Continues)]);
            _row = [];
        }

        private void FlushTable()
        {
            if (_row.Count > 0) EndRow([]); // a row cut off before its end mark
            WordTableLines.Add(_lines, _table);
            _table.Clear();
        }
    }
}
