using System.Text.RegularExpressions;
using Gongkai.Core.Desk;
using Gongkai.Core.Layout;
using Gongkai.Render.Notices;

namespace Gongkai.Tests.Render.Notices;

public partial class NoticeBasisTests
{
    private static readonly string RegulationFile =
        Path.Combine(SharedFiles.SharedDir, "spec", "official", "regulation-2019-state-council-order-711.txt");

    /// <summary>The official text's articles by their heading ("第三十六条"), each one line in the file.</summary>
    private static readonly Lazy<Dictionary<string, string>> Articles = new(() =>
        File.ReadLines(RegulationFile)
            .Select(l => ArticleRx().Match(l))
            .Where(m => m.Success)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value));

    [GeneratedRegex(@"^(第[一二三四五六七八九十]+条)\u3000(.*)$")]
    private static partial Regex ArticleRx();

    public static TheoryData<string, string> OutcomeRows()
    {
        var rows = new TheoryData<string, string>();
        foreach (var layout in TemplateCatalog.All)
            foreach (var o in Outcomes.For(layout))
                rows.Add(layout.Notice + (layout.OtherCollapsed ? "（其他处理合并）" : ""), o.RowKey);
        return rows;
    }

    [Theory]
    [MemberData(nameof(OutcomeRows))]
    public void Every_outcome_row_of_every_template_has_a_basis(string template, string rowKey)
    {
        Assert.True(NoticeBases.TryGet(rowKey, out var basis), $"{template} 的处理结果行 {rowKey} 没有告知书依据");
        Assert.False(string.IsNullOrWhiteSpace(basis.Finding));
        Assert.False(string.IsNullOrWhiteSpace(basis.Decision));
    }

    [Fact]
    public void The_catalogue_of_either_year_is_covered()
    {
        foreach (var year in new[] { 2019, 2020, 2021, 2026 })
            Assert.All(Outcomes.ForYear(year), o => Assert.True(NoticeBases.TryGet(o.RowKey, out _), $"{year}: {o.RowKey}"));
    }

    [Fact]
    public void Every_basis_is_an_outcome_row_of_some_template()
    {
        var keys = TemplateCatalog.All.SelectMany(l => Outcomes.For(l)).Select(o => o.RowKey).ToHashSet();
        Assert.All(NoticeBases.All, b => Assert.Contains(b.RowKey, keys));
        Assert.Equal(NoticeBases.All.Length, NoticeBases.All.Select(b => b.RowKey).Distinct().Count());
    }

    [Fact]
    public void Every_cited_provision_exists_in_the_official_text()
    {
        Assert.True(Articles.Value.Count >= 56, $"only {Articles.Value.Count} articles read from {RegulationFile}");
        foreach (var c in NoticeBases.AllCitations)
        {
            Assert.True(Articles.Value.TryGetValue(c.ArticleText, out var body), $"{c}: 官方文本中没有{c.ArticleText}");
            // Paragraphs of an article are separated by "。 " in the file; items are numbered （一）（二）….
            if (c.Paragraph is int p)
                Assert.True(body.Split("。 ").Length >= p, $"{c}: {c.ArticleText}没有第{Citation.Numeral(p)}款");
            if (c.Item is int i)
                Assert.Contains($"（{Citation.Numeral(i)}）", body);
        }
    }

    [Theory]
    [InlineData("granted", "第三十六条第（二）项")]
    [InlineData("partiallyGranted", "第三十七条")]
    [InlineData("withheld.stateSecret", "第十四条、第三十六条第（三）项")]
    [InlineData("withheld.prohibitedByLaw", "第十四条、第三十六条第（三）项")]
    [InlineData("withheld.endangersSafety", "第十四条、第三十六条第（三）项")]
    [InlineData("withheld.thirdPartyRights", "第十五条、第三十六条第（三）项")]
    [InlineData("withheld.internalAffairs", "第十六条第一款、第三十六条第（三）项")]
    [InlineData("withheld.processInformation", "第十六条第二款、第三十六条第（三）项")]
    [InlineData("withheld.enforcementFiles", "第十六条第二款、第三十六条第（三）项")]
    [InlineData("withheld.administrativeQuery", "第三十六条第（七）项")]
    [InlineData("unavailable.notHeld", "第三十六条第（四）项")]
    [InlineData("unavailable.needsCreation", "第三十八条")]
    [InlineData("unavailable.stillUnclear", "第三十条")]
    [InlineData("notProcessed.petitionOrComplaint", "第三十九条第一款")]
    [InlineData("notProcessed.repeated", "第三十六条第（六）项")]
    [InlineData("notProcessed.publication", "第三十九条第二款")]
    [InlineData("notProcessed.excessive", "第三十五条")]
    [InlineData("notProcessed.confirmOrReissue", "第二条、第三十八条")]
    [InlineData("other", "")]
    [InlineData("other.noCorrection", "第三十条")]
    [InlineData("other.feeUnpaid", "第四十二条")]
    [InlineData("other.other", "")]
    public void Each_row_cites_its_provisions(string rowKey, string expected) =>
        Assert.Equal(expected, NoticeBases.Get(rowKey).CitationText);

    [Fact]
    public void Not_held_but_another_agencys_cites_item_five() =>
        Assert.Equal("第三十六条第（五）项", NoticeBases.NotHeldReferred.CitationText);

    [Fact]
    public void Procedural_notices_cite_articles_30_and_33_paragraph_2()
    {
        Assert.Equal("第三十条", Citation.Join(NoticeBases.Correction));
        Assert.Equal("第三十三条第二款", Citation.Join(NoticeBases.Extension));
    }

    [Theory]
    [InlineData(1, "一")]
    [InlineData(2, "二")]
    [InlineData(10, "十")]
    [InlineData(14, "十四")]
    [InlineData(20, "二十")]
    [InlineData(36, "三十六")]
    [InlineData(42, "四十二")]
    [InlineData(99, "九十九")]
    public void Numerals_are_written_as_article_numbers_are(int n, string expected) =>
        Assert.Equal(expected, Citation.Numeral(n));

    [Fact]
    public void A_citation_names_a_paragraph_or_an_item_never_both() =>
        Assert.Throws<ArgumentException>(() => new Citation(36, paragraph: 1, item: 2));

    [Fact]
    public void An_unknown_row_key_is_refused() =>
        Assert.Throws<ArgumentException>(() => NoticeBases.Get("granted.maybe"));
}
