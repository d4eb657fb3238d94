using System.Collections.Immutable;
using Gongkai.Core.Model;
using Gongkai.Core.Rules;

namespace Gongkai.Core.Compare;

/// <summary>
/// The prose of two reports side by side: each part (前言, 一, 五, 六) paragraph by paragraph, aligned in order so that
/// the most text is matched (a dynamic programme over the paragraphs' similarities); a matched pair is 未变 or 修改
/// with its edits, the rest 新增 or 删除. Copied text is looked for apart from the alignment, across every part of the
/// old report, since a paragraph copied into another place is still copied.
/// </summary>
internal static class ProseComparer
{
    public static (ImmutableArray<ProseParagraph> Prose, ImmutableArray<CopiedPassage> Copied) Compare(Report old, Report @new, CompareOptions o)
    {
        var prose = ImmutableArray.CreateBuilder<ProseParagraph>();
        var oldParts = ProseSection.All.ToDictionary(s => s, s => Paragraphs(s.TextOf(old.Narrative)));
        var newParts = ProseSection.All.ToDictionary(s => s, s => Paragraphs(s.TextOf(@new.Narrative)));
        foreach (var section in ProseSection.All)
            prose.AddRange(Align(section, oldParts[section], newParts[section], old, @new, o));
        return (prose.ToImmutable(), Copied(oldParts, newParts, o));
    }

    /// <summary>A part's paragraphs (one a line, as the reader gives them), cleaned as the prose check reads them; blank ones dropped.</summary>
    internal static List<string> Paragraphs(string? text) =>
        text is null ? [] : [.. text.Split('\n').Select(NarrativeCheck.Clean).Where(p => p.Length > 0)];

    private static IEnumerable<ProseParagraph> Align(ProseSection section, List<string> a, List<string> b, Report old, Report @new, CompareOptions o)
    {
        int n = a.Count, m = b.Count;
        var sim = new double[n, m];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < m; j++)
                sim[i, j] = PairSimilarity(a[i], b[j], o.PairThreshold);
        // score[i, j]: the best total similarity aligning a[i..] with b[j..].
        var score = new double[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
            for (var j = m - 1; j >= 0; j--)
            {
                var best = Math.Max(score[i + 1, j], score[i, j + 1]);
                if (sim[i, j] >= o.PairThreshold) best = Math.Max(best, score[i + 1, j + 1] + sim[i, j]);
                score[i, j] = best;
            }
        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && sim[x, y] >= o.PairThreshold && score[x, y] == score[x + 1, y + 1] + sim[x, y])
            {
                var same = a[x] == b[y];
                yield return new ProseParagraph(section, same ? ProseKind.Same : ProseKind.Changed, x + 1, y + 1, a[x], b[y],
                    same ? 1 : sim[x, y], same ? [new TextEdit(EditKind.Same, a[x])] : TextDiff.Diff(a[x], b[y]),
                    [.. NarrativeCheck.Quotes(old, a[x])], [.. NarrativeCheck.Quotes(@new, b[y])]);
                x++;
                y++;
            }
            else if (x < n && (y == m || score[x, y] == score[x + 1, y]))
            {
                yield return new ProseParagraph(section, ProseKind.Deleted, x + 1, null, a[x], null, 0,
                    [new TextEdit(EditKind.Deleted, a[x])], [.. NarrativeCheck.Quotes(old, a[x])], []);
                x++;
            }
            else
            {
                yield return new ProseParagraph(section, ProseKind.Added, null, y + 1, null, b[y], 0,
                    [new TextEdit(EditKind.Inserted, b[y])], [], [.. NarrativeCheck.Quotes(@new, b[y])]);
                y++;
            }
        }
    }

    /// <summary>The similarity of two paragraphs, or 0 when cheap bounds show it is below <paramref name="floor"/>.</summary>
    private static double PairSimilarity(string a, string b, double floor)
    {
        if (a == b) return 1;
        // Even if all of the shorter were common, the similarity could not reach the floor.
        if (2.0 * Math.Min(a.Length, b.Length) / (a.Length + b.Length) < floor) return 0;
        if (TextDiff.BigramSimilarity(a, b) < floor / 3) return 0;
        return TextDiff.Similarity(a, b);
    }

    private static ImmutableArray<CopiedPassage> Copied(Dictionary<ProseSection, List<string>> oldParts, Dictionary<ProseSection, List<string>> newParts,
        CompareOptions o)
    {
        var copied = ImmutableArray.CreateBuilder<CopiedPassage>();
        foreach (var section in ProseSection.All)
        {
            var a = string.Join("\n", oldParts[section]);
            var b = string.Join("\n", newParts[section]);
            if (b.Length < o.MinCopyLength || a.Length == 0) continue;
            var s = PairSimilarity(a, b, o.CopyThreshold);
            if (s >= o.CopyThreshold) copied.Add(new CopiedPassage(CopyScope.Section, section, null, section, null, a, b, s));
        }
        var olds = ProseSection.All.SelectMany(s => oldParts[s].Select((text, i) => (Section: s, Index: i + 1, Text: text))).ToList();
        foreach (var section in ProseSection.All)
        {
            var paragraphs = newParts[section];
            for (var j = 0; j < paragraphs.Count; j++)
            {
                var text = paragraphs[j];
                if (text.Length < o.MinCopyLength) continue;
                // The best old paragraph; among equals, the one of the same part, then the first.
                (ProseSection Section, int Index, string Text, double Similarity)? best = null;
                foreach (var p in olds)
                {
                    var s = PairSimilarity(p.Text, text, o.CopyThreshold);
                    if (s < o.CopyThreshold) continue;
                    if (best is null || s > best.Value.Similarity || (s == best.Value.Similarity && p.Section == section && best.Value.Section != section))
                        best = (p.Section, p.Index, p.Text, s);
                }
                if (best is { } hit)
                    copied.Add(new CopiedPassage(CopyScope.Paragraph, section, j + 1, hit.Section, hit.Index, hit.Text, text, hit.Similarity));
            }
        }
        return copied.ToImmutable();
    }
}
