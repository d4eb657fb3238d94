using System.Globalization;
using System.Text.RegularExpressions;

namespace Gongkai.Ingest.Text;

/// <summary>Splits table lines into text, number and blank tokens; units glued or spaced ("11次", "1232 宗") go with their number.</summary>
internal static partial class Tokenizer
{
    private const string Units = "万元|亿元|元|万|件|条|次|宗|个|项|份|人次|篇|家|户|起";

    [GeneratedRegex(@"^(?<num>[+-]?(?:\d{1,3}(?:,\d{3}){1,4}|\d{1,15})(?:\.\d{1,8})?)(?<unit>" + Units + ")?$")]
    private static partial Regex NumberRx();

    [GeneratedRegex(@"^(?:" + Units + ")$")]
    private static partial Regex UnitRx();

    [GeneratedRegex(@"^(?:-{1,2}|—{1,2}|–|/|\\|无|空)$")]
    private static partial Regex BlankRx();

    /// <summary>"3 . 危 及" → "3.危 及": a label's own numbering is text, not a cell.</summary>
    [GeneratedRegex(@"(?<![\d.,])(\d{1,2})\s*[.、]\s*(?=[^\d\s.,])")]
    private static partial Regex NumberingRx();

    /// <summary>A label with its number glued on: "规章0", "政府集中采购60".</summary>
    [GeneratedRegex(@"^(?<label>.*[^\d.,+\-])(?<num>[+-]?\d+(?:\.\d+)?(?:" + Units + ")?)$")]
    private static partial Regex GluedRx();

    public static List<Token> Tokenize(string[] lines, int from, int to)
    {
        var tokens = new List<Token>(Math.Max(16, Math.Min(4096, (to - from) * 2)));
        var pieces = new List<string>();
        for (var li = from; li < to; li++)
        {
            var line = lines[li];
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (line.AsSpan().IndexOfAnyInRange('0', '9') >= 0) line = NumberingRx().Replace(line, "$1.");
            pieces.Clear();
            foreach (var r in line.AsSpan().SplitAny(" \t\u00a0\u3000"))
                if (r.Start.Value != r.End.Value) pieces.Add(line[r]);
            var first = tokens.Count;
            for (var p = 0; p < pieces.Count; p++)
                AddPiece(tokens, pieces, p, li);
            if (tokens.Count > first)
            {
                tokens[first] = tokens[first] with { LineStart = true };
                tokens[^1] = tokens[^1] with { LineEnd = true };
            }
        }
        return tokens;
    }

    private static void AddPiece(List<Token> tokens, List<string> pieces, int p, int line)
    {
        var piece = pieces[p];
        // Cheap first-character tests keep the regexes off the many pieces of label text.
        var first = piece[0];
        if (char.IsAsciiDigit(first) || first is '+' or '-')
        {
            var m = NumberRx().Match(piece);
            if (m.Success)
            {
                tokens.Add(Number(m.Groups["num"].Value, m.Groups["unit"].Success ? m.Groups["unit"].Value : null, line));
                return;
            }
        }
        if (piece.Length <= 2 && UnitRx().IsMatch(piece) && tokens.Count > 0 && tokens[^1] is { Kind: TokenKind.Number, Unit: null } prev && prev.Line == line)
        {
            tokens[^1] = prev with { Unit = piece };
            return;
        }
        if (piece.Length <= 2 && BlankRx().IsMatch(piece))
        {
            // "本年增 / 减" is a header, not a blank cell: a blank has a number or a line edge beside it.
            // 无 and 空 are also words ("无 正 当 理 由" in a spaced-out label): those need a number beside them and no text.
            bool textBefore = p > 0 && !IsNumeric(pieces[p - 1]), textAfter = p + 1 < pieces.Count && !IsNumeric(pieces[p + 1]);
            bool numberBefore = p > 0 && !textBefore, numberAfter = p + 1 < pieces.Count && !textAfter;
            var isWord = piece is "无" or "空";
            if (isWord ? !textBefore && !textAfter && (numberBefore || numberAfter) : !(textBefore && textAfter))
            {
                tokens.Add(new Token(TokenKind.Blank, piece, 0, null, line, false, false));
                return;
            }
        }
        var g = piece.Length > 1 && EndsLikeNumber(piece) ? GluedRx().Match(piece) : Match.Empty;
        if (g.Success && !g.Groups["label"].Value.EndsWith('第'))
        {
            tokens.Add(new Token(TokenKind.Text, TextNormalizer.MatchKey(g.Groups["label"].Value), 0, null, line, false, false));
            var n = NumberRx().Match(g.Groups["num"].Value);
            tokens.Add(Number(n.Groups["num"].Value, n.Groups["unit"].Success ? n.Groups["unit"].Value : null, line));
            return;
        }
        var key = TextNormalizer.MatchKey(piece);
        if (key.Length > 0) tokens.Add(new Token(TokenKind.Text, key, 0, null, line, false, false));
    }

    private static bool EndsLikeNumber(string piece) => char.IsAsciiDigit(piece[^1]) || "万元件条次宗个项份篇家户起".Contains(piece[^1]) && piece.Length > 2 && char.IsAsciiDigit(piece[^2]);

    private static bool IsNumeric(string piece) => NumberRx().IsMatch(piece) || BlankRx().IsMatch(piece) || UnitRx().IsMatch(piece);

    private static Token Number(string raw, string? unit, int line)
    {
        var clean = raw.Replace(",", "", StringComparison.Ordinal);
        var value = decimal.Parse(clean, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return new Token(TokenKind.Number, raw, value, unit, line, false, false);
    }
}
