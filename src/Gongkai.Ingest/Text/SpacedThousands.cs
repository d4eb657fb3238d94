using Gongkai.Core.Layout;

namespace Gongkai.Ingest.Text;

/// <summary>
/// Numbers whose thousands are set apart by a space ("91 754", "1 261 622", "199 438.43862"), as some spreadsheets and
/// converters print them. A table's cells are also set apart by spaces, and a text that lost its blank cells prints
/// a row of three cells as two numbers, so "行政处罚 0 91 754" may be 0, 91, 754 or 0, —, 91754: the text alone does not
/// say. Such rows are read only where the identities fix their cells, and only in a text that shows such numbers.
/// </summary>
internal static class SpacedThousands
{
    /// <summary>
    /// Whether lines [<paramref name="from"/>, <paramref name="to"/>) print a number with its thousands spaced apart: a
    /// group of three digits starting with 0 one space after one to three digits ("53 086"; no count is printed "086").
    /// The other sign is a row with more numbers than cells (<see cref="Overfull"/>).
    /// </summary>
    public static bool InLines(string[] lines, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (HasLeadingZeroGroup(lines[i])) return true;
        return false;
    }

    /// <summary>A row printing more numbers on one line than it has cells, two of them maybe one number ("行政许可 99 248" for one cell).</summary>
    public static bool Overfull(RowRun run) => run.Tokens is { } tokens && NumbersOnOneLine(tokens) > run.FieldCount && HasPair(tokens);

    /// <summary>
    /// Whether the text may space thousands apart with nothing to show it: a row of 二 has two numbers that may be one
    /// (not "0 882": no number starts with a group 0), a row prints fewer numbers than cells (the text drops cells with
    /// no mark, so such a pair may be one number and a lost cell), and no row prints a whole number of four digits or
    /// more (which a text that spaces its thousands would not). One short row is enough: the pair's own row may be the
    /// one that lost a blank ("行政处罚 +10 63 912" for —, +10, 63912) and then prints as many numbers as cells, so a
    /// text that dropped few blanks shows few short rows (4 were asked: main read 10, 63, 912 in 2 of 500 spaced texts at
    /// 2 % blanks, 5 at 5 % blanks in 二 only). A text with no short row at all is read as printed: doubting every text
    /// of small numbers left 0.1 % of the cells of clean generated texts null. Its cost: a text whose only lost blanks are
    /// in such pair rows is still read apart (1–3 of 500 texts with 1–5 % blanks in 二 alone).
    /// </summary>
    /// <remarks>The signs of 二 may also show such a row (<see cref="SignsShowLostBlank"/>).</remarks>
    public static bool Unshown(SectionLayout proactiveLayout, List<RowRun> proactive, List<RowRun> applications, RowRun review, string[] lines)
    {
        var pair = false;
        var shortRow = false;
        bool Long(RowRun run, bool pairs)
        {
            if (run.Tokens is not { } tokens) return false;
            var printed = 0;
            foreach (var t in tokens)
            {
                if (t.IsPlainInteger && t.Text.Length >= 4) return true;
                if (t.Kind != TokenKind.Text) printed++;
            }
            shortRow |= printed < run.FieldCount;
            for (var t = 1; pairs && t < tokens.Count && !pair; t++)
                pair = IsPair(tokens[t - 1], tokens[t]) && !TabApart(tokens[t - 1], tokens[t]);
            return false;
        }
        // A tab ends a cell ("政府集中采购\t41\t567.27万元" is two cells): such a pair is no sign, whatever the other rows do.
        bool TabApart(Token a, Token b) => lines[a.Line].Contains(string.Concat(a.Text, "\t", b.Text), StringComparison.Ordinal);
        foreach (var run in proactive) if (Long(run, true)) return false;
        foreach (var run in applications) if (Long(run, false)) return false;
        return pair && !Long(review, false) && (shortRow || SignsShowLostBlank(proactiveLayout, proactive));
    }

