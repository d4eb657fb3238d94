namespace Gongkai.Ingest.Text;

/// <remarks>A byte: with it a <see cref="Token"/> is 40 bytes instead of 48, and token lists are most of a report's arrays.</remarks>
internal enum TokenKind : byte
{
    Text,
    Number,
    /// <summary>
    /// A cell printed empty: "—", "/", "-", "无", or an empty cell of a table whose cell positions are known; or, as
    /// <see cref="Tokenizer.Unread"/>, a cell that printed what its reader could not read.
    /// </summary>
    Blank,
}

/// <summary>One piece of a table line.</summary>
/// <param name="Glued">
/// A run of digits touching label text with no space ("数量713000074二、上年…"): the cells of a row may have been run
/// together, so the run may stand for several cells.
/// </param>
internal readonly record struct Token(TokenKind Kind, string Text, decimal Value, string? Unit, int Line, bool LineStart, bool LineEnd, bool Glued = false)
{
    /// <summary>A plain unsigned integer, which a line break may have split ("20" / "6" is 206).</summary>
    public bool IsPlainInteger => Kind == TokenKind.Number && Text.Length > 0 && char.IsAsciiDigit(Text[0]) && !Text.Contains('.') && !Text.Contains(',');

    /// <summary>Longer than any one count: only a reading that splits it into cells can use it.</summary>
    public bool Overlong => Kind == TokenKind.Number && Digits > MaxDigits;

    /// <summary>A count in these tables has at most 12 digits (万元 amounts have 9 before the point at most).</summary>
    public const int MaxDigits = 15;

    public int Digits
    {
        get
        {
            var n = 0;
            foreach (var c in Text) if (char.IsAsciiDigit(c)) n++;
            return n;
        }
    }

    /// <summary>Printed, but unread (OCR): unknown, not blank.</summary>
    public bool IsUnread => Kind == TokenKind.Blank && Text == Tokenizer.Unread;

    public override string ToString() => Kind switch
    {
        TokenKind.Number => Text + Unit,
        TokenKind.Blank => IsUnread ? "?" : "—",
        _ => Text,
    };
}
