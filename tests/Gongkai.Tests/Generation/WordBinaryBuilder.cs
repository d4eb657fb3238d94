using System.Buffers.Binary;
using System.Text;

namespace Gongkai.Tests.Generation;

/// <summary>
/// A minimal Word 97 file written by hand to [MS-DOC] and [MS-CFB], for what LibreOffice never writes: 8-bit
/// ("compressed") pieces, which Word uses for runs of Latin text such as a row of numbers, and a main text split over
/// pieces stored out of order. Each paragraph ends with '\r' (plain), '\a' in a table (a cell), or is a row's end mark.
/// </summary>
internal sealed class WordBinaryBuilder
{
    /// <summary>
    /// Plain text in the shape <c>PlainTextRenderer</c> writes as a Word 97 file: a line with tabs a table row (each
    /// cell a paragraph, the row closed by its end mark), any other line a paragraph; Latin-only text (a cell's
    /// number) in 8-bit pieces, the rest in UTF-16.
    /// </summary>
    public static byte[] FromPlainText(string text)
    {
        var doc = new WordBinaryBuilder();
        static bool Latin(string s) => s.All(c => c < 0x80);
        var lines = text.Split('\n');
        foreach (var line in text.EndsWith('\n') ? lines[..^1] : lines)
        {
            if (!line.Contains('\t')) { doc.Piece(line + "\r", Latin(line)); continue; }
            var cells = line.Split('\t');
            foreach (var cell in cells) doc.Piece(cell + "\a", Latin(cell));
            doc.RowEnd(cells.Length, compressed: true);
        }
        return doc.Build();
    }

    private readonly List<(string Text, bool Compressed)> _pieces = [];
    private readonly List<(int Cp, byte[] Grpprl)> _marks = [];
    private int _cp;

    /// <summary>Text in one piece; a paragraph mark in it ('\r' or '\a') is a plain paragraph or a table cell.</summary>
    public WordBinaryBuilder Piece(string text, bool compressed)
    {
        for (var i = 0; i < text.Length; i++)
            if (text[i] is '\r' or '\a')
                _marks.Add((_cp + i, text[i] == '\a' ? [0x16, 0x24, 1] : []));
        _pieces.Add((text, compressed));
        _cp += text.Length;
        return this;
    }

    /// <summary>A row's end mark ('\a' with sprmPFTtp) and its TDefTable of <paramref name="cells"/> cells, none merged.</summary>
    public WordBinaryBuilder RowEnd(int cells, bool compressed)
    {
        var def = new List<byte> { 0x08, 0xD6 }; // sprmTDefTable
        var body = new List<byte> { (byte)cells };
        for (var i = 0; i <= cells; i++) body.AddRange(BitConverter.GetBytes((short)(i * 1000)));
        for (var i = 0; i < cells; i++) body.AddRange(new byte[20]);
        def.AddRange(BitConverter.GetBytes((ushort)(body.Count + 1)));
        def.AddRange(body);
        _marks.Add((_cp, [0x16, 0x24, 1, 0x17, 0x24, 1, .. def]));
        _pieces.Add(("\a", compressed));
        _cp += 1;
        return this;
    }

