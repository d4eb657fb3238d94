using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Gongkai.Ingest.Text;
using Gongkai.Tests.Generation;

namespace Gongkai.Tests.Ingest;

/// <summary>
/// The tokenizer's per-piece tests written by hand (<see cref="PieceShape"/>, docs/benchmarks.md, sixth pass) mean
/// exactly what the regexes they replaced meant, and the cheap tests put before the regexes that stay (a Markdown
/// alignment row, a date inside a piece) let every match through: each is compared with a copy of the original
/// pattern on random pieces made of the characters the patterns care about, on pieces put together from numbers' and
/// units' parts, and on every piece of every line of the real corpus, the seeds and generated damaged texts.
/// </summary>
public sealed partial class PieceShapeTests
{
    // The patterns as they were in Tokenizer.cs before they were written by hand.
    private const string Units = "万元|亿元|元|万|件|条|次|宗|个|项|份|人次|篇|家|户|起|批";

    [GeneratedRegex(@"^(?<num>[+-]?(?:\d{1,3}(?:,\d{3}){1,4}|\d{1,15})(?:\.\d{1,8})?)(?<unit>" + Units + ")?$")]
    private static partial Regex NumberRx();

    [GeneratedRegex(@"^(?:" + Units + ")$")]
    private static partial Regex UnitRx();

    [GeneratedRegex(@"^(?:-{1,2}|—{1,2}|–|/|\\|无|空)$")]
    private static partial Regex BlankRx();

    [GeneratedRegex(@"^[+-]?[0-9OoDlI]+(?:[.。][0-9OoDlI]+)?$")]
    private static partial Regex RecognisedNumberRx();

