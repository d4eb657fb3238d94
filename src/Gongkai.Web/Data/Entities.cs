using Gongkai.Core.Layout;
using Gongkai.Core.Oversight;
using Gongkai.Core.Desk;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Data;

/// <summary>A government agency; agencies form a hierarchy (a district government over its departments and streets).</summary>
public sealed class Agency : IAgencyOwned
{
    int IAgencyOwned.AgencyId => Id;
    public int Id { get; set; }
    public required string Name { get; set; }
    public int? ParentId { get; set; }
    public Agency? Parent { get; set; }
    /// <summary>Who reviews and litigates against it: named in the remedies sentence of a decision notice.</summary>
    public string? ReviewBody { get; set; }
    public string? Court { get; set; }
    public AgencyKind Kind { get; set; }
    /// <summary>机关代字 for the desk's notice numbers (“示政办公开” → “示政办公开〔2026〕12号”).</summary>
    public string? NoticeCode { get; set; }
    /// <summary>The office's fee policy (国办函〔2020〕109号 第三条): null charges no fee.</summary>
    public FeeMethod? FeeMethod { get; set; }
    /// <summary>A supervising office's internal deadline for its units' reports, “MM-dd” of the next year (Art. 49's stays).</summary>
    public string? UnitsReportDeadline { get; set; }
    /// <summary>The agency's address on the public site, /open/{code} (Public/PublicSite.cs); null: no public site.</summary>
    public string? PublicCode { get; set; }
    /// <summary>The public site takes applications online (Art. 29).</summary>
    public bool AcceptsOnline { get; set; }
}

public sealed class AppUser : IdentityUser
{
    public int AgencyId { get; set; }
    public Agency? Agency { get; set; }
    public string DisplayName { get; set; } = "";
}

/// <summary>One application for disclosure (依申请公开), from receipt to decision.</summary>
public sealed class Case : IAudited, IAgencyOwned
{
    int? IAudited.AuditCaseId => (int?)Id;
    int? IAudited.AuditAgencyId => AgencyId;
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
    /// <summary>Free text of records before 获取信息的方式 was a list; kept as written.</summary>
    public string? PreferredForm { get; set; }
    /// <summary>获取信息的方式 (Art. 29, 40).</summary>
    public InformationForm? Form { get; set; }
    /// <summary>The applicant across cases: the normalised ID number or 统一社会信用代码 (<see cref="ApplicantIdentity"/>).</summary>
    public string? ApplicantKey { get; set; }

    /// <summary>The clerk handling the case; with the agency's office heads, the only people who see the applicant's personal data.</summary>
    public string? HandlerId { get; set; }
    public AppUser? Handler { get; set; }

    public DateOnly? CorrectionRequestedOn { get; set; }
    public string? CorrectionRequest { get; set; }
    public DateOnly? CorrectionDueBy { get; set; }
    public DateOnly? CorrectionReceivedOn { get; set; }
    public string? CorrectionLateReason { get; set; }
    public string? CorrectionLateApprovedBy { get; set; }

    public DateOnly? ExtendedOn { get; set; }
    public string? ExtensionReason { get; set; }
    public string? ExtensionApprovedBy { get; set; }
    public DateOnly? ExtendedDue { get; set; }
    public bool ExtendedDueProvisional { get; set; }

    public FeeMethod? FeeMethod { get; set; }
    public int? FeeUnits { get; set; }
    public int? FeePriorUnits { get; set; }
    public decimal? FeeAmount { get; set; }
    public DateOnly? FeeNoticeOn { get; set; }
    public DateOnly? FeePayBy { get; set; }
    public string? FeePaymentMethod { get; set; }
    public DateOnly? FeePaidOn { get; set; }
    public string? FeeReceipt { get; set; }

    public DateOnly? ReasonsRequestedOn { get; set; }
    public DateOnly? ReasonsDueBy { get; set; }

