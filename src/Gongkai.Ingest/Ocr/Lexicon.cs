using System.Collections.Frozen;
using Gongkai.Core.Layout;

namespace Gongkai.Ingest.Ocr;

/// <summary>
/// The words the templates print — section titles, row and column labels, their groups, the notes — for putting an
/// OCR'd label back to what it must have said (行政处可 → 行政处罚, 本年增/城 → 本年增/减). Only whole labels are
/// replaced, and only by the one label clearly nearest; numbers are never touched, and a wrong label can only fail to
/// match a row, which the reader then reports as missing.
/// </summary>
internal static class Lexicon
{
    private static readonly Lazy<(string[] Words, FrozenSet<string> Exact)> Entries = new(() =>
    {
        var words = new HashSet<string>(StringComparer.Ordinal)
        {
            "一、总体情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项", "申请人情况", "信息内容",
            "法人或其他组织", "行政诉讼", "三、本年度办理结果",
        };
        foreach (var layout in TemplateCatalog.All)
            foreach (var section in layout.Sections)
            {
                words.Add(section.Title);
                if (section.Note is { } note) words.Add(note);
                foreach (var g in section.GroupLabels) words.Add(g);
                foreach (var row in section.Rows)
                {
                    words.Add(row.Label);
                    foreach (var a in row.Aliases) words.Add(a);
                    if (row.Group is { } rg) words.Add(rg);
                    foreach (var f in row.Fields)
                    {
                        words.Add(f.Label);
                        if (f.Group is { } fg) words.Add(fg);
                    }
                }
            }
        var list = words.Where(w => w.Length >= 2).Select(Key).Distinct().ToArray();
        return (list, list.ToFrozenSet());
    });

    /// <summary>The label <paramref name="ocr"/> most likely is, or <paramref name="ocr"/> itself when none is clearly nearest.</summary>
    public static string Snap(string ocr)
    {
        var key = Key(ocr);
        if (key.Length < 2 || key.Length > 60 || key.Any(char.IsAsciiDigit) && !key.Any(c => c > 0x2E80)) return ocr;
        var (words, exact) = Entries.Value;
        if (exact.Contains(key)) return key;
        int best = int.MaxValue, second = int.MaxValue;
        string? bestWord = null;
        foreach (var w in words)
        {
            if (Math.Abs(w.Length - key.Length) > Math.Max(2, key.Length / 3)) continue;
            var d = Distance(key, w, Math.Min(second, Allowed(w)));
            if (d < best) { second = best; best = d; bestWord = w; }
            else if (d < second) second = d;
        }
        return bestWord is not null && best <= Allowed(bestWord) && second > best ? bestWord : ocr;
    }

    /// <summary>Whether the text is one of the templates' words as it stands.</summary>
    public static bool IsWord(string s) => Entries.Value.Exact.Contains(Key(s));

    /// <summary>About two characters in five may be misread; a two-character label may lose one.</summary>
    private static int Allowed(string word) => Math.Max(1, word.Length * 2 / 5);

    /// <summary>Brackets and punctuation as the reader compares them; no spaces.</summary>
    private static string Key(string s) => new([.. s.Where(c => !char.IsWhiteSpace(c)).Select(c => c switch
    {
        '(' => '（', ')' => '）', '〈' or '《' => '（', '〉' or '》' => '）', ':' => '：', ',' => '，', ';' => '；',
        '"' or '“' or '”' => '“', '．' => '.',
        _ => c,
    })]);

    /// <summary>Levenshtein distance, giving up (returning more than <paramref name="limit"/>) once it must exceed it.</summary>
    private static int Distance(string a, string b, int limit)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                rowMin = Math.Min(rowMin, cur[j]);
            }
            if (rowMin > limit) return limit + 1;
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}
