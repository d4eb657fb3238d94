using System.Text.Json;
using System.Text.Json.Nodes;
using Gongkai.Core.Json;
using Gongkai.Core.Model;
using Gongkai.Ingest;

namespace Gongkai.Tests.Ingest;

/// <summary>
/// The five real reports in ../shared/seeds. The expectations in SeedExpectations/*.json were checked by hand,
/// cell by cell, against the tables printed in each seed (and the identities re-added by hand for the damaged rows).
/// </summary>
public class SeedTests
{
    public static TheoryData<string> Seeds => new() { "000", "001", "002", "003", "004" };

    private static Report ReadSeed(string n)
    {
        var result = ReportReader.ReadFile(SharedFiles.Seed(n));
        Assert.True(result.Ok, result.Error);
        return Assert.Single(result.Reports);
    }

    private static JsonObject Expected(string n) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(SharedFiles.RepoRoot, "tests", "Gongkai.Tests", "Ingest", "SeedExpectations", n + ".json")))!.AsObject();

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_reads_to_exactly_the_printed_numbers_and_metadata(string n)
    {
        var report = ReadSeed(n);
        var actual = JsonNode.Parse(ReportJson.Serialize(report))!.AsObject();
        var expected = Expected(n);
        foreach (var key in new[] { "format", "year", "agency", "published" })
            Assert.True(JsonNode.DeepEquals(expected[key], actual[key]), $"{key}: expected {expected[key]?.ToJsonString()}, got {actual[key]?.ToJsonString()}");
        foreach (var section in new[] { "proactive", "applications", "reviewLitigation" })
            foreach (var (row, cells) in expected[section]!.AsObject())
                foreach (var (field, value) in cells!.AsObject())
                {
                    var got = actual[section]![row]![field];
                    Assert.True(JsonNode.DeepEquals(value, got), $"seed {n} {section}.{row}.{field}: expected {value}, got {got}");
                }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_findings_are_exactly_the_expected_rules_and_places(string n)
    {
        var report = ReadSeed(n);
        var expected = Expected(n)["findings"]!.AsArray()
            .Select(f => $"{f!["severity"]} {f["rule"]} {f["where"]}").Order().ToList();
        var actual = report.Findings.Select(f => $"{f.SeverityCode} {f.Rule} {f.Where}").Order().ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Seed_000_receives_one_application_and_accounts_for_none()
    {
        var report = ReadSeed("000");
        var balance = report.Findings.Where(f => f.Rule == "identity.balance").ToList();
        Assert.Equal(2, balance.Count);
        Assert.All(balance, f =>
        {
            Assert.Equal(Severity.Error, f.Severity);
            Assert.Equal(0m, f.Expected);
            Assert.Equal(1m, f.Actual);
            Assert.Contains("第一项加第二项之和为1，第三项加第四项之和为0，相差1", f.Message);
        });
        Assert.Contains(balance, f => f.Where == "applications.newReceived+carriedOver=total+carriedForward.naturalPerson");
        Assert.Contains(balance, f => f.Where == "applications.newReceived+carriedOver=total+carriedForward.total");
        Assert.True(report.HasErrors);
    }

    [Fact]
    public void Seed_002_narrative_lists_parts_summing_to_204_not_215()
    {
        var report = ReadSeed("002");
        var f = Assert.Single(report.Findings, f => f.Rule == "narrative.parts-sum");
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(215m, f.Expected);
        Assert.Equal(204m, f.Actual);
        Assert.Equal("narrative.overview", f.Where);
        Assert.Contains("主动公开政府信息215条", f.Message);
        Assert.Contains("相差11", f.Message);
    }

    [Fact]
    public void Seed_002_drops_the_extra_cell_of_section_four()
    {
        var report = ReadSeed("002");
        Assert.Contains(report.Findings, f => f.Rule == "read.extra-cell-dropped" && f.Where == "reviewLitigation");
        Assert.All(report.ReviewLitigation.Cells, c => Assert.Equal(0m, c));
    }

    [Theory]
    [InlineData("001")]
    [InlineData("003")]
    [InlineData("004")]
    public void Seed_is_clean_apart_from_reading_notices(string n)
    {
        var report = ReadSeed(n);
        Assert.DoesNotContain(report.Findings, f => f.Severity != Severity.Info);
        Assert.All(report.Findings, f => Assert.StartsWith("read.", f.Rule));
    }

    [Fact]
    public void Seed_003_recovers_the_two_short_rows_from_the_identities()
    {
        var report = ReadSeed("003");
        var a = report.Applications;
        Assert.Equal([0m, 0m, 0m, 0m, 0m, 0m, 0m], RowValues(a, "withheld.stateSecret"));
        Assert.Equal([5m, 0m, 0m, 0m, 0m, 0m, 5m], RowValues(a, "withheld.prohibitedByLaw"));
        var recovered = report.Findings.Where(f => f.Rule == "read.cell-recovered").Select(f => f.Where).Order();
        Assert.Equal(["applications.withheld.prohibitedByLaw", "applications.withheld.stateSecret"], recovered);
    }

    [Fact]
    public void Seed_004_splits_20_and_6_into_206()
    {
        var report = ReadSeed("004");
        Assert.Equal(206m, report.Applications["newReceived", "naturalPerson"]);
        Assert.Equal(235m, report.Applications["newReceived", "total"]);
        var joined = Assert.Single(report.Findings, f => f.Where == "applications.newReceived.naturalPerson");
        Assert.Equal("read.number-joined", joined.Rule);
        Assert.Contains("20/6", joined.Message);
    }

    [Fact]
    public void Seed_001_converts_wan_without_yuan_and_ignores_glued_units()
    {
        var report = ReadSeed("001");
        Assert.Equal(11m, report.Proactive["procurement", "projects"]);
        Assert.Equal(3522.436287m, report.Proactive["procurement", "amountWan"]);
    }

    private static decimal?[] RowValues(SectionData s, string row)
    {
        var r = s.Layout.Row(row)!;
        return [.. s.Cells.Skip(r.Offset).Take(r.Fields.Length)];
    }
}
