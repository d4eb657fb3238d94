using FsCheck.Xunit;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Core.Oversight;
using Gongkai.Core.Rules;
using Gongkai.Ingest;
using Gongkai.Tests.Generation;

namespace Gongkai.Tests.Core.Oversight;

public sealed class RollUpTests
{
    private static int YearOf(TemplateId t) => t == TemplateId.V2019 ? 2020 : 2022;

    /// <summary>1–6 generated units, all balanced, all in <paramref name="template"/>'s full (uncollapsed) layout.</summary>
    private static List<Report> Units(int seed, TemplateId template, int count)
    {
        var rng = ReportGenerator.Seeded(seed);
        return [.. Enumerable.Range(0, count).Select(i =>
            ReportGenerator.Generate(rng, template, otherCollapsed: false) with { Agency = $"单位{i}" })];
    }

    private static Report Named(Report r, string name) => r with { Agency = name };

    [Property(MaxTest = 100)]
    public void The_roll_up_of_balanced_units_is_balanced_and_every_cell_is_the_sum_of_the_units_cells(int seed, bool use2021, byte size)
    {
        var template = use2021 ? TemplateId.V2021 : TemplateId.V2019;
        var units = Units(seed, template, 1 + size % 6);
        var result = RollUp.Sum("测试区政务公开办", YearOf(template), units);

        Assert.True(result.Report.Findings.IsEmpty, string.Join("; ", result.Report.Findings.Select(f => f.Message)));
        Assert.Empty(result.Gaps);
        Assert.Equal(template, result.Report.Format);
        foreach (var section in result.Report.Sections)
            for (var c = 0; c < section.Cells.Length; c++)
                Assert.Equal(units.Sum(u => u.Section(section.Layout.Key)[c]!.Value), section[c]);
    }

    [Property(MaxTest = 100)]
    public void The_roll_up_does_not_depend_on_the_order_of_the_units(int seed, byte size)
    {
        var rng = ReportGenerator.Seeded(seed);
        // Mixed templates and some unreadable cells, so gaps and findings are compared too.
        var units = Enumerable.Range(0, 2 + size % 5).Select(i =>
        {
            var r = ReportGenerator.Generate(rng) with { Agency = $"单位{i}" };
            return rng.Next(3) == 0 ? r.With("applications.granted.total", null) : r;
        }).ToList();
        var shuffled = units.OrderBy(_ => rng.Next()).ToList();

        var a = RollUp.Sum("区", 2022, units);
        var b = RollUp.Sum("区", 2022, shuffled);

        foreach (var key in new[] { "proactive", "applications", "reviewLitigation" })
            for (var c = 0; c < a.Report.Section(key).Cells.Length; c++)
                Assert.True(a.Report.Section(key)[c] == b.Report.Section(key)[c], $"{a.Report.Section(key).Layout.CellPath(c)}: {a.Report.Section(key)[c]} vs {b.Report.Section(key)[c]}");
        Assert.Equal(a.Gaps.Select(g => (g.Unit, g.Cell, g.Reason)).Order(), b.Gaps.Select(g => (g.Unit, g.Cell, g.Reason)).Order());
        Assert.Equal(a.Report.Findings.Select(f => (f.Rule, f.Where)).Order(), b.Report.Findings.Select(f => (f.Rule, f.Where)).Order());
    }

    [Fact]
    public void A_unit_that_breaks_an_identity_breaks_the_sum_in_the_same_place_and_is_named()
    {
        var good = Named(TestReports.Consistent(), "甲街道办事处");
        var broken = Named(TestReports.Consistent().With("applications.granted.naturalPerson", 3), "乙局");

        var result = RollUp.Sum("测试区", 2020, [good, broken]);

        var unitFinding = Assert.Single(ReportChecker.CheckTables(broken), f => f.Rule == "identity.outcomes-total");
        Assert.Contains(result.Report.Findings, f => f.Rule == "identity.outcomes-total" && f.Where == unitFinding.Where);
        var traced = Assert.Single(result.Report.Findings, f => f.Rule == "rollup.unit-errors");
        Assert.Contains("乙局", traced.Message);
        Assert.DoesNotContain("甲街道办事处", traced.Message);
        Assert.Contains(Gongkai.Core.Labels.Chinese.Place(unitFinding.Where, broken.Layout), traced.Message);
        Assert.DoesNotContain(unitFinding.Where, traced.Message);
        Assert.Equal(Severity.Info, traced.Severity);
    }

    [Fact]
    public void A_null_unit_cell_leaves_the_known_sum_and_a_gap_naming_the_unit_and_cell()
    {
        var a = Named(TestReports.Consistent(), "甲局");
        var b = Named(TestReports.Consistent().With("applications.granted.commercial", null), "乙局");

        var result = RollUp.Sum("测试区", 2020, [a, b]);

        Assert.Equal(1m, result.Report.Applications["granted", "commercial"]);
        Assert.Equal(8m, result.Report.Applications["granted", "total"]);
        var gap = Assert.Single(result.Gaps);
        Assert.Equal(new RollUpGap(1, "乙局", "applications.granted.commercial", RollUpGapReason.Unreadable), gap);
        var f = Assert.Single(result.Report.Findings);
        Assert.Equal("rollup.incomplete", f.Rule);
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal("applications.granted.commercial", f.Where);
        Assert.Equal("三、收到和处理政府信息公开申请情况“（一）予以公开”行“商业企业”列：1个单位未填报或无法读取该单元格（乙局），汇总值仅为已知数之和", f.Message);
    }

    [Fact]
    public void A_cell_no_unit_could_supply_is_null_not_zero()
    {
        var result = RollUp.Sum("测试区", 2020, [TestReports.Consistent().With("reviewLitigation.review.upheld", null)]);
        Assert.Null(result.Report.ReviewLitigation["review", "upheld"]);
        Assert.Single(result.Gaps);
    }

