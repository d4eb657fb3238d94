using System.Runtime.InteropServices;
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

    /// <summary>A column head giving money in 元 rather than the template's 万元: "采购总金额（元）", "（单位：元）".</summary>
    [GeneratedRegex(@"\((?:单位:)?元\)")]
    private static partial Regex YuanHeadRx();

    private sealed record Key(string Text, int MinLength);

    /// <summary>A section's row keys and each row's names for findings: the same for every report, so made once.</summary>
    private sealed record Rows(Key[][] Keys, string[] Where, string[] Place);

    private static readonly Dictionary<SectionLayout, Rows> KeyCache = new(ReferenceEqualityComparer.Instance);
    private static readonly Lock CacheLock = new();

    private static Rows RowsOf(SectionLayout layout)
    {
        lock (CacheLock)
        {
            if (KeyCache.TryGetValue(layout, out var rows)) return rows;
            rows = new Rows(
                layout.Rows.Select(r => r.Aliases.Prepend(r.Label).SelectMany(KeysOf).ToArray()).ToArray(),
                layout.Rows.Select(r => $"{layout.Key}.{r.Key}").ToArray(),
                layout.Rows.Select(layout.RowName).ToArray());
            KeyCache[layout] = rows;
            return rows;
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

    /// <param name="spacedThousands">
    /// The text prints numbers with their thousands spaced apart (<see cref="SpacedThousands"/>): numbers that may be one
    /// are not shared out between rows.
    /// </param>
    /// <param name="overfull">Whether a row, before any sharing, prints more numbers on one line than it has cells, two of them maybe one number.</param>
    public static List<RowRun> Match(SectionLayout layout, List<Token> tokens, bool spacedThousands, out bool overfull)
    {
        var (keys, where, place) = RowsOf(layout);
        var runs = new List<RowRun>(layout.Rows.Length);
        for (var r = 0; r < layout.Rows.Length; r++) runs.Add(new RowRun(layout.Rows[r].Offset, layout.Rows[r].Fields.Length, where[r], place[r]));
        var next = 0;
        var current = -1;
        // The text since the last number, in a buffer of this thread: a string of it for every run of numbers, and
        // each row's token list grown by doubling, were a tenth of a report's bytes.
        var zone = t_zone ??= new char[ZoneTail * 4];
        var zoneLength = 0;
        var matched = 0;
        // A section has a few dozen rows: the four per-row arrays on the stack, not four arrays a section.
        var n = runs.Count;
        Span<int> ints = n <= 256 ? stackalloc int[3 * n] : new int[3 * n];
        Span<bool> bySuffix = n <= 256 ? stackalloc bool[n] : new bool[n];
        bySuffix.Clear();
        Span<int> sharedFrom = ints[..n], start = ints[n..(2 * n)], end = ints[(2 * n)..];
        for (var r = 0; r < n; r++) sharedFrom[r] = r;
        end.Clear();
        // Each row's tokens are consecutive among those dealt to rows (rows are matched in order, each once): kept as a
        // range of one scratch list and copied out at the end at their exact length.
        var dealt = t_dealt ??= new List<Token>(256);
        dealt.Clear();
        start.Fill(-1);
        foreach (var t in CollectionsMarshal.AsSpan(tokens))
        {
            if (t.Kind == TokenKind.Text)
            {
                if (zoneLength + t.Text.Length > zone.Length) Array.Resize(ref zone, Math.Max(zone.Length * 2, zoneLength + t.Text.Length));
                t.Text.CopyTo(zone.AsSpan(zoneLength));
                zoneLength += t.Text.Length;
                if (zoneLength > ZoneTail * 2)
                {
                    zone.AsSpan(zoneLength - ZoneTail, ZoneTail).CopyTo(zone);
                    zoneLength = ZoneTail;
                }
                continue;
            }
            if (zoneLength > 0)
            {
                var z = zone.AsSpan(0, zoneLength);
                var (row, suffix) = Best(z, keys, next);
                if (row >= 0)
                {
                    if (current >= 0) end[current] = dealt.Count;
                    current = row;
                    start[row] = dealt.Count;
                    if (YuanHeadRx().IsMatch(z)) runs[row].AmountUnit = "元";
                    bySuffix[row] = suffix;
                    // pdftotext's default mode prints labels of rows beside a merged cell together, before their numbers.
                    var from = row;
                    while (from - 1 >= next && start[from - 1] < 0 && ContainsAny(z, keys[from - 1])) from--;
                    sharedFrom[row] = from;
                    next = row + 1;
                    matched++;
                }
                zoneLength = 0;
            }
            if (current >= 0) dealt.Add(t);
        }
        if (current >= 0) end[current] = dealt.Count;
        for (var r = 0; r < runs.Count; r++)
        {
            if (start[r] < 0) continue;
            runs[r].Tokens = RowLists.Copy(CollectionsMarshal.AsSpan(dealt)[start[r]..end[r]]);
        }
        dealt.Clear();
        if (zone.Length > ZoneTail * 16) zone = null; // one huge label does not keep its buffer for the thread's life
        t_zone = zone;

        // A row of cells whose first value cell holds something and that has more cells than fields only by empty ones
        // at its end: the table is drawn wider than the row (section 二 of the 2021 format: one field, three value
        // columns), and its first cells are its values. Kept as cells, "| 行政强制 | 1261622 | | |" was shared back
        // over the blank rows above it (行政许可 read as 1261622). Only delimited cells give an empty token ("").
        foreach (var run in runs)
            if (run.Tokens is { } t && t.Count > run.FieldCount && t[0] is not { Kind: TokenKind.Blank, Text: "" })
                while (t.Count > run.FieldCount && t[^1] is { Kind: TokenKind.Blank, Text: "" }) t.RemoveAt(t.Count - 1);
        // A row's values are its last cells: empty cells beyond them are the label's merged columns, not blank values.
        // Not so in section 二's short rows (one to three fields) that also end in an empty cell: their table is drawn
        // as wide as its widest row (pandoc's pipe table: four columns), so the merge's empty cell comes after the
        // values, and "| 政府集中采购 | | 36 | |" read as 36 projects for a blank count and 36 万元. Which empty cell is
        // no value is then not known here: left to the resolver, which drops one only where the identities decide.
        foreach (var run in runs)
            while (run.Tokens is { } t && t.Count > run.FieldCount && t[0] is { Kind: TokenKind.Blank, Text: "" }
                && !(run.FieldCount <= 3 && t[^1] is { Kind: TokenKind.Blank, Text: "" }))
                t.RemoveAt(0);
        overfull = runs.Exists(SpacedThousands.Overfull);
        ShareBack(runs, sharedFrom, spacedThousands);
        Split(runs, spacedThousands);
        for (var r = 0; r < runs.Count; r++)
            runs[r].Exact = bySuffix[r] && sharedFrom[r] == r && runs[r].Tokens is { } t && t.Count == runs[r].FieldCount;
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

    [ThreadStatic] private static char[]? t_zone;
    [ThreadStatic] private static List<Token>? t_dealt;

    private static bool ContainsAny(ReadOnlySpan<char> zone, Key[] keys)
    {
        foreach (var k in keys)
            if (zone.IndexOf(k.Text, StringComparison.Ordinal) >= 0) return true;
        return false;
    }

    /// <summary>A run holding the numbers of its row and of the rows whose labels came just before its own, with none of their own, is shared out.</summary>
    private static void ShareBack(List<RowRun> runs, Span<int> sharedFrom, bool spacedThousands)
    {
        for (var r = 0; r < runs.Count; r++)
        {
            if (sharedFrom[r] == r || runs[r].Tokens is not { } t) continue;
            if (spacedThousands && SpacedThousands.HasPair(t)) { sharedFrom[r] = r; continue; }
            var from = sharedFrom[r];
            if (Enumerable.Range(from, r - from + 1).Sum(j => runs[j].FieldCount) != t.Count) { sharedFrom[r] = r; continue; }
            var at = 0;
            for (var j = from; j <= r; j++)
            {
                runs[j].Tokens = RowLists.Copy(CollectionsMarshal.AsSpan(t).Slice(at, runs[j].FieldCount));
                at += runs[j].FieldCount;
            }
        }
    }

    /// <summary>A run holding exactly the numbers of its row and of the rows after it whose labels were lost is shared out.</summary>
    private static void Split(List<RowRun> runs, bool spacedThousands)
    {
        for (var r = 0; r < runs.Count; r++)
        {
            var t = runs[r].Tokens;
            if (t is null || t.Count <= runs[r].FieldCount || spacedThousands && SpacedThousands.HasPair(t)) continue;
            var sum = runs[r].FieldCount;
            var m = 1;
            while (sum < t.Count && r + m < runs.Count && runs[r + m].Tokens is null) sum += runs[r + m++].FieldCount;
            if (sum != t.Count) continue;
            var at = 0;
            for (var j = 0; j < m; j++)
            {
                runs[r + j].Tokens = RowLists.Copy(CollectionsMarshal.AsSpan(t).Slice(at, runs[r + j].FieldCount));
                at += runs[r + j].FieldCount;
            }
        }
    }

    /// <summary>
    /// The row (at or after <paramref name="from"/>) whose label start the zone ends with, longest match first.
    /// Failing that, a label start inside the zone: a page break can put the repeated header in the middle of a
    /// label ("1.信访举报投诉类申" + header + "请"); the latest such start wins.
    /// </summary>
    private static (int Row, bool Suffix) Best(ReadOnlySpan<char> zone, Key[][] keys, int from)
    {
        int best = -1, bestLength = 0;
        var last = zone[^1];
        for (var r = from; r < keys.Length; r++)
            foreach (var key in keys[r])
            {
                // A match of MinLength or more ends the zone with one of the label's characters from MinLength on: a
                // vectorised search for the zone's last character passes over most labels before the suffix is compared.
                if (key.Text.AsSpan(key.MinLength - 1).IndexOf(last) < 0) continue;
                var length = SuffixPrefix(zone, key.Text);
                if (length >= key.MinLength && length > bestLength) { best = r; bestLength = length; }
            }
        if (best >= 0) return (best, true);

        int bestEnd = -1;
        for (var r = from; r < keys.Length; r++)
            foreach (var key in keys[r])
            {
                // MinLength of the label's start somewhere in the zone, found by one vectorised search, or no match.
                if (zone.IndexOf(key.Text.AsSpan(0, key.MinLength)) < 0) continue;
                var (at, length) = LongestPrefixInside(zone, key.Text);
                if (length < key.MinLength) continue;
                // The label's end may close the zone after the header: "2.没有" + header + "现成信息需要另行制作".
                var tail = length < key.Text.Length ? zone.CommonSuffixLength(key.Text.AsSpan(length)) : 0;
                // A tail of one character counts only when it completes the label: "(七)总" + header + "计".
                var closes = tail >= 2 || tail >= 1 && length + tail == key.Text.Length;
                var end = closes ? zone.Length : at + length;
                var total = length + (closes ? tail : 0);
                if (total < Math.Min(key.Text.Length, 5)) continue;
                if (end > bestEnd || end == bestEnd && total > bestLength) { best = r; bestEnd = end; bestLength = total; }
            }
        return (best, false);
    }

    private static int CommonSuffixLength(this ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[a.Length - 1 - n] == b[b.Length - 1 - n]) n++;
        return n;
    }

    /// <summary>Where in <paramref name="zone"/> the longest prefix of <paramref name="label"/> occurs, and its length.</summary>
    private static (int At, int Length) LongestPrefixInside(ReadOnlySpan<char> zone, string label)
    {
        int at = -1, best = 0;
        var first = label[0];
        for (var i = zone.IndexOf(first); i >= 0; i = NextIndexOf(zone, first, i + 1))
        {
            var n = zone[i..].CommonPrefixLength(label);
            if (n >= best) { at = i; best = n; }
        }
        return (at, best);

        static int NextIndexOf(ReadOnlySpan<char> zone, char c, int from)
        {
            var i = zone[from..].IndexOf(c);
            return i < 0 ? -1 : from + i;
        }
    }

    /// <summary>Length of the longest suffix of <paramref name="zone"/> that is a prefix of <paramref name="label"/>.</summary>
    private static int SuffixPrefix(ReadOnlySpan<char> zone, string label)
    {
        var start = Math.Max(0, zone.Length - label.Length);
        for (var i = start; i < zone.Length; i++)
        {
            if (zone[i] != label[0]) continue;
            var len = zone.Length - i;
            if (zone[i..].SequenceEqual(label.AsSpan(0, len))) return len;
        }
        return 0;
    }
}

/// <summary>
/// The rows' token lists of one <see cref="ReportTextReader.Read(string, string?, TextTraits)"/> on this thread: they are
/// read only within that call (the resolver's readings and findings copy what they keep), so each call reuses the lists
/// of the one before instead of a new exact list per row (8 KB a report: the largest share of the bytes outside the
/// resolver). Outside a <see cref="Open"/> scope (a test calling <see cref="RowMatcher"/> directly) every list is new.
/// </summary>
internal static class RowLists
{
    /// <summary>Bounds on what a thread keeps: one huge text does not keep its lists for the thread's life.</summary>
    private const int MaxLists = 512, MaxKeptCapacity = 4096;

    [ThreadStatic] private static List<List<Token>>? t_lists;
    [ThreadStatic] private static int t_used;
    [ThreadStatic] private static bool t_open;

    /// <summary>Lists handed out from here on are reused by the next scope; a scope within a scope is the outer one.</summary>
    public static Scope Open()
    {
        if (t_open) return default;
        t_open = true;
        t_used = 0;
        return new Scope(true);
    }

    /// <summary>A list holding <paramref name="tokens"/>, of this scope (or new outside one).</summary>
    public static List<Token> Copy(ReadOnlySpan<Token> tokens)
    {
        var list = Rent(tokens.Length);
        list.AddRange(tokens);
        return list;
    }

    /// <summary>An empty list with room for <paramref name="capacity"/> tokens, of this scope (or new outside one).</summary>
    public static List<Token> Rent(int capacity)
    {
        if (!t_open || t_used >= MaxLists) return new List<Token>(capacity);
        var lists = t_lists ??= new List<List<Token>>(64);
        List<Token> list;
        if (t_used < lists.Count)
        {
            list = lists[t_used];
            list.Clear();
            if (list.Capacity < capacity) list.Capacity = capacity;
        }
        else lists.Add(list = new List<Token>(Math.Max(capacity, 8)));
        t_used++;
        return list;
    }

    public readonly struct Scope(bool owner) : IDisposable
    {
        public void Dispose()
        {
            if (!owner) return;
            t_open = false;
            if (t_lists is { } lists)
                for (var i = 0; i < t_used && i < lists.Count; i++)
                    if (lists[i].Capacity > MaxKeptCapacity) lists[i] = new List<Token>(8);
            t_used = 0;
        }
    }
}
