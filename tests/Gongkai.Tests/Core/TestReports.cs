using System.Collections.Immutable;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;

namespace Gongkai.Tests.Core;

/// <summary>Small reports built by hand whose numbers obey every identity, for rule tests to break one at a time.</summary>
public static class TestReports
{
    public static Report Consistent(TemplateId template = TemplateId.V2019, bool otherCollapsed = false, int? year = null)
    {
        var layout = TemplateCatalog.Get(template, otherCollapsed);
        var report = Report.Blank(layout) with
        {
            Year = year ?? (template == TemplateId.V2019 ? 2020 : 2022),
            Agency = "测试区人民政府",
            Published = new DateOnly(2021, 1, 20),
        };
        // applications: granted 4 (2 natural, 1 commercial, 1 other), repeated 1; 1 carried over, 1 carried forward.
        var a = Fill(layout.Applications, 0);
        Set(a, layout.Applications, "granted", [2, 1, 0, 0, 0, 1, 4]);
        Set(a, layout.Applications, "notProcessed.repeated", [1, 0, 0, 0, 0, 0, 1]);
        Set(a, layout.Applications, "total", [3, 1, 0, 0, 0, 1, 5]);
        Set(a, layout.Applications, "carriedOver", [1, 0, 0, 0, 0, 0, 1]);
        Set(a, layout.Applications, "carriedForward", [1, 0, 0, 0, 0, 0, 1]);
        Set(a, layout.Applications, "newReceived", [3, 1, 0, 0, 0, 1, 5]);
        var r = Fill(layout.ReviewLitigation, 0);
        Set(r, layout.ReviewLitigation, "review", [1, 0, 1, 0, 2]);
        Set(r, layout.ReviewLitigation, "litigationDirect", [0, 1, 0, 0, 1]);
        var p = Fill(layout.Proactive, 3);
        foreach (var row in layout.Proactive.Rows)
        {
            var c = row.FieldIndex("change");
            if (c >= 0) p[row.Offset + c] = -1;
        }
        return report with
        {
            Applications = new SectionData(layout.Applications, [.. a]),
            ReviewLitigation = new SectionData(layout.ReviewLitigation, [.. r]),
            Proactive = new SectionData(layout.Proactive, [.. p]),
        };
    }

    /// <summary>The report with one cell changed, by path "section.row.field".</summary>
    public static Report With(this Report report, string path, decimal? value)
    {
        var first = path.IndexOf('.');
        var last = path.LastIndexOf('.');
        var section = report.Section(path[..first]);
        var cell = section.Layout.CellIndex(path[(first + 1)..last], path[(last + 1)..]);
        Assert.True(cell >= 0, $"no cell {path}");
        return report.WithSection(section.With(cell, value));
    }

    public static Report WithOverview(this Report report, string text) =>
        report with { Narrative = new Narrative(null, text, null, null) };

    private static decimal?[] Fill(SectionLayout s, decimal v) => Enumerable.Repeat<decimal?>(v, s.CellCount).ToArray();

    private static void Set(decimal?[] cells, SectionLayout s, string row, decimal[] values)
    {
        var r = s.Row(row)!;
        for (var i = 0; i < values.Length; i++) cells[r.Offset + i] = values[i];
    }
}
