using System.Data.Common;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Core.Oversight;
using Gongkai.Core.Text;
using Gongkai.Web.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Gongkai.Web.Features.Oversight;

/// <summary>One already read and checked report to store: the report, its original bytes, and whose and which year it is.</summary>
public sealed record BulkItem(Report Report, byte[] Content, int AgencyId, int Year, string FileName, string Format,
    string ContentType = "text/plain", FilingSource Source = FilingSource.Folder);

/// <summary>A batch that failed and was rolled back entirely: items [<see cref="First"/>, First + Count) of the input.</summary>
public sealed record BulkBatchFailure(int First, int Count, string Error);

/// <summary>What a bulk import did: new reports stored, files already stored (same SHA-256) skipped, and failed batches.</summary>
public sealed record BulkImportResult(int Inserted, int Skipped, int FailedItems, IReadOnlyList<BulkBatchFailure> Failures);

/// <summary>How rows reach the database: EF Core's batched inserts (both providers) or PostgreSQL binary COPY.</summary>
public enum BulkWritePath
{
    /// <summary>COPY on PostgreSQL, EF Core on SQLite.</summary>
    Auto,
    Ef,
    Copy,
}

/// <summary>
/// Stores many filed reports at once — a province's archive, a national load — with the rows
/// <see cref="FiledReports.ToRow"/> gives (findings included, and on PostgreSQL the search grams), in batches of <see cref="BatchSize"/>
/// per transaction.
/// <list type="bullet">
/// <item>Idempotent by SHA-256 of the original file: a file already stored, or a second copy within the same input, is
/// skipped and counted, never stored twice. The unique indexes on FiledReports.Sha256 and ReportFiles.Sha256 stay the
/// last word: a concurrent importer storing the same file between the check and the insert makes the batch fail
/// (reported, rolled back); running the import again then skips it.</item>
/// <item>A batch either commits whole or not at all (an unknown agency id, a constraint violation): its reports,
/// files and findings are all rolled back and the batch is reported with the error; later batches go on.</item>
/// <item>A newer report of the same agency and year supersedes an older one (IsCurrent), in the same transaction.</item>
/// </list>
/// On PostgreSQL the batch is written with binary COPY into the tables directly (ids reserved from the identity
/// sequences first, so findings can point at their report without a round trip per row), several times faster than
/// EF Core's batched INSERTs in bench/oversight.
/// </summary>
public sealed class BulkImport(GongkaiDb db)
{
    public int BatchSize { get; init; } = 1000;
    public BulkWritePath Path { get; init; } = BulkWritePath.Auto;
    /// <summary>When the rows say they were received (tests and benchmarks fix it).</summary>
    public DateTimeOffset ReceivedAt { get; init; } = DateTimeOffset.UtcNow;
    public string? ReceivedBy { get; init; }

    private bool UseCopy => Path switch
    {
        BulkWritePath.Copy => db.Database.IsNpgsql() ? true : throw new InvalidOperationException("COPY 仅适用于 PostgreSQL"),
        BulkWritePath.Ef => false,
        _ => db.Database.IsNpgsql(),
    };

