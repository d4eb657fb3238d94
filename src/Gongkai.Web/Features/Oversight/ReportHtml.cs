using Gongkai.Core.Model;
using Gongkai.Render.Document;
using Gongkai.Render.Html;

namespace Gongkai.Web.Features.Oversight;

/// <summary>
/// A report's official tables inside a page of this site (the oversight pages and the public portal). The pages' strict
/// CSP admits no inline style, so the renderer's style sheet is served as /open/report.css (<see cref="Css"/>) and its
/// inline width styles are dropped.
/// </summary>
public static partial class ReportHtml
{
    /// <summary>The body of the rendered document, without its inline styles.</summary>
    public static string Tables(Report report) => Tables(report, null).Html;

    /// <summary>
    /// As <see cref="Tables(Report)"/>, every value cell with an id (<c>cell-applications.granted.total</c>, the anchor a
    /// drill-down links to) and <paramref name="target"/>, when it is a cell of this report, highlighted and marked to be
    /// scrolled into view. Found is false for a target the report's layout does not have.
    /// </summary>
    public static (string Html, bool Found) Tables(Report report, string? target)
    {
        var body = Body(OfficialLayout.Build(report));
        var found = false;
        body = CellAttribute().Replace(body, m =>
        {
            var path = System.Net.WebUtility.HtmlDecode(m.Groups[2].Value);
            var hit = path == target;
            found |= hit;
            var cls = m.Groups[1].Value;
            return (hit ? cls.Replace("class=\"num\"", "class=\"num target\"", StringComparison.Ordinal) : cls)
                + $" id=\"cell-{m.Groups[2].Value}\" data-cell=\"{m.Groups[2].Value}\"";
        });
        return (body, found);
    }

    /// <summary>Any house-layout document (a report, a comparison) as the body of a page here, without inline styles.</summary>
    public static string Body(ReportDocument doc)
    {
        var html = HtmlRenderer.Render(doc);
        var start = html.IndexOf("<main class=\"page\">", StringComparison.Ordinal);
        var end = html.LastIndexOf("</main>", StringComparison.Ordinal);
        var body = html[(start + "<main class=\"page\">".Length)..end];
        return System.Text.RegularExpressions.Regex.Replace(body, " style=\"[^\"]*\"", "");
    }

    [System.Text.RegularExpressions.GeneratedRegex("( class=\"num\"[^>]*?) data-cell=\"([^\"]+)\"")]
    private static partial System.Text.RegularExpressions.Regex CellAttribute();

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

/// <summary>Links into the oversight pages.</summary>
public static class OversightLinks
{
    /// <summary>A filed report opened at a finding's cell (highlighted, scrolled to), or at its top when the finding names no single cell.</summary>
    public static string Cell(long reportId, string? where)
    {
        var url = $"/Oversight/Report/{reportId}";
        return where is not null && where.Count(ch => ch == '.') >= 2 && !where.Contains('=') && !where.Contains('*') && !where.StartsWith("narrative", StringComparison.Ordinal)
            ? $"{url}?cell={Uri.EscapeDataString(where)}#cell-{where}" : url;
    }
}
