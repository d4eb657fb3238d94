using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Ingest.Text;

/// <summary>
/// Splits table lines into text, number and blank tokens; units glued or spaced ("11次", "1232 宗") go with their number.
/// A line whose cells are delimited — a Markdown row (<c>| 规章 | 0 | 0 |</c>), or a tab-separated row from a reader that
/// knows the table's cells — keeps its cell positions: an empty cell after the row's label is a blank cell, and a cell's
/// digits broken by spaces are one number. Digits run into label text ("数量713000074二、上年…") become a number token
/// marked <see cref="Token.Glued"/>: the cells of a row may have been run together.
/// </summary>
internal static partial class Tokenizer
{
    private static readonly string[] UnitList = PieceShape.Units;

    /// <summary>A Markdown table's alignment row: |---|:---:|.</summary>
    [GeneratedRegex(@"^\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-{0,}:?\s*$")]
    private static partial Regex MarkdownRuleRx();

    [GeneratedRegex(@"(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}")]
    private static partial Regex DateRx();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex MarkdownBreakRx();

    /// <summary>
    /// Whether the tables of lines [from, to) show text recognition's marks: a number with a letter among its digits
    /// ("1O", "l2"), or a lone O / l between numbers.
    /// </summary>
    public static bool LooksRecognised(string[] lines, int from, int to)
    {
        // Pieces as ranges of the line, matched as spans: a string per piece of every table line was 3 % of a report's bytes.
        var pieces = t_pieces ??= new List<Range>();
        try
        {
            for (var li = from; li < to; li++)
                if (LineLooksRecognised(lines[li].AsSpan(), pieces)) return true;
            return false;
        }
        finally { pieces.Clear(); }
    }

    /// <summary>What text recognition puts for a digit or a point: without one, only a run of digits too long for a number is a mark.</summary>
    private static readonly SearchValues<char> RecognisedMarks = SearchValues.Create("OoDlI。");

    private static bool LineLooksRecognised(ReadOnlySpan<char> line, List<Range> pieces)
    {
        if (line.IndexOfAny(TextNormalizer.AsciiDigits) < 0) return false;
        // Most lines have no letter and no 。: then a piece can only be a misread number by having more digits than a
        // number may (16 before the point, 9 after), so a line with no run of 9 digits is passed over unsplit.
        if (line.IndexOfAny(RecognisedMarks) < 0 && !HasDigitRun(line, 9)) return false;
        pieces.Clear();
        foreach (var r in line.SplitAny(Separators))
            if (r.Start.Value != r.End.Value) pieces.Add(r);
        for (var p = 0; p < pieces.Count; p++)
        {
            var piece = line[pieces[p]];
            if (!PieceShape.IsRecognisedNumber(piece) || PieceShape.IsNumber(piece)) continue;
            var digit = piece.IndexOfAny(TextNormalizer.AsciiDigits) >= 0;
            var lone = piece.Length == 1 && piece[0] is 'O' or 'o' or 'l' && p > 0 && p + 1 < pieces.Count
                && PieceShape.IsNumber(line[pieces[p - 1]]) && PieceShape.IsNumber(line[pieces[p + 1]]);
            if (digit || lone) return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="line"/> has <paramref name="length"/> ASCII digits in a row.</summary>
    internal static bool HasDigitRun(ReadOnlySpan<char> line, int length)
    {
        var run = 0;
        foreach (var c in line)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run >= length) return true;
        }
        return false;
    }

    /// <summary>
    /// A cell that printed something its reader could not read (OCR of a scan): unknown, so the identities may give it
    /// back — unlike a printed blank ("—", "/", an empty cell), which stays blank.
    /// </summary>
    public const string Unread = "?";

