using Gongkai.Core.Desk;
using Gongkai.Core.Labels;
using Gongkai.Render.Notices;
using Gongkai.Web.Data;
using Gongkai.Web.Infrastructure.Security;

namespace Gongkai.Web.Api;

public sealed record LoginRequest(string UserName, string Password);
public sealed record VersionedDate(int Version, DateOnly Date);
/// <summary>告知补正 (Art. 30). <c>lateReason</c>: only after 7 working days, and only an office head.</summary>
public sealed record CorrectionRequest(int Version, DateOnly Date, string What, DateOnly DueBy, string? LateReason = null);
public sealed record ExtensionRequest(int Version, DateOnly Date, string Reason);
/// <summary>征求意见 (Art. 32 third party, Art. 34 co-producing agency).</summary>
public sealed record ConsultationRequest(int Version, string Party, DateOnly From, ConsultedParty Kind = ConsultedParty.ThirdParty);
/// <summary>征求意见的结果: the party's view, or NoReply after the reply date.</summary>
public sealed record ConsultationEndRequest(int Version, DateOnly Date, ConsultationReply Reply = ConsultationReply.Consented);
/// <summary>An office head lets a consultation pause the clock past its reply date, with a reason.</summary>
public sealed record ProlongRequest(int Version, DateOnly Date, DateOnly Until, string Reason);
/// <summary>书面告知第三方 the decision to disclose over its objection (Art. 32).</summary>
public sealed record NotifyRequest(int Version, DateOnly Date, string Content, string Reasons);
/// <summary>收费通知 (Art. 42; 国办函〔2020〕109号): <c>units</c> items (按件) or pages (按量); the method defaults to the office's policy.</summary>
public sealed record FeeRequest(int Version, DateOnly Date, int Units, DateOnly PayBy, string PaymentMethod, FeeMethod? Method = null);
public sealed record PaymentRequest(int Version, DateOnly Date, string? Receipt);
/// <summary>要求说明理由 (Art. 35).</summary>
public sealed record ReasonsRequest(int Version, DateOnly Date, DateOnly DueBy);
/// <summary>
/// 办结. <c>note</c>: the reasons; the facts an outcome presupposes: <c>withheldPart</c> (部分公开), <c>notHeld</c>,
/// <c>holderAgency</c>, <c>holderContact</c> (不掌握), <c>publishedWhere</c> (已主动公开), <c>repeatOf</c> (the earlier
/// case's id, 重复申请), <c>form</c> (获取信息的方式).
/// </summary>
public sealed record CloseRequest(int Version, DateOnly Date, string Outcome, string? Note, string? WithheldPart = null, NotHeldBasis? NotHeld = null,
    string? HolderAgency = null, string? HolderContact = null, string? PublishedWhere = null, int? RepeatOf = null, InformationForm? Form = null);
/// <summary>重新办理 (an office head).</summary>
public sealed record ReopenRequest(int Version, DateOnly Date, ReopenReason Reason, string Note, DateOnly? AnswerBy = null);
/// <summary>送达 of the notice numbered <c>notice</c>.</summary>
public sealed record ServiceRequest(int Version, string Notice, DateOnly Date, ServiceMethod Method, string? Proof);
/// <summary>本机关的机关代字 and fee policy (an office head).</summary>
public sealed record AgencySettingsRequest(string? NoticeCode, FeeMethod? FeeMethod);
public sealed record AssignRequest(int Version, string HandlerId);
public sealed record ChallengeRequest(ChallengeKind Kind, DateOnly Filed);
public sealed record DecisionRequest(DateOnly Decided, ChallengeResult Result, string? Note);
public sealed record NarrativeRequest(int Version, string? Preamble, string? Overview, string? Problems, string? Other, DateOnly? Published);
public sealed record OverrideRequest(string Path, decimal Value, string Reason);
public sealed record ProactiveRequest(Dictionary<string, decimal?> Cells);
public sealed record CalendarRequest(string Json);
/// <summary>
/// An entry of the 主动公开 register; <c>category</c> is a row of section 二 (regulations, normativeDocuments, licensing,
/// penalty, enforcement, fees…). <c>repealedOn</c>: the day a document was repealed; <c>quantity</c>: the decisions the
/// entry records, or 万元 for fees and procurement.
/// </summary>
public sealed record ProactiveItemRequest(string Title, string? DocumentNumber, string Category, DateOnly PublishedOn, string? Url,
    DateOnly? RepealedOn = null, decimal? Quantity = null);

public sealed record ClockDto(string State, DateOnly? Due, int? WorkingDaysLeft, bool Overdue, bool DueSoon, IReadOnlyList<string> Explanation, DateOnly? CorrectionNoticeDue,
    bool Provisional, IReadOnlyList<PauseDto> Pauses);
public sealed record PauseDto(DateOnly From, DateOnly To, string Reason);
public sealed record ConsultationDto(int Id, string Party, DateOnly From, DateOnly? To, ConsultedParty Kind, DateOnly? ReplyDue, ConsultationReply? Reply,
    string? ProlongReason, DateOnly? ProlongedTo, DateOnly? NotifiedOn);
