using System.Collections.Immutable;
using Gongkai.Core.Desk;

namespace Gongkai.Ingest.Ledger;

/// <summary>The columns a ledger (台账) may have that an import reads.</summary>
public enum LedgerField
{
    /// <summary>申请编号</summary>
    Number,
    /// <summary>申请人姓名或名称</summary>
    ApplicantName,
    /// <summary>申请人类型 (required column)</summary>
    ApplicantKind,
    /// <summary>申请方式</summary>
    Channel,
    /// <summary>提交日期</summary>
    SubmittedOn,
    /// <summary>收到日期</summary>
    ReceivedOn,
    /// <summary>申请内容</summary>
    Request,
    /// <summary>答复日期</summary>
    ClosedOn,
    /// <summary>处理结果</summary>
    Outcome,
    /// <summary>联系电话</summary>
    Phone,
    /// <summary>身份证号码</summary>
    IdNumber,
    /// <summary>地址</summary>
    Address,
}

public static class LedgerFields
{
    public static readonly ImmutableArray<LedgerField> All = [.. Enum.GetValues<LedgerField>()];

    /// <summary>The column's usual header, for messages and for the blank ledger a test or an office starts from.</summary>
    public static string Label(this LedgerField field) => field switch
    {
        LedgerField.Number => "申请编号",
        LedgerField.ApplicantName => "申请人",
        LedgerField.ApplicantKind => "申请人类型",
        LedgerField.Channel => "申请方式",
        LedgerField.SubmittedOn => "提交日期",
        LedgerField.ReceivedOn => "收到日期",
        LedgerField.Request => "申请内容",
        LedgerField.ClosedOn => "答复日期",
        LedgerField.Outcome => "处理结果",
        LedgerField.Phone => "联系电话",
        LedgerField.IdNumber => "身份证号码",
        LedgerField.Address => "地址",
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };
}

/// <summary>
/// One application as a ledger row records it. Text fields are trimmed, and null when empty. <see cref="OutcomeRow"/>
/// is the row key of section 三 of the year's template ("withheld.stateSecret"), null while the case is open.
/// </summary>
public sealed record LedgerEntry(
    int Row,
    string? Number,
    string? ApplicantName,
    ApplicantKind Applicant,
    Channel? Channel,
    DateOnly? SubmittedOn,
    DateOnly? ReceivedOn,
    string? Request,
    DateOnly? ClosedOn,
    string? OutcomeRow,
    string? Phone,
    string? IdNumber,
    string? Address)
{
    /// <summary>What the annual tally needs of this case.</summary>
    public CaseFacts ToCaseFacts() => new(Applicant, ReceivedOn, ClosedOn, OutcomeRow);
}

/// <summary>Why one ledger row was not imported: "第12行 F列“处理结果”：无法识别“待定”".</summary>
/// <param name="Row">Excel row number.</param>
/// <param name="Column">Column letter, null when the problem is the row as a whole.</param>
/// <param name="Header">The column's header text as the ledger writes it.</param>
public sealed record LedgerRowError(int Row, string? Column, string? Header, string Message)
{
    public override string ToString()
    {
        var place = $"第{Row}行";
        if (Column is not null) place += $" {Column}列";
        if (Header is not null) place += $"“{Header}”";
        return $"{place}：{Message}";
    }
}

/// <summary>
/// A ledger as read: every data row below the header is an entry, an error row, or counted as empty. Nothing is
/// dropped silently; a page shows <see cref="Errors"/> and imports <see cref="Entries"/> only when the user agrees.
/// </summary>
public sealed record LedgerImportResult(
    string FileName,
    string Sheet,
    int Year,
    LedgerColumns Columns,
    ImmutableArray<LedgerEntry> Entries,
    ImmutableArray<LedgerRowError> Errors,
    int EmptyRowsSkipped)
{
    /// <summary>The rows that have at least one error (a row may have several).</summary>
    public int ErrorRows => Errors.Select(e => e.Row).Distinct().Count();

    public bool Ok => Errors.IsEmpty;
}
