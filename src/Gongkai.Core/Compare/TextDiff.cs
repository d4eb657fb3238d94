using System.Collections.Immutable;
using System.Text;

namespace Gongkai.Core.Compare;

public enum EditKind
{
    /// <summary>In both texts.</summary>
    Same,
    /// <summary>Only in the new text.</summary>
    Inserted,
    /// <summary>Only in the old text.</summary>
    Deleted,
}

/// <summary>One run of a diff: the same, inserted or deleted text.</summary>
public sealed record TextEdit(EditKind Kind, string Text);

/// <summary>
/// Differences between two texts, word by word for Latin letters and numbers and character by character for Chinese
/// (which has no spaces to split words at): a number written 74 and later 713 is one replaced word, not two
/// characters kept and one changed. Myers' O((N+M)D) algorithm in linear space, so a long paragraph costs little when
/// it changed little. The Same and Deleted runs spell the old text exactly, the Same and Inserted runs the new one.
/// </summary>
public static class TextDiff
{
    public static ImmutableArray<TextEdit> Diff(string oldText, string newText)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        var (a, b, tokens) = Tokenize(oldText, newText);
        var ops = new List<(EditKind Kind, int Token)>();
        Diff(a, 0, a.Length, b, 0, b.Length, ops);
        return Cleanup(Merge(ops, tokens));
    }

    /// <summary>
    /// How much of the two texts is common: 2 × the characters in common ÷ the characters of both (1 = identical,
    /// 0 = nothing in common). Both empty counts as identical.
    /// </summary>
    public static double Similarity(string oldText, string newText)
    {
        if (oldText.Length + newText.Length == 0) return 1;
        if (oldText == newText) return 1;
        var (a, b, tokens) = Tokenize(oldText, newText);
        var ops = new List<(EditKind Kind, int Token)>();
        Diff(a, 0, a.Length, b, 0, b.Length, ops);
        var same = ops.Where(o => o.Kind == EditKind.Same).Sum(o => tokens[o.Token].Length);
        return 2.0 * same / (oldText.Length + newText.Length);
    }

    /// <summary>Similarity of the texts' character bigrams (Dice): a cheap upper-bound-ish filter before <see cref="Similarity"/>.</summary>
    public static double BigramSimilarity(string a, string b)
    {
        if (a.Length < 2 || b.Length < 2) return a == b ? 1 : 0;
        var counts = new Dictionary<int, int>(a.Length);
        for (var i = 0; i + 1 < a.Length; i++)
        {
            var k = (a[i] << 16) | a[i + 1];
            counts[k] = counts.GetValueOrDefault(k) + 1;
        }
        var common = 0;
        for (var i = 0; i + 1 < b.Length; i++)
        {
            var k = (b[i] << 16) | b[i + 1];
            if (counts.TryGetValue(k, out var n) && n > 0) { counts[k] = n - 1; common++; }
        }
        return 2.0 * common / (a.Length - 1 + b.Length - 1);
    }

    // ---- tokens ------------------------------------------------------------------------------------------------

    /// <summary>Both texts as token ids over one shared vocabulary (the token strings in <c>tokens</c>).</summary>
    private static (int[] A, int[] B, List<string> Tokens) Tokenize(string a, string b)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var tokens = new List<string>();
        int[] Ids(string text)
        {
            var list = new List<int>(text.Length);
            foreach (var t in Words(text))
            {
                if (!ids.TryGetValue(t, out var id)) { id = tokens.Count; ids[t] = id; tokens.Add(t); }
                list.Add(id);
            }
            return [.. list];
        }
        return (Ids(a), Ids(b), tokens);
    }

    /// <summary>Runs of ASCII letters and digits (with a decimal point or % inside a number) are words; every other character stands alone.</summary>
    internal static IEnumerable<string> Words(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            if (char.IsAsciiLetterOrDigit(text[i]))
            {
                i++;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i])
                    || (text[i] is '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i - 1]))))
                    i++;
                if (i < text.Length && text[i] == '%' && char.IsAsciiDigit(text[i - 1])) i++;
            }
            else i += char.IsSurrogatePair(text, i) ? 2 : 1;
            yield return text[start..i];
        }
    }

    // ---- Myers -------------------------------------------------------------------------------------------------

    private static void Diff(int[] a, int aLo, int aHi, int[] b, int bLo, int bHi, List<(EditKind, int)> ops)
    {
        // Common prefix and suffix first: the usual case of a paragraph changed in one place.
        var prefix = 0;
        while (aLo + prefix < aHi && bLo + prefix < bHi && a[aLo + prefix] == b[bLo + prefix]) prefix++;
        for (var i = 0; i < prefix; i++) ops.Add((EditKind.Same, a[aLo + i]));
        aLo += prefix;
        bLo += prefix;
        var suffix = 0;
        while (aHi - suffix > aLo && bHi - suffix > bLo && a[aHi - 1 - suffix] == b[bHi - 1 - suffix]) suffix++;
        var aEnd = aHi - suffix;
        var bEnd = bHi - suffix;

        if (aLo == aEnd) for (var j = bLo; j < bEnd; j++) ops.Add((EditKind.Inserted, b[j]));
        else if (bLo == bEnd) for (var i = aLo; i < aEnd; i++) ops.Add((EditKind.Deleted, a[i]));
        else if (Bisect(a, aLo, aEnd, b, bLo, bEnd) is var (x, y) && x >= 0)
        {
            Diff(a, aLo, aLo + x, b, bLo, bLo + y, ops);
            Diff(a, aLo + x, aEnd, b, bLo + y, bEnd, ops);
        }
        else
        {
            for (var i = aLo; i < aEnd; i++) ops.Add((EditKind.Deleted, a[i]));
            for (var j = bLo; j < bEnd; j++) ops.Add((EditKind.Inserted, b[j]));
        }

        for (var i = aEnd; i < aHi; i++) ops.Add((EditKind.Same, a[i]));
    }

    /// <summary>
    /// How far one search looks (differences between the two halves): past it a stretch is taken as replaced whole.
    /// Paragraphs up to 2000 characters are always diffed exactly; two long, mostly different texts cost at most
    /// (N+M)·this instead of (N+M)², and their diff is still exact text, only not the shortest.
    /// </summary>
    private const int MaxEditDistance = 1000;

    /// <summary>
    /// The middle snake of the shortest edit script (Myers 1986, §4b): the point where the forward and the reverse
    /// searches meet, splitting the problem in two. (-1, -1) when the texts have nothing in common (or the search
    /// gave up at <see cref="MaxEditDistance"/>).
    /// </summary>
    private static (int X, int Y) Bisect(int[] a, int aLo, int aHi, int[] b, int bLo, int bHi)
    {
        int n = aHi - aLo, m = bHi - bLo;
        var max = (n + m + 1) / 2;
        var offset = max;
        var length = 2 * max + 2;
        var v1 = new int[length];
        var v2 = new int[length];
        Array.Fill(v1, -1);
        Array.Fill(v2, -1);
        v1[offset + 1] = 0;
        v2[offset + 1] = 0;
        var delta = n - m;
        var front = delta % 2 != 0;
        int k1Start = 0, k1End = 0, k2Start = 0, k2End = 0;
        for (var d = 0; d < Math.Min(max, MaxEditDistance); d++)
        {
            for (var k1 = -d + k1Start; k1 <= d - k1End; k1 += 2)
            {
                var k1Offset = offset + k1;
                var x1 = k1 == -d || (k1 != d && v1[k1Offset - 1] < v1[k1Offset + 1]) ? v1[k1Offset + 1] : v1[k1Offset - 1] + 1;
                var y1 = x1 - k1;
                while (x1 < n && y1 < m && a[aLo + x1] == b[bLo + y1]) { x1++; y1++; }
                v1[k1Offset] = x1;
                if (x1 > n) k1End += 2;
                else if (y1 > m) k1Start += 2;
                else if (front)
                {
                    var k2Offset = offset + delta - k1;
                    if (k2Offset >= 0 && k2Offset < length && v2[k2Offset] != -1 && x1 >= n - v2[k2Offset]) return (x1, y1);
                }
            }
            for (var k2 = -d + k2Start; k2 <= d - k2End; k2 += 2)
            {
                var k2Offset = offset + k2;
                var x2 = k2 == -d || (k2 != d && v2[k2Offset - 1] < v2[k2Offset + 1]) ? v2[k2Offset + 1] : v2[k2Offset - 1] + 1;
                var y2 = x2 - k2;
                while (x2 < n && y2 < m && a[aHi - 1 - x2] == b[bHi - 1 - y2]) { x2++; y2++; }
                v2[k2Offset] = x2;
                if (x2 > n) k2End += 2;
                else if (y2 > m) k2Start += 2;
                else if (!front)
                {
                    var k1Offset = offset + delta - k2;
                    if (k1Offset >= 0 && k1Offset < length && v1[k1Offset] != -1)
                    {
                        var x1 = v1[k1Offset];
                        var y1 = offset + x1 - k1Offset;
                        if (x1 >= n - x2) return (x1, y1);
                    }
                }
            }
        }
        return (-1, -1);
    }

    // ---- runs --------------------------------------------------------------------------------------------------

    private static List<TextEdit> Merge(List<(EditKind Kind, int Token)> ops, List<string> tokens)
    {
        var runs = new List<TextEdit>();
        var sb = new StringBuilder();
        EditKind? kind = null;
        foreach (var (k, t) in ops)
        {
            if (kind != k && kind is { } prev) { runs.Add(new TextEdit(prev, sb.ToString())); sb.Clear(); }
            kind = k;
            sb.Append(tokens[t]);
        }
        if (kind is { } last) runs.Add(new TextEdit(last, sb.ToString()));
        return runs;
    }

    /// <summary>
    /// For a reader, not for a machine: a single character kept between two changes ("增加了" → "减少了" keeps 了, but
    /// 增 → 减 beside 加 → 少 reads better as 增加 → 减少) is folded into the change, and the deletions and insertions of one
    /// changed stretch are shown as one deletion followed by one insertion.
    /// </summary>
    private static ImmutableArray<TextEdit> Cleanup(List<TextEdit> runs)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            for (var i = 1; i + 1 < runs.Count; i++)
            {
                if (runs[i].Kind != EditKind.Same || runs[i].Text.EnumerateRunes().Count() > 1) continue;
                if (runs[i - 1].Kind == EditKind.Same || runs[i + 1].Kind == EditKind.Same) continue;
                var text = runs[i].Text;
                runs[i] = new TextEdit(EditKind.Deleted, text);
                runs.Insert(i + 1, new TextEdit(EditKind.Inserted, text));
                changed = true;
            }
            runs = Regroup(runs);
        }
        return [.. runs];
    }

    /// <summary>Each stretch between Same runs as (at most) one Deleted then one Inserted run; empty runs dropped.</summary>
    private static List<TextEdit> Regroup(List<TextEdit> runs)
    {
        var result = new List<TextEdit>();
        var del = new StringBuilder();
        var ins = new StringBuilder();
        void Flush()
        {
            if (del.Length > 0) result.Add(new TextEdit(EditKind.Deleted, del.ToString()));
            if (ins.Length > 0) result.Add(new TextEdit(EditKind.Inserted, ins.ToString()));
            del.Clear();
            ins.Clear();
        }
        foreach (var r in runs)
        {
            if (r.Text.Length == 0) continue;
            switch (r.Kind)
            {
                case EditKind.Deleted: del.Append(r.Text); break;
                case EditKind.Inserted: ins.Append(r.Text); break;
                default:
                    Flush();
                    if (result.Count > 0 && result[^1].Kind == EditKind.Same) result[^1] = new TextEdit(EditKind.Same, result[^1].Text + r.Text);
                    else result.Add(r);
                    break;
            }
        }
        Flush();
        return result;
    }
}
