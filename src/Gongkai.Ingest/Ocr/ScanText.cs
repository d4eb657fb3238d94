using System.Diagnostics;
using Gongkai.Ingest.Pdf;
using UglyToad.PdfPig;

namespace Gongkai.Ingest.Ocr;

/// <summary>A table cell the engine could not read as a number although its column holds numbers.</summary>
internal readonly record struct UnreadCell(int Page, int Row, int Col, string Seen);

/// <summary>A line at the top of the first page (where the title is) as the page's reading gave it and as read again.</summary>
internal readonly record struct TitleReading(string First, string Second);

/// <summary>
/// What OCR of a scanned PDF gave: the text in the PDF reader's form (tables as tab-separated rows), and how;
/// <paramref name="Title"/>, the first page's top lines read twice, for <see cref="TitleCheck"/>.
/// </summary>
internal sealed record ScanResult(string Text, int Pages, string Engine, TimeSpan Elapsed, IReadOnlyList<UnreadCell> Unread, int NumberCells,
    IReadOnlyList<TitleReading> Title);

/// <summary>
/// A scanned PDF (pages that are images, no text layer) read by OCR into the same text the PDF reader writes for a
/// drawn one: each page drawn by pdftoppm, turned straight, its ruled tables found from the lines in the image, every
/// cell read on its own (number cells held to digits), the text around the tables read line by line, and the pages put
/// together by <see cref="PdfText.Assemble"/>. A number the engine is not sure of is written as the unread mark "?", so
/// the report reader recovers it from the identities or leaves it null; it is never guessed.
/// </summary>
internal static class ScanText
{
    /// <summary>A scanned report runs to a few dozen pages; a longer scan is refused before any page is read.</summary>
    public const int MaxPages = 60;

    /// <summary>The whole OCR of one file gives up after this long ($GONGKAI_OCR_SECONDS to change it).</summary>
    public static TimeSpan TimeLimit =>
        int.TryParse(Environment.GetEnvironmentVariable("GONGKAI_OCR_SECONDS"), out var s) && s > 0 ? TimeSpan.FromSeconds(s) : TimeSpan.FromSeconds(600);

    /// <summary>A digit read with less confidence than this is not taken (Tesseract's 0–100 scale).</summary>
    internal const float MinNumberConfidence = 80;

    /// <summary>The size of the second, confirming reading of a number.</summary>
    internal const double SecondReadScale = 0.7;

    /// <exception cref="NotAReportException">No OCR engine, too many pages, a page that cannot be drawn, or out of time.</exception>
    public static ScanResult Extract(byte[] pdf)
    {
        if (PageRenderer.Unavailable is { } noRenderer) throw new NotAReportException(PdfText.NoTextLayer + "；" + noRenderer);
        if (OcrEngines.Unavailable is { } noEngine) throw new NotAReportException(PdfText.NoTextLayer + "；" + noEngine);
        var clock = Stopwatch.StartNew();
        var limit = TimeLimit;
        var sizes = PageSizes(pdf);
        if (sizes.Count > MaxPages)
            throw new NotAReportException($"扫描件页数过多（{sizes.Count} 页），OCR 最多识别 {MaxPages} 页，不像年度报告");

        var path = Path.Combine(Path.GetTempPath(), $"gongkai-scan-{Guid.NewGuid():N}.pdf");
        var engine = OcrEngines.Rent();
        try
        {
            File.WriteAllBytes(path, pdf);
            var pages = new List<List<PageItem>>();
            var unread = new List<UnreadCell>();
            var title = new List<TitleReading>();
            var numberCells = 0;
            for (var n = 1; n <= sizes.Count; n++)
            {
                var left = limit - clock.Elapsed;
                if (left <= TimeSpan.Zero)
                    throw new NotAReportException($"扫描件 OCR 超时：{limit.TotalSeconds:0} 秒内只识别了 {n - 1} / {sizes.Count} 页");
                var dpi = PageRenderer.DpiFor(sizes[n - 1].Width, sizes[n - 1].Height);
                var image = PageRenderer.Render(path, n, dpi, left);
                pages.Add(ReadPage(engine, image, n, unread, ref numberCells, () => limit - clock.Elapsed, n == 1 ? title : null));
            }
            if (clock.Elapsed > limit)
                throw new NotAReportException($"扫描件 OCR 超时：{limit.TotalSeconds:0} 秒内未能识别完 {sizes.Count} 页");
            return new ScanResult(PdfText.Assemble(pages), sizes.Count, engine.Name, clock.Elapsed, unread, numberCells, title);
        }
        finally
        {
            OcrEngines.Return(engine);
            try { File.Delete(path); } catch (IOException) { }
        }
    }

