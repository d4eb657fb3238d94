using Gongkai.Render.Document;

namespace Gongkai.Render.Pdf;

/// <summary>The official report as PDF (SkiaSharp, CJK font subset and embedded).</summary>
public static class PdfRenderer
{
    public static void Render(ReportDocument doc, Stream output) => throw new NotImplementedException("PDF rendering is not built yet");
}
