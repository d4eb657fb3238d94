using Gongkai.Core.Desk;
using Gongkai.Web.Data;
using Gongkai.Web.Desk;

namespace Gongkai.Web.Api;

public sealed record LoginRequest(string UserName, string Password);
public sealed record VersionedDate(int Version, DateOnly Date);
public sealed record CorrectionRequest(int Version, DateOnly Date, string What, DateOnly DueBy);
public sealed record ExtensionRequest(int Version, DateOnly Date, string Reason);
public sealed record ConsultationRequest(int Version, string Party, DateOnly From);
public sealed record CloseRequest(int Version, DateOnly Date, string Outcome, string? Note);
public sealed record AssignRequest(int Version, string HandlerId);
public sealed record ChallengeRequest(ChallengeKind Kind, DateOnly Filed);
public sealed record DecisionRequest(DateOnly Decided, ChallengeResult Result, string? Note);
public sealed record NarrativeRequest(int Version, string? Preamble, string? Overview, string? Problems, string? Other, DateOnly? Published);
public sealed record OverrideRequest(string Path, decimal Value, string Reason);
public sealed record ProactiveRequest(Dictionary<string, decimal?> Cells);
public sealed record CalendarRequest(string Json);
public sealed record ProactiveItemRequest(string Title, string? DocumentNumber, string Category, DateOnly PublishedOn, string? Url);

public sealed record ClockDto(string State, DateOnly? Due, int? WorkingDaysLeft, bool Overdue, bool DueSoon, IReadOnlyList<string> Explanation, DateOnly? CorrectionNoticeDue);
public sealed record ConsultationDto(int Id, string Party, DateOnly From, DateOnly? To);
public sealed record ChallengeDto(int Id, ChallengeKind Kind, DateOnly Filed, DateOnly? Decided, ChallengeResult? Result, string? Note);

/// <summary>A case as the API shows it; the applicant's personal data masked unless the caller handles the case.</summary>
public sealed record CaseDto(
    int Id, string Number, int Version, Channel Channel, DateOnly Submitted, DateOnly? Confirmed, DateOnly? ReceivedOn,
    ApplicantKind ApplicantKind, string ApplicantName, string? IdNumber, string? Phone, string? Address, string? Email, bool PersonalDataMasked,
    string InformationRequested, string? PreferredForm, string? HandlerId, string? HandlerName,
    DateOnly? CorrectionRequestedOn, string? CorrectionRequest, DateOnly? CorrectionDueBy, DateOnly? CorrectionReceivedOn,
    DateOnly? ExtendedOn, string? ExtensionReason, string? ExtensionApprovedBy,
    DateOnly? ClosedOn, string? Outcome, string? OutcomeLabel, string? OutcomeNote,
    IReadOnlyList<ConsultationDto> Consultations, IReadOnlyList<ChallengeDto> Challenges, ClockDto Clock)
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
            [.. c.Consultations.OrderBy(x => x.From).Select(x => new ConsultationDto(x.Id, x.Party, x.From, x.To))],
            [.. c.Challenges.OrderBy(x => x.Filed).Select(x => new ChallengeDto(x.Id, x.Kind, x.Filed, x.Decided, x.Result, x.Note))],
            new ClockDto(clock.StateLabel, clock.Due, clock.WorkingDaysLeft, clock.Overdue, clock.DueSoon, clock.Explanation, clock.CorrectionNoticeDue));
    }
}

public sealed record CaseSummaryDto(int Id, string Number, string ApplicantName, ApplicantKind ApplicantKind, DateOnly? ReceivedOn, string State, DateOnly? Due, int? WorkingDaysLeft, DateOnly? ClosedOn, string? Outcome);
