using System.Buffers.Binary;
using System.IO.Compression;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Gongkai.Ingest.Pdf;

/// <summary>
/// PdfPig's stream filters with two guards for hostile or damaged files: a cap on how much the streams of one document
/// may inflate to (a zip bomb in a 64 MB file could ask for gigabytes), and a check of embedded TrueType fonts before
/// PdfPig reads their glyphs, whose composite glyphs PdfPig resolves recursively: a glyph that contains itself
/// would overflow the stack and end the process, which no catch can stop.
/// </summary>
internal sealed class GuardedFilters(IFilterProvider inner) : IFilterProvider
{
    /// <summary>One stream may not inflate beyond this.</summary>
    public const long MaxStreamBytes = 256L * 1024 * 1024;

    /// <summary>All the streams of a document together may not inflate beyond this.</summary>
    public const long MaxTotalBytes = 1024L * 1024 * 1024;

    /// <summary>Smaller deflated streams cannot inflate past ~66 MB (1032:1), so they are not measured first.</summary>
    private const int MeasureAbove = 64 * 1024;

    private long _total;

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Guard(inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Guard(inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => inner.GetAllFilters();

    private IReadOnlyList<IFilter> Guard(IReadOnlyList<IFilter> filters)
    {
        var guarded = new IFilter[filters.Count + 1];
        for (var i = 0; i < filters.Count; i++) guarded[i] = new Bounded(filters[i], this);
        guarded[^1] = FontCheck.Instance; // also on unfiltered streams: a font may be stored uncompressed
        return guarded;
    }

    private void Count(long bytes)
    {
        if (bytes > MaxStreamBytes || Interlocked.Add(ref _total, bytes) > MaxTotalBytes)
            throw new InvalidDataException("PDF 数据流解压后过大");
    }

    private sealed class Bounded(IFilter filter, GuardedFilters owner) : IFilter
    {
        public bool IsSupported => filter.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            if (filter is FlateFilter && input.Length > MeasureAbove) owner.Count(InflatedSize(input));
            var output = filter.Decode(input, streamDictionary, filterProvider, filterIndex);
            if (filter is not FlateFilter || input.Length <= MeasureAbove) owner.Count(output.Length);
            return output;
        }

        /// <summary>How far a zlib stream inflates, counted without keeping the output, stopping past the cap.</summary>
        private static long InflatedSize(Memory<byte> input)
        {
            try
            {
                using var zlib = new ZLibStream(new MemoryStream(input.ToArray(), writable: false), CompressionMode.Decompress);
                var buffer = new byte[81920];
                long total = 0;
                int n;
                while ((n = zlib.Read(buffer)) > 0)
                {
                    total += n;
                    if (total > MaxStreamBytes) break;
                }
                return total;
            }
            catch (InvalidDataException) { return 0; } // damaged data: PdfPig's own inflater decides what it holds
        }
    }

    /// <summary>A pass-through "filter" that refuses TrueType font programs with composite glyph loops.</summary>
    private sealed class FontCheck : IFilter
    {
        public static readonly FontCheck Instance = new();

        public bool IsSupported => true;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            if (TrueTypeGlyphs.HasCompositeLoop(input.Span)) throw new InvalidDataException("PDF 中的 TrueType 字体已损坏（复合字形循环引用）");
            return input;
        }
    }
}

/// <summary>The composite glyph graph of a TrueType font program, read the way PdfPig reads it (head, maxp, loca, glyf).</summary>
internal static class TrueTypeGlyphs
{
    /// <summary>Composite glyphs nest a level or two in real fonts; PdfPig recurses once per level.</summary>
    private const int MaxDepth = 64;

    /// <summary>
    /// Looks at every stream stored without compression whose data starts like a TrueType font (filters never see
    /// those, so <see cref="GuardedFilters"/> cannot check them).
    /// </summary>
    public static bool AnyUncompressedFontLoops(ReadOnlySpan<byte> pdf)
    {
        var from = 0;
        while (true)
        {
            var i = pdf[from..].IndexOf("stream"u8);
            if (i < 0) return false;
            var at = from + i + 6;
            if (at < pdf.Length && pdf[at] == '\r') at++;
            if (at < pdf.Length && pdf[at] == '\n') at++;
            if (at + 4 <= pdf.Length && BinaryPrimitives.ReadUInt32BigEndian(pdf[at..]) is 0x00010000 or 0x74727565 && HasCompositeLoop(pdf[at..]))
                return true;
            from = at;
        }
    }