    /// <param name="cellPositions">Tab-separated lines come from a reader that knows the table's cells (PDF rulings, DOCX, HTML).</param>
    /// <param name="recognised">The text was recognised from an image: misread digits are put right first.</param>
    public static List<Token> Tokenize(string[] lines, int from, int to, bool cellPositions = false, bool recognised = false)
    {
        // Built in this thread's scratch list and copied out at its exact length: a list grown by doubling left
        // allocated a quarter of a report's bytes in outgrown and half-empty arrays (docs/benchmarks.md, third pass).
        var tokens = t_scratch ??= new List<Token>(1024);
        var pieces = t_pieces ??= new List<Range>();
        tokens.Clear();
        try
        {
            TokenizeInto(tokens, pieces, lines, from, to, cellPositions, recognised);
            var exact = new List<Token>(tokens.Count);
            exact.AddRange(CollectionsMarshal.AsSpan(tokens));
            return exact;
        }
        finally
        {
            tokens.Clear();
            pieces.Clear();
            if (tokens.Capacity > 1 << 16) t_scratch = null; // one huge text does not keep its list for the thread's life
        }
    }

    [ThreadStatic] private static List<Token>? t_scratch;
    [ThreadStatic] private static List<Range>? t_pieces;

    /// <summary>
    /// As <see cref="Tokenize(string[], int, int, bool, bool)"/>, into <paramref name="into"/> (cleared first): for a
    /// caller that keeps a list of its own across reports instead of a new one for each section.
    /// </summary>
    public static void Tokenize(List<Token> into, string[] lines, int from, int to, bool cellPositions, bool recognised)
    {
        var pieces = t_pieces ??= new List<Range>();
        into.Clear();
        try { TokenizeInto(into, pieces, lines, from, to, cellPositions, recognised); }
        finally { pieces.Clear(); }
    }

    private static void TokenizeInto(List<Token> tokens, List<Range> pieces, string[] lines, int from, int to, bool cellPositions, bool recognised)
    {
        for (var li = from; li < to; li++)
        {
            var line = lines[li];
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (recognised) line = RecogniseLine(line);
            if (line.AsSpan().IndexOfAny(TextNormalizer.AsciiDigits) >= 0) line = CloseNumbering(line);
            var first = tokens.Count;
            var cells = t_cells ??= new List<Range>();
            if (MarkdownCells(line, cells) is { } source) CellLine(tokens, source, cells, li, pieces);
            else if (cellPositions && line.Contains('\t')) CellLine(tokens, line, TabCells(line, cells), li, pieces);
            else
            {
                Pieces(line, pieces);
                // "本年增" / "/" / "减": a slash alone on its line between two lines of text is the header's, not a blank cell.
                if (pieces.Count == 1 && line.AsSpan()[pieces[0]] is "/" or "\\" && EndsInText(lines, li, -1, from) && EndsInText(lines, li, +1, to))
                {
                    tokens.Add(new Token(TokenKind.Text, line[pieces[0]], 0, null, li, false, false));
                    continue;
                }
                for (var p = 0; p < pieces.Count; p++) AddPiece(tokens, line, pieces, p, li);
            }
            if (tokens.Count > first)
            {
                var span = CollectionsMarshal.AsSpan(tokens);
                span[first] = span[first] with { LineStart = true };
                span[^1] = span[^1] with { LineEnd = true };
            }
        }
    }

    /// <summary>
    /// The line with each recognised piece put right, its separators kept: "1O" → "10", "l" → "1" beside numbers,
    /// "l.属于" → "1.属于". Every change is one character for one, made in a copy of the line only when there is one.
    /// </summary>
    private static string RecogniseLine(string line)
    {
        var parts = t_parts ??= new List<(int Start, int End)>();
        parts.Clear();
        var start = 0;
        for (var i = 0; i <= line.Length; i++)
        {
            if (i < line.Length && !IsSeparator(line[i])) continue;
            if (i > start) parts.Add((start, i));
            start = i + 1;
        }
        char[]? changed = null;
        for (var p = 0; p < parts.Count; p++)
        {
            var (s, e) = parts[p];
            var piece = line.AsSpan(s, e - s);
            if (PieceShape.IsRecognisedNumber(piece) && (piece.IndexOfAny(TextNormalizer.AsciiDigits) >= 0
                || piece.Length <= 3 && (Numeric(line, parts, p - 1) || Numeric(line, parts, p + 1))))
            {
                for (var k = s; k < e; k++)
                {
                    var c = line[k];
                    var digit = c switch { 'O' or 'o' or 'D' => '0', 'l' or 'I' => '1', '。' => '.', _ => c };
                    if (digit == c) continue;
                    changed ??= line.ToCharArray();
                    changed[k] = digit;
                }
            }
            else if (PieceShape.IsRecognisedNumbering(piece))
            {
                changed ??= line.ToCharArray();
                changed[s] = '1';
            }
        }
        parts.Clear();
        return changed is null ? line : new string(changed);

        static bool Numeric(string line, List<(int Start, int End)> parts, int q) =>
            q >= 0 && q < parts.Count && PieceShape.IsRecognisedNumber(line.AsSpan(parts[q].Start, parts[q].End - parts[q].Start));
    }

