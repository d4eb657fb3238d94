using System.Text;
using SkiaSharp;

namespace Gongkai.Render.Pdf;

/// <summary>
/// Breaks Chinese text into lines of a given width the way word processors do: between any two Chinese characters,
/// never inside a run of Latin letters and digits (a number is never cut unless it alone is wider than the line),
/// no closing punctuation at the start of a line and no opening punctuation at its end.
/// Widths come from the font and are remembered per character for the one document being written.
/// </summary>
internal sealed class LineBreaker(SKFont font, bool bold = false)
{
    private readonly Dictionary<int, float> _advances = [];

    public SKFont Font => font;

    /// <summary>Bold is drawn by stroking the outlines as well as filling them (uming has no bold face).</summary>
    public bool Bold => bold;

    public float Width(string text)
    {
        var w = 0f;
        foreach (var rune in text.EnumerateRunes()) w += Advance(rune);
        return w;
    }

    public float Advance(Rune rune)
    {
        if (_advances.TryGetValue(rune.Value, out var w)) return w;
        Span<char> chars = stackalloc char[2];
        var n = rune.EncodeToUtf16(chars);
        w = font.MeasureText(chars[..n]);
        _advances[rune.Value] = w;
        return w;
    }

    /// <summary>The lines of <paramref name="text"/> (no line is empty unless the text is); the first may be indented.</summary>
    public List<string> Break(string text, float width, float firstIndent = 0) =>
        [.. BreakRanges(text, width, firstIndent).Select(r => text.Substring(r.Start, r.Length))];

    /// <summary>
    /// The same lines as where they lie in <paramref name="text"/> (start, length): a line is always one stretch of
    /// the text, trailing blanks left out, so marked runs can be drawn line by line.
    /// </summary>
    public List<(int Start, int Length)> BreakRanges(string text, float width, float firstIndent = 0)
    {
        var lines = new List<(int, int)>();
        int start = 0, end = 0; // the current line is text[start..end)
        var lineWidth = 0f;
        var limit = width - firstIndent;
        var pos = 0;
        foreach (var token in Tokens(text))
        {
            var at = pos;
            pos += token.Length;
            var w = Width(token);
            if (end > start && lineWidth + w > limit + 0.01f)
            {
                if (IsClosing(token))
                {
                    // Hang the comma or full stop in the margin rather than start a line with it.
                    end = pos;
                    lineWidth += w;
                    continue;
                }
                var carry = TrailingOpening(text, start, end);
                Flush(end - carry);
                if (carry > 0) { start = at - carry; end = at; lineWidth = Width(text[start..end]); }
            }
            if (end == start && token == " ") continue;
            if (w > limit && token.Length > 1)
            {
                // A Latin run wider than the whole line: cut it character by character.
                var i = at;
                foreach (var rune in token.EnumerateRunes())
                {
                    var rw = Advance(rune);
                    if (end > start && lineWidth + rw > limit + 0.01f) Flush(end);
                    if (end == start) start = end = i;
                    i += rune.Utf16SequenceLength;
                    end = i;
                    lineWidth += rw;
                }
                continue;
            }
            if (end == start) start = at;
            end = pos;
            lineWidth += w;
        }
        if (end > start || lines.Count == 0) Flush(end);
        return lines;

        void Flush(int to)
        {
            var length = to - start;
            while (length > 0 && char.IsWhiteSpace(text[start + length - 1])) length--;
            lines.Add((start, length));
            start = end = to;
            lineWidth = 0;
            limit = width;
        }
    }

    /// <summary>Runs of ASCII letters/digits (with the punctuation inside numbers) stay whole; every other character is a token.</summary>
    private static IEnumerable<string> Tokens(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            if (IsWordChar(text[i]))
            {
                while (i < text.Length && (IsWordChar(text[i]) || (text[i] is '.' or ',' or '%' && i + 1 < text.Length && IsWordChar(text[i + 1])) || text[i] == '%'))
                    i++;
            }
            else i += char.IsSurrogatePair(text, i) ? 2 : 1;
            yield return text[start..i];
        }
    }

    private static bool IsWordChar(char c) => c is (>= '0' and <= '9') or (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or '+' or '-' or '_' or '/' or ':' or '@';

    private const string Closing = "，。、；：？！）》」』】〕〉”’·…—%,.;:?!)]}";
    private const string Opening = "（《「『【〔〈“‘([{";

    private static bool IsClosing(string token) => token.Length == 1 && Closing.Contains(token[0]);

    /// <summary>How many opening marks end text[start..end) (never the whole line): they move to the next line.</summary>
    private static int TrailingOpening(string text, int start, int end)
    {
        var n = 0;
        while (n < end - start - 1 && Opening.Contains(text[end - 1 - n])) n++;
        return n;
    }
}
