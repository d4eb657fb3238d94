using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Core.Layout;

namespace Gongkai.Ingest.Text;

/// <summary>
/// Assigns the numbers of a table section to its rows by their labels. The text before each run of numbers
/// (wrapped labels, stacked group labels, repeated page headers) is matched by its end against the start of the
/// labels of the rows still to come, so a label cut short by its numbers ("8.属于行 0 0 …") still finds its row,
/// and text that is no label (a repeated header) leaves the numbers with the current row.
/// </summary>
internal static partial class RowMatcher
{
    private const int ZoneTail = 120;

    [GeneratedRegex(@"^(?:\([一二三四五六七八九十]{1,2}\)|[一二三四五六七八九十]{1,2}\.|\d{1,2}\.)")]
    private static partial Regex NumberingRx();

    private sealed record Key(string Text, int MinLength);

    private static readonly Dictionary<SectionLayout, Key[][]> KeyCache = new(ReferenceEqualityComparer.Instance);
    private static readonly Lock CacheLock = new();

    private static Key[][] KeysOf(SectionLayout layout)
    {
        lock (CacheLock)
        {
            if (KeyCache.TryGetValue(layout, out var keys)) return keys;
            keys = layout.Rows.Select(r => r.Aliases.Prepend(r.Label).SelectMany(KeysOf).ToArray()).ToArray();
            KeyCache[layout] = keys;
            return keys;
        }
    }

    private static IEnumerable<Key> KeysOf(string label)
    {
        var key = TextNormalizer.MatchKey(label.Normalize(NormalizationForm.FormKC));
        var numbering = NumberingRx().Match(key);
        var p = numbering.Success ? numbering.Length : 0;
        // Numbering plus one character already tells the rows apart ("2.重" can only be 2.重复申请), and a label
        // cut short by its numbers ("2.重 0 1 0 …") must still find its row.
        yield return new Key(key, p > 0 ? Math.Min(key.Length, p + 1) : Math.Min(key.Length, 3));
        if (p > 0 && key.Length - p >= 4) yield return new Key(key[p..], 4);
    }

    public static List<RowRun> Match(SectionLayout layout, List<Token> tokens)
    {
        var keys = KeysOf(layout);
        var runs = layout.Rows.Select(r => new RowRun(r.Offset, r.Fields.Length, $"{layout.Key}.{r.Key}", layout.RowName(r))).ToList();
        var next = 0;
        var current = -1;
        var zone = new StringBuilder();
        var matched = 0;
        foreach (var t in tokens)
        {
            if (t.Kind == TokenKind.Text)
            {
                zone.Append(t.Text);
                if (zone.Length > ZoneTail * 2) zone.Remove(0, zone.Length - ZoneTail);
                continue;
            }
            if (zone.Length > 0)
            {
                var row = Best(zone.ToString(), keys, next);
                if (row >= 0) { current = row; next = row + 1; runs[row].Tokens = []; matched++; }
                zone.Clear();
            }
            if (current >= 0) runs[current].Tokens!.Add(t);
        }

        if (layout.IsRectangular) Split(runs);
        if (matched < layout.Rows.Length / 2 && layout.IsRectangular)
        {
            // Labels unreadable, numbers intact: take the numbers in order.
            var numbers = tokens.Where(t => t.Kind != TokenKind.Text).ToList();
            if (numbers.Count == layout.CellCount)
                for (var r = 0; r < runs.Count; r++)
                    runs[r].Tokens = numbers.GetRange(r * runs[r].FieldCount, runs[r].FieldCount);
        }
        return runs;
    }

    /// <summary>A run holding exactly m rows' numbers followed by m−1 rows whose labels were lost is shared out.</summary>
    private static void Split(List<RowRun> runs)
    {
        for (var r = 0; r < runs.Count; r++)
        {
            var t = runs[r].Tokens;
            var n = runs[r].FieldCount;
            if (t is null || t.Count <= n || t.Count % n != 0) continue;
            var m = t.Count / n;
            if (r + m > runs.Count || Enumerable.Range(r + 1, m - 1).Any(j => runs[j].Tokens is not null)) continue;
            for (var j = 0; j < m; j++) runs[r + j].Tokens = t.GetRange(j * n, n);
        }
    }

    /// <summary>
    /// The row (at or after <paramref name="from"/>) whose label start the zone ends with, longest match first.
    /// Failing that, a label start inside the zone: a page break can put the repeated header in the middle of a
    /// label ("1.信访举报投诉类申" + header + "请"); the latest such start wins.
    /// </summary>
    private static int Best(string zone, Key[][] keys, int from)
    {
        int best = -1, bestLength = 0;
        for (var r = from; r < keys.Length; r++)
            foreach (var key in keys[r])
            {
                var length = SuffixPrefix(zone, key.Text);
                if (length >= key.MinLength && length > bestLength) { best = r; bestLength = length; }
            }
        if (best >= 0) return best;

        int bestEnd = -1;
        for (var r = from; r < keys.Length; r++)
            foreach (var key in keys[r])
            {
                var (at, length) = LongestPrefixInside(zone, key.Text);
                if (length < key.MinLength) continue;
                // The label's end may close the zone after the header: "2.没有" + header + "现成信息需要另行制作".
                var tail = length < key.Text.Length ? zone.AsSpan().CommonSuffixLength(key.Text.AsSpan(length)) : 0;
                // A tail of one character counts only when it completes the label: "(七)总" + header + "计".
                var closes = tail >= 2 || tail >= 1 && length + tail == key.Text.Length;
                var end = closes ? zone.Length : at + length;
                var total = length + (closes ? tail : 0);
                if (total < Math.Min(key.Text.Length, 5)) continue;
                if (end > bestEnd || end == bestEnd && total > bestLength) { best = r; bestEnd = end; bestLength = total; }
            }
        return best;
    }

    private static int CommonSuffixLength(this ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[a.Length - 1 - n] == b[b.Length - 1 - n]) n++;
        return n;
    }

    /// <summary>Where in <paramref name="zone"/> the longest prefix of <paramref name="label"/> occurs, and its length.</summary>
    private static (int At, int Length) LongestPrefixInside(string zone, string label)
    {
        int at = -1, best = 0;
        var first = label[0];
        for (var i = zone.IndexOf(first); i >= 0; i = zone.IndexOf(first, i + 1))
        {
            var n = zone.AsSpan(i).CommonPrefixLength(label);
            if (n >= best) { at = i; best = n; }
        }
        return (at, best);
    }

    /// <summary>Length of the longest suffix of <paramref name="zone"/> that is a prefix of <paramref name="label"/>.</summary>
    private static int SuffixPrefix(string zone, string label)
    {
        var start = Math.Max(0, zone.Length - label.Length);
        for (var i = start; i < zone.Length; i++)
        {
            if (zone[i] != label[0]) continue;
            var len = zone.Length - i;
            if (zone.AsSpan(i).SequenceEqual(label.AsSpan(0, len))) return len;
        }
        return 0;
    }
}
