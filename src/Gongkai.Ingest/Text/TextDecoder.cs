using System.Text;

namespace Gongkai.Ingest.Text;

/// <summary>Bytes to text: BOM, then strict UTF-8, then GB18030 (a superset of GBK/GB2312, which Chinese government sites use).</summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <remarks>A UTF-8 text cut inside its last character is decoded up to the cut, as <see cref="DecodePooled(ReadOnlySpan{byte}, System.Buffers.ArrayPool{char}, out int)"/> says.</remarks>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length + 1];
        return new string(chars, 0, DecodeInto(bytes, chars, out _));
    }

    /// <summary>
    /// As <see cref="Decode"/> (the same characters, the same exception), into a buffer rented from
    /// <paramref name="pool"/> that the caller returns: a report's text is read within one call and kept by nothing,
    /// so it need not be a string of its own (4 KB a report). No encoding here makes more characters than bytes, but
    /// for UTF-16's odd last byte (one U+FFFD): the buffer is one longer than the bytes.
    /// </summary>
    public static (char[] Buffer, int Length) DecodePooled(ReadOnlySpan<byte> bytes, System.Buffers.ArrayPool<char> pool) =>
        DecodePooled(bytes, pool, out _);

    /// <inheritdoc cref="DecodePooled(ReadOnlySpan{byte}, System.Buffers.ArrayPool{char})"/>
    /// <param name="cut">
    /// The bytes of an incomplete UTF-8 character the text ends in, left out (0 if none): a file cut short (a download
    /// stopped) is UTF-8 up to its last bytes, which no other encoding would make of it.
    /// </param>
    public static (char[] Buffer, int Length) DecodePooled(ReadOnlySpan<byte> bytes, System.Buffers.ArrayPool<char> pool, out int cut)
    {
        var buffer = pool.Rent(bytes.Length + 1);
        try { return (buffer, DecodeInto(bytes, buffer, out cut)); }
        catch
        {
            pool.Return(buffer);
            throw;
        }
    }

    /// <summary>
    /// How many bytes at the end are the start of a UTF-8 character without all its bytes (a lead byte and fewer
    /// continuation bytes than it announces), or 0. With a BOM other than UTF-8's, 0.
    /// </summary>
    private static int CutUtf8Tail(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return 0;
        for (var back = 1; back <= 3 && back <= bytes.Length; back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) == 0x80) continue; // a continuation byte: the lead is further back
            var length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return length > back ? back : 0;
        }
        return 0;
    }

    /// <summary>The one decoding <see cref="Decode"/> and <see cref="DecodePooled(ReadOnlySpan{byte}, System.Buffers.ArrayPool{char}, out int)"/> share, into a buffer one longer than the bytes.</summary>
    private static int DecodeInto(ReadOnlySpan<byte> bytes, char[] into, out int cut)
    {
        cut = 0;
        if (CutUtf8Tail(bytes) is var tail and > 0 && System.Text.Unicode.Utf8.IsValid(bytes[..^tail]))
        {
            cut = tail;
            return StrictUtf8.GetChars(bytes[..^tail], into);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return StrictUtf8.GetChars(bytes[3..], into);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetChars(bytes[2..], into);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetChars(bytes[2..], into);
        try { return StrictUtf8.GetChars(bytes, into); }
        catch (DecoderFallbackException)
        {
            var gb = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            return gb.GetChars(bytes, into);
        }
    }

    /// <summary>The bytes <see cref="LooksBinary"/> counts as control characters (NUL among them): below 0x09, and 0x0E–0x1F but ESC.</summary>
    private static readonly System.Buffers.SearchValues<byte> ControlBytes = System.Buffers.SearchValues.Create(
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1C, 0x1D, 0x1E, 0x1F]);

    /// <summary>NUL bytes or many control characters in the first 8 KB mean this is not text (UTF-16 with a BOM excepted).</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return false;
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        // Text has none of the bytes counted below, NUL included: one vectorised search says so for nearly every file,
        // instead of a test per byte (0.7 % of an extract's CPU); the count is made only when there is one.
        if (!sample.ContainsAny(ControlBytes)) return false;
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0) return true;
            if (b < 0x09 || b is > 0x0D and < 0x20 && b != 0x1B) control++;
        }
        return control > sample.Length / 100 + 2;
    }
}
