using System.IO.Compression;
using System.Text;
using Gongkai.Core.Labels;
using Gongkai.Core.Model;
using Gongkai.Core.Oversight;
using Gongkai.Ingest;
using Gongkai.Ingest.Archives;
using Gongkai.Render;
using Gongkai.Web.Api;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Cases;
using Gongkai.Web.Features.Reports;
using Gongkai.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Oversight;

public sealed class OversightOptions
{
    /// <summary>The only folder (and its subfolders) an administrator may import reports from on the server; unset = no folder import.</summary>
    public string? ImportRoot { get; set; }
    public long MaxFileBytes { get; set; } = 20L * 1024 * 1024;
    public int MaxFiles { get; set; } = 200;
    public int MaxZipEntries { get; set; } = 500;
    /// <summary>The largest ZIP one may upload, and what its entries may inflate to together.</summary>
    public long MaxZipBytes { get; set; } = 200L * 1024 * 1024;
    /// <summary>An entry above 1 MB may be at most this many times its compressed size (a report's text compresses ~5–20×).</summary>
    public long MaxRatio { get; set; } = 100;
    /// <summary>Everything one request inflates — every archive's entries and the DOCX files' parts — together.</summary>
    public long MaxInflatedBytes { get; set; } = 512L * 1024 * 1024;
    /// <summary>Seconds of reading one request may take; the files after it are answered unread.</summary>
    public int MaxSecondsPerRequest { get; set; } = 60;

    public UploadLimits UploadLimits => new(MaxFileBytes, Math.Max(MaxZipBytes, MaxFileBytes), MaxFiles, OversightApi.UploadBound(this));

    public ArchiveLimits ArchiveLimits => new(MaxZipEntries, 16L * 1024 * 1024, MaxFileBytes, MaxZipBytes, 1024 * 1024, MaxRatio);
}

/// <summary>What became of one file (or one entry of a ZIP).</summary>
public sealed record CollectResult(string File, string? Entry, CollectOutcome Outcome, string Message,
    long? ReportId = null, int? AgencyId = null, string? Agency = null, int? Year = null, int Errors = 0, int Warnings = 0)
{
    /// <summary>What the person who collected should check: the report names another agency than the one it was filed as.</summary>
    public string? Note { get; init; }

    public string OutcomeLabel => Outcome.Label();

    /// <summary>“汇总.zip › 街道/逢源.pdf”: the name a person finds the file by.</summary>
    public string Name => Entry is null ? File : $"{File} › {Entry}";
}

/// <summary>
/// Collects units' published reports into the supervising office's store: each file read and checked, matched to an
/// agency of the supervisor's subtree, stored with its original bytes in one save (report, file, findings, and the
/// superseded report's flag), so a failure leaves nothing half-written. The same bytes twice are one report.
/// </summary>
public sealed class Collector(GongkaiDb db, TimeProvider time, IOptions<OversightOptions> options, ReportWorkspace workspace, ILogger<Collector> log)
{
    private readonly OversightOptions _o = options.Value;

    static Collector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public OversightOptions Options => _o;

