using System.Collections.Concurrent;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Admin;
using Gongkai.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;

namespace Gongkai.Web.Infrastructure.Caching;

/// <summary>
/// The desk's read views (a case, the open list, the desk lists, a year's computed report) cached per agency and
/// invalidated by version: every committed write bumps the version of the agency it touched, and a cached view is
/// only found under the version it was read at. Reads are many and writes few at a disclosure office, and each of
/// these views costs several queries, so this is where the desk's throughput comes from.
/// </summary>
/// <remarks>
/// The versions are kept by <see cref="ICacheVersions"/>: in this process for one server, or in the database
/// (<see cref="SharedCacheVersions"/>, PostgreSQL) when several application servers share it, so that a write on one
/// is seen by the very next read on any other.
/// A version is bumped only after the transaction commits, so a view read before the commit can never be filed under
/// the new version; a view read in between is filed under the old one and is simply never asked for again.
/// </remarks>
public sealed class ReadCache(IMemoryCache? cache = null, ICacheVersions? versions = null)
{
    private readonly IMemoryCache? _cache = cache;
    private readonly ICacheVersions _versions = versions ?? new LocalCacheVersions();
    private long _globalSeen = -1; // none read yet

    public bool Enabled => _cache is not null;

    /// <summary>
    /// Raised when a read finds that something not tied to one agency changed (the calendar, users), here or on
    /// another server: holders of such state (<see cref="CalendarProvider"/>) reload it.
    /// </summary>
    public event Action? GlobalChanged;

    /// <summary>A stamp that changes whenever anything the agency's views read may have changed.</summary>
    public async ValueTask<(long Global, long Agency)> StampAsync(int agencyId, CancellationToken ct = default)
    {
        var stamp = await _versions.ReadAsync(agencyId, ct);
        var seen = Interlocked.Read(ref _globalSeen);
        if (stamp.Global != seen && Interlocked.CompareExchange(ref _globalSeen, stamp.Global, seen) == seen && seen >= 0)
            GlobalChanged?.Invoke();
        return stamp;
    }

    public async Task<T> GetOrAddAsync<T>(int agencyId, string view, object? args, Func<Task<T>> read) where T : class
    {
        if (_cache is null) return await read();
        var key = (agencyId, view, args, await StampAsync(agencyId));
        if (_cache.TryGetValue(key, out T? hit) && hit is not null) return hit;
        var value = await read();
        _cache.Set(key, value, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
        return value;
    }

    /// <summary>Invalidates the views of <paramref name="agencies"/>, or of every agency when <paramref name="all"/>.</summary>
    public void Bump(IReadOnlyCollection<int> agencies, bool all = false)
    {
        if (agencies.Count == 0 && !all) return;
        _versions.Bump(agencies, all);
        if (all) GlobalChanged?.Invoke();
    }

    /// <summary>Invalidates every agency's views: the calendar, users or anything not tied to one agency changed.</summary>
    public void BumpAll() => Bump([], all: true);

    /// <summary>Which agencies a set of pending changes touches; null for "cannot tell", which invalidates everything.</summary>
    internal static HashSet<int>? AgenciesOf(IEnumerable<EntityEntry> changes)
    {
        var result = new HashSet<int>();
        var cases = changes.Select(e => e.Context).FirstOrDefault()?.ChangeTracker.Entries<Case>()
            .GroupBy(e => e.Entity.Id).ToDictionary(g => g.Key, g => g.First().Entity.AgencyId) ?? [];
        foreach (var e in changes)
        {
            int? agency = e.Entity switch
            {
                IAgencyOwned x => x.AgencyId,
                ICaseRecord x => cases.TryGetValue(x.CaseId, out var a) ? a : (x as Challenge)?.Case?.AgencyId,
                // Not shown in any agency's views.
                AuditEntry or ReportFile or SignInFailure => -1,
                // Sign-ins touch no agency's views; an ended session is seen through the sessions' own scope.
                UserSession => e.State == EntityState.Added ? -1 : Gongkai.Web.Features.Account.Sessions.Scope,
                _ => null,
            };
            if (agency is null) return null;
            if (agency != -1) result.Add(agency.Value);
        }
        return result;
    }
}

/// <summary>
/// Records which agencies a save touches, and bumps their versions once the change is committed: at once for a save
/// outside a transaction, at commit for one inside (and forgets them on rollback).
/// </summary>
public sealed class ReadCacheInvalidation(ReadCache cache) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    // Kept here, beside the context, so the data layer knows nothing of the cache (issue 16).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, PendingInvalidation> Pending = new();