    [ThreadStatic] private static List<(int Start, int End)>? t_parts;

    /// <summary>What separates the pieces of a recognised line: spaces of every width, tabs and markdown's cell bars.</summary>
    private static readonly SearchValues<char> Separators = SearchValues.Create(" \t\u00a0\u3000|");

    private static bool IsSeparator(char c) => Separators.Contains(c);

    /// <summary>The nearest non-empty line before (-1) or after (+1) line <paramref name="li"/> ends (or starts) with a CJK character.</summary>
    private static bool EndsInText(string[] lines, int li, int step, int bound)
    {
        for (var i = li + step; step < 0 ? i >= bound : i < bound; i += step)
        {
            var t = lines[i].AsSpan().Trim();
            if (t.IsEmpty) continue;
            return TextNormalizer.IsCjk(step < 0 ? t[^1] : t[0]);
        }
        return false;
    }

    /// <summary>The pieces of <paramref name="s"/> between spaces, as ranges of it: a string each was a tenth of a report's bytes.</summary>
    private static void Pieces(string s, List<Range> pieces) => Pieces(s, 0..s.Length, pieces);

    /// <summary>The pieces of <paramref name="s"/>'s part <paramref name="within"/>, as ranges of <paramref name="s"/>.</summary>
    private static void Pieces(string s, Range within, List<Range> pieces)
    {
        pieces.Clear();
        var span = s.AsSpan()[..within.End.Value];
        var start = within.Start.Value;
        while (true)
        {
            var gap = span[start..].IndexOfAny(PieceSeparators);
            if (gap < 0)
            {
                if (start < span.Length) pieces.Add(start..span.Length);
                return;
            }
            if (gap > 0) pieces.Add(start..(start + gap));
            start += gap + 1;
        }
    }

    private static readonly SearchValues<char> PieceSeparators = SearchValues.Create(" \t\u00a0\u3000");

    /// <summary>
    /// A label's numbering closed up, as two regex replacements did before (<c>(?&lt;![\d.,])(\d{1,2})\s*[.、。]\s*(?=[^\d\s.,])</c>
    /// → <c>$1.</c>, then <c>(?&lt;=\d)\s+([.、。])\s*(?=\p{IsCJKUnifiedIdeographs})</c> → <c>$1</c>; a property test holds
    /// them equal): "3 . 危 及" → "3.危 及", a label's own numbering is text, not a cell; "…1162 . 没 有" → "…1162.没 有", the
    /// next label's numbering spaced out after digits run together splits there. Hand-written: the regexes scanned every
    /// line with digits and copied every line with a numbering, and their code was a share of the tier-1 JIT's work.
    /// The line itself when nothing changes.
    /// </summary>
    internal static string CloseNumbering(string line) => MayClose(line) ? CloseSpacedMarks(CloseLabelNumbering(line)) : line;

    /// <summary>
    /// Whether either step could change the line: only at a mark with white space beside it, or a 、 or 。 right after
    /// a digit. A "1.属于" or "12.5" is left as it is by both, so most lines are passed over after a scan for marks.
    /// </summary>
    private static bool MayClose(ReadOnlySpan<char> s)
    {
        for (var m = s.IndexOfAny(NumberingMarks); m >= 0;)
        {
            var before = m > 0 ? s[m - 1] : 'x';
            if (Gongkai.Core.Text.Chars.IsWhiteSpace(before)) return true;
            if (s[m] == '.' ? m + 1 < s.Length && Gongkai.Core.Text.Chars.IsWhiteSpace(s[m + 1]) : IsDigit(before)) return true;
            var next = s[(m + 1)..].IndexOfAny(NumberingMarks);
            m = next < 0 ? -1 : m + 1 + next;
        }
        return false;
    }

