using Gongkai.Core.Calendar;
using Gongkai.Web.Data;
using Gongkai.Web.Infrastructure.Caching;
using Gongkai.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Admin;

/// <summary>
/// The working-day calendar in force: the newest version an administrator saved, else the built-in data
/// (2019–2026). Read on every due-date computation, so it is kept in memory and replaced whole on save.
/// </summary>
public sealed class CalendarProvider
{
    private volatile WorkingCalendar? _current;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly IServiceScopeFactory scopes;
    private readonly ReadCache cache;

    public CalendarProvider(IServiceScopeFactory scopes, ReadCache cache)
    {
        this.scopes = scopes;
        this.cache = cache;
        // A calendar saved on another server bumps the global version: read it again on next use.
        cache.GlobalChanged += () => _current = null;
    }

    public WorkingCalendar Current => _current ?? LoadAsync().GetAwaiter().GetResult();

    public async Task<WorkingCalendar> LoadAsync(CancellationToken ct = default)
    {
        await _lock.WaitAsync(ct);
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDb>();
            var latest = await db.CalendarVersions.OrderByDescending(v => v.Id).Select(v => v.Json).FirstOrDefaultAsync(ct);
            return _current = latest is null ? WorkingCalendar.BuiltIn : WorkingCalendar.Parse(latest);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Validates and saves a whole calendar file; returns the problems (Chinese, with JSON paths) when it is refused.</summary>
    public async Task<IReadOnlyList<string>> SaveAsync(string json, string userName, CancellationToken ct = default)
    {
        if (!WorkingCalendar.TryParse(json, out var parsed, out var errors)) return errors;
        if (parsed.First > WorkingCalendar.BuiltIn.First)
            return [$"日历必须从{WorkingCalendar.BuiltIn.First.Year}年起，已登记的申请需要它"];
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDb>();
        db.CalendarVersions.Add(new CalendarVersion { Json = json, UserName = userName, At = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync(ct);
        _current = parsed;
        // Again after the switch: a view computed between the commit and this line used the old calendar.
        cache.BumpAll();
        return [];
    }

    /// <summary>The calendar file in force, for the administrator to edit.</summary>
    public async Task<string> CurrentJsonAsync(CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDb>();
        var latest = await db.CalendarVersions.OrderByDescending(v => v.Id).Select(v => v.Json).FirstOrDefaultAsync(ct);
        return latest ?? BuiltInJson();
    }

    public static string BuiltInJson()
    {
        var asm = typeof(WorkingCalendar).Assembly;
        var name = asm.GetManifestResourceNames().Single(n => n.StartsWith("Gongkai.Calendar.", StringComparison.Ordinal));
        using var stream = asm.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
