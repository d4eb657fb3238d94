using Gongkai.Core.Desk;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Data;

/// <summary>A government agency; agencies form a hierarchy (a district government over its departments and streets).</summary>
public sealed class Agency
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int? ParentId { get; set; }
    public Agency? Parent { get; set; }
    /// <summary>Who reviews and litigates against it: named in the remedies sentence of a decision notice.</summary>
    public string? ReviewBody { get; set; }
    public string? Court { get; set; }
}

public sealed class AppUser : IdentityUser
{
    public int AgencyId { get; set; }
    public Agency? Agency { get; set; }
    public string DisplayName { get; set; } = "";
}

/// <summary>One application for disclosure (依申请公开), from receipt to decision.</summary>
public sealed class Case
{
    public int Id { get; set; }
    public int AgencyId { get; set; }
    public Agency? Agency { get; set; }
    /// <summary>"2026-0012": year of registration and a running number within the agency.</summary>
    public required string Number { get; set; }

    public Channel Channel { get; set; }
    public DateOnly Submitted { get; set; }
    /// <summary>The day the agency signed for a letter or confirmed a letter/online/fax submission with the applicant (Art. 31).</summary>
    public DateOnly? Confirmed { get; set; }
    /// <summary>Derived from channel, submission and confirmation (Art. 31); null until it counts as received.</summary>
    public DateOnly? ReceivedOn { get; set; }

    public ApplicantKind ApplicantKind { get; set; }
    public required string ApplicantName { get; set; }
    public string? IdNumber { get; set; }
    public string? Phone { get; set; }
    public string? Address { get; set; }
    public string? Email { get; set; }
    public required string InformationRequested { get; set; }
    public string? PreferredForm { get; set; }

    /// <summary>The clerk handling the case; with the agency's office heads, the only people who see the applicant's personal data.</summary>
    public string? HandlerId { get; set; }
    public AppUser? Handler { get; set; }

    public DateOnly? CorrectionRequestedOn { get; set; }
    public string? CorrectionRequest { get; set; }
    public DateOnly? CorrectionDueBy { get; set; }
    public DateOnly? CorrectionReceivedOn { get; set; }

    public DateOnly? ExtendedOn { get; set; }
    public string? ExtensionReason { get; set; }
    public string? ExtensionApprovedBy { get; set; }

    public DateOnly? ClosedOn { get; set; }
    public string? OutcomeRow { get; set; }
    public string? OutcomeNote { get; set; }

    /// <summary>Optimistic concurrency: bumped on every save; an edit made from an older version is refused.</summary>
    public int Version { get; set; }

    public List<Consultation> Consultations { get; set; } = [];
    public List<Attachment> Attachments { get; set; } = [];
    public List<Challenge> Challenges { get; set; } = [];

    public bool IsClosed => ClosedOn is not null;
}

/// <summary>Time spent consulting a third party (Art. 32) or another agency (Art. 34); not counted in the answer period.</summary>
public sealed class Consultation
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public required string Party { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
}

public sealed class Attachment
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public required byte[] Content { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public required string UploadedBy { get; set; }
}

/// <summary>An administrative review (复议) or lawsuit (诉讼) over a case's answer.</summary>
public sealed class Challenge
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public Case? Case { get; set; }
    public ChallengeKind Kind { get; set; }
    public DateOnly Filed { get; set; }
    public DateOnly? Decided { get; set; }
    public ChallengeResult? Result { get; set; }
    public string? Note { get; set; }
}

/// <summary>Append-only: who changed what, when. The database refuses updates and deletes of these rows.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string UserName { get; set; }
    public int? AgencyId { get; set; }
    public int? CaseId { get; set; }
    public required string Action { get; set; }
    public required string Detail { get; set; }
}

/// <summary>One cell of section 二 as entered or imported ("proactive.regulations.issued").</summary>
public sealed class ProactiveCell
{
    public int Id { get; set; }
    public int AgencyId { get; set; }
    public int Year { get; set; }
    public required string Path { get; set; }
    public decimal Value { get; set; }
}

/// <summary>An item published proactively (a regulation, a normative document, a decision…).</summary>
public sealed class ProactiveItem
{
    public int Id { get; set; }
    public int AgencyId { get; set; }
    public int Year { get; set; }
    public required string Title { get; set; }
    public string? DocumentNumber { get; set; }
    public required string Category { get; set; }
    public DateOnly PublishedOn { get; set; }
    public string? Url { get; set; }
}

/// <summary>The office's own words for a year's report (sections 一, 五, 六) with optimistic concurrency.</summary>
public sealed class ReportDraft
{
    public int Id { get; set; }
    public int AgencyId { get; set; }
    public int Year { get; set; }
    public string? Preamble { get; set; }
    public string? Overview { get; set; }
    public string? Problems { get; set; }
    public string? Other { get; set; }
    public DateOnly? Published { get; set; }
    public int Version { get; set; }
}

/// <summary>A computed cell replaced by hand, with the reason, kept as long as the override.</summary>
public sealed class CellOverride
{
    public int Id { get; set; }
    public int AgencyId { get; set; }
    public int Year { get; set; }
    public required string Path { get; set; }
    public decimal Value { get; set; }
    public required string Reason { get; set; }
    public required string UserName { get; set; }
    public DateTimeOffset At { get; set; }
}

/// <summary>A version of the working-day calendar saved by an administrator (the whole calendar file); the newest wins.</summary>
public sealed class CalendarVersion
{
    public int Id { get; set; }
    public required string Json { get; set; }
    public required string UserName { get; set; }
    public DateTimeOffset At { get; set; }
}

public static class Roles
{
    public const string Clerk = "Clerk";
    public const string Head = "Head";
    public const string Admin = "Admin";

    public static string Label(string role) => role switch
    {
        Clerk => "经办人",
        Head => "审核人",
        Admin => "管理员",
        _ => role,
    };
}

/// <summary>The morning list of what is overdue or due soon at one agency, kept so the office can see what it was told.</summary>
public sealed class ReminderDigest
{
    public int Id { get; set; }
    public int AgencyId { get; set; }
    public DateOnly Day { get; set; }
    public required string Text { get; set; }
    public int Overdue { get; set; }
    public int DueSoon { get; set; }
}
