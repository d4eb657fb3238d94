using System.Text;

namespace Gongkai.Ingest.Text;

/// <summary>
/// Bytes to text: BOM, then UTF-16 without a BOM (as Windows tools save "Unicode" text now and then), then strict UTF-8,
/// then GB18030 (a superset of GBK/GB2312, which Chinese government sites use).
/// </summary>
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
        if (Utf16WithoutBom(bytes) is { } utf16) return utf16.GetChars(bytes, into);
        try { return StrictUtf8.GetChars(bytes, into); }
        catch (DecoderFallbackException)
        {
            var gb = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            return gb.GetChars(bytes, into);
        }
    }

    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>
    /// UTF-16 without a BOM, little- or big-endian, or null. Only bytes with a NUL are tried (a report's digits, spaces
    /// and line ends are ASCII, whose UTF-16 has one; UTF-8 and GB18030 texts have none), of an even length; then the
    /// first 8 KB must decode strictly (no lone surrogate) in one byte order to Chinese text: no control character but
    /// tab, form feed and line ends, Chinese characters, and at least 95 % of the characters of the kinds a report is
    /// written in (<see cref="InReportScript"/>). Bytes of other texts read in the wrong order, or of a binary file, or
    /// UTF-8 with NULs among them, give Hangul, Yi, private-use and other characters a report has none of.
    /// </summary>
    private static UnicodeEncoding? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0) return null;
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        if (!sample.Contains((byte)0)) return null;
        return ReadsAsChinese(sample, bytes.Length, StrictUtf16Le) ? StrictUtf16Le
            : ReadsAsChinese(sample, bytes.Length, StrictUtf16Be) ? StrictUtf16Be
            : null;
    }

    private static bool ReadsAsChinese(ReadOnlySpan<byte> sample, int length, UnicodeEncoding encoding)
    {
        // The sample may end between the two halves of a surrogate pair: that half is left out.
        var high = encoding.Equals(StrictUtf16Le) ? sample[^1] : sample[^2];
        if (sample.Length < length && high is >= 0xD8 and <= 0xDB) sample = sample[..^2];
        string text;
        try { text = encoding.GetString(sample); }
        catch (DecoderFallbackException) { return false; }
        int chinese = 0, other = 0;
        foreach (var c in text)
        {
            if (c < 0x20 && c is not ('\t' or '\n' or '\r' or '\f')) return false;
            if (c is >= '\u4E00' and <= '\u9FFF') chinese++;
            else if (!InReportScript(c)) other++;
        }
        return chinese > 0 && other * 20 <= text.Length;
    }

    /// <summary>
    /// Characters a Chinese report is written in besides the unified ideographs: ASCII, Latin-1, general punctuation,
    /// letter-like symbols to box drawing and shapes (①, ─, ■, ★), CJK symbols and punctuation, enclosed and compatibility
    /// CJK (㈠, ㎡), extension A, surrogates (pairs, checked by the strict decoding), vertical and full-width forms.
    /// </summary>
    private static bool InReportScript(char c) => c is (>= ' ' and <= '~') or '\t' or '\n' or '\r' or '\f'
        or (>= '\u00A0' and <= '\u00FF') or (>= '\u2000' and <= '\u27BF') or (>= '\u3000' and <= '\u303F')
        or (>= '\u3200' and <= '\u4DBF') or (>= '\uD800' and <= '\uDFFF') or (>= '\uFE30' and <= '\uFE4F')
        or (>= '\uFF00' and <= '\uFFEF');

    /// <summary>The bytes <see cref="LooksBinary"/> counts as control characters (NUL among them): below 0x09, and 0x0E–0x1F but ESC.</summary>
    private static readonly System.Buffers.SearchValues<byte> ControlBytes = System.Buffers.SearchValues.Create(
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1C, 0x1D, 0x1E, 0x1F]);

    /// <summary>NUL bytes or many control characters in the first 8 KB mean this is not text (UTF-16, with a BOM or without, excepted).</summary>
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
            if (b == 0) return Utf16WithoutBom(bytes) is null;
            if (b < 0x09 || b is > 0x0D and < 0x20 && b != 0x1B) control++;
        }
        return control > sample.Length / 100 + 2;
    }
}
