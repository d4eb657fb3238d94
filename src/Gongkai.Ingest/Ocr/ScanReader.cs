using System.Globalization;
using Gongkai.Core.Model;
using Gongkai.Core.Rules;
using Gongkai.Ingest.Pdf;
using Gongkai.Ingest.Text;

namespace Gongkai.Ingest.Ocr;

/// <summary>
/// A scanned PDF read as a report: OCR (<see cref="ScanText"/>), the same reader and identities as any text, the
/// identities' check on the engine (<see cref="OcrVerify"/>), and findings that say the values came from OCR.
/// </summary>
internal static class ScanReader
{
    /// <param name="why">Why the PDF's text was not read: no text layer, or one not taken (hidden OCR text, garbled).</param>
    public static ReadResult Read(byte[] pdf, string source, ScannedPdfException why)
    {
        ScanResult scan;
        try { scan = ScanText.Extract(pdf); }
        catch (NotAReportException e)
        {
            // Say what the file is: with a layer not taken it has text, only none Gongkai takes.
            var message = (why.HiddenLetters > 0 || why.GarbledLetters > 0) && e.Message.StartsWith(PdfText.NoTextLayer, StringComparison.Ordinal)
                ? why.Message + e.Message[PdfText.NoTextLayer.Length..]
                : e.Message;
            return ReadResult.Fail(source, message);
        }

        Report report;
        try { report = ReportTextReader.Read(scan.Text, source); }
        catch (NotAReportException e)
        {
            return ReadResult.Fail(source, $"扫描件经 OCR 识别（{scan.Pages} 页，{scan.Engine}）后仍无法读取：{e.Message}");
        }
        report = TitleCheck.Apply(OcrVerify.Apply(report), scan.Title);
        var found = new List<Finding>
        {
            RuleCatalogue.Ocr.Make("source", null, scan.Pages, ("pages", scan.Pages), ("engine", scan.Engine),
                ("seconds", scan.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)), ("cells", scan.NumberCells)),
        };
        if (why.HiddenLetters > 0)
            found.Add(RuleCatalogue.OcrLayerIgnored.Make("source", null, why.HiddenLetters, ("letters", why.HiddenLetters)));
        if (why.GarbledLetters > 0)
            found.Add(RuleCatalogue.GarbledLayerIgnored.Make("source", null, why.GarbledLetters, ("letters", why.GarbledLetters)));
        if (scan.Unread.Count > 0)
            found.Add(RuleCatalogue.OcrUnread.Make("source", null, scan.Unread.Count, ("count", scan.Unread.Count),
                ("places", Places(scan.Unread))));
        report = report with { Findings = [.. found, .. report.Findings] };
        return ReadResult.Of(source, ReportChecker.Check(report));
    }

    private static string Places(IReadOnlyList<UnreadCell> unread)
    {
        var shown = unread.Take(8).Select(u => $"第{u.Page}页表格第{u.Row}行第{u.Col}列" + (u.Seen.Length > 0 ? $"（识别为“{u.Seen}”）" : ""));
        return string.Join("、", shown) + (unread.Count > 8 ? $"等{unread.Count}处" : "");
    }
}