    public byte[] Build()
    {
        // WordDocument: the FIB, then the pieces' bytes from 1024 in reverse order (the piece table, not the order of
        // the bytes, gives the text's order), then one page of paragraph properties.
        var word = new byte[1024];
        var fcs = new int[_pieces.Count];
        var body = new List<byte>();
        for (var i = _pieces.Count - 1; i >= 0; i--)
        {
            var (text, compressed) = _pieces[i];
            fcs[i] = 1024 + body.Count;
            body.AddRange(compressed ? Encoding.Latin1.GetBytes(text) : Encoding.Unicode.GetBytes(text));
            if (body.Count % 2 == 1) body.Add(0);
        }
        var fkpAt = (1024 + body.Count + 511) / 512 * 512;

        // The byte just after each paragraph mark, where its FKP run ends.
        int EndOf(int cp)
        {
            var start = 0;
            for (var i = 0; i < _pieces.Count; i++)
            {
                var len = _pieces[i].Text.Length;
                var width = _pieces[i].Compressed ? 1 : 2;
                if (cp < start + len) return fcs[i] + (cp - start + 1) * width;
                start += len;
            }
            throw new InvalidOperationException();
        }
        var runs = _marks.Select(m => (End: EndOf(m.Cp), Papx: Papx(m.Grpprl))).OrderBy(r => r.End).ToList();

        // FKP pages: the runs cover the text's bytes without a gap, each ending just after a paragraph mark, in byte
        // order; a page holds as many as fit (its offsets, 13-byte BX entries, PAPX from the end down).
        var pages = new List<byte[]>();
        var bounds = new List<int> { 1024 };
        for (var k = 0; k < runs.Count;)
        {
            var page = new byte[512];
            var first = k;
            var papxEnd = 511;
            BinaryPrimitives.WriteInt32LittleEndian(page, bounds[^1]);
            var placed = new List<int>();
            while (k < runs.Count)
            {
                var n = k - first + 1;
                var end = (papxEnd - runs[k].Papx.Length) & ~1;
                if (4 * (n + 1) + 13 * n > end) break;
                papxEnd = end;
                placed.Add(end);
                k++;
            }
            var crun = k - first;
            if (crun == 0) throw new InvalidOperationException("a paragraph's properties do not fit a page");
            for (var r = 0; r < crun; r++)
            {
                BinaryPrimitives.WriteInt32LittleEndian(page.AsSpan(4 * (r + 1)), runs[first + r].End);
                runs[first + r].Papx.CopyTo(page.AsSpan(placed[r]));
                page[4 * (crun + 1) + 13 * r] = (byte)(placed[r] / 2);
            }
            page[511] = (byte)crun;
            pages.Add(page);
            bounds.Add(runs[k - 1].End);
        }
        var stream = new byte[fkpAt + 512 * pages.Count];
        word.CopyTo(stream, 0);
        body.CopyTo(stream, 1024);
        for (var p = 0; p < pages.Count; p++) pages[p].CopyTo(stream, fkpAt + 512 * p);

        // 1Table: the CLX (one piece table), then the PlcBtePapx (the pages' byte bounds and page numbers).
        var table = new List<byte> { 0x02 };
        var plc = new List<byte>();
        var cp = 0;
        foreach (var (text, _) in _pieces) { plc.AddRange(BitConverter.GetBytes(cp)); cp += text.Length; }
        plc.AddRange(BitConverter.GetBytes(cp));
        for (var i = 0; i < _pieces.Count; i++)
        {
            plc.AddRange([0, 0]);
            var fc = _pieces[i].Compressed ? (uint)(fcs[i] * 2) | 0x40000000u : (uint)fcs[i];
            plc.AddRange(BitConverter.GetBytes(fc));
            plc.AddRange([0, 0]);
        }
        table.AddRange(BitConverter.GetBytes(plc.Count));
        table.AddRange(plc);
        var clxLength = table.Count;
        var papxAt = table.Count;
        foreach (var b in bounds) table.AddRange(BitConverter.GetBytes(b));
        for (var p = 0; p < pages.Count; p++) table.AddRange(BitConverter.GetBytes(fkpAt / 512 + p));

        // The FIB: base, 14 words, 22 longs (ccpText is the fourth), 93 (fc, lcb) pairs.
        var f = stream.AsSpan();
        BinaryPrimitives.WriteUInt16LittleEndian(f, 0xA5EC);
        BinaryPrimitives.WriteUInt16LittleEndian(f[2..], 0x00C1);
        BinaryPrimitives.WriteUInt16LittleEndian(f[0x0A..], 0x0200); // the table stream is 1Table
        BinaryPrimitives.WriteUInt16LittleEndian(f[32..], 14);
        BinaryPrimitives.WriteUInt16LittleEndian(f[62..], 22);
        BinaryPrimitives.WriteInt32LittleEndian(f[(64 + 12)..], _cp);
        BinaryPrimitives.WriteUInt16LittleEndian(f[152..], 93);
        BinaryPrimitives.WriteUInt32LittleEndian(f[(154 + 8 * 33)..], 0);
        BinaryPrimitives.WriteUInt32LittleEndian(f[(154 + 8 * 33 + 4)..], (uint)clxLength);
        BinaryPrimitives.WriteUInt32LittleEndian(f[(154 + 8 * 13)..], (uint)papxAt);
        BinaryPrimitives.WriteUInt32LittleEndian(f[(154 + 8 * 13 + 4)..], (uint)(4 * bounds.Count + 4 * pages.Count));
        return Compound(("WordDocument", stream), ("1Table", [.. table]));
    }

