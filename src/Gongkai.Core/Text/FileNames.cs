using System.Globalization;
using System.Text;

namespace Gongkai.Core.Text;

/// <summary>What a file name given by a client or found in an archive becomes before it is stored or shown.</summary>
public static class FileNames
{
    public const int MaxLength = 200;
    public const string Unnamed = "未命名文件";

    /// <summary>
    /// The last path segment (either slash), without control characters (C0, C1) or invisible format characters
    /// (Unicode Cf: bidirectional overrides such as U+202E make “gpj.exe” look like “exe.jpg”, zero-width spaces hide
    /// differences), trimmed, and at most <see cref="MaxLength"/> characters with its extension kept.
    /// </summary>
    public static string Clean(string? name)
    {
        var s = name ?? "";
        var slash = s.LastIndexOfAny(['/', '\\']);
        if (slash >= 0) s = s[(slash + 1)..];
        var clean = Visible(s).Trim().TrimEnd('.');
        if (clean.Length == 0 || clean is "." or "..") return Unnamed;
        if (clean.Length <= MaxLength) return clean;
        var dot = clean.LastIndexOf('.');
        var extension = dot > 0 && clean.Length - dot <= 16 ? clean[dot..] : "";
        return clean[..(MaxLength - extension.Length)] + extension;
    }

    /// <summary>The text without control, invisible-format, separator or unassigned characters (its path left as it is).</summary>
    public static string Visible(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator) continue;
            sb.Append(rune.ToString());
        }
        return sb.ToString();
    }
}
