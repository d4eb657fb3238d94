namespace Gongkai.Ingest.Text;

/// <summary>
/// The tokenizer's tests of one piece of a line (a number, a unit, a printed blank, a number as text recognition
/// misreads it), written by hand: as regexes they were called for every piece of every table line, a fifth of the
/// tokenizer's time (docs/benchmarks.md, sixth pass). Each means exactly what the pattern in its summary means —
/// <c>\d</c> any script's decimal digit, <c>$</c> the end or before a final line feed — and
/// <c>PieceShapeTests</c> holds it to a copy of that pattern.
/// </summary>
internal static class PieceShape
{
    /// <summary>The units a count or an amount is printed with, longest first where one starts another.</summary>
    public static readonly string[] Units = ["万元", "亿元", "人次", "元", "万", "件", "条", "次", "宗", "个", "项", "份", "篇", "家", "户", "起", "批"];

    /// <summary>The piece without the one line feed that a pattern's <c>$</c> lets through at its end.</summary>
    private static ReadOnlySpan<char> Body(ReadOnlySpan<char> s) => s.Length > 0 && s[^1] == '\n' ? s[..^1] : s;

    /// <summary>
    /// <c>^(?&lt;num&gt;[+-]?(?:\d{1,3}(?:,\d{3}){1,4}|\d{1,15})(?:\.\d{1,8})?)(?&lt;unit&gt;万元|亿元|元|万|件|条|次|宗|个|项|份|人次|篇|家|户|起|批)?$</c>:
    /// whether it matches, the length of <c>num</c> (which starts the piece) and the unit, null when none.
    /// </summary>
    public static bool IsNumber(ReadOnlySpan<char> piece, out int numLength, out string? unit)
    {
        numLength = 0;
        unit = null;
        var s = Body(piece);
        var i = 0;
        if (i < s.Length && s[i] is '+' or '-') i++;
        var digits = Digits(s, i);
        if (digits == 0) return false;
        i += digits;
        if (i < s.Length && s[i] == ',')
        {
            // Thousands groups: one to three digits, then one to four groups of exactly three. Nothing after a number
            // may be a digit or a comma, so no other split of the digits can match.
            if (digits > 3) return false;
            var groups = 0;
            while (i < s.Length && s[i] == ',')
            {
                if (Digits(s, i + 1) != 3) return false;
                i += 4;
                groups++;
            }
            if (groups > 4) return false;
        }
        else if (digits > 15) return false;
        if (i < s.Length && s[i] == '.')
        {
            var decimals = Digits(s, i + 1);
            // A point with no digit after it is left for the unit, which never starts with one: no match.
            if (decimals is 0 or > 8) return false;
            i += 1 + decimals;
        }
        numLength = i;
        if (i == s.Length) return true;
        unit = UnitOf(s[i..]);
        return unit is not null;
    }

    /// <summary>Whether the piece is a number as <see cref="IsNumber(ReadOnlySpan{char}, out int, out string?)"/> reads one.</summary>
    public static bool IsNumber(ReadOnlySpan<char> piece) => IsNumber(piece, out _, out _);

    private static int Digits(ReadOnlySpan<char> s, int from)
    {
        var i = from;
        while (i < s.Length && char.IsDigit(s[i])) i++;
        return i - from;
    }

    /// <summary>The unit that is all of <paramref name="s"/>, or null.</summary>
    private static string? UnitOf(ReadOnlySpan<char> s) => s.Length switch
    {
        // A switch, not a loop over Units: every short piece of label text is asked.
        1 => s[0] switch
        {
            '元' => "元", '万' => "万", '件' => "件", '条' => "条", '次' => "次", '宗' => "宗", '个' => "个", '项' => "项",
            '份' => "份", '篇' => "篇", '家' => "家", '户' => "户", '起' => "起", '批' => "批", _ => null,
        },
        2 => s[1] switch
        {
            '元' => s[0] switch { '万' => "万元", '亿' => "亿元", _ => null },
            '次' => s[0] == '人' ? "人次" : null,
            _ => null,
        },
        _ => null,
    };

    /// <summary><c>^(?:万元|亿元|元|万|件|条|次|宗|个|项|份|人次|篇|家|户|起|批)$</c></summary>
    public static bool IsUnit(ReadOnlySpan<char> piece) => UnitOf(Body(piece)) is not null;

    /// <summary><c>^(?:-{1,2}|—{1,2}|–|/|\\|无|空)$</c></summary>
    public static bool IsBlank(ReadOnlySpan<char> piece)
    {
        var s = Body(piece);
        return s.Length switch
        {
            1 => s[0] is '-' or '—' or '–' or '/' or '\\' or '无' or '空',
            2 => s[0] == s[1] && s[0] is '-' or '—',
            _ => false,
        };
    }

    /// <summary>A number as text recognition misreads it: <c>^[+-]?[0-9OoDlI]+(?:[.。][0-9OoDlI]+)?$</c>.</summary>
    public static bool IsRecognisedNumber(ReadOnlySpan<char> piece)
    {
        var s = Body(piece);
        var i = 0;
        if (i < s.Length && s[i] is '+' or '-') i++;
        var run = RecognisedDigits(s, i);
        if (run == 0) return false;
        i += run;
        if (i == s.Length) return true;
        if (s[i] is not ('.' or '。')) return false;
        run = RecognisedDigits(s, i + 1);
        return run > 0 && i + 1 + run == s.Length;
    }

    private static int RecognisedDigits(ReadOnlySpan<char> s, int from)
    {
        var i = from;
        while (i < s.Length && s[i] is >= '0' and <= '9' or 'O' or 'o' or 'D' or 'l' or 'I') i++;
        return i - from;
    }

    /// <summary>"l.属于…", a label's numbering 1 misread: <c>^[lI](?=[.。、]\p{IsCJKUnifiedIdeographs})</c>.</summary>
    public static bool IsRecognisedNumbering(ReadOnlySpan<char> piece) =>
        piece.Length >= 3 && piece[0] is 'l' or 'I' && piece[1] is '.' or '。' or '、' && piece[2] is >= '\u4e00' and <= '\u9fff';
}