    private static PendingInvalidation PendingOf(DbContext context) => Pending.GetValue(context, _ => new PendingInvalidation());

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context?.Database.CurrentTransaction is null) Flush(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null) Flush(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) => Flush(eventData.Context);

    public Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Flush(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) => Discard(eventData.Context);

    public Task TransactionRolledBackAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    private static void Record(DbContext? context)
    {
        if (context is not GongkaiDb db) return;
        var changes = db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        PendingOf(db).Record(ReadCache.AgenciesOf(changes));
    }

    private void Flush(DbContext? context)
    {
        if (context is GongkaiDb db) PendingOf(db).Flush(cache);
    }

    private static void Discard(DbContext? context)
    {
        if (context is GongkaiDb db) PendingOf(db).Clear();
    }
}

/// <summary>The agencies a context's uncommitted saves touched.</summary>
public sealed class PendingInvalidation
{
    private readonly HashSet<int> _agencies = [];
    private bool _all;

    public void Record(HashSet<int>? agencies)
    {
        if (agencies is null) _all = true;
        else _agencies.UnionWith(agencies);
    }

    public void Flush(ReadCache cache)
    {
        cache.Bump(_agencies.ToArray(), _all);
        Clear();
    }

    public void Clear()
    {
        _agencies.Clear();
        _all = false;
    }
}

/// <summary>Where the cache's versions live: a global one and one per agency.</summary>
public interface ICacheVersions
{
    ValueTask<(long Global, long Agency)> ReadAsync(int agencyId, CancellationToken ct = default);

    /// <summary>Called after a commit; <paramref name="all"/> bumps the global version.</summary>
    void Bump(IReadOnlyCollection<int> agencies, bool all);
}

/// <summary>The versions of one server's process (SQLite, or a single server on PostgreSQL).</summary>
public sealed class LocalCacheVersions : ICacheVersions
{
    private readonly ConcurrentDictionary<int, long> _agencies = new();
    private long _global;

    public ValueTask<(long Global, long Agency)> ReadAsync(int agencyId, CancellationToken ct = default) =>
        ValueTask.FromResult((Interlocked.Read(ref _global), _agencies.GetValueOrDefault(agencyId)));

    public void Bump(IReadOnlyCollection<int> agencies, bool all)
    {
        if (all) Interlocked.Increment(ref _global);
        foreach (var a in agencies) _agencies.AddOrUpdate(a, 1, (_, v) => v + 1);
    }
}

/// <summary>
/// The versions in PostgreSQL's table CacheVersions (scope 0 the global one, otherwise the agency's id), shared by
/// every application server: a write bumps them right after its commit, before its response leaves, and every cached
/// read asks for its two rows (one primary-key probe), so the very next read on any server sees the write. (A
/// LISTEN/NOTIFY push alone would leave a window in which another server has not yet heard of the commit and serves
/// the old view; the read closes it at the cost of one small query per cached view.)
/// </summary>
public sealed class SharedCacheVersions(string connectionString, ILogger<SharedCacheVersions> log) : ICacheVersions
{
    // Connections from Npgsql's shared pool of this connection string (the one EF Core uses too).
    public async ValueTask<(long Global, long Agency)> ReadAsync(int agencyId, CancellationToken ct = default)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var cmd = new Npgsql.NpgsqlCommand("""SELECT "Scope", "Version" FROM "CacheVersions" WHERE "Scope" = 0 OR "Scope" = $1""", connection);
        cmd.Parameters.Add(new Npgsql.NpgsqlParameter<int> { TypedValue = agencyId });
        await using var r = await cmd.ExecuteReaderAsync(ct);
        long global = 0, agency = 0;
        while (await r.ReadAsync(ct))
        {
            if (r.GetInt32(0) == 0) global = r.GetInt64(1);
            if (r.GetInt32(0) == agencyId) agency = r.GetInt64(1);
        }
        return (global, agency);
    }

    public void Bump(IReadOnlyCollection<int> agencies, bool all)
    {
        int[] scopes = all ? [0, .. agencies] : [.. agencies];
        try
        {
            using var connection = new Npgsql.NpgsqlConnection(connectionString);
            connection.Open();
            using var cmd = new Npgsql.NpgsqlCommand("""
                INSERT INTO "CacheVersions" ("Scope", "Version") SELECT s, 1 FROM unnest($1) s
                ON CONFLICT ("Scope") DO UPDATE SET "Version" = "CacheVersions"."Version" + 1
                """, connection);
            cmd.Parameters.Add(new Npgsql.NpgsqlParameter<int[]> { TypedValue = scopes.Distinct().Order().ToArray() });
            cmd.ExecuteNonQuery();
        }
        catch (Npgsql.NpgsqlException e)
        {
            // The write itself is committed; only other servers' caches may lag, until their entries expire.
            log.LogError(e, "cache versions not bumped for {Count} scopes", scopes.Length);
        }
    }
}
