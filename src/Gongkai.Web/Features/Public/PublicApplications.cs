using Gongkai.Core.Calendar;
using Gongkai.Core.Desk;
using Gongkai.Core.Labels;
using Gongkai.Render.Notices;
using Gongkai.Web.Api;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Cases;
using Gongkai.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Public;

/// <summary>Settings of the agencies' public sites (section "PublicSite").</summary>
public sealed class PublicSiteOptions
{
    /// <summary>The site's address as applicants reach it (https://gk.example.gov.cn), for links in e-mails; none, and they name the page.</summary>
    public string? BaseUrl { get; set; }
    /// <summary>Applications submitted per address and hour.</summary>
    public int ApplyPerHour { get; set; } = 10;
    /// <summary>Applications per applicant (ID number or 统一社会信用代码) and 24 hours, at all agencies.</summary>
    public int ApplicantPerDay { get; set; } = 5;
    /// <summary>Look-ups, corrections and downloads with a number and code, per address and minute.</summary>
    public int LookupPerMinute { get; set; } = 20;
    public int MaxFiles { get; set; } = 5;
    public int MaxFileBytes { get; set; } = 10 * 1024 * 1024;
}

/// <summary>What an office head writes into the 指南 and the site's settings.</summary>
public sealed record GuideInput(string? Code, bool AcceptsOnline, string? Office, string? Address, string? Postcode, string? Hours, string? Phone, string? Fax,
    string? Email, string? Ways, string? Handling, string? Fees, string? Remedies);

/// <summary>
/// An uploaded file of the applicant's: its name cleaned as every stored file name is (no path, no control or invisible
/// characters); a file over the bound is not read, only its length kept, so it is refused without being copied.
/// </summary>
public sealed record ApplicantFile
{
    public ApplicantFile(string fileName, string contentType, byte[] content, long? length = null)
    {
        FileName = Gongkai.Core.Text.FileNames.Clean(fileName);
        ContentType = contentType;
        Content = content;
        Length = length ?? content.Length;
    }

    public string FileName { get; }
    public string ContentType { get; }
    public byte[] Content { get; }
    public long Length { get; }

    /// <summary>A page's uploads (the form reader has them on disk past 64 KB): each read only when within the bound.</summary>
    public static async Task<List<ApplicantFile>> ReadAsync(IEnumerable<IFormFile> uploads, PublicSiteOptions limits, CancellationToken ct)
    {
        var files = new List<ApplicantFile>();
        foreach (var f in uploads.Where(f => f.Length > 0 || f.FileName.Length > 0))
        {
            if (f.Length > limits.MaxFileBytes) { files.Add(new ApplicantFile(f.FileName, f.ContentType, [], f.Length)); continue; }
            using var ms = new MemoryStream((int)f.Length);
            await f.CopyToAsync(ms, ct);
            files.Add(new ApplicantFile(f.FileName, f.ContentType, ms.ToArray()));
        }
        return files;
    }
}

/// <summary>The case an applicant follows, as they may see it: their data masked, the notices addressed to them.</summary>
public sealed record TrackedCase(Case Case, CaseFile File, ClockReading Clock, PublicStatus Status, string Agency, OnlineApplicationRecord Record)
{
    public IEnumerable<IssuedNotice> Notices => File.Notices.Where(n => OnlineApplication.IsToApplicant(n.Kind));
}

/// <summary>A refusal of the public side, with its HTTP status (400 a field, 409 the state, 429 too many).</summary>
public sealed class PublicRefusal(int status, IReadOnlyList<Refusal> refusals) : Exception(string.Join("；", refusals.Select(r => r.Message)))
{
    public int Status { get; } = status;
    public IReadOnlyList<Refusal> Refusals { get; } = refusals;
    public Dictionary<string, string[]> Errors => Refusals.GroupBy(r => r.Field.Length == 0 ? "application" : r.Field)
        .ToDictionary(g => g.Key, g => g.Select(r => r.Message).ToArray());
}

/// <summary>One page of an agency's 目录: its items, the count of all items that match, the page (from 1) and how many there are.</summary>
public sealed record CataloguePage(IReadOnlyList<ProactiveItem> Items, int Total, int Page)
{
    public int PageCount => Paging.Count(Total, PublicApplications.CataloguePageSize);
}

