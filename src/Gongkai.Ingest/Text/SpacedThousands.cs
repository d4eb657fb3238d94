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
    public static bool Unshown(List<RowRun> proactive, List<RowRun> applications, RowRun review, string[] lines)
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
                pair = IsPair(tokens[t - 1], tokens[t]) && tokens[t - 1].Text[0] != '0' && !TabApart(tokens[t - 1], tokens[t]);
            return false;
        }
        // A tab ends a cell ("政府集中采购\t41\t567.27万元" is two cells): such a pair is no sign, whatever the other rows do.
        bool TabApart(Token a, Token b) => lines[a.Line].Contains(string.Concat(a.Text, "\t", b.Text), StringComparison.Ordinal);
        foreach (var run in proactive) if (Long(run, true)) return false;
        foreach (var run in applications) if (Long(run, false)) return false;
        return pair && !Long(review, false) && shortRow;
    }

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

    private static bool IsPair(Token a, Token b) =>
        a.Line == b.Line && !b.Glued && !a.Glued && a.Unit is null && a.IsPlainInteger && a.Text.Length <= 3
        && b.Kind == TokenKind.Number && IsGroup(b.Text);

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