    /// <summary>True if some composite glyph contains itself, directly or not, or nests deeper than <see cref="MaxDepth"/>.</summary>
    public static bool HasCompositeLoop(ReadOnlySpan<byte> font)
    {
        if (font.Length < 12) return false;
        var version = BinaryPrimitives.ReadUInt32BigEndian(font);
        if (version is not (0x00010000 or 0x74727565)) return false; // not TrueType ('true'): nothing PdfPig recurses on
        int numTables = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        int head = -1, maxp = -1, loca = -1, glyf = -1, glyfLength = 0;
        for (var t = 0; t < numTables; t++)
        {
            var at = 12 + 16 * t;
            if (at + 16 > font.Length) return false;
            var tag = BinaryPrimitives.ReadUInt32BigEndian(font[at..]);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(font[(at + 8)..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(font[(at + 12)..]);
            if (offset >= font.Length) continue;
            switch (tag)
            {
                case 0x68656164: head = (int)offset; break;                               // head
                case 0x6D617870: maxp = (int)offset; break;                               // maxp
                case 0x6C6F6361: loca = (int)offset; break;                               // loca
                case 0x676C7966: glyf = (int)offset; glyfLength = (int)Math.Min(length, (uint)(font.Length - offset)); break; // glyf
            }
        }
        if (head < 0 || maxp < 0 || loca < 0 || glyf < 0 || head + 54 > font.Length || maxp + 6 > font.Length) return false;
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(font[(head + 50)..]) == 1;
        int glyphs = BinaryPrimitives.ReadUInt16BigEndian(font[(maxp + 4)..]);
        var glyfData = font.Slice(glyf, glyfLength);

        uint Offset(int i, ReadOnlySpan<byte> f)
        {
            var at = loca + i * (longOffsets ? 4 : 2);
            if (at + (longOffsets ? 4 : 2) > f.Length) return uint.MaxValue;
            return longOffsets ? BinaryPrimitives.ReadUInt32BigEndian(f[at..]) : BinaryPrimitives.ReadUInt16BigEndian(f[at..]) * 2u;
        }

        // The components of every composite glyph.
        var components = new Dictionary<int, List<int>>();
        for (var g = 0; g < glyphs; g++)
        {
            uint start = Offset(g, font), end = Offset(g + 1, font);
            if (start == end || start == uint.MaxValue || start + 10 > (uint)glyfData.Length) continue;
            var contours = BinaryPrimitives.ReadInt16BigEndian(glyfData[(int)start..]);
            if (contours >= 0) continue;
            var list = components[g] = [];
            var p = (int)start + 10;
            ushort flags;
            do
            {
                if (p + 4 > glyfData.Length) break;
                flags = BinaryPrimitives.ReadUInt16BigEndian(glyfData[p..]);
                list.Add(BinaryPrimitives.ReadUInt16BigEndian(glyfData[(p + 2)..]));
                p += 4 + ((flags & 0x1) != 0 ? 4 : 2);
                if ((flags & 0x8) != 0) p += 2;
                else if ((flags & 0x40) != 0) p += 4;
                else if ((flags & 0x80) != 0) p += 8;
            }
            while ((flags & 0x20) != 0 && list.Count < 10_000);
        }
        if (components.Count == 0) return false;

        // Depth-first over the composite graph without recursion: a grey glyph met again is a loop.
        var state = new Dictionary<int, int>(); // 1 = on the current path, 2 = done
        foreach (var root in components.Keys)
        {
            if (state.ContainsKey(root)) continue;
            var stack = new Stack<(int Glyph, int Next)>();
            stack.Push((root, 0));
            state[root] = 1;
            while (stack.Count > 0)
            {
                var (glyph, next) = stack.Pop();
                var children = components[glyph];
                if (next < children.Count)
                {
                    stack.Push((glyph, next + 1));
                    var child = children[next];
                    if (!components.ContainsKey(child)) continue; // a simple or missing glyph ends the chain
                    if (state.TryGetValue(child, out var s))
                    {
                        if (s == 1) return true;
                        continue;
                    }
                    if (stack.Count >= MaxDepth) return true;
                    state[child] = 1;
                    stack.Push((child, 0));
                }
                else state[glyph] = 2;
            }
        }
        return false;
    }
}