/// <summary>
/// The applicant's side of the desk: an online application becomes a case of channel 网上申请 waiting for the office's
/// confirmation (Art. 31 (三)); with its number and query code the applicant follows it, downloads the notices issued
/// to them and answers a 补正 (the step is the desk's own, <see cref="CaseService.CorrectionReceivedAsync"/>: the clock
/// restarts the day it arrives). Nothing here decides a rule: Core checks the form and every step.
/// </summary>
public sealed class PublicApplications(GongkaiDb db, CaseService cases, TimeProvider time, IOptions<PublicSiteOptions> options)
{
    /// <summary>The name the audit log records for what applicants do online.</summary>
    public const string AuditName = "网上申请人";

    public PublicSiteOptions Options => options.Value;

    /// <summary>The desk acting for the public site: no user (the case waits unassigned), the steps an applicant's acts record.</summary>
    private static Actor Online(int agencyId) => new("", AuditName, agencyId, IsClerk: true, IsHead: false, IsAdmin: false);

    public Task<List<Agency>> AgenciesAsync(CancellationToken ct = default) =>
        db.Agencies.AsNoTracking().Where(a => a.PublicCode != null && a.AcceptsOnline).OrderBy(a => a.Id).ToListAsync(ct);

    public Task<Agency?> AgencyAsync(string code, CancellationToken ct = default) =>
        db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.PublicCode == code.ToLowerInvariant(), ct);

    public Task<AgencyGuide?> GuideAsync(int agencyId, CancellationToken ct = default) =>
        db.Guides.AsNoTracking().Where(g => g.AgencyId == agencyId).OrderByDescending(g => g.Version).FirstOrDefaultAsync(ct);

    /// <summary>
    /// The 主动公开 register as a catalogue (Art. 12): the items published by today, newest first, filtered, one page of
    /// <see cref="CataloguePageSize"/> with the count of all that match (an agency's 目录 runs to thousands of items; the
    /// count shown is the register's, never the page's). Ordered in the database by date and entry, the same on SQLite
    /// and PostgreSQL, so pages neither repeat nor skip an item. A page past the last is empty.
    /// </summary>
    public async Task<CataloguePage> CatalogueAsync(int agencyId, string? q, string? category, int page = 1, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var items = db.ProactiveItems.AsNoTracking().Where(i => i.AgencyId == agencyId && i.PublishedOn <= today);
        if (!string.IsNullOrWhiteSpace(category)) items = items.Where(i => i.Category == category);
        foreach (var word in (q ?? "").Split(' ', '　').Where(w => w.Length > 0).Take(5))
            items = items.Where(i => i.Title.Contains(word) || (i.DocumentNumber != null && i.DocumentNumber.Contains(word)));
        var total = await items.CountAsync(ct);
        page = Math.Clamp(page, 1, int.MaxValue / CataloguePageSize);
        var shown = page > Paging.Count(total, CataloguePageSize) ? []
            : await items.OrderByDescending(i => i.PublishedOn).ThenByDescending(i => i.Id)
                .Skip((page - 1) * CataloguePageSize).Take(CataloguePageSize).ToListAsync(ct);
        return new CataloguePage(shown, total, page);
    }

    public const int CataloguePageSize = 100;

    /// <summary>
    /// Registers an online application: checked by Core, bounded per applicant, stored as a case 网上申请待确认 with its
    /// attachments and the hash of a new query code, and the applicant's e-mail queued — all in one transaction.
    /// Returns the case and the code (which is not kept).
    /// </summary>
    public async Task<(Case Case, string Code)> SubmitAsync(Agency agency, OnlineApplicationForm form, IReadOnlyList<ApplicantFile> files, CancellationToken ct = default)
    {
        if (!agency.AcceptsOnline) throw new PublicRefusal(404, [new("", "该机关未开通网上申请")]);
        var errors = OnlineApplication.Check(form).ToList();
        errors.AddRange(AttachmentRefusals(files));
        if (errors.Count > 0) throw new PublicRefusal(400, errors);

        var now = time.GetUtcNow();
        var key = ApplicantIdentity.KeyOf(form.IdNumber);
        var since = now.AddDays(-1);
        var recent = (await db.OnlineApplications.Where(o => o.Case!.ApplicantKey == key).Select(o => o.SubmittedAt).ToListAsync(ct)).Count(t => t > since);
        if (recent >= Options.ApplicantPerDay)
            throw new PublicRefusal(429, [new("", $"同一申请人24小时内最多在网上提交{Options.ApplicantPerDay}件申请，请稍后再提交，或者当面、邮寄提交")]);

        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var actor = Online(agency.Id);
        db.Actor = AuditName;
        var code = QueryCodes.New();
        var salt = QueryCodes.NewSalt();
        var c = await cases.RegisterAsync(actor, new RegisterCaseInput(Channel.Online, today, null, OnlineApplication.ColumnOf(form), form.Name!.Trim(),
            form.IdNumber?.Trim(), Clean(form.Phone), Clean(form.Address), Clean(form.Email),
            OnlineApplication.InformationText(form.Information, form.DocumentNumber), null, null,
            OnlineApplication.InformationFormOf(form.Form!.Value, form.Delivery!.Value)), ct, c =>
        {
            db.OnlineApplications.Add(new OnlineApplicationRecord
            {
                Case = c, CodeHash = QueryCodes.Hash(code, salt), CodeSalt = salt, Kind = form.ApplicantKind!.Value, IdType = form.IdType!.Value,
                DocumentNumber = Clean(form.DocumentNumber), Form = form.Form.Value, Delivery = form.Delivery.Value, SubmittedAt = now,
            });
            foreach (var f in files)
                c.Attachments.Add(new Attachment
                {
                    FileName = f.FileName, ContentType = f.ContentType, Content = f.Content, UploadedAt = now, UploadedBy = AuditName,
                });
            // The e-mail names the case's number, known once the case is numbered: queued with it, in its transaction.
            ApplicantMail.QueueReceived(db, c, agency.Name, code, Options.BaseUrl, now);
        });
        return (c, code);
    }

    /// <summary>An application's or a 补正's attachments that may not be kept, each refused by name with its one reason.</summary>
    private IEnumerable<Refusal> AttachmentRefusals(IReadOnlyList<ApplicantFile> files)
    {
        if (files.Count > Options.MaxFiles) yield return new("attachments", $"附件最多{Options.MaxFiles}个");
        foreach (var f in files)
        {
            if (f.Length > Options.MaxFileBytes) yield return new("attachments", $"附件“{f.FileName}”超过{Gongkai.Core.Labels.Chinese.Size(Options.MaxFileBytes)}");
            else if (f.Length == 0) yield return new("attachments", $"附件“{f.FileName}”是空文件");
            else if (!CaseService.AttachmentTypes.Contains(Path.GetExtension(f.FileName)))
                yield return new("attachments", $"附件“{f.FileName}”的类型不允许：可上传 PDF、OFD、Word、WPS、Excel、文本、图片或 ZIP 文件");
        }
    }

    /// <summary>
    /// The case with <paramref name="number"/> whose query code is <paramref name="code"/>, or null — the same answer and
    /// about the same work for a number that does not exist (a code is still hashed and compared).
    /// </summary>
    public async Task<TrackedCase?> FindAsync(string? number, string? code, CancellationToken ct = default)
    {
        number = number?.Trim();
        var candidates = string.IsNullOrEmpty(number) || number.Length > 32 ? []
            : await db.OnlineApplications.AsNoTracking().Where(o => o.Case!.Number == number).OrderBy(o => o.CaseId).Take(50).ToListAsync(ct);
        OnlineApplicationRecord? found = null;
        if (candidates.Count == 0) QueryCodes.Matches(code, Dummy.Salt, Dummy.Hash);
        foreach (var o in candidates)
            if (QueryCodes.Matches(code, o.CodeSalt, o.CodeHash) && found is null) found = o;
        if (found is null) return null;
        var c = await db.Cases.AsNoTracking().Include(x => x.Consultations).Include(x => x.Reopenings).Include(x => x.Notices).AsSingleQuery()
            .FirstAsync(x => x.Id == found.CaseId, ct);
        var calendar = cases.Calendar;
        var file = c.ToFile(calendar);
        var agency = await db.Agencies.Where(a => a.Id == c.AgencyId).Select(a => a.Name).FirstAsync(ct);
        return new TrackedCase(c, file, CaseClock.Read(file, calendar, cases.Today), OnlineApplication.StatusOf(file), agency, found);
    }

    private static readonly (string Salt, string Hash) Dummy = MakeDummy();

    private static (string, string) MakeDummy()
    {
        var salt = QueryCodes.NewSalt();
        return (salt, QueryCodes.Hash(QueryCodes.New(), salt));
    }

    /// <summary>
    /// The applicant's answer to a 补正: refused unless one is awaited; the desk's step records its arrival today (the
    /// clock restarts, Art. 30), the text and files are attached to the case for the clerk.
    /// </summary>
    public async Task<TrackedCase> AnswerCorrectionAsync(TrackedCase t, string? text, IReadOnlyList<ApplicantFile> files, CancellationToken ct = default)
    {
        if (t.Clock.State != CaseState.AwaitingCorrection)
            throw new PublicRefusal(409, [new("", "该申请没有等待补正的事项")]);
        var errors = new List<Refusal>();
        if (string.IsNullOrWhiteSpace(text)) errors.Add(new("text", "请填写补正的内容"));
        else if (text.Length > OnlineApplication.MaxInformation) errors.Add(new("text", $"补正内容不能超过{OnlineApplication.MaxInformation}字"));
        errors.AddRange(AttachmentRefusals(files));
        if (errors.Count > 0) throw new PublicRefusal(400, errors);

        db.Actor = AuditName;
        var now = time.GetUtcNow();
        try
        {
            await cases.CorrectionReceivedAsync(Online(t.Case.AgencyId), t.Case.Id, t.Case.Version, cases.Today, ct);
        }
        catch (DeskValidationException e)
        {
            throw new PublicRefusal(409, e.Refusals);
        }
        catch (DeskConflictException)
        {
            throw new PublicRefusal(409, [new("", "该申请刚刚有了新的办理进展，请重新查询后再补正")]);
        }
        var record = await db.OnlineApplications.FirstAsync(o => o.CaseId == t.Case.Id, ct);
        record.CorrectionText = text!.Trim();
        record.CorrectionAt = now;
        db.Attachments.Add(new Attachment
        {
            CaseId = t.Case.Id, FileName = $"补正内容（{Chinese.Date(cases.Today)}）.txt", ContentType = "text/plain; charset=utf-8",
            Content = System.Text.Encoding.UTF8.GetBytes(record.CorrectionText), UploadedAt = now, UploadedBy = AuditName,
        });
        foreach (var f in files)
            db.Attachments.Add(new Attachment
            {
                CaseId = t.Case.Id, FileName = f.FileName, ContentType = f.ContentType, Content = f.Content, UploadedAt = now, UploadedBy = AuditName,
            });
        await db.SaveChangesAsync(ct);
        return (await FindByIdAsync(t.Case.Id, t.Record, ct))!;
    }

    private async Task<TrackedCase?> FindByIdAsync(int id, OnlineApplicationRecord record, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var c = await db.Cases.AsNoTracking().Include(x => x.Consultations).Include(x => x.Reopenings).Include(x => x.Notices).AsSingleQuery().FirstAsync(x => x.Id == id, ct);
        var file = c.ToFile(cases.Calendar);
        var agency = await db.Agencies.Where(a => a.Id == c.AgencyId).Select(a => a.Name).FirstAsync(ct);
        return new TrackedCase(c, file, CaseClock.Read(file, cases.Calendar, cases.Today), OnlineApplication.StatusOf(file), agency, record);
    }

    /// <summary>A notice addressed to the applicant, as PDF (or DOCX), written from the recorded facts as the desk prints it.</summary>
    public async Task<(byte[] Bytes, string ContentType, string FileName)?> NoticeAsync(TrackedCase t, string noticeNumber, string? format, CancellationToken ct = default)
    {
        var notice = t.Notices.FirstOrDefault(n => n.Number == noticeNumber);
        if (notice is null) return null;
        var agency = await db.Agencies.AsNoTracking().FirstAsync(a => a.Id == t.Case.AgencyId, ct);
        var doc = CaseNotices.Build(t.File, notice, new NoticeIssuer(agency.Name, agency.ReviewBody, agency.Court));
        var (bytes, type, ext) = CaseNotices.Render(doc, format ?? "pdf");
        return (bytes, type, $"{t.Case.Number}{notice.Kind.Label()}.{ext}");
    }

    /// <summary>The confirmation (回执) as PDF: what was submitted, the applicant's data masked, the number and the code.</summary>
    public async Task<byte[]> ReceiptPdfAsync(TrackedCase t, string code, CancellationToken ct = default)
    {
        // Compared in memory: SQLite cannot compare DateTimeOffset columns.
        var files = (await db.Attachments.Where(a => a.CaseId == t.Case.Id && a.UploadedBy == AuditName).Select(a => new { a.FileName, a.UploadedAt }).ToListAsync(ct))
            .Where(a => a.UploadedAt <= t.Record.SubmittedAt).Select(a => a.FileName).ToList();
        return ApplicantDocuments.Pdf(ApplicantDocuments.Receipt(new ApplicationReceipt(t.Agency, t.Case.Number, code, t.Case.Submitted,
            MaskedApplicant.Public(t.Case).Name, t.Record.Kind.Label(), t.Case.InformationRequested, t.Record.Form.Label(), t.Record.Delivery.Label(), files)));
    }

    /// <summary>
    /// An office head publishes a new version of the 指南 (Art. 23) with the site's code and whether it takes applications
    /// online; every earlier version is kept.
    /// </summary>
    public async Task<AgencyGuide> PublishGuideAsync(Actor actor, GuideInput input, CancellationToken ct = default)
    {
        if (!actor.IsHead) throw new DeskForbiddenException("只有审核人（政府信息公开工作机构负责人）可以发布公开指南");
        var errors = new List<Refusal>();
        var code = input.Code?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(code)) errors.Add(new("code", "请填写机关代码（公开网站的地址 /open/机关代码）"));
        else if (OnlineApplication.CodeProblem(code) is { } problem) errors.Add(new("code", problem));
        else if (await db.Agencies.AnyAsync(a => a.PublicCode == code && a.Id != actor.AgencyId, ct)) errors.Add(new("code", $"机关代码“{code}”已被其他机关使用"));
        foreach (var (value, field, name) in new[] { (input.Office, "office", "机构名称"), (input.Address, "address", "办公地址"), (input.Hours, "hours", "办公时间"),
                     (input.Phone, "phone", "联系电话"), (input.Ways, "ways", "申请的方式"), (input.Handling, "handling", "办理和答复"), (input.Fees, "fees", "收费"),
                     (input.Remedies, "remedies", "救济方式") })
        {
            if (string.IsNullOrWhiteSpace(value)) errors.Add(new(field, $"请填写{name}（条例第二十三条）"));
            else if (value.Length > CaseService.MaxText) errors.Add(new(field, $"{name}超过{CaseService.MaxText}字"));
        }
        if (errors.Count > 0) throw new DeskValidationException(errors);
        var agency = await db.Agencies.FirstAsync(a => a.Id == actor.AgencyId, ct);
        agency.PublicCode = code;
        agency.AcceptsOnline = input.AcceptsOnline;
        var version = await db.Guides.Where(g => g.AgencyId == actor.AgencyId).Select(g => (int?)g.Version).MaxAsync(ct) ?? 0;
        var guide = new AgencyGuide
        {
            AgencyId = actor.AgencyId, Version = version + 1, PublishedOn = cases.Today, Office = input.Office!.Trim(), Address = input.Address!.Trim(),
            Postcode = Clean(input.Postcode), Hours = input.Hours!.Trim(), Phone = input.Phone!.Trim(), Fax = Clean(input.Fax), Email = Clean(input.Email),
            Ways = input.Ways!.Trim(), Handling = input.Handling!.Trim(), Fees = input.Fees!.Trim(), Remedies = input.Remedies!.Trim(),
            EditedBy = actor.DisplayName, EditedAt = time.GetUtcNow(),
        };
        db.Guides.Add(guide);
        db.Declare(actor.UserName, actor.AgencyId, "Agency.PublicSite",
            $"发布政府信息公开指南第{guide.Version}版；机关代码：{code}；网上申请：{(input.AcceptsOnline ? "开通" : "不开通")}");
        await db.SaveChangesAsync(ct);
        return guide;
    }

    public Task<List<AgencyGuide>> GuideVersionsAsync(int agencyId, CancellationToken ct = default) =>
        db.Guides.AsNoTracking().Where(g => g.AgencyId == agencyId).OrderByDescending(g => g.Version).ToListAsync(ct);

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>Today's date of the site (the statutory clock's day).</summary>
    public DateOnly Today => cases.Today;

    public WorkingCalendar Calendar => cases.Calendar;
}
