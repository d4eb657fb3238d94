using Gongkai.Render.Document;

namespace Gongkai.Render.Docx;

/// <summary>The official report as a Word document (DocumentFormat.OpenXml): merged cells, repeated table headers.</summary>
public static class DocxRenderer
{
    public static void Render(ReportDocument doc, Stream output) => throw new NotImplementedException("DOCX rendering is not built yet");
}
