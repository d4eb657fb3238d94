using System.Buffers.Binary;
using System.Text;

namespace Gongkai.Ingest.Doc;

/// <summary>
/// The streams of an OLE compound file ([MS-CFB]), the container of Word 97–2003 (.doc), WPS and encrypted Office
/// documents: a FAT of sectors, a directory tree of storages and streams, small streams in a mini stream.
/// </summary>
/// <remarks>
/// Read from a byte array already in memory (the caller bounds its size), so every chain is bounded by the file's own
/// sector count: a cyclic or out-of-range chain is a damaged file, never a hang.
/// </remarks>
internal sealed class CompoundFile
{
    public static ReadOnlySpan<byte> Signature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint FreeSector = 0xFFFFFFFF;
    private const int HeaderDifatEntries = 109;
    private const int EntrySize = 128;

    private readonly byte[] _file;
    private readonly int _sectorSize;
    private readonly int _miniSectorSize;
    private readonly uint _miniCutoff;
    private readonly uint[] _fat;
    private readonly uint[] _miniFat;
    private readonly byte[] _directory;
    private readonly byte[] _miniStream;

    private CompoundFile(byte[] file)
    {
        _file = file;
        var h = file.AsSpan();
        if (h.Length < 512 || !h.StartsWith(Signature)) throw Damaged();
        var shift = BinaryPrimitives.ReadUInt16LittleEndian(h[0x1E..]);
        var miniShift = BinaryPrimitives.ReadUInt16LittleEndian(h[0x20..]);
        if (shift is not (9 or 12) || miniShift != 6) throw Damaged();
        _sectorSize = 1 << shift;
        _miniSectorSize = 1 << miniShift;
        _miniCutoff = BinaryPrimitives.ReadUInt32LittleEndian(h[0x38..]);

        // The FAT's own sectors: the first 109 listed in the header, the rest in a chain of DIFAT sectors.
        var fatSectors = new List<uint>();
        for (var i = 0; i < HeaderDifatEntries; i++)
        {
            var s = BinaryPrimitives.ReadUInt32LittleEndian(h[(0x4C + 4 * i)..]);
            if (s < EndOfChain - 3) fatSectors.Add(s);
        }
        var difat = BinaryPrimitives.ReadUInt32LittleEndian(h[0x44..]);
        var perDifat = _sectorSize / 4 - 1;
        for (var guard = 0; difat < EndOfChain - 3; guard++)
        {
            if (guard > SectorCount) throw Damaged();
            var sector = Sector(difat);
            for (var i = 0; i < perDifat; i++)
            {
                var s = BinaryPrimitives.ReadUInt32LittleEndian(sector[(4 * i)..]);
                if (s < EndOfChain - 3) fatSectors.Add(s);
            }
            difat = BinaryPrimitives.ReadUInt32LittleEndian(sector[(4 * perDifat)..]);
        }
        if (fatSectors.Count > SectorCount) throw Damaged();
        _fat = new uint[fatSectors.Count * (_sectorSize / 4)];
        for (var k = 0; k < fatSectors.Count; k++)
        {
            var sector = Sector(fatSectors[k]);
            for (var i = 0; i < _sectorSize / 4; i++) _fat[k * (_sectorSize / 4) + i] = BinaryPrimitives.ReadUInt32LittleEndian(sector[(4 * i)..]);
        }

        _directory = Chain(BinaryPrimitives.ReadUInt32LittleEndian(h[0x30..]), length: null);
        if (_directory.Length < EntrySize) throw Damaged();
        var miniFatBytes = Chain(BinaryPrimitives.ReadUInt32LittleEndian(h[0x3C..]), length: null);
        _miniFat = new uint[miniFatBytes.Length / 4];
        for (var i = 0; i < _miniFat.Length; i++) _miniFat[i] = BinaryPrimitives.ReadUInt32LittleEndian(miniFatBytes.AsSpan(4 * i));
        // The root entry's stream is the mini stream, in which streams smaller than the cut-off live.
        var root = _directory.AsSpan(0, EntrySize);
        _miniStream = Chain(BinaryPrimitives.ReadUInt32LittleEndian(root[116..]), StreamSize(root));
    }

