using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Filters;

namespace Gongkai.Ingest.Pdf;

/// <summary>
/// PDF → the report's text with its tables rebuilt as a grid (one line per table row, cells separated by tabs, the
/// form PlainTextRenderer writes), read with PdfPig from the positions of the letters and the ruling lines drawn.
/// Text outside tables is grouped into lines by baseline and wrapped paragraph lines are joined again.
/// </summary>
public static partial class PdfText
{
    /// <summary>An annual report runs to 5–30 pages; a file with more is refused before its pages are read.</summary>
    public const int MaxPages = 500;

    /// <summary>
    /// Reading gives up with an error after this much CPU time of the reading thread (and 60 s on the clock, a guard:
    /// <see cref="WorkBudget"/>). A report reads in milliseconds; the fuzzer found pages on which PdfPig spends 17 s,
    /// so the bound is kept by the caller, not only between pages (see <see cref="Extract"/>).
    /// </summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(8);

    /// <summary>A page with more characters than this is not a report page (a dump, a data table); reading stops.</summary>
    private const int MaxGlyphsPerPage = 100_000;

    public const string NoTextLayer = "PDF 没有文字层（可能是扫描件）";
    public const string HiddenTextLayer = "PDF 是扫描件，文字层是其他软件识别的隐藏文字（不可见），未采信";
    public const string GarbledTextLayer = "PDF 的文字层是乱码（字体的字符映射缺失或错误），未采信";
    public const string Encrypted = "PDF 已加密，无法读取";
    public const string Corrupt = "PDF 文件已损坏或不完整";

