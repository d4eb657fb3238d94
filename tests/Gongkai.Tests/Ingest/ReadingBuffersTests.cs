using System.Buffers;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Gongkai.Core.Json;
using Gongkai.Ingest;
using Gongkai.Ingest.Text;
using Gongkai.Tests.Generation;

namespace Gongkai.Tests.Ingest;

/// <summary>
/// The reading path reuses buffers across reports on a thread (docs/benchmarks.md, seventh pass): a file is decoded
/// into a pooled char buffer instead of a string, the document's compact text stays in a pooled buffer, and the rows'
/// token lists are the thread's, handed out again by the next report. None of it may show in what is read: a report
/// read after many others on one thread must be the report read first on a thread of its own.
/// </summary>
public sealed class ReadingBuffersTests
{
    /// <summary>Texts of every form: the real corpus (text and HTML), the seeds, and generated texts of every damage kind.</summary>
    private static List<(string Name, byte[] Bytes)> Inputs()
    {
        var inputs = Directory.GetFiles(RealCorpus.Dir, "*.txt").Concat(Directory.GetFiles(RealCorpus.Dir, "*.html"))
            .Concat(Directory.GetFiles(SharedFiles.SeedsDir, "*.txt")).Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
        Damage[] families = [Damage.None, .. ReportTextLayout.RealWorldOptions];
        for (var i = 0; i < 120; i++)
        {
            var family = families[i % families.Length];
            var require = family == Damage.Unchecked ? Damage.Unchecked | (i % 2 == 0 ? Damage.MissingCell : Damage.SplitNumbers) : family;
            inputs.Add(($"generated-{i}", Encoding.UTF8.GetBytes(ReportTextLayout.Generate(7_000_000 + i, require: require).Text)));
        }
        return inputs;
    }

    private static string Read((string Name, byte[] Bytes) input)
    {
        var result = ReportReader.ReadBytes(input.Bytes, input.Name);
        return result.Ok
            ? string.Join("\n", result.Reports.Select(r => ReportJson.Serialize(r, includeNarrative: true)))
            : "error: " + result.Error;
    }

    /// <summary>Each input read first on a new thread: no buffer, list or string set of the thread used before.</summary>
    private static string ReadOnFreshThread((string Name, byte[] Bytes) input)
    {
        string? got = null;
        var thread = new Thread(() => got = Read(input));
        thread.Start();
        thread.Join();
        return got!;
    }

    [Fact]
    public void A_report_read_after_many_others_on_one_thread_is_the_report_read_alone()
    {
        var inputs = Inputs();
        Assert.True(inputs.Count > 150, $"{inputs.Count} inputs");
        var alone = inputs.Select(ReadOnFreshThread).ToList();
        Assert.Contains(alone, a => !a.StartsWith("error:", StringComparison.Ordinal));
        // In order, then backwards and again in order: each report meets the buffers of different reports before it.
        for (var i = 0; i < inputs.Count; i++) Assert.Equal(alone[i], Read(inputs[i]));
        for (var i = inputs.Count - 1; i >= 0; i--) Assert.Equal(alone[i], Read(inputs[i]));
        for (var i = 0; i < inputs.Count; i++) Assert.Equal(alone[i], Read(inputs[i]));
    }

    [Fact]
    public void A_text_read_from_bytes_is_the_text_read_as_a_string()
    {
        // ReadBytes decodes into a pooled buffer; ReadText takes a string (PDF, DOCX and HTML text, the web): the same report.
        foreach (var input in Inputs().Where(i => !i.Name.EndsWith(".html", StringComparison.Ordinal)))
        {
            var text = TextDecoder.Decode(input.Bytes);
            var fromString = ReportReader.ReadText(text, input.Name);
            var fromBytes = ReportReader.ReadBytes(input.Bytes, input.Name);
            Assert.Equal(fromString.Error, fromBytes.Error);
            Assert.Equal(fromString.Reports.Select(r => ReportJson.Serialize(r, includeNarrative: true)),
                fromBytes.Reports.Select(r => ReportJson.Serialize(r, includeNarrative: true)));
        }
    }

    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding("GB18030")!;

