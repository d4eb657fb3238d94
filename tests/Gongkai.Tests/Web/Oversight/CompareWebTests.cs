using Gongkai.Web.Operations;
using System.Net;
using System.Text.Json;
using Gongkai.Core.Model;
using Gongkai.Web.Data;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gongkai.Tests.Web.Oversight;

public sealed class CompareWebOnSqlite() : CompareWebTests(postgres: null);

public sealed class CompareWebOnPostgres() : CompareWebTests(TestPostgres.ConnectionString), IOnPostgres;

/// <summary>
/// Comparing filed reports on the web: 与上年比较 from a report (oversight and portal), the compare-any-two pages, the
/// supervisor's year of units against the year before, and the comparison documents — each within its access rules
/// (a supervisor only in its subtree, the portal only current reports).
/// </summary>
public abstract class CompareWebTests(string? postgres) : IDisposable
{
    private readonly GongkaiFactory _app = new(new DateOnly(2025, 3, 1), postgres: postgres,
        settings: new Dictionary<string, string?> { ["SampleData:Filings"] = "false" });

    public void Dispose()
    {
        _app.Dispose();
        GC.SuppressFinalize(this);
    }

    private const int Education = 2, Housing = 3;

    private const string Problems = "一是公开内容还不够全面，部分栏目更新不够及时；二是工作人员业务水平有待提高。下一步将进一步健全工作制度，加强业务培训。";

    private sealed record Seeded(long Edu2023, long Edu2024, long Housing2024, decimal Received2023, decimal Received2024);

    /// <summary>
    /// 教育局 2023 and 2024 (新收申请 changed, 五 copied word for word, 一 rewritten); 住建局 2024 only. A superseded
    /// 2024 filing of 教育局 comes first, so its current 2024 report is the second one.
    /// </summary>
    private Seeded Seed()
    {
        var y2023 = FiledSeed.Generated(31, "示范区教育局", 2023) with
        {
            Narrative = new Narrative(null, "本年度本局扎实推进校外培训机构监管信息公开。", Problems, "无。"),
        };
        var cell = y2023.Applications.Layout.CellIndex("newReceived", "total");
        var received2024 = (y2023.Applications[cell] ?? 0) + 37;
        var y2024 = y2023 with
        {
            Year = 2024,
            Applications = y2023.Applications.With(cell, received2024),
            Narrative = new Narrative(null, "本年度本局重点公开义务教育招生入学政策。", Problems, "无。"),
        };
        var edu2023 = FiledSeed.Add(_app, Education, 2023, y2023);
        FiledSeed.Add(_app, Education, 2024, y2024 with { Narrative = y2024.Narrative with { Overview = "初稿。" } });
        var edu2024 = FiledSeed.Add(_app, Education, 2024, y2024);
        var housing = FiledSeed.Add(_app, Housing, 2024, FiledSeed.Generated(32, "示范区住房和城乡建设局", 2024));
        return new Seeded(edu2023, edu2024, housing, y2023.Applications[cell]!.Value, received2024);
    }

