using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Gongkai.Core.Model;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Web.Oversight;

public sealed class DashboardOnSqlite() : DashboardTests(postgres: null);

public sealed class DashboardOnPostgres() : DashboardTests(TestPostgres.ConnectionString), IOnPostgres;

/// <summary>The supervising office's dashboard API: SQL aggregates equal the generated reports' own figures, within its subtree only.</summary>
public abstract class DashboardTests(string? postgres) : IDisposable
{
    private readonly GongkaiFactory _app = new(new DateOnly(2025, 3, 1), postgres: postgres);

    public void Dispose()
    {
        _app.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Agencies 1 (district, gkb's), 2 and 3 under it (sample data), and a unit of another district.</summary>
    private (Dictionary<int, Report> Y2024, Dictionary<int, Report> Y2023, int Other) Seed()
    {
        var other = FiledSeed.Agency(_app, "另一区人民政府办公室", null);
        var y2024 = new Dictionary<int, Report>();
        var y2023 = new Dictionary<int, Report>();
        foreach (var (agency, i) in new[] { 1, 2, 3, other }.Select((a, i) => (a, i)))
        {
            y2024[agency] = FiledSeed.Generated(100 + i, $"单位{agency}", 2024);
            y2023[agency] = FiledSeed.Generated(200 + i, $"单位{agency}", 2023, i % 2 == 0 ? Gongkai.Core.Layout.TemplateId.V2019 : null);
            FiledSeed.Add(_app, agency, 2024, y2024[agency]);
            FiledSeed.Add(_app, agency, 2023, y2023[agency]);
        }
        return (y2024, y2023, other);
    }

    [DbFact]
    public async Task Applications_per_unit_and_year_equal_the_reports_own_new_applications_and_stop_at_the_subtree()
    {
        var (y2024, y2023, other) = Seed();
        var gkb = await _app.ApiAs("gkb");
        var rows = JsonNode.Parse(await gkb.GetStringAsync("/api/oversight/dashboard/applications"))!.AsArray();
        Assert.Equal(6, rows.Count);
        Assert.DoesNotContain(rows, r => (int)r!["agencyId"]! == other);
        foreach (var r in rows)
        {
            var year = (int)r!["year"]!;
            var report = (year == 2024 ? y2024 : y2023)[(int)r["agencyId"]!];
            Assert.Equal(FiledSeed.Total(report, "newReceived"), (decimal)r["newReceived"]!);
        }
    }

    [DbFact]
    public async Task Outcome_mix_sums_the_outcome_rows_of_either_template_by_category()
    {
        var (y2024, y2023, _) = Seed();
        var gkb = await _app.ApiAs("gkb");
        foreach (var (year, reports) in new[] { (2024, y2024), (2023, y2023) })
        {
            var mix = JsonNode.Parse(await gkb.GetStringAsync($"/api/oversight/dashboard/outcomes/{year}"))!;
            var cats = mix["categories"]!.AsArray().Select(c => (string)c!["key"]!).ToList();
            Assert.Contains("granted", cats);
            Assert.Contains("withheld", cats);
            Assert.Equal("applications.granted.total", (string?)mix["categories"]![0]!["cell"]);
            var units = mix["units"]!.AsArray();
            Assert.Equal(3, units.Count);
            foreach (var u in units)
            {
                var expected = FiledSeed.Outcomes(reports[(int)u!["agencyId"]!]);
                var values = u["values"]!.AsArray();
                for (var i = 0; i < cats.Count; i++)
                    Assert.Equal(expected.GetValueOrDefault(cats[i]), (decimal)values[i]!);
                Assert.True(expected.Values.Sum() > 0 || values.All(v => (decimal)v! == 0));
            }
        }
    }

    [DbFact]
    public async Task Correction_rate_is_corrected_over_concluded_for_reviews_and_suits()
    {
        var (y2024, _, _) = Seed();
        var gkb = await _app.ApiAs("gkb");
        var rows = JsonNode.Parse(await gkb.GetStringAsync("/api/oversight/dashboard/correction/2024"))!.AsArray();
        Assert.Equal(3, rows.Count);
        foreach (var r in rows)
        {
            var rl = y2024[(int)r!["agencyId"]!].ReviewLitigation;
            decimal C(string row, string f) => rl[row, f] ?? 0;
            var concluded = C("review", "upheld") + C("review", "corrected") + C("review", "other");
            Assert.Equal(concluded, (decimal)r["reviewConcluded"]!);
            Assert.Equal(C("review", "corrected"), (decimal)r["reviewCorrected"]!);
            Assert.Equal(concluded > 0 ? Math.Round(C("review", "corrected") / concluded, 4) : null, (decimal?)r["reviewRate"]);
            var suits = new[] { "litigationDirect", "litigationAfterReview" };
            Assert.Equal(suits.Sum(s => C(s, "corrected")), (decimal)r["suitCorrected"]!);
            Assert.Equal(suits.Sum(s => C(s, "upheld") + C(s, "corrected") + C(s, "other")), (decimal)r["suitConcluded"]!);
        }
    }

    [DbFact]
    public async Task Ranking_orders_units_by_applications_and_by_errors()
    {
        var a = FiledSeed.Agency(_app, "示范区甲街道", 1);
        var b = FiledSeed.Agency(_app, "示范区乙街道", 1);
        var c = FiledSeed.Agency(_app, "示范区丙街道", 1);
        Report With(int seed, string name, decimal received, int errors)
        {
            var r = FiledSeed.Generated(seed, name, 2024);
            r = r with { Applications = r.Applications.With(r.Applications.Layout.CellIndex("newReceived", "total"), received) };
            return r with { Findings = [.. Enumerable.Range(0, errors).Select(i => new Finding("table.sum", Severity.Error, "applications.total.total", $"错误{i}", 1, 2))] };
        }
        FiledSeed.Add(_app, a, 2024, With(1, "甲", 50, 0));
        FiledSeed.Add(_app, b, 2024, With(2, "乙", 900, 1));
        FiledSeed.Add(_app, c, 2024, With(3, "丙", 7, 4));
        var gkb = await _app.ApiAs("gkb");
        var byApps = JsonNode.Parse(await gkb.GetStringAsync("/api/oversight/dashboard/ranking/2024?by=applications"))!.AsArray();
        Assert.Equal([b, a, c], byApps.Select(r => (int)r!["agencyId"]!).ToArray());
        Assert.Equal([1, 2, 3], byApps.Select(r => (int)r!["rank"]!).ToArray());
        var byErrors = JsonNode.Parse(await gkb.GetStringAsync("/api/oversight/dashboard/ranking/2024?by=errors"))!.AsArray();
        Assert.Equal([c, b, a], byErrors.Select(r => (int)r!["agencyId"]!).ToArray());
        Assert.Equal([4, 1, 0], byErrors.Select(r => (int)r!["errors"]!).ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, (await gkb.GetAsync("/api/oversight/dashboard/ranking/2024?by=name")).StatusCode);
    }

    [DbFact]
    public async Task A_constructed_year_on_year_jump_and_an_all_zero_unit_among_busy_peers_are_shown_as_anomalies()
    {
        var units = Enumerable.Range(0, 4).Select(i => FiledSeed.Agency(_app, $"示范区{i}号单位", 1)).ToArray();
        Report With(int seed, decimal received, bool zero = false)
        {
            var r = FiledSeed.Generated(seed, "x", 2024);
            if (zero)
                return r with
                {
                    Applications = new SectionData(r.Applications.Layout, [.. r.Applications.Cells.Select(_ => (decimal?)0)]),
                    ReviewLitigation = new SectionData(r.ReviewLitigation.Layout, [.. r.ReviewLitigation.Cells.Select(_ => (decimal?)0)]),
                };
            return r with { Applications = r.Applications.With(r.Applications.Layout.CellIndex("newReceived", "total"), received) };
        }
        // units[0] jumps from 10 to 200; units[1], [2] steady and busy; units[3] reports nothing at all.
        FiledSeed.Add(_app, units[0], 2023, With(1, 10));
        FiledSeed.Add(_app, units[0], 2024, With(2, 200));
        FiledSeed.Add(_app, units[1], 2023, With(3, 40));
        FiledSeed.Add(_app, units[1], 2024, With(4, 45));
        FiledSeed.Add(_app, units[2], 2024, With(5, 30));
        FiledSeed.Add(_app, units[3], 2024, With(6, 0, zero: true));
        var gkb = await _app.ApiAs("gkb");
        var list = JsonNode.Parse(await gkb.GetStringAsync("/api/oversight/dashboard/anomalies/2024"))!.AsArray();
        var jump = Assert.Single(list, a => (string?)a!["kind"] == "jump");
        Assert.Equal(units[0], (int)jump!["agencyId"]!);
        Assert.Equal(10m, (decimal)jump["previous"]!);
        Assert.Equal(200m, (decimal)jump["current"]!);
        var zeros = Assert.Single(list, a => (string?)a!["kind"] == "zeros");
        Assert.Equal(units[3], (int)zeros!["agencyId"]!);
    }

    [DbFact]
    public async Task Dashboard_anomalies_are_Core_anomalies_on_the_same_reports_all_zero_and_blank_ones_included()
    {
        var names = new[] { "跳增单位", "平稳甲", "平稳乙", "全零单位", "空白单位", "收结为零而有结果的单位" };
        var units = names.Select(n => FiledSeed.Agency(_app, n, 1)).ToArray();
        Report Received(int seed, string name, int year, decimal received)
        {
            var r = FiledSeed.Generated(seed, name, year);
            return r with { Applications = r.Applications.With(r.Applications.Layout.CellIndex("newReceived", "total"), received) };
        }
        Report Filled(int seed, string name, decimal? value)
        {
            var r = FiledSeed.Generated(seed, name, 2024);
            return r with
            {
                Applications = new SectionData(r.Applications.Layout, [.. r.Applications.Cells.Select(_ => value)]),
                ReviewLitigation = new SectionData(r.ReviewLitigation.Layout, [.. r.ReviewLitigation.Cells.Select(_ => value)]),
            };
        }
        var zero = Filled(6, names[3], 0);
        var blank = Filled(7, names[4], null);
        // New applications, carried forward and every total of 四 are zero, yet 3 applications were granted: not "all zeros".
        var granted = Filled(8, names[5], 0);
        granted = granted with { Applications = granted.Applications.With(granted.Applications.Layout.CellIndex("granted", "total"), 3) };
        var reports = new List<Gongkai.Core.Oversight.UnitYear>
        {
            new($"{units[0]}", names[0], 2023, Received(1, names[0], 2023, 10)),
            new($"{units[0]}", names[0], 2024, Received(2, names[0], 2024, 200)),
            new($"{units[1]}", names[1], 2023, Received(3, names[1], 2023, 40)),
            new($"{units[1]}", names[1], 2024, Received(4, names[1], 2024, 45)),
            new($"{units[2]}", names[2], 2024, Received(5, names[2], 2024, 30)),
            new($"{units[3]}", names[3], 2024, zero),
            new($"{units[4]}", names[4], 2024, blank),
            new($"{units[5]}", names[5], 2024, granted),
        };
        foreach (var u in reports) FiledSeed.Add(_app, int.Parse(u.UnitId, System.Globalization.CultureInfo.InvariantCulture), u.Year, u.Report);

        var core = Gongkai.Core.Oversight.Anomalies.Find(reports, Gongkai.Core.Oversight.AnomalyOptions.Default with { CorrectionRate = false })
            .Where(a => a.Year == 2024)
            .Select(a => (Kind: a.Kind == Gongkai.Core.Oversight.AnomalyKind.YearOnYearJump ? "jump" : "zeros", Agency: int.Parse(a.UnitId, System.Globalization.CultureInfo.InvariantCulture),
                Previous: a.Reference, a.Message))
            .OrderBy(a => a.Kind).ThenBy(a => a.Agency).ToList();
        var gkb = await _app.ApiAs("gkb");
        var web = JsonNode.Parse(await gkb.GetStringAsync("/api/oversight/dashboard/anomalies/2024"))!.AsArray()
            .Select(a => (Kind: (string)a!["kind"]!, Agency: (int)a["agencyId"]!, Previous: (decimal?)a["previous"], Message: (string)a["message"]!))
            .OrderBy(a => a.Kind).ThenBy(a => a.Agency).ToList();

        // What Core decides on these reports: the jump, the all-zero and the all-blank unit, each against the median of
        // its peers that state the figure (0, 30, 45, 200 → 37.5 for the zero unit; 0, 0, 30, 45, 200 → 30 for the blank one).
        Assert.Equal([("jump", units[0]), ("zeros", units[3]), ("zeros", units[4])], core.Select(a => (a.Kind, a.Agency)).ToArray());
        Assert.Equal(37.5m, core[1].Previous);
        Assert.Equal(30m, core[2].Previous);
        Assert.Equal(core, web);
    }

    [DbFact]
    public async Task A_supervisor_of_a_unit_sees_that_unit_alone_and_unit_roles_are_refused()
    {
        Seed();
        // A supervisor at agency 2 (教育局) sees only agency 2.
        using (var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(_app.Services))
        {
            var users = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                .GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Gongkai.Web.Data.AppUser>>(scope.ServiceProvider);
            var u = new Gongkai.Web.Data.AppUser { UserName = "edu-gkb", DisplayName = "教育局公开办", AgencyId = 2 };
            Assert.True((await users.CreateAsync(u, GongkaiFactory.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(u, Gongkai.Web.Data.Roles.Supervisor)).Succeeded);
        }
        var edu = await _app.ApiAs("edu-gkb");
        var rows = JsonNode.Parse(await edu.GetStringAsync("/api/oversight/dashboard/applications"))!.AsArray();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(2, (int)r!["agencyId"]!));
        var clerk = await _app.ApiAs("clerk");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/api/oversight/dashboard/applications")).StatusCode);
        var anonymous = _app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/oversight/dashboard/ranking/2024")).StatusCode);
    }

    [DbFact]
    public async Task Unit_lists_keep_the_first_units_of_their_order_and_say_how_many_there_are_in_all()
    {
        var units = Enumerable.Range(0, 6).Select(i => FiledSeed.Agency(_app, $"限额区{i}号单位", 1)).ToArray();
        for (var i = 0; i < units.Length; i++)
        {
            var r = FiledSeed.Generated(700 + i, "x", 2024);
            FiledSeed.Add(_app, units[i], 2024, r with { Applications = r.Applications.With(r.Applications.Layout.CellIndex("newReceived", "total"), 1000 + i) });
        }
        var gkb = await _app.ApiAs("gkb");
        foreach (var path in new[] { "ranking/2024", "applications?from=2024", "correction/2024", "outcomes/2024" })
        {
            var response = await gkb.GetAsync($"/api/oversight/dashboard/{path}{(path.Contains('?') ? '&' : '?')}limit=2");
            response.EnsureSuccessStatusCode();
            Assert.Equal(units.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(response.Headers.GetValues("X-Total-Count")));
            var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            var items = (json as JsonArray ?? json["units"]!.AsArray()).Select(r => (int)r!["agencyId"]!).Distinct().ToArray();
            Assert.Equal(2, items.Length);
            // Ranking, applications and outcomes keep the busiest units: the two with 1005 and 1004.
            if (!path.StartsWith("correction", StringComparison.Ordinal)) Assert.Equal(new[] { units[4], units[5] }, items.Order().ToArray());
        }
        var all = JsonNode.Parse(await gkb.GetStringAsync("/api/oversight/dashboard/ranking/2024?limit=100000"))!.AsArray();
        Assert.Equal(units.Length, all.Count);
    }

    [DbFact]
    public async Task A_cycle_in_the_agency_tree_is_refused_by_PostgreSQL_and_ends_SQLites_subtree_walk_instead_of_hanging()
    {
        var a = FiledSeed.Agency(_app, "循环甲", 1);
        var b = FiledSeed.Agency(_app, "循环乙", a);
        FiledSeed.Add(_app, b, 2024, FiledSeed.Generated(801, "循环乙", 2024));
        // Bad data: 甲's parent becomes 乙, its own child. PostgreSQL's agency tree refuses it outright.
        var made = Record.Exception(() => _app.With(db => db.Agencies.Where(x => x.Id == a).ExecuteUpdate(x => x.SetProperty(y => y.ParentId, b))));
        if (postgres is not null)
        {
            Assert.Equal("23514", Assert.IsType<Npgsql.PostgresException>(made).SqlState);
            return;
        }
        Assert.Null(made);
        var gkb = await _app.ApiAs("gkb");
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var response = await gkb.GetAsync("/api/oversight/dashboard/ranking/2024", cts.Token);
        response.EnsureSuccessStatusCode();
        using (var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(_app.Services))
        {
            var db = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Gongkai.Web.Data.GongkaiDb>(scope.ServiceProvider);
            var sum = await new Gongkai.Web.Features.Oversight.SubtreeRollUp(db).SumAsync(a, 2024, ct: cts.Token);
            Assert.Equal(1, sum.Units);
        }
    }
}
