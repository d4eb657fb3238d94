using System.Text;
using Gongkai.Core.Text;
using Gongkai.Ingest.Archives;
using Gongkai.Web.Infrastructure.Security;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Gongkai.Web.Api;

/// <summary>
/// One uploaded file: in memory when small, or — an archive, which may be as large as the archive bound — in a
/// temporary file deleted when this is disposed (or a stream over the form's own buffer, for the pages' uploads).
/// </summary>
public sealed class IncomingFile : IDisposable
{
    private readonly byte[]? _bytes;
    private readonly Func<Stream>? _open;
    private readonly IDisposable? _owned;

    public IncomingFile(string name, byte[] content)
    {
        Name = name;
        _bytes = content;
        Length = content.Length;
    }

    private IncomingFile(string name, long length, Func<Stream> open, IDisposable? owned)
    {
        Name = name;
        Length = length;
        _open = open;
        _owned = owned;
    }

    /// <summary>A file already held elsewhere (a temporary file, the form reader's buffer), opened when read.</summary>
    public static IncomingFile Streamed(string name, long length, Func<Stream> open, IDisposable? owned = null) => new(name, length, open, owned);

    public string Name { get; }
    public long Length { get; }

    /// <summary>The bytes when they are in memory; null for a file read through <see cref="OpenRead"/>.</summary>
    public byte[]? Content => _bytes;

    public Stream OpenRead() => _bytes is not null ? new MemoryStream(_bytes, writable: false) : _open!();

    /// <summary>The whole file in memory: for the callers that bound <see cref="Length"/> first.</summary>
    public byte[] ReadAllBytes()
    {
        if (_bytes is not null) return _bytes;
        using var s = OpenRead();
        var result = new byte[Length];
        s.ReadExactly(result);
        return result;
    }

    /// <summary>The first bytes (what the file's kind is told by).</summary>
    public byte[] Head(int count)
    {
        if (_bytes is not null) return _bytes[..Math.Min(count, _bytes.Length)];
        using var s = OpenRead();
        var head = new byte[Math.Min(count, Length)];
        s.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return head;
    }

    public void Dispose() => _owned?.Dispose();
}

/// <summary>What one upload request may bring.</summary>
/// <param name="MaxFileBytes">A file that is not a ZIP.</param>
/// <param name="MaxArchiveBytes">A ZIP (an archive of reports, or a DOCX/XLSX, which are ZIPs too).</param>
/// <param name="MaxRequestBytes">Every file of the request together, counted as they stream in: the server's own request
/// bound is not there under every host (the test host has none), and many files each under its bound would otherwise
/// all be held.</param>
public sealed record UploadLimits(long MaxFileBytes, long MaxArchiveBytes, int MaxFiles, long MaxRequestBytes = long.MaxValue);

/// <summary>The files and the other fields of a multipart request; disposing deletes the temporary files.</summary>
public sealed class UploadForm(IReadOnlyList<IncomingFile> files, IReadOnlyDictionary<string, string> fields) : IDisposable
{
    public IReadOnlyList<IncomingFile> Files { get; } = files;
    public IReadOnlyDictionary<string, string> Fields { get; } = fields;

    public string? Field(string name) => Fields.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    public int? Int(string name) => Field(name) is not { } v ? null
        : int.TryParse(v, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var i) ? i
        : throw new DeskException($"字段“{name}”应为整数");

    public bool? Bool(string name) => Field(name) is not { } v ? null : bool.TryParse(v, out var b) ? b : throw new DeskException($"字段“{name}”应为 true 或 false");

    public void Dispose()
    {
        foreach (var f in Files) f.Dispose();
    }
}

/// <summary>
/// Uploads read as they arrive: each file's size is counted while it streams in, and the request is refused as soon
/// as one passes its bound — never buffered past it (issue 17: the form reader took each file whole, up to 200 MB,
/// into memory before the 20 MB check; four such uploads held 1.8 GB). Files that are not ZIPs stay in memory (at
/// most <see cref="UploadLimits.MaxFileBytes"/>); ZIPs go to a temporary file.
/// </summary>
public static class Uploads
{
    private const int MaxFieldChars = 4096;