    private static readonly SearchValues<char> NumberingMarks = SearchValues.Create(".、。");

    /// <summary>
    /// <see cref="char.IsDigit(char)"/> (<c>\d</c>: any script's decimal digit) without the Unicode lookup for the
    /// ideographs (U+3400–U+9FFF, none a digit) that most of a label is: a test holds it to char.IsDigit for every char.
    /// </summary>
    internal static bool IsDigit(char c) => c < '\u3400' ? char.IsDigit(c) : c > '\u9fff' && char.IsDigit(c);

    private static bool IsNumberingMark(char c) => c is '.' or '、' or '。';

    private static string CloseLabelNumbering(string s)
    {
        StringBuilder? sb = null;
        var copied = 0;
        var i = 0;
        while (i < s.Length)
        {
            // One or two digits (\d: any decimal digit, as the regex's), not after a digit, a point or a comma.
            if (!IsDigit(s[i]) || i > 0 && (IsDigit(s[i - 1]) || s[i - 1] is '.' or ',')) { i++; continue; }
            var digitsEnd = i + 1;
            if (digitsEnd < s.Length && IsDigit(s[digitsEnd])) digitsEnd++;
            var k = digitsEnd;
            while (k < s.Length && Gongkai.Core.Text.Chars.IsWhiteSpace(s[k])) k++;
            if (k >= s.Length || !IsNumberingMark(s[k])) { i++; continue; } // a third digit lands here too
            var mark = k++;
            while (k < s.Length && Gongkai.Core.Text.Chars.IsWhiteSpace(s[k])) k++;
            if (k >= s.Length || IsDigit(s[k]) || Gongkai.Core.Text.Chars.IsWhiteSpace(s[k]) || s[k] is '.' or ',') { i++; continue; }
            if (mark != digitsEnd || k != mark + 1 || s[mark] != '.')
            {
                sb ??= new StringBuilder(s.Length);
                sb.Append(s, copied, digitsEnd - copied).Append('.');
                copied = k;
            }
            i = k;
        }
        return sb is null ? s : sb.Append(s, copied, s.Length - copied).ToString();
    }

    private static string CloseSpacedMarks(string s)
    {
        StringBuilder? sb = null;
        var copied = 0;
        var i = 1;
        while (i < s.Length)
        {
            // Spaces after a digit, a numbering mark, spaces, then an ideograph: the mark alone stays.
            if (!Gongkai.Core.Text.Chars.IsWhiteSpace(s[i]) || !IsDigit(s[i - 1])) { i++; continue; }
            var k = i;
            while (k < s.Length && Gongkai.Core.Text.Chars.IsWhiteSpace(s[k])) k++;
            if (k >= s.Length || !IsNumberingMark(s[k])) { i++; continue; }
            var mark = k++;
            while (k < s.Length && Gongkai.Core.Text.Chars.IsWhiteSpace(s[k])) k++;
            if (k >= s.Length || s[k] is < '\u4e00' or > '\u9fff') { i++; continue; }
            sb ??= new StringBuilder(s.Length);
            sb.Append(s, copied, i - copied).Append(s[mark]);
            copied = k;
            i = k;
        }
        return sb is null ? s : sb.Append(s, copied, s.Length - copied).ToString();
    }