    /// <summary>Bytes of every kind a text file is: UTF-8, UTF-16 either way with its BOM or without (odd lengths too), GB18030, and random bytes.</summary>
    private static Gen<byte[]> AnyBytes()
    {
        var words = Gen.Elements("政府信息公开", "年度报告", "１２", "0 0 0", "\n", "\r\n", "（一）", "😀", "ǅ", "\u00A0", "A", "");
        var text = Gen.ArrayOf(words).Select(w => string.Concat(w));
        byte[] Join(byte[] a, byte[] b) => [.. a, .. b];
        return Gen.OneOf(
            text.Select(t => Encoding.UTF8.GetBytes(t)),
            text.Select(t => Join([0xEF, 0xBB, 0xBF], Encoding.UTF8.GetBytes(t))),
            text.Select(t => Join([0xFF, 0xFE], Encoding.Unicode.GetBytes(t))),
            text.Select(t => Join([0xFE, 0xFF], Encoding.BigEndianUnicode.GetBytes(t))),
            text.Select(t => Join([0xFF, 0xFE], Encoding.Unicode.GetBytes(t)[..^Math.Min(1, Encoding.Unicode.GetByteCount(t))])),
            text.Select(t => Encoding.Unicode.GetBytes(t)),
            text.Select(t => Encoding.BigEndianUnicode.GetBytes(t)),
            text.Select(t => Gb18030.GetBytes(t)),
            Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)),
            text.SelectMany(t => Gen.ArrayOf(Gen.Choose(0x80, 0xFF).Select(b => (byte)b)).Select(tail => Join(Encoding.UTF8.GetBytes(t), tail))));
    }

    [Fact]
    public void Decoding_into_a_pooled_buffer_gives_the_characters_and_the_failure_of_decoding_to_a_string()
    {
        var samples = Gen.Sample(AnyBytes(), 20_000).Concat(Inputs().Select(i => i.Bytes)).ToList();
        var failures = 0;
        foreach (var bytes in samples)
        {
            string? expected = null;
            try { expected = TextDecoder.Decode(bytes); }
            catch (DecoderFallbackException) { failures++; }
            if (expected is null)
            {
                Assert.Throws<DecoderFallbackException>(() => TextDecoder.DecodePooled(bytes, ArrayPool<char>.Shared));
                continue;
            }
            var (buffer, length) = TextDecoder.DecodePooled(bytes, ArrayPool<char>.Shared);
            try { Assert.Equal(expected, new string(buffer, 0, length)); }
            finally { ArrayPool<char>.Shared.Return(buffer); }
        }
        // Both ways are exercised: texts decoded, and bytes that are no encoding's.
        Assert.InRange(failures, 100, samples.Count - 1000);
    }

    /// <summary>
    /// Every real text and seed, and random report-like texts, decode to themselves from UTF-8, GB18030 and UTF-16 with
    /// a BOM or without, either way: a file saved as "Unicode" without its BOM is read, and no UTF-8 or GB18030 text is
    /// taken for UTF-16 (their bytes have no NUL), nor UTF-16 for the other byte order.
    /// </summary>
    [Fact]
    public void A_text_decodes_to_itself_in_every_encoding_a_report_is_saved_in_utf16_without_a_bom_included()
    {
        var words = Gen.Elements("政府信息公开", "一、", "年度报告", "0", "12", " ", "\n", "\r\n", "（一）", "第一项加第二项之和", "万元", "—", "\t");
        var random = Gen.Sample(Gen.ArrayOf(words).Select(w => "一、政府信息公开" + string.Concat(w)), 3_000);
        var texts = Inputs().Select(i => TextDecoder.Decode(i.Bytes)).Concat(random).ToList();
        Encoding[] encodings = [new UTF8Encoding(false), Gb18030, new UnicodeEncoding(false, false), new UnicodeEncoding(true, false), new UnicodeEncoding(false, true), new UnicodeEncoding(true, true)];
        foreach (var text in texts)
            foreach (var encoding in encodings)
            {
                byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
                Assert.False(TextDecoder.LooksBinary(bytes), $"{encoding.WebName}: {text[..Math.Min(40, text.Length)]}");
                Assert.Equal(text, TextDecoder.Decode(bytes));
            }
    }
}
