using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class Database
{
    /// <summary>Configures the context from "Database:Provider" (sqlite, the default, or postgres) and "ConnectionStrings:Gongkai".</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, IConfiguration config)
    {
        var provider = ProviderOf(config);
        var connection = config.GetConnectionString("Gongkai");
        if (provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connection))
                throw new InvalidOperationException("Database:Provider 为 postgres 时必须设置 ConnectionStrings:Gongkai");
            options.UseNpgsql(connection);
        }
        else
        {
            options.UseSqlite(string.IsNullOrWhiteSpace(connection) ? "Data Source=gongkai.db" : connection);
            options.AddInterceptors(SqliteSynchronousNormal.Instance);
        }
        return options;
    }

    public static DatabaseProvider ProviderOf(IConfiguration config) =>
        (config["Database:Provider"] ?? "sqlite").Trim().ToLowerInvariant() switch
        {
            "sqlite" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
            var other => throw new InvalidOperationException($"Database:Provider “{other}” 不受支持：请用 sqlite 或 postgres"),
        };

    /// <summary>
    /// Creates the schema when the database is new, and the triggers that make the audit log append-only in the
    /// database itself, so that not even a bug in this program can rewrite history; on PostgreSQL, the agency
    /// closure table and the roll-up partials when missing (<see cref="Oversight.AgencyTree"/>, <see cref="Oversight.RollUpPartials"/>).
    /// </summary>
    public static async Task CreateAsync(GongkaiDb db, CancellationToken ct = default)
    {
        if (await db.Database.EnsureCreatedAsync(ct)) await CreateTriggersAsync(db, ct);
        await Oversight.AgencyTree.EnsureAsync(db, ct);
        await Oversight.RollUpPartials.EnsureAsync(db, ct);
    }

    /// <summary>
    /// On PostgreSQL, runs <paramref name="sql"/> (a table with its triggers and first fill) unless
    /// <paramref name="table"/> exists: the objects EnsureCreated does not make, added to a database made before them.
    /// One transaction under an advisory lock, so of several processes starting at once one creates and the others
    /// wait and find the table.
    /// </summary>
    internal static async Task CreateOnceAsync(GongkaiDb db, string table, string sql, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql()) return;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7461001)", ct);
        var exists = await db.Database.SqlQuery<bool>($"""SELECT to_regclass({'"' + table + '"'}) IS NOT NULL AS "Value" """).SingleAsync(ct);
        if (!exists) await db.Database.ExecuteSqlRawAsync(sql, ct);
        await tx.CommitAsync(ct);
    }

    private static async Task CreateTriggersAsync(GongkaiDb db, CancellationToken ct)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("""
                CREATE TRIGGER audit_no_update BEFORE UPDATE ON Audit BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
                CREATE TRIGGER audit_no_delete BEFORE DELETE ON Audit BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
                PRAGMA journal_mode = WAL;
                """, ct);
        }
        else if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("""
                CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'audit log is append-only'; END $$;
                CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON "Audit" FOR EACH ROW EXECUTE FUNCTION audit_append_only();
                """, ct);
        }
    }
}

/// <summary>
/// In WAL mode, synchronous=NORMAL syncs at checkpoints instead of at every commit: a committed transaction survives
/// the process being killed (it is in the WAL, in the operating system's cache), and the database stays consistent
/// after a power cut, which may lose only the last commits. Every commit waiting for the disk capped registrations
/// at the disk's fsync rate.
/// </summary>
internal sealed class SqliteSynchronousNormal : Microsoft.EntityFrameworkCore.Diagnostics.DbConnectionInterceptor
{
    public static readonly SqliteSynchronousNormal Instance = new();

    public override void ConnectionOpened(System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(System.Data.Common.DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous = NORMAL";
        command.ExecuteNonQuery();
    }
}