    /// <summary>
    /// The cells of a Markdown table row ("| a | b |") as ranges of the string returned (the line, or the line trimmed
    /// with its &lt;br&gt; made spaces), or null for any other line; the alignment row has none. Ranges, not a string
    /// per cell: the Markdown rows' strings were a third of the tokenizer's bytes.
    /// </summary>
    private static string? MarkdownCells(string line, List<Range> cells)
    {
        cells.Clear();
        var t = line.AsSpan().Trim();
        if (t.Length < 2 || t[0] != '|' || t[1..].IndexOf('|') < 0) return null;
        // The alignment row is made of bars, colons, dashes and spaces only: any other character keeps the regex off the line.
        if (!HasOtherThanRule(t) && MarkdownRuleRx().IsMatch(t)) return line;
        var source = line;
        var from = line.AsSpan().Length - line.AsSpan().TrimStart().Length;
        var to = from + t.Length;
        if (t.Contains('<'))
        {
            source = MarkdownBreakRx().Replace(t.ToString(), " ");
            (from, to) = (0, source.Length);
        }
        // The leading and trailing pipes delimit, they do not make cells: the cells lie between one bar and the next,
        // and after the last bar only when the row does not end with one.
        var s = source.AsSpan(from, to - from);
        var start = 1; // s[0] is the leading bar
        while (true)
        {
            var bar = s[start..].IndexOf('|');
            if (bar < 0)
            {
                if (s[^1] != '|') cells.Add((from + start)..to);
                return source;
            }
            cells.Add((from + start)..(from + start + bar));
            start += bar + 1;
            if (start == s.Length) return source; // the trailing bar
        }
    }

    /// <summary>The cells of a tab-separated row, as <c>line.Split('\t')</c> gives them, as ranges of the line.</summary>
    private static List<Range> TabCells(string line, List<Range> cells)
    {
        cells.Clear();
        var start = 0;
        for (var tab = line.IndexOf('\t'); tab >= 0; tab = line.IndexOf('\t', start))
        {
            cells.Add(start..tab);
            start = tab + 1;
        }
        cells.Add(start..line.Length);
        return cells;
    }

    [ThreadStatic] private static List<Range>? t_cells;

    internal static bool HasOtherThanRule(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
            if (c is not ('|' or ':' or '-') && !char.IsWhiteSpace(c)) return true;
        return false;
    }

    private enum CellKind { Empty, Numeric, Text }

    /// <summary>
    /// One row of delimited cells. Empty cells after the row's last label cell are blank value cells (only in a row that
    /// prints some number: a header row's empty cells are not values); empty cells among the labels (a group label
    /// printed on an earlier row) give nothing.
    /// </summary>
    private static void CellLine(List<Token> tokens, string source, List<Range> cells, int line, List<Range> pieces)
    {
        var kinds = cells.Count <= 128 ? stackalloc CellKind[cells.Count] : new CellKind[cells.Count];
        int lastText = -1;
        var hasNumber = false;
        string?[]? joined = null;
        for (var c = 0; c < cells.Count; c++)
        {
            Pieces(source, cells[c], pieces);
            if (pieces.Count == 0) { kinds[c] = CellKind.Empty; continue; }
            // A cell holds one value: "1 2" or "824. 975673" is a number whose characters were spaced out (a <span> each,
            // markup wrapped between them), not two cells.
            if (pieces.Count > 1 && AllSpacedNumberChars(source, pieces)
                && Joined(source, pieces) is var spaced && PieceShape.IsNumber(spaced, out var numLength, out _))
            {
                (joined ??= new string?[cells.Count])[c] = spaced[..numLength];
                kinds[c] = CellKind.Numeric;
                hasNumber = true;
                continue;
            }
            var numeric = true;
            var anyNumber = false;
            foreach (var p in pieces)
            {
                var piece = source.AsSpan()[p];
                var number = PieceShape.IsNumber(piece);
                anyNumber |= number;
                if (!number && !PieceShape.IsUnit(piece) && !PieceShape.IsBlank(piece) && piece is not Unread) { numeric = false; break; }
            }
            kinds[c] = numeric ? CellKind.Numeric : CellKind.Text;
            if (numeric) hasNumber |= anyNumber;
            else lastText = c;
        }
        for (var c = 0; c < cells.Count; c++)
        {
            switch (kinds[c])
            {
                case CellKind.Empty:
                    if (hasNumber && c > lastText) tokens.Add(new Token(TokenKind.Blank, "", 0, null, line, false, false));
                    break;
                case CellKind.Numeric:
                    if (joined?[c] is { } number) { tokens.Add(Number(number, null, line)); break; }
                    Pieces(source, cells[c], pieces);
                    for (var p = 0; p < pieces.Count; p++) AddPiece(tokens, source, pieces, p, line, inCell: true);
                    break;
                default:
                    Pieces(source, cells[c], pieces);
                    for (var p = 0; p < pieces.Count; p++) AddPiece(tokens, source, pieces, p, line, inCell: true);
                    break;
            }
        }
    }

