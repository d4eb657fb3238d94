using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Gongkai.Core.Rules;
using Gongkai.Core.Text;
using Gongkai.Tests.Ingest;

namespace Gongkai.Tests.Core;

/// <summary>
/// NarrativeCheck runs each prose pattern with [0-9] for \d unless the text holds another script's decimal digit, and
/// the reading path tests white space by hand (docs/benchmarks.md, fifth pass): both must mean exactly what they
/// replaced. Each pair of patterns is compared with the patterns as they were, on random prose made of the words
/// they look for, digits of several scripts among them, and on the real corpus's and the seeds' prose.
/// </summary>
public sealed class NarrativePatternTests
{
    /// <summary>The patterns as they were in NarrativeCheck.cs before the [0-9] copies, in the order of NarrativeCheck.Patterns.</summary>
    private static readonly string[] Original =
    [
        @"(?:受理|收到|新收|接收)(?:了|各类)?[^，。；,;:\d]{0,10}?申请(?:共|合计|总计|总数为?)?(?<n>(?<!\d)\d{1,12}(?!\d))(?:件|宗|个|份|起)",
        @"(?:办理|办结|答复|处理)(?:了)?[^，。；,;:\d]{0,10}?申请(?:共|合计)?(?<n>(?<!\d)\d{1,12}(?!\d))(?:件|宗)",
        @"(?:结转上一?年度?|上一?年度?结转)[^，。；,;:\d]{0,12}?(?<n>(?<!\d)\d{1,12}(?!\d))(?:件|宗)",
        @"(?<n>(?<!\d)\d{1,12}(?!\d))(?:件|宗)(?:申请)?(?:需)?结转(?:至|到)?下一?年|结转(?:至|到)?下一?年度?(?:继续办理)?(?:的)?[^，。；,;:\d]{0,6}?(?<n>(?<!\d)\d{1,12}(?!\d))(?:件|宗)",
        @"行政复议(?:案件|申请)?(?:共|合计|总计)?(?<n>(?<!\d)\d{1,12}(?!\d))(?:件|宗|个|份|起)",
        @"诉讼(?:案件)?(?:共|合计|总计)?(?<n>(?<!\d)\d{1,12}(?!\d))(?:件|宗|个|份|起)",
        @"(?<k>结果维持|维持|结果纠正|纠正|其他结果|尚未审结|未审结)(?<n>(?<!\d)\d{1,12}(?!\d))(?:件|宗|个|份|起)",
        @"主动公开(?:政府)?信息(?:共|合计|总计)?(?<n>(?<!\d)\d{1,12}(?!\d))(?:条|件|项|篇)",
        @"(?<label>[^\d，。；、,;:]{1,30}?)(?<n>(?<!\d)\d{1,12}(?!\d))(?:条|件|项|篇)",
    ];

    private static readonly Regex[] OriginalRx = [.. Original.Select(p => new Regex(p))];

