using Gongkai.Core.Labels;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Gongkai.Cli.Output;

/// <summary>
/// `check --format table`: per report a title line and a table of its findings (级别, 规则, 位置, 应为, 印刷, 说明),
/// or one line saying it has none. Coloured on a terminal; plain and aligned (Markdown-style) when redirected.
/// </summary>
public sealed class FindingsTable(CliConsole console)
{
    public void Write(Report report)
    {
        var counts = FindingCounts.Of(report);
        var title = new Paragraph();
        title.Append(report.Source ?? "", new Style(decoration: Decoration.Bold));
        title.Append($"  {Describe(report)}");
        if (report.Findings.IsEmpty)
        {
            title.Append("：", Style.Plain).Append("无问题\n", new Style(Color.Green));
            console.Write(title);
            return;
        }
        title.Append($"：错误 {counts.Errors}，警告 {counts.Warnings}，提示 {counts.Infos}\n");
        console.Write(title);

        var table = new Table();
        table.AddColumn("级别").AddColumn("规则").AddColumn("位置")
            .AddColumn(new TableColumn("应为").RightAligned()).AddColumn(new TableColumn("印刷").RightAligned())
            .AddColumn("说明");
        foreach (var f in report.Findings)
            table.AddRow(Level(f.Severity), new Text(f.Rule), new Text(f.Where),
                new Text(FindingsCsv.Amount(f.Expected)), new Text(FindingsCsv.Amount(f.Actual)), new Text(f.Message));
        console.Write(table);
        console.Out.Write('\n');
    }

    private static string Describe(Report report)
    {
        var parts = new List<string>();
        if (report.Agency is not null) parts.Add(report.Agency);
        if (report.Year is int y) parts.Add($"{y}年度");
        parts.Add($"{report.Format.Code()}年格式");
        return string.Join("，", parts);
    }

    private static IRenderable Level(Severity severity) => severity switch
    {
        Severity.Error => new Text(severity.Label(), new Style(Color.Red, decoration: Decoration.Bold)),
        Severity.Warning => new Text(severity.Label(), new Style(Color.Yellow)),
        _ => new Text(severity.Label(), new Style(Color.Blue)),
    };
}
