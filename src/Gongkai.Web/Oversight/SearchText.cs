using System.Text;
using Gongkai.Core.Model;
using Gongkai.Core.Text;

namespace Gongkai.Web.Oversight;

/// <summary>
/// Full-text search in Chinese that works the same on SQLite and on Debian's PostgreSQL without extensions
/// (no zhparser, no pg_trgm, no FTS5 tokenizer for Chinese): an inverted index of character bigrams.
/// </summary>
/// <remarks>
/// Chinese has no spaces between words, so a report's text is cut into overlapping two-character grams
/// ("政府信息" → 政府, 府信, 信息), stored once per report in <see cref="Data.FiledReportTerm"/> with the key
/// (Gram, FiledReportId). A query of n ≥ 2 characters looks up its grams in that B-tree (an index seek per gram on
/// either database), keeps the reports having all of them, and confirms the exact phrase with a substring test on
/// <see cref="Data.FiledReport.SearchText"/> of those few candidates only (bigrams alone do not fix their order).
/// A one-character query has no gram and falls back to the substring test over the filtered reports.
/// Text is normalised first (NFKC: full-width letters and digits become ASCII; lower case), and runs of letters and
/// digits are separated by one space, so punctuation never joins or splits a word.
/// </remarks>
public static class SearchText
{
    /// <summary>The agency name the report prints and its prose (before 一, 一、五、六), normalised.</summary>
    public static string Of(Report report)
    {
        var sb = new StringBuilder();
        if (report.Agency is { } agency) sb.Append(agency).Append(' ');
        foreach (var (_, text) in report.Narrative.Parts()) sb.Append(text).Append(' ');
        return Normalize(sb.ToString());
    }

    /// <summary>NFKC, lower case, letters and digits only, runs separated by single spaces.</summary>
    public static string Normalize(string text)
    {
        var n = Nfkc.Normalize(text).ToLowerInvariant();
        var sb = new StringBuilder(n.Length);
        var space = true;
        foreach (var c in n)
        {
            if (char.IsLetterOrDigit(c)) { sb.Append(c); space = false; }
            else if (!space) { sb.Append(' '); space = true; }
        }
        if (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
        return sb.ToString();
    }

    /// <summary>The distinct bigrams of normalised text, none across a space.</summary>
    public static IReadOnlyCollection<string> Grams(string normalized)
    {
        var grams = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            for (var i = 0; i + 1 < word.Length; i++) grams.Add(word.Substring(i, 2));
        return grams;
    }

    /// <summary>The words of a query, normalised; every one must occur.</summary>
    public static IReadOnlyList<string> Words(string? query) =>
        query is null ? [] : Normalize(query).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(8).ToList();
}
