using System.IO.Compression;
using System.Text;

namespace Gongkai.Fuzz;

/// <summary>
/// Structure-aware mutations per format: text edits on decoded report text, PDF object-syntax damage, ZIP- and XML-level
/// damage of DOCX/XLSX packages, HTML markup abuse. Each call applies one to three of them.
/// </summary>
public static class Mutators
{
    static Mutators() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static byte[] Mutate(string format, byte[] input, Random rng)
    {
        var b = input;
        for (var n = 1 + rng.Next(3); n > 0; n--)
        {
            b = format switch
            {
                "text" => Text(b, rng),
                "pdf" => Pdf(b, rng),
                "docx" or "xlsx" => Zip(format, b, rng),
                "html" => Html(b, rng),
                "doc" => Doc(b, rng),
                _ => throw new ArgumentException(format),
            };
            if (b.Length > 24 * 1024 * 1024) break; // enough: the bombs are small, the floods are big
        }
        return b;
    }

    // ---- generic bytes ---------------------------------------------------------------------------------------

    public static byte[] Bytes(byte[] b, Random rng, int keepHead = 0)
    {
        if (b.Length <= keepHead + 1) return [.. b, (byte)rng.Next(256)];
        var list = new List<byte>(b);
        var at = keepHead + rng.Next(list.Count - keepHead);
        switch (rng.Next(6))
        {
            case 0: for (var k = 0; k < 1 + rng.Next(8); k++) { var i = keepHead + rng.Next(list.Count - keepHead); list[i] ^= (byte)(1 << rng.Next(8)); } break;
            case 1: for (var k = 0; k < 1 + rng.Next(64) && at + k < list.Count; k++) list[at + k] = (byte)rng.Next(256); break;
            case 2: list.RemoveRange(at, Math.Min(list.Count - at, 1 + rng.Next(4000))); break;
            case 3:
                var from = rng.Next(list.Count);
                list.InsertRange(at, list.GetRange(from, Math.Min(1 + rng.Next(2000), list.Count - from)));
                break;
            case 4: list.RemoveRange(at, list.Count - at); break; // truncation
            default: list[at] = (byte)(rng.Next(2) == 0 ? 0 : 0xFF); break;
        }
        return [.. list];
    }

    private static string Pick(Random rng, params string[] s) => s[rng.Next(s.Length)];

    // ---- Word 97 (OLE compound file) -------------------------------------------------------------------------