    private HttpClient Anonymous() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task<string> Html(HttpClient c, string url)
    {
        var r = await c.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        return WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync());
    }

    [DbFact]
    public async Task A_filed_report_links_to_its_comparison_with_the_previous_year_only_when_there_is_one()
    {
        var s = Seed();
        var gkb = await _app.ApiAs("gkb");
        Assert.Contains($"href=\"/Oversight/Compare?old={s.Edu2023}&new={s.Edu2024}\"", await Html(gkb, $"/Oversight/Report/{s.Edu2024}"));
        Assert.DoesNotContain("id=\"compare-previous\"", await Html(gkb, $"/Oversight/Report/{s.Housing2024}"));
        var open = Anonymous();
        Assert.Contains($"href=\"/open/compare?old={s.Edu2023}&new={s.Edu2024}\"", await Html(open, $"/open/reports/{s.Edu2024}"));
        Assert.DoesNotContain("id=\"compare-previous\"", await Html(open, $"/open/reports/{s.Housing2024}"));
    }

    [DbFact]
    public async Task The_supervisor_sees_the_changed_cell_and_the_copied_section_five_and_downloads_the_documents()
    {
        var s = Seed();
        var gkb = await _app.ApiAs("gkb");
        var page = await Html(gkb, $"/Oversight/Compare?old={s.Edu2023}&new={s.Edu2024}");
        Assert.Contains($"data-cell=\"applications.newReceived.total\">{s.Received2023}→{s.Received2024}</td>", page);
        Assert.Contains("class=\"num chg\"", page);
        Assert.Contains("第五部分", page);
        Assert.Contains("年年雷同", page);
        Assert.DoesNotContain(" style=\"", page);

        var json = await gkb.GetAsync($"/api/oversight/compare/{s.Edu2023}/{s.Edu2024}");
        Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
        using var doc = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        var cell = doc.RootElement.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("path").GetString() == "applications.newReceived.total");
        Assert.Equal((s.Received2023, s.Received2024, 37m), (cell.GetProperty("old").GetDecimal(), cell.GetProperty("new").GetDecimal(), cell.GetProperty("change").GetDecimal()));
        Assert.Equal("示范区教育局", doc.RootElement.GetProperty("new").GetProperty("agency").GetString());
        Assert.Contains(doc.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "compare.copied-section");

        var docx = await gkb.GetAsync($"/api/oversight/compare/{s.Edu2023}/{s.Edu2024}?format=docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("示范区教育局2023年与2024年年度报告比对.docx", docx.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal((byte)'P', (await docx.Content.ReadAsByteArrayAsync())[0]);
        var pdf = await gkb.GetAsync($"/api/oversight/compare/{s.Edu2023}/{s.Edu2024}?format=pdf");
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]));
        var html = await gkb.GetAsync($"/api/oversight/compare/{s.Edu2023}/{s.Edu2024}?format=html");
        Assert.Contains("<del>", await html.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await gkb.GetAsync($"/api/oversight/compare/{s.Edu2023}/{s.Edu2024}?format=xlsx")).StatusCode);
    }

    [DbFact]
    public async Task The_compare_page_offers_an_agencys_filed_reports_superseded_ones_marked()
    {
        var s = Seed();
        var gkb = await _app.ApiAs("gkb");
        var whole = await Html(gkb, $"/Oversight/Compare?agencyId={Education}");
        var page = whole[whole.IndexOf("id=\"compare-pick\"", StringComparison.Ordinal)..];
        Assert.Contains("2024年度（report.txt，已被取代）", page);
        Assert.Contains($"<option value=\"{s.Edu2023}\"", page);
        Assert.DoesNotContain("id=\"comparison\"", page);
    }

    [DbFact]
    public async Task A_supervisor_compares_only_within_its_subtree_and_unit_users_not_at_all()
    {
        var s = Seed();
        await AddSupervisor("edu-gkb", Education);
        var edu = await _app.ApiAs("edu-gkb");
        Assert.Equal(HttpStatusCode.OK, (await edu.GetAsync($"/Oversight/Compare?old={s.Edu2023}&new={s.Edu2024}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await edu.GetAsync($"/Oversight/Compare?old={s.Edu2023}&new={s.Housing2024}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await edu.GetAsync($"/api/oversight/compare/{s.Edu2023}/{s.Housing2024}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await edu.GetAsync($"/Oversight/Compare?agencyId={Housing}")).StatusCode);
        var clerk = await _app.ApiAs("clerk");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync($"/api/oversight/compare/{s.Edu2023}/{s.Edu2024}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous().GetAsync($"/api/oversight/compare/{s.Edu2023}/{s.Edu2024}")).StatusCode);
        var page = await Anonymous().GetAsync($"/Oversight/Compare?old={s.Edu2023}&new={s.Edu2024}");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/Account/Login", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task A_years_units_list_their_biggest_moves_and_copied_sections_each_linking_to_the_comparison()
    {
        var s = Seed();
        var gkb = await _app.ApiAs("gkb");
        var page = await Html(gkb, "/Oversight/Moves?year=2024");
        Assert.Contains($"data-agency=\"{Education}\"", page);
        Assert.DoesNotContain($"data-agency=\"{Housing}\"", page); // no 2023 report to compare with
        Assert.Contains($"本年新收政府信息公开申请：{s.Received2023} → {s.Received2024}（+37", page);
        Assert.Contains("五、存在的主要问题及改进情况", page);
        Assert.Contains($"href=\"/Oversight/Compare?old={s.Edu2023}&new={s.Edu2024}\"", page);
        Assert.Contains("本年和上年均有现行报告的单位 1 个", page);
    }

    [DbFact]
    public async Task The_portal_compares_current_reports_only()
    {
        var s = Seed();
        var open = Anonymous();
        var page = await Html(open, $"/open/compare?old={s.Edu2023}&new={s.Edu2024}");
        Assert.Contains("id=\"comparison\"", page);
        Assert.Contains($"/api/open/compare/{s.Edu2023}/{s.Edu2024}?format=pdf", page);
        var pdf = await open.GetAsync($"/api/open/compare/{s.Edu2023}/{s.Edu2024}?format=pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        // The superseded 2024 filing (its id is between the two) is the supervisor's to see, not the public's.
        var superseded = s.Edu2024 - 1;
        Assert.Equal(HttpStatusCode.NotFound, (await open.GetAsync($"/open/compare?old={s.Edu2023}&new={superseded}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await open.GetAsync($"/api/open/compare/{s.Edu2023}/{superseded}")).StatusCode);
        var gkb = await _app.ApiAs("gkb");
        Assert.Equal(HttpStatusCode.OK, (await gkb.GetAsync($"/api/oversight/compare/{s.Edu2023}/{superseded}")).StatusCode);
        var page2 = await Html(open, $"/open/compare?agency={Education}");
        var pick = page2[page2.IndexOf("id=\"compare-pick\"", StringComparison.Ordinal)..]; // the reports' selects, not the agencies'

        Assert.DoesNotContain($"<option value=\"{superseded}\"", pick);
        Assert.Contains($"<option value=\"{s.Edu2024}\"", pick);
    }

    private async Task AddSupervisor(string name, int agencyId)
    {
        using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(_app.Services);
        var users = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>(scope.ServiceProvider);
        var u = new AppUser { UserName = name, DisplayName = "教育局公开办", AgencyId = agencyId };
        Assert.True((await users.CreateAsync(u, GongkaiFactory.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(u, Roles.Supervisor)).Succeeded);
    }
}
