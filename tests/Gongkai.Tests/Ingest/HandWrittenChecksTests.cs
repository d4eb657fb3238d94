using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Gongkai.Ingest.Text;

namespace Gongkai.Tests.Ingest;

/// <summary>
/// The tokenizer's and the reader's per-line checks written by hand instead of regexes (docs/benchmarks.md, fourth
/// pass) mean exactly what the regexes meant: each is compared with a copy of the pattern it replaced, on random lines
/// made of the characters the patterns care about and on every line of the real corpus and the seeds.
/// </summary>
public sealed partial class HandWrittenChecksTests
{
    // The patterns as they were in Tokenizer.cs before they were written by hand.
    [GeneratedRegex(@"(?<![\d.,])(\d{1,2})\s*[.、。]\s*(?=[^\d\s.,])")]
    private static partial Regex NumberingRx();

    [GeneratedRegex(@"(?<=\d)\s+([.、。])\s*(?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex SpacedNumberingRx();

    private static string ByRegex(string line) => SpacedNumberingRx().Replace(NumberingRx().Replace(line, "$1."), "$1");

    /// <summary>Digits of several scripts, every kind of space, the numbering marks, ideographs and their neighbours.</summary>
    private static readonly char[] Alphabet =
    [
        '0', '1', '2', '9', '٣', '５', ' ', ' ', '\t', '\u3000', '\u00a0', '\u2028', '\u0085', '.', '.', '、', '。', ',', '．',
        '属', '于', '一', '二', '龥', '㐀', 'a', 'l', 'O', '(', '（', '-', '/', '\u001f', '\ud840', '\udc00',
    ];

    private static IEnumerable<string> RandomLines(int count) =>
        Gen.Sample(Gen.ArrayOf(Gen.Elements(Alphabet)).Select(a => new string(a)), 40, count);

    private static IEnumerable<string> RealLines()
    {
        var files = Directory.GetFiles(RealCorpus.Dir, "*.txt").Concat(Directory.GetFiles(SharedFiles.SeedsDir, "*.txt"));
        foreach (var file in files)
            foreach (var line in Gongkai.Core.Text.Nfkc.Normalize(File.ReadAllText(file)).Split('\n'))
                yield return line;
    }

    [Fact]
    public void Closing_a_labels_numbering_by_hand_gives_what_the_two_regex_replacements_gave_on_random_lines()
    {
        var lines = RandomLines(30_000).ToList();
        Assert.Contains(lines, l => ByRegex(l) != l); // the sample reaches lines the patterns change
        foreach (var line in lines) Assert.Equal(ByRegex(line), Tokenizer.CloseNumbering(line));
    }

    [Fact]
    public void Closing_a_labels_numbering_by_hand_gives_what_the_two_regex_replacements_gave_on_real_lines()
    {
        var changed = 0;
        foreach (var line in RealLines())
        {
            var expected = ByRegex(line);
            Assert.Equal(expected, Tokenizer.CloseNumbering(line));
            if (expected != line) changed++;
        }
        Assert.True(changed > 100, $"{changed} real lines changed");
    }

    [Fact]
    public void A_line_with_nothing_to_close_up_is_returned_as_it_is_not_copied()
    {
        const string line = "1.属于国家秘密 0 0 0 0 0 0 0";
        Assert.Same(line, Tokenizer.CloseNumbering(line));
        Assert.Equal("3.危 及 0", Tokenizer.CloseNumbering("3 . 危 及 0"));
        Assert.Equal("713000074、上年", Tokenizer.CloseNumbering("713000074 、 上年"));
    }
}