    /// <summary>
    /// Whether 二's signs show a row that lost a blank though it prints as many numbers as cells: a signed number outside
    /// its row's 本年增/减 ("+141 65 960" under 上一年项目数量 / 本年增/减 / 处理决定数量, for —, +141, 65960), or, in a text
    /// that prints a rise with "+" ("行政处罚 0 +1 0"), an unsigned rise in the 本年增/减 of a row with a pair that may be one
    /// number ("行政许可 0 29 633" for 0, —, 29633). Main read 141, 65, 960 and 0, 29, 633: 3 and 1 of 500 texts with 5 %
    /// blanks in 二 alone.
    /// </summary>
    private static bool SignsShowLostBlank(SectionLayout layout, List<RowRun> proactive)
    {
        bool plus = false, unsignedRise = false;
        foreach (var run in proactive)
        {
            if (run.Tokens is not { } tokens) continue;
            if (SignOutOfPlace(tokens, layout, run.FirstCell, run.FieldCount)) return true;
            var printed = 0;
            foreach (var t in tokens) if (t.Kind != TokenKind.Text) printed++;
            if (printed != run.FieldCount) continue;
            for (int i = 0, f = 0; i < tokens.Count; i++)
            {
                var t = tokens[i];
                if (t.Kind == TokenKind.Text) continue;
                if (layout.FieldOfCell(run.FirstCell + f++).Kind != FieldKind.Signed || t.Kind != TokenKind.Number) continue;
                if (t.Text[0] == '+') plus = true;
                else if (t.Text[0] != '-' && t.Value != 0 && HasPair(tokens)) unsignedRise = true;
            }
        }
        return plus && unsignedRise;
    }

    /// <summary>The row's 本年增/减 cell, where alone a signed number is read; -1 when it has none.</summary>
    public static int ChangeField(FieldLayout[] fields)
    {
        for (var f = 0; f < fields.Length; f++) if (fields[f].Kind == FieldKind.Signed) return f;
        return -1;
    }

    /// <summary>A number printed with a sign ("+10", "-3"): a change (本年增/减), never a count or an amount.</summary>
    public static bool IsSigned(Token t) => t.Kind == TokenKind.Number && t.Text.Length > 1 && t.Text[0] is '+' or '-';

