using System.Text.Json;
using Gongkai.Core.Compare;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Ingest;

namespace Gongkai.Tests.Core.Compare;

/// <summary>
/// Real consecutive reports of one agency (三明市人民政府 2020→2021 across the change of format, 2023→2024 in one
/// format; tests/fixtures/real/compare/SOURCES.md) compared, every figure checked against the hand-checked truth.
/// </summary>
public class CompareRealReportsTests
{
    private static string Dir => Path.Combine(SharedFiles.RepoRoot, "tests", "fixtures", "real", "compare");

    private static string File(int year) => Path.Combine(Dir, $"{year}_福建_三明市人民政府.txt");

    private static Report Read(int year) => ReportReader.ReadFile(File(year)).Reports.Single();

    /// <summary>A truth cell by path ("applications.newReceived.total"), null when the truth has no such cell.</summary>
    private static decimal? Truth(int year, string path)
    {
        using var doc = JsonDocument.Parse(System.IO.File.ReadAllText(Path.Combine(Dir, "truth", $"{year}_福建_三明市人民政府.txt.json")));
        var (section, row, field) = (path[..path.IndexOf('.')], path[(path.IndexOf('.') + 1)..path.LastIndexOf('.')], path[(path.LastIndexOf('.') + 1)..]);
        if (!doc.RootElement.GetProperty(section).TryGetProperty(row, out var r) || !r.TryGetProperty(field, out var v)) return null;
        return v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : null;
    }

    private static decimal? TruthSum(int year, string path)
    {
        // 三（六）其他处理 of a 2021 report against the 2019 row: the truth's three sub-rows added.
        if (!path.StartsWith("applications.other.", StringComparison.Ordinal) || Truth(year, path) is not null) return Truth(year, path);
        var field = path[(path.LastIndexOf('.') + 1)..];
        return Truth(year, $"applications.other.noCorrection.{field}") + Truth(year, $"applications.other.feeUnpaid.{field}") + Truth(year, $"applications.other.other.{field}");
    }

    /// <summary>
    /// Cells today's reader gets wrong in these files (issue 18's readers own them): the comparison passes on what it
    /// was given, so these are left out of the check until the reader is fixed, and listed here so they are not forgotten.
    /// 2020 采购总金额: the column header says （元）, the cell is a bare 453754632.81, read as 万元.
    /// </summary>
    private static readonly HashSet<(int Year, string Path)> KnownMisread = [(2020, "proactive.procurement.amountWan")];

    [Theory]
    [InlineData(2020, 2021)]
    [InlineData(2023, 2024)]
    public void Every_figure_of_a_real_comparison_is_the_printed_one_or_none(int oldYear, int newYear)
    {
        var c = ReportComparer.Compare(Read(oldYear), Read(newYear));
        var checkedValues = 0;
        foreach (var cell in c.Cells)
        {
            var oldPath = cell.OldPath ?? cell.Path;
            if (cell.Old is decimal o && !KnownMisread.Contains((oldYear, oldPath))) { Assert.Equal(TruthSum(oldYear, oldPath), o); checkedValues++; }
            if (cell.New is decimal n && !KnownMisread.Contains((newYear, cell.Path))) { Assert.Equal(TruthSum(newYear, cell.Path), n); checkedValues++; }
            if (cell.Change is decimal d) Assert.Equal(cell.New - cell.Old, d);
        }
        // Most of the ~200 cells a side are read; the rest are null, never a guess.
        Assert.True(checkedValues > 300, $"{checkedValues} values checked");
        Assert.DoesNotContain(c.Findings, f => f.Rule is "compare.different-agency" or "compare.not-consecutive" or "compare.year-order");
    }

    [Fact]
    public void Sanming_2020_against_2021_compares_across_the_change_of_format()
    {
        var c = ReportComparer.Compare(Read(2020), Read(2021));
        Assert.Contains(c.Findings, f => f.Rule == "compare.format-changed");
        var received = c.Cells.Single(x => x.Path == "applications.newReceived.total");
        Assert.Equal((Truth(2020, "applications.newReceived.total"), Truth(2021, "applications.newReceived.total")), (received.Old, received.New));
        Assert.Equal(Math.Round((received.New!.Value - received.Old!.Value) * 100 / received.Old.Value, 1), received.Percent);
        // 2019's single 其他处理 row against the 2021 sub-rows' sum.
        var other = c.Cells.Single(x => x.Path == "applications.other.total");
        Assert.Equal((CellMatch.Sum, Truth(2020, "applications.other.total"), TruthSum(2021, "applications.other.total")), (other.Match, other.Old, other.New));
        // 本年新制作数量 (2019) against 本年制发件数 (2021), and what has no counterpart says why.
        var regulations = c.Cells.Single(x => x.Path == "proactive.regulations.issued");
        Assert.Equal((Truth(2020, "proactive.regulations.newlyMade"), Truth(2021, "proactive.regulations.issued")), (regulations.Old, regulations.New));
        Assert.Contains(c.Unmatched, u => u.Path == "proactive.procurement.amountWan" && u.Side == ReportSide.Old);
        // 上年结转 2021 = 结转下年度 2020 in the published reports: no cross-year finding.
        Assert.DoesNotContain(c.Findings, f => f.Rule == "crossyear.carried-over");
        // 六、其他需要报告的事项 “无。” both years.
        Assert.Contains(c.Prose, p => p.Section == ProseSection.Other && p.Kind == ProseKind.Same && p.New == "无。");
    }

    [Fact]
    public void Sanming_2023_against_2024_finds_the_in_force_chain_broken_and_rewritten_problems()
    {
        var c = ReportComparer.Compare(Read(2023), Read(2024));
        Assert.Empty(c.Unmatched);
        // 现行有效 2024 = 2023's + 制发 − 废止 does not hold for 行政规范性文件 in the published tables (a warning).
        var inForce = Assert.Single(c.Findings, f => f.Rule == "crossyear.in-force");
        Assert.Equal("proactive.normativeDocuments.inForce", inForce.Where);
        Assert.Equal(Truth(2024, "proactive.normativeDocuments.inForce"), inForce.Actual);
        Assert.Equal(Truth(2023, "proactive.normativeDocuments.inForce") + Truth(2024, "proactive.normativeDocuments.issued")
            - Truth(2024, "proactive.normativeDocuments.repealed"), inForce.Expected);
        // 五 was rewritten, not copied.
        Assert.DoesNotContain(c.Copied, p => p.Section == ProseSection.Problems);
        Assert.Contains(c.Prose, p => p.Section == ProseSection.Problems && p.Kind == ProseKind.Added);
        // The key figures follow the cells: 新收 302 → 357 as printed.
        var k = c.KeyFigures.Single(x => x.Key == "newReceived");
        Assert.Equal((Truth(2023, "applications.newReceived.total"), Truth(2024, "applications.newReceived.total")), (k.Old, k.New));
    }
}
