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
    /// <param name="hiddenLetters">The letters of the PDF's invisible text layer (other software's OCR), not taken; 0: none.</param>
    public static ReadResult Read(byte[] pdf, string source, int hiddenLetters = 0)
    {
        ScanResult scan;
        try { scan = ScanText.Extract(pdf); }
        catch (NotAReportException e)
        {
            // Say what the file is: with a hidden layer it has text, only none Gongkai takes.
            var message = hiddenLetters > 0 && e.Message.StartsWith(PdfText.NoTextLayer, StringComparison.Ordinal)
                ? PdfText.HiddenTextLayer + e.Message[PdfText.NoTextLayer.Length..]
                : e.Message;
            return ReadResult.Fail(source, message);
        }

        Report report;
        try { report = ReportTextReader.Read(scan.Text, source); }
        catch (NotAReportException e)
        {
            return ReadResult.Fail(source, $"扫描件经 OCR 识别（{scan.Pages} 页，{scan.Engine}）后仍无法读取：{e.Message}");
        }
        report = OcrVerify.Apply(report);
        var found = new List<Finding>
        {
            RuleCatalogue.Ocr.Make("source", null, scan.Pages, ("pages", scan.Pages), ("engine", scan.Engine),
                ("seconds", scan.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)), ("cells", scan.NumberCells)),
        };
        if (hiddenLetters > 0)
            found.Add(RuleCatalogue.OcrLayerIgnored.Make("source", null, hiddenLetters, ("letters", hiddenLetters)));
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