    /// <summary>A balanced 2019 report with one application in 三（六）其他处理 (自然人).</summary>
    private static Report With2019Other() => TestReports.Consistent(TemplateId.V2019)
        .With("applications.other.naturalPerson", 1).With("applications.other.total", 1)
        .With("applications.total.naturalPerson", 4).With("applications.total.total", 6)
        .With("applications.newReceived.naturalPerson", 4).With("applications.newReceived.total", 6);

    [Fact]
    public void A_2019_unit_in_a_2021_roll_up_keeps_totals_right_and_marks_the_other_split_and_proactive_gaps()
    {
        var old = Named(With2019Other(), "旧格式局");
        Assert.Empty(ReportChecker.CheckTables(old));
        var current = Named(TestReports.Consistent(TemplateId.V2021), "新格式局");

        var result = RollUp.Sum("测试区", 2021, [current, old]);
        var sum = result.Report;

        Assert.Equal(TemplateId.V2021, sum.Format);
        Assert.DoesNotContain(sum.Findings, f => f.Rule.StartsWith("identity.", StringComparison.Ordinal));
        Assert.Equal(1m, sum.Applications["other.other", "naturalPerson"]);
        Assert.Equal(11m, sum.Applications["newReceived", "total"]);
        Assert.Equal(6m, sum.Proactive["licensing", "decisions"]); // same row and field in both formats
        Assert.Equal(3m, sum.Proactive["regulations", "inForce"]); // only the 2021 unit has it

        var oldGaps = result.Gaps.Where(g => g.Unit == "旧格式局").ToList();
        Assert.All(result.Gaps, g => Assert.Equal(1, g.UnitIndex));
        foreach (var row in new[] { "other.noCorrection", "other.feeUnpaid", "other.other" })
            foreach (var field in sum.Layout.Applications.Row(row)!.Fields)
                Assert.Contains(new RollUpGap(1, "旧格式局", $"applications.{row}.{field.Key}", RollUpGapReason.CannotSplit), oldGaps);
        Assert.Contains(new RollUpGap(1, "旧格式局", "proactive.regulations.issued", RollUpGapReason.NoCounterpart), oldGaps);
        Assert.Contains(new RollUpGap(1, "旧格式局", "proactive.fees.amountWan", RollUpGapReason.NoCounterpart), oldGaps);
        Assert.DoesNotContain(oldGaps, g => g.Cell == "proactive.licensing.decisions" || g.Cell.StartsWith("applications.granted", StringComparison.Ordinal));

        var mismatch = Assert.Single(sum.Findings, f => f.Rule == "rollup.template-mismatch");
        Assert.Contains("旧格式局按2019年格式填报", mismatch.Message);
        Assert.Contains("无法拆分", mismatch.Message);
        Assert.Contains(sum.Findings, f => f.Rule == "rollup.incomplete" && f.Where == "applications.other.feeUnpaid.total");
    }

    [Fact]
    public void A_2021_unit_in_a_2019_roll_up_adds_its_three_other_rows_into_the_one_exactly()
    {
        var newer = Named(TestReports.Consistent(TemplateId.V2021)
            .With("applications.other.noCorrection.naturalPerson", 1).With("applications.other.feeUnpaid.naturalPerson", 2)
            .With("applications.other.noCorrection.total", 1).With("applications.other.feeUnpaid.total", 2), "新格式局");

        var result = RollUp.Sum("测试区", 2020, [newer]);

        Assert.Equal(3m, result.Report.Applications["other", "naturalPerson"]);
        Assert.Equal(3m, result.Report.Applications["other", "total"]);
        Assert.DoesNotContain(result.Gaps, g => g.Cell.StartsWith("applications.", StringComparison.Ordinal));
        Assert.Contains(result.Gaps, g => g.Cell == "proactive.procurement.amountWan" && g.Reason == RollUpGapReason.NoCounterpart);
        Assert.Single(result.Report.Findings, f => f.Rule == "rollup.template-mismatch");
    }

    [Fact]
    public void A_collapsed_2021_unit_is_a_template_mismatch_in_a_2021_roll_up()
    {
        var collapsed = Named(TestReports.Consistent(TemplateId.V2021, otherCollapsed: true), "合并行局");
        var result = RollUp.Sum("测试区", 2022, [collapsed]);
        Assert.Contains(result.Gaps, g => g.Cell == "applications.other.noCorrection.total" && g.Reason == RollUpGapReason.CannotSplit);
        Assert.Contains("印成一行", Assert.Single(result.Report.Findings, f => f.Rule == "rollup.template-mismatch").Message);
    }

    [Fact]
    public void The_five_seeds_roll_up_to_the_sum_of_their_new_applications()
    {
        var seeds = new[] { "000", "001", "002", "003", "004" }.Select(n =>
        {
            var read = ReportReader.ReadFile(SharedFiles.Seed(n));
            Assert.True(read.Ok, read.Error);
            return Assert.Single(read.Reports);
        }).ToList();

        var result = RollUp.Sum("五个样本单位", 2020, seeds);

        var each = seeds.Select(s => s.Applications["newReceived", "total"]).ToList();
        Assert.All(each, v => Assert.NotNull(v));
        Assert.Equal(each.Sum(), result.Report.Applications["newReceived", "total"]);
        Assert.Equal(5, result.Units.Length);
        // Seed 000 breaks 第一项加第二项 = 第三项加第四项; the sum is traced back to it.
        var traced = result.Report.Findings.Where(f => f.Rule == "rollup.unit-errors").ToList();
        Assert.Contains(traced, f => f.Message.Contains(seeds[0].Agency!, StringComparison.Ordinal));
    }
}
