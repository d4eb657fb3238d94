using System.Text;
using Gongkai.Core.Calendar;
using Gongkai.Core.Desk;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Admin;
using Gongkai.Web.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Cases;

public sealed record DeskItem(Case Case, ClockReading Clock);

/// <summary>
/// The lists the desk works from: overdue, due soon, corrections to ask for, 补正 deadlines passed, consultations past
/// their reply date, fee notices unpaid past their date, all open cases; <see cref="Banner"/> when due dates run past
/// the calendar (暂定).
/// </summary>
public sealed record DeskLists(IReadOnlyList<DeskItem> Overdue, IReadOnlyList<DeskItem> DueSoon, IReadOnlyList<DeskItem> CorrectionNoticeSoon, IReadOnlyList<DeskItem> Open)
{
    public IReadOnlyList<DeskItem> CorrectionExpired { get; init; } = [];
    public IReadOnlyList<DeskItem> ConsultationOverdue { get; init; } = [];
    public IReadOnlyList<DeskItem> FeeExpired { get; init; } = [];
    public string? Banner { get; init; }

    public string Digest(string agency, DateOnly day)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"{agency} 政府信息公开申请办理提醒（{WorkingCalendar.Chinese(day)}）");
        if (Banner is { } banner) sb.AppendLine(banner);
        Section(sb, "已超过答复期限", Overdue, i => i.Clock.Due is { } && i.Clock.WorkingDaysLeft is < 0
            ? $"{i.Case.Number}：答复期限{i.Clock.DueText}，已超期{-i.Clock.WorkingDaysLeft}个工作日"
            : $"{i.Case.Number}：{i.Clock.StateLabel}，自{WorkingCalendar.Chinese(i.Case.OverdueSince ?? day)}起超过答复期限");
        Section(sb, $"{CaseClock.DueSoonDays}个工作日内到期", DueSoon, i => $"{i.Case.Number}：答复期限{i.Clock.DueText}，还剩{i.Clock.WorkingDaysLeft}个工作日");
        Section(sb, "补正告知期限将届满（收到申请后7个工作日内）", CorrectionNoticeSoon, i => $"{i.Case.Number}：如需补正，最迟{WorkingCalendar.Chinese(i.Clock.CorrectionNoticeDue!.Value)}告知");
        Section(sb, "补正期限已过、尚未收到补正", CorrectionExpired, i => $"{i.Case.Number}：补正期限{WorkingCalendar.Chinese(i.Case.CorrectionDueBy!.Value)}，可按逾期不补正办结");
        Section(sb, "征求意见已过答复期限", ConsultationOverdue, i => $"{i.Case.Number}：征求{i.Case.Consultations.First(c => c.To is null).Party}的意见，期限已届满，答复期限已恢复计算");
        Section(sb, "缴费期限已过、尚未缴费", FeeExpired, i => $"{i.Case.Number}：缴费期限{WorkingCalendar.Chinese(i.Case.FeePayBy!.Value)}，可按逾期未缴费办结");
        sb.Append($"办理中的申请共{Open.Count}件。");
        return sb.ToString();
    }

    private static void Section(StringBuilder sb, string title, IReadOnlyList<DeskItem> items, Func<DeskItem, string> line)
    {
        sb.AppendLine($"{title}：{items.Count}件");
        foreach (var i in items) sb.AppendLine("  " + line(i));
    }
}

public sealed class Reminders(GongkaiDb db, CalendarProvider calendars, ReadCache cache)
{
    /// <summary>Overdue, due-soon and open lists as of <paramref name="today"/> (shared with other requests: do not change them).</summary>
    public Task<DeskLists> ListsAsync(int agencyId, DateOnly today, CancellationToken ct = default) =>
        cache.GetOrAddAsync(agencyId, "lists", today, () => ReadListsAsync(agencyId, today, ct));

    private async Task<DeskLists> ReadListsAsync(int agencyId, DateOnly today, CancellationToken ct)
    {
        var calendar = calendars.Current;
        var open = await db.Cases.Where(c => c.AgencyId == agencyId && c.ClosedOn == null)
            .Include(c => c.Consultations).Include(c => c.Handler).Include(c => c.Reopenings).AsSplitQuery().AsNoTrackingWithIdentityResolution()
            .OrderBy(c => c.Id).ToListAsync(ct);
        var items = open.Select(c => new DeskItem(c, CaseClock.Read(c.ToFile(calendar), calendar, today))).ToList();
        return new DeskLists(
            items.Where(i => i.Clock.Overdue).OrderBy(i => i.Clock.Due ?? DateOnly.MinValue).ToList(),
            items.Where(i => i.Clock.DueSoon).OrderBy(i => i.Clock.Due).ToList(),
            items.Where(i => i.Clock.CorrectionNoticeDue is { } d && d >= today && CaseClock.WorkingDaysBetween(calendar, today, d) <= 2).ToList(),
            items.OrderBy(i => i.Clock.Due ?? DateOnly.MaxValue).ToList())
        {
            CorrectionExpired = items.Where(i => i.Clock.CorrectionExpired).OrderBy(i => i.Case.CorrectionDueBy).ToList(),
            ConsultationOverdue = items.Where(i => i.Clock.ConsultationOverdue).ToList(),
            FeeExpired = items.Where(i => i.Clock.FeeExpired).OrderBy(i => i.Case.FeePayBy).ToList(),
            Banner = YearEnd.Banner(calendar, today, items.Count(i => i.Clock.Provisional)),
        };
    }

    /// <summary>Writes today's digest for every agency with open cases (once a day; a second run the same day replaces nothing).</summary>
    public async Task<int> WriteDigestsAsync(DateOnly today, CancellationToken ct = default)
    {
        // Several application servers each run this every morning: one transaction under one lock, so the second
        // waits for the first and then finds the day done (on SQLite, one server, the transaction alone).
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await DeskSql.LockDigestsAsync(db, ct);
        var agencies = await db.Agencies.Select(a => new { a.Id, a.Name }).ToListAsync(ct);
        var written = 0;
        foreach (var a in agencies)
        {
            if (await db.Digests.AnyAsync(d => d.AgencyId == a.Id && d.Day == today, ct)) continue;
            var lists = await ListsAsync(a.Id, today, ct);
            if (lists.Open.Count == 0) continue;
            db.Digests.Add(new ReminderDigest { AgencyId = a.Id, Day = today, Text = lists.Digest(a.Name, today), Overdue = lists.Overdue.Count, DueSoon = lists.DueSoon.Count });
            written++;
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return written;
    }
}

/// <summary>Writes the reminder digests each morning (and at start-up, for a day not yet done).</summary>
public sealed class ReminderDigestService(IServiceScopeFactory scopes, TimeProvider time, ILogger<ReminderDigestService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var scope = scopes.CreateScope();
                var reminders = scope.ServiceProvider.GetRequiredService<Reminders>();
                var n = await reminders.WriteDigestsAsync(DateOnly.FromDateTime(time.GetLocalNow().DateTime), stoppingToken);
                if (n > 0) log.LogInformation("wrote {Count} reminder digests", n);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "reminder digest failed");
            }
            var now = time.GetLocalNow();
            var next = now.Date.AddDays(1).AddHours(7);
            await Task.Delay(next - now.DateTime, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
