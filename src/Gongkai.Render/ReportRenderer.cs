using Gongkai.Core.Model;
using Gongkai.Render.Document;

namespace Gongkai.Render;

public enum RenderFormat
{
    Docx,
    Pdf,
    Html,
    Text,
}

/// <summary>Writes a report in the official layout of its template, in any output format.</summary>
public static class ReportRenderer
{
    public static void Render(Report report, RenderFormat format, Stream output) => Render(OfficialLayout.Build(report), format, output);

    /// <summary>A document already laid out (a roll-up under its own title, a comparison), in any output format.</summary>
    public static void Render(ReportDocument doc, RenderFormat format, Stream output)
    {
        switch (format)
        {
            case RenderFormat.Docx: Docx.DocxRenderer.Render(doc, output); break;
            case RenderFormat.Pdf: Pdf.PdfRenderer.Render(doc, output); break;
            case RenderFormat.Html: WriteUtf8(Html.HtmlRenderer.Render(doc), output); break;
            case RenderFormat.Text: WriteUtf8(Text.PlainTextRenderer.Render(doc), output); break;
            default: throw new ArgumentOutOfRangeException(nameof(format));
        }
    }

    public static byte[] Render(Report report, RenderFormat format) => Render(OfficialLayout.Build(report), format);

    public static byte[] Render(ReportDocument doc, RenderFormat format)
    {
        using var ms = new MemoryStream();
        Render(doc, format, ms);
        return ms.ToArray();
    }

    private static void WriteUtf8(string text, Stream output)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        output.Write(bytes);
    }
}
