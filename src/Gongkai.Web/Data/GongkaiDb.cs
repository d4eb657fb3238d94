using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Gongkai.Core.Layout;

namespace Gongkai.Web.Data;

public sealed class GongkaiDb(DbContextOptions<GongkaiDb> options, IHttpContextAccessor? http = null, TimeProvider? clock = null) : IdentityDbContext<AppUser>(options),
    Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.IDataProtectionKeyContext
{
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<Consultation> Consultations => Set<Consultation>();
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<Challenge> Challenges => Set<Challenge>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    public DbSet<ProactiveCell> ProactiveCells => Set<ProactiveCell>();
    public DbSet<ProactiveItem> ProactiveItems => Set<ProactiveItem>();
    public DbSet<ReportDraft> ReportDrafts => Set<ReportDraft>();
    public DbSet<CellOverride> CellOverrides => Set<CellOverride>();
    public DbSet<CalendarVersion> CalendarVersions => Set<CalendarVersion>();
    public DbSet<ReminderDigest> Digests => Set<ReminderDigest>();
    public DbSet<FiledReport> FiledReports => Set<FiledReport>();
    public DbSet<ReportFile> ReportFiles => Set<ReportFile>();
    public DbSet<FiledFinding> FiledFindings => Set<FiledFinding>();
    public DbSet<Reopening> Reopenings => Set<Reopening>();
    public DbSet<CaseNotice> CaseNotices => Set<CaseNotice>();
    public DbSet<CacheVersion> CacheVersions => Set<CacheVersion>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<SignInFailure> SignInFailures => Set<SignInFailure>();
    public DbSet<AgencyGuide> Guides => Set<AgencyGuide>();
    public DbSet<OnlineApplicationRecord> OnlineApplications => Set<OnlineApplicationRecord>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    /// <summary>The keys that protect cookies and tokens, shared by every application server of the database.</summary>
    public DbSet<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey> DataProtectionKeys => Set<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>();

    /// <summary>The clock that stamps declared audit lines (the application's, so tests may fix it).</summary>
    public TimeProvider Clock { get; } = clock ?? TimeProvider.System;

    private string? _actor;

    /// <summary>
    /// Who is saving, for the audit log: the signed-in user of the request, read when the log line is written (not
    /// per request, which would build a context for every request, static files included); "system" outside one.
    /// </summary>
    public string Actor
    {
        get => _actor ?? (http?.HttpContext?.User.Identity is { } id ? id.IsAuthenticated ? id.Name ?? "unknown" : "anonymous" : "system");
        set => _actor = value;
    }

    protected override void OnModelCreating(ModelBuilder b)
    {
        base.OnModelCreating(b);
        b.Entity<Agency>().HasOne(a => a.Parent).WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.Entity<Case>(e =>
        {
            e.HasIndex(c => new { c.AgencyId, c.Number }).IsUnique();
            e.HasIndex(c => new { c.AgencyId, c.ClosedOn });
            e.Property(c => c.Version).IsConcurrencyToken();
            e.Property(c => c.Channel).HasConversion<string>().HasMaxLength(32);
            e.Property(c => c.ApplicantKind).HasConversion<string>().HasMaxLength(32);
            e.Property(c => c.Number).HasMaxLength(32);
            e.Property(c => c.OutcomeRow).HasMaxLength(64);
            e.HasOne(c => c.Agency).WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(c => c.Handler).WithMany().HasForeignKey(c => c.HandlerId).OnDelete(DeleteBehavior.SetNull);
            e.HasMany(c => c.Consultations).WithOne().HasForeignKey(x => x.CaseId);
            e.HasMany(c => c.Attachments).WithOne().HasForeignKey(x => x.CaseId);
            e.HasMany(c => c.Challenges).WithOne(x => x.Case).HasForeignKey(x => x.CaseId);
            e.HasMany(c => c.Reopenings).WithOne().HasForeignKey(x => x.CaseId);
            e.HasMany(c => c.Notices).WithOne().HasForeignKey(x => x.CaseId);
            e.HasOne(c => c.RepeatOf).WithMany().HasForeignKey(c => c.RepeatOfId).OnDelete(DeleteBehavior.Restrict);
            // The applicant's other cases (fees by month, repeats): found by key within the agency.
            e.HasIndex(c => new { c.AgencyId, c.ApplicantKey });
            e.Property(c => c.ApplicantKey).HasMaxLength(64);
            e.Property(c => c.Form).HasConversion<string>().HasMaxLength(32);
            e.Property(c => c.FeeMethod).HasConversion<string>().HasMaxLength(16);
            e.Property(c => c.NotHeld).HasConversion<string>().HasMaxLength(32);
            e.Property(c => c.FeeAmount).HasPrecision(18, 2);
        });
        b.Entity<Consultation>(e =>
        {
            e.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16).HasDefaultValue(Gongkai.Core.Desk.ConsultedParty.ThirdParty).HasSentinel((Gongkai.Core.Desk.ConsultedParty)(-1));
            e.Property(c => c.Reply).HasConversion<string>().HasMaxLength(16);
        });
        b.Entity<Reopening>().Property(r => r.Reason).HasConversion<string>().HasMaxLength(32);
        b.Entity<Reopening>().Property(r => r.PreviousOutcomeRow).HasMaxLength(64);
        b.Entity<CaseNotice>(e =>
        {
            // One running number per agency and year, whatever the notice: the database refuses a second.
            e.HasIndex(n => new { n.AgencyId, n.Year, n.Seq }).IsUnique();
            e.Property(n => n.Number).HasMaxLength(64);
            e.Property(n => n.Kind).HasConversion<string>().HasMaxLength(32);
            e.Property(n => n.ServedMethod).HasConversion<string>().HasMaxLength(16);
        });
        b.Entity<Challenge>().Property(c => c.Kind).HasConversion<string>().HasMaxLength(32);
        b.Entity<Challenge>().Property(c => c.Result).HasConversion<string>().HasMaxLength(32);
        b.Entity<AuditEntry>().HasIndex(a => a.CaseId);
        b.Entity<ProactiveCell>().HasIndex(c => new { c.AgencyId, c.Year, c.Path }).IsUnique();
        b.Entity<ProactiveItem>().HasIndex(c => new { c.AgencyId, c.Year });
        b.Entity<ReportDraft>(e =>
        {
            e.HasIndex(d => new { d.AgencyId, d.Year }).IsUnique();
            e.Property(d => d.Version).IsConcurrencyToken();
        });
        b.Entity<CellOverride>().HasIndex(c => new { c.AgencyId, c.Year, c.Path }).IsUnique();
        b.Entity<ReminderDigest>().HasIndex(d => new { d.AgencyId, d.Day }).IsUnique();
        b.Entity<Agency>().Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        b.Entity<Agency>().Property(a => a.FeeMethod).HasConversion<string>().HasMaxLength(16);
        b.Entity<Agency>().Property(a => a.NoticeCode).HasMaxLength(20);
        b.Entity<Agency>().Property(a => a.UnitsReportDeadline).HasMaxLength(5);
        b.Entity<ProactiveItem>().Property(i => i.Quantity).HasPrecision(18, 4);
        b.Entity<FiledReport>(e =>
        {
            // Stored as the template's number (2019, 2021), as before the converter: the schema does not change.
            e.Property(r => r.Template).HasConversion(t => t.Number(), n => TemplateIds.FromNumber(n));
            e.HasIndex(r => r.Sha256).IsUnique();
            e.HasIndex(r => new { r.Year, r.AgencyId, r.IsCurrent });
            // At most one current report per unit and year, even when two filings race: the database decides.
            e.HasIndex(r => new { r.AgencyId, r.Year }).IsUnique().HasFilter("\"IsCurrent\"").HasDatabaseName("IX_FiledReports_OneCurrent");
            e.Property(r => r.Sha256).HasMaxLength(64);
            e.Property(r => r.Format).HasMaxLength(16);
            e.Property(r => r.Source).HasConversion<string>().HasMaxLength(16);
            e.HasOne(r => r.Agency).WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(r => r.File).WithMany().HasForeignKey(r => r.FileId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(r => r.Findings).WithOne().HasForeignKey(f => f.FiledReportId).OnDelete(DeleteBehavior.Cascade);
            // The search's bigram codes: an int[] with a GIN index on PostgreSQL (@> finds the reports having all of a
            // query's grams); SQLite, one office's few thousand reports, scans SearchText instead and stores none.
            if (Database.IsNpgsql()) e.HasIndex(r => r.Grams).HasMethod("gin");
            else e.Ignore(r => r.Grams);
            // The dashboard's aggregates: current reports of a year, grouped by agency.
            e.HasIndex(r => new { r.IsCurrent, r.Year, r.AgencyId });
            // …and their figures, read from the index alone on PostgreSQL (INCLUDE; SQLite ignores it): the heap rows
            // are wide (cells, grams), and a national ranking would otherwise read all of them.
            e.HasIndex(r => new { r.Year, r.AgencyId }).HasFilter("\"IsCurrent\"").HasDatabaseName("IX_FiledReports_Figures")
                .IncludeProperties(r => new { r.Id, r.NewReceived, r.CarriedForward, r.ReviewCorrected, r.ReviewConcluded, r.SuitCorrected, r.SuitConcluded, r.Errors, r.Warnings });
            // The portal's order (newest year, newest filing) over the current reports: a page is read off it.
            e.HasIndex(r => new { r.Year, r.Id }).HasFilter("\"IsCurrent\"").HasDatabaseName("IX_FiledReports_Portal");
        });
        b.Entity<ReportFile>().HasIndex(f => f.Sha256).IsUnique();
        b.Entity<ReportFile>().Property(f => f.Sha256).HasMaxLength(64);
        b.Entity<FiledFinding>(e =>
        {
            e.HasIndex(f => new { f.Year, f.Rule });
            e.HasIndex(f => f.AgencyId);
            e.Property(f => f.Rule).HasMaxLength(64);
            e.Property(f => f.Severity).HasConversion<string>().HasMaxLength(16);
        });
        b.Entity<CacheVersion>(e =>
        {
            e.HasKey(v => v.Scope);
            e.Property(v => v.Scope).ValueGeneratedNever();
        });
        b.Entity<UserSession>(e =>
        {
            e.Property(s => s.Id).HasMaxLength(32);
            e.Property(s => s.Kind).HasMaxLength(16);
            e.Property(s => s.Address).HasMaxLength(64);
            e.HasIndex(s => new { s.UserId, s.Ended });
            e.HasOne(s => s.User).WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<SignInFailure>(e =>
        {
            e.HasKey(f => f.Key);
            e.Property(f => f.Key).HasMaxLength(64);
        });
        b.Entity<ProactiveCell>().Property(c => c.Value).HasPrecision(18, 4);
        PublicModel.Configure(b);
        b.Entity<CellOverride>().Property(c => c.Value).HasPrecision(18, 4);
    }

    /// <summary>
    /// Saves, bumping the version of every changed case and draft; the audit lines are written in the same transaction
    /// by <see cref="AuditInterceptor"/>.
    /// </summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        // Every way a report is filed gets its search grams here (PostgreSQL only), so no path can forget them.
        if (Database.IsNpgsql())
            foreach (var filed in ChangeTracker.Entries<FiledReport>().Where(e => e.State == EntityState.Added && e.Entity.Grams.Length == 0))
                filed.Property(r => r.Grams).CurrentValue = Gongkai.Core.Text.SearchText.Codes(filed.Entity.SearchText);
        foreach (var e in ChangeTracker.Entries().Where(e => e.State == EntityState.Modified && e.Entity is Case or ReportDraft))
        {
            var version = e.Property(nameof(Case.Version));
            version.CurrentValue = (int)version.OriginalValue! + 1;
        }
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// Declares an audit line for the next save (what a service did, in its words): it is tracked like any change, so
    /// a save that fails or a cleared tracker drops it, and <see cref="AuditInterceptor"/> stamps it with the clock.
    /// </summary>
    public void Declare(string userName, int? agencyId, string action, string detail) =>
        Audit.Add(new AuditEntry { UserName = userName, AgencyId = agencyId, Action = action, Detail = detail });

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();
}
