using System.Collections.Immutable;
using FsCheck.Xunit;
using Gongkai.Core.Compare;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Core.Rules;
using Gongkai.Ingest;
using Gongkai.Tests.Generation;

namespace Gongkai.Tests.Core.Compare;

public class ReportComparerTests
{
    private static Report Seed(string n) => ReportReader.ReadFile(SharedFiles.Seed(n)).Reports.Single();

    private static Report Next(Report r) => r with { Year = r.Year + 1 };

    // ---- the seeds -------------------------------------------------------------------------------------------

    [Theory, InlineData("000"), InlineData("001"), InlineData("002"), InlineData("003"), InlineData("004")]
    public void Each_seed_against_itself_a_year_later_changes_no_cell_and_no_paragraph(string seed)
    {
        var r = Seed(seed);
        var c = ReportComparer.Compare(r, Next(r));
        Assert.Equal(r.Sections.Sum(s => s.Layout.CellCount), c.Cells.Length);
        Assert.Equal(0, c.ChangedCells);
        Assert.Empty(c.Unmatched);
        Assert.All(c.Prose, p => Assert.Equal(ProseKind.Same, p.Kind));
        Assert.Equal(ProseSection.All.Sum(s => s.ParagraphsOf(r.Narrative).Length), c.Prose.Length);
        Assert.DoesNotContain(c.Findings, f => f.Rule is "compare.different-agency" or "compare.format-changed" or "compare.year-order");
    }

    [Fact]
    public void Seed_001_against_seed_002_is_two_agencies_compared_with_a_warning()
    {
        var (a, b) = (Seed("001"), Seed("002"));
        Assert.NotEqual(a.Agency, b.Agency);
        var c = ReportComparer.Compare(a, b);
        var f = Assert.Single(c.Findings, f => f.Rule == "compare.different-agency");
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains(a.Agency!, f.Message);
        Assert.Contains(b.Agency!, f.Message);
        // Still compared cell by cell: 新收申请 of each.
        var received = c.Cells.Single(x => x.Path == "applications.newReceived.total");
        Assert.Equal((a.Applications["newReceived", "total"], b.Applications["newReceived", "total"]), (received.Old, received.New));
    }

    // ---- generated pairs: known changes found exactly --------------------------------------------------------