    public DateOnly? ClosedOn { get; set; }
    public string? OutcomeRow { get; set; }
    /// <summary>The reasons of the answer (the clerk's own words).</summary>
    public string? OutcomeNote { get; set; }
    public string? WithheldPart { get; set; }
    public NotHeldBasis? NotHeld { get; set; }
    public string? HolderAgency { get; set; }
    public string? HolderContact { get; set; }
    public string? PublishedWhere { get; set; }
    public int? RepeatOfId { get; set; }
    public Case? RepeatOf { get; set; }

    /// <summary>The first day a step found the case overdue: it stays on the overdue list until closed.</summary>
    public DateOnly? OverdueSince { get; set; }

    /// <summary>Optimistic concurrency: bumped on every save; an edit made from an older version is refused.</summary>
    public int Version { get; set; }

    public List<Consultation> Consultations { get; set; } = [];
    public List<Attachment> Attachments { get; set; } = [];
    public List<Challenge> Challenges { get; set; } = [];
    public List<Reopening> Reopenings { get; set; } = [];
    public List<CaseNotice> Notices { get; set; } = [];

    public bool IsClosed => ClosedOn is not null;
}

/// <summary>Time spent consulting a third party (Art. 32) or another agency (Art. 34); not counted in the answer period.</summary>
public sealed class Consultation : IAudited, ICaseRecord
{
    int? IAudited.AuditCaseId => CaseId;
    int? IAudited.AuditAgencyId => null;
    public int Id { get; set; }
    public int CaseId { get; set; }
    public ConsultedParty Kind { get; set; }
    public required string Party { get; set; }
    /// <summary>The day the 征求意见书 was sent.</summary>
    public DateOnly From { get; set; }
    /// <summary>15 working days after <see cref="From"/> (null on records made before it was kept: computed when read).</summary>
    public DateOnly? ReplyDue { get; set; }
    /// <summary>The day the reply came, or the day its absence was recorded.</summary>
    public DateOnly? To { get; set; }
    public ConsultationReply? Reply { get; set; }
    public string? ProlongReason { get; set; }
    public DateOnly? ProlongedTo { get; set; }
    public DateOnly? NotifiedOn { get; set; }
    public string? DisclosedContent { get; set; }
    public string? DisclosureReasons { get; set; }
}

/// <summary>A closed case opened again by an office head; the closing it undid is kept whole (<see cref="PreviousJson"/>).</summary>
public sealed class Reopening : IAudited, ICaseRecord
{
    int? IAudited.AuditCaseId => CaseId;
    int? IAudited.AuditAgencyId => null;
    public int Id { get; set; }
    public int CaseId { get; set; }
    public DateOnly On { get; set; }
    public ReopenReason Reason { get; set; }
    public required string Note { get; set; }
    public required string By { get; set; }
    public DateOnly? AnswerBy { get; set; }
    public DateOnly PreviousClosedOn { get; set; }
    public required string PreviousOutcomeRow { get; set; }
    public DateOnly? PreviousOverdueSince { get; set; }
    /// <summary>The undone closing (Core's Closing record as JSON): its reasons, holder, earlier case…</summary>
    public required string PreviousJson { get; set; }
}

/// <summary>A numbered notice of a case (答复、补正、延期、征求意见、收费…) and its service (送达).</summary>
public sealed class CaseNotice : IAudited, IAgencyOwned
{
    int? IAudited.AuditCaseId => CaseId;
    int? IAudited.AuditAgencyId => AgencyId;
    public int Id { get; set; }
    public int CaseId { get; set; }
    public int AgencyId { get; set; }
    public int Year { get; set; }
    /// <summary>The running number of the agency's notices in <see cref="Year"/>; null for notices numbered before notices had their own numbers.</summary>
    public int? Seq { get; set; }
    public required string Number { get; set; }
    public NoticeKind Kind { get; set; }
    public DateOnly IssuedOn { get; set; }
    /// <summary>For a consultation letter or a third party's notice: which consultation of the case (1, 2…).</summary>
    public int? ConsultationSeq { get; set; }
    public ServiceMethod? ServedMethod { get; set; }
    public DateOnly? ServedOn { get; set; }
    public string? ServedProof { get; set; }
}

