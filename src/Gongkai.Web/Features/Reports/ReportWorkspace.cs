using Gongkai.Core.Desk;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Core.Rules;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Cases;
using Gongkai.Web.Infrastructure.Caching;
using Gongkai.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Reports;

/// <summary>A year's report as the office sees it: computed from the records, overrides applied, narrative added, checked.</summary>
public sealed record WorkspaceView(int Year, Report Computed, Report Final, IReadOnlyList<CellOverride> Overrides, ReportDraft Draft)
{
    public CellOverride? OverrideOf(string path) => Overrides.FirstOrDefault(o => o.Path == path);
}

/// <summary>The annual report workspace: sections 二–四 from the registers (never typed), 一/五/六 written by the office.</summary>
public sealed class ReportWorkspace(GongkaiDb db, TimeProvider time, ReadCache cache)
{
    /// <summary>The year's report as computed now (shared with other requests: do not change it).</summary>
    public Task<WorkspaceView> BuildAsync(Actor actor, int year, CancellationToken ct = default)
    {
        if (!ReportYear.IsValid(year)) throw new DeskException(ReportYear.OutOfRange(year));
        return cache.GetOrAddAsync(actor.AgencyId, "report", year, () => ComputeAsync(actor, year, ct));
    }

    private async Task<WorkspaceView> ComputeAsync(Actor actor, int year, CancellationToken ct)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var cases = await db.Cases.Where(c => c.AgencyId == actor.AgencyId && c.ReceivedOn != null && c.ReceivedOn <= last && (c.ClosedOn == null || c.ClosedOn >= first))
            .Select(c => new CaseFacts(c.ApplicantKind, c.ReceivedOn, c.ClosedOn, c.OutcomeRow)).ToListAsync(ct);
        var challenges = await db.Challenges.Where(x => x.Case!.AgencyId == actor.AgencyId && x.Filed >= first && x.Filed <= last)
            .Select(x => new ChallengeFacts(x.Kind, x.Filed, x.Decided, x.Result)).ToListAsync(ct);
        var layout = TemplateCatalog.Get(TemplateIds.ForYear(year));
        var entered = await ProactiveAsync(actor.AgencyId, year, layout, ct);
        // Section 二 from the register (every row it can count), cells entered by hand winning.
        var register = await db.ProactiveItems.AsNoTracking().Where(i => i.AgencyId == actor.AgencyId && i.PublishedOn <= last)
            .Select(i => new ProactiveEntry(i.Category, i.PublishedOn, i.RepealedOn, i.Quantity)).ToListAsync(ct);
        var proactive = ProactiveTally.Merge(ProactiveTally.FromRegister(layout.Proactive, year, register), entered);
        var computed = AnnualTally.Compute(year, cases, challenges, proactive);
        var overrides = await db.CellOverrides.AsNoTracking().Where(o => o.AgencyId == actor.AgencyId && o.Year == year).OrderBy(o => o.Id).ToListAsync(ct);
        var draft = await db.ReportDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.AgencyId == actor.AgencyId && d.Year == year, ct)
            ?? new ReportDraft { AgencyId = actor.AgencyId, Year = year };
        var agency = await db.Agencies.Where(a => a.Id == actor.AgencyId).Select(a => a.Name).FirstAsync(ct);

        var final = computed;
        foreach (var o in overrides)
            if (CellAt(layout, o.Path) is var (section, cell))
                final = final.WithSection(final.Section(section.Key).With(cell, o.Value));
        // Section 六 of the 2021 format reports the fees charged (国办公开办函〔2021〕30号): computed from the payments
        // recorded, before the office's own words.
        var other = draft.Other;
        if (layout.Template == TemplateId.V2021)
        {
            var paid = await db.Cases.AsNoTracking().Where(c => c.AgencyId == actor.AgencyId && c.FeePaidOn >= first && c.FeePaidOn <= last)
                .Select(c => c.FeeAmount ?? 0).ToListAsync(ct);
            var sentence = InformationFees.AnnualSentence(year, paid.Count, paid.Sum());
            other = string.IsNullOrWhiteSpace(other) ? sentence : sentence + "\n" + other;
        }
        final = final with
        {
            Agency = agency,
            Published = draft.Published,
            Narrative = new Narrative(draft.Preamble, draft.Overview, draft.Problems, other),
        };
        var checkedReport = ReportChecker.Check(final);
        if (ProactiveTally.IsEmpty(final.Proactive))
            checkedReport = checkedReport with { Findings = checkedReport.Findings.Add(RuleCatalogue.ProactiveEmpty.Make("proactive", null, null)) };
        return new WorkspaceView(year, computed, checkedReport, overrides, draft);
    }

    public async Task SaveNarrativeAsync(Actor actor, int year, int version, string? preamble, string? overview, string? problems, string? other, DateOnly? published, CancellationToken ct = default)
    {
        if (!actor.CanHandleCases) throw new DeskForbiddenException("只有经办人和审核人可以编写年度报告");
        if (published is { } p && ReportTiming.PublishedProblem(year, p, DateOnly.FromDateTime(time.GetLocalNow().DateTime)) is { } problem)
            throw new DeskValidationException([new("published", problem)]);
        foreach (var (text, name) in new[] { (preamble, "引言"), (overview, "总体情况"), (problems, "存在的主要问题及改进情况"), (other, "其他需要报告的事项") })
            if (text is { Length: > 100_000 }) throw new DeskException($"{name}超过100000字");
        var draft = await db.ReportDrafts.FirstOrDefaultAsync(d => d.AgencyId == actor.AgencyId && d.Year == year, ct);
        if (draft is null)
        {
            if (version != 0) throw new DeskConflictException("报告已被他人修改，请刷新后再保存");
            // Version 0 is "no draft yet", the version every editor holds before the first save; the first save makes
            // version 1, so a second save from version 0 is refused instead of overwriting it (issue 17: 8 racing first
            // saves gave two 204s). Racing first saves: the unique (AgencyId, Year) index lets one insert through.
            draft = new ReportDraft { AgencyId = actor.AgencyId, Year = year, Version = 1 };
            db.ReportDrafts.Add(draft);
        }
        else
        {
            if (draft.Version != version) throw new DeskConflictException("报告已被他人修改，您看到的不是最新内容。请刷新页面，核对后再保存。");
            db.Entry(draft).Property(d => d.Version).OriginalValue = version;
        }
        (draft.Preamble, draft.Overview, draft.Problems, draft.Other, draft.Published) = (preamble, overview, problems, other, published);
        Audit(actor, "Report.Narrative", $"{year}年度报告文字部分已保存");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new DeskConflictException("报告已被他人修改，请刷新后再保存");
        }
    }

    /// <summary>Replaces a computed cell by hand; only an office head may, and only with a reason, which is kept.</summary>
    public async Task SetOverrideAsync(Actor actor, int year, string path, decimal value, string reason, CancellationToken ct = default)
    {
        if (!actor.IsHead) throw new DeskForbiddenException("只有审核人可以修改计算得出的数据");
        if (string.IsNullOrWhiteSpace(reason)) throw new DeskException("修改计算得出的数据必须说明理由");
        var layout = TemplateCatalog.Get(TemplateIds.ForYear(year));
        var (section, cell) = CellAt(layout, path) ?? throw new DeskException($"“{path}”不是{year}年报告格式中的单元格");
        var field = section.FieldOfCell(cell);
        if (field.Kind == FieldKind.Count && (value < 0 || value != decimal.Truncate(value)))
            throw new DeskException($"{section.CellName(cell)}应为非负整数");
        var existing = await db.CellOverrides.FirstOrDefaultAsync(o => o.AgencyId == actor.AgencyId && o.Year == year && o.Path == path, ct);
        if (existing is null)
            db.CellOverrides.Add(existing = new CellOverride { AgencyId = actor.AgencyId, Year = year, Path = path, Reason = "", UserName = actor.UserName });
        existing.Value = value;
        existing.Reason = reason.Trim();
        existing.UserName = actor.UserName;
        existing.At = time.GetUtcNow();
        Audit(actor, "Report.Override", $"{year}年 {section.CellName(cell)} 改为 {value}；理由：{reason.Trim()}");
        await db.SaveChangesAsync(ct);
    }

    public async Task RemoveOverrideAsync(Actor actor, int year, string path, CancellationToken ct = default)
    {
        if (!actor.IsHead) throw new DeskForbiddenException("只有审核人可以撤销修改");
        var existing = await db.CellOverrides.FirstOrDefaultAsync(o => o.AgencyId == actor.AgencyId && o.Year == year && o.Path == path, ct)
            ?? throw new DeskNotFoundException($"“{path}”没有手工修改");
        db.CellOverrides.Remove(existing);
        Audit(actor, "Report.OverrideRemoved", $"{year}年 {path} 恢复为计算值（原改为 {existing.Value}，理由：{existing.Reason}）");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Saves section 二 as entered or imported; a null value clears the cell.</summary>
    public async Task SaveProactiveAsync(Actor actor, int year, IReadOnlyDictionary<string, decimal?> values, CancellationToken ct = default)
    {
        if (!actor.CanHandleCases) throw new DeskForbiddenException("只有经办人和审核人可以填报主动公开数据");
        if (!ReportYear.IsValid(year)) throw new DeskException(ReportYear.OutOfRange(year));
        // A body without "cells" binds as null (System.Text.Json does not enforce the annotation): a 400, not a 500.
        if (values is null) throw new DeskException("缺少必填字段“cells”（第二部分各单元格的值）");
        var layout = TemplateCatalog.Get(TemplateIds.ForYear(year)).Proactive;
        var errors = new List<string>();
        foreach (var (path, value) in values)
        {
            if (CellAt(layout, path) is not { } cell) { errors.Add($"“{path}”不是{year}年第二部分的单元格"); continue; }
            var field = layout.FieldOfCell(cell);
            if (value is { } v && field.Kind == FieldKind.Count && (v < 0 || v != decimal.Truncate(v)))
                errors.Add($"{layout.CellName(cell)}应为非负整数，填写的是 {v}");
        }
        if (errors.Count > 0) throw new DeskException(string.Join("；", errors));
        var existing = await db.ProactiveCells.Where(c => c.AgencyId == actor.AgencyId && c.Year == year).ToDictionaryAsync(c => c.Path, ct);
        foreach (var (path, value) in values)
        {
            existing.TryGetValue(path, out var row);
            if (value is null) { if (row is not null) db.ProactiveCells.Remove(row); continue; }
            if (row is null) db.ProactiveCells.Add(new ProactiveCell { AgencyId = actor.AgencyId, Year = year, Path = path, Value = value.Value });
            else row.Value = value.Value;
        }
        Audit(actor, "Proactive.Save", $"{year}年主动公开数据：{values.Count}个单元格");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Section 二 from an XLSX laid out like the official table; nothing is saved unless every cell reads.</summary>
    public async Task<IReadOnlyList<string>> ImportProactiveAsync(Actor actor, int year, byte[] bytes, string fileName, CancellationToken ct = default)
    {
        if (!actor.CanHandleCases) throw new DeskForbiddenException("只有经办人和审核人可以填报主动公开数据");
        Gongkai.Ingest.Ledger.ProactiveImportResult result;
        try
        {
            result = Gongkai.Ingest.Ledger.ProactiveImport.Read(bytes, fileName, year);
        }
        catch (Gongkai.Ingest.Ledger.LedgerException e)
        {
            throw new DeskException(e.Message);
        }
        if (!result.Ok) throw new DeskException($"“{fileName}”未导入：" + string.Join("；", result.Errors.Select(e => e.ToString())));
        var layout = result.Data.Layout;
        var values = Enumerable.Range(0, layout.CellCount).ToDictionary(layout.CellPath, i => result.Data[i]);
        await SaveProactiveAsync(actor, year, values, ct);
        return [.. values.Select(kv => $"{kv.Key}={kv.Value}")];
    }

    /// <summary>Registers an item published proactively (category: a row of section 二, e.g. "regulations").</summary>
    public async Task<ProactiveItem> AddItemAsync(Actor actor, int year, string title, string? documentNumber, string category, DateOnly publishedOn, string? url,
        CancellationToken ct = default, DateOnly? repealedOn = null, decimal? quantity = null)
    {
        if (repealedOn is { } r && r < publishedOn) throw new DeskValidationException([new("repealedOn", $"废止日期{r:yyyy-MM-dd}早于公开日期{publishedOn:yyyy-MM-dd}")]);
        if (quantity is < 0) throw new DeskValidationException([new("quantity", "数量或金额不能为负")]);
        if (!actor.CanHandleCases) throw new DeskForbiddenException("只有经办人和审核人可以登记主动公开信息");
        if (string.IsNullOrWhiteSpace(title)) throw new DeskException("请填写标题");
        if (title.Length > 500) throw new DeskException("标题超过500字");
        if (publishedOn.Year != year) throw new DeskException($"公开日期{publishedOn:yyyy-MM-dd}不在{year}年");
        if (!string.IsNullOrWhiteSpace(url) && !(Uri.TryCreate(url.Trim(), UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps)))
            throw new DeskException("网址应以 http:// 或 https:// 开头");
        var layout = TemplateCatalog.Get(TemplateIds.ForYear(year)).Proactive;
        if (layout.Row(category) is null && category != "other")
            throw new DeskException($"“{category}”不是主动公开的类别：可选 {string.Join("、", layout.Rows.Select(r => r.Key))}、other");
        var item = new ProactiveItem
        {
            AgencyId = actor.AgencyId, Year = year, Title = title.Trim(), DocumentNumber = string.IsNullOrWhiteSpace(documentNumber) ? null : documentNumber.Trim(),
            Category = category, PublishedOn = publishedOn, Url = string.IsNullOrWhiteSpace(url) ? null : url.Trim(),
            RepealedOn = repealedOn, Quantity = quantity,
        };
        db.ProactiveItems.Add(item);
        Audit(actor, "Proactive.Item", $"{year}年主动公开：{item.Title}");
        await db.SaveChangesAsync(ct);
        return item;
    }

    public Task<List<ProactiveItem>> ItemsAsync(Actor actor, int year, CancellationToken ct = default) =>
        db.ProactiveItems.Where(i => i.AgencyId == actor.AgencyId && i.Year == year).OrderBy(i => i.PublishedOn).ThenBy(i => i.Id).ToListAsync(ct);

    private async Task<SectionData> ProactiveAsync(int agencyId, int year, ReportLayout layout, CancellationToken ct)
    {
        var cells = await db.ProactiveCells.AsNoTracking().Where(c => c.AgencyId == agencyId && c.Year == year).ToListAsync(ct);
        var data = SectionData.Empty(layout.Proactive);
        foreach (var c in cells)
            if (CellAt(layout.Proactive, c.Path) is { } i) data = data.With(i, Normalise(c.Value));
        return data;
    }

    /// <summary>"applications.withheld.stateSecret.total" → the section and flat cell index; null when the layout has no such cell.</summary>
    public static (SectionLayout Section, int Cell)? CellAt(ReportLayout layout, string path)
    {
        var dot = path.IndexOf('.');
        if (dot < 0) return null;
        var key = path[..dot];
        if (key is not ("proactive" or "applications" or "reviewLitigation")) return null;
        var section = layout.Section(key);
        return CellAt(section, path) is { } cell ? (section, cell) : null;
    }

    public static int? CellAt(SectionLayout section, string path)
    {
        if (!path.StartsWith(section.Key + ".", StringComparison.Ordinal)) return null;
        var rest = path[(section.Key.Length + 1)..];
        var lastDot = rest.LastIndexOf('.');
        if (lastDot <= 0) return null;
        var i = section.CellIndex(rest[..lastDot], rest[(lastDot + 1)..]);
        return i >= 0 ? i : null;
    }

    /// <summary>2.0000 from the database is 2: trailing zeros of the column's scale are not data.</summary>
    private static decimal Normalise(decimal d) => d / 1.000000000000000000000000000m;

    private void Audit(Actor actor, string action, string detail) => db.Declare(actor.UserName, actor.AgencyId, action, detail);
}
