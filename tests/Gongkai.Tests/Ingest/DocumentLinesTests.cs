using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Gongkai.Core.Text;
using Gongkai.Ingest.Text;

namespace Gongkai.Tests.Ingest;

/// <summary>
/// The document map's lines are made line by line (each printed line mapped by NFKC's fast path, short ones one string
/// per text on the thread) instead of normalizing the whole text and splitting it (docs/benchmarks.md, sixth pass):
/// the lines, and the printed lines paired with them, must be exactly what the whole-text way gave.
/// </summary>
public sealed class DocumentLinesTests
{
    /// <summary>TextNormalizer.Lines as it was: the whole text normalized, split at line breaks, footers blanked.</summary>
    private static (string[] Lines, string[] Printed) Original(string text)
    {
        var normalized = Nfkc.Normalize(text);
        var lines = normalized.Split(['\n', '\r', '\f', '\u2028', '\u2029', '\v']);
        var printed = text.Split(['\n', '\r', '\f', '\u2028', '\u2029', '\v']);
        if (printed.Length != lines.Length) printed = (string[])lines.Clone();
        for (var i = 0; i < lines.Length; i++)
            if (lines[i].Length < 40 && TextNormalizer.IsPageFooter(lines[i])) { lines[i] = ""; printed[i] = ""; }
        return (lines, printed);
    }

    private static void AssertSame(string text)
    {
        var (lines, printed) = Original(text);
        var got = TextNormalizer.Lines(text, out var original);
        Assert.Equal(lines, got);
        Assert.Equal(printed.Length, original.Count);
        for (var i = 0; i < printed.Length; i++) Assert.Equal(printed[i], original[i].ToString());
    }

    /// <summary>Report words, full-width forms, the ideographic space, NBSP and a Kangxi radical (the platform's NFKC), circled digits, every line break, footers.</summary>
    private static readonly string[] Words =
    [
        "一、总体情况", "（一）予以公开", "申请", "１２", "３", "，", "。", "：", "　", " ", "\t", "\u00A0", "⼀", "①", "0", "17", "20/6",
        "\n", "\r\n", "\r", "\f", "\v", "\u2028", "\u2029", "— 1 —", "第 3 页", "共 5 页 第 2 页", "- 12 -", "ｖ", "２０２０年",
        "政府信息公开工作年度报告", "本年新收政府信息公开申请数量", "0 0 0 0", "\uFFFE", "\uD800",
    ];

    [Fact]
    public void Lines_made_one_by_one_are_the_whole_text_normalized_and_split_on_random_text()
    {
        var texts = Gen.Sample(Gen.Choose(0, 60).SelectMany(n => Gen.ArrayOf(Gen.Elements(Words), n)).Select(p => string.Concat(p)), 20_000);
        foreach (var text in texts) AssertSame(text);
        // Twice over, so that the second time the short lines come from the thread's set.
        foreach (var text in texts.Take(2_000)) AssertSame(text);
    }

    [Fact]
    public void Lines_made_one_by_one_are_the_whole_text_normalized_and_split_on_the_real_corpus_and_the_seeds()
    {
        var files = Directory.GetFiles(RealCorpus.Dir, "*.txt").Concat(Directory.GetFiles(SharedFiles.SeedsDir, "*.txt")).ToList();
        Assert.True(files.Count > 40, $"{files.Count} files");
        foreach (var file in files) AssertSame(File.ReadAllText(file));
    }

    [Fact]
    public void The_fast_path_of_NFKC_is_the_platforms_NFKC_for_every_character_it_takes()
    {
        Span<char> into = stackalloc char[1];
        var taken = 0;
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var s = ((char)c).ToString();
            if (!Nfkc.TryNormalizeFast(s, into, out var changed)) continue;
            taken++;
            Assert.True(s.Normalize(NormalizationForm.FormKC) == into.ToString(), $"U+{c:X4}");
            Assert.Equal(into[0] != (char)c, changed);
        }
        Assert.True(taken > 20_000, $"{taken} characters");
    }

    /// <summary>TextDecoder.LooksBinary as it was: a test per byte.</summary>
    private static bool LooksBinaryByteByByte(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return false;
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0) return true;
            if (b < 0x09 || b is > 0x0D and < 0x20 && b != 0x1B) control++;
        }
        return control > sample.Length / 100 + 2;
    }

    [Fact]
    public void Binary_is_told_from_text_as_the_byte_by_byte_test_told_it()
    {
        // Mostly text bytes with a few of every low byte, short and past the 8 KB sample, and the real corpus.
        var low = Gen.Choose(0, 0x20).Select(b => (byte)b);
        var text = Gen.Elements(Encoding.UTF8.GetBytes("政府信息公开 0123456789，。\r\n\tabc"));
        var controls = Gen.Choose(1, 0x1F).Select(b => (byte)b); // no NUL: binary only by their count
        var rare = Gen.Frequency((1, low), (600, text));
        var many = Gen.Frequency((1, controls), (40, text));
        var inputs = Gen.Sample(Gen.Choose(0, 10_000).SelectMany(n => Gen.OneOf(Gen.ArrayOf(rare, n), Gen.ArrayOf(many, n))), 3_000)
            .Concat(Directory.GetFiles(RealCorpus.Dir).Select(File.ReadAllBytes)).ToList();
        var binary = 0;
        foreach (var input in inputs)
        {
            var expected = LooksBinaryByteByByte(input);
            Assert.Equal(expected, TextDecoder.LooksBinary(input));
            if (expected) binary++;
        }
        Assert.True(binary > 200 && binary < inputs.Count - 200, $"{binary} of {inputs.Count} binary");
    }
}
