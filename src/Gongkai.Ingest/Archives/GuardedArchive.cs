using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Gongkai.Ingest.Archives;

/// <summary>What an archive may hold; each reader of ZIP-based input states its own.</summary>
/// <param name="MaxEntries">Entries the central directory may declare (counted before it is parsed).</param>
/// <param name="MaxDirectoryBytes">Size the central directory may declare.</param>
/// <param name="MaxEntryBytes">Bytes one entry may inflate to (declared and counted).</param>
/// <param name="MaxTotalBytes">Bytes all the entries read from this archive may inflate to together.</param>
/// <param name="RatioCheckFrom">Entries (declared or read so far) above this size must keep within <paramref name="MaxRatio"/>.</param>
/// <param name="MaxRatio">Inflated size over compressed size, checked on the declared sizes and again while inflating.</param>
public sealed record ArchiveLimits(long MaxEntries, long MaxDirectoryBytes, long MaxEntryBytes, long MaxTotalBytes, long RatioCheckFrom, long MaxRatio)
{
    /// <summary>A Word document: a few dozen parts, text that compresses ~10×.</summary>
    public static ArchiveLimits Docx { get; } = new(10_000, 16L * 1024 * 1024, 64L * 1024 * 1024, 256L * 1024 * 1024, 1024 * 1024, 200);

    /// <summary>A workbook: sheet XML of repetitive cells compresses well, but not a thousand times.</summary>
    public static ArchiveLimits Xlsx { get; } = new(10_000, 16L * 1024 * 1024, 512L * 1024 * 1024, 1024L * 1024 * 1024, 1024 * 1024, 500);
}

/// <summary>Why an archive was refused.</summary>
public enum ArchiveProblem
{
    /// <summary>Not a readable ZIP: damaged, truncated, or no archive at all.</summary>
    Corrupt,
    /// <summary>Encrypted entries or a compression method the reader does not support.</summary>
    Unsupported,
    /// <summary>More entries, or a larger central directory, than the limits allow.</summary>
    TooManyEntries,
    /// <summary>An entry inflates past its bound, or past the compression ratio: a zip bomb.</summary>
    Bomb,
    /// <summary>All the entries of the archive together inflate past the bound.</summary>
    TooMuchInTotal,
    /// <summary>The <see cref="InflationBudget"/> shared with other archives of the same request is spent.</summary>
    BudgetSpent,
}

/// <summary>An archive refused by <see cref="GuardedArchive"/>; each reader turns <see cref="Problem"/> into its own message.</summary>
public sealed class ArchiveException(ArchiveProblem problem, string message) : Exception(message)
{
    public ArchiveProblem Problem { get; } = problem;
}

/// <summary>
/// Bytes that several archives (or readers) share: one upload request's budget of inflated bytes, so that ten small
/// ZIPs cannot each inflate to the per-archive bound (issue 17: ten 1.4 MB ZIPs inflated 1.9 GB in one request).
/// Thread-safe.
/// </summary>
public sealed class InflationBudget(long maxBytes)
{
    private long _used;

    public long MaxBytes { get; } = maxBytes;
    public long Used => Interlocked.Read(ref _used);

    /// <summary>Counts <paramref name="bytes"/> more; throws once the budget is spent.</summary>
    public void Take(long bytes)
    {
        if (Interlocked.Add(ref _used, bytes) > MaxBytes)
            throw new ArchiveException(ArchiveProblem.BudgetSpent, $"本次上传解压后的总量超过 {Gongkai.Core.Labels.Chinese.Size(MaxBytes)}，此后的文件未读取");
    }
}

/// <summary>
/// The one way Gongkai opens a ZIP it did not write (DOCX, XLSX, the oversight office's uploaded archives): the
/// central directory is sized up before it is parsed, an entry is opened only when its declared size and compression
/// ratio are plausible, and what it inflates to is counted while it is read — per entry, per archive and against an
/// optional <see cref="InflationBudget"/> shared with other archives — since declared sizes can lie.
/// </summary>
public sealed class GuardedArchive : IDisposable
{
    private readonly ZipArchive _zip;
    private readonly InflationBudget? _budget;
    private long _total;

    public ArchiveLimits Limits { get; }

    private GuardedArchive(ZipArchive zip, ArchiveLimits limits, InflationBudget? budget)
    {
        _zip = zip;
        Limits = limits;
        _budget = budget;
    }