    private static List<(double Width, double Height)> PageSizes(byte[] pdf)
    {
        try
        {
            using var doc = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var sizes = new List<(double, double)>();
            for (var n = 1; n <= doc.NumberOfPages && n <= MaxPages + 1; n++)
            {
                var page = doc.GetPage(n);
                sizes.Add((page.Width, page.Height));
            }
            if (doc.NumberOfPages > MaxPages + 1) sizes.AddRange(Enumerable.Repeat((0.0, 0.0), doc.NumberOfPages - sizes.Count));
            return sizes;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new NotAReportException(PdfText.Corrupt);
        }
    }

    /// <summary>How many lines at the top of the first page are read twice: a title runs to one, two or three lines.</summary>
    internal const int TitleLines = 4;

    /// <summary>
    /// One page: straightened, tables found and read cell by cell, then the rest of the page line by line. With
    /// <paramref name="title"/> (the first page), its top lines of Chinese are also read again into it.
    /// </summary>
    internal static List<PageItem> ReadPage(IOcrEngine engine, GreyImage image, int pageNo, List<UnreadCell> unread, ref int numberCells, Func<TimeSpan> left,
        List<TitleReading>? title = null)
    {
        var threshold = image.OtsuThreshold();
        var ink = image.Binarise(threshold);
        var skew = GreyImage.Skew(ink, image.Width, image.Height);
        if (Math.Abs(skew) >= 0.05)
        {
            image = image.Rotate(skew);
            ink = image.Binarise(threshold);
        }
        var tables = ScanGrid.Find(ink, image.Width, image.Height, image.Dpi);
        var px = image.Dpi / 72.0;
        var items = new List<PageItem>();

        foreach (var table in tables)
        {
            var texts = ReadCells(engine, image, ink, table, pageNo, unread, ref numberCells, left);
            items.Add(new PageItem((image.Height - table.Box.Top) / px, null, PageText.TableRows(table.Table, texts)));
        }

        // The text around the tables: the tables painted white, the page read as lines.
        var page = image;
        if (tables.Count > 0)
        {
            var pixels = (byte[])image.Pixels.Clone();
            var pad = Math.Max(3, image.Dpi / 50);
            foreach (var t in tables)
                for (var y = Math.Max(0, t.Box.Top - pad); y < Math.Min(image.Height, t.Box.Bottom + pad); y++)
                    Array.Fill(pixels, (byte)255, y * image.Width + Math.Max(0, t.Box.Left - pad), Math.Min(image.Width, t.Box.Right + pad) - Math.Max(0, t.Box.Left - pad));
            page = new GreyImage(image.Width, image.Height, pixels, image.Dpi);
        }
        var lines = engine.ReadLines(page, Deadline(left));
        var firstLines = title is null ? null : lines.Where(l => l.Text.Count(IsHan) >= 4).OrderBy(l => l.Box.Top).Take(TitleLines).ToHashSet();
        foreach (var line in lines)
        {
            if (line.Text.Length == 0) continue;
            var text = line.Text.Length <= 40 ? Lexicon.Snap(line.Text) : line.Text;
            var size = Math.Max(1, line.Box.Height / px);
            var baseline = (image.Height - line.Box.Bottom) / px;
            items.Add(new PageItem(baseline + size, new TextLine(text, line.Box.Left / px, line.Box.Right / px, baseline, size, text.Length), null));
            if (firstLines?.Contains(line) != true) continue;
            // The line's box with a margin, cut from the page as it is (CellImage's clean-up, made for cells, takes a
            // title's long strokes for ruling lines: 工 became 二) and read again, snapped as the first was.
            var m = Math.Max(4, line.Box.Height / 4);
            var box = new Box(line.Box.Left - m, line.Box.Top - m, line.Box.Right + m, line.Box.Bottom + m);
            var cut = page.Crop(box);
            var again = cut.Width > 0 && cut.Height > 0 ? engine.ReadLineAgain(cut, Deadline(left)).Text : "";
            title!.Add(new TitleReading(text, again.Length <= 40 ? Lexicon.Snap(again) : again));
        }
        items.Sort((a, b) => b.Top.CompareTo(a.Top));
        return items;
    }

