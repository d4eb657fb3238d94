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
        options.AddInterceptors(AuditInterceptor.Instance);
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
        return options.ReplaceService<Microsoft.EntityFrameworkCore.Migrations.IMigrationsAssembly, Migrations.ProviderMigrations>();
    }

    public static DatabaseProvider ProviderOf(IConfiguration config) =>
        (config["Database:Provider"] ?? "sqlite").Trim().ToLowerInvariant() switch
        {
            "sqlite" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
            var other => throw new InvalidOperationException($"Database:Provider “{other}” 不受支持：请用 sqlite 或 postgres"),
        };

    /// <summary>
    /// Brings the database to this release's schema: the migrations of its provider (Data/Migrations/Sqlite or
    /// /Postgres) not yet applied, in order; a database made by a release before migrations (by EnsureCreated, up to
    /// stop 12) is first adopted as the baseline. On SQLite, WAL mode (kept in the file, but not settable inside the
    /// migrations' transaction). Several servers starting at once: EF Core takes a database lock around the
    /// migrations, and the adoption runs under an advisory lock of its own on PostgreSQL.
    /// </summary>
    public static async Task MigrateAsync(GongkaiDb db, CancellationToken ct = default)
    {
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await Migrations.Baseline.AdoptAsync(db, ct);
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL", ct);
    }

    /// <summary>The migrations of this release not yet applied to the database (empty when it is up to date).</summary>
    public static async Task<IReadOnlyList<string>> PendingMigrationsAsync(GongkaiDb db, CancellationToken ct = default) =>
        (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
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