public sealed class Attachment : IAudited, ICaseRecord
{
    int? IAudited.AuditCaseId => CaseId;
    int? IAudited.AuditAgencyId => null;
    public int Id { get; set; }
    public int CaseId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public required byte[] Content { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public required string UploadedBy { get; set; }
}

/// <summary>An administrative review (复议) or lawsuit (诉讼) over a case's answer.</summary>
public sealed class Challenge : IAudited, ICaseRecord
{
    int? IAudited.AuditCaseId => CaseId;
    int? IAudited.AuditAgencyId => null;
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
public sealed class ProactiveCell : IAgencyOwned
{
    public int Id { get; set; }
    public int AgencyId { get; set; }
    public int Year { get; set; }
    public required string Path { get; set; }
    public decimal Value { get; set; }
}

/// <summary>An item published proactively (a regulation, a normative document, a decision…).</summary>
public sealed class ProactiveItem : IAgencyOwned
{
    public int Id { get; set; }
    public int AgencyId { get; set; }
    public int Year { get; set; }
    public required string Title { get; set; }
    public string? DocumentNumber { get; set; }
    public required string Category { get; set; }
    public DateOnly PublishedOn { get; set; }
    public string? Url { get; set; }
    /// <summary>The day a regulation or normative document was repealed (本年废止件数, 现行有效件数).</summary>
    public DateOnly? RepealedOn { get; set; }
    /// <summary>The decisions an entry records (行政许可、处罚、强制), or 万元 for 收费 and 采购; null counts 1 decision.</summary>
    public decimal? Quantity { get; set; }
}

/// <summary>The office's own words for a year's report (sections 一, 五, 六) with optimistic concurrency.</summary>
public sealed class ReportDraft : IAgencyOwned
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
public sealed class CellOverride : IAgencyOwned
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
    /// <summary>The supervising office (政务公开办): collects, checks and rolls up the reports of its agency's units.</summary>
    public const string Supervisor = "Supervisor";

