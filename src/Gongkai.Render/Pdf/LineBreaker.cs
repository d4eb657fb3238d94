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
    public List<string> Break(string text, float width, float firstIndent = 0)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        var lineWidth = 0f;
        var limit = width - firstIndent;
        foreach (var token in Tokens(text))
        {
            var w = Width(token);
            if (line.Length > 0 && lineWidth + w > limit + 0.01f)
            {
                if (IsClosing(token))
                {
                    // Hang the comma or full stop in the margin rather than start a line with it.
                    line.Append(token);
                    lineWidth += w;
                    continue;
                }
                var carry = TakeTrailingOpening(line);
                Flush();
                if (carry.Length > 0) { line.Append(carry); lineWidth = Width(carry); }
            }
            if (line.Length == 0 && token == " ") continue;
            if (w > limit && token.Length > 1)
            {
                // A Latin run wider than the whole line: cut it character by character.
                foreach (var rune in token.EnumerateRunes())
                {
                    var rw = Advance(rune);
                    if (line.Length > 0 && lineWidth + rw > limit + 0.01f) Flush();
                    line.Append(rune.ToString());
                    lineWidth += rw;
                }
                continue;
            }
            line.Append(token);
            lineWidth += w;
        }
        if (line.Length > 0 || lines.Count == 0) Flush();
        return lines;

        void Flush()
        {
            lines.Add(line.ToString().TrimEnd());
            line.Clear();
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

    private static string TakeTrailingOpening(StringBuilder line)
    {
        var n = 0;
        while (n < line.Length - 1 && Opening.Contains(line[line.Length - 1 - n])) n++;
        if (n == 0) return "";
        var carry = line.ToString(line.Length - n, n);
        line.Length -= n;
        return carry;
    }
}
