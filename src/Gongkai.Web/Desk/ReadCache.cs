using System.Collections.Concurrent;
using Gongkai.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;

namespace Gongkai.Web.Desk;

/// <summary>
/// The desk's read views (a case, the open list, the desk lists, a year's computed report) cached per agency and
/// invalidated by version: every committed write bumps the version of the agency it touched, and a cached view is
/// only found under the version it was read at. Reads are many and writes few at a disclosure office, and each of
/// these views costs several queries, so this is where the desk's throughput comes from.
/// </summary>
/// <remarks>
/// The versions live in this process. With several application servers over one PostgreSQL database a write on one
/// would not reach the others' caches: set <c>Cache:Desk=false</c> there (see docs/benchmarks.md).
/// A version is bumped only after the transaction commits, so a view read before the commit can never be filed under
/// the new version; a view read in between is filed under the old one and is simply never asked for again.
/// </remarks>
public sealed class ReadCache(IMemoryCache? cache = null)
{
    private readonly IMemoryCache? _cache = cache;
    private readonly ConcurrentDictionary<int, long> _agencies = new();
    private long _global;

    public bool Enabled => _cache is not null;

    /// <summary>A stamp that changes whenever anything the agency's views read may have changed.</summary>
    public (long Global, long Agency) Stamp(int agencyId) => (Interlocked.Read(ref _global), _agencies.GetValueOrDefault(agencyId));

    public async Task<T> GetOrAddAsync<T>(int agencyId, string view, object? args, Func<Task<T>> read) where T : class
    {
        if (_cache is null) return await read();
        var key = (agencyId, view, args, Stamp(agencyId));
        if (_cache.TryGetValue(key, out T? hit) && hit is not null) return hit;
        var value = await read();
        _cache.Set(key, value, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
        return value;
    }

    public void Bump(int agencyId) => _agencies.AddOrUpdate(agencyId, 1, (_, v) => v + 1);

    /// <summary>Invalidates every agency's views: the calendar, users or anything not tied to one agency changed.</summary>
    public void BumpAll() => Interlocked.Increment(ref _global);

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
                AuditEntry => -1,
                Case c => c.AgencyId,
                Consultation x => cases.TryGetValue(x.CaseId, out var a) ? a : null,
                Attachment x => cases.TryGetValue(x.CaseId, out var a) ? a : null,
                Challenge x => x.Case?.AgencyId ?? (cases.TryGetValue(x.CaseId, out var a) ? a : null),
                Reopening x => cases.TryGetValue(x.CaseId, out var a) ? a : null,
                CaseNotice x => x.AgencyId,
                ProactiveCell x => x.AgencyId,
                ProactiveItem x => x.AgencyId,
                ReportDraft x => x.AgencyId,
                CellOverride x => x.AgencyId,
                ReminderDigest x => x.AgencyId,
                FiledReport x => x.AgencyId,
                FiledFinding x => x.AgencyId,
                ReportFile => -1,
                Agency x => x.Id,
                _ => null,
            };
            if (agency is null) return null;
            if (agency >= 0) result.Add(agency.Value);
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
        db.PendingInvalidation.Record(ReadCache.AgenciesOf(changes));
    }

    private void Flush(DbContext? context)
    {
        if (context is GongkaiDb db) db.PendingInvalidation.Flush(cache);
    }

    private static void Discard(DbContext? context)
    {
        if (context is GongkaiDb db) db.PendingInvalidation.Clear();
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
        if (_all) cache.BumpAll();
        foreach (var a in _agencies) cache.Bump(a);
        Clear();
    }

    public void Clear()
    {
        _agencies.Clear();
        _all = false;
    }
}