    public static async Task<UploadForm> ReadAsync(HttpRequest request, UploadLimits limits, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
            throw new DeskException("请以 multipart/form-data 表单上传文件");
        var reader = new MultipartReader(boundary, request.Body) { HeadersCountLimit = 16, HeadersLengthLimit = 16 * 1024 };
        var files = new List<IncomingFile>();
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var total = new Total(limits.MaxRequestBytes);
        try
        {
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) continue;
                if (disposition.IsFileDisposition())
                {
                    if (files.Count >= limits.MaxFiles) throw new DeskException($"一次最多上传{limits.MaxFiles}个文件");
                    var name = FileNames.Clean(HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value);
                    files.Add(await ReadFileAsync(section.Body, name, limits, total, ct));
                }
                else if (disposition.IsFormDisposition() && HeaderUtilities.RemoveQuotes(disposition.Name).Value is { } field)
                {
                    using var text = new StreamReader(section.Body, Encoding.UTF8);
                    var buffer = new char[MaxFieldChars + 1];
                    var n = await text.ReadBlockAsync(buffer, ct);
                    if (n > MaxFieldChars) throw new DeskException($"字段“{field}”过长");
                    fields[field] = new string(buffer, 0, n);
                }
            }
            return new UploadForm(files, fields);
        }
        catch
        {
            foreach (var f in files) f.Dispose();
            throw;
        }
    }

    /// <summary>The one file of a desk upload (field "file"), at most <paramref name="maxBytes"/>, and the other fields.</summary>
    public static async Task<(IncomingFile File, UploadForm Form)> ReadOneAsync(HttpRequest request, long maxBytes, CancellationToken ct)
    {
        var form = await ReadAsync(request, new UploadLimits(maxBytes, maxBytes, 1), ct);
        if (form.Files.Count == 0 || form.Files[0].Length == 0)
        {
            var name = form.Files.Count == 0 ? null : form.Files[0].Name;
            form.Dispose();
            throw new DeskException(name is null ? "请选择要上传的文件" : $"文件“{name}”是空文件");
        }
        return (form.Files[0], form);
    }

    /// <summary>What the request's files may still bring; past it the request is refused as the server's bound would (413).</summary>
    private sealed class Total(long bound)
    {
        private long _read;

        public void Add(int n)
        {
            _read += n;
            if (_read > bound) throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
        }
    }

    private static async Task<IncomingFile> ReadFileAsync(Stream body, string name, UploadLimits limits, Total total, CancellationToken ct)
    {
        var head = new byte[4];
        var got = await body.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        total.Add(got);
        var archive = GuardedArchive.LooksLikeZip(head.AsSpan(0, got));
        var bound = archive ? limits.MaxArchiveBytes : limits.MaxFileBytes;
        Stream target = archive
            ? new FileStream(Path.Combine(Path.GetTempPath(), $"gongkai-upload-{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920,
                FileOptions.DeleteOnClose | FileOptions.Asynchronous)
            : new MemoryStream();
        try
        {
            await target.WriteAsync(head.AsMemory(0, got), ct);
            var buffer = new byte[81920];
            int n;
            while ((n = await body.ReadAsync(buffer, ct)) > 0)
            {
                if (target.Length + n > bound) throw new DeskException($"文件“{name}”超过{Gongkai.Core.Labels.Chinese.Size(bound)}");
                total.Add(n);
                await target.WriteAsync(buffer.AsMemory(0, n), ct);
            }
            if (target is MemoryStream ms)
            {
                var bytes = ms.ToArray();
                await ms.DisposeAsync();
                return new IncomingFile(name, bytes);
            }
            await target.FlushAsync(ct);
            var file = (FileStream)target;
            var length = file.Length;
            // One handle, deleted on close: each reader gets a view that leaves it open.
            return IncomingFile.Streamed(name, length, () => { file.Position = 0; return new NonClosing(file); }, file);
        }
        catch
        {
            await target.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A page's uploaded file (already buffered by the form reader, to disk above 64 KB), bounded before it is read:
    /// a ZIP is read where the form reader keeps it, anything else at most <see cref="UploadLimits.MaxFileBytes"/> into
    /// memory. An empty file or one past its bound is left unread where the form reader keeps it: the collector refuses
    /// it by name (its own size checks) while the other files of the upload are still collected.
    /// </summary>
    public static IncomingFile FromFormFile(IFormFile f, UploadLimits limits)
    {
        var name = FileNames.Clean(f.FileName);
        if (f.Length == 0) return IncomingFile.Streamed(name, 0, f.OpenReadStream);
        var head = new byte[4];
        using (var s = f.OpenReadStream()) s.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        var archive = GuardedArchive.LooksLikeZip(head);
        var bound = archive ? limits.MaxArchiveBytes : limits.MaxFileBytes;
        if (f.Length > bound || (archive && limits.MaxArchiveBytes > limits.MaxFileBytes)) return IncomingFile.Streamed(name, f.Length, f.OpenReadStream);
        using var ms = new MemoryStream((int)f.Length);
        using (var s = f.OpenReadStream()) s.CopyTo(ms);
        return new IncomingFile(name, ms.ToArray());
    }

    /// <summary>A view of a shared stream whose disposal leaves the stream open.</summary>
    private sealed class NonClosing(Stream inner) : Stream
    {
        public override bool CanRead => inner.CanRead;
        public override bool CanSeek => inner.CanSeek;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => inner.Position = value; }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override int Read(Span<byte> buffer) => inner.Read(buffer);
        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
