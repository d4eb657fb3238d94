using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Ingest.Ocr;

/// <summary>What OCR output needs before the report reader sees it.</summary>
internal static partial class OcrText
{
    /// <summary>
    /// Tesseract separates Chinese characters with spaces where it sees a gap; the reader matches labels without them.
    /// Spaces are kept only between two Latin letters or digits ("2020 年" keeps none, "A B" keeps one).
    /// </summary>
    public static string Tidy(string s)
    {
        s = s.Replace('\n', ' ').Trim();
        if (s.IndexOf(' ') < 0) return s;
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == ' ')
            {
                var prev = sb.Length > 0 ? sb[^1] : ' ';
                var j = i;
                while (j < s.Length && s[j] == ' ') j++;
                var next = j < s.Length ? s[j] : ' ';
                if (char.IsAsciiLetterOrDigit(prev) && char.IsAsciiLetterOrDigit(next)) sb.Append(' ');
                i = j - 1;
                continue;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>A number cell as the tables print it: a count, a signed change, an amount with decimals.</summary>
    [GeneratedRegex(@"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")]
    public static partial Regex NumberRx();

    /// <summary>A blank mark: dash, slash, 无.</summary>
    [GeneratedRegex(@"^(?:-{1,2}|—{1,2}|/|无)$")]
    public static partial Regex BlankRx();
}
