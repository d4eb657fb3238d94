using Gongkai.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Cases;

/// <summary>
/// The desk's raw SQL, all of it: PostgreSQL advisory locks that serialise what must be taken one at a time across
/// application servers. On SQLite each is a no-op — the write transaction (BEGIN IMMEDIATE) already holds the one lock.
/// Each is taken inside the caller's transaction (<c>_xact_</c>) and released by its commit or rollback.
/// </summary>
internal static class DeskSql
{
    private const int NumberLock = 0x474b; // "GK"
    private const int NoticeLock = 0x474e; // "GN"
    private const int DigestLock = 7461003;

    /// <summary>The agency's running case numbers: registrations of one agency wait for each other.</summary>
    public static async Task LockCaseNumbersAsync(GongkaiDb db, int agencyId, CancellationToken ct)
    {
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({NumberLock}, {agencyId})", ct);
    }

    /// <summary>The agency's running notice numbers: issuers of one agency wait for each other.</summary>
    public static async Task LockNoticeNumbersAsync(GongkaiDb db, int agencyId, CancellationToken ct)
    {
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({NoticeLock}, {agencyId})", ct);
    }

    /// <summary>The day's digests: a second server waits for the first, then finds the day done.</summary>
    public static async Task LockDigestsAsync(GongkaiDb db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({DigestLock})", ct);
    }
}
