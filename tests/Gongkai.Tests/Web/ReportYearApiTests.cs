using System.Net;
using System.Text.Json.Nodes;

namespace Gongkai.Tests.Web;

/// <summary>Every API route and query that takes a report year refuses an odd one with a Chinese 400, never a 500 or an empty answer.</summary>
public sealed class ReportYearApiTests : IDisposable
{
    private readonly GongkaiFactory _app = new(new DateOnly(2025, 3, 1));

    public void Dispose() => _app.Dispose();

    public static TheoryData<string, string> Routes() => new()
    {
        { "clerk", "/api/outcomes/{0}" },
        { "clerk", "/api/reports/{0}" },
        { "clerk", "/api/reports/{0}/document?format=html" },
        { "clerk", "/api/proactive/{0}/items" },
        { "clerk", "/api/proactive/{0}/template.xlsx" },
        { "clerk", "/api/applications?year={0}" },
        { "gkb", "/api/oversight/registry/{0}" },
        { "gkb", "/api/oversight/findings/{0}" },
        { "gkb", "/api/oversight/rollup/{0}" },
        { "gkb", "/api/oversight/rollup/{0}/document?format=csv" },
        { "gkb", "/api/oversight/dashboard/anomalies/{0}" },
        { "gkb", "/api/oversight/dashboard/ranking/{0}" },
        { "gkb", "/api/oversight/dashboard/correction/{0}" },
        { "gkb", "/api/oversight/dashboard/outcomes/{0}" },
        { "gkb", "/api/oversight/dashboard/applications?from={0}" },
        { "", "/api/open/reports?year={0}" },
        { "", "/api/open/years/{0}/reports.jsonl" },
        { "", "/api/open/years/{0}/cells.csv" },
        { "", "/api/open/years/{0}/cells.xlsx" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task An_odd_year_is_a_Chinese_400_naming_the_year(string user, string route)
    {
        var client = user == "" ? _app.CreateClient() : await _app.ApiAs(user);
        foreach (var year in new[] { "0", "1800", "2018", "2101", "2147483647" })
        {
            var answer = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, route, year));
            Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
            var problem = JsonNode.Parse(await answer.Content.ReadAsStringAsync())!;
            Assert.Equal($"{year}年不在本系统支持的范围（2019年至2100年）", (string?)problem["detail"]);
        }
        // …and a year of ours is answered.
        var ok = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, route, "2024"));
        Assert.True(ok.IsSuccessStatusCode, $"{route} 2024: {ok.StatusCode}");
    }
}