    public static string Label(string role) => role switch
    {
        Clerk => "经办人",
        Head => "审核人",
        Admin => "管理员",
        Supervisor => "政务公开办",
        _ => role,
    };
}

/// <summary>The morning list of what is overdue or due soon at one agency, kept so the office can see what it was told.</summary>
/// <summary>
/// A version of the desk's read cache shared by several application servers (the cache's <c>SharedCacheVersions</c>):
/// scope 0 is the global version, any other scope an agency's id.
/// </summary>
public sealed class CacheVersion
{
    public int Scope { get; set; }
    public long Version { get; set; }
}

public sealed class ReminderDigest : IAgencyOwned
{
    public int Id { get; set; }
    public int AgencyId { get; set; }
    public DateOnly Day { get; set; }
    public required string Text { get; set; }
    public int Overdue { get; set; }
    public int DueSoon { get; set; }
}

/// <summary>
/// A unit's published annual report as collected by its supervising office: read, checked and stored with its
/// original file. The same file twice is one report (<see cref="Sha256"/> is unique); a unit that files again for
/// the same year supersedes its earlier report, which stays for the record.
/// </summary>
public sealed class FiledReport : IAgencyOwned
{
    public long Id { get; set; }
    public int AgencyId { get; set; }
    public Agency? Agency { get; set; }
    public int Year { get; set; }
    /// <summary>2019 or 2021: the template the report was laid out in, which with <see cref="OtherCollapsed"/> fixes the order of <see cref="Cells"/>.</summary>
    public TemplateId Template { get; set; }
    /// <summary>A 2021 report printed with the 2019 single “其他处理” row (template.mixed-layout).</summary>
    public bool OtherCollapsed { get; set; }
    /// <summary>SHA-256 of the original file (hex, lower case): the identity that makes import idempotent.</summary>
    public required string Sha256 { get; set; }
    public required string FileName { get; set; }
    /// <summary>text, pdf, docx, doc, html, json, or desk.</summary>
    public required string Format { get; set; }
    public FilingSource Source { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public string? ReceivedBy { get; set; }
    public DateOnly? Published { get; set; }
    /// <summary>False once a newer report of the same agency and year has been filed.</summary>
    public bool IsCurrent { get; set; } = true;

    /// <summary>The whole report in the public JSON format (../shared/spec/report-json.md), findings included.</summary>
    public required string Json { get; set; }
    /// <summary>Sections 二, 三, 四 in layout order, for roll-up and queries without parsing <see cref="Json"/>.</summary>
    public decimal?[] Cells { get; set; } = [];

    public int Errors { get; set; }
    public int Warnings { get; set; }
    // Figures the dashboard ranks and charts by, kept as columns so that its queries stay indexable at scale.
    public decimal? NewReceived { get; set; }
    public decimal? CarriedForward { get; set; }
    public decimal? ReviewTotal { get; set; }
    public decimal? ReviewCorrected { get; set; }
    public decimal? ReviewConcluded { get; set; }
    public decimal? SuitTotal { get; set; }
    public decimal? SuitCorrected { get; set; }
    public decimal? SuitConcluded { get; set; }

    public long FileId { get; set; }
    public ReportFile? File { get; set; }
    public List<FiledFinding> Findings { get; set; } = [];

    /// <summary>
    /// The agency name the report prints and its prose, normalised for search (<see cref="Gongkai.Core.Text.SearchText"/>):
    /// what the public portal's full-text search matches.
    /// </summary>
    public string SearchText { get; set; } = "";
    /// <summary>
    /// PostgreSQL only (not mapped on SQLite): the sorted distinct bigram codes of <see cref="SearchText"/>
    /// (<see cref="Gongkai.Core.Text.SearchText.Codes"/>), an int[] column with a GIN index that finds the candidates
    /// of a search; <see cref="GongkaiDb.SaveChangesAsync(bool, CancellationToken)"/> and BulkImport fill it.
    /// </summary>
    public int[] Grams { get; set; } = [];
}

/// <summary>The original file of a filed report, byte for byte, kept apart so that listing reports never loads it.</summary>
public sealed class ReportFile
{
    public long Id { get; set; }
    public required string Sha256 { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public required byte[] Content { get; set; }
}

/// <summary>One finding of a filed report, a row so that the office can filter every unit's findings by rule and severity.</summary>
public sealed class FiledFinding : IAgencyOwned
{
    public long Id { get; set; }
    public long FiledReportId { get; set; }
    public int AgencyId { get; set; }
    public int Year { get; set; }
    public required string Rule { get; set; }
    public Gongkai.Core.Model.Severity Severity { get; set; }
    public required string Where { get; set; }
    public required string Message { get; set; }
    public decimal? Expected { get; set; }
    public decimal? Actual { get; set; }
}

/// <summary>
/// One sign-in (a browser's cookie or an API token), named in its ticket; a request is accepted only while its
/// session is open (the account feature's <c>Sessions</c>). Signing out ends it; a password change, a reset,
/// disabling the user or an administrator ends all of the user's.
/// </summary>
public sealed class UserSession
{
    public required string Id { get; set; }
    public required string UserId { get; set; }
    public AppUser? User { get; set; }
    public DateTimeOffset Created { get; set; }
    public DateTimeOffset? Ended { get; set; }
    /// <summary>cookie or bearer.</summary>
    public required string Kind { get; set; }
    public string? Address { get; set; }
}

/// <summary>
/// Failed sign-ins of one account from one address (the key is a hash of the two): after a few, that address may not
/// try that account for a while — the account itself is never locked by others' failures (the account feature's <c>SignInGuard</c>).
/// </summary>
public sealed class SignInFailure
{
    public required string Key { get; set; }
    public int Failures { get; set; }
    public DateTimeOffset First { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
}
