using System.Runtime.InteropServices;
using System.Text;

namespace Gongkai.Ingest.Ocr;

/// <summary>One recognised word (or line): its text, the engine's confidence 0–100 and its box in image pixels.</summary>
internal readonly record struct OcrWord(string Text, float Confidence, int Left, int Top, int Right, int Bottom)
{
    public int Height => Bottom - Top;
}

/// <summary>
/// Tesseract 5 (Debian's libtesseract.so.5 with chi_sim) through its C API. There is no .NET wrapper on the package
/// copy, and the API is small: one engine per thread (TessBaseAPI is not thread-safe), an 8-bit grey image set once per
/// page, and a rectangle recognised at a time with a deadline.
/// </summary>
internal sealed partial class Tesseract : IDisposable
{
    private const string Lib = "libtesseract.so.5";

    /// <summary>Why the engine could not start, or null when it can; checked once per process.</summary>
    public static string? Unavailable => LazyUnavailable.Value;

    private static readonly Lazy<string?> LazyUnavailable = new(Probe);

    private nint _api;
    private nint _monitor;
    private readonly string _language;

    private Tesseract(nint api, string language)
    {
        _api = api;
        _language = language;
        _monitor = TessMonitorCreate();
        unsafe { TessMonitorSetCancelFunc(_monitor, (nint)(delegate* unmanaged[Cdecl]<nint, int, byte>)&CpuSpent); }
    }

    /// <summary>
    /// Tesseract asks this between words whether to stop; <c>cancel_this</c> carries the thread's CPU clock reading
    /// past which the call's budget is spent (<see cref="OcrDeadline"/>).
    /// </summary>
    [UnmanagedCallersOnly(CallConvs = [typeof(System.Runtime.CompilerServices.CallConvCdecl)])]
    private static byte CpuSpent(nint cpuEndNs, int words) => ThreadCpuClock.NowNs() > cpuEndNs ? (byte)1 : (byte)0;

    /// <summary>The tessdata folder: $GONGKAI_TESSDATA, else the library's own default (Debian: /usr/share/tesseract-ocr/5/tessdata).</summary>
    private static string? DataPath => Environment.GetEnvironmentVariable("GONGKAI_TESSDATA") is { Length: > 0 } p ? p : null;

    /// <exception cref="OcrUnavailableException">The library or the language data is missing.</exception>
    public static Tesseract Create(string language)
    {
        if (Unavailable is { } why) throw new OcrUnavailableException(why);
        var api = TessBaseAPICreate();
        if (TessBaseAPIInit2(api, DataPath, language, 1 /* OEM_LSTM_ONLY */) != 0)
        {
            TessBaseAPIDelete(api);
            throw new OcrUnavailableException($"Tesseract 缺少语言数据 {language}（请安装 tesseract-ocr-chi-sim）");
        }
        // Quiet: Tesseract prints "Estimating resolution" and the like to stderr otherwise.
        TessBaseAPISetVariable(api, "debug_file", "/dev/null");
        return new Tesseract(api, language);
    }

    private static string? Probe()
    {
        try
        {
            // One engine per thread already runs the cores; Tesseract's own OpenMP threads on top only fight them.
            // .NET keeps its own copy of the environment, so the variable goes through libc before the library loads.
            _ = setenv("OMP_THREAD_LIMIT", "1", 0);
            if (!NativeLibrary.TryLoad(Lib, out _))
                return "未安装 OCR 引擎 Tesseract（libtesseract.so.5；Debian：apt-get install tesseract-ocr tesseract-ocr-chi-sim）";
            var api = TessBaseAPICreate();
            try
            {
                foreach (var lang in new[] { "chi_sim", "eng" })
                    if (TessBaseAPIInit2(api, DataPath, lang, 1) != 0)
                        return $"OCR 引擎 Tesseract 缺少语言数据 {lang}（Debian：apt-get install tesseract-ocr-chi-sim）";
            }
            finally { TessBaseAPIDelete(api); }
            return null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            return $"OCR 引擎 Tesseract 无法加载（{e.Message}）";
        }
    }

    public string Language => _language;

    /// <summary>Sets the page: 8-bit grey, one byte a pixel, rows of <paramref name="width"/> bytes. The buffer is copied.</summary>
    public unsafe void SetImage(byte[] grey, int width, int height, int dpi)
    {
        fixed (byte* p = grey) TessBaseAPISetImage(_api, p, width, height, 1, width);
        TessBaseAPISetSourceResolution(_api, dpi);
    }

    public void SetVariable(string name, string value)
    {
        if (!TessBaseAPISetVariable(_api, name, value)) throw new InvalidOperationException($"Tesseract has no variable {name}");
    }

