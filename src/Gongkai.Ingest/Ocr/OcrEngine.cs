
namespace Gongkai.Ingest.Ocr;

/// <summary>A rectangle of a page image in pixels (right and bottom exclusive).</summary>
internal readonly record struct Box(int Left, int Top, int Right, int Bottom)
{
    public int Width => Right - Left;
    public int Height => Bottom - Top;
    public bool IsEmpty => Width <= 0 || Height <= 0;
}

/// <summary>What the engine read in a box: the text and its least certain character's confidence (0–100).</summary>
internal readonly record struct OcrRead(string Text, float Confidence);

/// <summary>A line of free text on the page, with its box in pixels.</summary>
internal readonly record struct OcrLine(string Text, Box Box);

/// <summary>
/// An OCR engine as the scan reader uses it: table cells, each cut out on its own (<see cref="CellImage"/>), read as
/// a number or as a label of one or more lines, and the text outside the tables line by line. Engines are not
/// thread-safe; one per reading thread, from <see cref="OcrEngines"/>.
/// </summary>
internal interface IOcrEngine : IDisposable
{
    /// <summary>Engine and model, as the read.ocr finding names them.</summary>
    string Name { get; }
    /// <summary>A cell that should hold one number (digits, sign, decimal point) or a blank mark.</summary>
    OcrRead ReadNumber(GreyImage cell, OcrDeadline deadline);
    /// <summary>A cell of text: its lines top to bottom, joined without a separator.</summary>
    OcrRead ReadText(GreyImage cell, OcrDeadline deadline);
    /// <summary>The lines of text of a page (its tables painted out), with their boxes.</summary>
    List<OcrLine> ReadLines(GreyImage page, OcrDeadline deadline);
    /// <summary>
    /// One line of text read a second time, as independently of <see cref="ReadLines"/> as this engine can: by the other
    /// engine where there is one (<see cref="CheckedEngine"/>), else at another size — a weak second reading for
    /// PaddleOCR, whose model scales every line to 48 pixels high. A title's agency is given only when both readings hold it.
    /// </summary>
    OcrRead ReadLineAgain(GreyImage line, OcrDeadline deadline) => ReadText(line.Scale(ScanText.SecondReadScale), deadline);
}

/// <summary>
/// The OCR engines of the process, kept for reuse (loading a model costs a few hundred milliseconds).
/// $GONGKAI_OCR_ENGINE chooses: <c>tesseract</c> (the default), <c>paddle</c>, or <c>both</c> — Tesseract, with every
/// number also read by PaddleOCR and given only when the two agree (docs/ocr.md has the measurements).
/// </summary>
internal static class OcrEngines
{
    private static readonly System.Collections.Concurrent.ConcurrentBag<IOcrEngine> Idle = [];

    public static string Kind => Environment.GetEnvironmentVariable("GONGKAI_OCR_ENGINE")?.Trim().ToLowerInvariant() switch
    {
        "paddle" => "paddle",
        "tesseract" => "tesseract",
        _ => "both",
    };

    /// <summary>Why no engine can run here (the message a user sees), or null. `both` without PaddleOCR's model is Tesseract alone.</summary>
    public static string? Unavailable => Kind switch
    {
        "paddle" => PaddleEngine.Unavailable,
        _ => Tesseract.Unavailable,
    };

    public static IOcrEngine Rent()
    {
        var kind = Kind;
        while (Idle.TryTake(out var e))
        {
            if (e.Name == NameOf(kind)) return e;
            e.Dispose();
        }
        return kind switch
        {
            "paddle" => new PaddleEngine(),
            "tesseract" => new TesseractEngine(),
            _ => new CheckedEngine(new TesseractEngine(), PaddleEngine.Unavailable is null ? new PaddleEngine() : null),
        };
    }

    private static string NameOf(string kind) => kind switch
    {
        "paddle" => PaddleEngine.DisplayName,
        "tesseract" => TesseractEngine.DisplayName,
        _ => PaddleEngine.Unavailable is null ? CheckedEngine.DisplayName : CheckedEngine.AloneName,
    };

    public static void Return(IOcrEngine engine) => Idle.Add(engine);
}