    [Property(MaxTest = 150)]
    public void Known_cell_changes_to_a_generated_report_are_found_exactly_and_nothing_else(int seed)
    {
        var rng = ReportGenerator.Seeded(seed);
        var old = ReportGenerator.Generate(rng);
        var @new = Next(old);
        var expected = new Dictionary<string, (decimal? Old, decimal? New)>();
        var changes = rng.Next(0, 15);
        for (var k = 0; k < changes; k++)
        {
            var section = @new.Sections.ElementAt(rng.Next(3));
            var cell = rng.Next(section.Layout.CellCount);
            var path = section.Layout.CellPath(cell);
            if (expected.ContainsKey(path)) continue;
            var was = section[cell];
            decimal? value = rng.Next(8) == 0 ? null : was + rng.Next(1, 500) * (rng.Next(2) == 0 ? 1 : -1);
            if (value < 0 && section.Layout.FieldOfCell(cell).Kind != FieldKind.Signed) value = was + rng.Next(1, 500);
            expected[path] = (was, value);
            @new = @new.WithSection(section.With(cell, value));
        }

        var c = ReportComparer.Compare(old, @new);

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), c.Cells.Where(x => x.Changed).Select(x => x.Path).Order(StringComparer.Ordinal));
        foreach (var cell in c.Cells.Where(x => x.Changed))
        {
            Assert.Equal(expected[cell.Path], (cell.Old, cell.New));
            Assert.Equal(cell.New - cell.Old, cell.Change);
        }
        Assert.All(c.Cells.Where(x => !x.Changed), x => Assert.Equal(x.Old, x.New));
        Assert.Empty(c.Unmatched);
        Assert.All(c.Prose, p => Assert.Equal(ProseKind.Same, p.Kind));
    }

    [Property(MaxTest = 150)]
    public void Known_paragraph_edits_are_found_as_one_deleted_one_added_and_one_changed_and_nothing_else(int seed)
    {
        var rng = ReportGenerator.Seeded(seed);
        var old = ReportGenerator.Generate(rng);
        var paragraphs = old.Narrative.Overview!.Split('\n').ToList();
        var deleted = rng.Next(paragraphs.Count);
        var modified = (deleted + 1 + rng.Next(paragraphs.Count - 1)) % paragraphs.Count;
        var original = paragraphs[modified];
        // Not inside a number: "2023" cut in two is a changed number, not words added.
        var cuts = Enumerable.Range(1, original.Length - 2).Where(i => !(char.IsAsciiLetterOrDigit(original[i - 1]) && char.IsAsciiLetterOrDigit(original[i]))).ToList();
        var cut = cuts[rng.Next(cuts.Count)];
        var insertedWords = "进一步压实工作责任，";
        var changedText = original[..cut] + insertedWords + original[cut..];
        // A paragraph in words no generated report uses, so it is nothing's revision.
        var added = "本年度新设政务公开体验区，邀请群众代表现场体验办事流程并提出建议" + rng.Next(1000, 9999) + "条。";

        var edited = paragraphs.Select((p, i) => i == modified ? changedText : p).ToList();
        edited.RemoveAt(deleted);
        var at = rng.Next(edited.Count + 1);
        edited.Insert(at, added);
        var @new = Next(old) with { Narrative = old.Narrative with { Overview = string.Join("\n", edited) } };

        var c = ReportComparer.Compare(old, @new);
        var overview = c.Prose.Where(p => p.Section == ProseSection.Overview).ToList();
        var d = Assert.Single(overview, p => p.Kind == ProseKind.Deleted);
        Assert.Equal(NarrativeCheck.Clean(paragraphs[deleted]), d.Old);
        Assert.Equal(deleted + 1, d.OldIndex);
        var a = Assert.Single(overview, p => p.Kind == ProseKind.Added);
        Assert.Equal(NarrativeCheck.Clean(added), a.New);
        Assert.Equal(at + 1, a.NewIndex);
        var ch = Assert.Single(overview, p => p.Kind == ProseKind.Changed);
        Assert.Equal((NarrativeCheck.Clean(original), NarrativeCheck.Clean(changedText)), (ch.Old, ch.New));
        // One insertion of the words' length (where exactly may shift by a character the words start and end with).
        var inserted = Assert.Single(ch.Edits, e => e.Kind == EditKind.Inserted);
        Assert.Equal(NarrativeCheck.Clean(insertedWords).Length, inserted.Text.Length);
        Assert.DoesNotContain(ch.Edits, e => e.Kind == EditKind.Deleted);
        Assert.Equal(ch.New, string.Concat(ch.Edits.Select(e => e.Text)));
        Assert.Equal(paragraphs.Count - 2, overview.Count(p => p.Kind == ProseKind.Same));
        Assert.All(c.Prose.Where(p => p.Section != ProseSection.Overview), p => Assert.Equal(ProseKind.Same, p.Kind));
        Assert.Equal(0, c.ChangedCells);
    }

    // ---- across the change of format ---------------------------------------------------------------------------

    private static (Report Old, Report New, ReportComparison C) AcrossFormats(bool collapsed = false)
    {
        var old = ReportGenerator.Generate(ReportGenerator.Seeded(19), TemplateId.V2019) with { Year = 2020, Agency = "测试区人民政府" };
        var @new = ReportGenerator.Generate(ReportGenerator.Seeded(21), TemplateId.V2021, collapsed) with { Year = 2021, Agency = "测试区人民政府" };
        return (old, @new, ReportComparer.Compare(old, @new));
    }

    [Fact]
    public void A_2020_report_against_a_2021_report_compares_section_three_and_four_row_by_row()
    {
        var (old, @new, c) = AcrossFormats();
        foreach (var row in @new.Applications.Layout.Rows.Where(r => !r.Key.StartsWith("other.", StringComparison.Ordinal)))
            foreach (var f in row.Fields)
            {
                var cell = c.Cells.Single(x => x.Path == $"applications.{row.Key}.{f.Key}");
                Assert.Equal(CellMatch.Same, cell.Match);
                Assert.Equal((old.Applications[row.Key, f.Key], @new.Applications[row.Key, f.Key]), (cell.Old, cell.New));
            }
        foreach (var row in @new.ReviewLitigation.Layout.Rows)
            foreach (var f in row.Fields)
                Assert.Equal(CellMatch.Same, c.Cells.Single(x => x.Path == $"reviewLitigation.{row.Key}.{f.Key}").Match);
        Assert.Contains(c.Findings, f => f.Rule == "compare.format-changed" && f.Message.Contains("2019年格式") && f.Message.Contains("2021年格式"));
    }

    [Fact]
    public void Across_formats_the_2019_other_processing_row_is_compared_with_the_sum_of_the_three_2021_rows()
    {
        var (old, @new, c) = AcrossFormats();
        foreach (var f in old.Applications.Layout.Row("other")!.Fields)
        {
            var sum = c.Cells.Single(x => x.Path == $"applications.other.{f.Key}");
            Assert.Equal(CellMatch.Sum, sum.Match);
            Assert.Equal(old.Applications["other", f.Key], sum.Old);
            Assert.Equal(@new.Applications["other.noCorrection", f.Key] + @new.Applications["other.feeUnpaid", f.Key] + @new.Applications["other.other", f.Key], sum.New);
            Assert.Contains("三个子项之和", sum.Label);
        }
        // Each sub-row is listed as having no counterpart of its own, saying why.
        var sub = Assert.Single(c.Unmatched, u => u.Path == "applications.other.feeUnpaid.total");
        Assert.Equal(ReportSide.New, sub.Side);
        Assert.Contains("不分子项", sub.Why);
    }

    [Fact]
    public void Across_formats_section_two_pairs_newly_made_with_issued_and_says_why_the_rest_has_no_counterpart()
    {
        var (old, @new, c) = AcrossFormats();
        var issued = c.Cells.Single(x => x.Path == "proactive.regulations.issued");
        Assert.Equal((CellMatch.Counterpart, "proactive.regulations.newlyMade"), (issued.Match, issued.OldPath));
        Assert.Equal((old.Proactive["regulations", "newlyMade"], @new.Proactive["regulations", "issued"]), (issued.Old, issued.New));
        Assert.Equal(CellMatch.Same, c.Cells.Single(x => x.Path == "proactive.licensing.decisions").Match);

        string Why(string path, ReportSide side) => Assert.Single(c.Unmatched, u => u.Path == path && u.Side == side).Why;
        Assert.Contains("口径不同", Why("proactive.regulations.totalPublished", ReportSide.Old));
        Assert.Contains("口径不同", Why("proactive.normativeDocuments.inForce", ReportSide.New));
        Assert.Contains("政府集中采购", Why("proactive.procurement.amountWan", ReportSide.Old));
        Assert.Contains("其他对外管理服务事项", Why("proactive.otherServices.decisions", ReportSide.Old));
        Assert.Contains("收费金额", Why("proactive.fees.amountWan", ReportSide.New));
        Assert.Contains("收费金额", Why("proactive.fees.previousCount", ReportSide.Old));
        Assert.Contains("本年废止件数", Why("proactive.regulations.repealed", ReportSide.New));
        // An unmatched cell is in the cells too, with its one value and no change.
        var procurement = c.Cells.Single(x => x.Path == "proactive.procurement.projects");
        Assert.Equal((old.Proactive["procurement", "projects"], (decimal?)null, (decimal?)null, (decimal?)null),
            (procurement.Old, procurement.New, procurement.Change, procurement.Percent));
        Assert.False(procurement.Changed);
    }

    [Theory]
    [InlineData(TemplateId.V2019, false, TemplateId.V2021, false)]
    [InlineData(TemplateId.V2021, false, TemplateId.V2019, false)]
    [InlineData(TemplateId.V2019, false, TemplateId.V2021, true)]
    [InlineData(TemplateId.V2021, true, TemplateId.V2021, false)]
    [InlineData(TemplateId.V2021, false, TemplateId.V2021, true)]
    public void Every_cell_without_counterpart_between_two_layouts_has_a_reason_from_the_template_data(TemplateId a, bool ac, TemplateId b, bool bc)
    {
        var (old, @new) = (TemplateCatalog.Get(a, ac), TemplateCatalog.Get(b, bc));
        var pairs = Crosswalk.Between(old, @new);
        // Every cell of either layout is listed exactly once on its own, or as the whole row a sum is compared with.
        static IEnumerable<(string, int)> Own(IEnumerable<CellPairing> ps, Func<CellPairing, ImmutableArray<int>> side) =>
            ps.Where(p => p.Match != CellMatch.Sum || side(p).Length == 1).SelectMany(p => side(p).Select(c => (p.Section, c)));
        var olds = Own(pairs, p => p.OldCells).ToList();
        var news = Own(pairs, p => p.NewCells).ToList();
        Assert.Equal(old.Sections.Sum(s => s.CellCount), olds.Count);
        Assert.Equal(olds.Count, olds.Distinct().Count());
        Assert.Equal(@new.Sections.Sum(s => s.CellCount), news.Count);
        Assert.Equal(news.Count, news.Distinct().Count());
        Assert.All(pairs.Where(p => p.Match is CellMatch.OldOnly or CellMatch.NewOnly), p =>
        {
            Assert.False(string.IsNullOrEmpty(p.Why));
            Assert.NotEqual(Crosswalk.GenericWhy(p.Match == CellMatch.OldOnly ? @new : old), p.Why);
        });
        Assert.Equal(pairs.Select(p => (p.Path, p.Match == CellMatch.OldOnly)).Distinct().Count(), pairs.Length);
        Assert.Equal(a == b && ac == bc, pairs.All(p => p.Match == CellMatch.Same));
    }

    // ---- values ----------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("74", "713", "639", "863.5")]
    [InlineData("0", "5", "5", null)]
    [InlineData(null, "5", null, null)]
    [InlineData("5", null, null, null)]
    [InlineData("3", "2", "-1", "-33.3")]
    [InlineData("-5", "5", "10", null)]
    [InlineData("1.5", "1.75", "0.25", "16.7")]
    public void The_percentage_is_the_change_of_a_positive_old_value_and_null_otherwise(string? old, string? @new, string? change, string? percent)
    {
        decimal? D(string? s) => s is null ? null : decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        var c = new CellChange("applications", "applications.newReceived.total", null, "", FieldKind.Count, CellMatch.Same, D(old), D(@new), null);
        Assert.Equal((D(change), D(percent)), (c.Change, c.Percent));
    }

    [Fact]
    public void Key_figures_give_counts_shares_and_correction_rates_with_their_change()
    {
        var old = TestReports.Consistent(TemplateId.V2021, year: 2022);
        var @new = Next(old).With("applications.granted.total", 9).With("applications.granted.naturalPerson", 7)
            .With("applications.total.total", 10).With("applications.total.naturalPerson", 8)
            .With("applications.newReceived.total", 10).With("applications.newReceived.naturalPerson", 8);
        var c = ReportComparer.Compare(old, @new);
        KeyFigure K(string key) => c.KeyFigures.Single(k => k.Key == key);
        Assert.Equal((5m, 10m, 5m, 100.0m), (K("newReceived").Old, K("newReceived").New, K("newReceived").Change, K("newReceived").Percent));
        // 予以公开 4 of 5 handled, then 9 of 10: 80% → 90%, ten points; a rate has no percentage of itself.
        var share = K("grantedShare");
        Assert.Equal((80.0m, 90.0m, 10.0m, (decimal?)null, FigureKind.Rate), (share.Old, share.New, share.Change, share.Percent, share.Kind));
        // 行政复议: 1 upheld, 1 other, none corrected → 0%; 行政诉讼: 1 corrected of 1 → 100%.
        Assert.Equal((0m, 0m), (K("reviewCorrectionRate").Old, K("reviewCorrectionRate").New));
        Assert.Equal((100m, 100m), (K("litigationCorrectionRate").Old, K("litigationCorrectionRate").New));
        Assert.Equal((0m, 0m), (K("withheld").Old, K("withheld").New));
        Assert.Equal(8, c.KeyFigures.Count(k => k.Key.StartsWith("withheld.", StringComparison.Ordinal)));
        Assert.Equal(3m, K("fees").Old);
    }

    [Fact]
    public void A_share_of_nothing_handled_is_no_number_and_says_why()
    {
        var old = TestReports.Consistent(TemplateId.V2021, year: 2022);
        var empty = Report.Blank(old.Layout) with { Year = 2023, Agency = old.Agency };
        var zero = empty with
        {
            Applications = new SectionData(old.Layout.Applications, [.. Enumerable.Repeat<decimal?>(0, old.Layout.Applications.CellCount)]),
            ReviewLitigation = new SectionData(old.Layout.ReviewLitigation, [.. Enumerable.Repeat<decimal?>(0, old.Layout.ReviewLitigation.CellCount)]),
        };
        var c = ReportComparer.Compare(old, zero);
        var share = c.KeyFigures.Single(k => k.Key == "grantedShare");
        Assert.Equal((80.0m, (decimal?)null, (decimal?)null), (share.Old, share.New, share.Change));
        Assert.Contains("本年办理总数为0", share.Why);
        Assert.Contains("本年已审结0件", c.KeyFigures.Single(k => k.Key == "reviewCorrectionRate").Why);
    }

    // ---- findings ----------------------------------------------------------------------------------------------------

    [Fact]
    public void Consecutive_years_bring_the_cross_year_rules_and_others_say_why_not()
    {
        var old = TestReports.Consistent(TemplateId.V2021, year: 2022);
        var carried = Next(old).With("applications.carriedOver.total", 4).With("applications.carriedOver.naturalPerson", 4);
        Assert.Contains(ReportComparer.Compare(old, carried).Findings, f => f.Rule == "crossyear.carried-over");

        var later = ReportComparer.Compare(old, carried with { Year = 2024 });
        Assert.DoesNotContain(later.Findings, f => f.Rule.StartsWith("crossyear.", StringComparison.Ordinal));
        Assert.Contains(later.Findings, f => f.Rule == "compare.not-consecutive" && f.Message.Contains("2022年度和2024年度"));

        var backwards = ReportComparer.Compare(carried, old);
        Assert.Contains(backwards.Findings, f => f.Rule == "compare.year-order" && f.Severity == Severity.Warning);
    }

    [Fact]
    public void A_report_without_an_agency_name_cannot_be_confirmed_as_the_same_agency()
    {
        var old = TestReports.Consistent(TemplateId.V2021, year: 2022) with { Agency = null };
        var f = Assert.Single(ReportComparer.Compare(old, Next(TestReports.Consistent(TemplateId.V2021, year: 2022))).Findings,
            f => f.Rule == "compare.agency-unknown");
        Assert.Contains("上年报告未写明机关名称", f.Message);
    }

    [Fact]
    public void Agency_names_differing_only_in_spaces_or_full_width_forms_are_the_same_agency()
    {
        var old = TestReports.Consistent(TemplateId.V2021, year: 2022) with { Agency = "测试区 人民政府" };
        var @new = Next(old) with { Agency = "测试区人民政府" };
        Assert.DoesNotContain(ReportComparer.Compare(old, @new).Findings, f => f.Rule == "compare.different-agency");
    }

    // ---- copied text --------------------------------------------------------------------------------------------------

    private const string Problems = "一是公开内容还不够全面，部分栏目更新不够及时；二是工作人员业务水平有待提高。\n" +
        "下一步，我们将进一步健全工作制度，加强业务培训，严格落实信息发布审核，不断提升政务公开工作质量。";

    private static ReportComparison WithProblems(string old, string @new)
    {
        var r = TestReports.Consistent(TemplateId.V2021, year: 2022);
        return ReportComparer.Compare(r with { Narrative = new Narrative(null, "本年度工作概况。", old, "无。") },
            Next(r) with { Narrative = new Narrative(null, "本年度工作概况有所不同，详见下文。", @new, "无。") });
    }

    [Fact]
    public void Section_five_copied_word_for_word_is_a_warning_citing_the_format_notice()
    {
        var c = WithProblems(Problems, Problems);
        var section = Assert.Single(c.Copied, p => p.Scope == CopyScope.Section);
        Assert.Equal((ProseSection.Problems, 1.0, true), (section.Section, section.Similarity, section.Identical));
        var f = Assert.Single(c.Findings, f => f.Rule == "compare.copied-section");
        Assert.Equal((Severity.Warning, "narrative.problems"), (f.Severity, f.Where));
        Assert.Contains("完全相同", f.Message);
        Assert.Contains("年年雷同", f.Message);
        // Its paragraphs are listed as copied too, but not said again as findings.
        Assert.Equal(2, c.Copied.Count(p => p.Scope == CopyScope.Paragraph && p.Section == ProseSection.Problems));
        Assert.DoesNotContain(c.Findings, f => f.Rule is "compare.copied-problems" or "compare.copied-paragraph");
        // “无。” repeats by nature: too short to be copying; 一 differs.
        Assert.DoesNotContain(c.Copied, p => p.Section is { Key: "other" or "overview" });
    }

    [Fact]
    public void A_paragraph_of_section_five_with_a_few_words_changed_is_nearly_identical_and_a_warning()
    {
        var edited = Problems.Replace("二是工作人员业务水平有待提高", "二是工作人员业务能力有待提高", StringComparison.Ordinal);
        var c = WithProblems(Problems, "针对上年问题，本年度已完成栏目梳理。\n" + edited.Split('\n')[0]);
        var p = Assert.Single(c.Copied);
        Assert.Equal((CopyScope.Paragraph, 2, 1, false), (p.Scope, p.NewIndex, p.OldIndex, p.Identical));
        Assert.InRange(p.Similarity, 0.9, 0.999);
        var f = Assert.Single(c.Findings, f => f.Rule == "compare.copied-problems");
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("第五部分第2段与上年报告第五部分第1段几乎相同", f.Message);
    }

    [Fact]
    public void Rewritten_problems_are_not_copied()
    {
        var c = WithProblems(Problems, "本年度发现的主要问题是依申请公开答复的规范性有待加强。改进措施：完善办理流程，加强法律审核，提高答复质量。");
        Assert.Empty(c.Copied);
        Assert.DoesNotContain(c.Findings, f => f.Rule.StartsWith("compare.copied", StringComparison.Ordinal));
    }

    [Fact]
    public void A_paragraph_moved_to_another_section_is_found_with_its_old_place()
    {
        var r = TestReports.Consistent(TemplateId.V2021, year: 2022);
        var moved = "本机关将政务公开纳入年度绩效考核，组织开展业务培训，畅通投诉监督渠道，自觉接受群众和社会舆论的监督。";
        var c = ReportComparer.Compare(r with { Narrative = new Narrative(null, "概况。\n" + moved, "问题。", null) },
            Next(r) with { Narrative = new Narrative(null, "新的概况。", "问题。", moved) });
        var p = Assert.Single(c.Copied);
        Assert.Equal((ProseSection.Other, 1, ProseSection.Overview, 2), (p.Section, p.NewIndex, p.OldSection, p.OldIndex));
        var f = Assert.Single(c.Findings, f => f.Rule == "compare.copied-paragraph");
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Contains("第六部分第1段与上年报告第一部分第2段完全相同", f.Message);
    }

    // ---- numbers in the prose ----------------------------------------------------------------------------------------

    [Fact]
    public void Numbers_quoted_in_a_paragraph_are_paired_with_their_cells_on_each_side()
    {
        var old = TestReports.Consistent(TemplateId.V2021, year: 2022)
            .WithOverview("全年共受理政府信息公开申请5件，结转下年度继续办理1件。被行政复议共2件，其中结果维持1宗、其他结果1宗；");
        var @new = Next(old).With("applications.newReceived.total", 6)
            .WithOverview("全年共受理政府信息公开申请6件，结转下年度继续办理1件。被行政复议共2件，其中结果维持1宗、其他结果1宗；");
        var p = ReportComparer.Compare(old, @new).Prose.Single(p => p.Section == ProseSection.Overview);
        Assert.Equal(ProseKind.Changed, p.Kind);
        var received = p.NewNumbers.First();
        Assert.Equal((6m, "applications.newReceived.total", 6m, true), (received.Value, received.Cells.Single(), received.Table, received.Agrees));
        Assert.Equal(["applications.newReceived.total", "applications.carriedForward.total", "reviewLitigation.review.total",
            "reviewLitigation.review.upheld", "reviewLitigation.review.other"], p.OldNumbers.Select(q => q.Cells.Single()));
        Assert.All(p.OldNumbers, q => Assert.True(q.Agrees, q.Quote));
    }
}
