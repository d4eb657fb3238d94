using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gongkai.Web.Data;

/// <summary>
/// A record of a case's file whose every change is written to the audit log by <see cref="AuditInterceptor"/>, with the
/// case and agency the line is filed under. Implemented explicitly, so EF Core maps nothing new.
/// </summary>
public interface IAudited
{
    int? AuditCaseId { get; }
    int? AuditAgencyId { get; }
}

/// <summary>
/// Writes the audit log in the transaction of the save it reports, so a committed change always has its audit line
/// and a failed one has none: one line per changed <see cref="IAudited"/> record (personal data logged as changed, never
/// by value — issue 17), and the lines services declare with <see cref="GongkaiDb.Declare"/>, stamped by the clock.
/// The log is append-only: a save that modifies or deletes an entry is refused. Registered for both providers by
/// <see cref="Database.Configure"/>.
/// </summary>
public sealed class AuditInterceptor : SaveChangesInterceptor
{
    public static readonly AuditInterceptor Instance = new();

    /// <summary>A save's audited changes, described before the save (their states change after it), and its own transaction.</summary>
    private sealed record Pending(List<(EntityEntry Entry, EntityState State, string Detail)> Audited, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? Own);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, Pending> Saves = new();

    /// <summary>The personal data of applicants never enters the log: their fields are logged as changed, not by value.</summary>
    internal static readonly HashSet<string> PersonalFields =
        [nameof(Case.ApplicantName), nameof(Case.IdNumber), nameof(Case.Phone), nameof(Case.Address), nameof(Case.Email), nameof(Case.ApplicantKey)];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not GongkaiDb db) return result;
        var changes = db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        if (changes.Any(e => e.Entity is AuditEntry && e.State != EntityState.Added))
            throw new InvalidOperationException("审计日志只能追加，不能修改或删除");
        foreach (var declared in changes.Select(e => e.Entity).OfType<AuditEntry>().Where(a => a.At == default))
            declared.At = db.Clock.GetUtcNow();
        var audited = changes.Where(e => e.Entity is IAudited).Select(e => (Entry: e, e.State, Detail: Describe(e))).ToList();
        if (audited.Count == 0) return result;
        // The lines need the keys the save generates, so they are a second save: both in one transaction.
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        Saves.AddOrUpdate(db, new Pending(audited, own));
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not GongkaiDb db || !Saves.TryGetValue(db, out var pending)) return result;
        Saves.Remove(db);
        try
        {
            var now = DateTimeOffset.UtcNow;
            foreach (var (entry, state, detail) in pending.Audited)
            {
                var owner = (IAudited)entry.Entity;
                db.Audit.Add(new AuditEntry
                {
                    At = now, UserName = db.Actor, CaseId = owner.AuditCaseId, AgencyId = owner.AuditAgencyId,
                    Action = $"{entry.Metadata.ClrType.Name}.{state}", Detail = detail,
                });
            }
            await db.SaveChangesAsync(cancellationToken);
            if (pending.Own is not null) await pending.Own.CommitAsync(cancellationToken);
            return result;
        }
        finally
        {
            if (pending.Own is not null) await pending.Own.DisposeAsync();
        }
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Discard(eventData.Context).GetAwaiter().GetResult();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) => Discard(eventData.Context);

    public override void SaveChangesCanceled(DbContextEventData eventData) => Discard(eventData.Context).GetAwaiter().GetResult();

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) => Discard(eventData.Context);

    /// <summary>A failed save: its own transaction is rolled back (by disposal), and nothing is logged.</summary>
    private static async Task Discard(DbContext? context)
    {
        if (context is null || !Saves.TryGetValue(context, out var pending)) return;
        Saves.Remove(context);
        if (pending.Own is not null) await pending.Own.DisposeAsync();
    }

    private static string Describe(EntityEntry e)
    {
        var sb = new StringBuilder();
        foreach (var p in e.Properties)
        {
            if (p.Metadata.IsPrimaryKey() || p.Metadata.Name == nameof(Case.Version)) continue;
            if (e.Entity is Attachment && p.Metadata.Name == nameof(Attachment.Content)) continue;
            // An attachment's file name is personal data too (“张三身份证.jpg”): the audit log is read by the whole agency.
            var personal = e.Entity is Case && PersonalFields.Contains(p.Metadata.Name)
                || e.Entity is Attachment && p.Metadata.Name == nameof(Attachment.FileName);
            switch (e.State)
            {
                case EntityState.Added when p.CurrentValue is not null:
                    sb.Append(p.Metadata.Name).Append('=').Append(personal ? Gongkai.Core.Desk.PersonalData.Hidden : Show(p.CurrentValue)).Append("; ");
                    break;
                case EntityState.Modified when p.IsModified && !Equals(p.OriginalValue, p.CurrentValue):
                    sb.Append(p.Metadata.Name).Append(": ");
                    sb.Append(personal ? "（个人信息已修改）" : $"{Show(p.OriginalValue)} → {Show(p.CurrentValue)}").Append("; ");
                    break;
            }
        }
        return sb.Length == 0 ? "" : sb.ToString(0, sb.Length - 2);
    }

    private static string Show(object? v)
    {
        var s = v switch { null => "∅", DateOnly d => d.ToString("yyyy-MM-dd"), _ => v.ToString() ?? "" };
        return s.Length > 200 ? s[..200] + "…" : s;
    }
}

/// <summary>
/// An entity that belongs to one agency: a change to it touches that agency's views only (the read cache bumps that
/// agency's version, not every agency's).
/// </summary>
public interface IAgencyOwned
{
    int AgencyId { get; }
}

/// <summary>A record of one case's file: its agency is the case's.</summary>
public interface ICaseRecord
{
    int CaseId { get; }
}