    /// <summary>A pattern with [0-9] for \d: 0-9 inside a character class, [0-9] outside one.</summary>
    private static string AsciiDigits(string pattern)
    {
        var sb = new StringBuilder();
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\' && i + 1 < pattern.Length)
            {
                if (pattern[i + 1] == 'd') sb.Append(inClass ? "0-9" : "[0-9]");
                else sb.Append(pattern, i, 2);
                i++;
                continue;
            }
            if (pattern[i] == '[') inClass = true;
            else if (pattern[i] == ']') inClass = false;
            sb.Append(pattern[i]);
        }
        return sb.ToString();
    }

    [Fact]
    public void Each_prose_pattern_is_the_original_and_its_copy_is_the_original_with_0_to_9_for_every_digit()
    {
        Assert.Equal(Original.Length, NarrativeCheck.Patterns.Length);
        for (var i = 0; i < Original.Length; i++)
        {
            Assert.Equal(Original[i], NarrativeCheck.Patterns[i].Digits().ToString());
            Assert.Equal(AsciiDigits(Original[i]), NarrativeCheck.Patterns[i].Ascii().ToString());
            Assert.DoesNotContain(@"\d", NarrativeCheck.Patterns[i].Ascii().ToString());
        }
    }

    [Fact]
    public void Another_scripts_digit_is_told_for_every_char()
    {
        for (var c = 0; c <= char.MaxValue; c++)
            Assert.True(((char)c is var ch && char.IsDigit(ch) && !char.IsAsciiDigit(ch)) == NarrativeCheck.HasOtherDigit([(char)c]), $"U+{c:X4}");
    }

    [Fact]
    public void White_space_by_hand_is_char_IsWhiteSpace_for_every_char()
    {
        for (var c = 0; c <= char.MaxValue; c++)
            Assert.True(char.IsWhiteSpace((char)c) == Chars.IsWhiteSpace((char)c), $"U+{c:X4}");
    }

    /// <summary>The words the patterns look for, their punctuation, digits of several scripts (٣ Arabic-Indic, ५ Devanagari, ５ full-width), spaces.</summary>
    private static readonly string[] Words =
    [
        "受理", "收到", "新收", "接收", "了", "各类", "申请", "共", "合计", "总计", "总数为", "办理", "办结", "答复", "处理",
        "结转", "上", "一", "年", "度", "下", "至", "到", "需", "继续办理", "的", "行政复议", "案件", "诉讼", "结果维持", "维持",
        "结果纠正", "纠正", "其他结果", "尚未审结", "未审结", "主动公开", "政府", "信息", "其中", "规章", "规范性文件",
        "件", "宗", "个", "份", "起", "条", "项", "篇", "，", "。", "；", "、", ",", ";", ":", " ",
        "0", "1", "7", "12", "454", "1234567890123", "٣", "५", "５", "〇", "政务",
    ];

    private static IEnumerable<string> RandomProse(int count) =>
        Gen.Sample(Gen.Choose(0, 40).SelectMany(n => Gen.ArrayOf(Gen.Elements(Words), n)).Select(parts => string.Concat(parts)), count);

    private static IEnumerable<string> RealProse()
    {
        var files = Directory.GetFiles(RealCorpus.Dir, "*.txt").Concat(Directory.GetFiles(SharedFiles.SeedsDir, "*.txt"));
        foreach (var file in files)
            foreach (var line in File.ReadAllText(file).Split('\n'))
                yield return NarrativeCheck.Clean(line);
    }

    private static string Matches(Regex rx, string text) =>
        string.Join(" | ", rx.Matches(text).Select(m => $"{m.Index}+{m.Length}:{m.Groups["n"].Value}/{m.Groups["k"].Value}/{m.Groups["label"].Value}"));

    [Fact]
    public void The_pattern_run_over_a_text_finds_what_the_original_found_on_random_and_real_prose()
    {
        int found = 0, other = 0;
        foreach (var text in RandomProse(20_000).Concat(RealProse()))
        {
            var otherDigit = NarrativeCheck.HasOtherDigit(text);
            if (otherDigit) other++;
            for (var i = 0; i < Original.Length; i++)
            {
                var expected = Matches(OriginalRx[i], text);
                var p = NarrativeCheck.Patterns[i];
                Assert.True(expected == Matches(otherDigit ? p.Digits() : p.Ascii(), text), $"pattern {i} on “{text}”");
                if (expected.Length > 0) found++;
            }
        }
        Assert.True(found > 2_000 && other > 1_000, $"{found} texts matched, {other} with another script's digit");
    }

    [Fact]
    public void Matches_read_off_their_span_give_the_groups_the_original_pattern_gives_on_random_and_real_prose()
    {
        // NarrativeCheck finds its matches with EnumerateMatches (no Match, no Groups) and reads n, k and label off
        // the match: the number is its one run of digits, k and label all of it before the number.
        var found = 0;
        foreach (var text in RandomProse(20_000).Concat(RealProse()))
            for (var i = 0; i < Original.Length; i++)
            {
                var expected = Matches(OriginalRx[i], text);
                Assert.True(expected == NarrativeCheck.Hits(i, text), $"pattern {i} on “{text}”");
                if (expected.Length > 0) found++;
            }
        Assert.True(found > 2_000, $"{found} texts matched");
    }

    [Fact]
    public void Without_another_scripts_digit_the_0_to_9_copy_finds_what_the_original_found()
    {
        // The copies alone, on the texts the choice gives them: the random prose without ٣, ५ or ５.
        var texts = RandomProse(20_000).Where(t => !NarrativeCheck.HasOtherDigit(t)).ToList();
        Assert.True(texts.Count > 5_000, $"{texts.Count} texts");
        foreach (var text in texts)
            for (var i = 0; i < Original.Length; i++)
                Assert.Equal(Matches(OriginalRx[i], text), Matches(NarrativeCheck.Patterns[i].Ascii(), text));
    }

    /// <summary>NarrativeCheck.Clean as it was before its pooled buffer and its cache.</summary>
    private static string OriginalClean(string raw)
    {
        var s = Nfkc.Normalize(raw);
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c))
            {
                var prev = sb.Length > 0 ? sb[^1] : ' ';
                var j = i + 1;
                while (j < s.Length && char.IsWhiteSpace(s[j])) j++;
                if (char.IsAsciiDigit(prev) && j < s.Length && char.IsAsciiDigit(s[j])) sb.Append(' ');
                i = j - 1;
                continue;
            }
            if (c == ',' && sb.Length > 0 && char.IsAsciiDigit(sb[^1]) && i + 3 < s.Length &&
                char.IsAsciiDigit(s[i + 1]) && char.IsAsciiDigit(s[i + 2]) && char.IsAsciiDigit(s[i + 3]))
                continue;
            sb.Append(c switch { ',' => '，', ';' => '；', ':' => '：', '(' => '（', ')' => '）', _ => c });
        }
        return sb.ToString();
    }

    private static readonly string[] ProseParts =
        ["受理", "申请", "1", "234", "５", "٣", " ", "\u3000", "\n", "\t", "\u00a0", "\u2028", ",", "，", ";", ":", "(", "）", "（", "⼀", "ﬁ", "件", "a"];

    [Fact]
    public void Cleaning_prose_gives_what_it_gave_before_and_the_same_again_from_the_cache()
    {
        var texts = Gen.Sample(Gen.Choose(0, 30).SelectMany(n => Gen.ArrayOf(Gen.Elements(ProseParts), n)).Select(p => string.Concat(p)), 20_000)
            .Concat(RealCorpusLines()).ToList();
        foreach (var text in texts) Assert.Equal(OriginalClean(text), NarrativeCheck.Clean(text));
        foreach (var text in texts.Take(50)) Assert.Equal(OriginalClean(text), NarrativeCheck.Clean(text)); // from the cache
        var a = new string('1', 3) + "，000";
        var b = new string('1', 3) + "，000"; // equal text, another string
        Assert.Equal(NarrativeCheck.Clean(a), NarrativeCheck.Clean(b));
    }

    private static IEnumerable<string> RealCorpusLines() =>
        Directory.GetFiles(RealCorpus.Dir, "*.txt").SelectMany(f => File.ReadAllText(f).Split('\n'));
}
