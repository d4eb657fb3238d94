using Gongkai.Core.Calendar;
using Gongkai.Core.Desk;
using Gongkai.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Desk;

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
    string? HandlerId);

/// <summary>Every operation of the applications desk; pages and the API both go through here.</summary>
public sealed class CaseService(GongkaiDb db, CalendarProvider calendars, TimeProvider time, ReadCache cache)
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
        var c = await cases.Include(x => x.Consultations).Include(x => x.Challenges).Include(x => x.Handler).AsSingleQuery()
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        // Another agency's case is reported as missing, not as forbidden: its existence is not theirs to know.
        return c ?? throw new DeskNotFoundException($"申请 {id} 不存在");
    }

    /// <summary>The agency's open cases (shared with other requests: do not change them).</summary>
    public Task<List<Case>> OpenCasesAsync(Actor actor, CancellationToken ct = default) =>
        cache.GetOrAddAsync(actor.AgencyId, "open", null, () => Scope(actor).Where(c => c.ClosedOn == null).Include(c => c.Consultations).Include(c => c.Handler)
            .OrderBy(c => c.Id).AsSplitQuery().AsNoTracking().ToListAsync(ct));

    public async Task<Case> RegisterAsync(Actor actor, RegisterCaseInput input, CancellationToken ct = default)
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
        if (receipt.ReceivedOn is { } r) EnsureCovered(r);
        var handler = input.HandlerId is null ? actor.UserId : await ValidHandler(actor, input.HandlerId, ct);

        for (var attempt = 1; ; attempt++)
        {
            // The running number is read and taken in one transaction that other registrations of the agency wait for:
            // SQLite's BEGIN IMMEDIATE takes the write lock, PostgreSQL an advisory lock per agency.
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (db.Database.IsNpgsql())
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({NumberLock}, {actor.AgencyId})", ct);
            var number = await NextNumberAsync(actor.AgencyId, input.Submitted.Year, ct);
            var entity = new Case
            {
                AgencyId = actor.AgencyId, Number = number,
                Channel = input.Channel, Submitted = input.Submitted, Confirmed = input.Confirmed, ReceivedOn = receipt.ReceivedOn,
                ApplicantKind = input.ApplicantKind, ApplicantName = input.ApplicantName.Trim(),
                IdNumber = Clean(input.IdNumber), Phone = Clean(input.Phone), Address = Clean(input.Address), Email = Clean(input.Email),
                InformationRequested = input.InformationRequested.Trim(), PreferredForm = Clean(input.PreferredForm),
                HandlerId = handler,
            };
            db.Cases.Add(entity);
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

    /// <summary>The advisory lock class for running numbers (PostgreSQL); the object is the agency.</summary>
    private const int NumberLock = 0x474b; // "GK"

    /// <summary>A unique index refused the row: SQLite's SQLITE_CONSTRAINT_UNIQUE, PostgreSQL's 23505.</summary>
    private static bool IsDuplicate(DbUpdateException e) => e.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException s => s.SqliteExtendedErrorCode == 2067,
        Npgsql.PostgresException p => p.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    public Task<Case> ConfirmReceiptAsync(Actor actor, int id, int version, DateOnly confirmed, CancellationToken ct = default) =>
        ChangeAsync(actor, id, version, c =>
        {
            if (c.ReceivedOn is not null) throw new DeskException("该申请已确认收到");
            var receipt = DeskVocabulary.ReceivedOn(c.Channel, c.Submitted, confirmed);
            if (receipt.ReceivedOn is { } r) EnsureCovered(r);
            c.Confirmed = confirmed;
            c.ReceivedOn = receipt.ReceivedOn;
        }, ct);

    /// <summary>The 补正 period the desk proposes when the clerk gives none: this many working days after the notice date.</summary>
    public const int CorrectionDaysDefault = 15;

    /// <summary>
    /// The default 补正 deadline, counted from the day the notice is given (not from today: a notice entered late keeps
    /// its own date); calendar days when the calendar does not reach that far.
    /// </summary>
    public DateOnly DefaultCorrectionDue(DateOnly noticeOn) =>
        Calendar.Covers(noticeOn.AddDays(30)) ? Calendar.AddWorkingDays(noticeOn, CorrectionDaysDefault) : noticeOn.AddDays(21);

    /// <summary>Art. 30: one request for corrections, in writing, saying what and by when.</summary>
    public Task<Case> RequestCorrectionAsync(Actor actor, int id, int version, DateOnly requestedOn, string what, DateOnly dueBy, CancellationToken ct = default) =>
        ChangeAsync(actor, id, version, c =>
        {
            var received = ReceivedOrThrow(c);
            if (c.CorrectionRequestedOn is not null) throw new DeskException("补正只能一次性告知（第三十条），该申请已告知过补正");
            if (string.IsNullOrWhiteSpace(what)) throw new DeskException("请写明需要补正的事项");
            if (requestedOn < received) throw new DeskException("告知补正的日期不能早于收到申请的日期");
            if (dueBy <= requestedOn) throw new DeskException("补正期限应晚于告知日期");
            EnsureCovered(requestedOn);
            c.CorrectionRequestedOn = requestedOn;
            c.CorrectionRequest = what.Trim();
            c.CorrectionDueBy = dueBy;
        }, ct);

    public Task<Case> CorrectionReceivedAsync(Actor actor, int id, int version, DateOnly receivedOn, CancellationToken ct = default) =>
        ChangeAsync(actor, id, version, c =>
        {
            if (c.CorrectionRequestedOn is not { } asked) throw new DeskException("该申请没有告知补正");
            if (c.CorrectionReceivedOn is not null) throw new DeskException("已登记收到补正");
            if (receivedOn < asked) throw new DeskException("收到补正的日期不能早于告知补正的日期");
            EnsureCovered(receivedOn);
            c.CorrectionReceivedOn = receivedOn;
        }, ct);

    /// <summary>Art. 33 ¶2: one extension of at most 20 working days, approved by the head of the disclosure office.</summary>
    public Task<Case> ExtendAsync(Actor actor, int id, int version, DateOnly approvedOn, string reason, CancellationToken ct = default) =>
        ChangeAsync(actor, id, version, c =>
        {
            if (!actor.IsHead) throw new DeskForbiddenException("延长答复期限须经政府信息公开工作机构负责人（审核人）同意（第三十三条第二款）");
            ReceivedOrThrow(c);
            if (c.ExtendedOn is not null) throw new DeskException("答复期限只能延长一次");
            if (string.IsNullOrWhiteSpace(reason)) throw new DeskException("请写明延长答复期限的理由");
            var reading = CaseClock.Read(c, Calendar, approvedOn);
            if (reading.State == CaseState.AwaitingCorrection) throw new DeskException("待补正期间答复期限尚未起算，无需延长");
            if (reading.Due is { } due && approvedOn > due) throw new DeskException($"答复期限已于{WorkingCalendar.Chinese(due)}届满，不能再延长");
            c.ExtendedOn = approvedOn;
            c.ExtensionReason = reason.Trim();
            c.ExtensionApprovedBy = actor.DisplayName;
        }, ct);

    /// <summary>Art. 32, 34: consulting a third party or another agency; the time is not counted.</summary>
    public Task<Case> StartConsultationAsync(Actor actor, int id, int version, string party, DateOnly from, CancellationToken ct = default) =>
        ChangeAsync(actor, id, version, c =>
        {
            var received = ReceivedOrThrow(c);
            if (string.IsNullOrWhiteSpace(party)) throw new DeskException("请写明征求意见的第三方或者机关");
            if (from < received) throw new DeskException("征求意见的日期不能早于收到申请的日期");
            if (c.Consultations.Any(x => x.To is null)) throw new DeskException("已有尚未结束的征求意见，请先登记其结束");
            EnsureCovered(from);
            c.Consultations.Add(new Consultation { Party = party.Trim(), From = from });
        }, ct);

    public Task<Case> EndConsultationAsync(Actor actor, int id, int version, DateOnly to, CancellationToken ct = default) =>
        ChangeAsync(actor, id, version, c =>
        {
            var open = c.Consultations.FirstOrDefault(x => x.To is null) ?? throw new DeskException("没有进行中的征求意见");
            if (to < open.From) throw new DeskException("征求意见的结束日期不能早于开始日期");
            EnsureCovered(to);
            open.To = to;
        }, ct);

    /// <summary>Closes the case with an outcome of section 三 of the template of the year it is closed in.</summary>
    public Task<Case> CloseAsync(Actor actor, int id, int version, DateOnly closedOn, string outcomeRow, string? note, CancellationToken ct = default) =>
        ChangeAsync(actor, id, version, c =>
        {
            var received = ReceivedOrThrow(c);
            if (c.ClosedOn is not null) throw new DeskException("该申请已办结");
            if (closedOn < received) throw new DeskException("办结日期不能早于收到申请的日期");
            if (closedOn > Today) throw new DeskException("办结日期不能晚于今天");
            if (Outcomes.Find(closedOn.Year, outcomeRow) is null)
                throw new DeskException($"“{outcomeRow}”不是{closedOn.Year}年适用格式第三部分的处理结果");
            if (c.Consultations.Any(x => x.To is null)) throw new DeskException("征求意见尚未结束，请先登记其结束");
            if (note is { Length: > MaxText }) throw new DeskException($"说明超过{MaxText}字");
            c.ClosedOn = closedOn;
            c.OutcomeRow = outcomeRow;
            c.OutcomeNote = Clean(note);
        }, ct);

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
        if (content.Length > MaxAttachmentBytes) throw new DeskException($"附件“{fileName}”超过{MaxAttachmentBytes / 1024 / 1024} MB");
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

    private static DateOnly ReceivedOrThrow(Case c) =>
        c.ReceivedOn ?? throw new DeskException("该申请尚未签收或确认收到（第三十一条），请先登记收到日期");

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
