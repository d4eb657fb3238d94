using System.Text;

namespace Gongkai.Ingest.Text;

/// <summary>Bytes to text: BOM, then strict UTF-8, then GB18030 (a superset of GBK/GB2312, which Chinese government sites use).</summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return StrictUtf8.GetString(bytes[3..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        try { return StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException)
        {
            var gb = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            return gb.GetString(bytes);
        }
    }

    /// <summary>
    /// As <see cref="Decode"/> (the same characters, the same exception), into a buffer rented from
    /// <paramref name="pool"/> that the caller returns: a report's text is read within one call and kept by nothing,
    /// so it need not be a string of its own (4 KB a report). No encoding here makes more characters than bytes, but
    /// for UTF-16's odd last byte (one U+FFFD): the buffer is one longer than the bytes.
    /// </summary>
    public static (char[] Buffer, int Length) DecodePooled(ReadOnlySpan<byte> bytes, System.Buffers.ArrayPool<char> pool)
    {
        var buffer = pool.Rent(bytes.Length + 1);
        try { return (buffer, DecodeInto(bytes, buffer)); }
        catch
        {
            pool.Return(buffer);
            throw;
        }
    }

    private static int DecodeInto(ReadOnlySpan<byte> bytes, char[] into)
    {
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