    /// <exception cref="NotAReportException">Not a compound file, or one whose sectors do not hold together.</exception>
    public static CompoundFile Open(byte[] file) => new(file);

    private int SectorCount => Math.Max(0, (_file.Length - _sectorSize) / _sectorSize);

    private ReadOnlySpan<byte> Sector(uint n)
    {
        var start = ((long)n + 1) * _sectorSize;
        if (n >= SectorCount || start + _sectorSize > _file.Length) throw Damaged();
        return _file.AsSpan((int)start, _sectorSize);
    }

    /// <summary>A chain of sectors from <paramref name="first"/>, cut to <paramref name="length"/> bytes when given.</summary>
    private byte[] Chain(uint first, long? length)
    {
        if (first is EndOfChain or FreeSector) return length is null or 0 ? [] : throw Damaged();
        if (length > _file.Length) throw Damaged();
        var bytes = new List<byte>(length is { } l ? (int)l : _sectorSize);
        var s = first;
        for (var guard = 0; s != EndOfChain; guard++)
        {
            if (guard > SectorCount || s >= _fat.Length) throw Damaged();
            bytes.AddRange(Sector(s));
            if (length is { } want && bytes.Count >= want) break;
            s = _fat[s];
        }
        if (length is { } n)
        {
            if (bytes.Count < n) throw Damaged();
            return bytes.GetRange(0, (int)n).ToArray();
        }
        return [.. bytes];
    }

    private byte[] MiniChain(uint first, long length)
    {
        if (length == 0) return [];
        var bytes = new byte[length];
        var s = first;
        var done = 0;
        for (var guard = 0; done < length; guard++)
        {
            if (guard > _miniFat.Length || s >= _miniFat.Length) throw Damaged();
            var start = (long)s * _miniSectorSize;
            var take = (int)Math.Min(_miniSectorSize, length - done);
            if (start + take > _miniStream.Length) throw Damaged();
            _miniStream.AsSpan((int)start, take).CopyTo(bytes.AsSpan(done));
            done += take;
            s = _miniFat[s];
        }
        return bytes;
    }

    private long StreamSize(ReadOnlySpan<byte> entry)
    {
        // Version 3 files (512-byte sectors) may leave garbage in the size's high half.
        var size = _sectorSize == 512 ? BinaryPrimitives.ReadUInt32LittleEndian(entry[120..]) : BinaryPrimitives.ReadInt64LittleEndian(entry[120..]);
        if (size < 0 || size > _file.Length) throw Damaged();
        return size;
    }

    /// <summary>A stream directly under the root storage by its name; null when there is none.</summary>
    public byte[]? Stream(string name)
    {
        var entries = _directory.Length / EntrySize;
        // The root's children form a tree through their left and right links, entered by the root's child link.
        var pending = new Stack<uint>();
        pending.Push(BinaryPrimitives.ReadUInt32LittleEndian(_directory.AsSpan(76)));
        var seen = new HashSet<uint>();
        while (pending.TryPop(out var id))
        {
            if (id >= entries || !seen.Add(id)) continue;
            var entry = _directory.AsSpan((int)id * EntrySize, EntrySize);
            var nameBytes = Math.Clamp((int)BinaryPrimitives.ReadUInt16LittleEndian(entry[64..]), 2, 64) - 2;
            var type = entry[66];
            if (type == 2 && Encoding.Unicode.GetString(entry[..nameBytes]) == name)
            {
                var size = StreamSize(entry);
                var start = BinaryPrimitives.ReadUInt32LittleEndian(entry[116..]);
                return size < _miniCutoff ? MiniChain(start, size) : Chain(start, size);
            }
            pending.Push(BinaryPrimitives.ReadUInt32LittleEndian(entry[68..]));
            pending.Push(BinaryPrimitives.ReadUInt32LittleEndian(entry[72..]));
        }
        return null;
    }

    internal static NotAReportException Damaged() => new(DocText.Corrupt);
}
