namespace Gongkai.Core.Model;

public enum Severity
{
    Info,
    Warning,
    Error,
}

/// <summary>
/// One thing the reader or checker found. <see cref="Where"/> is machine-readable: "section.row.column"
/// (the row key may itself contain dots; the column never does), "section.row", "section", or "narrative.part".
/// <see cref="Expected"/> and <see cref="Actual"/> carry the amounts compared, where there are any.
/// </summary>
public sealed record Finding(
    string Rule,
    Severity Severity,
    string Where,
    string Message,
    decimal? Expected = null,
    decimal? Actual = null)
{
    public string SeverityCode => Severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    public static bool TryParseSeverity(string? s, out Severity severity)
    {
        switch (s)
        {
            case "error": severity = Severity.Error; return true;
            case "warning": severity = Severity.Warning; return true;
            case "info": severity = Severity.Info; return true;
            default: severity = default; return false;
        }
    }
}
