using System.Text;
using Gongkai.Core.Model;

namespace Gongkai.Core.Text;

/// <summary>
/// Full-text search in Chinese that works on SQLite and on Debian's PostgreSQL without extensions
/// (no zhparser, no pg_trgm, no FTS5 tokenizer for Chinese): character bigrams, indexed on PostgreSQL only.
/// </summary>
/// <remarks>
/// Chinese has no spaces between words, so a report's text is cut into overlapping two-character grams
/// ("政府信息" → 政府, 府信, 信息). On PostgreSQL each distinct gram is coded as one int (<see cref="Codes"/>) and the
/// sorted set is stored with the report in the filed report's <c>Grams</c> (int[], a GIN index): a query of
/// n ≥ 2 characters keeps the reports whose array contains all of the query's codes (<c>@&gt;</c>, one GIN lookup),
/// then confirms the exact phrase with a substring test on its <c>SearchText</c> of those
/// candidates only (bigrams alone do not fix their order). On SQLite (one office, thousands of reports at most) and for
/// a one-character query (no gram) the search is the substring test over the filtered reports.
/// Text is normalised first (NFKC: full-width letters and digits become ASCII; lower case), and runs of letters and
/// digits are separated by one space, so punctuation never joins or splits a word.
/// </remarks>
public static class SearchText
{
    /// <summary>
    /// The report's title as it prints it ("…2025年政府信息公开工作年度报告": a search for 公开 or 年度报告 finds every
    /// report, not only those whose prose repeats the words), the agency name and its prose (before 一, 一、五、六), normalised.
    /// </summary>
    public static string Of(Report report)
    {
        var sb = new StringBuilder();
        if (report.Agency is { } agency) sb.Append(agency).Append(' ');
        sb.Append(report.Year is { } year ? $"{year}年" : "").Append("政府信息公开工作年度报告 ");
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

    /// <summary>
    /// The distinct bigrams of normalised text (none across a space), each coded as <c>(c1 &lt;&lt; 16) | c2</c> of its two
    /// UTF-16 code units (surrogates included: the same text always gives the same codes), sorted ascending.
    /// </summary>
    public static int[] Codes(string normalized)
    {
        var codes = new HashSet<int>();
        foreach (var word in normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            for (var i = 0; i + 1 < word.Length; i++) codes.Add(Code(word[i], word[i + 1]));
        var sorted = codes.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    /// <summary>One bigram's code: the first code unit in the high 16 bits, the second in the low ones.</summary>
    public static int Code(char first, char second) => unchecked((int)(((uint)first << 16) | second));

    /// <summary>The words of a query, normalised; every one must occur.</summary>
    public static IReadOnlyList<string> Words(string? query) =>
        query is null ? [] : Normalize(query).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(8).ToList();
}
