using Gongkai.Core.Desk;

namespace Gongkai.Tests.Core.Desk;

/// <summary>The fee tables of 《政府信息公开信息处理费管理办法》 (国办函〔2020〕109号) 第四条 and 第五条, band by band.</summary>
public class InformationFeesTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(10, 0)]    // 10件以下（含10件）不收费
    [InlineData(11, 100)]  // 11—30件 100元/件
    [InlineData(30, 100)]
    [InlineData(31, 200)]  // 31件以上以10件为一档，每增加一档提高100元/件
    [InlineData(40, 200)]
    [InlineData(41, 300)]
    [InlineData(50, 300)]
    [InlineData(51, 400)]
    [InlineData(101, 900)]
    public void The_nth_item_of_an_applicants_month_costs(int ordinal, int rate) =>
        Assert.Equal(rate, InformationFees.PerItemRate(ordinal));

    [Theory]
    [InlineData(1, 0)]
    [InlineData(30, 0)]    // 30页以下（含30页）不收费
    [InlineData(31, 10)]   // 31—100页 10元/页
    [InlineData(100, 10)]
    [InlineData(101, 20)]  // 101—200页 20元/页
    [InlineData(200, 20)]
    [InlineData(201, 40)]  // 201页以上 40元/页
    [InlineData(5000, 40)]
    public void The_nth_page_of_an_application_costs(int page, int rate) =>
        Assert.Equal(rate, InformationFees.PerPageRate(page));

    [Theory]
    // units, earlier items in the month, amount: excess-progressive, each item at the rate of its place in the month
    [InlineData(1, 0, 0)]
    [InlineData(1, 10, 100)]
    [InlineData(12, 5, 700)]     // items 6–17: 6–10 free, 11–17 7 × 100
    [InlineData(5, 28, 800)]     // items 29–33: 29, 30 at 100; 31, 32, 33 at 200
    [InlineData(25, 30, 7000)]   // items 31–55: 10 × 200 + 10 × 300 + 5 × 400
    public void Per_item_fees_follow_the_applicants_monthly_count(int units, int prior, int amount)
    {
        var q = InformationFees.Quote(FeeMethod.PerItem, units, prior);
        Assert.Equal(amount, q.Amount);
        Assert.Equal(units, q.Lines.Sum(l => l.Count));
        Assert.Equal(prior + 1, q.Lines[0].From);
    }

    [Theory]
    [InlineData(30, 0)]
    [InlineData(31, 10)]
    [InlineData(100, 700)]
    [InlineData(101, 720)]
    [InlineData(250, 4700)]   // 70 × 10 + 100 × 20 + 50 × 40
    public void Per_volume_fees_follow_the_pages_of_one_application(int pages, int amount) =>
        Assert.Equal(amount, InformationFees.Quote(FeeMethod.PerVolume, pages, priorUnits: 99).Amount);

    [Fact]
    public void The_breakdown_names_each_band_the_notice_prints()
    {
        var q = InformationFees.Quote(FeeMethod.PerItem, 5, 28);
        Assert.Equal("第29至30件：每件100元，计200元；第31至33件：每件200元，计600元", q.Breakdown);
        Assert.Equal("第1至30页：不收费；第31至40页：每页10元，计100元", InformationFees.Quote(FeeMethod.PerVolume, 40).Breakdown);
    }

    [Fact]
    public void The_measures_text_kept_in_docs_law_holds_the_articles_and_standards_the_desk_cites()
    {
        var text = File.ReadAllText(Path.Combine(SharedFiles.RepoRoot, "docs", "law", "fee-measures-guobanhan-2020-109.txt"));
        Assert.Contains("国办函〔2020〕109号", text);
        foreach (var article in new[] { "第三条", "第四条", "第五条" }) Assert.Contains(article, text);
        Assert.Contains("同一申请人一个自然月内累计申请10件以下（含10件）的，不收费", text);
        Assert.Contains("30页以下（含30页）的，不收费", text);
        Assert.Contains("不得同时按照两种标准重复计算", text);
        Assert.Contains(InformationFees.MeasureArticles(FeeMethod.PerItem), "第三条、第四条");
    }
}
