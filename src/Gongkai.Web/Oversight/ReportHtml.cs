using Gongkai.Core.Model;
using Gongkai.Render.Document;
using Gongkai.Render.Html;

namespace Gongkai.Web.Oversight;

/// <summary>
/// A report's official tables inside a page of this site (the oversight pages and the public portal). The pages' strict
/// CSP admits no inline style, so the renderer's style sheet is served as /open/report.css (<see cref="Css"/>) and its
/// inline width styles are dropped.
/// </summary>
public static class ReportHtml
{
    /// <summary>The body of the rendered document, without its inline styles.</summary>
    public static string Tables(Report report) => Body(OfficialLayout.Build(report));

    /// <summary>Any house-layout document (a report, a comparison) as the body of a page here, without inline styles.</summary>
    public static string Body(ReportDocument doc)
    {
        var html = HtmlRenderer.Render(doc);
        var start = html.IndexOf("<main class=\"page\">", StringComparison.Ordinal);
        var end = html.LastIndexOf("</main>", StringComparison.Ordinal);
        var body = html[(start + "<main class=\"page\">".Length)..end];
        return System.Text.RegularExpressions.Regex.Replace(body, " style=\"[^\"]*\"", "");
    }

    /// <summary>The renderer's own style sheet, scoped under .report so it does not restyle the page around it.</summary>
    public static readonly Lazy<string> Css = new(() =>
    {
        var html = HtmlRenderer.Render(OfficialLayout.Build(Report.Blank(
            Gongkai.Core.Layout.TemplateCatalog.Get(Gongkai.Core.Layout.TemplateId.V2021, false))));
        var s = html.IndexOf("<style>", StringComparison.Ordinal) + "<style>".Length;
        var css = html[s..html.IndexOf("</style>", s, StringComparison.Ordinal)];
        return css.Replace("html {", ".report-bg {", StringComparison.Ordinal).Replace("body {", ".report-body {", StringComparison.Ordinal)
            .Replace("\nh1 {", "\n.report h1 {", StringComparison.Ordinal).Replace("\n        h1 {", "\n.report h1 {", StringComparison.Ordinal);
    });
}
