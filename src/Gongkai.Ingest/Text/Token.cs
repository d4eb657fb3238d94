namespace Gongkai.Ingest.Text;

internal enum TokenKind
{
    Text,
    Number,
    /// <summary>An explicit empty cell: "—", "/", "-", "无".</summary>
    Blank,
}

/// <summary>One whitespace-separated piece of a table line.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, decimal Value, string? Unit, int Line, bool LineStart, bool LineEnd)
{
    /// <summary>A plain unsigned integer, which a line break may have split ("20" / "6" is 206).</summary>
    public bool IsPlainInteger => Kind == TokenKind.Number && Text.Length > 0 && char.IsAsciiDigit(Text[0]) && !Text.Contains('.') && !Text.Contains(',');

    public override string ToString() => Kind switch
    {
        TokenKind.Number => Text + Unit,
        TokenKind.Blank => "—",
        _ => Text,
    };
}
