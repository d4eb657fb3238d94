using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Tests.Generation;

/// <summary>
/// A PDF whose fonts' character maps (ToUnicode) are wrong, as many published reports' are: the pages look right, but
/// every <c>every</c>-th ideograph of each map is given a Latin letter (À, Ð, ó…), so the text reads "政ó服ó" — what
/// Ghostscript's re-distilling made of Gongkai's own PDFs here. Digits keep their mapping. Written as an incremental
/// update (the new maps appended, a new cross-reference section pointing at them), the original bytes untouched.
/// </summary>
public static partial class GarbledPdf
{
    public static byte[] Make(byte[] pdf, int every = 3)
    {
        var latin1 = Encoding.Latin1;
        var text = latin1.GetString(pdf);
        var update = new StringBuilder();
        var offsets = new SortedDictionary<int, long>();
        foreach (var number in ToUnicodeRx().Matches(text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct())
        {
            var obj = new Regex($@"(?<![0-9]){number} 0 obj\s*<<[^>]*>>\s*stream\r?\n").Match(text);
            var start = obj.Index + obj.Length;
            var end = text.IndexOf("endstream", start, StringComparison.Ordinal);
            using var inflated = new MemoryStream();
            using (var z = new ZLibStream(new MemoryStream(pdf, start, end - start), CompressionMode.Decompress)) z.CopyTo(inflated);
            var cmap = Garble(latin1.GetString(inflated.ToArray()), every);
            using var deflated = new MemoryStream();
            using (var z = new ZLibStream(deflated, CompressionLevel.Optimal, leaveOpen: true)) z.Write(latin1.GetBytes(cmap));
            offsets[number] = pdf.Length + update.Length + 1;
            update.Append($"\n{number} 0 obj\n<< /Filter /FlateDecode /Length {deflated.Length} >>\nstream\n")
                .Append(latin1.GetString(deflated.ToArray())).Append("\nendstream\nendobj\n");
        }
        if (offsets.Count == 0) throw new InvalidOperationException("the PDF has no ToUnicode map");
        var trailer = TrailerRx().Matches(text)[^1];
        var prev = StartXrefRx().Matches(text)[^1].Groups[1].Value;
        var xref = pdf.Length + update.Length;
        update.Append("xref\n");
        foreach (var (number, offset) in offsets)
            update.Append($"{number} 1\n{offset:D10} 00000 n \n");
        update.Append($"trailer\n<< /Size {trailer.Groups["size"].Value} /Root {trailer.Groups["root"].Value} /Prev {prev} >>\nstartxref\n{xref}\n%%EOF\n");
        return [.. pdf, .. latin1.GetBytes(update.ToString())];
    }

    /// <summary>Every <paramref name="every"/>-th ideograph target of the map's bfchar entries made a Latin letter.</summary>
    private static string Garble(string cmap, int every)
    {
        var n = 0;
        return BfcharRx().Replace(cmap, m =>
        {
            var target = int.Parse(m.Groups[2].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (target is < 0x4E00 or > 0x9FFF || n++ % every != 0) return m.Value;
            var letter = 0xC0 + n % 0x30;
            if (letter is 0xD7 or 0xF7) letter++;
            return $"<{m.Groups[1].Value}> <{letter:X4}>";
        });
    }

    [GeneratedRegex(@"/ToUnicode (\d+) 0 R")]
    private static partial Regex ToUnicodeRx();

    [GeneratedRegex(@"<([0-9A-Fa-f]{4})> <([0-9A-Fa-f]{4})>")]
    private static partial Regex BfcharRx();

    [GeneratedRegex(@"trailer\s*<<(?=[^>]*/Size (?<size>\d+))(?=[^>]*/Root (?<root>\d+ \d+ R))")]
    private static partial Regex TrailerRx();

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXrefRx();
}