public sealed record NoticeDto(string Number, NoticeKind Kind, string Title, DateOnly IssuedOn, ServiceMethod? ServedMethod, DateOnly? ServedOn, string? ServedProof);
public sealed record FeeDto(FeeMethod Method, int Units, int PriorUnits, decimal Amount, DateOnly NoticeOn, DateOnly PayBy, string PaymentMethod, DateOnly? PaidOn, string? Receipt);
public sealed record ReopeningDto(DateOnly On, ReopenReason Reason, string Note, string By, DateOnly PreviousClosedOn, string PreviousOutcome, DateOnly? AnswerBy);
public sealed record SimilarDto(int Id, string Number, DateOnly? ReceivedOn, DateOnly? ClosedOn, string? Outcome, double Similarity, string InformationRequested);
public sealed record FeeQuoteDto(FeeMethod Method, int Units, int PriorUnits, decimal Amount, string Breakdown, string Standard);
public sealed record ChallengeDto(int Id, ChallengeKind Kind, DateOnly Filed, DateOnly? Decided, ChallengeResult? Result, string? Note);

/// <summary>A case as the API shows it; the applicant's personal data masked unless the caller handles the case.</summary>
public sealed record CaseDto(
    int Id, string Number, int Version, Channel Channel, DateOnly Submitted, DateOnly? Confirmed, DateOnly? ReceivedOn,
    ApplicantKind ApplicantKind, string ApplicantName, string? IdNumber, string? Phone, string? Address, string? Email, bool PersonalDataMasked,
    string InformationRequested, string? PreferredForm, string? HandlerId, string? HandlerName,
    DateOnly? CorrectionRequestedOn, string? CorrectionRequest, DateOnly? CorrectionDueBy, DateOnly? CorrectionReceivedOn,
    DateOnly? ExtendedOn, string? ExtensionReason, string? ExtensionApprovedBy,
    DateOnly? ClosedOn, string? Outcome, string? OutcomeLabel, string? OutcomeNote,
    IReadOnlyList<ConsultationDto> Consultations, IReadOnlyList<ChallengeDto> Challenges, ClockDto Clock,
    CaseState StateCode, InformationForm? Form, string? WithheldPart, NotHeldBasis? NotHeld, string? HolderAgency, string? HolderContact,
    string? PublishedWhere, int? RepeatOf, FeeDto? Fee, DateOnly? ReasonsRequestedOn, DateOnly? OverdueSince,
    IReadOnlyList<NoticeDto> Notices, IReadOnlyList<ReopeningDto> Reopenings, IReadOnlyList<string> AllowedSteps)
{
    public static CaseDto From(Case c, Actor actor, ClockReading clock)
    {
        var applicant = actor.ApplicantOf(c);
        var outcome = c.OutcomeRow is { } row && c.ClosedOn is { } closed ? Outcomes.Find(closed.Year, row)?.DisplayName : null;
        return new(c.Id, c.Number, c.Version, c.Channel, c.Submitted, c.Confirmed, c.ReceivedOn,
            c.ApplicantKind,
            applicant.Name, applicant.IdNumber, applicant.Phone, applicant.Address, applicant.Email, applicant.IsMasked,
            c.InformationRequested, c.PreferredForm, c.HandlerId, c.Handler?.DisplayName,
            c.CorrectionRequestedOn, c.CorrectionRequest, c.CorrectionDueBy, c.CorrectionReceivedOn,
            c.ExtendedOn, c.ExtensionReason, c.ExtensionApprovedBy,
            c.ClosedOn, c.OutcomeRow, outcome, c.OutcomeNote,
            [.. c.Consultations.OrderBy(x => x.Id).Select(x => new ConsultationDto(x.Id, x.Party, x.From, x.To, x.Kind, x.ReplyDue, x.Reply, x.ProlongReason, x.ProlongedTo, x.NotifiedOn))],
            [.. c.Challenges.OrderBy(x => x.Filed).Select(x => new ChallengeDto(x.Id, x.Kind, x.Filed, x.Decided, x.Result, x.Note))],
            new ClockDto(clock.StateLabel, clock.Due, clock.WorkingDaysLeft, clock.Overdue, clock.DueSoon, clock.Explanation, clock.CorrectionNoticeDue,
                clock.Provisional, [.. clock.Pauses.Select(p => new PauseDto(p.Range.From, p.Range.To, p.Reason))]),
            clock.State, c.Form, c.WithheldPart, c.NotHeld, c.HolderAgency, c.HolderContact, c.PublishedWhere, c.RepeatOfId,
            c.FeeNoticeOn is { } feeOn && c.FeeMethod is { } m
                ? new FeeDto(m, c.FeeUnits ?? 0, c.FeePriorUnits ?? 0, c.FeeAmount ?? 0, feeOn, c.FeePayBy ?? feeOn, c.FeePaymentMethod ?? "", c.FeePaidOn, c.FeeReceipt)
                : null,
            c.ReasonsRequestedOn, c.OverdueSince,
            [.. c.Notices.OrderBy(n => n.Id).Select(n => new NoticeDto(n.Number, n.Kind, n.Kind.Label(), n.IssuedOn, n.ServedMethod, n.ServedOn, n.ServedProof))],
            [.. c.Reopenings.OrderBy(r => r.Id).Select(r => new ReopeningDto(r.On, r.Reason, r.Note, r.By, r.PreviousClosedOn, r.PreviousOutcomeRow, r.AnswerBy))],
            [.. CaseLifecycle.Allowed(clock.State).Select(k => k.ToString())]);
    }
}

public sealed record CaseSummaryDto(int Id, string Number, string ApplicantName, ApplicantKind ApplicantKind, DateOnly? ReceivedOn, string State, DateOnly? Due, int? WorkingDaysLeft, DateOnly? ClosedOn, string? Outcome);