    /// <summary>
    /// One call's budget: <see cref="CallCpuMs"/> of CPU time (a page's lines took at most 2.6 s in bench/ocr), and the
    /// scan's time left on the clock as the guard. CPU time, so that a reading is the same on a quiet machine and a busy
    /// one; past the guard the scan fails with its own error instead of giving a page cut short.
    /// </summary>
    private static OcrDeadline Deadline(Func<TimeSpan> left) => new(CallCpuMs, (int)Math.Clamp(left().TotalMilliseconds, 1, int.MaxValue));

    internal const int CallCpuMs = 20_000;

    /// <summary>
    /// Every cell of one table as text. Cells of one line are first read as numbers; a column where most cells read as
    /// numbers is a number column, and a cell there that did not read as one is read as text only to see whether it is
    /// a heading (自然人, 总计) — otherwise it is written as the unread mark and listed as unread.
    /// </summary>
    private static string[] ReadCells(IOcrEngine engine, GreyImage image, bool[] ink, ScanTable table, int pageNo, List<UnreadCell> unread, ref int numberCells, Func<TimeSpan> left)
    {
        var cells = table.Table.Cells;
        var texts = new string[cells.Length];
        var cuts = new (GreyImage Image, Box Ink)?[cells.Length];
        var number = new string?[cells.Length];
        var seen = new string[cells.Length];
        var singleLine = (int)(0.2 * image.Dpi);
        for (var i = 0; i < cells.Length; i++)
        {
            texts[i] = "";
            var b = table.CellBoxes[i];
            cuts[i] = CellImage.Cut(image, ink, new Box(b.Left, b.Top, b.Right, b.Bottom));
            if (cuts[i] is not { } cut || cut.Ink.Height > singleLine) continue;
            var read = engine.ReadNumber(cut.Image, Deadline(left));
            seen[i] = read.Text;
            if (read.Confidence < MinNumberConfidence || !(OcrText.NumberRx().IsMatch(read.Text) || OcrText.BlankRx().IsMatch(read.Text))) continue;
            // A second reading of the same print at another size must agree: most misreadings (5 as 3, a digit seen
            // twice) do not survive the change of scale, and a number no identity reads has no other check.
            var again = engine.ReadNumber(cut.Image.Scale(SecondReadScale), Deadline(left));
            if (again.Text == read.Text) number[i] = read.Text;
            else seen[i] = $"{read.Text}/{again.Text}";
        }
        var columns = table.Table.Xs.Length - 1;
        var numeric = new bool[columns];
        for (var c = 0; c < columns; c++)
        {
            int withInk = 0, numbers = 0;
            for (var i = 0; i < cells.Length; i++)
            {
                if (cells[i].Col != c || cuts[i] is null) continue;
                withInk++;
                if (number[i] is not null) numbers++;
            }
            numeric[c] = numbers >= 2 && numbers * 2 >= withInk;
        }
        for (var i = 0; i < cells.Length; i++)
        {
            if (cuts[i] is not { } cut) continue;
            if (number[i] is { } n) { texts[i] = n; numberCells++; continue; }
            var text = engine.ReadText(cut.Image, Deadline(left));
            var label = Lexicon.Snap(text.Text);
            var isText = Lexicon.IsWord(label) || LooksLikeHeading(text) && !HasLooseDigits(label);
            // Digits reach the report only through the number reading: a cell whose digits the text reading saw (a
            // number the two readings of the digits disagreed on) is a blank, never the text reading's number.
            if (!isText && (cut.Ink.Height <= singleLine && (numeric[cells[i].Col] || text.Text.Length <= 4) || HasLooseDigits(label)))
            {
                texts[i] = Text.Tokenizer.Unread; // printed but not read: the identities may give it back (a "—" is a printed blank, kept null)
                numberCells++;
                unread.Add(new UnreadCell(pageNo, cells[i].Row + 1, cells[i].Col + 1, seen[i] ?? text.Text));
                continue;
            }
            texts[i] = label;
        }
        return texts;
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';

    /// <summary>Digits other than a label's own numbering ("2.重复申请").</summary>
    private static bool HasLooseDigits(string text)
    {
        var numbering = System.Text.RegularExpressions.Regex.Match(text, @"^\d{1,2}[.、．]");
        return text.AsSpan(numbering.Success ? numbering.Length : 0).IndexOfAnyInRange('0', '9') >= 0;
    }

    /// <summary>A column heading or a row label read with confidence: two or more Chinese characters.</summary>
    private static bool LooksLikeHeading(OcrRead read) =>
        read.Confidence >= 60 && read.Text.Count(IsHan) >= 2;
}
