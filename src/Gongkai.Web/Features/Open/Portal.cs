using System.Text;
using System.Text.Json;
using Gongkai.Core.Json;
using Gongkai.Core.Layout;
using Gongkai.Core.Text;
using Gongkai.Render.Export;
using Gongkai.Web.Api;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Oversight;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Open;

public sealed record PortalQuery(string? Q, int? Year, int? AgencyId, bool? HasErrors, int Page = 1);
public sealed record PortalHit(long Id, int AgencyId, string Agency, int Year, int Template, DateOnly? Published, int Errors, int Warnings);
/// <summary>A page of hits; <see cref="More"/>: there are more than <see cref="Total"/> (= <see cref="Portal.CountCap"/>), which were not counted.</summary>
public sealed record PortalPage(int Total, int Page, int PageSize, PortalHit[] Items, bool More = false);
public sealed record PortalFinding(string Rule, string Severity, string Where, string Message, decimal? Expected, decimal? Actual);
public sealed record PortalReport(PortalHit Report, PortalFinding[] Findings, string TablesHtml);

/// <summary>
/// The public portal (公开数据): anonymous, read-only, over the current filed reports only. It reads
/// <see cref="FiledReport"/>, <see cref="FiledFinding"/> and <see cref="Agency"/> names and nothing else — in particular
/// never <see cref="Case"/>, so no applicant's personal data can reach it. Its full-text search is described at
/// <see cref="SearchText"/>: a substring test on SQLite, candidates from the GIN index on Grams first on PostgreSQL.
/// </summary>
public sealed class Portal(GongkaiDb db)
{
    public const int PageSize = 20;

    private IQueryable<FiledReport> Current => db.FiledReports.AsNoTracking().Where(r => r.IsCurrent);

    /// <summary>At most this many agencies whose name holds a word are passed as a list; more, and it is a subquery.</summary>
    private const int NameList = 5_000;

    /// <summary>The current reports the query's filters and words select, unordered.</summary>
    internal async Task<IQueryable<FiledReport>> MatchingAsync(PortalQuery query, CancellationToken ct = default)
    {
        var words = SearchText.Words(query.Q);
        var postgres = db.Database.IsNpgsql();
        var q = postgres && words.Count > 0 ? await OpenSql.PostgresWordsAsync(db, words, NameList, ct) : db.FiledReports.AsNoTracking();
        q = q.Where(r => r.IsCurrent);
        if (query.Year is int y) q = q.Where(r => r.Year == y);
        if (query.AgencyId is int a) q = q.Where(r => r.AgencyId == a);
        if (query.HasErrors is bool e) q = e ? q.Where(r => r.Errors > 0) : q.Where(r => r.Errors == 0);
        if (!postgres)
            foreach (var word in words)
            {
                // SQLite: the registry's agency name or the report's text, by substring.
                var agencies = db.Agencies.Where(x => x.Name.Contains(word)).Select(x => x.Id);
                q = q.Where(r => agencies.Contains(r.AgencyId) || r.SearchText.Contains(word));
            }
        return q;
    }

    /// <summary>
    /// Counting stops here: a word in nearly every report of a national portal would otherwise check the phrase in
    /// 200,000 texts to print one number. Beyond it the page says “超过 10000 份”.
    /// </summary>
    public int CountCap { get; init; } = 10_000;

