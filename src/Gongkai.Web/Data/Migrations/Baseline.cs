using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gongkai.Web.Data.Migrations;

/// <summary>
/// Databases made before migrations (by EnsureCreated, up to the release of stop 12) have this release's first
/// migration, <c>Baseline</c>, in them already, without the history table that says so. Adopting one writes that
/// history row, so that the migrations after the baseline apply to it like to any other.
/// </summary>
public static class Baseline
{
    /// <summary>The suffix of the first migration of both sets: the schema of stop 12, exactly.</summary>
    public const string Name = "Baseline";

    public static async Task AdoptAsync(GongkaiDb db, CancellationToken ct = default)
    {
        var postgres = db.Database.IsNpgsql();
        // A database not made yet is made by the migrations themselves.
        if (!await db.GetService<Microsoft.EntityFrameworkCore.Storage.IRelationalDatabaseCreator>().ExistsAsync(ct)) return;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (postgres) await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7461002)", ct);
            if (!await TableExistsAsync(db, "Agencies", ct) || await TableExistsAsync(db, HistoryRepository.DefaultTableName, ct))
                return;
            var history = db.GetService<IHistoryRepository>();
            var id = db.GetService<IMigrationsAssembly>().Migrations.Keys.First(k => k.EndsWith("_" + Name, StringComparison.Ordinal));
            await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), ct);
            await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(id, ProductInfo.GetVersion())), ct);
            await tx.CommitAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<bool> TableExistsAsync(GongkaiDb db, string table, CancellationToken ct) =>
        db.Database.IsNpgsql()
            ? await db.Database.SqlQuery<bool>($"""SELECT to_regclass({'"' + table + '"'}) IS NOT NULL AS "Value" """).SingleAsync(ct)
            : await db.Database.SqlQuery<int>($"SELECT count(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {table}").SingleAsync(ct) > 0;
}
