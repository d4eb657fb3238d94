using Gongkai.Ingest.Ocr;
using Gongkai.Tests.Core;

namespace Gongkai.Tests.Ingest;

/// <summary>
/// A scan's agency and year, read by OCR from its title where no identity checks them, are given only when a second
/// reading of the title's lines holds them too: otherwise null, with a finding that shows both readings.
/// </summary>
public class TitleCheckTests
{
    private static readonly TitleReading[] Agreeing =
    [
        new("广州市番禺区人民政府", "广州市番禺区人民政府"),
        new("2020年政府信息公开工作年度报告", "2020年政府信息公开工作年度报告"),
    ];

    [Fact]
    public void An_agency_and_year_both_readings_hold_are_kept_and_nothing_is_added()
    {
        var report = TestReports.Consistent() with { Agency = "广州市番禺区人民政府", Year = 2020 };
        Assert.Same(report, TitleCheck.Apply(report, Agreeing));
        // Spaces and full-width brackets are not a disagreement.
        Assert.Same(report, TitleCheck.Apply(report, [new("广州市番禺区人民政府2020年政府信息公开工作年度报告", "广州市 番禺区人民政府 2020 年政府信息公开工作年度报告")]));
    }

    [Fact]
    public void An_agency_the_second_reading_does_not_hold_is_null_with_a_finding_showing_both_readings()
    {
        // Tesseract's reading of a clean page; PaddleOCR's of the same line.
        var report = TestReports.Consistent() with { Agency = "广州市番明区人民政府", Year = 2020 };
        var title = new TitleReading[] { new("广州市番明区人民政府2020年政府信息公开工作年度报告", "广州市番禺区人民政府2020年政府信息公开工作年度报告") };

        var checkedReport = TitleCheck.Apply(report, title);

        Assert.Null(checkedReport.Agency);
        Assert.Equal(2020, checkedReport.Year);
        var f = Assert.Single(checkedReport.Findings, f => f.Rule == "read.ocr-title-unconfirmed");
        Assert.Equal("agency", f.Where);
        Assert.Contains("“广州市番明区人民政府2020年政府信息公开工作年度报告”与“广州市番禺区人民政府2020年政府信息公开工作年度报告”", f.Message);
        Assert.Contains("机关名称无法确认", f.Message);
        Assert.Equal(report.Findings.Count() + 1, checkedReport.Findings.Count());
    }

    [Fact]
    public void A_year_the_second_reading_does_not_hold_is_null_and_both_may_go()
    {
        var report = TestReports.Consistent() with { Agency = "广州市番禺区人民政府", Year = 2020 };
        var yearOnly = TitleCheck.Apply(report, [new("广州市番禺区人民政府2020年政府信息公开工作年度报告", "广州市番禺区人民政府2026年政府信息公开工作年度报告")]);
        Assert.Equal(("广州市番禺区人民政府", (int?)null), (yearOnly.Agency, yearOnly.Year));
        Assert.Contains("报告年度无法确认", Assert.Single(yearOnly.Findings, f => f.Rule == "read.ocr-title-unconfirmed").Message);

        var both = TitleCheck.Apply(report, [new("广州市番禺区人民政府2020年政府信息公开工作年度报告", "广州市秋忆区人民政府2026年政府信息公开工作年度报和")]);
        Assert.Equal((null, (int?)null), (both.Agency, both.Year));
        Assert.Contains("机关名称和报告年度无法确认", Assert.Single(both.Findings, f => f.Rule == "read.ocr-title-unconfirmed").Message);
    }

    [Fact]
    public void Without_a_second_reading_of_the_title_nothing_read_from_it_is_given()
    {
        var report = TestReports.Consistent() with { Agency = "广州市番禺区人民政府", Year = 2020 };
        var none = TitleCheck.Apply(report, []);
        Assert.Equal((null, (int?)null), (none.Agency, none.Year));
        // A report that read neither is left as it is.
        var nothing = report with { Agency = null, Year = null };
        Assert.Same(nothing, TitleCheck.Apply(nothing, []));
    }
}