    /// <summary>Bytes inflated from this archive so far.</summary>
    public long Inflated => _total;

    /// <summary>Whether the bytes start like a ZIP archive (a local file header).</summary>
    public static bool LooksLikeZip(ReadOnlySpan<byte> head) => head.Length >= 4 && head[..4].SequenceEqual("PK\x03\x04"u8);

    public static GuardedArchive Open(byte[] bytes, ArchiveLimits limits, InflationBudget? budget = null, Encoding? entryNames = null) =>
        Open(new MemoryStream(bytes, writable: false), limits, budget, entryNames);

    /// <param name="stream">A seekable stream over the whole archive (a buffer or a temporary file); disposed with the archive.</param>
    /// <param name="entryNames">The encoding of entry names without ZIP's UTF-8 flag (GB18030 for archives made on Chinese Windows).</param>
    /// <exception cref="ArchiveException">Too many entries, or not a readable ZIP.</exception>
    public static GuardedArchive Open(Stream stream, ArchiveLimits limits, InflationBudget? budget = null, Encoding? entryNames = null)
    {
        try
        {
            if (DeclaredEntries(stream, limits) > limits.MaxEntries)
                throw new ArchiveException(ArchiveProblem.TooManyEntries, "压缩包中的文件条目过多");
            stream.Position = 0;
            return new GuardedArchive(Guard(() => new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false, entryNames)), limits, budget);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Every entry (folders included), as the central directory lists them.</summary>
    public IReadOnlyList<ZipArchiveEntry> Entries => Guard(() => _zip.Entries);

    /// <summary>The entry named <paramref name="name"/>, ignoring case, a leading slash and backslashes (as OPC packages are read).</summary>
    public ZipArchiveEntry? Find(string name) =>
        Entries.FirstOrDefault(e => string.Equals(e.FullName.Replace('\\', '/').TrimStart('/'), name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The entry's bytes as they inflate: refused at once when its declared size or ratio is implausible, and cut off
    /// (<see cref="ArchiveException"/>) once it inflates past the limits, whatever it declared.
    /// </summary>
    public Stream Open(ZipArchiveEntry entry)
    {
        var size = entry.Length;
        var packed = entry.CompressedLength;
        if (size > Limits.MaxEntryBytes) throw Bomb(entry);
        if (size > Limits.RatioCheckFrom && (packed <= 0 || size / packed > Limits.MaxRatio)) throw Bomb(entry);
        if (_total + size > Limits.MaxTotalBytes) throw TooMuch();
        return new CountingStream(Guard(entry.Open), this, entry);
    }

    /// <summary>The whole entry, at most <paramref name="max"/> bytes (and within the limits).</summary>
    public byte[] ReadAll(ZipArchiveEntry entry, long? max = null)
    {
        var bound = Math.Min(max ?? long.MaxValue, Limits.MaxEntryBytes);
        if (entry.Length > bound) throw new ArchiveException(ArchiveProblem.Bomb, $"解压后超过上限（{Gongkai.Core.Labels.Chinese.Size(bound)}）");
        using var s = Open(entry);
        using var ms = new MemoryStream((int)Math.Min(Math.Max(entry.Length, 0), bound));
        var buffer = new byte[81920];
        int n;
        while ((n = Guard(() => s.Read(buffer))) > 0)
        {
            if (ms.Length + n > bound) throw new ArchiveException(ArchiveProblem.Bomb, $"解压后超过上限（{Gongkai.Core.Labels.Chinese.Size(bound)}）");
            ms.Write(buffer, 0, n);
        }
        return ms.ToArray();
    }

    /// <summary>Reads every entry through the counters without keeping anything: a check before a library opens the package.</summary>
    public void InflateAll()
    {
        var sink = new byte[81920];
        foreach (var entry in Entries)
        {
            using var s = Open(entry);
            while (Guard(() => s.Read(sink)) > 0) { }
        }
    }

    public void Dispose() => _zip.Dispose();

    private void Count(ZipArchiveEntry entry, long readOfEntry, int n)
    {
        _total += n;
        _budget?.Take(n);
        if (readOfEntry > Limits.MaxEntryBytes) throw Bomb(entry);
        if (readOfEntry > Limits.RatioCheckFrom && readOfEntry / Math.Max(1, entry.CompressedLength) > Limits.MaxRatio) throw Bomb(entry);
        if (_total > Limits.MaxTotalBytes) throw TooMuch();
    }

    private ArchiveException Bomb(ZipArchiveEntry entry) =>
        new(ArchiveProblem.Bomb, $"“{entry.FullName}”解压后过大或压缩比过高（上限 {Gongkai.Core.Labels.Chinese.Size(Limits.MaxEntryBytes)}、{Limits.MaxRatio} 倍），疑似压缩炸弹");

    private ArchiveException TooMuch() => new(ArchiveProblem.TooMuchInTotal, $"压缩包解压后的总大小超过 {Gongkai.Core.Labels.Chinese.Size(Limits.MaxTotalBytes)}");

    /// <summary>The ZIP library's complaints about a damaged or unsupported archive, as an <see cref="ArchiveException"/>.</summary>
    private static T Guard<T>(Func<T> read)
    {
        try { return read(); }
        catch (ArchiveException) { throw; }
        catch (NotSupportedException e) { throw new ArchiveException(ArchiveProblem.Unsupported, $"不支持的压缩方式或加密（{e.Message}）"); }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or IndexOutOfRangeException)
        {
            throw new ArchiveException(ArchiveProblem.Corrupt, $"压缩数据损坏或不完整（{e.Message}）");
        }
    }

    /// <summary>
    /// The entry count the End Of Central Directory record declares (ZIP64 included), long.MaxValue for a directory
    /// larger than the limit, 0 when there is no record (the ZIP reader then says the file is damaged).
    /// </summary>
    private static long DeclaredEntries(Stream stream, ArchiveLimits limits)
    {
        // The EOCD is 22 bytes plus a comment of up to 65535 bytes, at the end of the file.
        var tailLength = (int)Math.Min(stream.Length, 22 + 65535 + 20);
        var tail = new byte[tailLength];
        stream.Position = stream.Length - tailLength;
        stream.ReadExactly(tail);
        var b = tail.AsSpan();
        for (var i = b.Length - 22; i >= 0; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(b[i..]) != 0x06054b50) continue;
            long count = BinaryPrimitives.ReadUInt16LittleEndian(b[(i + 10)..]);
            var directorySize = BinaryPrimitives.ReadUInt32LittleEndian(b[(i + 12)..]);
            if (directorySize > limits.MaxDirectoryBytes && directorySize != 0xFFFFFFFF) return long.MaxValue;
            if (count != 0xFFFF || i < 20) return count;
            // ZIP64: the locator just before the EOCD points at the ZIP64 EOCD record holding the real count.
            if (BinaryPrimitives.ReadUInt32LittleEndian(b[(i - 20)..]) != 0x07064b50) return count;
            var at = BinaryPrimitives.ReadUInt64LittleEndian(b[(i - 20 + 8)..]);
            if (stream.Length < 56 || at > (ulong)stream.Length - 56) return long.MaxValue;
            var record = new byte[56];
            stream.Position = (long)at;
            stream.ReadExactly(record);
            if (BinaryPrimitives.ReadUInt32LittleEndian(record) != 0x06064b50) return long.MaxValue;
            var total = BinaryPrimitives.ReadUInt64LittleEndian(record.AsSpan(32));
            if (BinaryPrimitives.ReadUInt64LittleEndian(record.AsSpan(40)) > (ulong)limits.MaxDirectoryBytes) return long.MaxValue;
            return total > long.MaxValue ? long.MaxValue : (long)total;
        }
        return 0;
    }

    /// <summary>Counts what an entry inflates to, and throws past the limits: the declared sizes in a ZIP can lie.</summary>
    private sealed class CountingStream(Stream inner, GuardedArchive owner, ZipArchiveEntry entry) : Stream
    {
        private long _read;

        public override int Read(byte[] buffer, int offset, int count) => Count(Guard(() => inner.Read(buffer, offset, count)));

        public override int Read(Span<byte> buffer)
        {
            int n;
            try { n = inner.Read(buffer); }
            catch (NotSupportedException e) { throw new ArchiveException(ArchiveProblem.Unsupported, $"不支持的压缩方式或加密（{e.Message}）"); }
            catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or IndexOutOfRangeException)
            {
                throw new ArchiveException(ArchiveProblem.Corrupt, $"压缩数据损坏或不完整（{e.Message}）");
            }
            return Count(n);
        }

        private int Count(int n)
        {
            _read += n;
            owner.Count(entry, _read, n);
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