    [GeneratedRegex(@"^[lI](?=[.。、]\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex RecognisedNumberingRx();

    // The patterns that stay in Tokenizer.cs behind a cheap test.
    [GeneratedRegex(@"^\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-{0,}:?\s*$")]
    private static partial Regex MarkdownRuleRx();

    [GeneratedRegex(@"(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}")]
    private static partial Regex DateRx();

    /// <summary>Digits of four scripts, signs, points, commas, the letters OCR puts for digits, units, blanks, line feeds.</summary>
    private static readonly char[] Alphabet =
    [
        '0', '1', '5', '9', '٣', '５', '߂', '+', '-', ',', '.', '。', '、', 'O', 'o', 'D', 'l', 'I', '万', '元', '亿', '人', '次',
        '件', '宗', '—', '–', '/', '\\', '无', '空', '\n', ' ', '|', ':', '属', 'a', '?', '年',
    ];

    private static IEnumerable<string> RandomPieces(int count) =>
        Gen.Sample(Gen.Choose(0, 10).SelectMany(n => Gen.ArrayOf(Gen.Elements(Alphabet), n)).Select(a => new string(a)), count);

    /// <summary>Pieces put together from numbers' parts: most are near misses of a number (a fourth thousands group, nine decimals).</summary>
    private static IEnumerable<string> NumberLikePieces(int count) =>
        Gen.Sample(Gen.Choose(1, 8).SelectMany(n => Gen.ArrayOf(Gen.Elements(
            "+", "-", "1", "23", "456", "7890", "12345678", ",", ",123", ".", ".5", "٣", "O", "l", "。", "万元", "元", "万", "人次",
            "次", "亿元", "\n", "—", "-", "无"), n)).Select(parts => string.Concat(parts)), count);

    private static readonly char[] Separators = [' ', '\t', '\u00a0', '\u3000', '|'];

    /// <summary>Every line of the real corpus, the seeds and 600 generated damaged texts (Markdown, OCR'd, run together, the seeds' kinds).</summary>
    private static IEnumerable<string> CorpusLines()
    {
        var files = Directory.GetFiles(RealCorpus.Dir, "*.txt").Concat(Directory.GetFiles(RealCorpus.Dir, "*.html"))
            .Concat(Directory.GetFiles(SharedFiles.SeedsDir, "*.txt"));
        foreach (var file in files)
            foreach (var line in Gongkai.Core.Text.Nfkc.Normalize(File.ReadAllText(file)).Split('\n'))
                yield return line;
        foreach (var damage in new[] { Damage.None, Damage.Markdown, Damage.Ocr, Damage.RunTogether })
            for (var seed = 0; seed < 150; seed++)
                foreach (var line in Gongkai.Core.Text.Nfkc.Normalize(ReportTextLayout.Generate(seed, require: damage).Text).Split('\n'))
                    yield return line;
    }

    private static IEnumerable<string> CorpusPieces() =>
        CorpusLines().SelectMany(l => l.Split(Separators, StringSplitOptions.RemoveEmptyEntries));

    private static int AssertSameAsPatterns(IEnumerable<string> pieces)
    {
        var numbers = 0;
        foreach (var piece in pieces)
        {
            var m = NumberRx().Match(piece);
            var hand = PieceShape.IsNumber(piece, out var numLength, out var unit);
            Assert.True(m.Success == hand, $"number: “{piece}” is {m.Success} by the pattern");
            if (m.Success)
            {
                numbers++;
                Assert.Equal(m.Groups["num"].Value, piece[..numLength]);
                Assert.Equal(m.Groups["unit"].Success ? m.Groups["unit"].Value : null, unit);
            }
            Assert.True(UnitRx().IsMatch(piece) == PieceShape.IsUnit(piece), $"unit: “{piece}”");
            Assert.True(BlankRx().IsMatch(piece) == PieceShape.IsBlank(piece), $"blank: “{piece}”");
            Assert.True(RecognisedNumberRx().IsMatch(piece) == PieceShape.IsRecognisedNumber(piece), $"recognised number: “{piece}”");
            Assert.True(RecognisedNumberingRx().IsMatch(piece) == PieceShape.IsRecognisedNumbering(piece), $"recognised numbering: “{piece}”");
        }
        return numbers;
    }

    [Fact]
    public void A_number_a_unit_a_blank_and_a_misread_number_are_told_by_hand_as_their_patterns_tell_them_on_random_pieces()
    {
        var pieces = RandomPieces(100_000).Concat(NumberLikePieces(100_000)).ToList();
        var numbers = AssertSameAsPatterns(pieces);
        // The sample reaches every outcome of every pattern, not only the misses.
        Assert.True(numbers > 5_000, $"{numbers} numbers");
        Assert.True(pieces.Count(p => NumberRx().Match(p).Groups["unit"].Success) > 500);
        Assert.True(pieces.Count(p => UnitRx().IsMatch(p)) > 100 && pieces.Count(p => BlankRx().IsMatch(p)) > 100);
        Assert.True(pieces.Count(p => RecognisedNumberRx().IsMatch(p) && !NumberRx().IsMatch(p)) > 1_000);
        Assert.Contains(pieces, p => p.EndsWith('\n') && NumberRx().IsMatch(p));
    }

    [Fact]
    public void A_number_a_unit_a_blank_and_a_misread_number_are_told_by_hand_as_their_patterns_tell_them_on_real_and_generated_pieces()
    {
        var numbers = AssertSameAsPatterns(CorpusPieces());
        Assert.True(numbers > 50_000, $"{numbers} numbers");
        var numberings = new[] { "l.属于国家秘密", "I、其他", "l。属于", "l.a", "I.", "1.属于" };
        foreach (var piece in numberings)
            Assert.Equal(RecognisedNumberingRx().IsMatch(piece), PieceShape.IsRecognisedNumbering(piece));
    }

    [Fact]
    public void The_cheap_tests_before_the_markdown_rule_and_date_patterns_let_every_match_through()
    {
        var rules = Gen.Sample(Gen.Choose(0, 14).SelectMany(n => Gen.ArrayOf(Gen.Elements('|', ':', '-', ' ', '\t', '\u3000', '\n', 'a', '1'), n))
            .Select(a => new string(a)), 60_000);
        var dates = Gen.Sample(Gen.Choose(1, 8).SelectMany(n => Gen.ArrayOf(Gen.Elements("19", "20", "2021", "1", "12", "-", ".", "/", "年", "a", "٣"), n))
            .Select(parts => string.Concat(parts)), 60_000);
        int ruleMatches = 0, dateMatches = 0;
        foreach (var line in rules.Concat(CorpusLines()))
        {
            var t = line.AsSpan().Trim().ToString();
            var rule = MarkdownRuleRx().IsMatch(t);
            Assert.True(!rule || !Tokenizer.HasOtherThanRule(t), $"markdown rule: “{t}”");
            if (rule) ruleMatches++;
        }
        foreach (var piece in dates.Concat(CorpusPieces()))
        {
            var date = DateRx().IsMatch(piece);
            Assert.True(!date || Tokenizer.MayBeDate(piece), $"date: “{piece}”");
            if (date) dateMatches++;
        }
        Assert.True(ruleMatches > 100 && dateMatches > 100, $"{ruleMatches} rules, {dateMatches} dates");
    }

    [Fact]
    public void The_tokenizers_digit_test_is_char_IsDigit_for_every_char()
    {
        for (var c = 0; c <= char.MaxValue; c++)
            Assert.True(char.IsDigit((char)c) == Tokenizer.IsDigit((char)c), $"U+{c:X4}");
    }
}
