using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Ingest.Text;

/// <summary>
/// Where things are in a report's text: the six section headings (found on a whitespace-free copy, so a heading
/// wrapped over two lines is still found) mapped back to line numbers.
/// </summary>
internal sealed partial class DocumentMap : IDisposable
{
    public string[] Lines { get; }
    /// <summary>All text without whitespace: in a pooled buffer held until <see cref="Dispose"/>, not a string (3.4 KB a report).</summary>
    public ReadOnlySpan<char> Compact => _compact.AsSpan(0, _compactLength);
    private char[] _compact;
    private readonly int _compactLength;
    private readonly int[] _lineStart; // offset in Compact where each line begins

    /// <summary>Line index where each section heading starts (一..六 → 1..6), or -1.</summary>
    public int[] Heading { get; } = [-1, -1, -1, -1, -1, -1, -1];
    /// <summary>Compact offset just past each heading, or -1.</summary>
    public int[] HeadingEnd { get; } = [-1, -1, -1, -1, -1, -1, -1];

    [GeneratedRegex(@"一[、.]总体情况")] private static partial Regex H1();
    [GeneratedRegex(@"二[、.](?:行政机关)?主动公开政府信息(?:情况)?")] private static partial Regex H2();
    [GeneratedRegex(@"三[、.](?:行政机关)?收到和处理政府信息公开申请(?:情况)?")] private static partial Regex H3();
    [GeneratedRegex(@"四[、.][^。，]{0,16}?行政复议[、和及]?(?:行政诉讼)?(?:情况)?")] private static partial Regex H4();
    [GeneratedRegex(@"五[、.](?:政府信息公开工作)?存在的?主要问题(?:及改进情况)?")] private static partial Regex H5();
    [GeneratedRegex(@"六[、.]其他需要报告的事项")] private static partial Regex H6();

    // Fallback anchors when a heading is missing.
    [GeneratedRegex(@"第二十条第\(一\)项")] private static partial Regex A2();
    [GeneratedRegex(@"本列数据的勾稽关系|本年新收政府信息公开申请")] private static partial Regex A3();

    /// <summary>The lines as printed (not NFKC), for prose.</summary>
    private readonly PrintedLines _original;

    /// <param name="text">The report's text; the map's printed lines are places in it, so it must outlive the map.</param>
    public DocumentMap(ReadOnlyMemory<char> text)
    {
        Lines = TextNormalizer.Lines(text, out _original);
        _lineStart = new int[Lines.Length + 1];
        // Into one pooled buffer, kept (the map lives within one ReportTextReader.Read, which disposes of it).
        var size = 0;
        foreach (var line in Lines) size += line.Length;
        var buffer = _compact = ArrayPool<char>.Shared.Rent(size);
        var n = 0;
        for (var i = 0; i < Lines.Length; i++)
        {
            _lineStart[i] = n;
            foreach (var c in Lines[i])
                if (!Gongkai.Core.Text.Chars.IsWhiteSpace(c)) buffer[n++] = c is '（' ? '(' : c is '）' ? ')' : c;
        }
        _lineStart[Lines.Length] = n;
        _compactLength = n;
        FindHeadings();
    }

    /// <summary>The compact text's buffer goes back to the pool: <see cref="Compact"/> is empty from here on.</summary>
    public void Dispose()
    {
        var buffer = _compact;
        _compact = [];
        if (buffer.Length > 0) ArrayPool<char>.Shared.Return(buffer);
    }

    // The headings' patterns have no anchor and no lookaround, so a match from an offset is the first match in the
    // text after it, and a match within a length the first in that prefix: found as spans (EnumerateMatches), no
    // Match object each (they were a tenth of the map's bytes).
    private void FindHeadings()
    {
        var at = 0;
        Set(2, First(H2(), at, Compact.Length));
        if (Heading[2] < 0) SetAnchor(2, First(A2(), 0, Compact.Length));
        var after2 = Heading[2] >= 0 ? HeadingEnd[2] : 0;
        Set(1, First(H1(), 0, Heading[2] >= 0 ? _lineStart[Heading[2]] : Compact.Length)); // nothing after 二
        Set(3, First(H3(), after2, Compact.Length));
        if (Heading[3] < 0) SetAnchor(3, First(A3(), after2, Compact.Length));
        var after3 = Heading[3] >= 0 ? HeadingEnd[3] : after2;
        Set(4, First(H4(), after3, Compact.Length));
        var after4 = Heading[4] >= 0 ? HeadingEnd[4] : after3;
        Set(5, First(H5(), after4, Compact.Length));
        var after5 = Heading[5] >= 0 ? HeadingEnd[5] : after4;
        Set(6, First(H6(), after5, Compact.Length));
    }

