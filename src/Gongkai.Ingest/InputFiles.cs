using System.Buffers;
using System.Runtime.InteropServices;

namespace Gongkai.Ingest;

/// <summary>
/// Reads a file named on the command line or found in a server folder: regular files only, at most a bound of bytes
/// counted while reading (the size a file claims is not trusted: /dev/zero, /proc files and pipes claim 0).
/// </summary>
public static class InputFiles
{
    /// <summary>What standard input is called on the command line: it may be a pipe, and is read up to the bound.</summary>
    public static bool IsStandardInput(string path) => path is "-" or "/dev/stdin" or "/dev/fd/0" or "/proc/self/fd/0";

    /// <summary>
    /// The file's bytes, or why not: missing, not a regular file (a device such as /dev/zero, a named pipe, which would
    /// wait for a writer forever, a socket, a folder), larger than <paramref name="maxBytes"/>, unreadable.
    /// Standard input is the one exception to “regular files only”, and is bounded like any file.
    /// </summary>
    public static (byte[]? Bytes, string? Error) Read(string path, long maxBytes)
    {
        var (bytes, _, _, error) = Read(path, maxBytes, pool: null);
        return (bytes, error);
    }

    /// <summary>
    /// As <see cref="Read(string, long)"/>; a file of known length under 1 MB is read into an array rented from
    /// <paramref name="pool"/> (when not null), which may be longer than the file: its bytes are the first
    /// <c>Length</c>, and the caller returns the array to the pool when <c>Rented</c>. A batch of 5 KB texts allocated
    /// one array per file (docs/benchmarks.md, third pass).
    /// </summary>
    public static (byte[]? Bytes, int Length, bool Rented, string? Error) Read(string path, long maxBytes, ArrayPool<byte>? pool)
    {
        try
        {
            if (IsStandardInput(path))
            {
                using var stdin = Console.OpenStandardInput();
                return Whole(ReadBounded(stdin, maxBytes));
            }
            var (kind, statLength) = Probe(path);
            switch (kind)
            {
                case FileKind.Missing: return (null, 0, false, "文件不存在");
                case FileKind.Directory: return (null, 0, false, "是文件夹，不是文件");
                case FileKind.Other: return (null, 0, false, "不是普通文件（设备、管道或套接字），不予读取");
            }
            // Not FileInfo's length on Linux: for a symbolic link it is the link's own (its target's name, ~25 bytes), so
            // every linked text was read as a file that had grown, through a new 1 MB array each: a folder of 5,000
            // links took 55 % more CPU and 50 MB more memory than the same files (docs/benchmarks.md, ninth pass).
            var length = statLength ?? new FileInfo(path).Length;
            if (length > maxBytes) return (null, 0, false, TooLarge(length, maxBytes));
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            // Files that claim no length (/proc, whose probe byte shows the rest) are never read into a pooled array.
            return length < Chunk
                ? ReadKnownLength(stream, (int)length, maxBytes, length > 0 ? pool : null)
                : Whole(ReadBounded(stream, maxBytes));
        }
        catch (FileNotFoundException) { return (null, 0, false, "文件不存在"); }
        catch (DirectoryNotFoundException) { return (null, 0, false, "文件不存在"); }
        catch (UnauthorizedAccessException) { return (null, 0, false, "无权读取文件"); }
        catch (IOException e) { return (null, 0, false, $"无法读取文件：{e.Message}"); }
    }

    private static (byte[]? Bytes, int Length, bool Rented, string? Error) Whole((byte[]? Bytes, string? Error) read) =>
        (read.Bytes, read.Bytes?.Length ?? 0, false, read.Error);

    private const int Chunk = 1024 * 1024;

    /// <summary>
    /// A file whose length was taken before it was opened, read into one array of that length — rented from
    /// <paramref name="pool"/> when not null, else exact: a 1 MB chunk for every 5 KB text was three quarters of a
    /// batch's allocations (docs/benchmarks.md). One probe byte past the length tells a file that has grown since;
    /// then the bytes so far start the chunks of a stream of unknown length, bounded as any. A file that has shrunk
    /// gives what is there.
    /// </summary>
    internal static (byte[]? Bytes, int Length, bool Rented, string? Error) ReadKnownLength(Stream stream, int length, long maxBytes, ArrayPool<byte>? pool)
    {
        if (length > maxBytes) return (null, 0, false, TooLarge(length, maxBytes));
        var buffer = pool?.Rent(length) ?? new byte[length];
        var got = stream.ReadAtLeast(buffer.AsSpan(0, length), length, throwOnEndOfStream: false);
        if (got < length) return pool is not null ? (buffer, got, true, null) : (buffer[..got], got, false, null);
        Span<byte> probe = stackalloc byte[1];
        if (stream.Read(probe) == 0) return (buffer, length, pool is not null, null);
        var head = pool is not null ? buffer[..length] : buffer;
        pool?.Return(buffer);
        return Whole(ReadChunks(stream, maxBytes, [head, [probe[0]]], length + 1L));
    }

