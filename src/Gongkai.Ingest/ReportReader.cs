using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Gongkai.Core.Json;
using Gongkai.Core.Model;
using Gongkai.Core.Rules;
using Gongkai.Ingest.Text;

namespace Gongkai.Ingest;

/// <summary>
/// Reads any supported input, detected by content: report text (UTF-8, UTF-16, GB18030/GBK) or the JSON Lines that
/// `gongkai extract` writes. Every report returned has been checked against the rule catalogue.
/// Never throws for bad input: the error names the file and the cause.
/// </summary>
public static class ReportReader
{
    /// <summary>Inputs above this are refused rather than read (a report is 5–50 KB of text).</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    static ReportReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// A regular file (or standard input), read up to <see cref="MaxBytes"/> while counting: a device, a pipe or a
    /// socket is refused before it is opened (<see cref="InputFiles"/>).
    /// </summary>
    public static ReadResult ReadFile(string path)
    {
        // A pooled buffer: the bytes are read (decoded, parsed) before ReadBytes returns, and nothing keeps them.
        var (bytes, length, rented, error) = InputFiles.Read(path, MaxBytes, ArrayPool<byte>.Shared);
        if (error is not null) return ReadResult.Fail(path, error);
        try { return ReadBytes(bytes.AsSpan(0, length), path); }
        finally { if (rented) ArrayPool<byte>.Shared.Return(bytes!); }
    }

    /// <param name="budget">Inflated bytes shared with the other files of one request (DOCX parts count against it); null: none.</param>
    public static ReadResult ReadBytes(ReadOnlySpan<byte> bytes, string source, Archives.InflationBudget? budget = null)
    {
        if (bytes.Length > MaxBytes) return ReadResult.Fail(source, "文件过大");
        if (bytes.IsEmpty) return ReadResult.Fail(source, "文件为空");
        try
        {
            switch (InputFormats.Detect(bytes))
            {
                case InputFormat.Pdf:
                    string pdfText;
                    try { pdfText = Pdf.PdfText.Extract(bytes); }
                    catch (Pdf.ScannedPdfException e) { return Ocr.ScanReader.Read(bytes.ToArray(), source, e); }
                    return ReadText(pdfText, source, documentText: true);
                case InputFormat.Docx: return ReadText(Docx.DocxText.Extract(bytes, budget), source, documentText: true);
                case InputFormat.Html: return ReadText(Html.HtmlText.Extract(bytes), source, documentText: true);
                case InputFormat.Doc: return ReadText(Doc.DocText.Extract(bytes), source, documentText: true);
            }
        }
        catch (NotAReportException e) { return ReadResult.Fail(source, e.Message); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ReadResult.Fail(source, $"{InternalErrorPrefix}{e.GetType().Name}：{e.Message}");
        }
        if (TextDecoder.LooksBinary(bytes)) return ReadResult.Fail(source, NotText);
        // Decoded into a pooled buffer, not a string: the report keeps none of the text's characters as they are.
        char[] buffer;
        int length, cut;
        try { (buffer, length) = TextDecoder.DecodePooled(bytes, ArrayPool<char>.Shared, out cut); }
        catch (DecoderFallbackException) { return ReadResult.Fail(source, "无法识别文本编码（不是 UTF-8、UTF-16 或 GB18030）"); }
        try
        {
            var result = ReadText(buffer.AsMemory(0, length), source);
            return cut == 0 || !result.Ok ? result
                : ReadResult.Of(source, [.. result.Reports.Select(r => r with { Findings = [.. r.Findings, RuleCatalogue.TextCut.Make("source", null, cut, ("bytes", cut))] })]);
        }
        finally { ArrayPool<char>.Shared.Return(buffer); }
    }

    public static ReadResult ReadText(string text, string source) => ReadText(text.AsMemory(), source);

    /// <summary>A text file's text, as a string or as the buffer <see cref="ReadBytes"/> decoded it into.</summary>
    private static ReadResult ReadText(ReadOnlyMemory<char> text, string source)
    {
        if (text.Span.TrimStart().StartsWith('{')) return ReadText(text, source, documentText: false); // JSON Lines
        // Grid tables (+---+ borders) wrap a cell's text over lines of its own: joined cell by cell, then read as below.
        if (Text.GridTables.Holds(text.Span) && Text.GridTables.ToMarkup(text.ToString()) is { } drawn) text = drawn.AsMemory();
        // Markdown from a PDF converter (or text pasted from a page's source) whose tables are HTML: read by the grid,
        // since read as text the tags' own numbers (colspan="4") sat among the cells (Html.EmbeddedTables).
        if (Html.EmbeddedTables.Holds(text.Span))
        {
            try { return ReadText(Html.HtmlText.ExtractMarkup(Html.EmbeddedTables.ToHtml(text.ToString())), source, documentText: true); }
            catch (NotAReportException e) { return ReadResult.Fail(source, e.Message); }
        }
        // A web archive's text may keep the page's character references: "申请&#160;21 件", "0&#xa0;" read "160" as a cell.
        if (text.Span.Contains('&')) text = System.Net.WebUtility.HtmlDecode(text.ToString()).AsMemory();
        return ReadText(text, source, documentText: false);
    }

    private static ReadResult ReadText(string text, string source, bool documentText) => ReadText(text.AsMemory(), source, documentText);

    private static ReadResult ReadText(ReadOnlyMemory<char> text, string source, bool documentText)
    {
        var trimmed = text.Span.TrimStart();
        if (trimmed.IsEmpty) return ReadResult.Fail(source, documentText ? "文档中没有文字" : "文件为空（只有空白）");
        if (!documentText && trimmed[0] == '{') return ReadJsonLines(text.ToString(), source);
        try
        {
            return ReadResult.Of(source, ReportChecker.Check(ReportTextReader.Read(text, source, documentText ? TextTraits.CellPositions : TextTraits.None)));
        }
        catch (NotAReportException e) { return ReadResult.Fail(source, e.Message); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A defect, not bad input: still one clear line for this file, and the other inputs go on.
            return ReadResult.Fail(source, $"{InternalErrorPrefix}{e.GetType().Name}：{e.Message}");
        }
    }

    /// <summary>Starts the message of a failure that is Gongkai's fault; tests assert no input produces it.</summary>
    public const string InternalErrorPrefix = "读取程序内部错误，请报告此文件：";

    /// <summary>JSON Lines from `gongkai extract`: one report per line; reading findings are kept, checks are re-run.</summary>
    private static ReadResult ReadJsonLines(string text, string source)
    {
        var reports = ImmutableArray.CreateBuilder<Report>();
        var lineNo = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            lineNo++;
            if (line.IsWhiteSpace()) continue;
            try
            {
                var report = ReportJson.Parse(line.ToString());
                reports.Add(ReportChecker.Check(report with { Source = report.Source ?? $"{source}:{lineNo}" }));
            }
            catch (ReportJsonException e)
            {
                return ReadResult.Fail(source, $"第 {lineNo} 行 {e.Path}：{e.Problem}");
            }
        }
        return reports.Count == 0 ? ReadResult.Fail(source, "JSON Lines 文件中没有报告") : new ReadResult(source, reports.ToImmutable(), null);
    }

    private const string NotText = "不是文本文件（含二进制数据），也不是 PDF、Word 或 HTML";
}
