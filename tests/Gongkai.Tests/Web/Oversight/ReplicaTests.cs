using System.Text.Json.Nodes;
using Gongkai.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Gongkai.Tests.Web.Oversight;

/// <summary>
/// ConnectionStrings:GongkaiRead sends the portal's and the dashboard's reads to a replica. The "replica" here is a copy
/// of the primary taken at one moment (CREATE DATABASE … TEMPLATE) and opened read-only as a hot standby is: what the
/// portal shows is the copy's, a filing made after it is not there until the next copy, and nothing can write to it.
/// </summary>
public sealed class ReplicaOnPostgres : IOnPostgres, IDisposable
{
    private readonly string _replica = $"gongkai_test_replica_{Guid.NewGuid():N}";
    private readonly GongkaiFactory _app;

    public ReplicaOnPostgres()
    {
        // Connecting to a database just copied from a template waited past Npgsql's 15 s default once in a whole run at
        // load 40 (passed alone 2 of 2): the test is about what the replica refuses, not how fast it answers.
        var read = new NpgsqlConnectionStringBuilder(TestPostgres.ConnectionString)
        {
            Database = _replica, Options = "-c default_transaction_read_only=on", Timeout = 60, CommandTimeout = 60,
        };
        _app = new GongkaiFactory(new DateOnly(2025, 3, 1), postgres: TestPostgres.ConnectionString,
            settings: new Dictionary<string, string?> { ["ConnectionStrings:GongkaiRead"] = read.ConnectionString });
    }

    public void Dispose()
    {
        _app.Dispose();
        Admin($"DROP DATABASE IF EXISTS \"{_replica}\" WITH (FORCE)");
    }

    private static void Admin(string sql)
    {
        var b = new NpgsqlConnectionStringBuilder(TestPostgres.ConnectionString) { Database = "postgres", Pooling = false, Timeout = 60, CommandTimeout = 120 };
        using var c = new NpgsqlConnection(b.ConnectionString);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }

    /// <summary>Copies the primary into the replica database (no session may be connected to the primary meanwhile).</summary>
    private void Replicate()
    {
        var primary = _app.With(db => new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()).Database!);
        Admin($"DROP DATABASE IF EXISTS \"{_replica}\" WITH (FORCE)");
        for (var attempt = 1; ; attempt++)
        {
            NpgsqlConnection.ClearAllPools();
            try
            {
                Admin($"CREATE DATABASE \"{_replica}\" TEMPLATE \"{primary}\"");
                return;
            }
            catch (PostgresException e) when (e.SqlState == "55006" && attempt < 20) // source database is being accessed
            {
                Thread.Sleep(250);
            }
        }
    }

    private static async Task<int[]> Hits(HttpClient client) =>
        [.. JsonNode.Parse(await client.GetStringAsync("/api/open/reports?year=2024"))!["items"]!.AsArray().Select(i => (int)i!["agencyId"]!).Order()];

    [DbFact]
    public async Task The_portal_and_the_dashboard_read_the_replica_and_the_registry_reads_the_primary()
    {
        FiledSeed.Add(_app, 2, 2024, FiledSeed.Generated(1, "示范区教育局", 2024));
        Replicate();
        FiledSeed.Add(_app, 3, 2024, FiledSeed.Generated(2, "示范区住房和城乡建设局", 2024));

        var anonymous = _app.CreateClient();
        var before = await Hits(anonymous);
        Assert.Equal(new[] { 2 }, before);
        var gkb = await _app.ApiAs("gkb");
        var ranking = JsonNode.Parse(await gkb.GetStringAsync("/api/oversight/dashboard/ranking/2024"))!.AsArray();
        Assert.Equal([2], ranking.Select(r => (int)r!["agencyId"]!).ToArray());
        // The roll-up a supervisor checks right after a filing reads the primary: both units are in it.
        var rollUp = JsonNode.Parse(await gkb.GetStringAsync("/api/oversight/rollup/2024"))!;
        Assert.Equal(2, (int)rollUp["unitCount"]!);

        // The next copy brings the later filing.
        Replicate();
        var after = await Hits(anonymous);
        Assert.Equal(new[] { 2, 3 }, after);
    }

    [DbFact]
    public void Nothing_can_be_written_through_the_replica()
    {
        Replicate();
        using var scope = _app.Services.CreateScope();
        var replica = scope.ServiceProvider.GetRequiredService<Replica>();
        Assert.NotSame(scope.ServiceProvider.GetRequiredService<GongkaiDb>(), replica.Db);
        replica.Db.Agencies.Add(new Agency { Name = "不应写入的机关" });
        var e = Assert.ThrowsAny<DbUpdateException>(() => replica.Db.SaveChanges());
        Assert.Contains("read-only", e.InnerException?.Message ?? e.Message, StringComparison.Ordinal);
    }
}
