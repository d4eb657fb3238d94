namespace Gongkai.Ingest.Pdf;

/// <summary>PDF → the report's text with its tables rebuilt as a grid (one line per table row, cells separated by tabs).</summary>
public static class PdfText
{
    /// <exception cref="NotAReportException">Unreadable, encrypted, no text layer, too many pages: the message says which.</exception>
    public static string Extract(ReadOnlySpan<byte> bytes) => throw new NotAReportException("PDF 读取尚未实现");
}