    public async Task<BulkImportResult> ImportAsync(IEnumerable<BulkItem> items, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        int inserted = 0, skipped = 0, failedItems = 0, first = 0;
        var failures = new List<BulkBatchFailure>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var copy = UseCopy;
        foreach (var chunk in items.Chunk(Math.Max(1, BatchSize)))
        {
            // Hashing and mapping (JSON, findings, grams) happen outside the transaction: it stays short.
            var prepared = new List<Prepared>(chunk.Length);
            foreach (var item in chunk)
            {
                var sha = FiledReports.Sha256Hex(item.Content);
                if (!seen.Add(sha)) { skipped++; continue; }
                prepared.Add(Prepare(item, sha));
            }
            try
            {
                var (n, existing) = copy ? await CopyBatchAsync(prepared, ct) : await EfBatchAsync(prepared, ct);
                inserted += n;
                skipped += existing;
            }
            catch (Exception e) when (e is DbUpdateException or DbException or InvalidOperationException or PostgresException)
            {
                failedItems += chunk.Length;
                failures.Add(new BulkBatchFailure(first, chunk.Length, Describe(e)));
                // The hashes of a failed batch were not stored: a later copy of the same file may still be.
                foreach (var p in prepared) seen.Remove(p.Row.Sha256);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
            first += chunk.Length;
        }
        return new BulkImportResult(inserted, skipped, failedItems, failures);
    }

    private sealed record Prepared(FiledReport Row, ReportFile File);

    private Prepared Prepare(BulkItem item, string sha)
    {
        var row = FiledReports.ToRow(item.Report, item.AgencyId, item.Year, sha, item.FileName, item.Format, item.Source, ReceivedAt);
        row.ReceivedBy = ReceivedBy;
        var file = new ReportFile { Sha256 = sha, FileName = item.FileName, ContentType = item.ContentType, Content = item.Content };
        // The same grams GongkaiDb.SaveChangesAsync gives every added FiledReport (stored on PostgreSQL only).
        if (db.Database.IsNpgsql()) row.Grams = SearchText.Codes(row.SearchText);
        return new Prepared(row, file);
    }

    private static string Describe(Exception e)
    {
        var inner = e;
        while (inner.InnerException is not null) inner = inner.InnerException;
        return inner.Message;
    }

    private async Task<HashSet<string>> ExistingAsync(List<Prepared> batch, CancellationToken ct)
    {
        var shas = batch.Select(p => p.Row.Sha256).ToArray();
        return [.. await db.FiledReports.AsNoTracking().Where(r => shas.Contains(r.Sha256)).Select(r => r.Sha256).ToListAsync(ct)];
    }

    private async Task<(int Inserted, int Existing)> EfBatchAsync(List<Prepared> batch, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var existing = await ExistingAsync(batch, ct);
        var fresh = batch.Where(p => !existing.Contains(p.Row.Sha256)).ToList();
        await SupersedeAsync(fresh, ct);
        foreach (var p in fresh)
        {
            p.Row.File = p.File;
            db.FiledReports.Add(p.Row);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (fresh.Count, existing.Count);
    }

    /// <summary>
    /// Before the batch is written: the reports already stored for the batch's agencies and years stop being current,
    /// and within the batch only the last report of an agency's year is (the newest wins). In this order, because the
    /// database allows one current report per agency and year at every moment (IX_FiledReports_OneCurrent).
    /// </summary>
    private async Task SupersedeAsync(List<Prepared> fresh, CancellationToken ct)
    {
        if (fresh.Count == 0) return;
        foreach (var group in fresh.GroupBy(p => (p.Row.AgencyId, p.Row.Year)))
        {
            var last = group.Last();
            foreach (var p in group) p.Row.IsCurrent = ReferenceEquals(p, last);
        }
        foreach (var year in fresh.Select(p => p.Row.Year).Distinct())
        {
            var agencies = string.Join(',', fresh.Where(p => p.Row.Year == year).Select(p => p.Row.AgencyId).Distinct()
                .Select(a => a.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            // Integers only, formatted here: nothing of the input reaches the SQL text.
            await OversightSql.SupersedeAsync(db, year, agencies, ct);
        }
    }

    private async Task<(int Inserted, int Existing)> CopyBatchAsync(List<Prepared> batch, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var existing = await ExistingAsync(batch, ct);
        var fresh = batch.Where(p => !existing.Contains(p.Row.Sha256)).ToList();
        if (fresh.Count == 0) { await tx.CommitAsync(ct); return (0, existing.Count); }
        await SupersedeAsync(fresh, ct);
        var conn = (NpgsqlConnection)db.Database.GetDbConnection();
        var fileIds = await OversightSql.ReserveIdsAsync(conn, "ReportFiles", fresh.Count, ct);
        var reportIds = await OversightSql.ReserveIdsAsync(conn, "FiledReports", fresh.Count, ct);
        for (var i = 0; i < fresh.Count; i++)
        {
            fresh[i].File.Id = fileIds[i];
            fresh[i].Row.Id = reportIds[i];
            fresh[i].Row.FileId = fileIds[i];
        }

        await using (var w = await conn.BeginBinaryImportAsync(
            """COPY "ReportFiles" ("Id", "Sha256", "FileName", "ContentType", "Content") FROM STDIN (FORMAT BINARY)""", ct))
        {
            foreach (var p in fresh)
            {
                await w.StartRowAsync(ct);
                await w.WriteAsync(p.File.Id, NpgsqlDbType.Bigint, ct);
                await w.WriteAsync(p.File.Sha256, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(p.File.FileName, NpgsqlDbType.Text, ct);
                await w.WriteAsync(p.File.ContentType, NpgsqlDbType.Text, ct);
                await w.WriteAsync(p.File.Content, NpgsqlDbType.Bytea, ct);
            }
            await w.CompleteAsync(ct);
        }

        await using (var w = await conn.BeginBinaryImportAsync("""
            COPY "FiledReports" ("Id", "AgencyId", "Year", "Template", "OtherCollapsed", "Sha256", "FileName", "Format", "Source",
              "ReceivedAt", "ReceivedBy", "Published", "IsCurrent", "Json", "Cells", "Errors", "Warnings",
              "NewReceived", "CarriedForward", "ReviewTotal", "ReviewCorrected", "ReviewConcluded",
              "SuitTotal", "SuitCorrected", "SuitConcluded", "FileId", "SearchText", "Grams") FROM STDIN (FORMAT BINARY)
            """, ct))
        {
            foreach (var p in fresh)
            {
                var r = p.Row;
                await w.StartRowAsync(ct);
                await w.WriteAsync(r.Id, NpgsqlDbType.Bigint, ct);
                await w.WriteAsync(r.AgencyId, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(r.Year, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(r.Template.Number(), NpgsqlDbType.Integer, ct);
                await w.WriteAsync(r.OtherCollapsed, NpgsqlDbType.Boolean, ct);
                await w.WriteAsync(r.Sha256, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(r.FileName, NpgsqlDbType.Text, ct);
                await w.WriteAsync(r.Format, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(r.Source.ToString(), NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(r.ReceivedAt, NpgsqlDbType.TimestampTz, ct);
                await WriteNullable(w, r.ReceivedBy, NpgsqlDbType.Text, ct);
                if (r.Published is DateOnly d) await w.WriteAsync(d, NpgsqlDbType.Date, ct); else await w.WriteNullAsync(ct);
                await w.WriteAsync(r.IsCurrent, NpgsqlDbType.Boolean, ct);
                await w.WriteAsync(r.Json, NpgsqlDbType.Text, ct);
                await w.WriteAsync(r.Cells, NpgsqlDbType.Array | NpgsqlDbType.Numeric, ct);
                await w.WriteAsync(r.Errors, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(r.Warnings, NpgsqlDbType.Integer, ct);
                foreach (var v in (decimal?[])[r.NewReceived, r.CarriedForward, r.ReviewTotal, r.ReviewCorrected, r.ReviewConcluded,
                             r.SuitTotal, r.SuitCorrected, r.SuitConcluded])
                    if (v is decimal x) await w.WriteAsync(x, NpgsqlDbType.Numeric, ct); else await w.WriteNullAsync(ct);
                await w.WriteAsync(r.FileId, NpgsqlDbType.Bigint, ct);
                await w.WriteAsync(r.SearchText, NpgsqlDbType.Text, ct);
                await w.WriteAsync(r.Grams, NpgsqlDbType.Array | NpgsqlDbType.Integer, ct);
            }
            await w.CompleteAsync(ct);
        }

        await using (var w = await conn.BeginBinaryImportAsync("""
            COPY "FiledFindings" ("FiledReportId", "AgencyId", "Year", "Rule", "Severity", "Where", "Message", "Expected", "Actual")
            FROM STDIN (FORMAT BINARY)
            """, ct))
        {
            foreach (var p in fresh)
                foreach (var f in p.Row.Findings)
                {
                    await w.StartRowAsync(ct);
                    await w.WriteAsync(p.Row.Id, NpgsqlDbType.Bigint, ct);
                    await w.WriteAsync(f.AgencyId, NpgsqlDbType.Integer, ct);
                    await w.WriteAsync(f.Year, NpgsqlDbType.Integer, ct);
                    await w.WriteAsync(f.Rule, NpgsqlDbType.Varchar, ct);
                    await w.WriteAsync(f.Severity.ToString(), NpgsqlDbType.Varchar, ct);
                    await w.WriteAsync(f.Where, NpgsqlDbType.Text, ct);
                    await w.WriteAsync(f.Message, NpgsqlDbType.Text, ct);
                    if (f.Expected is decimal e) await w.WriteAsync(e, NpgsqlDbType.Numeric, ct); else await w.WriteNullAsync(ct);
                    if (f.Actual is decimal a) await w.WriteAsync(a, NpgsqlDbType.Numeric, ct); else await w.WriteNullAsync(ct);
                }
            await w.CompleteAsync(ct);
        }

        await tx.CommitAsync(ct);
        return (fresh.Count, existing.Count);
    }

    private static async Task WriteNullable(NpgsqlBinaryImporter w, string? value, NpgsqlDbType type, CancellationToken ct)
    {
        if (value is null) await w.WriteNullAsync(ct); else await w.WriteAsync(value, type, ct);
    }
}
