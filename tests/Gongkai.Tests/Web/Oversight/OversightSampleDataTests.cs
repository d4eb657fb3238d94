using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Gongkai.Tests.Web.Oversight;

/// <summary>The demonstration set-up gives the supervising office a living registry, findings and roll-up.</summary>
public sealed class OversightSampleDataTests : IDisposable
{
    private readonly GongkaiFactory _app = new(new DateOnly(2026, 2, 15), sampleCases: true);

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Sample_data_files_last_years_reports_on_time_late_and_missing_with_one_error()
    {
        var api = await _app.ApiAs("gkb");
        var registry = (await api.GetFromJsonAsync<JsonArray>("/api/oversight/registry/2025"))!;
        string Status(string agency) => (string)registry.Single(u => (string)u!["agency"]! == agency)!["status"]!;
        Assert.Equal("OnTime", Status("示范区教育局"));
        Assert.Equal("Late", Status("示范区住房和城乡建设局"));
        Assert.Equal("Overdue", Status("示范区和平街道办事处"));
        Assert.Equal("OnTime", Status("示范区幸福街道办事处"));
        Assert.Equal("Missing", Status("示范区人民政府办公室"));
        var errors = (await api.GetFromJsonAsync<JsonObject>("/api/oversight/findings/2025?severity=Error"))!["items"]!.AsArray();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal("示范区住房和城乡建设局", (string)e!["agency"]!));
        // Carry-over is consistent across the two sample years: no cross-year finding.
        var cross = (await api.GetFromJsonAsync<JsonObject>("/api/oversight/findings/2025?rule=crossyear.carried-over"))!;
        Assert.Equal(0, (int)cross["total"]!);
        var rollUp = (await api.GetFromJsonAsync<JsonObject>("/api/oversight/rollup/2025"))!;
        Assert.Equal(4, rollUp["units"]!.AsArray().Count);
        Assert.Single(rollUp["missing"]!.AsArray());
        var page = System.Net.WebUtility.HtmlDecode(await api.GetStringAsync("/Oversight/RollUp?year=2025"));
        Assert.Contains("未报送、未计入汇总：示范区和平街道办事处", page);
        Assert.Contains("示范区人民政府办公室2025年政府信息公开工作年度报告", page);
    }
}
