using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Ingest.Text;

/// <summary>
/// Text as the reader compares it: NFKC (full-width digits and brackets, Kangxi radicals such as ⼀ → 一),
/// page footers removed; and a "match key" form of labels without spaces, quotes or numbering punctuation variants.
/// </summary>
internal static partial class TextNormalizer
{
    [GeneratedRegex(@"^\s*(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}|共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页)\s*$")]
    private static partial Regex PageFooterRx();

    /// <summary>
    /// ASCII digits, for span searches. MemoryExtensions' IndexOfAnyInRange('0', '9') boxes its bounds (96 bytes a
    /// call) until tier-1 code replaces the ReadyToRun code, which in a batch's first seconds was a tenth of the bytes
    /// allocated (docs/benchmarks.md, third pass); SearchValues allocates nothing from the first call.
    /// </summary>
    public static readonly SearchValues<char> AsciiDigits = SearchValues.Create("0123456789");

    private static readonly char[] LineBreaks = ['\n', '\r', '\f', '\u2028', '\u2029', '\v'];

    public static string[] Lines(string text) => Lines(text, out _);

    /// <summary>
    /// NFKC lines for matching, and the same lines as printed (NFKC keeps line breaks, so they pair up) for prose —
    /// those as places in the printed text, not strings: only the narrative's lines are ever read from them.
    /// </summary>
    public static string[] Lines(string text, out PrintedLines original) => Lines(text.AsMemory(), out original);

    /// <inheritdoc cref="Lines(string, out PrintedLines)"/>
    /// <remarks>The printed lines are places in <paramref name="text"/>, which must outlive them (a decoding buffer).</remarks>
    public static string[] Lines(ReadOnlyMemory<char> text, out PrintedLines original)
    {
        // One walk over the text: each character is mapped by NFKC's fast path into one buffer and the line breaks
        // are found in the same step (a fast-path character is never a break, nor mapped to one), instead of a search
        // for the breaks to count the lines, another to place them, then NFKC line by line. A short line's string is
        // the thread's one string for its text (the tables' lines come back in every report). A text with a character
        // only the platform's normalizer maps is normalized whole, as before: its fallback for what the normalizer
        // refuses works on the whole text.
        var chars = text.Span;
        var breaks = t_breaks ??= new List<int>();
        breaks.Clear();
        var normalized = ArrayPool<char>.Shared.Rent(Math.Max(1, chars.Length));
        try
        {
            if (!NormalizeFast(chars, normalized, breaks)) return WholeText(text, out original);
            var starts = new int[breaks.Count + 1];
            var lengths = new int[breaks.Count + 1];
            var lines = new string[breaks.Count + 1];
            var at = 0;
            for (var i = 0; i < lines.Length; i++)
            {
                var end = i < breaks.Count ? breaks[i] : chars.Length;
                starts[i] = at;
                lengths[i] = end - at;
                var line = normalized.AsSpan(at, end - at);
                lines[i] = LineText(line);
                at = end + 1;
            }
            original = new PrintedLines(text, starts, lengths);
            return BlankFooters(lines, original);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(normalized);
            if (breaks.Capacity > 1 << 16) t_breaks = null; // one huge text does not keep its list for the thread's life
        }
    }

    [ThreadStatic] private static List<int>? t_breaks;

