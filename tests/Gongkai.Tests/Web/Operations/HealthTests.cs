using System.Net;
using System.Text.Json.Nodes;

namespace Gongkai.Tests.Web.Operations;

public sealed class HealthOnSqlite() : HealthTests(postgres: null);

public sealed class HealthOnPostgres() : HealthTests(TestPostgres.ConnectionString), IOnPostgres;

/// <summary>/health/live and /health/ready for a load balancer: anonymous, and ready only on this release's schema.</summary>
public abstract class HealthTests(string? postgres) : IDisposable
{
    private readonly GongkaiFactory _app = new(new DateOnly(2026, 3, 2), postgres: postgres);

    public void Dispose()
    {
        _app.Dispose();
        GC.SuppressFinalize(this);
    }

    [DbFact]
    public async Task Live_and_ready_answer_anonymously_when_the_database_is_current()
    {
        var client = _app.CreateClient();
        foreach (var path in new[] { "/health/live", "/health/ready" })
        {
            var r = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Equal("Healthy", JsonNode.Parse(await r.Content.ReadAsStringAsync())!["status"]!.ToString());
        }
    }

    [DbFact]
    public async Task Ready_fails_in_Chinese_when_a_migration_is_missing_while_live_still_answers()
    {
        var client = _app.CreateClient();
        _app.With(db => Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRaw(db.Database,
            """DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = (SELECT max("MigrationId") FROM "__EFMigrationsHistory")"""));

        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var body = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;
        Assert.Equal("Unhealthy", body["status"]!.ToString());
        Assert.Contains("待应用迁移", body["checks"]![0]!["description"]!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }
}