    private static bool AllSpacedNumberChars(string source, List<Range> pieces)
    {
        foreach (var p in pieces)
            if (source.AsSpan()[p].IndexOfAnyExcept(SpacedNumberChars) >= 0) return false;
        return true;
    }

    private static string Joined(string source, List<Range> pieces)
    {
        var sb = new StringBuilder();
        foreach (var p in pieces) sb.Append(source.AsSpan()[p]);
        return sb.ToString();
    }

    private static readonly SearchValues<char> SpacedNumberChars = SearchValues.Create("0123456789.,+-");

    private static void AddPiece(List<Token> tokens, string source, List<Range> pieces, int p, int line, bool inCell = false)
    {
        var piece = source.AsSpan()[pieces[p]];
        // Cheap first-character tests keep the regexes off the many pieces of label text.
        var first = piece[0];
        if (char.IsAsciiDigit(first) || first is '+' or '-')
        {
            // Plain ASCII digits (most numeric pieces) are what NumberRx matches as a number with no unit, without a Match.
            if (piece.Length <= Token.MaxDigits && piece.IndexOfAnyExcept(TextNormalizer.AsciiDigits) < 0)
            {
                tokens.Add(Number(piece, null, line));
                return;
            }
            if (PieceShape.IsNumber(piece, out var numLength, out var unit))
            {
                tokens.Add(Number(piece[..numLength], unit, line));
                return;
            }
        }
        // The unit after its number, on the same line or alone on the next ("129323" / "元" in one-cell-a-line page text).
        if (piece.Length <= 2 && PieceShape.IsUnit(piece) && tokens.Count > 0 && tokens[^1] is { Kind: TokenKind.Number, Unit: null } prev
            && (prev.Line == line || prev.LineEnd && pieces.Count == 1))
        {
            tokens[^1] = prev with { Unit = UnitOf(piece) };
            return;
        }
        if (piece is Unread && (p > 0 || pieces.Count == 1 || inCell))
        {
            tokens.Add(new Token(TokenKind.Blank, Unread, 0, null, line, false, false));
            return;
        }
        if (piece.Length <= 2 && PieceShape.IsBlank(piece))
        {
            // "本年增 / 减" is a header, not a blank cell: a blank has a number or a line edge beside it.
            // 无 and 空 are also words ("无 正 当 理 由" in a spaced-out label): those need a number beside them and no text.
            // Inside a delimited cell, a dash alone is the cell.
            bool textBefore = p > 0 && !IsNumeric(source.AsSpan()[pieces[p - 1]]), textAfter = p + 1 < pieces.Count && !IsNumeric(source.AsSpan()[pieces[p + 1]]);
            bool numberBefore = p > 0 && !textBefore, numberAfter = p + 1 < pieces.Count && !textAfter;
            var isWord = piece is "无" or "空";
            var alone = inCell && pieces.Count == 1;
            if (alone || (isWord ? !textBefore && !textAfter && (numberBefore || numberAfter) : !(textBefore && textAfter)))
            {
                tokens.Add(new Token(TokenKind.Blank, TokenText(piece), 0, null, line, false, false));
                return;
            }
        }
        if (piece.IndexOfAny(TextNormalizer.AsciiDigits) >= 0 && Segment(tokens, piece, line)) return;
        AddText(tokens, piece, line);
    }