    /// <summary>
    /// NFKC's fast path over the whole text into <paramref name="into"/>, with where each line break is (one of
    /// <see cref="LineBreaks"/>) in <paramref name="breaks"/>: false at the first character the fast path does not take.
    /// </summary>
    private static bool NormalizeFast(ReadOnlySpan<char> text, char[] into, List<int> breaks)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\v' or '\f' or '\r' or '\u2028' or '\u2029') breaks.Add(i);
            else if (!Gongkai.Core.Text.Nfkc.TryFast(c, out into[i])) return false;
        }
        return true;
    }

    /// <summary>Page footers (“— 1 —”, “第 1 页 共 3 页”) are no line of the report: blank in both.</summary>
    private static string[] BlankFooters(string[] lines, PrintedLines original)
    {
        for (var i = 0; i < lines.Length; i++)
            if (lines[i].Length < 40 && MayBeFooter(lines[i]) && PageFooterRx().IsMatch(lines[i]))
            {
                lines[i] = "";
                original.Blank(i);
            }
        return lines;
    }

    /// <summary>The whole text normalized, then split: for a text the fast path does not cover.</summary>
    private static string[] WholeText(ReadOnlyMemory<char> text, out PrintedLines original)
    {
        var normalized = Gongkai.Core.Text.Nfkc.Normalize(text.ToString());
        var lines = normalized.Split(LineBreaks);
        original = PrintedLines.Of(text, lines.Length) ?? PrintedLines.Of(normalized.AsMemory(), lines.Length)!;
        return BlankFooters(lines, original);
    }

    /// <summary>
    /// A short line's text, one string for equal texts on this thread (as the tokenizer's token texts): bounded, so
    /// one batch's thousands of distinct lines cannot keep memory.
    /// </summary>
    private static string LineText(ReadOnlySpan<char> text) => (t_lines ??= new ThreadStrings(MaxInterned, MaxLines)).Get(text);

    private const int MaxInterned = 100, MaxLines = 8192;

    [ThreadStatic] private static ThreadStrings? t_lines;

    /// <summary>
    /// Whether <see cref="PageFooterRx"/> can match: its every form starts, after spaces, with a dash, 第, 共 or a digit.
    /// Most lines start otherwise, and are not handed to the regex (a property test holds the two together).
    /// </summary>
    internal static bool MayBeFooter(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && Gongkai.Core.Text.Chars.IsWhiteSpace(line[i])) i++;
        return i < line.Length && (line[i] is '-' or '—' or '–' or '第' or '共' || char.IsDigit(line[i]));
    }

    internal static bool IsPageFooter(string line) => PageFooterRx().IsMatch(line);

    /// <summary>
    /// Where the first line break of <paramref name="s"/> is (one of <see cref="LineBreaks"/>), or -1. The four ASCII
    /// ones and the two separators are searched apart, the separators only before the first ASCII break: one set of
    /// all six is a probabilistic map, which tests CJK text a character at a time (2 % of a warm reading); each of
    /// these is a contiguous range, searched many characters at a step.
    /// </summary>
    internal static int IndexOfLineBreak(ReadOnlySpan<char> s)
    {
        var ascii = s.IndexOfAny(AsciiBreaks);
        var separator = (ascii < 0 ? s : s[..ascii]).IndexOfAny(SeparatorBreaks);
        return separator >= 0 ? separator : ascii;
    }

    private static readonly SearchValues<char> AsciiBreaks = SearchValues.Create("\n\v\f\r");
    private static readonly SearchValues<char> SeparatorBreaks = SearchValues.Create("\u2028\u2029");

    /// <summary>Label form: no whitespace, no quotes or markdown, 、 and ． as '.', （） as ().</summary>
    public static string MatchKey(string s)
    {
        foreach (var c in s)
            if (c is '“' or '”' or '"' or '\'' or '‘' or '’' or '「' or '」' or '『' or '』' or '*' or '\u200b' or '\ufeff' or '、' or '．' or '。' or '（' or '）' || Gongkai.Core.Text.Chars.IsWhiteSpace(c))
                return MatchKey(s.AsSpan());
        return s; // nothing to change: no copy
    }

    public static string MatchKey(ReadOnlySpan<char> s)
    {
        var buffer = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        return new string(buffer[..MatchKey(s, buffer)]);
    }

    /// <summary>The match key of <paramref name="s"/> written into <paramref name="into"/> (as long as it): its length.</summary>
    public static int MatchKey(ReadOnlySpan<char> s, Span<char> into)
    {
        var n = 0;
        foreach (var c in s)
        {
            switch (c)
            {
                case '“' or '”' or '"' or '\'' or '‘' or '’' or '「' or '」' or '『' or '』' or '*' or '\u200b' or '\ufeff':
                    continue;
                // Numbering is written 1. or 1、 or spaced out ("⼆ 、 上 年"): every 、 and ． is '.' on both sides of a match.
                case '、' or '．':
                    into[n++] = '.';
                    continue;
                case '。' when n > 0 && IsNumeral(into[n - 1]):
                    into[n++] = '.';
                    continue;
                case '（': into[n++] = '('; continue;
                case '）': into[n++] = ')'; continue;
                default:
                    if (!Gongkai.Core.Text.Chars.IsWhiteSpace(c)) into[n++] = c;
                    continue;
            }
        }
        return n;
    }

    private static bool IsNumeral(char c) => char.IsAsciiDigit(c) || "一二三四五六七八九十".Contains(c);

    public static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';
}

/// <summary>The lines of a text as printed, each a place in it (what <c>text.Split(line breaks)</c> gives, without the strings).</summary>
internal sealed class PrintedLines
{
    private readonly ReadOnlyMemory<char> _text;
    private readonly int[] _start;
    private readonly int[] _length;

    internal PrintedLines(ReadOnlyMemory<char> text, int[] start, int[] length) => (_text, _start, _length) = (text, start, length);

    /// <summary>The lines of <paramref name="text"/>, or null when it does not have <paramref name="count"/> of them.</summary>
    public static PrintedLines? Of(ReadOnlyMemory<char> text, int count)
    {
        var chars = text.Span;
        var start = new int[count];
        var length = new int[count];
        var at = 0;
        for (var i = 0; i < count; i++)
        {
            var end = TextNormalizer.IndexOfLineBreak(chars[at..]);
            if (i + 1 < count ? end < 0 : end >= 0) return null; // fewer or more lines than asked for
            start[i] = at;
            length[i] = end < 0 ? text.Length - at : end;
            at += length[i] + 1;
        }
        return new PrintedLines(text, start, length);
    }

    public int Count => _start.Length;

    public ReadOnlySpan<char> this[int line] => _text.Span.Slice(_start[line], _length[line]);

    public void Blank(int line) => _length[line] = 0;
}