    public async Task<PortalPage> SearchAsync(PortalQuery query, CancellationToken ct)
    {
        var q = await MatchingAsync(query, ct);
        // Ordered only so that EF Core does not warn of a row limit without an order at every search (the count is the
        // same in any order); the primary key's order costs no sort.
        var counted = await q.OrderBy(r => r.Id).Take(CountCap + 1).CountAsync(ct);
        var total = Math.Min(counted, CountCap);
        var page = Math.Clamp(query.Page, 1, Paging.Count(total, PageSize));
        // Newest year first, then newest filing: an order an index on (Year, Id) of the current reports can give.
        var items = await q.OrderByDescending(r => r.Year).ThenByDescending(r => r.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(r => new PortalHit(r.Id, r.AgencyId, r.Agency!.Name, r.Year, r.Template.Number(), r.Published, r.Errors, r.Warnings))
            .ToArrayAsync(ct);
        return new PortalPage(total, page, PageSize, items, counted > CountCap);
    }

    public Task<int[]> YearsAsync(CancellationToken ct) =>
        Current.Select(r => r.Year).Distinct().OrderByDescending(y => y).ToArrayAsync(ct);

    /// <summary>Agencies that have a current report: the portal's agency filter.</summary>
    public Task<List<(int Id, string Name)>> AgenciesAsync(CancellationToken ct) =>
        db.Agencies.AsNoTracking().Where(x => Current.Any(r => r.AgencyId == x.Id)).OrderBy(x => x.Id)
            .Select(x => new ValueTuple<int, string>(x.Id, x.Name)).ToListAsync(ct);

    public async Task<PortalReport?> ReportAsync(long id, CancellationToken ct)
    {
        var row = await Current.Where(r => r.Id == id)
            .Select(r => new { Hit = new PortalHit(r.Id, r.AgencyId, r.Agency!.Name, r.Year, r.Template.Number(), r.Published, r.Errors, r.Warnings), r.Json })
            .FirstOrDefaultAsync(ct);
        if (row is null) return null;
        var findings = await db.FiledFindings.AsNoTracking().Where(f => f.FiledReportId == id).OrderBy(f => f.Id)
            .Select(f => new { f.Rule, f.Severity, f.Where, f.Message, f.Expected, f.Actual }).ToListAsync(ct);
        return new PortalReport(row.Hit,
            [.. findings.Select(f => new PortalFinding(f.Rule, f.Severity.ToString().ToLowerInvariant(), f.Where, f.Message, f.Expected, f.Actual))],
            ReportHtml.Tables(ReportJson.Parse(row.Json)));
    }

    public Task<string?> JsonAsync(long id, CancellationToken ct) =>
        Current.Where(r => r.Id == id).Select(r => r.Json).FirstOrDefaultAsync(ct);

    // ---- bulk data ------------------------------------------------------------------------------------------------

    private IQueryable<BulkRow> Bulk(int year) => Current.Where(r => r.Year == year).OrderBy(r => r.Id)
        .Select(r => new BulkRow(r.Id, r.AgencyId, r.Agency!.Name, r.Year, r.Template, r.OtherCollapsed, r.Published, r.Cells, r.Json, r.Errors, r.Warnings));

    private sealed record BulkRow(long Id, int AgencyId, string Agency, int Year, Gongkai.Core.Layout.TemplateId Template, bool OtherCollapsed,
        DateOnly? Published, decimal?[] Cells, string Json, int Errors, int Warnings);

    private static Gongkai.Core.Model.Report Tables(BulkRow r) =>
        FiledReports.TablesOf(new FiledReport
        {
            Id = r.Id, AgencyId = r.AgencyId, Year = r.Year, Template = r.Template, OtherCollapsed = r.OtherCollapsed,
            Published = r.Published, Cells = r.Cells, Sha256 = "", FileName = "", Format = "", Json = "",
        }, r.Agency) with { Source = r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    /// <summary>One JSON object per line: id, agencyId, agency, year, errors, warnings, and the report in the public JSON format.</summary>
    public async Task WriteJsonLinesAsync(int year, Stream output, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        await foreach (var r in Bulk(year).AsAsyncEnumerable().WithCancellation(ct))
        {
            buffer.SetLength(0);
            using (var w = new Utf8JsonWriter(buffer, ReportJson.WriterOptions with { Indented = false }))
            {
                w.WriteStartObject();
                w.WriteNumber("id", r.Id);
                w.WriteNumber("agencyId", r.AgencyId);
                w.WriteString("agency", r.Agency);
                w.WriteNumber("year", r.Year);
                w.WriteNumber("errors", r.Errors);
                w.WriteNumber("warnings", r.Warnings);
                w.WritePropertyName("report");
                w.WriteRawValue(r.Json, skipInputValidation: true);
                w.WriteEndObject();
            }
            buffer.WriteByte((byte)'\n');
            await output.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), ct);
        }
    }