    /// <summary>
    /// Whether a row printing one number a cell puts a signed number in a cell other than its row's 本年增/减 (a row with
    /// no such cell says nothing): then its numbers are not in their cells as printed.
    /// </summary>
    public static bool SignOutOfPlace(List<Token> tokens, SectionLayout layout, int firstCell, int fieldCount)
    {
        if (!tokens.Exists(IsSigned)) return false; // nearly every row: nothing more to look at
        var printed = 0;
        foreach (var t in tokens) if (t.Kind != TokenKind.Text) printed++;
        if (printed != fieldCount) return false;
        var hasChange = false;
        for (var f = 0; f < fieldCount; f++) hasChange |= layout.FieldOfCell(firstCell + f).Kind == FieldKind.Signed;
        if (!hasChange) return false;
        for (int i = 0, f = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Text) continue;
            if (IsSigned(tokens[i]) && layout.FieldOfCell(firstCell + f).Kind != FieldKind.Signed) return true;
            f++;
        }
        return false;
    }

    /// <summary>
    /// The one reading of a row its signs leave, in a text that may print numbers with their thousands spaced apart
    /// (<paramref name="joins"/>): "+10 63 912" under 上一年项目数量 / 本年增/减 / 处理决定数量 is —, +10, 63912 and nothing
    /// else (+10 is a change, so the cell before it was lost, and the two numbers left fill one cell). Every way of
    /// taking neighbours as one number and of placing the numbers in the row's cells in order (lost cells between) is
    /// tried, each signed number only in the 本年增/减 cell. Null unless the row prints a signed number, has a change cell
    /// and exactly one way remains: each printed token's range and the cell it fills.
    /// </summary>
    public static (int Start, int End, int Field)[]? SettledBySign(List<Token> tokens, FieldLayout[] fields, bool joins)
    {
        if (ChangeField(fields) < 0 || !tokens.Exists(IsSigned) || tokens.Exists(t => t.Kind == TokenKind.Text)) return null;
        var groups = new List<(int Start, int End)>();
        var slots = new int[tokens.Count];
        (int, int, int)[]? only = null;
        var found = 0;
        void Place(int g, int from)
        {
            if (found > 1) return;
            if (g == groups.Count)
            {
                if (++found == 1) only = [.. groups.Select((x, i) => (x.Start, x.End, slots[i]))];
                return;
            }
            for (var f = from; f <= fields.Length - (groups.Count - g); f++)
            {
                if (IsSigned(tokens[groups[g].Start]) && fields[f].Kind != FieldKind.Signed) continue;
                slots[g] = f;
                Place(g + 1, f + 1);
            }
        }
        void Group(int i)
        {
            if (found > 1 || groups.Count > fields.Length) return;
            if (i == tokens.Count) { Place(0, 0); return; }
            for (var end = i + 1; end <= tokens.Count; end++)
            {
                // "1 261 622": each further part a group of three digits after the one before.
                if (end > i + 1 && !(joins && IsPair(tokens[end - 2], tokens[end - 1]) && (end == i + 2 || tokens[end - 2].IsPlainInteger))) break;
                groups.Add((i, end));
                Group(end);
                groups.RemoveAt(groups.Count - 1);
            }
        }
        Group(0);
        return found == 1 ? only : null;
    }

    /// <summary>What <see cref="RowRun.Doubt"/> says of a row whose signed number is not in its 本年增/减 cell.</summary>
    public const string SignDoubt = "本行带正负号的数不在“本年增/减”栏，可能丢失了空白单元格";

    /// <summary>Whether two numbers next to each other on one line may be one number with its thousands spaced apart.</summary>
    public static bool HasPair(List<Token> tokens)
    {
        for (var t = 1; t < tokens.Count; t++)
            if (IsPair(tokens[t - 1], tokens[t])) return true;
        return false;
    }

    /// <summary>What <see cref="RowRun.Doubt"/> says of such a row.</summary>
    public const string Doubt = "本文有以空格分隔千位的数字（如“53 086”），本行相邻的数字可能是一个数";

    /// <summary>What <see cref="RowRun.Doubt"/> says of such a row where nothing shows the text spaces its thousands (<see cref="Unshown"/>).</summary>
    public const string UnshownDoubt = "本文未印出四位及以上的整数，可能以空格分隔千位，且表格丢失的空白单元格不留痕迹，本行相邻的数字可能是一个数（如“42 190”）";

    /// <remarks>A change keeps its sign before its first group ("+10 912" for +10912, as the spreadsheet prints it).</remarks>
    private static bool IsPair(Token a, Token b) =>
        a.Line == b.Line && !b.Glued && !a.Glued && a.Unit is null && IsShortWhole(a.Text)
        && b.Kind == TokenKind.Number && IsGroup(b.Text);

    /// <summary>
    /// One to three digits, perhaps after a sign, not starting with 0: "7", "+10", "-354" (no number is printed
    /// "0 104", so "规范性文件 0 0 104" holds no pair).
    /// </summary>
    private static bool IsShortWhole(string s)
    {
        var from = s.Length > 0 && s[0] is '+' or '-' ? 1 : 0;
        if (s.Length - from is < 1 or > 3 || s[from] == '0') return false;
        for (var i = from; i < s.Length; i++) if (!char.IsAsciiDigit(s[i])) return false;
        return true;
    }

    /// <summary>Three digits, then nothing or a decimal part: "754", "438.43862".</summary>
    private static bool IsGroup(string s)
    {
        if (s.Length < 3 || !char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[1]) || !char.IsAsciiDigit(s[2])) return false;
        if (s.Length == 3) return true;
        if (s[3] != '.' || s.Length == 4) return false;
        for (var i = 4; i < s.Length; i++) if (!char.IsAsciiDigit(s[i])) return false;
        return true;
    }

    /// <summary>The most number tokens a row prints on any one of its lines.</summary>
    private static int NumbersOnOneLine(List<Token> tokens)
    {
        int most = 0, count = 0, line = int.MinValue;
        foreach (var t in tokens)
        {
            if (t.Line != line) { line = t.Line; count = 0; }
            if (t.Kind == TokenKind.Number) most = Math.Max(most, ++count);
        }
        return most;
    }

    /// <summary>"53 086": one to three digits (not after a digit, point or comma), one space, 0 and two digits, no digit after.</summary>
    private static bool HasLeadingZeroGroup(string line)
    {
        for (var i = line.IndexOf(" 0", StringComparison.Ordinal); i >= 0; i = line.IndexOf(" 0", i + 1, StringComparison.Ordinal))
        {
            if (i + 4 > line.Length || !char.IsAsciiDigit(line[i + 2]) || !char.IsAsciiDigit(line[i + 3])) continue;
            if (i + 4 < line.Length && (char.IsAsciiDigit(line[i + 4]) || line[i + 4] == ',')) continue;
            var start = i;
            while (start > 0 && char.IsAsciiDigit(line[start - 1])) start--;
            var digits = i - start;
            if (digits is < 1 or > 3) continue;
            if (start > 0 && line[start - 1] is '.' or ',' or '-' or '+') continue;
            return true;
        }
        return false;
    }
}
