using Gongkai.Render.Document;

namespace Gongkai.Render.Html;

/// <summary>The official report as one self-contained HTML page.</summary>
public static class HtmlRenderer
{
    public static string Render(ReportDocument doc) => throw new NotImplementedException("HTML rendering is not built yet");
}
