using Gongkai.Core.Desk;
using Gongkai.Ingest.Ledger;
using Gongkai.Web.Data;
using Gongkai.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Cases;

/// <summary>What an import of a ledger did: rows imported, rows already there (same number), rows refused and why.</summary>
public sealed record LedgerIntakeSummary(
    string FileName, int Year, int Imported, int AlreadyPresent, int EmptyRows,
    IReadOnlyList<string> Errors, IReadOnlyList<string> MappedColumns, IReadOnlyList<string> UnmappedColumns, bool Committed);

/// <summary>
/// Brings an office's Excel ledger (台账) into the register, so that the year's report is computed from it. All or
/// nothing: the good rows are saved in one transaction, and only when the ledger has no errors or the user accepts
/// them. Importing the same ledger twice adds nothing: a row whose number the agency already has is left alone.
/// </summary>
public sealed class LedgerIntake(GongkaiDb db)
{
    /// <summary>"F=处理结果" or "处理情况=处理结果", one per line: the ledger's column (letter or header) = the field's usual header.</summary>
    public static LedgerMapping ParseMapping(string? text)
    {
        var mapping = LedgerMapping.Detect;
        if (string.IsNullOrWhiteSpace(text)) return mapping;
        foreach (var (raw, i) in text.Split('\n').Select((l, i) => (l.Trim(), i + 1)))
        {
            if (raw.Length == 0) continue;
            var eq = raw.IndexOfAny(['=', '＝']);
            if (eq <= 0) throw new DeskException($"列对应第{i}行“{raw}”：应写成“列=字段”，例如“F=处理结果”");
            var key = raw[..eq].Trim();
            var name = raw[(eq + 1)..].Trim();
            var field = LedgerFields.All.Cast<LedgerField?>().FirstOrDefault(f => f!.Value.Label() == name)
                ?? LedgerMapping.FieldOfHeader(name)
                ?? throw new DeskException($"列对应第{i}行：没有“{name}”这个字段（可选：{string.Join("、", LedgerFields.All.Select(f => f.Label()))}）");
            mapping = mapping.Map(key, field);
        }
        return mapping;
    }

    public async Task<LedgerIntakeSummary> ImportAsync(Actor actor, byte[] bytes, string fileName, int year, string? mappingText, bool acceptErrors, CancellationToken ct = default)
    {
        if (!actor.CanHandleCases) throw new DeskForbiddenException("只有经办人和审核人可以导入台账");
        if (!ReportYear.IsValid(year)) throw new DeskException(ReportYear.OutOfRange(year));
        var mapping = ParseMapping(mappingText);
        LedgerImportResult result;
        try
        {
            result = LedgerImport.Read(bytes, fileName, year, mapping);
        }
        catch (LedgerException e)
        {
            throw new DeskException(e.Message);
        }
        var errors = result.Errors.Select(e => e.ToString()).ToList();
        var entries = new List<LedgerEntry>();
        foreach (var e in result.Entries)
        {
            if (e.ReceivedOn is null && e.SubmittedOn is null) errors.Add($"第{e.Row}行：没有收到日期，也没有提交日期，无法计入年度报告");
            else entries.Add(e);
        }
        var mapped = result.Columns.Mapped.Select(c => $"{c.Letter}列“{c.Header}”→{c.Field.Label()}").ToList();
        var unmapped = result.Columns.Unmapped.Select(c => $"{c.Letter}列“{c.Header}”").ToList();
        if (errors.Count > 0 && !acceptErrors)
            return new(fileName, year, 0, 0, result.EmptyRowsSkipped, errors, mapped, unmapped, Committed: false);

        var numbers = entries.Where(e => e.Number is not null).Select(e => e.Number!).Distinct().ToList();
        var existing = (await db.Cases.AsNoTracking().Where(c => c.AgencyId == actor.AgencyId && numbers.Contains(c.Number)).Select(c => c.Number).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var imported = 0;
        var present = 0;
        foreach (var e in entries)
        {
            var number = e.Number ?? $"台账{year}-{e.Row:00000}";
            if (number.Length > 32) number = number[..32];
            if (existing.Contains(number) || !seen.Add(number)) { present++; continue; }
            var submitted = e.SubmittedOn ?? e.ReceivedOn!.Value;
            var received = e.ReceivedOn ?? submitted;
            var channel = e.Channel ?? Channel.InPerson;
            db.Cases.Add(new Case
            {
                AgencyId = actor.AgencyId, Number = number, Channel = channel, Submitted = submitted,
                Confirmed = channel == Channel.InPerson ? null : received, ReceivedOn = received,
                ApplicantKind = e.Applicant, ApplicantName = e.ApplicantName ?? "（台账未记载）",
                IdNumber = e.IdNumber, ApplicantKey = ApplicantIdentity.KeyOf(e.IdNumber), Phone = e.Phone, Address = e.Address,
                InformationRequested = e.Request ?? "（台账未记载）",
                HandlerId = actor.UserId, ClosedOn = e.ClosedOn, OutcomeRow = e.OutcomeRow,
                OutcomeNote = $"由台账“{fileName}”第{e.Row}行导入",
            });
            imported++;
        }
        await db.SaveChangesAsync(ct); // one transaction (SaveChanges wraps the cases and their audit lines)
        return new(fileName, year, imported, present, result.EmptyRowsSkipped, errors, mapped, unmapped, Committed: true);
    }
}
