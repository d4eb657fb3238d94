using Gongkai.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Public;

/// <summary>
/// The portal's raw SQL: the outbox sender's session advisory lock on PostgreSQL, so that of several application
/// servers one sends at a time (SQLite has one server and needs none). Held on the context's open connection.
/// </summary>
internal static class PublicSql
{
    private const long OutboxLock = 7461004;

    /// <summary>True when this server now holds the outbox (always on SQLite).</summary>
    public static async Task<bool> TryLockOutboxAsync(GongkaiDb db, CancellationToken ct) =>
        !db.Database.IsNpgsql() || await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_lock({OutboxLock}) AS \"Value\"").SingleAsync(ct);

    public static async Task UnlockOutboxAsync(GongkaiDb db)
    {
        if (db.Database.IsNpgsql()) await db.Database.SqlQuery<bool>($"SELECT pg_advisory_unlock({OutboxLock}) AS \"Value\"").SingleAsync(CancellationToken.None);
    }
}
