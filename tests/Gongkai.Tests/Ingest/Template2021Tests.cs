using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Ingest;

namespace Gongkai.Tests.Ingest;

/// <summary>
/// The seeds are all 2019-template; these fixtures are 2021-template reports laid out as DOCX text extraction gives
/// them (tabs, repeated header after a page break, a page footer). Their numbers were set by hand to obey every identity.
/// </summary>
public class Template2021Tests
{
    private static Report Read(string name)
    {
        var path = Path.Combine(SharedFiles.RepoRoot, "tests", "Gongkai.Tests", "Ingest", "Fixtures", name);
        var r = ReportReader.ReadFile(path);
        Assert.True(r.Ok, r.Error);
        return Assert.Single(r.Reports);
    }

    [Fact]
    public void A_2021_report_reads_its_26_rows_including_the_three_other_processing_rows()
    {
        var report = Read("2021_docx_tabs.txt");
        Assert.Equal(TemplateId.V2021, report.Format);
        Assert.False(report.Layout.OtherCollapsed);
        Assert.Equal(2022, report.Year);
        Assert.Equal("某某市某某区住房和城乡建设局", report.Agency);
        Assert.Equal(new DateOnly(2023, 1, 18), report.Published);
        var a = report.Applications;
        Assert.Equal(5m, a["other.noCorrection", "total"]);
        Assert.Equal(0m, a["other.feeUnpaid", "total"]);
        Assert.Equal(1m, a["other.other", "naturalPerson"]);
        Assert.Equal(146m, a["total", "total"]);
        Assert.Equal(4m, a["carriedForward", "naturalPerson"]);
        Assert.True(a.IsComplete);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void A_2021_report_reads_section_two_in_the_2021_shape()
    {
        var p = Read("2021_docx_tabs.txt").Proactive;
        Assert.Equal([0m, 0m, 3m, 12m, 3m, 56m, 3456m, 789m, 12m, 35.5m], p.Cells.Select(c => c!.Value));
    }

    [Fact]
    public void A_2021_report_printing_other_as_one_row_keeps_it_as_other_with_a_warning()
    {
        var report = Read("2021_collapsed_other.txt");
        Assert.True(report.Layout.OtherCollapsed);
        Assert.Equal(6m, report.Applications["other", "total"]);
        Assert.Equal(-1, report.Applications.Layout.RowIndex("other.noCorrection"));
        var f = Assert.Single(report.Findings);
        Assert.Equal("template.mixed-layout", f.Rule);
        Assert.Equal(Severity.Warning, f.Severity);
    }
}