    /// <summary>A text token of <paramref name="piece"/>'s match key, if any is left.</summary>
    [SkipLocalsInit] // the key's buffer is written before it is read
    private static void AddText(List<Token> tokens, ReadOnlySpan<char> piece, int line)
    {
        // Most pieces of label text have nothing the match key drops or changes: the piece is its own key. A piece all of
        // ideographs (most labels) is told by a vectorised range test before the search for the key's characters.
        if (piece.IndexOfAnyExceptInRange('\u3400', '\u9fff') < 0 || piece.IndexOfAny(KeyChars) < 0)
        {
            if (piece.Length > 0) tokens.Add(new Token(TokenKind.Text, TokenText(piece), 0, null, line, false, false));
            return;
        }
        var key = piece.Length <= 256 ? stackalloc char[piece.Length] : new char[piece.Length];
        var n = TextNormalizer.MatchKey(piece, key);
        if (n > 0) tokens.Add(new Token(TokenKind.Text, TokenText(key[..n]), 0, null, line, false, false));
    }

    /// <summary>Every character <see cref="TextNormalizer.MatchKey(ReadOnlySpan{char}, Span{char})"/> drops or changes: its quotes, marks and brackets, and white space.</summary>
    internal static readonly SearchValues<char> KeyChars = SearchValues.Create([.. "“”\"'‘’「」『』*\u200b\ufeff、．。（）", .. WhiteSpaceChars()]);

    /// <summary>Every white-space character. A loop: the same in LINQ ran all 65,536 characters through JIT-compiled tier-0 iterators at every start.</summary>
    private static List<char> WhiteSpaceChars()
    {
        var chars = new List<char>();
        for (var c = 0; c <= char.MaxValue; c++)
            if (char.IsWhiteSpace((char)c)) chars.Add((char)c);
        return chars;
    }

    private static string UnitOf(ReadOnlySpan<char> unit)
    {
        foreach (var u in UnitList)
            if (unit.SequenceEqual(u)) return u;
        return unit.ToString();
    }

    /// <summary>
    /// The text of a token, one string for equal texts on this thread: the same numbers and labels come back in every
    /// report, and a string per piece of every table line was the tokenizer's largest allocation. Bounded, so one
    /// report's thousands of distinct pieces cannot keep memory.
    /// </summary>
    private static string TokenText(ReadOnlySpan<char> text) => (t_texts ??= new ThreadStrings(MaxInterned, MaxTexts)).Get(text);

    private const int MaxInterned = 40, MaxTexts = 4096;

    [ThreadStatic] private static ThreadStrings? t_texts;

    /// <summary>"0" to "999", the texts of most cells: made once, not looked up in the set for every cell.</summary>
    private static readonly string[] SmallNumbers = [.. Enumerable.Range(0, 1000).Select(n => n.ToString(CultureInfo.InvariantCulture))];

    private static bool IsNumeric(ReadOnlySpan<char> piece) => PieceShape.IsNumber(piece) || PieceShape.IsBlank(piece) || PieceShape.IsUnit(piece) || piece is Unread;

    /// <summary>Most digits a run of cells run together may hold (a whole row of seven large counts, or all of 四).</summary>
    private const int MaxRunDigits = 160;

