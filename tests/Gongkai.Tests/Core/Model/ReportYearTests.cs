using Gongkai.Core.Layout;
using Gongkai.Core.Model;

namespace Gongkai.Tests.Core.Model;

public sealed class ReportYearTests
{
    [Theory]
    [InlineData("2019", 2019)]
    [InlineData("2021", 2021)]
    [InlineData("2100", 2100)]
    public void A_year_of_the_national_format_parses_from_a_query_value(string text, int year)
    {
        Assert.True(ReportYear.TryParse(text, null, out var y));
        Assert.Equal(year, y.Value);
    }

    [Theory]
    [InlineData("2018")]
    [InlineData("2101")]
    [InlineData("0")]
    [InlineData("-2020")]
    [InlineData("+2020")]
    [InlineData(" 2020")]
    [InlineData("２０２０")]
    [InlineData("2020.0")]
    [InlineData("99999999999")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_but_the_digits_of_a_year_from_2019_to_2100_is_refused(string? text)
    {
        Assert.False(ReportYear.TryParse(text, null, out _));
    }

    [Fact]
    public void A_year_out_of_range_is_refused_in_Chinese_naming_the_year_and_the_range()
    {
        Assert.Equal("1800年不在本系统支持的范围（2019年至2100年）", ReportYear.Refusal("1800"));
        Assert.Equal("年度应为2019年至2100年之间的整数年份", ReportYear.Refusal("<script>"));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportYear.Of(2018));
    }

    [Theory]
    // The desk works on last year's report through the reporting season (Art. 49: by 31 March), then on this year's.
    [InlineData("2025-01-01", 2024, 2024, 2025)]
    [InlineData("2025-03-31", 2024, 2024, 2025)]
    [InlineData("2025-04-01", 2025, 2024, 2025)]
    [InlineData("2025-12-31", 2025, 2024, 2025)]
    // Before the first year of the format there is nothing earlier to show: the first year.
    [InlineData("2019-02-01", 2019, 2019, 2019)]
    public void Each_screen_default_is_decided_by_the_date(string today, int working, int due, int recording)
    {
        var d = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(working, ReportYear.Working(d).Value);
        Assert.Equal(due, ReportYear.Due(d).Value);
        Assert.Equal(recording, ReportYear.Recording(d).Value);
    }

    [Fact]
    public void A_page_keeps_the_year_asked_for_and_falls_back_on_an_odd_one()
    {
        var fallback = ReportYear.Of(2024);
        Assert.Equal(2022, ReportYear.OrDefault(2022, fallback).Value);
        Assert.Equal(fallback, ReportYear.OrDefault(0, fallback));
        Assert.Equal(fallback, ReportYear.OrDefault(1900, fallback));
        Assert.Equal(fallback, ReportYear.OrDefault(null, fallback));
    }

    [Fact]
    public void The_template_follows_the_year_and_the_first_year_has_no_previous()
    {
        Assert.Equal(TemplateId.V2019, ReportYear.Of(2020).Template);
        Assert.Equal(TemplateId.V2021, ReportYear.Of(2021).Template);
        Assert.False(ReportYear.Of(ReportYear.First).HasPrevious);
        Assert.Equal(2020, ReportYear.Of(2021).Previous.Value);
    }
}