    /// <summary>
    /// Reads to the end, refusing as soon as more than <paramref name="maxBytes"/> have come: never holds more than the
    /// bound, in chunks of 1 MB (a growing buffer would hold twice the bound while it doubles).
    /// </summary>
    public static (byte[]? Bytes, string? Error) ReadBounded(Stream stream, long maxBytes) => ReadChunks(stream, maxBytes, [], 0);

    /// <summary>The rest of <paramref name="stream"/> after the <paramref name="total"/> bytes of <paramref name="chunks"/>, all in one array.</summary>
    private static (byte[]? Bytes, string? Error) ReadChunks(Stream stream, long maxBytes, List<byte[]> chunks, long total)
    {
        if (total > maxBytes) return (null, TooLarge(null, maxBytes));
        while (true)
        {
            var chunk = new byte[Chunk];
            var filled = stream.ReadAtLeast(chunk, Chunk, throwOnEndOfStream: false);
            total += filled;
            if (total > maxBytes) return (null, TooLarge(null, maxBytes));
            if (filled < Chunk)
            {
                var result = new byte[total];
                var at = 0;
                foreach (var c in chunks) { c.CopyTo(result, at); at += c.Length; }
                Array.Copy(chunk, 0, result, at, filled);
                return (result, null);
            }
            chunks.Add(chunk);
        }
    }

    private static string TooLarge(long? length, long max) =>
        length is { } l ? $"文件过大（{Gongkai.Core.Labels.Chinese.Size(l)}，上限 {Gongkai.Core.Labels.Chinese.Size(max)}）" : $"文件过大（超过上限 {Gongkai.Core.Labels.Chinese.Size(max)}）";

    public enum FileKind
    {
        Missing,
        Regular,
        Directory,
        /// <summary>A character or block device, a named pipe (FIFO) or a socket.</summary>
        Other,
    }

    /// <summary>
    /// What <paramref name="path"/> is, following symbolic links, asked of the file system before it is opened (opening
    /// a named pipe with no writer blocks forever). On Linux by statx(2), whose result has one layout on every
    /// architecture; elsewhere every existing non-folder counts as regular, and the bounded read still applies.
    /// </summary>
    public static FileKind KindOf(string path) => Probe(path).Kind;

    /// <summary>
    /// <see cref="KindOf"/>, and on Linux the length of a regular file (of a link's target): one statx(2) answers
    /// both, where the folder and file tests before it and FileInfo's length after it took four more calls that each
    /// walk the path. Null where not known (FileInfo's length is taken then).
    /// </summary>
    private static (FileKind Kind, long? Length) Probe(string path)
    {
        // statx is given the path as a C string: one with a NUL in it would name a shorter path (File.Exists says no);
        // an empty one is no path (GetFullPath throws).
        if (OperatingSystem.IsLinux() && path.Length > 0 && !path.Contains('\0'))
        {
            var buffer = new byte[256];
            try
            {
                // Fails for a missing path, a broken link, a path through a non-folder or a folder not searchable:
                // each of them one that Directory.Exists and File.Exists also said did not exist.
                // The full path, as FileStream opens it (".." taken off the text, not after following a link).
                if (Native.statx(AtCurrentDirectory, Path.GetFullPath(path), 0, StatxType | StatxSize, buffer) != 0) return (FileKind.Missing, null);
                // struct statx: stx_mask at offset 0, stx_mode the 16-bit field at 28, stx_size the 64-bit field at 40.
                var type = BitConverter.ToUInt16(buffer, 28) & 0xF000;
                return type switch
                {
                    0x8000 => (FileKind.Regular, (BitConverter.ToUInt32(buffer, 0) & StatxSize) != 0 ? (long)BitConverter.ToUInt64(buffer, 40) : null),
                    0x4000 => (FileKind.Directory, null),
                    _ => (FileKind.Other, null),
                };
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                // A C library without statx (glibc < 2.28): the folder and file tests below, and the bounded read.
            }
        }
        if (Directory.Exists(path)) return (FileKind.Directory, null);
        if (!File.Exists(path)) return (FileKind.Missing, null);
        return (FileKind.Regular, null);
    }

    private const int AtCurrentDirectory = -100;
    private const uint StatxType = 0x1, StatxSize = 0x200;

    private static class Native
    {
        [DllImport("libc", SetLastError = true)]
        public static extern int statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
    }
}