    /// <summary>
    /// A piece of label text and numbers with no space between them ("规章0", "数量713000074二、上年结转",
    /// "0000001.属于国家秘密"): the numbers become tokens marked glued, the text between them text tokens. A label's
    /// numbering ("1." of "1.属于…", always one digit in these tables) stays with its label; digits that are a year,
    /// a page or a document number ("2020年", "第3页", "〔2019〕60号") are text. False when the piece has no such number.
    /// </summary>
    private static bool Segment(List<Token> tokens, ReadOnlySpan<char> piece, int line)
    {
        // A date has two of - . / between its digits: without one the regex cannot match.
        if (MayBeDate(piece) && DateRx().IsMatch(piece)) return false;
        var parts = t_segmentParts ??= [];
        parts.Clear();
        var textStart = 0;
        var i = 0;
        while (i < piece.Length)
        {
            var c = piece[i];
            // A sign starts a number even right after digits: "5211-52372711" is 5211 then a change of -52….
            var signed = c is '+' or '-' && i + 1 < piece.Length && char.IsAsciiDigit(piece[i + 1]);
            if (!char.IsAsciiDigit(c) && !signed)
            {
                // On to the next digit or sign: the label text between is passed over by a span search.
                var next = piece[(i + 1)..].IndexOfAny(DigitsAndSigns);
                i = next < 0 ? piece.Length : i + 1 + next;
                continue;
            }
            var start = i;
            if (signed) i++;
            while (i < piece.Length && char.IsAsciiDigit(piece[i])) i++;
            var decimals = false;
            if (i + 1 < piece.Length && piece[i] == '.' && char.IsAsciiDigit(piece[i + 1]))
            {
                decimals = true;
                i++;
                while (i < piece.Length && char.IsAsciiDigit(piece[i])) i++;
            }
            var end = i;
            // "…00000001.属于": the last digit is the next label's numbering.
            if (!decimals && i < piece.Length && piece[i] is '.' or '、' or '。' && (i + 1 >= piece.Length || !char.IsAsciiDigit(piece[i + 1])))
            {
                end = i - 1;
                if (end <= start || signed && end <= start + 1) { i++; continue; } // numbering alone: text
                i = end;
            }
            var before = start > 0 ? piece[start - 1] : ' ';
            var after = end < piece.Length ? piece[end] : ' ';
            if (before is '第' or '〔' or '[' or '【' || after is '年' or '月' or '日' or '号' or '页' or '〕' or ']' or '】' || end - start > MaxRunDigits)
                continue; // a year, a page, a document number: text
            string? unit = null;
            foreach (var u in UnitList)
                if (piece[end..].StartsWith(u, StringComparison.Ordinal)) { unit = u; break; }
            if (textStart < start) parts.Add((false, textStart, start, null));
            parts.Add((true, start, end, unit));
            i = end + (unit?.Length ?? 0);
            textStart = i;
        }
        if (!parts.Exists(x => x.Number)) return false;
        if (textStart < piece.Length) parts.Add((false, textStart, piece.Length, null));
        for (var k = 0; k < parts.Count; k++)
        {
            var (isNumber, s, e, unit) = parts[k];
            if (!isNumber)
            {
                AddText(tokens, piece[s..e], line);
                continue;
            }
            var glued = k > 0 || k + 1 < parts.Count;
            tokens.Add(Number(piece[s..e], unit, line) with { Glued = glued });
        }
        return true;
    }

    [ThreadStatic] private static List<(bool Number, int Start, int End, string? Unit)>? t_segmentParts;

    private static readonly SearchValues<char> DigitsAndSigns = SearchValues.Create("0123456789+-");

    private static readonly SearchValues<char> DateSeparators = SearchValues.Create("-./");

    internal static bool MayBeDate(ReadOnlySpan<char> piece) => piece.IndexOfAny(DateSeparators) >= 0;

    /// <summary>The value of one to three ASCII digits, or -1.</summary>
    private static int SmallValue(ReadOnlySpan<char> raw)
    {
        var v = 0;
        foreach (var c in raw)
        {
            if (!char.IsAsciiDigit(c)) return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static Token Number(ReadOnlySpan<char> raw, string? unit, int line)
    {
        if (raw.Length <= 3 && raw.Length > 0 && (raw[0] != '0' || raw.Length == 1) && SmallValue(raw) is var small and >= 0)
            return new Token(TokenKind.Number, SmallNumbers[small], small, unit, line, false, false);
        if (raw.Length is > 0 and <= Token.MaxDigits && raw.IndexOfAnyExcept(TextNormalizer.AsciiDigits) < 0)
            return new Token(TokenKind.Number, TokenText(raw), ulong.Parse(raw, NumberStyles.None, CultureInfo.InvariantCulture), unit, line, false, false);
        var clean = raw.ToString().Replace(",", "", StringComparison.Ordinal);
        var digits = 0;
        foreach (var c in clean) if (char.IsAsciiDigit(c)) digits++;
        // A run of many cells is too long for one value: it is only ever read split into cells.
        var value = digits > Token.MaxDigits ? 0 : decimal.Parse(clean, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return new Token(TokenKind.Number, TokenText(raw), value, unit, line, false, false);
    }
}