    /// <exception cref="NotAReportException">Unreadable, encrypted, no text layer, too many pages, too slow: the message says which.</exception>
    public static string Extract(ReadOnlySpan<byte> bytes)
    {
        if (!HasEndMarker(bytes)) throw new NotAReportException(Corrupt + "（文件结尾缺失，可能下载不完整）");
        if (TrueTypeGlyphs.AnyUncompressedFontLoops(bytes)) throw new NotAReportException(Corrupt + "（内嵌字体已损坏）");
        // PdfPig cannot be interrupted inside a page, so the reading runs on a thread of its own (not the pool, which a
        // batch of readings waiting on pool work would starve) and the caller stops waiting at the bound. An abandoned
        // reading finishes its current page in the background, sees the same budget spent, and stops there; its result
        // is dropped.
        var budget = new WorkBudget(TimeLimit, WorkBudget.WallGuard);
        var copy = bytes.ToArray();
        string? text = null;
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? failure = null;
        var reading = new Thread(() =>
        {
            budget.StartOnThisThread();
            try { text = ExtractWithin(copy, budget); }
            catch (Exception e) { failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e); }
        }, maxStackSize: 16 << 20) { IsBackground = true, Name = "pdf-text" };
        reading.Start();
        while (!reading.Join(50))
        {
            // Half a second more lets a reading between pages stop with the page it reached.
            if (budget.Spent && !reading.Join(500))
                throw new NotAReportException($"PDF 过于复杂，{TimeLimit.TotalSeconds:0} 秒内未能读完");
        }
        failure?.Throw();
        return text!;
    }

    private static string ExtractWithin(byte[] bytes, WorkBudget budget)
    {
        var pages = new List<List<PageItem>>();
        var glyphs = 0;
        var images = 0;
        int letters = 0, hidden = 0, cjk = 0, garbled = 0;
        var unreadableTextPages = 0; // pages that show text PdfPig could not decode (a damaged or missing font)
        try
        {
            using var pdf = PdfDocument.Open(bytes, new ParsingOptions
            {
                UseLenientParsing = true,
                SkipMissingFonts = true,
                ClipPaths = false,
                FilterProvider = new GuardedFilters(DefaultFilterProvider.Instance),
            });
            var count = pdf.NumberOfPages;
            if (count <= 0) throw new NotAReportException(Corrupt + "（没有页面）");
            if (count > MaxPages) throw new NotAReportException($"PDF 页数过多（{count} 页），不像年度报告");
            for (var n = 1; n <= count; n++)
            {
                if (budget.Spent)
                    throw new NotAReportException($"PDF 过于复杂，{TimeLimit.TotalSeconds:0} 秒内只读了 {n - 1} / {count} 页");
                var page = pdf.GetPage(n);
                if (page.Letters.Count > MaxGlyphsPerPage)
                    throw new NotAReportException($"PDF 第 {n} 页有 {page.Letters.Count} 个字符，不像年度报告");
                pages.Add(PageText.Read(page, out var g));
                glyphs += g;
                letters += page.Letters.Count;
                foreach (var letter in page.Letters)
                {
                    if (letter.RenderingMode == UglyToad.PdfPig.Core.TextRenderingMode.Neither) hidden++;
                    if (letter.Value.Length == 0) continue;
                    var c = letter.Value[0];
                    if (c is >= '\u4E00' and <= '\u9FFF') cjk++;
                    else if (IsGarbledLetter(c)) garbled++;
                }
                images += page.NumberOfImages;
                if (g == 0 && page.Operations.Any(op => op.Operator is "Tj" or "TJ" or "'" or "\"")) unreadableTextPages++;
            }
        }
        catch (NotAReportException) { throw; }
        catch (OutOfMemoryException) { throw; }
        catch (Exception e) when (IsEncryption(e)) { throw new NotAReportException(Encrypted); }
        catch (Exception) { throw new NotAReportException(Corrupt); }

        if (glyphs == 0 && unreadableTextPages > 0)
            throw new NotAReportException(Corrupt + "（文字的字体缺失或已损坏，无法读出文字）");
        if (glyphs == 0 && images == 0) throw new NotAReportException(NoTextLayer + "，页面上也没有图像，没有可识别的内容");
        // Pages that are pictures with (next to) no text: a scan, for OCR (Ocr/ScanReader).
        if (images >= pages.Count && glyphs < 20 * pages.Count || glyphs == 0)
            throw new ScannedPdfException(NoTextLayer + $"：{pages.Count} 页只有 {glyphs} 个字符");
        // A searchable scan: page images under an invisible text layer that other software recognised (a scanner's,
        // Acrobat's or Tesseract's OCR). Its digits are guesses with no confidence kept: one such layer gave 41 as 4 and
        // 0 as 1, taken as printed. The pages are read again by Gongkai's own OCR, which never guesses a digit.
        if (images >= pages.Count && hidden * 2 > letters)
            throw new ScannedPdfException(HiddenTextLayer, hidden);
        // A Chinese text layer with Latin accented letters or private-use characters among its ideographs: fonts whose
        // character map is missing or wrong ("政ó服ó", "第Ð十条"). Such a map may as well turn 二 into 三 or one digit
        // into another; the pages as drawn are what the reader sees, so they are read by OCR.
        if (cjk >= 200 && garbled * 50 >= cjk)
            throw new ScannedPdfException(GarbledTextLayer, garbledLetters: garbled);
        return Assemble(pages);
    }

    /// <summary>
    /// A letter a Chinese report does not print, which a wrong character map gives: accented Latin letters (À–ɏ, not
    /// × and ÷), private-use characters, the replacement character. Latin-1's symbols (· ¥ ° ×) are printed and do not count.
    /// </summary>
    internal static bool IsGarbledLetter(char c) =>
        c is >= '\u00C0' and <= '\u024F' and not ('\u00D7' or '\u00F7') or >= '\uE000' and <= '\uF8FF' or '\uFFFD';

    private static bool IsEncryption(Exception e)
    {
        for (var x = e; x is not null; x = x.InnerException)
            if (x is PdfDocumentEncryptedException) return true;
        return false;
    }

    /// <summary>A complete PDF ends with "%%EOF" (give or take trailing whitespace or a few bytes of junk).</summary>
    private static bool HasEndMarker(ReadOnlySpan<byte> bytes)
    {
        var tail = bytes[Math.Max(0, bytes.Length - 1024)..];
        return tail.IndexOf("%%EOF"u8) >= 0;
    }

    /// <summary>The pages' items as text: page numbers dropped, wrapped paragraph lines joined, table rows as they are.</summary>
    internal static string Assemble(List<List<PageItem>> pages)
    {
        var sb = new StringBuilder();
        TextLine? open = null;     // the last line written, if a wrapped continuation may still follow
        (double Left, double Right) openEdges = default;
        var openPage = -1;
        for (var p = 0; p < pages.Count; p++)
        {
            var items = pages[p];
            var body = items.Where(i => i.Line is null || !IsPageNumber(i.Line, items)).ToList();
            var edges = Edges(body);
            foreach (var item in body)
            {
                if (item.TableRows is { } rows)
                {
                    if (open is not null) { sb.Append('\n'); open = null; }
                    foreach (var row in rows) sb.Append(row).Append('\n');
                    continue;
                }
                var line = item.Line!;
                if (line.Glyphs == 0) continue;
                if (open is not null)
                {
                    if (Continues(open, openEdges, line, edges, samePage: openPage == p))
                    {
                        if (IsLatinEnd(sb) && char.IsAsciiLetterOrDigit(line.Text[0])) sb.Append(' ');
                    }
                    else sb.Append('\n');
                }
                sb.Append(line.Text.Trim());
                open = line;
                openEdges = edges;
                openPage = p;
            }
        }
        if (open is not null) sb.Append('\n');
        return sb.ToString();
    }

    private static bool IsLatinEnd(StringBuilder sb) => sb.Length > 0 && char.IsAsciiLetterOrDigit(sb[^1]);

    /// <summary>The left and right edges of the page's body text: where full lines start and end.</summary>
    private static (double Left, double Right) Edges(List<PageItem> items)
    {
        var lines = items.Select(i => i.Line).OfType<TextLine>().Where(l => !l.HasTab && l.Glyphs >= 8).ToList();
        if (lines.Count < 2) return (double.NaN, double.NaN);
        return (lines.Min(l => l.Left), lines.Max(l => l.Right));
    }

    /// <summary>
    /// Whether <paramref name="next"/> carries on the paragraph of <paramref name="line"/>: the line runs to the right
    /// edge, the next starts at the left edge (not indented, not a new numbered item or heading), same size, and no
    /// gap wider than a line between them (or it is the first line of the next page).
    /// </summary>
    private static bool Continues(TextLine line, (double Left, double Right) edges, TextLine next, (double Left, double Right) nextEdges, bool samePage)
    {
        if (line.HasTab || next.HasTab || double.IsNaN(edges.Right) || double.IsNaN(nextEdges.Left)) return false;
        var size = line.Size;
        if (Math.Abs(size - next.Size) > 0.15 * size) return false;
        if (line.Right < edges.Right - 1.6 * size) return false;
        if (Math.Abs(next.Left - nextEdges.Left) > 0.5 * size) return false;
        if (samePage && (line.Y - next.Y > 2.2 * size || line.Y <= next.Y)) return false;
        return !NewItemRx().IsMatch(next.Text);
    }

    [GeneratedRegex(@"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、．](?!\d)|第[一二三四五六七八九十]+[章节条部分])")]
    private static partial Regex NewItemRx();

    /// <summary>"- 3 -", "第 3 页 共 8 页" and the like, in the top or bottom margin of the page.</summary>
    private static bool IsPageNumber(TextLine line, List<PageItem> items)
    {
        if (line.Text.Length > 24 || !PageText.PageNumberRx().IsMatch(line.Text)) return false;
        var top = items.Max(i => i.Top);
        var bottom = items.Min(i => i.Line?.Y ?? double.MaxValue);
        return line.Y <= bottom + 0.01 || line.Y + 0.8 * line.Size >= top - 0.01;
    }
}

/// <summary>
/// A PDF whose pages are images with (next to) no text, what a scanner makes, or whose text layer is not taken (hidden
/// text other software recognised, or garbled): the reader turns to OCR.
/// </summary>
/// <param name="hiddenLetters">The letters of an invisible text layer recognised by other software, not taken; 0 when none.</param>
/// <param name="garbledLetters">The letters of a garbled text layer (a font's wrong character map), not taken; 0 when none.</param>
public sealed class ScannedPdfException(string message, int hiddenLetters = 0, int garbledLetters = 0) : NotAReportException(message)
{
    public int HiddenLetters { get; } = hiddenLetters;
    public int GarbledLetters { get; } = garbledLetters;
}
