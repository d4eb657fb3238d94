using System.Collections.Immutable;

namespace Gongkai.Core.Desk;

/// <summary>
/// 补正 (Art. 30): asked once, in writing, within 7 working days of receipt, naming what to correct and by when.
/// <see cref="LateReason"/> and <see cref="LateApprovedBy"/> are set when it was asked later, which only an office
/// head may allow, with a reason. <see cref="ReceivedOn"/>: the day the corrected application arrived.
/// </summary>
public sealed record Correction(DateOnly AskedOn, string Items, DateOnly DueBy, string? LateReason = null, string? LateApprovedBy = null, DateOnly? ReceivedOn = null);

/// <summary>
/// The one extension of Art. 33 ¶2, approved by the head of the disclosure office, and the due date it gave as
/// computed that day (<see cref="Provisional"/> when counted past the calendar), which the extension notice states.
/// </summary>
public sealed record Extension(DateOnly ApprovedOn, string Reason, string ApprovedBy, DateOnly? Due = null, bool Provisional = false);

/// <summary>
/// A consultation (Art. 32, 34): the letter sent on <see cref="SentOn"/>, the reply due 15 working days later
/// (<see cref="ReplyDue"/>, computed), and how it ended. The clock pauses from the letter to the reply, at most to the
/// reply date, unless an office head recorded why it must wait longer (<see cref="ProlongReason"/>, until
/// <see cref="ProlongedTo"/>). When the office discloses over a third party's objection, the decision is notified to
/// the third party (Art. 32): <see cref="NotifiedOn"/>, with what is disclosed and why.
/// </summary>
public sealed record ConsultationFile(
    int Seq, ConsultedParty Kind, string Party, DateOnly SentOn, DateOnly ReplyDue,
    DateOnly? EndedOn = null, ConsultationReply? Reply = null,
    string? ProlongReason = null, DateOnly? ProlongedTo = null,
    DateOnly? NotifiedOn = null, string? DisclosedContent = null, string? DisclosureReasons = null)
{
    public bool IsOpen => EndedOn is null;

    /// <summary>The last day the clock may stay paused for it: the reply date, or the date an office head allowed with a reason.</summary>
    public DateOnly PauseLimit => ProlongedTo is { } p && p > ReplyDue ? p : ReplyDue;
}

/// <summary>
/// A fee notice (Art. 42; 国办函〔2020〕109号): how it was computed (<see cref="Method"/>, the units of this application and
/// the applicant's units before it in the month for 按件计收), the amount, when it was sent and the payment period.
/// </summary>
public sealed record FeeFile(FeeMethod Method, int Units, int PriorUnits, decimal Amount, DateOnly NoticeOn, DateOnly PayBy, string PaymentMethod,
    DateOnly? PaidOn = null, string? Receipt = null);

/// <summary>An earlier case of the same applicant, for a 重复申请 (Art. 36 (六)).</summary>
public sealed record EarlierCase(int Id, string Number, string? ApplicantKey, DateOnly? ClosedOn, string? OutcomeRow, string InformationRequested);

/// <summary>
/// How a case was closed and what the answer rests on: the outcome row, the clerk's reasons, the part withheld
/// (部分公开), why information is not held and who holds it (Art. 36 (四)/(五)), where it is already published
/// (Art. 36 (一)), the earlier case a repeat refers to (Art. 36 (六)).
/// </summary>
public sealed record Closing(DateOnly On, string OutcomeRow, string? Reasons = null, string? WithheldPart = null,
    NotHeldBasis? NotHeld = null, string? HolderAgency = null, string? HolderContact = null, string? PublishedWhere = null,
    EarlierCase? RepeatOf = null);

/// <summary>A closed case opened again by an office head: why, the closing it undid, and for a 复议/诉讼 decision the new answer date.</summary>
public sealed record Reopening(DateOnly On, ReopenReason Reason, string Note, string By, Closing Previous, DateOnly? AnswerBy = null, DateOnly? PreviousOverdueSince = null);

/// <summary>送达: how and when a notice reached its addressee, and the proof (a postal tracking number, a signed receipt…).</summary>
public sealed record Service(ServiceMethod Method, DateOnly On, string? Proof);

/// <summary>A numbered notice of the case (its 文号, e.g. “示政办公开〔2026〕12号”), when it was issued, and its service.</summary>
public sealed record IssuedNotice(NoticeKind Kind, string Number, DateOnly IssuedOn, int? ConsultationSeq = null, Service? Served = null);

/// <summary>
/// One application as the lifecycle sees it: every fact recorded, nothing derived. <see cref="CaseLifecycle"/> turns a
/// file and a step into the next file or a refusal; <see cref="CaseClock"/> reads its state and due date; the notices
/// are written from it alone.
/// </summary>
public sealed record CaseFile
{
    public required string Number { get; init; }
    public required Channel Channel { get; init; }
    public required DateOnly Submitted { get; init; }
    /// <summary>The day the office signed for or confirmed the submission (Art. 31).</summary>
    public DateOnly? Confirmed { get; init; }
    public DateOnly? ReceivedOn { get; init; }
    public ApplicantKind ApplicantKind { get; init; }
    public required string ApplicantName { get; init; }
    /// <summary>The applicant across cases: the normalised ID number or 统一社会信用代码 (<see cref="ApplicantIdentity"/>).</summary>
    public string? ApplicantKey { get; init; }
    public required string InformationRequested { get; init; }
    /// <summary>获取信息的方式 (Art. 29, 40).</summary>
    public InformationForm? Form { get; init; }

    public Correction? Correction { get; init; }
    public Extension? Extension { get; init; }
    public ImmutableArray<ConsultationFile> Consultations { get; init; } = [];
    public FeeFile? Fee { get; init; }
    /// <summary>Art. 35: the day the office asked the applicant to explain an evidently excessive number of applications, and by when.</summary>
    public DateOnly? ReasonsRequestedOn { get; init; }
    public DateOnly? ReasonsDueBy { get; init; }
    public Closing? Closing { get; init; }
    public ImmutableArray<Reopening> Reopenings { get; init; } = [];
    /// <summary>The first day the case was found overdue by a step taken while it was: it stays overdue until closed.</summary>
    public DateOnly? OverdueSince { get; init; }
    public ImmutableArray<IssuedNotice> Notices { get; init; } = [];

    public bool IsClosed => Closing is not null;

    public ConsultationFile? OpenConsultation => Consultations.FirstOrDefault(c => c.IsOpen);

    /// <summary>Every closing of the case in order: those undone by a reopening, then the current one.</summary>
    public ImmutableArray<Closing> Closings => [.. Reopenings.Select(r => r.Previous), .. Closing is { } c ? [c] : Array.Empty<Closing>()];
}