    /// <summary>
    /// 32-bit words the reader follows (the header's sector numbers and counts, directory links and sizes, the FIB's
    /// offsets and lengths, the piece table) set to the values that break chains: ends, loops, huge or off-by-one.
    /// </summary>
    public static byte[] Doc(byte[] b, Random rng)
    {
        if (b.Length < 1024 || rng.Next(4) == 0) return Bytes(b, rng);
        var copy = (byte[])b.Clone();
        var fib = -1;
        for (var at = 512; at + 4 <= copy.Length && fib < 0; at += 512)
            if (copy[at] == 0xEC && copy[at + 1] == 0xA5) fib = at;
        var where = rng.Next(3) switch
        {
            0 => rng.Next(0x2C, 0x1FC) & ~3, // the header: counts, first sectors, the DIFAT
            1 when fib >= 0 => fib + (rng.Next(0x200) & ~3), // the FIB: ccpText, fcClx, lcbClx, fcPlcfBtePapx…
            _ => rng.Next(copy.Length - 4) & ~3,
        };
        if (where + 4 > copy.Length) return copy;
        uint[] values = [0, 1, 2, 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0x7FFFFFFF, 0x80000000, (uint)copy.Length, (uint)copy.Length / 512,
                         (uint)rng.Next(), System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(copy.AsSpan(where)) + 1];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(where), values[rng.Next(values.Length)]);
        return copy;
    }

    // ---- text ------------------------------------------------------------------------------------------------

    private static readonly string Cjk = "零一二三四五六七八九十百千万亿年月日申请公开不予部分政府信息总计合计其他行政复议诉讼本年新收到办理结果维持纠正";

    public static byte[] Text(byte[] b, Random rng)
    {
        if (rng.Next(8) == 0) return Encoded(b, rng);
        var text = Encoding.UTF8.GetString(b);
        var lines = text.Split('\n').ToList();
        var i = rng.Next(lines.Count);
        switch (rng.Next(14))
        {
            case 0: if (i + 1 < lines.Count) { lines[i] += lines[i + 1]; lines.RemoveAt(i + 1); } break;
            case 1: { var l = lines[i]; var at = rng.Next(l.Length + 1); lines[i] = l[..at]; lines.Insert(i + 1, l[at..]); } break;
            case 2: lines[i] = Replace(lines[i], rng, char.IsAsciiDigit, () => (char)('0' + rng.Next(10))); break;
            case 3: lines[i] = Replace(lines[i], rng, c => c >= 0x4E00 && c <= 0x9FFF, () => rng.Next(2) == 0 ? Cjk[rng.Next(Cjk.Length)] : (char)rng.Next(0x4E00, 0x9FA5)); break;
            case 4: lines.RemoveRange(i, Math.Min(lines.Count - i, 1 + rng.Next(5))); break;
            case 5: lines.InsertRange(i, Enumerable.Repeat(lines[i], 1 + rng.Next(rng.Next(2) == 0 ? 5 : 5000))); break;
            case 6: lines[i] = new System.Text.RegularExpressions.Regex(@"\d+").Replace(lines[i], _ => Pick(rng,
                "99999999999999999999999999999999", "79228162514264337593543950336", "-0", "1e308", "０１２", "1,000,000,000,000", "٣", "9.99999999999999999999",
                new string('9', 5000), "0." + new string('0', 400) + "1", "−5", "+7"), rng.Next(1, 4)); break;
            case 7: lines[i] = lines[i].Insert(rng.Next(lines[i].Length + 1), Pick(rng, "\0", "\u0007", "\u202E", "\uFFFF", "\uD800", "\uDC00x", "\u200B", "\f", "\v", "\r", "\u2028", "\uFEFF", "\t\t\t\t\t\t\t\t")); break;
            case 8: lines.Insert(i, Flood(rng)); break;
            case 9: { var j = rng.Next(lines.Count); (lines[i], lines[j]) = (lines[j], lines[i]); } break;
            case 10: lines[i] = lines[i].Replace("\t", Pick(rng, " ", "  ", "　", "|", "")); break;
            case 11: lines.InsertRange(i, Enumerable.Range(0, 1 + rng.Next(3000)).Select(_ => string.Join('\t', Enumerable.Range(0, rng.Next(1, 40)).Select(_ => rng.Next(100000))))); break;
            case 12: lines[i] = Pick(rng, "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项", "（一）", "1.", "总计", "{") + lines[i]; break;
            default: return Bytes(Encoding.UTF8.GetBytes(string.Join('\n', lines)), rng);
        }
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private static string Flood(Random rng) => rng.Next(4) switch
    {
        0 => new string('1', 10 * 1024 * 1024),
        1 => string.Concat(Enumerable.Range(0, 1_200_000).Select(_ => Cjk[rng.Next(Cjk.Length)].ToString() + (rng.Next(3) == 0 ? "\t" : ""))),
        2 => string.Join(' ', Enumerable.Range(0, 1_000_000).Select(i => (i % 1000).ToString())),
        _ => string.Concat(Enumerable.Repeat("（一）（二）1.2.3.", 300_000)),
    };

    private static byte[] Encoded(byte[] b, Random rng)
    {
        var text = Encoding.UTF8.GetString(b);
        byte[] bom = rng.Next(6) switch
        {
            0 => [0xFF, 0xFE], 1 => [0xFE, 0xFF], 2 => [0xEF, 0xBB, 0xBF], 3 => [0xFF, 0xFE, 0x00, 0x00], 4 => [0x84, 0x31, 0x95, 0x33], _ => [],
        };
        var body = rng.Next(4) switch
        {
            0 => Encoding.Unicode.GetBytes(text),
            1 => Encoding.BigEndianUnicode.GetBytes(text),
            2 => Encoding.GetEncoding("GB18030").GetBytes(text),
            _ => b,
        };
        byte[] all = [.. bom, .. body];
        if (rng.Next(2) == 0 && all.Length > 3) all = all[..(all.Length - 1 - rng.Next(Math.Min(3, all.Length - 1)))]; // odd length, cut character
        if (rng.Next(2) == 0) { var i = rng.Next(all.Length); all[i] = Pick(rng, "\xC0", "\xFF", "\xED", "\x80")[0] is var c ? (byte)c : (byte)0; }
        return all;
    }

    private static string Replace(string s, Random rng, Func<char, bool> which, Func<char> by)
    {
        var idx = Enumerable.Range(0, s.Length).Where(i => which(s[i])).ToList();
        if (idx.Count == 0) return s;
        var chars = s.ToCharArray();
        for (var k = 0; k < 1 + rng.Next(3); k++) chars[idx[rng.Next(idx.Count)]] = by();
        return new string(chars);
    }

    // ---- PDF -------------------------------------------------------------------------------------------------

    public static byte[] Pdf(byte[] b, Random rng)
    {
        var s = Encoding.Latin1.GetString(b);
        string Eof(string x) => x.EndsWith("%%EOF\n", StringComparison.Ordinal) ? x : x + "\n%%EOF\n";
        string BeforeTrailer(string x, string insert)
        {
            var at = x.LastIndexOf("xref", StringComparison.Ordinal);
            return at < 0 ? x + insert : x.Insert(at, insert);
        }
        switch (rng.Next(12))
        {
            case 0: case 1: return Bytes(b, rng, keepHead: 8); // flips, overwrites, cuts, copies (truncation included)
            case 2: // truncated but "complete"
                return Encoding.Latin1.GetBytes(Eof(s[..rng.Next(s.Length)]));
            case 3: // broken xref offsets / startxref
                s = System.Text.RegularExpressions.Regex.Replace(s, @"\d{10} \d{5} [nf]", _ => $"{rng.Next(int.MaxValue):D10} {rng.Next(99999):D5} {(rng.Next(2) == 0 ? 'n' : 'f')}", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(2));
                var sx = s.LastIndexOf("startxref", StringComparison.Ordinal);
                if (sx >= 0 && rng.Next(2) == 0) s = s[..sx] + $"startxref\n{Pick(rng, "0", "-1", "99999999999", "1")}\n%%EOF\n";
                return Encoding.Latin1.GetBytes(s);
            case 4: // stream lengths lie
                return Encoding.Latin1.GetBytes(System.Text.RegularExpressions.Regex.Replace(s, @"/Length \d+", _ => "/Length " + Pick(rng, "0", "1", "2147483647", "-5", "99999999", rng.Next(100000).ToString()), System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(2)));
            case 5: // deep nesting of arrays or dictionaries in a new object and in the trailer
                {
                    var depth = Pick(rng, "100", "10000", "200000");
                    var d = int.Parse(depth);
                    var nest = rng.Next(2) == 0 ? new string('[', d) + new string(']', d) : string.Concat(Enumerable.Repeat("<</A ", d)) + string.Concat(Enumerable.Repeat(">>", d));
                    return Encoding.Latin1.GetBytes(rng.Next(2) == 0 ? BeforeTrailer(s, $"9990 0 obj\n{nest}\nendobj\n") : s.Replace("/Root", "/Deep " + nest + " /Root"));
                }
            case 6: // huge object counts
                {
                    var sb = new StringBuilder();
                    var n = Pick(rng, "1000", "100000", "300000");
                    for (var i = 0; i < int.Parse(n); i++) sb.Append(10000 + i).Append(" 0 obj\n<</Type /Page /Parent 2 0 R>>\nendobj\n");
                    return Encoding.Latin1.GetBytes(BeforeTrailer(s, sb.ToString()));
                }
            case 7: // compression bomb as a page's content stream (and as a font file)
                {
                    var bomb = rng.Next(2) == 0 ? ZeroBomb.Value : TextBomb.Value;
                    var obj = $"9991 0 obj\n<</Length {bomb.Length} /Filter /FlateDecode>>\nstream\n";
                    var replaced = System.Text.RegularExpressions.Regex.Replace(s, @"/(Contents|FontFile2) \d+ 0 R", m => $"/{m.Groups[1].Value} 9991 0 R", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(2));
                    var at = replaced.LastIndexOf("xref", StringComparison.Ordinal);
                    if (at < 0) at = replaced.Length;
                    return [.. Encoding.Latin1.GetBytes(replaced[..at] + obj), .. bomb, .. Encoding.Latin1.GetBytes("\nendstream\nendobj\n" + replaced[at..])];
                }
            case 8: // page tree loops and absurd counts
                s = System.Text.RegularExpressions.Regex.Replace(s, @"/Count \d+", _ => "/Count " + Pick(rng, "0", "-1", "2147483647", "100000"), System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(2));
                if (rng.Next(2) == 0) s = System.Text.RegularExpressions.Regex.Replace(s, @"/Parent \d+ 0 R", "/Parent 1 0 R", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(2));
                if (rng.Next(2) == 0) s = System.Text.RegularExpressions.Regex.Replace(s, @"/Kids \[", "/Kids [2 0 R ", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(2));
                return Encoding.Latin1.GetBytes(s);
            case 9: // PDF syntax characters sprinkled
                {
                    var c = s.ToCharArray();
                    for (var k = 0; k < 1 + rng.Next(20); k++) c[8 + rng.Next(c.Length - 8)] = "0123456789 R/<>[]()%\\"[rng.Next(21)];
                    return Encoding.Latin1.GetBytes(new string(c));
                }
            case 10: // references to huge or self object numbers
                return Encoding.Latin1.GetBytes(System.Text.RegularExpressions.Regex.Replace(s, @"\b\d+ 0 R\b", m => rng.Next(8) == 0 ? Pick(rng, "2147483647 0 R", "0 0 R", "1 65535 R", "-1 0 R") : m.Value, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(2)));
            default: // filters swapped
                return Encoding.Latin1.GetBytes(s.Replace("/FlateDecode", Pick(rng, "/LZWDecode", "/ASCIIHexDecode", "/RunLengthDecode", "/DCTDecode", "/JBIG2Decode", "/CCITTFaxDecode", "[/FlateDecode /FlateDecode]", "/Crypt")));
        }
    }

    private static readonly Lazy<byte[]> ZeroBomb = new(() => Deflate(new byte[512 * 1024 * 1024]));
    private static readonly Lazy<byte[]> TextBomb = new(() => Deflate(Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("BT /F1 12 Tf 10 10 Td (A) Tj ET\n", 4_000_000)))));

    public static byte[] Deflate(byte[] data)
    {
        using var ms = new MemoryStream();
        using (var z = new ZLibStream(ms, CompressionLevel.SmallestSize, leaveOpen: true)) z.Write(data);
        return ms.ToArray();
    }

    private static byte[] RawDeflate(byte[] data)
    {
        using var ms = new MemoryStream();
        using (var z = new DeflateStream(ms, CompressionLevel.SmallestSize, leaveOpen: true)) z.Write(data);
        return ms.ToArray();
    }

    // ---- DOCX / XLSX ------------------------------------------------------------------------------------------

    public static byte[] Zip(string format, byte[] b, Random rng)
    {
        List<(string Name, byte[] Data)> entries;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(b), ZipArchiveMode.Read);
            entries = zip.Entries.Select(e => (e.FullName, ReadBounded(e))).ToList();
        }
        catch (InvalidOperationException) { return Bytes(b, rng); } // a bomb from an earlier mutation: not inflated here
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            return Bytes(b, rng); // already no ZIP: byte mutations only
        }
        var main = format == "docx" ? "word/document.xml" : rng.Next(2) == 0 ? "xl/worksheets/sheet1.xml" : "xl/sharedStrings.xml";
        int Index(string name) => entries.FindIndex(e => e.Name == name);
        switch (rng.Next(13))
        {
            case 0: return Bytes(b, rng);                                       // bytes of the ZIP: CRCs, headers, truncation
            case 1: return b[..rng.Next(b.Length)];                             // truncated
            case 2: if (entries.Count > 0) entries.RemoveAt(rng.Next(entries.Count)); break;
            case 3: // zip bomb entry: the main part padded with a gigabyte of whitespace
                return Build(entries, bomb: (main, 1));
            case 4: // many entries
                for (var i = 0; i < Pick(rng, 2000, 12000, 70000); i++) entries.Add(($"x/{i}.xml", []));
                break;
            case 5: case 6: // XML-level damage of the main part
                {
                    var i = Index(main);
                    if (i < 0) { i = rng.Next(entries.Count == 0 ? 1 : entries.Count); if (entries.Count == 0) break; }
                    entries[i] = (entries[i].Name, Xml(format, entries[i].Data, rng));
                    break;
                }
            case 7: // DTD, billion laughs, external entities
                {
                    var i = Index(main);
                    if (i < 0) break;
                    var xml = Encoding.UTF8.GetString(entries[i].Data);
                    var decl = xml.StartsWith("<?xml", StringComparison.Ordinal) ? xml[..(xml.IndexOf("?>", StringComparison.Ordinal) + 2)] : "";
                    var body = xml[decl.Length..];
                    var dtd = Pick(rng,
                        "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\"><!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">]>",
                        "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>",
                        "<!DOCTYPE r SYSTEM \"http://127.0.0.1:1/evil.dtd\">");
                    var use = dtd.Contains("ENTITY h", StringComparison.Ordinal) ? "&h;" : dtd.Contains("ENTITY x", StringComparison.Ordinal) ? "&x;" : "";
                    var t = body.IndexOf(format == "docx" ? "<w:t>" : "<t", StringComparison.Ordinal);
                    if (t >= 0) { var gt = body.IndexOf('>', t); body = body.Insert(gt + 1, use); }
                    entries[i] = (entries[i].Name, Encoding.UTF8.GetBytes(decl + dtd + body));
                    break;
                }
            case 8: // huge shared strings / huge runs of text
                {
                    if (format == "xlsx")
                    {
                        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
                        var n = Pick(rng, 1000, 300_000, 2_000_000);
                        for (var k = 0; k < n; k++) sb.Append("<si><t>").Append(k % 7 == 0 ? new string('长', 40_000 / Math.Max(1, n / 1000)) : "信息" + k).Append("</t></si>");
                        sb.Append("</sst>");
                        var i = Index("xl/sharedStrings.xml");
                        if (i >= 0) entries[i] = (entries[i].Name, Encoding.UTF8.GetBytes(sb.ToString()));
                        else entries.Add(("xl/sharedStrings.xml", Encoding.UTF8.GetBytes(sb.ToString())));
                    }
                    else
                    {
                        var i = Index(main);
                        if (i < 0) break;
                        var xml = Encoding.UTF8.GetString(entries[i].Data);
                        var t = xml.IndexOf("<w:t>", StringComparison.Ordinal);
                        if (t >= 0) entries[i] = (entries[i].Name, Encoding.UTF8.GetBytes(xml.Insert(t + 5, new string('字', 20_000_000))));
                    }
                    break;
                }
            case 9: // entry names abused
                if (entries.Count > 0)
                {
                    var i = rng.Next(entries.Count);
                    entries[i] = (Pick(rng, "/" + entries[i].Name, entries[i].Name.Replace('/', '\\'), entries[i].Name.ToUpperInvariant(), "../" + entries[i].Name, entries[i].Name + "\0"), entries[i].Data);
                }
                break;
            case 10: // duplicate entry
                if (entries.Count > 0) entries.Add(entries[rng.Next(entries.Count)]);
                break;
            case 11: // lie about sizes in the central directory
                return LieAboutSizes(Build(entries), rng);
            default: // other parts mutated as XML
                if (entries.Count > 0) { var i = rng.Next(entries.Count); entries[i] = (entries[i].Name, Xml(format, entries[i].Data, rng)); }
                break;
        }
        return Build(entries);
    }

    /// <summary>An entry's bytes, refusing past 64 MB: the driver must not inflate the bombs it made.</summary>
    private static byte[] ReadBounded(ZipArchiveEntry e)
    {
        using var s = e.Open();
        using var ms = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = s.Read(buffer)) > 0)
        {
            if (ms.Length + n > 64 * 1024 * 1024) throw new InvalidOperationException("entry too large to mutate");
            ms.Write(buffer, 0, n);
        }
        return ms.ToArray();
    }

    private static int Pick(Random rng, params int[] s) => s[rng.Next(s.Length)];

    private static byte[] Build(List<(string Name, byte[] Data)> entries, (string Name, int Gigabytes)? bomb = null)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in entries)
            {
                var e = zip.CreateEntry(name, CompressionLevel.Fastest);
                using var s = e.Open();
                s.Write(data);
                if (bomb is { } b && b.Name == name)
                {
                    // Whitespace after the root element's last child would be legal-looking padding for a streaming reader.
                    var chunk = new byte[16 * 1024 * 1024];
                    Array.Fill(chunk, (byte)' ');
                    for (var k = 0; k < 64 * b.Gigabytes; k++) s.Write(chunk);
                }
            }
        }
        return ms.ToArray();
    }

    /// <summary>Central-directory uncompressed sizes set small (or huge) so that a reader trusting them is fooled.</summary>
    private static byte[] LieAboutSizes(byte[] zip, Random rng)
    {
        var b = (byte[])zip.Clone();
        for (var i = 0; i + 46 < b.Length; i++)
        {
            if (b[i] != 0x50 || b[i + 1] != 0x4B || b[i + 2] != 0x01 || b[i + 3] != 0x02) continue;
            if (rng.Next(2) == 0) continue;
            var v = rng.Next(3) switch { 0 => 1u, 1 => 0xFFFFFFFFu, _ => (uint)rng.Next() };
            BitConverter.TryWriteBytes(b.AsSpan(i + 24), v);
        }
        return b;
    }

    private static byte[] Xml(string format, byte[] data, Random rng)
    {
        var xml = Encoding.UTF8.GetString(data);
        switch (rng.Next(6))
        {
            case 0: // deep nesting
                {
                    var d = Pick(rng, 100, 5000, 100_000);
                    var (open, close) = format == "docx"
                        ? rng.Next(2) == 0 ? ("<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>") : ("<w:p><w:r>", "</w:r></w:p>")
                        : ("<x:a xmlns:x=\"u\">", "</x:a>");
                    var at = xml.IndexOf(format == "docx" ? "<w:body>" : "<sheetData>", StringComparison.Ordinal);
                    if (at < 0) at = Math.Max(0, xml.IndexOf('>', xml.IndexOf('>') + 1) + 1);
                    else at = xml.IndexOf('>', at) + 1;
                    var sb = new StringBuilder(xml[..at]);
                    for (var k = 0; k < d; k++) sb.Append(open);
                    sb.Append(format == "docx" ? "<w:p><w:r><w:t>深</w:t></w:r></w:p>" : "");
                    for (var k = 0; k < d; k++) sb.Append(close);
                    return Encoding.UTF8.GetBytes(sb.Append(xml[at..]).ToString());
                }
            case 1: // a tag cut out
                {
                    var lt = xml.IndexOf('<', rng.Next(Math.Max(1, xml.Length)));
                    if (lt < 0) return data;
                    var gt = xml.IndexOf('>', lt);
                    return Encoding.UTF8.GetBytes(gt < 0 ? xml[..lt] : xml.Remove(lt, gt - lt + 1));
                }
            case 2: // attribute values changed: indices, spans, references
                return Encoding.UTF8.GetBytes(System.Text.RegularExpressions.Regex.Replace(xml, "=\"(\\d+|[A-Z]+\\d+(:[A-Z]+\\d+)?)\"",
                    m => rng.Next(6) == 0 ? "=\"" + Pick(rng, "-1", "2147483648", "99999999999999999999", "XFD1048577", "A0", "A1:XFD1048576", "ZZZZ1", "", "1e9", "0") + "\"" : m.Value,
                    System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(2)));
            case 3: // a row or cell duplicated many times
                {
                    var tag = format == "docx" ? Pick(rng, "<w:tr>", "<w:tc>", "<w:p>") : Pick(rng, "<row", "<c ", "<si>");
                    var start = xml.IndexOf(tag, StringComparison.Ordinal);
                    if (start < 0) return data;
                    var closeTag = "</" + tag.Trim('<', '>', ' ') + ">";
                    var end = xml.IndexOf(closeTag, start, StringComparison.Ordinal);
                    if (end < 0) return data;
                    var el = xml[start..(end + closeTag.Length)];
                    // At most 64 M characters of copies: a large element 50,000 times overflowed the driver's own string (2³¹).
                    var copies = Math.Min(Pick(rng, 10, 1000, 50_000), Math.Max(1, 64_000_000 / el.Length));
                    return Encoding.UTF8.GetBytes(xml.Insert(start, string.Concat(Enumerable.Repeat(el, copies))));
                }
            case 4: // merge abuse (docx gridSpan/vMerge, xlsx mergeCells)
                return Encoding.UTF8.GetBytes(format == "docx"
                    ? xml.Replace("<w:tcPr>", "<w:tcPr><w:gridSpan w:val=\"" + Pick(rng, "0", "-3", "65535", "2147483647", "x") + "\"/>" + (rng.Next(2) == 0 ? "<w:vMerge/>" : ""))
                    : xml.Replace("</sheetData>", "</sheetData><mergeCells count=\"2\"><mergeCell ref=\"" + Pick(rng, "A1:XFD1048576", "B2:A1", "A1:A1", "A1", "Z:Z") + "\"/><mergeCell ref=\"A1:C3\"/></mergeCells>"));
            default: return Bytes(data, rng);
        }
    }

    // ---- HTML ------------------------------------------------------------------------------------------------

    public static byte[] Html(byte[] b, Random rng)
    {
        var html = Encoding.UTF8.GetString(b);
        var tableAt = html.IndexOf("<table", StringComparison.Ordinal);
        string Insert(string x) => html.Insert(tableAt >= 0 && rng.Next(2) == 0 ? tableAt : html.IndexOf("<body", StringComparison.Ordinal) is var i and >= 0 ? html.IndexOf('>', i) + 1 : 0, x);
        switch (rng.Next(11))
        {
            case 0: // closing tags removed
                return Encoding.UTF8.GetBytes(System.Text.RegularExpressions.Regex.Replace(html, "</(td|tr|table|div|p|tbody|span)>", m => rng.Next(3) == 0 ? "" : m.Value, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(2)));
            case 1: // deep nesting
                {
                    var d = Pick(rng, 1000, 20_000, 200_000);
                    var tag = Pick(rng, "<div>", "<table><tr><td>", "<span>", "<b><i>", "<ul><li>", "<font>");
                    return Encoding.UTF8.GetBytes(Insert(string.Concat(Enumerable.Repeat(tag, d)) + "深" + (rng.Next(2) == 0 ? "" : string.Concat(Enumerable.Repeat(Close(tag), d)))));
                }
            case 2: // giant table
                {
                    var rows = Pick(rng, 1000, 20_000, 100_000);
                    var cols = Pick(rng, 5, 50, 500);
                    var sb = new StringBuilder("<table>");
                    for (var r = 0; r < rows && sb.Length < 40_000_000; r++)
                    {
                        sb.Append("<tr><td>").Append("行").Append(r).Append("</td>");
                        for (var c = 0; c < cols; c++) sb.Append("<td>").Append((r * c) % 97).Append("</td>");
                        sb.Append("</tr>");
                    }
                    return Encoding.UTF8.GetBytes(Insert(sb.Append("</table>").ToString()));
                }
            case 3: // rowspan/colspan abuse
                return Encoding.UTF8.GetBytes(System.Text.RegularExpressions.Regex.Replace(html, "<td", m => rng.Next(5) == 0
                    ? "<td " + Pick(rng, "rowspan", "colspan") + "=\"" + Pick(rng, "0", "-1", "65534", "1000", "2147483647", "99999999999", "1e9", "３") + "\"" : m.Value,
                    System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(2)));
            case 4: // entity floods
                return Encoding.UTF8.GetBytes(Insert("<p>" + string.Concat(Enumerable.Repeat(Pick(rng, "&amp;", "&#x10FFFF;", "&#99999999;", "&nbsp;", "&#xD800;", "&notanentity;", "&#0;", "&lt;td&gt;"), Pick(rng, 1000, 200_000, 2_000_000))) + "</p>"));
            case 5: // charset lies
                return Encoding.UTF8.GetBytes(html.Replace("<head>", "<head><meta charset=\"" + Pick(rng, "gbk", "utf-16", "big5", "x-unknown", "utf-32", "iso-2022-jp", "utf-7") + "\">"));
            case 6: return Encoding.UTF8.GetBytes(Insert(Pick(rng, "<script>", "<style>", "<!--", "<![CDATA[", "<textarea>", "<plaintext>", "<template>", "<svg><foreignObject>", "<math>", "<select>", "<iframe>")));
            case 7: // many tables, each a little
                return Encoding.UTF8.GetBytes(Insert(string.Concat(Enumerable.Repeat("<table><tr><td>合计</td><td>1</td></tr></table>", Pick(rng, 100, 10_000, 100_000)))));
            case 8: case 9: // the text itself: same edits as for text reports
                return Text(b, rng);
            default: return Bytes(b, rng);
        }
    }

    private static string Close(string open) => string.Concat(System.Text.RegularExpressions.Regex.Matches(open, "<(\\w+)").Reverse().Select(m => $"</{m.Groups[1].Value}>"));
}