/// <summary>
/// Tesseract for the words; every number read by both Tesseract and PaddleOCR, and given only if they agree. Their
/// mistakes differ (Tesseract took a 5 for a 3 on two scans, PaddleOCR a 9 for a 0 and a 0 for an O), so agreement
/// is a check no identity gives the cells of section 二. Without PaddleOCR's model, Tesseract alone, and its name says so.
/// </summary>
internal sealed class CheckedEngine(TesseractEngine tesseract, PaddleEngine? paddle) : IOcrEngine
{
    public const string DisplayName = "Tesseract 5（chi_sim），数字经 PaddleOCR PP-OCRv4 互校";
    public const string AloneName = "Tesseract 5（chi_sim）；未找到 PaddleOCR 模型，数字未经第二个引擎互校";
    public string Name => paddle is null ? AloneName : DisplayName;

    public OcrRead ReadNumber(GreyImage cell, OcrDeadline deadline)
    {
        var t = tesseract.ReadNumber(cell, deadline);
        if (t.Text.Length == 0 || paddle is null) return t;
        var p = paddle.ReadNumber(cell, deadline);
        return p.Text == t.Text ? t : new OcrRead($"{t.Text}≠{p.Text}", 0);
    }

    public OcrRead ReadText(GreyImage cell, OcrDeadline deadline) => tesseract.ReadText(cell, deadline);
    public List<OcrLine> ReadLines(GreyImage page, OcrDeadline deadline) => tesseract.ReadLines(page, deadline);
    public OcrRead ReadLineAgain(GreyImage line, OcrDeadline deadline) =>
        paddle is null ? ((IOcrEngine)tesseract).ReadLineAgain(line, deadline) : paddle.ReadText(line, deadline);

    public void Dispose()
    {
        tesseract.Dispose();
        paddle?.Dispose();
    }
}

/// <summary>
/// Tesseract 5 with Debian's chi_sim model for labels and prose, and the same model held to digits for number cells
/// (a whole-page reading turned the table's zeros into 本/酉/中; a cell read with digits only cannot).
/// </summary>
internal sealed class TesseractEngine : IOcrEngine
{
    private readonly Tesseract _text = Tesseract.Create("chi_sim");
    private readonly Tesseract _digits = Tesseract.Create("eng");

    public TesseractEngine()
    {
        _digits.SetVariable("tessedit_char_whitelist", "0123456789.,+-—/");
    }

    public const string DisplayName = "Tesseract 5（chi_sim）";
    public string Name => DisplayName;

    public OcrRead ReadNumber(GreyImage cell, OcrDeadline deadline)
    {
        _digits.SetImage(cell.Pixels, cell.Width, cell.Height, cell.Dpi);
        // Character by character: a number is as sure as its least sure digit.
        var symbols = _digits.Recognize(0, 0, cell.Width, cell.Height, Tesseract.PageSegMode.SingleLine, 4, deadline);
        return Join(symbols, "");
    }

    public OcrRead ReadText(GreyImage cell, OcrDeadline deadline)
    {
        _text.SetImage(cell.Pixels, cell.Width, cell.Height, cell.Dpi);
        return Join(_text.Recognize(0, 0, cell.Width, cell.Height, Tesseract.PageSegMode.SingleBlock, 2, deadline), null);
    }

    private static OcrRead Join(List<OcrWord> words, string? separator) =>
        words.Count == 0 ? new OcrRead("", 0)
            : new OcrRead(string.Join(separator, words.Select(w => OcrText.Tidy(w.Text))), words.Min(w => w.Confidence));

    public List<OcrLine> ReadLines(GreyImage page, OcrDeadline deadline)
    {
        _text.SetImage(page.Pixels, page.Width, page.Height, page.Dpi);
        var lines = _text.Recognize(0, 0, page.Width, page.Height, Tesseract.PageSegMode.Auto, 2, deadline);
        return [.. lines.Select(l => new OcrLine(OcrText.Tidy(l.Text), new Box(l.Left, l.Top, l.Right, l.Bottom)))];
    }

    public void Dispose()
    {
        _text.Dispose();
        _digits.Dispose();
    }
}
