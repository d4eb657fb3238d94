using System.Text.Json;
using Gongkai.Core.Json;
using Gongkai.Core.Layout;
using Gongkai.Core.Rules;

namespace Gongkai.Tests.Core;

public class ReportJsonTests
{
    [Theory]
    [InlineData(TemplateId.V2019, false)]
    [InlineData(TemplateId.V2021, false)]
    [InlineData(TemplateId.V2021, true)]
    public void A_report_round_trips_through_its_json(TemplateId template, bool collapsed)
    {
        var report = ReportChecker.Check(TestReports.Consistent(template, collapsed).With("applications.granted.naturalPerson", null)
            .With("proactive.fees." + (template == TemplateId.V2019 ? "change" : "amountWan"), template == TemplateId.V2019 ? -3 : 123.45678m)) with { Source = "a.txt" };
        var json = ReportJson.Serialize(report);
        var back = ReportJson.Parse(json);
        Assert.Equal(json, ReportJson.Serialize(back));
        Assert.Equal(report.Applications.Cells.ToArray(), back.Applications.Cells.ToArray());
        Assert.Equal(report.Proactive.Cells.ToArray(), back.Proactive.Cells.ToArray());
        Assert.Equal(report.Layout, back.Layout);
    }

    [Fact]
    public void Json_keys_follow_the_spec_order_and_nulls_are_written()
    {
        var json = ReportJson.Serialize(TestReports.Consistent().With("applications.granted.research", null) with { Source = "x.txt", Published = null });
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(["source", "format", "year", "agency", "published", "proactive", "applications", "reviewLitigation", "findings"],
            doc.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("published").ValueKind);
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("applications").GetProperty("granted").GetProperty("research").ValueKind);
        Assert.Equal("2019", doc.RootElement.GetProperty("format").GetString());
        Assert.Contains("\"withheld.stateSecret\":{", json);
        Assert.Contains("测试区人民政府", json); // not \u-escaped
    }

    [Theory]
    [InlineData("""{"format":"2020"}""", "$.format")]
    [InlineData("""{"format":"2019","year":"2020"}""", "$.year")]
    [InlineData("""{"format":"2019","published":"2021/01/02"}""", "$.published")]
    [InlineData("""{"format":"2019","applications":{"granted":{"naturalPerson":"1"}}}""", "$.applications[\"granted\"].naturalPerson")]
    [InlineData("""{"format":"2019","applications":{"other.feeUnpaid":{"total":1}}}""", "$.applications[\"other.feeUnpaid\"]")]
    [InlineData("""{"format":"2019","proactive":{"fees":{"amountWan":1}}}""", "$.proactive[\"fees\"].amountWan")]
    [InlineData("""{"format":"2019","colour":"red"}""", "$.colour")]
    [InlineData("""[1,2]""", "$")]
    [InlineData("""{"format":"2019",""", "$")]
    public void A_wrong_field_is_refused_naming_its_path(string json, string path)
    {
        var e = Assert.Throws<ReportJsonException>(() => ReportJson.Parse(json));
        Assert.Equal(path, e.Path);
    }
}
