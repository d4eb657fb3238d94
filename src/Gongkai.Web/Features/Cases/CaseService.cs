using Gongkai.Core.Calendar;
using Gongkai.Core.Desk;
using Gongkai.Core.Labels;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Admin;
using Gongkai.Web.Infrastructure.Caching;
using Gongkai.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Cases;

public sealed record RegisterCaseInput(
    Channel Channel,
    DateOnly Submitted,
    DateOnly? Confirmed,
    ApplicantKind ApplicantKind,
    string ApplicantName,
    string? IdNumber,
    string? Phone,
    string? Address,
    string? Email,
    string InformationRequested,
    string? PreferredForm,
    string? HandlerId,
    InformationForm? Form = null);

/// <summary>Every operation of the applications desk; pages and the API both go through here.</summary>
/// <summary>What closing a case records: the outcome row and the facts its answer rests on (see Core's OutcomeRules).</summary>
public sealed record CloseInput(DateOnly Date, string? Outcome, string? Note, string? WithheldPart = null, NotHeldBasis? NotHeld = null,
    string? HolderAgency = null, string? HolderContact = null, string? PublishedWhere = null, int? RepeatOf = null, InformationForm? Form = null);

public sealed class CaseService(GongkaiDb db, CalendarProvider calendars, TimeProvider time, ReadCache cache,
    Microsoft.Extensions.Options.IOptions<Gongkai.Web.Features.Public.PublicSiteOptions>? site = null)
{
    public const int MaxText = 20_000;
    public const int MaxAttachmentBytes = 20 * 1024 * 1024;

    /// <summary>What an application's papers come as; no programs, scripts or web pages.</summary>
    public static readonly HashSet<string> AttachmentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ".pdf", ".ofd", ".doc", ".docx", ".wps", ".xls", ".xlsx", ".et", ".txt", ".rtf",
        ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".gif", ".zip",
    };

    public DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public WorkingCalendar Calendar => calendars.Current;

    public IQueryable<Case> Scope(Actor actor) =>
        db.Cases.Where(c => c.AgencyId == actor.AgencyId);

    /// <summary>A case to change (tracked).</summary>
    public Task<Case> GetAsync(Actor actor, int id, CancellationToken ct = default) => LoadAsync(Scope(actor), id, ct);

    /// <summary>A case to show (not tracked, possibly shared with other requests: do not change it).</summary>
    public Task<Case> ViewAsync(Actor actor, int id, CancellationToken ct = default) =>
        cache.GetOrAddAsync(actor.AgencyId, "case", id, () => LoadAsync(Scope(actor).AsNoTracking(), id, ct));

    private static async Task<Case> LoadAsync(IQueryable<Case> cases, int id, CancellationToken ct)
    {
        // One query, so the case, its version and its consultations come from one snapshot: split queries could read
        // version N and the consultations of version N+1 committed in between, and refuse the edit for the wrong reason
        // (PostgreSQL, concurrent edits). A case has a handful of consultations and challenges at most.
        var c = await cases.Include(x => x.Consultations).Include(x => x.Challenges).Include(x => x.Handler)
            .Include(x => x.Reopenings).Include(x => x.Notices).Include(x => x.RepeatOf).AsSingleQuery()
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        // Another agency's case is reported as missing, not as forbidden: its existence is not theirs to know.
        return c ?? throw new DeskNotFoundException($"申请 {id} 不存在");
    }

    /// <summary>The agency's open cases (shared with other requests: do not change them).</summary>
    public Task<List<Case>> OpenCasesAsync(Actor actor, CancellationToken ct = default) =>
        cache.GetOrAddAsync(actor.AgencyId, "open", null, () => Scope(actor).Where(c => c.ClosedOn == null).Include(c => c.Consultations).Include(c => c.Handler)
            .Include(c => c.Reopenings)
            .OrderBy(c => c.Id).AsSplitQuery().AsNoTracking().ToListAsync(ct));

    /// <param name="alongside">Adds what is stored with the case in its transaction (the public site's record, its files, its e-mail).</param>
    public async Task<Case> RegisterAsync(Actor actor, RegisterCaseInput input, CancellationToken ct = default, Action<Case>? alongside = null)
    {
        RequireHandler(actor);
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(input.ApplicantName)) errors.Add("申请人姓名或名称不能为空");
        if (string.IsNullOrWhiteSpace(input.InformationRequested)) errors.Add("所需政府信息的名称、文号或者便于查询的其他特征性描述不能为空（第二十九条）");
        if (input.Submitted > Today) errors.Add("提交日期不能晚于今天");
        if (input.Confirmed is { } c && c < input.Submitted) errors.Add("签收或确认日期不能早于提交日期");
        TooLong(errors, input.InformationRequested, "申请内容");
        TooLong(errors, input.Address, "地址");
        TooLong(errors, input.ApplicantName, "申请人姓名或名称");
        if (errors.Count > 0) throw new DeskException(string.Join("；", errors));
        var receipt = DeskVocabulary.ReceivedOn(input.Channel, input.Submitted, input.Confirmed);
        if (receipt.ReceivedOn is { } r && r < Calendar.First) EnsureCovered(r);
        // The public site registers as no user (Public/PublicApplications.cs): the case waits unassigned.
        var handler = input.HandlerId is null ? (actor.UserId.Length == 0 ? null : actor.UserId) : await ValidHandler(actor, input.HandlerId, ct);

        for (var attempt = 1; ; attempt++)
        {
            // The running number is read and taken in one transaction that other registrations of the agency wait for:
            // SQLite's BEGIN IMMEDIATE takes the write lock, PostgreSQL an advisory lock per agency.
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await DeskSql.LockCaseNumbersAsync(db, actor.AgencyId, ct);
            var number = await NextNumberAsync(actor.AgencyId, input.Submitted.Year, ct);
            var entity = new Case
            {
                AgencyId = actor.AgencyId, Number = number,
                Channel = input.Channel, Submitted = input.Submitted, Confirmed = input.Confirmed, ReceivedOn = receipt.ReceivedOn,
                ApplicantKind = input.ApplicantKind, ApplicantName = input.ApplicantName.Trim(),
                IdNumber = Clean(input.IdNumber), Phone = Clean(input.Phone), Address = Clean(input.Address), Email = Clean(input.Email),
                InformationRequested = input.InformationRequested.Trim(), PreferredForm = Clean(input.PreferredForm),
                Form = input.Form ?? DeskTermLabels.ParseInformationForm(input.PreferredForm), ApplicantKey = ApplicantIdentity.KeyOf(input.IdNumber),
                HandlerId = handler,
            };
            db.Cases.Add(entity);
            alongside?.Invoke(entity);
            try
            {
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return entity;
            }
            catch (DbUpdateException e) when (attempt < 10 && IsDuplicate(e))
            {
                // The number was taken by a writer that did not wait for the lock (another program, an older version).
                // On PostgreSQL the failed INSERT has aborted the transaction, so it is rolled back here and the next
                // attempt starts a new one.
                db.ChangeTracker.Clear();
                await tx.RollbackAsync(ct);
                await Task.Delay(Random.Shared.Next(1, 10 * attempt), ct);
            }
        }
    }

    /// <summary>A unique index refused the row: SQLite's SQLITE_CONSTRAINT_UNIQUE, PostgreSQL's 23505.</summary>
    private static bool IsDuplicate(DbUpdateException e) => e.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException s => s.SqliteExtendedErrorCode == 2067,
        Npgsql.PostgresException p => p.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    public Task<Case> ConfirmReceiptAsync(Actor actor, int id, int version, DateOnly confirmed, CancellationToken ct = default) =>
        StepAsync(actor, id, version, _ => new ConfirmReceipt(confirmed), ct);

    /// <summary>The 补正 period the desk proposes when the clerk gives none: this many working days after the notice date.</summary>
    public const int CorrectionDaysDefault = 15;

    /// <summary>
    /// The default 补正 deadline, counted from the day the notice is given (not from today: a notice entered late keeps
    /// its own date); past the calendar Monday to Friday, as the desk counts there.
    /// </summary>
    public DateOnly DefaultCorrectionDue(DateOnly noticeOn) =>
        new StatutoryClock(Calendar, provisionalBeyondLast: true).AddWorkingDays(noticeOn, CorrectionDaysDefault, out _);

    /// <summary>Art. 30: one request for corrections, in writing, within 7 working days (later only by an office head, with a reason).</summary>
    public Task<Case> RequestCorrectionAsync(Actor actor, int id, int version, DateOnly requestedOn, string what, DateOnly dueBy, CancellationToken ct = default, string? lateReason = null) =>
        StepAsync(actor, id, version, _ => new RequestCorrection(requestedOn, what ?? "", dueBy, lateReason), ct);

    public Task<Case> CorrectionReceivedAsync(Actor actor, int id, int version, DateOnly receivedOn, CancellationToken ct = default) =>
        StepAsync(actor, id, version, _ => new ReceiveCorrection(receivedOn), ct);

    /// <summary>Art. 33 ¶2: one extension of at most 20 working days, approved by the head of the disclosure office.</summary>
    public Task<Case> ExtendAsync(Actor actor, int id, int version, DateOnly approvedOn, string reason, CancellationToken ct = default) =>
        StepAsync(actor, id, version, _ => new Extend(approvedOn, reason ?? ""), ct);

    /// <summary>Art. 32, 34: a 征求意见书 to a third party or a co-producing agency; the time to its reply is not counted.</summary>
    public Task<Case> StartConsultationAsync(Actor actor, int id, int version, string party, DateOnly from, CancellationToken ct = default,
        ConsultedParty kind = ConsultedParty.ThirdParty) =>
        StepAsync(actor, id, version, _ => new StartConsultation(from, kind, party ?? ""), ct);

    /// <summary>The consulted party's view, or (after the reply date) that it gave none.</summary>
    public Task<Case> EndConsultationAsync(Actor actor, int id, int version, DateOnly to, CancellationToken ct = default,
        ConsultationReply reply = ConsultationReply.Consented) =>
        StepAsync(actor, id, version, _ => new RecordConsultationReply(to, reply), ct);

    public Task<Case> ProlongConsultationAsync(Actor actor, int id, int version, DateOnly on, DateOnly until, string reason, CancellationToken ct = default) =>
        StepAsync(actor, id, version, _ => new ProlongConsultation(on, until, reason ?? ""), ct);

    public Task<Case> NotifyThirdPartyAsync(Actor actor, int id, int version, DateOnly on, string content, string reasons, CancellationToken ct = default) =>
        StepAsync(actor, id, version, _ => new NotifyThirdParty(on, content ?? "", reasons ?? ""), ct);

    /// <summary>
    /// A fee notice (Art. 42; 国办函〔2020〕109号): by item, the applicant's items earlier in the month of receipt are
    /// counted from the register; by volume, the pages of this application.
    /// </summary>
    public async Task<Case> IssueFeeNoticeAsync(Actor actor, int id, int version, DateOnly on, FeeMethod? method, int units, DateOnly payBy, string paymentMethod,
        CancellationToken ct = default)
    {
        var policy = await db.Agencies.Where(a => a.Id == actor.AgencyId).Select(a => a.FeeMethod).FirstAsync(ct);
        var chosen = method ?? policy ?? throw new DeskValidationException([new("method", "本机关未设定信息处理费的计收方式，请选择按件计收或按量计收")]);
        return await StepAsync(actor, id, version, async c =>
            new IssueFeeNotice(on, chosen, units, chosen == FeeMethod.PerItem ? await PriorUnitsAsync(c, ct) : 0, payBy, paymentMethod ?? ""), ct);
    }

    /// <summary>
    /// 按件计收 (第四条): the items the same applicant asked in the calendar month of this application's receipt, before it
    /// (received earlier, or the same day and registered earlier); an application split into several items counts them all.
    /// </summary>
    public async Task<int> PriorUnitsAsync(Case c, CancellationToken ct = default)
    {
        if (c.ApplicantKey is not { } key || c.ReceivedOn is not { } received) return 0;
        var first = new DateOnly(received.Year, received.Month, 1);
        var others = await db.Cases.AsNoTracking()
            .Where(x => x.AgencyId == c.AgencyId && x.ApplicantKey == key && x.Id != c.Id && x.ReceivedOn >= first && x.ReceivedOn <= received)
            .Select(x => new { x.Id, x.ReceivedOn, x.FeeMethod, x.FeeUnits }).ToListAsync(ct);
        return others.Where(x => x.ReceivedOn < received || x.Id < c.Id)
            .Sum(x => x.FeeMethod == FeeMethod.PerItem && x.FeeUnits is > 0 ? x.FeeUnits.Value : 1);
    }

    public Task<Case> RecordPaymentAsync(Actor actor, int id, int version, DateOnly on, string? receipt, CancellationToken ct = default) =>
        StepAsync(actor, id, version, _ => new RecordPayment(on, receipt), ct);

    /// <summary>Art. 35: the applicant is asked to explain an evidently excessive number or frequency of applications.</summary>
    public Task<Case> RequestReasonsAsync(Actor actor, int id, int version, DateOnly on, DateOnly dueBy, CancellationToken ct = default) =>
        StepAsync(actor, id, version, _ => new RequestReasons(on, dueBy), ct);

    /// <summary>Closes the case with an outcome of section 三 of the template of the year it is closed in, if the facts it presupposes are recorded.</summary>
    public Task<Case> CloseAsync(Actor actor, int id, int version, DateOnly closedOn, string outcomeRow, string? note, CancellationToken ct = default) =>
        CloseAsync(actor, id, version, new CloseInput(closedOn, outcomeRow, note), ct);

    public async Task<Case> CloseAsync(Actor actor, int id, int version, CloseInput input, CancellationToken ct = default)
    {
        if (input.Note is { Length: > MaxText }) throw new DeskValidationException([new("note", $"理由超过{MaxText}字")]);
        EarlierCase? earlier = null;
        if (input.RepeatOf is { } repeatId)
        {
            var e = await Scope(actor).AsNoTracking().FirstOrDefaultAsync(x => x.Id == repeatId, ct)
                ?? throw new DeskValidationException([new("repeatOf", $"申请 {repeatId} 不存在")]);
            earlier = CaseFiles.Earlier(e);
        }
        return await StepAsync(actor, id, version, _ => new Close(new Closing(input.Date, input.Outcome ?? "", input.Note, input.WithheldPart, input.NotHeld,
            input.HolderAgency, input.HolderContact, input.PublishedWhere, earlier), input.Form), ct);
    }

    /// <summary>An office head reopens a closed case: a mistaken close, or a 复议/诉讼 decision of 纠正 with its new date.</summary>
    public Task<Case> ReopenAsync(Actor actor, int id, int version, DateOnly on, ReopenReason reason, string note, DateOnly? answerBy, CancellationToken ct = default) =>
        StepAsync(actor, id, version, _ => new Reopen(on, reason, note ?? "", answerBy), ct);

    /// <summary>送达 of a notice: method, date, proof.</summary>
    public Task<Case> RecordServiceAsync(Actor actor, int id, int version, string number, DateOnly on, ServiceMethod method, string? proof, CancellationToken ct = default) =>
        StepAsync(actor, id, version, _ => new RecordService(on, number ?? "", method, proof), ct);

    /// <summary>The same applicant's other applications, most alike first (Art. 35, 36 (六)): candidates for 重复申请.</summary>
    public async Task<IReadOnlyList<(Case Case, double Similarity)>> SimilarAsync(Actor actor, Case c, CancellationToken ct = default)
    {
        if (c.ApplicantKey is not { } key) return [];
        var others = await Scope(actor).AsNoTracking().Where(x => x.ApplicantKey == key && x.Id != c.Id).OrderByDescending(x => x.Id).Take(200).ToListAsync(ct);
        return [.. others.Select(x => (x, RequestSimilarity.Of(c.InformationRequested, x.InformationRequested)))
            .Where(p => p.Item2 >= RequestSimilarity.Threshold).OrderByDescending(p => p.Item2).Take(10)];
    }

    /// <summary>The agency's notice settings: 机关代字 and the fee policy (office heads).</summary>
    public async Task<Agency> SetAgencySettingsAsync(Actor actor, string? noticeCode, FeeMethod? feeMethod, CancellationToken ct = default)
    {
        if (!actor.IsHead) throw new DeskForbiddenException("只有审核人可以设置机关代字和收费方式");
        if (NoticeNumbers.Problem(noticeCode) is { } problem) throw new DeskValidationException([new("noticeCode", problem)]);
        var agency = await db.Agencies.FirstAsync(a => a.Id == actor.AgencyId, ct);
        agency.NoticeCode = string.IsNullOrWhiteSpace(noticeCode) ? null : noticeCode.Trim();
        agency.FeeMethod = feeMethod;
        db.Declare(actor.UserName, actor.AgencyId, "Agency.NoticeSettings",
            $"机关代字：{agency.NoticeCode ?? "（无）"}；信息处理费：{feeMethod?.Label() ?? "不收取"}");
        await db.SaveChangesAsync(ct);
        return agency;
    }

    /// <summary>
    /// One step of the lifecycle: the case is loaded, Core applies the step to its file (refusing, in Chinese, what
    /// the statute or the record does not allow), the result is stored. Notices the step issues take the agency's next
    /// running numbers in the same transaction, which other issuers of the agency wait for.
    /// </summary>
    private Task<Case> StepAsync(Actor actor, int id, int version, Func<Case, DeskStep> makeStep, CancellationToken ct) =>
        StepAsync(actor, id, version, c => Task.FromResult(makeStep(c)), ct);

    private async Task<Case> StepAsync(Actor actor, int id, int version, Func<Case, Task<DeskStep>> makeStep, CancellationToken ct)
    {
        RequireHandler(actor);
        for (var attempt = 1; ; attempt++)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await DeskSql.LockNoticeNumbersAsync(db, actor.AgencyId, ct);
            var c = await GetAsync(actor, id, ct);
            if (c.Version != version) throw Conflict(c);
            var step = await makeStep(c);
            var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == actor.AgencyId).Select(a => new { a.NoticeCode }).FirstAsync(ct);
            var last = new Dictionary<int, int>();
            var seqs = new Dictionary<string, int>(StringComparer.Ordinal);
            var years = await db.CaseNotices.Where(n => n.AgencyId == actor.AgencyId && n.Seq != null).GroupBy(n => n.Year)
                .Select(g => new { Year = g.Key, Max = g.Max(n => n.Seq!.Value) }).ToListAsync(ct);
            foreach (var y in years) last[y.Year] = y.Max;
            string Next(DateOnly day)
            {
                var seq = last.GetValueOrDefault(day.Year) + 1;
                last[day.Year] = seq;
                var number = NoticeNumbers.Format(agency.NoticeCode, day.Year, seq);
                seqs[number] = seq;
                return number;
            }
            var ctx = new DeskContext(Today, Calendar, new DeskActor(actor.DisplayName, actor.IsHead), Next);
            var outcome = CaseLifecycle.Apply(c.ToFile(Calendar), step, ctx);
            if (!outcome.Ok)
            {
                // A step that is an office head's is forbidden to others, whatever else is wrong with it.
                if (outcome.Refusals.FirstOrDefault(r => r.Forbidden) is { } forbidden) throw new DeskForbiddenException(forbidden.Message);
                throw new DeskValidationException(outcome.Refusals);
            }
            outcome.File!.Store(c, seqs);
            // An online application arrives with no handler; the clerk who confirms it takes it, and so sees the applicant's
            // data and the files they sent (masked to everyone but the handler and the head).
            if (step is ConfirmReceipt && c.HandlerId is null && !actor.IsHead && actor.UserId.Length > 0) c.HandlerId = actor.UserId;
            // An online applicant is told by e-mail, through the outbox, in this transaction (Public/ApplicantMail.cs).
            await Gongkai.Web.Features.Public.ApplicantMail.QueueStepAsync(db, c, step.Kind, Calendar, Today, time.GetUtcNow(), site?.Value.BaseUrl, ct);
            if (c.RepeatOfId is { } repeat && c.RepeatOf?.Id != repeat) c.RepeatOf = await db.Cases.FirstAsync(x => x.Id == repeat, ct);
            // The version bump happens in SaveChanges; the WHERE on the original version refuses a concurrent writer.
            db.Entry(c).Property(x => x.Version).OriginalValue = version;
            db.Entry(c).Property(x => x.Version).IsModified = true;
            try
            {
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return c;
            }
            catch (DbUpdateConcurrencyException)
            {
                throw Conflict(c);
            }
            catch (DbUpdateException e) when (attempt < 10 && IsDuplicate(e))
            {
                // A notice number taken by a writer that did not wait for the lock: take the next one.
                db.ChangeTracker.Clear();
                await tx.RollbackAsync(ct);
                await Task.Delay(Random.Shared.Next(1, 10 * attempt), ct);
            }
        }
    }

    /// <summary>
    /// A notice of the case as a file (DOCX or PDF): the latest of its kind, or the one numbered <paramref name="number"/>.
    /// Written from the recorded facts only; what cannot be written is a <see cref="DeskException"/> saying why.
    /// </summary>
    public async Task<(byte[] Bytes, string ContentType, string FileName)> NoticeFileAsync(Actor actor, int id, string kind, string? number, string? format, CancellationToken ct = default)
    {
        var c = await GetAsync(actor, id, ct);
        // A notice carries the applicant's name: only those who handle the case may print it.
        if (!actor.SeesPersonalData(c)) throw new DeskForbiddenException("告知书含申请人个人信息，只有经办人和审核人可以出具");
        var k = Gongkai.Render.Notices.CaseNotices.ParseKey(kind)
            ?? throw new DeskException($"没有“{kind}”这种告知书：可选 {string.Join("、", Enum.GetValues<NoticeKind>().Select(x => $"{Gongkai.Render.Notices.CaseNotices.Key(x)}（{x.Label()}）"))}");
        var file = FileOf(c);
        var notice = (number is null ? file.Notices.LastOrDefault(n => n.Kind == k) : file.Notices.FirstOrDefault(n => n.Kind == k && n.Number == number))
            ?? throw new DeskException(number is null ? $"该申请没有{k.Label()}" : $"该申请没有编号为“{number}”的{k.Label()}");
        var agency = await db.Agencies.AsNoTracking().FirstAsync(a => a.Id == c.AgencyId, ct);
        try
        {
            var doc = Gongkai.Render.Notices.CaseNotices.Build(file, notice, new Gongkai.Render.Notices.NoticeIssuer(agency.Name, agency.ReviewBody, agency.Court));
            var (bytes, type, ext) = Gongkai.Render.Notices.CaseNotices.Render(doc, format);
            return (bytes, type, $"{c.Number}{k.Label()}.{ext}");
        }
        catch (ArgumentException e)
        {
            throw new DeskException($"无法出具{k.Label()}：{e.Message}");
        }
    }

    /// <summary>A case's file as Core reads it.</summary>
    public CaseFile FileOf(Case c) => c.ToFile(Calendar);

    /// <summary>A case's clock today.</summary>
    public ClockReading ClockOf(Case c) => CaseClock.Read(c.ToFile(Calendar), Calendar, Today);

    public Task<Case> AssignAsync(Actor actor, int id, int version, string handlerId, CancellationToken ct = default) =>
        ChangeAsync(actor, id, version, c =>
        {
            if (!actor.IsHead) throw new DeskForbiddenException("只有审核人可以分派经办人");
            c.HandlerId = handlerId;
        }, ct, async c => { await ValidHandler(actor, handlerId, ct); });

    public async Task<Challenge> AddChallengeAsync(Actor actor, int caseId, ChallengeKind kind, DateOnly filed, CancellationToken ct = default)
    {
        RequireHandler(actor);
        var c = await GetAsync(actor, caseId, ct);
        if (c.ReceivedOn is { } r && filed < r) throw new DeskException("复议或诉讼的日期不能早于收到申请的日期");
        var challenge = new Challenge { CaseId = c.Id, Kind = kind, Filed = filed };
        db.Challenges.Add(challenge);
        await db.SaveChangesAsync(ct);
        return challenge;
    }

    public async Task<Challenge> DecideChallengeAsync(Actor actor, int challengeId, DateOnly decided, ChallengeResult result, string? note, CancellationToken ct = default)
    {
        RequireHandler(actor);
        var ch = await db.Challenges.Include(x => x.Case).FirstOrDefaultAsync(x => x.Id == challengeId && x.Case!.AgencyId == actor.AgencyId, ct)
            ?? throw new DeskNotFoundException($"复议或诉讼 {challengeId} 不存在");
        if (decided < ch.Filed) throw new DeskException("审结日期不能早于提起日期");
        ch.Decided = decided;
        ch.Result = result;
        ch.Note = Clean(note);
        await db.SaveChangesAsync(ct);
        return ch;
    }

    public async Task<Attachment> AddAttachmentAsync(Actor actor, int caseId, string fileName, string contentType, byte[] content, CancellationToken ct = default)
    {
        RequireHandler(actor);
        // No path, no control or invisible characters (a right-to-left override makes “gpj.exe” read “exe.jpg”).
        fileName = Gongkai.Core.Text.FileNames.Clean(fileName);
        var c = await GetAsync(actor, caseId, ct);
        if (content.Length > MaxAttachmentBytes) throw new DeskException($"附件“{fileName}”超过{Gongkai.Core.Labels.Chinese.Size(MaxAttachmentBytes)}");
        if (content.Length == 0) throw new DeskException($"附件“{fileName}”是空文件");
        if (!AttachmentTypes.Contains(Path.GetExtension(fileName)))
            throw new DeskException($"附件“{Path.GetFileName(fileName)}”的类型不允许：可上传 PDF、OFD、Word、WPS、Excel、文本、图片或 ZIP 文件");
        var a = new Attachment
        {
            CaseId = c.Id, FileName = Path.GetFileName(fileName), ContentType = contentType, Content = content,
            UploadedAt = time.GetUtcNow(), UploadedBy = actor.UserName,
        };
        db.Attachments.Add(a);
        await db.SaveChangesAsync(ct);
        return a;
    }

    public async Task<Attachment> GetAttachmentAsync(Actor actor, int caseId, int attachmentId, CancellationToken ct = default)
    {
        var c = await GetAsync(actor, caseId, ct);
        // An attachment (an application letter, a copy of an identity card) carries what the case view masks.
        if (!actor.SeesPersonalData(c)) throw new DeskForbiddenException("附件可能含申请人个人信息，只有经办人和审核人可以下载");
        return await db.Attachments.FirstOrDefaultAsync(a => a.Id == attachmentId && a.CaseId == c.Id, ct)
            ?? throw new DeskNotFoundException($"附件 {attachmentId} 不存在");
    }

    private async Task<Case> ChangeAsync(Actor actor, int id, int version, Action<Case> change, CancellationToken ct, Func<Case, Task>? check = null)
    {
        RequireHandler(actor);
        var c = await GetAsync(actor, id, ct);
        if (c.Version != version) throw Conflict(c);
        if (check is not null) await check(c);
        change(c);
        // The version bump happens in SaveChanges; the WHERE on the original version refuses a concurrent writer.
        db.Entry(c).Property(x => x.Version).OriginalValue = version;
        db.Entry(c).Property(x => x.Version).IsModified = true;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Conflict(c);
        }
        return c;
    }

    private static DeskConflictException Conflict(Case c) =>
        new($"申请 {c.Number} 已被他人修改，您看到的不是最新内容。请刷新页面，核对后再操作。");

    private static void RequireHandler(Actor actor)
    {
        if (!actor.CanHandleCases) throw new DeskForbiddenException("只有经办人和审核人可以办理申请");
    }

    private void EnsureCovered(DateOnly d)
    {
        if (!Calendar.Covers(d))
            throw new DeskException($"工作日日历只覆盖{Calendar.First.Year}年至{Calendar.Last.Year}年，{WorkingCalendar.Chinese(d)}不在其中：请管理员先录入该年度的节假日安排");
    }

    private async Task<string> ValidHandler(Actor actor, string handlerId, CancellationToken ct)
    {
        var ok = await db.Users.AnyAsync(u => u.Id == handlerId && u.AgencyId == actor.AgencyId, ct);
        return ok ? handlerId : throw new DeskException("经办人不属于本机关");
    }

    private async Task<string> NextNumberAsync(int agencyId, int year, CancellationToken ct)
    {
        var prefix = $"{year}-";
        var last = await db.Cases.Where(c => c.AgencyId == agencyId && c.Number.StartsWith(prefix))
            .OrderByDescending(c => c.Number.Length).ThenByDescending(c => c.Number).Select(c => c.Number).FirstOrDefaultAsync(ct);
        var max = last is not null && int.TryParse(last.AsSpan(prefix.Length), out var k) ? k : 0;
        return $"{prefix}{max + 1:0000}";
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static void TooLong(List<string> errors, string? text, string name)
    {
        if (text is { Length: > MaxText }) errors.Add($"{name}超过{MaxText}字");
    }

    public async Task<List<(int Id, string FileName, long Size)>> AttachmentsAsync(int caseId, CancellationToken ct = default) =>
        (await db.Attachments.Where(a => a.CaseId == caseId).OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.FileName, Size = (long)a.Content.Length }).ToListAsync(ct))
        .Select(a => (a.Id, a.FileName, a.Size)).ToList();
}