    /// <param name="agencyId">The agency every file is for, chosen at upload; null: matched by the report's own agency name.</param>
    /// <param name="year">The year when a report does not state it; a report that states another year is refused.</param>
    public async Task<IReadOnlyList<CollectResult>> CollectAsync(Actor actor, IReadOnlyList<IncomingFile> files, int? agencyId, int? year,
        FilingSource source = FilingSource.Upload, CancellationToken ct = default)
    {
        if (files.Count == 0) throw new DeskException("请选择要上传的报告文件");
        if (files.Count > _o.MaxFiles) throw new DeskException($"一次最多收取{_o.MaxFiles}个文件，收到{files.Count}个");
        var tree = await Subtree.LoadAsync(db, actor, ct);
        var chosen = agencyId is { } id ? tree.Get(id) : null;
        var results = new List<CollectResult>();
        // The request's budgets: inflated bytes across all its archives and DOCX files, and time (issue 17: ten small
        // ZIPs inflated 1.9 GB and took 63 s of CPU in one request).
        var budget = new InflationBudget(_o.MaxInflatedBytes);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var file in files)
        {
            foreach (var (entry, bytes, error) in Expand(file, budget))
            {
                ct.ThrowIfCancellationRequested();
                if (error is null && clock.Elapsed.TotalSeconds >= _o.MaxSecondsPerRequest)
                {
                    results.Add(new CollectResult(file.Name, entry, CollectOutcome.Failed,
                        $"“{(entry is null ? file.Name : $"{file.Name} › {entry}")}”：未读取，本次上传的处理时间已超过{_o.MaxSecondsPerRequest}秒，请分批上传"));
                    continue;
                }
                results.Add(error is not null
                    ? new CollectResult(file.Name, entry, CollectOutcome.Failed, error)
                    : await OneAsync(actor, tree, file.Name, entry, bytes!, chosen, year, source, budget, ct));
            }
        }
        return results;
    }

    /// <summary>Imports every file under <paramref name="path"/>, a folder inside <see cref="OversightOptions.ImportRoot"/> (administrators only).</summary>
    public async Task<IReadOnlyList<CollectResult>> ImportFolderAsync(Actor actor, string path, int? agencyId, int? year, CancellationToken ct = default)
    {
        if (!actor.IsAdmin) throw new DeskForbiddenException("只有管理员可以从服务器目录导入");
        var folder = ResolveUnderRoot(path);
        var files = new List<IncomingFile>();
        var root = Path.GetFullPath(_o.ImportRoot!);
        var skipped = new List<CollectResult>();
        foreach (var f in new DirectoryInfo(folder).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint }))
        {
            var name = Path.GetRelativePath(root, f.FullName).Replace('\\', '/');
            if (files.Count + skipped.Count >= _o.MaxFiles) throw new DeskException($"目录中的文件超过{_o.MaxFiles}个，请分批导入");
            if (f.LinkTarget is not null) { skipped.Add(new CollectResult(name, null, CollectOutcome.Failed, "符号链接，未导入")); continue; }
            if (f.Length > _o.MaxFileBytes) { skipped.Add(new CollectResult(name, null, CollectOutcome.Failed, $"文件超过{Gongkai.Core.Labels.Chinese.Size(_o.MaxFileBytes)}")); continue; }
            if (f.Length == 0) { skipped.Add(new CollectResult(name, null, CollectOutcome.Failed, "空文件")); continue; }
            var (bytes, error) = InputFiles.Read(f.FullName, _o.MaxFileBytes);
            if (error is not null) { skipped.Add(new CollectResult(name, null, CollectOutcome.Failed, error)); continue; }
            files.Add(new IncomingFile(name, bytes!));
        }
        if (files.Count == 0 && skipped.Count == 0) throw new DeskException($"目录“{path}”中没有文件");
        var results = files.Count == 0 ? [] : await CollectAsync(actor, files, agencyId, year, FilingSource.Folder, ct);
        return [.. skipped, .. results];
    }

    /// <summary>The full path of <paramref name="path"/> (relative to the import root, or absolute inside it); anything outside is refused.</summary>
    public string ResolveUnderRoot(string path)
    {
        if (string.IsNullOrWhiteSpace(_o.ImportRoot)) throw new DeskException("未配置导入目录（Oversight:ImportRoot），不能从服务器目录导入");
        var root = Path.GetFullPath(_o.ImportRoot);
        var full = Path.GetFullPath(Path.Combine(root, path ?? ""));
        var inside = full == root.TrimEnd(Path.DirectorySeparatorChar) || full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (!inside) throw new DeskForbiddenException($"“{path}”不在导入目录之内，拒绝导入");
        if (!Directory.Exists(full)) throw new DeskNotFoundException($"导入目录中没有“{path}”");
        // A link inside the root pointing elsewhere would escape it.
        for (var d = new DirectoryInfo(full); d is not null && d.FullName.Length > root.TrimEnd(Path.DirectorySeparatorChar).Length; d = d.Parent)
            if (d.LinkTarget is not null) throw new DeskForbiddenException($"“{path}”经过符号链接，拒绝导入");
        return full;
    }

    /// <summary>
    /// 报送: a unit's office head sends the report computed at its desk to the supervising office; the rendered DOCX
    /// is kept as its original file.
    /// </summary>
    /// <param name="confirmErrors">A report with error findings is sent only when the head has confirmed seeing them.</param>
    public async Task<CollectResult> SubmitFromDeskAsync(Actor actor, int year, bool confirmErrors, CancellationToken ct = default)
    {
        if (!actor.IsHead) throw new DeskForbiddenException("只有审核人可以报送年度报告");
        // Before the timing rule, which makes a date of the year: 0 or 10000 would be an unrepresentable date, a 500.
        if (!ReportYear.IsValid(year)) throw new DeskException(ReportYear.OutOfRange(year));
        if (Gongkai.Core.Desk.ReportTiming.SubmitProblem(year, DateOnly.FromDateTime(time.GetLocalNow().DateTime)) is { } early)
            throw new DeskValidationException([new("year", early)]);
        var view = await workspace.BuildAsync(actor, year, ct);
        var errors = view.Final.Findings.Count(f => f.Severity == Severity.Error);
        if (errors > 0 && !confirmErrors)
            throw new DeskException($"{year}年度报告有{errors}项错误，未报送。请先核对“检查结果”；确需报送的，请确认后再报送。");
        var agency = await db.Agencies.AsNoTracking().FirstAsync(a => a.Id == actor.AgencyId, ct);
        var bytes = ReportRenderer.Render(view.Final, RenderFormat.Docx);
        var name = Gongkai.Core.Text.FileNames.Clean($"{agency.Name}{year}年政府信息公开工作年度报告.docx");
        return await StoreAsync(actor, view.Final, bytes, name, null, agency, year, "desk", FilingSource.Desk, ct);
    }

    private async Task<CollectResult> OneAsync(Actor actor, Subtree tree, string file, string? entry, byte[] bytes, SubtreeAgency? chosen, int? year,
        FilingSource source, InflationBudget budget, CancellationToken ct)
    {
        var display = entry is null ? file : $"{file} › {entry}";
        CollectResult Fail(string why) => new(file, entry, CollectOutcome.Failed, $"“{display}”：{why}");
        if (bytes.Length == 0) return Fail("空文件");
        if (bytes.Length > _o.MaxFileBytes) return Fail($"文件超过{Gongkai.Core.Labels.Chinese.Size(_o.MaxFileBytes)}");
        var sha = FiledReports.Sha256Hex(bytes);
        if (await AlreadyAsync(tree, file, entry, sha, ct) is { } present) return present;

        var read = ReportReader.ReadBytes(bytes, display, budget);
        if (!read.Ok) return Fail($"不是可读取的年度报告（{read.Error}）");
        if (read.Reports.Length != 1) return Fail($"一个文件应含一份报告，此文件含{read.Reports.Length}份");
        var report = read.Reports[0];
        var agency = chosen;
        if (agency is null)
        {
            var (matched, error) = tree.Match(report.Agency);
            if (matched is null) return Fail(error!);
            agency = matched;
        }
        if (report.Year is { } y && year is { } given && y != given) return Fail($"报告是{y}年度的，与指定的{given}年不符");
        var theYear = report.Year ?? year;
        if (theYear is null) return Fail("报告中没有年度，请在上传时指定年度");
        if (!ReportYear.IsValid(theYear.Value)) return Fail(ReportYear.OutOfRange(theYear.Value));
        var format = InputFormats.Detect(bytes) switch
        {
            InputFormat.Pdf => "pdf",
            InputFormat.Docx => "docx",
            InputFormat.Doc => "doc",
            InputFormat.Html => "html",
            InputFormat.JsonLines => "json",
            _ => "text",
        };
        var stored = await StoreAsync(actor, report, bytes, file, entry, agency.Agency, theYear.Value, format, source, ct, tree);
        // Filed "as" a chosen unit: say so when the report itself names someone else, so a wrong pick is seen at once.
        if (chosen is not null && stored.Outcome == CollectOutcome.Stored && !SameAgency(report.Agency, chosen.Name))
            stored = stored with
            {
                Note = string.IsNullOrWhiteSpace(report.Agency)
                    ? $"注意：报告中未写机关名称，已按所选的“{chosen.Name}”存入，请核对。"
                    : $"注意：报告中的机关名称是“{report.Agency}”，与所选的“{chosen.Name}”不同，已按所选机关存入，请核对是否选错。",
            };
        return stored;
    }

    private static bool SameAgency(string? printed, string chosen) =>
        printed is not null && Normal(printed) == Normal(chosen);

    private static string Normal(string name) => new(name.Where(c => !char.IsWhiteSpace(c)).ToArray());

    /// <summary>
    /// The report already filed with these bytes, when it is the actor's to know: a report of another office's units is
    /// treated as not there (saying "already present, filed by another office" told a supervisor what others filed,
    /// issue 17); the upload is then read and matched like any other, and fails as a report outside the subtree would.
    /// </summary>
    private async Task<CollectResult?> AlreadyAsync(Subtree? tree, string file, string? entry, string sha, CancellationToken ct) =>
        await FiledAsync(tree, file, entry, sha, ct) is { } found && found.Outcome == CollectOutcome.AlreadyPresent ? found : null;

    /// <summary>
    /// What a store of these bytes meets, in one read: null (not filed), already present (the actor's own), or refused
    /// (filed outside the actor's reach, said without saying by whom). One read, so a concurrent store between two
    /// look-ups cannot turn "already present" into a refusal.
    /// </summary>
    private async Task<CollectResult?> FiledAsync(Subtree? tree, string file, string? entry, string sha, CancellationToken ct)
    {
        var existing = await db.FiledReports.AsNoTracking().Where(r => r.Sha256 == sha)
            .Select(r => new { r.Id, r.AgencyId, Agency = r.Agency!.Name, r.Year, r.Errors, r.Warnings }).FirstOrDefaultAsync(ct);
        if (existing is null) return null;
        if (tree is not null && !tree.Contains(existing.AgencyId))
            return new CollectResult(file, entry, CollectOutcome.Failed, $"“{(entry is null ? file : $"{file} › {entry}")}”：未能存入（与系统中已有的文件相同）");
        return new CollectResult(file, entry, CollectOutcome.AlreadyPresent, $"已存在：{existing.Agency}{existing.Year}年度报告",
            existing.Id, existing.AgencyId, existing.Agency, existing.Year, existing.Errors, existing.Warnings);
    }

    private async Task<CollectResult> StoreAsync(Actor actor, Report report, byte[] bytes, string file, string? entry, Agency agency, int year,
        string format, FilingSource source, CancellationToken ct, Subtree? tree = null)
    {
        var sha = FiledReports.Sha256Hex(bytes);
        if (await FiledAsync(tree, file, entry, sha, ct) is { } present) return present;
        var now = time.GetUtcNow();
        var name = entry ?? file;
        var row = FiledReports.ToRow(report, agency.Id, year, sha, Path.GetFileName(name), format, source, now);
        row.ReceivedBy = actor.UserName;
        row.File = new ReportFile { Sha256 = sha, FileName = Path.GetFileName(name), ContentType = ContentType(format), Content = bytes };
        try
        {
            // One SaveChanges is one transaction: the superseded flag, the report, its file and findings, and the audit line.
            var older = await db.FiledReports.Where(r => r.AgencyId == agency.Id && r.Year == year && r.IsCurrent).ToListAsync(ct);
            foreach (var o in older) o.IsCurrent = false;
            db.FiledReports.Add(row);
            db.Declare(actor.UserName, agency.Id, "Oversight.Filed",
                $"{agency.Name}{year}年度报告（{SourceLabel(source)}，{name}，SHA-256 {sha[..12]}…）" + (older.Count > 0 ? $"，取代此前报送的{older.Count}份" : ""));
            await db.SaveChangesAsync(ct);
            return new CollectResult(file, entry, CollectOutcome.Stored, $"已存入：{agency.Name}{year}年度报告" + (older.Count > 0 ? "（取代此前报送的报告）" : ""),
                row.Id, agency.Id, agency.Name, year, row.Errors, row.Warnings);
        }
        catch (DbUpdateException e)
        {
            db.ChangeTracker.Clear();
            // The same bytes stored by a concurrent request between our look-up and our save: the unique index decided.
            if (await FiledAsync(tree, file, entry, sha, ct) is { } raced) return raced;
            log.LogWarning(e, "Storing {File} failed", name);
            return new CollectResult(file, entry, CollectOutcome.Failed, $"“{(entry is null ? file : $"{file} › {entry}")}”：保存失败，未存入任何内容（{e.InnerException?.Message ?? e.Message}）");
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    public static string SourceLabel(FilingSource s) => s.Label();

    public static string ContentType(string format) => format switch
    {
        "pdf" => "application/pdf",
        "docx" or "desk" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "doc" => "application/msword",
        "html" => "text/html",
        "json" => "application/json",
        _ => "text/plain",
    };

    /// <summary>
    /// The reports a file holds: itself, or each entry of a ZIP archive (a ZIP holding word/document.xml is a Word
    /// document, not an archive). Archives are read through <see cref="GuardedArchive"/>: entries bounded in number,
    /// in size, in compression ratio and in total (and against the request's <paramref name="budget"/>), and refused
    /// when their names would climb out of the archive (zip-slip) or are themselves archives.
    /// </summary>
    private IEnumerable<(string? Entry, byte[]? Bytes, string? Error)> Expand(IncomingFile file, InflationBudget budget)
    {
        var (zip, openError) = OpenArchive(file, budget);
        if (openError is not null)
        {
            yield return (null, null, $"“{file.Name}”：{openError}");
            yield break;
        }
        if (zip is null)
        {
            if (file.Length > _o.MaxFileBytes) yield return (null, null, $"“{file.Name}”：文件超过{Gongkai.Core.Labels.Chinese.Size(_o.MaxFileBytes)}");
            else yield return (null, file.ReadAllBytes(), null);
            yield break;
        }
        using (zip)
        {
            var entries = zip.Entries.Where(e => !e.FullName.EndsWith('/') && !e.FullName.EndsWith('\\')).ToList();
            if (entries.Count > _o.MaxZipEntries)
            {
                yield return (null, null, $"“{file.Name}”：压缩包含{entries.Count}个文件，超过上限{_o.MaxZipEntries}个");
                yield break;
            }
            if (entries.Count == 0)
            {
                yield return (null, null, $"“{file.Name}”：压缩包中没有文件");
                yield break;
            }
            foreach (var e in entries)
            {
                var raw = e.FullName.Replace('\\', '/');
                var name = SafeEntryName(raw) ? CleanPath(raw) : Gongkai.Core.Text.FileNames.Visible(raw);
                if (!SafeEntryName(raw))
                {
                    yield return (name, null, $"“{file.Name} › {name}”：文件名含有“..”或绝对路径，拒绝读取");
                    continue;
                }
                if (name.StartsWith("__MACOSX/", StringComparison.Ordinal) || Path.GetFileName(name).StartsWith('.')) continue;
                byte[]? bytes = null;
                string? error = null;
                var stop = false;
                try
                {
                    bytes = zip.ReadAll(e);
                }
                catch (ArchiveException x)
                {
                    error = x.Problem switch
                    {
                        ArchiveProblem.Bomb => $"解压后超过{Gongkai.Core.Labels.Chinese.Size(_o.MaxFileBytes)}，或压缩比超过{_o.MaxRatio}倍（疑似压缩炸弹），未读取",
                        ArchiveProblem.TooMuchInTotal => $"压缩包解压后总大小超过{Gongkai.Core.Labels.Chinese.Size(_o.MaxZipBytes)}，此后的文件未读取",
                        ArchiveProblem.BudgetSpent => x.Message,
                        ArchiveProblem.Unsupported => $"不支持的压缩方式或加密（{x.Message}）",
                        _ => $"压缩数据损坏（{x.Message}）",
                    };
                    stop = x.Problem is ArchiveProblem.TooMuchInTotal or ArchiveProblem.BudgetSpent;
                }
                if (error is not null)
                {
                    yield return (name, null, $"“{file.Name} › {name}”：{error}");
                    if (stop) yield break;
                    continue;
                }
                if (GuardedArchive.LooksLikeZip(bytes) && IsArchiveOfFiles(bytes!))
                {
                    yield return (name, null, $"“{file.Name} › {name}”：压缩包中的压缩包不予读取，请解压后上传");
                    continue;
                }
                yield return (name, bytes, null);
            }
        }
    }

    /// <summary>An entry name as stored and shown: each path segment cleaned of control and invisible characters.</summary>
    private static string CleanPath(string entryName) =>
        string.Join('/', entryName.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Gongkai.Core.Text.FileNames.Clean));

    /// <summary>The file as an archive of reports, or null when it is a single file (not a ZIP, or a DOCX/XLSX package).</summary>
    private (GuardedArchive? Zip, string? Error) OpenArchive(IncomingFile file, InflationBudget budget)
    {
        if (!GuardedArchive.LooksLikeZip(file.Head(4))) return (null, null);
        GuardedArchive? zip = null;
        try
        {
            // Names without the UTF-8 flag are GBK on Chinese Windows.
            zip = GuardedArchive.Open(file.OpenRead(), _o.ArchiveLimits, budget, Encoding.GetEncoding("GB18030"));
            if (zip.Find("word/document.xml") is not null || zip.Find("[Content_Types].xml") is not null)
            {
                zip.Dispose();
                return (null, null);
            }
            return (zip, null);
        }
        catch (ArchiveException e) when (e.Problem == ArchiveProblem.TooManyEntries)
        {
            zip?.Dispose();
            return (null, $"压缩包中的文件超过上限{_o.MaxZipEntries}个");
        }
        catch (ArchiveException)
        {
            zip?.Dispose();
            return (null, null); // let the reader say what it is
        }
    }

    private static bool IsArchiveOfFiles(byte[] bytes)
    {
        try
        {
            using var zip = GuardedArchive.Open(bytes, ArchiveLimits.Docx);
            return zip.Find("word/document.xml") is null && zip.Find("[Content_Types].xml") is null;
        }
        catch (ArchiveException)
        {
            return false;
        }
    }

    private static bool SafeEntryName(string name) =>
        name.Length > 0 && !name.StartsWith('/') && !name.Contains(':') && !name.Split('/').Any(p => p == "..");
}
