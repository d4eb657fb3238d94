using System.Text;

namespace Gongkai.Render.Export;

/// <summary>
/// One CSV field writer for every CSV Gongkai writes (the export, the public cells.csv, the roll-up, check's
/// findings): RFC 4180 quoting, and no text that a spreadsheet would run as a formula.
/// </summary>
public static class Csv
{
    /// <summary>
    /// A text field. A value starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return is what
    /// Excel, WPS and LibreOffice read as a formula (<c>=HYPERLINK(…)</c>, <c>=cmd|'/C calc'!A0</c>): such a value is
    /// written with a leading apostrophe, the spreadsheets' own mark for “text, not a formula” (OWASP's advice), and
    /// quoted. Numbers are written by <see cref="Number"/>, never through here, so a negative amount stays a number.
    /// </summary>
    public static StringBuilder Text(StringBuilder sb, string? value)
    {
        if (string.IsNullOrEmpty(value)) return sb;
        if (IsFormula(value)) return sb.Append("\"'").Append(value.Replace("\"", "\"\"")).Append('"');
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0) return sb.Append(value);
        return sb.Append('"').Append(value.Replace("\"", "\"\"")).Append('"');
    }

    /// <summary>The field as <see cref="Text(StringBuilder, string?)"/> writes it.</summary>
    public static string Text(string? value) => Text(new StringBuilder(), value).ToString();

    /// <summary>A number as data: invariant, no exponent (a value of the report, written as it is).</summary>
    public static StringBuilder Number(StringBuilder sb, string number) => sb.Append(number);

    /// <summary>Whether a spreadsheet would take <paramref name="value"/> for a formula.</summary>
    public static bool IsFormula(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
        // Full-width forms are folded by some spreadsheets' input methods; treat them alike.
        or '＝' or '＋' or '－' or '＠';
}
