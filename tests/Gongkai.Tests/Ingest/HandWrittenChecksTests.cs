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

    // The patterns as they were in ReportTextReader.cs and (the footer's) are in TextNormalizer.cs.
    [GeneratedRegex(@"^[+-]?\d[\d,]*(?:\.\d+)?$")]
    private static partial Regex LoneNumberRx();

    [GeneratedRegex(@"^\d{1,2}\s*[.、．]$")]
    private static partial Regex NumberingLineRx();

    [GeneratedRegex(@"^\s*(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}|共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页)\s*$")]
    private static partial Regex PageFooterRx();

    /// <summary>Short lines of the characters a number, a numbering or a page footer is made of.</summary>
    private static readonly char[] ShortAlphabet =
    [
        '0', '1', '7', '٣', '+', '-', '—', '–', ',', '.', '、', '．', '/', '，', ' ', '\t', '\u3000', '\n', '第', '共', '页', '属', 'a',
    ];

    private static IEnumerable<string> ShortLines(int count) =>
        Gen.Sample(Gen.Choose(0, 12).SelectMany(n => Gen.ArrayOf(Gen.Elements(ShortAlphabet), n)).Select(a => new string(a)), count);

    /// <summary>Lines put together from the parts of page footers ("— 3 —", "第 2 页，共 9 页", "3/12"), most of them no footer.</summary>
    private static IEnumerable<string> FooterLikeLines(int count) =>
        Gen.Sample(Gen.Choose(1, 9).SelectMany(n => Gen.ArrayOf(Gen.Elements(
            "第", "共", "页", "-", "—", "–", "/", " ", "\u3000", "1", "23", "12345", "，", ",", "属", "٣"), n)).Select(parts => string.Concat(parts)), count);

    [Fact]
    public void A_lone_number_a_numbering_line_and_a_possible_page_footer_are_told_by_hand_as_their_patterns_tell_them()
    {
        int numbers = 0, numberings = 0, footers = 0;
        foreach (var line in ShortLines(60_000).Concat(FooterLikeLines(60_000)).Concat(RealLines()).Concat(RealLines().Select(l => l.Trim())))
        {
            var number = LoneNumberRx().IsMatch(line);
            Assert.True(number == ReportTextReader.IsLoneNumber(line), $"lone number: “{line}” is {number} by the pattern");
            var numbering = NumberingLineRx().IsMatch(line);
            Assert.True(numbering == ReportTextReader.IsNumberingLine(line), $"numbering line: “{line}” is {numbering} by the pattern");
            var footer = PageFooterRx().IsMatch(line);
            // The hand check only keeps lines away from the regex: it must let every footer through.
            Assert.True(!footer || TextNormalizer.MayBeFooter(line), $"page footer: “{line}” is one by the pattern");
            Assert.Equal(footer, TextNormalizer.IsPageFooter(line));
            if (number) numbers++;
            if (numbering) numberings++;
            if (footer) footers++;
        }
        Assert.True(numbers > 100 && numberings > 50 && footers > 5, $"{numbers} numbers, {numberings} numberings, {footers} footers matched");
    }

    private static string ByRegex(string line) => SpacedNumberingRx().Replace(NumberingRx().Replace(line, "$1."), "$1");

    /// <summary>Digits of several scripts, every kind of space, the numbering marks, ideographs and their neighbours.</summary>
    private static readonly char[] Alphabet =
    [
        '0', '1', '2', '9', '٣', '５', ' ', ' ', '\t', '\u3000', '\u00a0', '\u2028', '\u0085', '.', '.', '、', '。', ',', '．',
        '属', '于', '一', '二', '龥', '㐀', 'a', 'l', 'O', '(', '（', '-', '/', '\u001f', '\ud840', '\udc00',
    ];

    private static IEnumerable<string> RandomLines(int count) =>
        Gen.Sample(Gen.ArrayOf(Gen.Elements(Alphabet)).Select(a => new string(a)), count); // size 50: up to 50 characters

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
        Assert.Equal(30_000, lines.Count);
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
        Assert.True(changed >= 10, $"{changed} real lines changed"); // 17 when written: the random lines reach the rest
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