    /// <summary>PapxInFkp: a style index of 0 and the SPRMs, led by its size in words (an odd size by cb, an even one by cb′).</summary>
    private static byte[] Papx(byte[] sprms)
    {
        byte[] grpprl = [0, 0, .. sprms];
        return grpprl.Length % 2 == 1 ? [(byte)((grpprl.Length + 1) / 2), .. grpprl] : [0, (byte)(grpprl.Length / 2), .. grpprl];
    }

    /// <summary>A version 3 compound file (512-byte sectors) of streams padded to 4,096 bytes (so none is in the mini stream).</summary>
    public static byte[] Compound(params (string Name, byte[] Bytes)[] streams)
    {
        const uint end = 0xFFFFFFFE, free = 0xFFFFFFFF, none = 0xFFFFFFFF;
        var padded = streams.Select(s => (s.Name, Bytes: s.Bytes.Length >= 4096 ? s.Bytes : [.. s.Bytes, .. new byte[4096 - s.Bytes.Length]])).ToList();
        // Sectors: the FAT's own, the directory's one, then each stream's in turn.
        var data = padded.Sum(s => (s.Bytes.Length + 511) / 512);
        var fatCount = (data + 1 + 127) / 128;
        while (fatCount * 128 < fatCount + 1 + data) fatCount++;
        var fat = Enumerable.Repeat(free, fatCount * 128).ToArray();
        for (var i = 0; i < fatCount; i++) fat[i] = 0xFFFFFFFD;
        var directorySector = (uint)fatCount;
        fat[directorySector] = end;
        var starts = new List<uint>();
        var next = directorySector + 1;
        foreach (var (_, bytes) in padded)
        {
            var count = (bytes.Length + 511) / 512;
            starts.Add(next);
            for (var i = 0; i < count; i++) fat[next + i] = i == count - 1 ? end : next + (uint)i + 1;
            next += (uint)count;
        }

        var header = new byte[512];
        ((byte[])[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]).CopyTo(header.AsSpan());
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(0x18), 0x3E);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(0x1A), 3);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(0x1C), 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(0x1E), 9);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(0x20), 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0x2C), (uint)fatCount);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0x30), directorySector);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0x38), 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0x3C), end);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0x44), end);
        for (var i = 0; i < 109; i++) BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0x4C + 4 * i), i < fatCount ? (uint)i : free);

        var fatSectors = new byte[512 * fatCount];
        for (var i = 0; i < fat.Length; i++) BinaryPrimitives.WriteUInt32LittleEndian(fatSectors.AsSpan(4 * i), fat[i]);

        var directory = new byte[512];
        void Entry(int id, string name, byte type, uint left, uint right, uint child, uint start, uint size)
        {
            var e = directory.AsSpan(id * 128, 128);
            var n = Encoding.Unicode.GetBytes(name);
            n.CopyTo(e);
            BinaryPrimitives.WriteUInt16LittleEndian(e[64..], (ushort)(n.Length + 2));
            e[66] = type;
            e[67] = 1;
            BinaryPrimitives.WriteUInt32LittleEndian(e[68..], left);
            BinaryPrimitives.WriteUInt32LittleEndian(e[72..], right);
            BinaryPrimitives.WriteUInt32LittleEndian(e[76..], child);
            BinaryPrimitives.WriteUInt32LittleEndian(e[116..], start);
            BinaryPrimitives.WriteUInt32LittleEndian(e[120..], size);
        }
        Entry(0, "Root Entry", 5, none, none, 1, end, 0);
        for (var i = 0; i < padded.Count; i++)
            Entry(i + 1, padded[i].Name, 2, none, i + 1 < padded.Count ? (uint)(i + 2) : none, none, starts[i], (uint)padded[i].Bytes.Length);
        for (var i = padded.Count + 1; i < 4; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(directory.AsSpan(i * 128 + 68), none);
            BinaryPrimitives.WriteUInt32LittleEndian(directory.AsSpan(i * 128 + 72), none);
            BinaryPrimitives.WriteUInt32LittleEndian(directory.AsSpan(i * 128 + 76), none);
        }

        var file = new List<byte>(header);
        file.AddRange(fatSectors);
        file.AddRange(directory);
        foreach (var (_, bytes) in padded)
        {
            file.AddRange(bytes);
            if (bytes.Length % 512 != 0) file.AddRange(new byte[512 - bytes.Length % 512]);
        }
        return [.. file];
    }
}