    /// <summary>The first match of <paramref name="rx"/> in Compact[from..to): its offset in Compact and length, or null.</summary>
    private (int Index, int Length)? First(Regex rx, int from, int to)
    {
        foreach (var m in rx.EnumerateMatches(Compact.Slice(from, to - from))) return (from + m.Index, m.Length);
        return null;
    }

    private void Set(int n, (int Index, int Length)? m)
    {
        if (m is not var (index, length)) return;
        Heading[n] = LineOf(index);
        HeadingEnd[n] = index + length;
    }

    private void SetAnchor(int n, (int Index, int Length)? m)
    {
        if (m is not var (index, _)) return;
        Heading[n] = LineOf(index);
        HeadingEnd[n] = _lineStart[Heading[n]];
    }

    public int LineOf(int compactOffset)
    {
        var i = Array.BinarySearch(_lineStart, compactOffset);
        if (i < 0) i = ~i - 1;
        // Several empty lines share an offset: take the last line starting there that has text.
        while (i + 1 < Lines.Length && _lineStart[i + 1] == compactOffset && _lineStart[i + 1] != _lineStart[i + 2]) i++;
        return Math.Clamp(i, 0, Math.Max(0, Lines.Length - 1));
    }

    public int LineStartOffset(int line) => _lineStart[line];

    /// <summary>The first heading line after section <paramref name="n"/>, or the end of the text.</summary>
    public int SectionEnd(int n)
    {
        for (var k = n + 1; k <= 6; k++)
            if (Heading[k] >= 0) return Heading[k];
        return Lines.Length;
    }

    [GeneratedRegex(@"^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、是]|\d{1,2}[、.．](?!\d)|[（(]?[①-⑳])")]
    private static partial Regex ParagraphStartRx();

    // A line that is a date alone is a signature's date: a paragraph of its own, not the end of the agency's name above
    // it nor the start of what follows ("荔湾区花地街2021年1月14日" when a page's two signature lines were joined).
    [GeneratedRegex(@"^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○零一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,3}\s*月\s*[一二三四五六七八九十]{1,3}\s*日)$")]
    private static partial Regex DateLineRx();

    /// <summary>
    /// Prose of lines [from, to) as printed, one paragraph a line: extraction breaks lines inside sentences (and puts
    /// blank lines between them), so lines are joined until a sentence ends or a numbered paragraph begins. Null when empty.
    /// </summary>
    public string? Text(int from, int to)
    {
        if (from < 0 || to <= from) return null;
        // The paragraphs written one after another with '\n' between them, in one reused builder (what joining a
        // string per paragraph gave, without those strings and their list); `start` is where the current one begins.
        var all = t_text ??= new StringBuilder(1024);
        all.Clear();
        var start = 0;
        var afterDate = false;
        for (var i = from; i < to; i++)
        {
            var line = _original[i].Trim();
            if (line.Length == 0) continue;
            var date = line.Length <= 20 && DateLineRx().IsMatch(line);
            if (all.Length > start && ("。！？；!?".Contains(all[^1]) || afterDate || date || ParagraphStartRx().IsMatch(line)))
            {
                all.Append('\n');
                start = all.Length;
            }
            afterDate = date;
            if (all.Length > start && char.IsAsciiLetterOrDigit(all[^1]) && char.IsAsciiLetterOrDigit(line[0])) all.Append(' ');
            all.Append(line);
        }
        var text = all.Length == 0 ? null : all.ToString();
        if (all.Capacity > 1 << 16) t_text = null; // one huge text does not keep its builder for the thread's life
        return text;
    }

    [ThreadStatic] private static StringBuilder? t_text;
}
