using Gongkai.Core.Labels;
using Gongkai.Core.Oversight;
using Gongkai.Web.Data;
using Gongkai.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Oversight;

/// <summary>One unit's filing for a year as the registry shows it.</summary>
public sealed record UnitStatus(int AgencyId, string Agency, AgencyKind Kind, int? ParentId, int Depth, DateOnly Deadline, FilingStatus Status,
    long? ReportId, DateOnly? FiledOn, int Errors, int Warnings, string? FileName, FilingSource? Source)
{
    public string StatusLabel => Registry.Label(Status);
    public string KindLabel => Registry.Label(Kind);

    /// <summary>The supervising office's own earlier deadline for its units, if it set one; the statutory one stays <see cref="Deadline"/>.</summary>
    public DateOnly? InternalDeadline { get; init; }

    /// <summary>Filed after the internal deadline (or not filed and it has passed), within the statutory one or not.</summary>
    public bool PastInternalDeadline { get; init; }
}

/// <summary>The supervisor's registry of agencies: its subtree, their kinds, and who has filed which year's report when.</summary>
public sealed class Registry(GongkaiDb db, TimeProvider time)
{
    public DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    /// <summary>
    /// 条例第四十九条: departments (and townships, streets) publish their report by 31 January; the people's government's
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
        if (!ReportYear.IsValid(year)) throw new DeskException(ReportYear.OutOfRange(year));
        var tree = await Subtree.LoadAsync(db, actor, ct);
        var ids = tree.Ids.ToList();
        var filed = (await db.FiledReports.AsNoTracking().Where(r => r.Year == year && r.IsCurrent && ids.Contains(r.AgencyId))
            .Select(r => new { r.Id, r.AgencyId, r.Published, r.ReceivedAt, r.Errors, r.Warnings, r.FileName, r.Source }).ToListAsync(ct))
            .ToDictionary(r => r.AgencyId);
        var today = Today;
        var root = tree.Root;
        return [.. tree.Agencies.Select(a =>
        {
            var deadline = Deadline(a.Agency.Kind, year);
            // The office's own report is not a unit's: the internal deadline is for the units below it.
            var internalDeadline = a.Id == root.Id ? null : InternalDeadline(root.UnitsReportDeadline, year, deadline);
            if (!filed.TryGetValue(a.Id, out var r))
                return new UnitStatus(a.Id, a.Name, a.Agency.Kind, a.Agency.ParentId, a.Depth, deadline,
                    today > deadline ? FilingStatus.Overdue : FilingStatus.Missing, null, null, 0, 0, null, null)
                { InternalDeadline = internalDeadline, PastInternalDeadline = internalDeadline is { } d0 && today > d0 };
            var on = FiledOn(r.Published, r.ReceivedAt, time.LocalTimeZone);
            return new UnitStatus(a.Id, a.Name, a.Agency.Kind, a.Agency.ParentId, a.Depth, deadline,
                on <= deadline ? FilingStatus.OnTime : FilingStatus.Late, r.Id, on, r.Errors, r.Warnings, r.FileName, r.Source)
            { InternalDeadline = internalDeadline, PastInternalDeadline = internalDeadline is { } d1 && on > d1 };
        })];
    }

    /// <summary>
    /// The internal deadline “MM-dd” of the year after <paramref name="year"/>, when it comes before the statutory one
    /// (an internal deadline later than the law's would mean nothing).
    /// </summary>
    public static DateOnly? InternalDeadline(string? monthDay, int year, DateOnly statutory) =>
        ParseMonthDay(monthDay, year + 1) is { } d && d < statutory ? d : null;

    private static DateOnly? ParseMonthDay(string? monthDay, int year) =>
        monthDay is { Length: 5 } && int.TryParse(monthDay[..2], out var m) && int.TryParse(monthDay[3..], out var day)
            && m is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, m) ? new DateOnly(year, m, day) : null;

    /// <summary>
    /// Sets the supervising office's internal deadline for its units (“01-20”: 20 January of the year after the report's),
    /// which must come before the statutory 31 January (条例第四十九条); null removes it.
    /// </summary>
    public async Task SetUnitsDeadlineAsync(Actor actor, string? monthDay, CancellationToken ct = default)
    {
        var tree = await Subtree.LoadAsync(db, actor, ct);
        var value = string.IsNullOrWhiteSpace(monthDay) ? null : monthDay.Trim();
        if (value is not null && (ParseMonthDay(value, 2028) is not { } d || d >= new DateOnly(2028, 1, 31)))
            throw new DeskValidationException([new("deadline", "内部期限应写成“月-日”（例如 01-20），并早于条例第四十九条规定的1月31日")]);
        var agency = await db.Agencies.FirstAsync(a => a.Id == tree.Root.Id, ct);
        agency.UnitsReportDeadline = value;
        db.Declare(actor.UserName, agency.Id, "Agency.UnitsDeadline",
            value is null ? "取消下属单位报送年度报告的内部期限" : $"下属单位报送年度报告的内部期限：次年{value}");
        await db.SaveChangesAsync(ct);
    }

    public async Task<Agency> AddAgencyAsync(Actor actor, string name, int parentId, AgencyKind kind, string? reviewBody, string? court, CancellationToken ct = default)
    {
        var tree = await Subtree.LoadAsync(db, actor, ct);
        tree.Get(parentId);
        name = Clean(name);
        Unique(tree, name, null);
        var agency = new Agency { Name = name, ParentId = parentId, Kind = kind, ReviewBody = Optional(reviewBody), Court = Optional(court) };
        db.Agencies.Add(agency);
        db.Declare(actor.UserName, parentId, "Agency.Added", $"{name}（{Label(kind)}）");
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
        db.Declare(actor.UserName, id, "Agency.Edited", $"{before} → {name}（{Label(kind)}）");
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
