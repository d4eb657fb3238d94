namespace Gongkai.Ingest.Docx;

/// <summary>DOCX → the report's text: paragraphs as lines, each real table row as one line of tab-separated cells.</summary>
public static class DocxText
{
    /// <exception cref="NotAReportException">Not a Word document, encrypted, truncated, a zip bomb: the message says which.</exception>
    public static string Extract(ReadOnlySpan<byte> bytes) => throw new NotAReportException("DOCX 读取尚未实现");
}
