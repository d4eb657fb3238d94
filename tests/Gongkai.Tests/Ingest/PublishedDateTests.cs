using Gongkai.Core.Model;
using Gongkai.Ingest;

namespace Gongkai.Tests.Ingest;

/// <summary>
/// The publication date: a year's report is published after the year ends (Art. 50: by 31 January of the next year), so
/// a date by the title within or before the report year is not its publication date, whatever printed it.
/// </summary>
public class PublishedDateTests
{
    private static Report Read(string text, string source)
    {
        var result = ReportReader.ReadText(text, source);
        Assert.True(result.Ok, result.Error);
        return Assert.Single(result.Reports);
    }

    private static Report ReadReal(string file) => Read(File.ReadAllText(Path.Combine(RealCorpus.Dir, file)), file);

    private static Finding? Refused(Report r) => r.Findings.SingleOrDefault(f => f.Rule == "read.published-impossible");

    [Fact]
    public void The_archive_header_placeholder_above_the_2019_report_is_refused_and_the_signature_date_taken()
    {
        // 三明's archive prints 发布时间：2019-01-01 above the 2019 report; the report is signed 2020年3月6日.
        var r = ReadReal("2019_福建_三明市人民政府.txt");
        Assert.Equal(2019, r.Year);
        Assert.Equal(new DateOnly(2020, 3, 6), r.Published);
        var f = Assert.IsType<Finding>(Refused(r));
        Assert.Contains("2019-01-01", f.Message);
        Assert.Equal("published", f.Where);
    }

    [Theory]
    [InlineData("2024_福建_三明市人民政府.txt", 2024)]
    [InlineData("2025_福建_三明市人民政府.txt", 2025)]
    public void A_placeholder_date_in_the_report_year_with_no_signature_date_gives_no_date(string file, int year)
    {
        var r = ReadReal(file);
        Assert.Equal(year, r.Year);
        Assert.Null(r.Published);
        Assert.NotNull(Refused(r));
    }

    [Theory]
    [InlineData("2020-12-31", null)]         // the year's last day: the year has not ended
    [InlineData("2020-06-30", null)]
    [InlineData("2019-01-20", null)]         // the year before
    [InlineData("2021-01-01", "2021-01-01")] // the first day after the year: possible
    [InlineData("2021-01-20", "2021-01-20")]
    public void A_date_under_the_title_is_taken_only_after_the_report_year(string printed, string? expected)
    {
        var seed = File.ReadAllText(SharedFiles.Seed("001")); // a 2020 report that prints no date of its own
        var plain = Read(seed, "001");
        Assert.Equal(2020, plain.Year);
        Assert.Null(plain.Published);
        // The date on the line under the title (…2020年政府 / 信息公开工作年度报告), as an archive's header prints it.
        var lines = seed.Split('\n').ToList();
        var title = lines.FindIndex(l => l.Contains("年度报告", StringComparison.Ordinal));
        lines.Insert(title + 1, $"发布时间：{printed}");
        var r = Read(string.Join('\n', lines), "001-dated");
        Assert.Equal(2020, r.Year);
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), r.Published);
        Assert.Equal(expected is null, Refused(r) is not null);
    }

    [Fact]
    public void An_archive_header_date_with_its_time_of_day_is_the_publication_date()
    {
        // 莆田's archive: "标题: …报告" then "发布时间: 2020-01-02 09:08"; the time of day kept the date from being read.
        var r = ReadReal("2019_福建_莆田市审计局.txt");
        Assert.Equal(2019, r.Year);
        Assert.Equal(new DateOnly(2020, 1, 2), r.Published);
    }

    [Theory]
    [InlineData("发布时间：2021-01-05 10:05 点击数： 字号： 大 中 小", "2021-01-05")] // a page's header flattened into one line
    [InlineData("发布日期: 2021年1月5日 来源：本局", "2021-01-05")]
    [InlineData("发布时间：2021-01-05 10:05:33", "2021-01-05")]
    [InlineData("发布时间：2020-12-31 10:05", null)] // within the report year: not its publication
    [InlineData("本局于2021-01-05 10:05发布了多项信息，内容详见下文各部分所述情况。", null)] // no label: prose, not a date line
    public void A_labelled_date_by_the_title_is_read_whatever_follows_it(string line, string? expected)
    {
        var seed = File.ReadAllText(SharedFiles.Seed("001")); // a 2020 report that prints no date of its own
        var lines = seed.Split('\n').ToList();
        var title = lines.FindIndex(l => l.Contains("年度报告", StringComparison.Ordinal));
        lines.Insert(title + 1, line);
        var r = Read(string.Join('\n', lines), "001-dated");
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), r.Published);
    }
}