    /// <summary>
    /// Recognises a rectangle of the page as words (level 3) or lines (level 2), within a deadline (CPU time of this
    /// thread, and the scan's time left on the clock); an empty list when nothing was found or the deadline passed.
    /// </summary>
    public List<OcrWord> Recognize(int left, int top, int width, int height, PageSegMode mode, int level, OcrDeadline deadline)
    {
        TessBaseAPISetPageSegMode(_api, (int)mode);
        TessBaseAPISetRectangle(_api, left, top, width, height);
        TessMonitorSetDeadlineMSecs(_monitor, deadline.WallMs);
        TessMonitorSetCancelThis(_monitor, (nint)deadline.CpuEndNs());
        var words = new List<OcrWord>();
        if (TessBaseAPIRecognize(_api, _monitor) != 0) return words;
        var it = TessBaseAPIGetIterator(_api);
        if (it == 0) return words;
        try
        {
            var page = TessResultIteratorGetPageIterator(it);
            do
            {
                var textPtr = TessResultIteratorGetUTF8Text(it, level);
                if (textPtr == 0) continue;
                var text = Marshal.PtrToStringUTF8(textPtr) ?? "";
                TessDeleteText(textPtr);
                var conf = TessResultIteratorConfidence(it, level);
                TessPageIteratorBoundingBox(page, level, out var l, out var t, out var r, out var b);
                text = text.Trim();
                if (text.Length > 0) words.Add(new OcrWord(text, conf, l, t, r, b));
            } while (TessResultIteratorNext(it, level));
        }
        finally { TessResultIteratorDelete(it); }
        return words;
    }

    public void Dispose()
    {
        if (_api != 0) { TessBaseAPIEnd(_api); TessBaseAPIDelete(_api); _api = 0; }
        if (_monitor != 0) { TessMonitorDelete(_monitor); _monitor = 0; }
    }

    public enum PageSegMode { Auto = 3, SingleBlock = 6, SingleLine = 7, SingleWord = 8, RawLine = 13 }

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int setenv(string name, string value, int overwrite);

    [LibraryImport(Lib)] private static partial nint TessBaseAPICreate();
    [LibraryImport(Lib)] private static partial void TessBaseAPIDelete(nint api);
    [LibraryImport(Lib)] private static partial void TessBaseAPIEnd(nint api);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] private static partial int TessBaseAPIInit2(nint api, string? datapath, string language, int oem);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.I4)] private static partial bool TessBaseAPISetVariable(nint api, string name, string value);
    [LibraryImport(Lib)] private static partial void TessBaseAPISetPageSegMode(nint api, int mode);
    [LibraryImport(Lib)] private static unsafe partial void TessBaseAPISetImage(nint api, byte* data, int width, int height, int bytesPerPixel, int bytesPerLine);
    [LibraryImport(Lib)] private static partial void TessBaseAPISetSourceResolution(nint api, int ppi);
    [LibraryImport(Lib)] private static partial void TessBaseAPISetRectangle(nint api, int left, int top, int width, int height);
    [LibraryImport(Lib)] private static partial int TessBaseAPIRecognize(nint api, nint monitor);
    [LibraryImport(Lib)] private static partial nint TessBaseAPIGetIterator(nint api);
    [LibraryImport(Lib)] private static partial nint TessResultIteratorGetPageIterator(nint it);
    [LibraryImport(Lib)] private static partial nint TessResultIteratorGetUTF8Text(nint it, int level);
    [LibraryImport(Lib)] private static partial float TessResultIteratorConfidence(nint it, int level);
    [LibraryImport(Lib)]
    [return: MarshalAs(UnmanagedType.I4)] private static partial bool TessResultIteratorNext(nint it, int level);
    [LibraryImport(Lib)] private static partial void TessResultIteratorDelete(nint it);
    [LibraryImport(Lib)]
    [return: MarshalAs(UnmanagedType.I4)] private static partial bool TessPageIteratorBoundingBox(nint it, int level, out int left, out int top, out int right, out int bottom);
    [LibraryImport(Lib)] private static partial void TessDeleteText(nint text);
    [LibraryImport(Lib)] private static partial nint TessMonitorCreate();
    [LibraryImport(Lib)] private static partial void TessMonitorDelete(nint monitor);
    [LibraryImport(Lib)] private static partial void TessMonitorSetDeadlineMSecs(nint monitor, int deadline);
    [LibraryImport(Lib)] private static partial void TessMonitorSetCancelFunc(nint monitor, nint cancel);
    [LibraryImport(Lib)] private static partial void TessMonitorSetCancelThis(nint monitor, nint cancelThis);
}

/// <summary>The OCR engine (or its language data) is not installed; the message says what to install.</summary>
internal sealed class OcrUnavailableException(string message) : Exception(message);
