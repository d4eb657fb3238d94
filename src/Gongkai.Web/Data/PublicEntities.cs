using Gongkai.Core.Desk;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Data
{
    /// <summary>
    /// One version of an agency's 政府信息公开指南 (Art. 23): the office's address, hours and numbers, the ways to apply,
    /// how answers and fees work, remedies. Edited by an office head; the newest version is the one published.
    /// </summary>
    public sealed class AgencyGuide
    {
        public int Id { get; set; }
        public int AgencyId { get; set; }
        public int Version { get; set; }
        public DateOnly PublishedOn { get; set; }
        /// <summary>政府信息公开工作机构: the office's name.</summary>
        public required string Office { get; set; }
        public required string Address { get; set; }
        public string? Postcode { get; set; }
        public required string Hours { get; set; }
        public required string Phone { get; set; }
        public string? Fax { get; set; }
        public string? Email { get; set; }
        /// <summary>申请的方式 (当面、邮寄、网上…), one paragraph per line.</summary>
        public required string Ways { get; set; }
        /// <summary>办理和答复: the time limits and how the answer is given.</summary>
        public required string Handling { get; set; }
        /// <summary>收费: the 信息处理费 policy.</summary>
        public required string Fees { get; set; }
        /// <summary>救济: review and litigation.</summary>
        public required string Remedies { get; set; }
        public required string EditedBy { get; set; }
        public DateTimeOffset EditedAt { get; set; }
    }

    /// <summary>
    /// What the public site keeps of an online application beside its <see cref="Case"/>: the query code (hashed: the
    /// code itself is shown once and sent by e-mail, never stored), what the form asked that the case does not hold, and
    /// the applicant's answer to a 补正.
    /// </summary>
    public sealed class OnlineApplicationRecord
    {
        public int CaseId { get; set; }
        public Case? Case { get; set; }
        /// <summary>HMAC-SHA256 of the query code under <see cref="CodeSalt"/> (Base64).</summary>
        public required string CodeHash { get; set; }
        public required string CodeSalt { get; set; }
        public PublicApplicantKind Kind { get; set; }
        public IdentityKind IdType { get; set; }
        public string? DocumentNumber { get; set; }
        public ProvisionForm Form { get; set; }
        public DeliveryWay Delivery { get; set; }
        public DateTimeOffset SubmittedAt { get; set; }
        public string? CorrectionText { get; set; }
        public DateTimeOffset? CorrectionAt { get; set; }
    }

    /// <summary>
    /// An e-mail to send (the outbox): written in the transaction of the step it reports, sent later by
    /// the portal's <c>OutboxSender</c> with retries, so a mail server that is down never blocks the desk.
    /// </summary>
    public sealed class OutboxMessage
    {
        public long Id { get; set; }
        public required string To { get; set; }
        public required string Subject { get; set; }
        public required string Body { get; set; }
        public int? CaseId { get; set; }
        public Case? Case { get; set; }
        public DateTimeOffset CreatedAt { get; set; }
        public int Attempts { get; set; }
        public DateTimeOffset NextAttemptAt { get; set; }
        public DateTimeOffset? SentAt { get; set; }
        public string? LastError { get; set; }
        /// <summary>Given up after the configured number of attempts (Mail:MaxAttempts).</summary>
        public bool GaveUp { get; set; }
    }
}

namespace Gongkai.Web.Data
{
    /// <summary>The portal's tables (guides, online applications, the mail outbox): configured here, in the data layer.</summary>
    public static class PublicModel
    {
        public static void Configure(ModelBuilder b)
        {
            b.Entity<Agency>().Property(a => a.PublicCode).HasMaxLength(32);
            b.Entity<Agency>().HasIndex(a => a.PublicCode).IsUnique();
            b.Entity<AgencyGuide>(e =>
            {
                e.HasIndex(g => new { g.AgencyId, g.Version }).IsUnique();
                e.HasOne<Agency>().WithMany().HasForeignKey(g => g.AgencyId).OnDelete(DeleteBehavior.Cascade);
            });
            b.Entity<OnlineApplicationRecord>(e =>
            {
                e.HasKey(o => o.CaseId);
                e.HasOne(o => o.Case).WithOne().HasForeignKey<OnlineApplicationRecord>(o => o.CaseId).OnDelete(DeleteBehavior.Cascade);
                e.Property(o => o.CodeHash).HasMaxLength(64);
                e.Property(o => o.CodeSalt).HasMaxLength(32);
                e.Property(o => o.Kind).HasConversion<string>().HasMaxLength(16);
                e.Property(o => o.IdType).HasConversion<string>().HasMaxLength(16);
                e.Property(o => o.Form).HasConversion<string>().HasMaxLength(16);
                e.Property(o => o.Delivery).HasConversion<string>().HasMaxLength(16);
                e.HasIndex(o => o.SubmittedAt);
            });
            b.Entity<OutboxMessage>(e =>
            {
                e.HasIndex(m => new { m.SentAt, m.GaveUp, m.NextAttemptAt });
                e.Property(m => m.To).HasMaxLength(320);
                e.HasOne(m => m.Case).WithMany().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.SetNull);
                e.Property(m => m.Subject).HasMaxLength(300);
            });
        }
    }
}