    /// <summary>CSV, one row per report × cell (SpreadsheetExport's columns; "source" is the report id).</summary>
    public async Task WriteCsvAsync(int year, Stream output, CancellationToken ct)
    {
        await using var w = new StreamWriter(output, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        await w.WriteAsync(SpreadsheetExport.ByteOrderMark + SpreadsheetExport.CsvHeader);
        await foreach (var r in Bulk(year).AsAsyncEnumerable().WithCancellation(ct))
            await w.WriteAsync(SpreadsheetExport.CsvRows(Tables(r)));
        await w.FlushAsync(ct);
    }

    /// <summary>
    /// XLSX with the same columns. The workbook is a ZIP written by a synchronous writer, so it goes to a temporary
    /// file (deleted on close) as the reports are read, then to the client: memory stays flat for any year.
    /// </summary>
    public async Task<Stream> XlsxAsync(int year, CancellationToken ct)
    {
        var file = new FileStream(Path.Combine(Path.GetTempPath(), $"gongkai-open-{Guid.NewGuid():N}.xlsx"), FileMode.CreateNew,
            FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            using (var writer = new XlsxExportWriter(file, leaveOpen: true))
            {
                // The findings sheet lists what the JSON Lines carry: each report's stored findings (the cells alone have none).
                await foreach (var r in Bulk(year).AsAsyncEnumerable().WithCancellation(ct))
                    writer.Add(Tables(r) with { Findings = ReportJson.Findings(r.Json) });
                writer.Complete();
            }
            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }
}

/// <summary>/api/open/…: the portal's data for anyone, rate limited per address like its pages.</summary>
public static class PortalApi
{
    public const string RateLimit = "open";

    /// <summary>The portal reads from the replica when there is one (<see cref="Replica"/>).</summary>
    public static void AddPortal(this IServiceCollection services) =>
        services.AddScoped(sp => new Portal(sp.GetRequiredService<Replica>().Db));

    public static void MapPortal(this IEndpointRouteBuilder app)
    {
        app.MapGet("/open/report.css", () => TypedResults.Text(ReportHtml.Css.Value, "text/css; charset=utf-8"))
            .AllowAnonymous().ExcludeFromDescription();
        var api = app.MapGroup("/api/open").AllowAnonymous().RequireRateLimiting(RateLimit).WithTags("公开数据（无需登录）");
        api.MapGet("/reports", (string? q, ReportYear? year, int? agencyId, bool? hasErrors, int? page, Portal p, CancellationToken ct) =>
                p.SearchAsync(new PortalQuery(q, year, agencyId, hasErrors, page ?? 1), ct))
            .WithSummary("检索现行年度报告：q 为中文全文（单位名称与正文），可按年度、单位、是否有错误筛选，每页 20 条");
        api.MapGet("/reports/{id:long}", async Task<Results<Ok<PortalReport>, NotFound>> (long id, Portal p, CancellationToken ct) =>
                await p.ReportAsync(id, ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound())
            .WithSummary("一份报告：表格（HTML）与检查发现（规则、位置、应为、实为）");
        api.MapGet("/reports/{id:long}/json", async Task<Results<ContentHttpResult, NotFound>> (long id, Portal p, HttpContext ctx, CancellationToken ct) =>
            {
                if (await p.JsonAsync(id, ct) is not { } json) return TypedResults.NotFound();
                ctx.Response.Headers.ContentDisposition = $"attachment; filename=\"report-{id}.json\"";
                return TypedResults.Text(json, "application/json; charset=utf-8");
            })
            .WithSummary("一份报告的公开 JSON（report-json 格式，含正文与检查发现）");
        api.MapGet("/years/{year:int}/reports.jsonl", (ReportYear year, Portal p, HttpContext ctx, CancellationToken ct) =>
                Stream(ctx, "application/x-ndjson; charset=utf-8", $"gongkai-{year}.jsonl", s => p.WriteJsonLinesAsync(year, s, ct)))
            .WithSummary("某年度全部现行报告，JSON Lines：每行 {id, agencyId, agency, year, errors, warnings, report}");
        api.MapGet("/years/{year:int}/cells.csv", (ReportYear year, Portal p, HttpContext ctx, CancellationToken ct) =>
                Stream(ctx, "text/csv; charset=utf-8", $"gongkai-{year}.csv", s => p.WriteCsvAsync(year, s, ct)))
            .WithSummary("某年度全部现行报告，CSV（UTF-8 BOM）：每份报告每个单元格一行，列 source(报告编号), agency, year, format, published, section, row, column, rowLabel, columnLabel, value");
        api.MapGet("/years/{year:int}/cells.xlsx", async (ReportYear year, Portal p, CancellationToken ct) =>
                TypedResults.File(await p.XlsxAsync(year, ct), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"gongkai-{year}.xlsx"))
            .WithSummary("某年度全部现行报告，XLSX：与 CSV 同列");
    }

    private static async Task<EmptyHttpResult> Stream(HttpContext ctx, string contentType, string fileName, Func<Stream, Task> write)
    {
        ctx.Response.ContentType = contentType;
        ctx.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await write(ctx.Response.Body);
        return TypedResults.Empty;
    }
}
