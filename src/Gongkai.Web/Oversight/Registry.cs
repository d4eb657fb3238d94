using Gongkai.Core.Labels;
using Gongkai.Core.Oversight;
using Gongkai.Web.Data;
using Gongkai.Web.Desk;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Oversight;

/// <summary>One unit's filing for a year as the registry shows it.</summary>
public sealed record UnitStatus(int AgencyId, string Agency, AgencyKind Kind, int? ParentId, int Depth, DateOnly Deadline, FilingStatus Status,
    long? ReportId, DateOnly? FiledOn, int Errors, int Warnings, string? FileName, FilingSource? Source)
{
    public string StatusLabel => Registry.Label(Status);
    public string KindLabel => Registry.Label(Kind);
}

/// <summary>The supervisor's registry of agencies: its subtree, their kinds, and who has filed which year's report when.</summary>
public sealed class Registry(GongkaiDb db, TimeProvider time)
{
    public DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    /// <summary>
    /// Art. 50: departments (and townships, streets) publish their report by 31 January; the people's government's
    /// own report, published by its 政务公开办, by 31 March.
    /// </summary>
    public static DateOnly Deadline(AgencyKind kind, int year) =>
        kind == AgencyKind.Government ? new DateOnly(year + 1, 3, 31) : new DateOnly(year + 1, 1, 31);

    public static string Label(FilingStatus s) => s.Label();

    public static string Label(AgencyKind k) => k.Label();

    /// <summary>The filing date a deadline is measured against: the report's own 发布日期 when it gives one, else the day it was received.</summary>
    public static DateOnly FiledOn(DateOnly? published, DateTimeOffset receivedAt, TimeZoneInfo zone) =>
        published ?? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(receivedAt, zone).DateTime);

    public async Task<IReadOnlyList<UnitStatus>> StatusAsync(Actor actor, int year, CancellationToken ct = default)
    {
        // The deadline is a date of the next year: a year outside the range made an unrepresentable date, a 500 (issue 17).
        if (year is < 2019 or > 2100) throw new DeskException($"{year}年不在本系统支持的范围（2019年起）");
        var tree = await Subtree.LoadAsync(db, actor, ct);
        var ids = tree.Ids.ToList();
        var filed = (await db.FiledReports.AsNoTracking().Where(r => r.Year == year && r.IsCurrent && ids.Contains(r.AgencyId))
            .Select(r => new { r.Id, r.AgencyId, r.Published, r.ReceivedAt, r.Errors, r.Warnings, r.FileName, r.Source }).ToListAsync(ct))
            .ToDictionary(r => r.AgencyId);
        var today = Today;
        return [.. tree.Agencies.Select(a =>
        {
            var deadline = Deadline(a.Agency.Kind, year);
            if (!filed.TryGetValue(a.Id, out var r))
                return new UnitStatus(a.Id, a.Name, a.Agency.Kind, a.Agency.ParentId, a.Depth, deadline,
                    today > deadline ? FilingStatus.Overdue : FilingStatus.Missing, null, null, 0, 0, null, null);
            var on = FiledOn(r.Published, r.ReceivedAt, time.LocalTimeZone);
            return new UnitStatus(a.Id, a.Name, a.Agency.Kind, a.Agency.ParentId, a.Depth, deadline,
                on <= deadline ? FilingStatus.OnTime : FilingStatus.Late, r.Id, on, r.Errors, r.Warnings, r.FileName, r.Source);
        })];
    }

    public async Task<Agency> AddAgencyAsync(Actor actor, string name, int parentId, AgencyKind kind, string? reviewBody, string? court, CancellationToken ct = default)
    {
        var tree = await Subtree.LoadAsync(db, actor, ct);
        tree.Get(parentId);
        name = Clean(name);
        Unique(tree, name, null);
        var agency = new Agency { Name = name, ParentId = parentId, Kind = kind, ReviewBody = Optional(reviewBody), Court = Optional(court) };
        db.Agencies.Add(agency);
        db.Audit.Add(new AuditEntry { At = time.GetUtcNow(), UserName = actor.UserName, AgencyId = parentId, Action = "Agency.Added", Detail = $"{name}（{Label(kind)}）" });
        await db.SaveChangesAsync(ct);
        return agency;
    }

    public async Task<Agency> EditAgencyAsync(Actor actor, int id, string name, int? parentId, AgencyKind kind, string? reviewBody, string? court, CancellationToken ct = default)
    {
        var tree = await Subtree.LoadAsync(db, actor, ct);
        tree.Get(id);
        name = Clean(name);
        Unique(tree, name, id);
        var agency = await db.Agencies.FirstAsync(a => a.Id == id, ct);
        if (parentId != agency.ParentId)
        {
            // A supervisor may rearrange below its own agency, not move its own agency or anything out of its reach.
            if (!actor.IsAdmin && id == tree.Root.Id) throw new DeskForbiddenException("不能移动本机关自身");
            if (parentId is null && !actor.IsAdmin) throw new DeskForbiddenException("只有管理员可以设置顶级机关");
            if (parentId is { } p)
            {
                tree.Get(p);
                if (p == id || tree.Below(id).Any(b => b.Id == p)) throw new DeskException("上级机关不能是该机关自身或其下级");
            }
            agency.ParentId = parentId;
        }
        var before = $"{agency.Name}（{Label(agency.Kind)}）";
        (agency.Name, agency.Kind, agency.ReviewBody, agency.Court) = (name, kind, Optional(reviewBody), Optional(court));
        db.Audit.Add(new AuditEntry { At = time.GetUtcNow(), UserName = actor.UserName, AgencyId = id, Action = "Agency.Edited", Detail = $"{before} → {name}（{Label(kind)}）" });
        await db.SaveChangesAsync(ct);
        return agency;
    }

    /// <summary>
    /// Unique among the agencies the actor oversees (for an administrator, all): an agency of the same name elsewhere is
    /// not theirs to learn of (issue 17: “已有名为…的机关” told a supervisor what other offices have). A supervisor
    /// above both that matches a report to one of two same-named units is told the name is ambiguous (Subtree.Match).
    /// </summary>
    private static void Unique(Subtree tree, string name, int? except)
    {
        var normalized = Subtree.Normalize(name);
        if (tree.Agencies.Any(a => a.Id != except && Subtree.Normalize(a.Name) == normalized)) throw new DeskException($"已有名为“{name}”的机关");
    }

    private static string Clean(string? name)
    {
        var n = (name ?? "").Trim();
        if (n.Length == 0) throw new DeskException("请填写机关名称");
        if (n.Length > 100) throw new DeskException("机关名称超过100字");
        return n;
    }

    private static string? Optional(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
