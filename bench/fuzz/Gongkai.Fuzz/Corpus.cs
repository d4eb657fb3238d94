using System.Text;
using Gongkai.Core.Model;
using Gongkai.Ingest;
using Gongkai.Render;
using Gongkai.Render.Export;
using Gongkai.Tests.Generation;

namespace Gongkai.Fuzz;

/// <summary>The starting inputs of each format: the five seeds and generated reports, rendered to every format (Word 97: the fixtures).</summary>
public static class Corpus
{
    public static readonly string[] Formats = ["text", "pdf", "docx", "doc", "html", "xlsx"];

    /// <summary>Word 97 files cannot be rendered here (LibreOffice made them): the committed fixtures, run from the repository root.</summary>
    private const string DocFixtures = "tests/fixtures/doc";

    public static List<byte[]> Build(string format, string seedsDir, int generated)
    {
        var reports = new List<Report>();
        var texts = new List<string>();
        if (Directory.Exists(seedsDir))
            foreach (var f in Directory.GetFiles(seedsDir, "*.txt").Order())
            {
                var text = File.ReadAllText(f);
                texts.Add(text);
                var r = ReportReader.ReadText(text, f);
                if (r.Ok) reports.AddRange(r.Reports);
            }
        for (var seed = 1; seed <= generated; seed++)
        {
            var g = ReportTextLayout.Generate(seed);
            texts.Add(g.Text);
            reports.Add(g.Expected);
        }
        return format switch
        {
            "text" => [.. texts.Select(Encoding.UTF8.GetBytes), .. reports.Take(4).Select(r => ReportRenderer.Render(r, RenderFormat.Text))],
            "pdf" => [.. reports.Take(6).Select(r => ReportRenderer.Render(r, RenderFormat.Pdf))],
            "docx" => [.. reports.Take(8).Select(r => ReportRenderer.Render(r, RenderFormat.Docx))],
            "doc" => [.. Directory.GetFiles(DocFixtures, "*.doc").Order(StringComparer.Ordinal).Select(File.ReadAllBytes)],
            "html" => [.. reports.Take(8).Select(r => ReportRenderer.Render(r, RenderFormat.Html))],
            "xlsx" => [.. reports.Take(8).Select(r => ProactiveSheetTemplate.Write(r.Proactive.Layout, r.Proactive)),
                       ProactiveSheetTemplate.Write(reports[0].Proactive.Layout)],
            _ => throw new ArgumentException($"未知格式：{format}"),
        };
    }
}
