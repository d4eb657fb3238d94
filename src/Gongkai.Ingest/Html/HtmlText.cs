namespace Gongkai.Ingest.Html;

/// <summary>HTML (any charset, GBK/GB2312 included) → the report's text: block text as lines, each table row one line of tab-separated cells.</summary>
public static class HtmlText
{
    /// <exception cref="NotAReportException">Unreadable page: the message says why.</exception>
    public static string Extract(ReadOnlySpan<byte> bytes) => throw new NotAReportException("HTML 读取尚未实现");
}
