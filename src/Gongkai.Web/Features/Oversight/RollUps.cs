using System.Globalization;
using Gongkai.Core.Model;
using Gongkai.Core.Oversight;
using Gongkai.Render;
using Gongkai.Render.Export;
using Gongkai.Web.Data;
using Gongkai.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Oversight;

/// <summary>A unit whose current report went into the roll-up, with its own error count.</summary>
public sealed record RollUpUnit(int AgencyId, string Agency, long ReportId, int Errors, int Warnings);

/// <summary>
/// The district's figures for a year: the sum (checked, <see cref="SubtreeRollUpResult"/>), the first
/// <see cref="RollUps.Listed"/> units in it and those missing, with how many there are of each.
/// </summary>
public sealed record RollUpView(int Year, Agency Root, SubtreeRollUpResult Sum, IReadOnlyList<RollUpUnit> Units,
    IReadOnlyList<UnitStatus> Missing, int MissingTotal)
{
    public Report Report => Sum.Report;
}

/// <summary>
/// 汇总: the sections 二、三、四 of a government's report as the sum of the current reports of the agencies below it
/// (its departments and streets, and theirs), checked like any report and rendered in the official layout. The sum is
/// <see cref="SubtreeRollUp"/>'s, the one roll-up path for a district and for the nation; the lists of units are
/// read by the database, the first <see cref="Listed"/> of each.
/// </summary>
public sealed class RollUps(GongkaiDb db, Registry registry)
{
    public const int Listed = 1000;

    public async Task<RollUpView> BuildAsync(Actor actor, int year, int? agencyId = null, CancellationToken ct = default)
    {
        if (!ReportYear.IsValid(year)) throw new DeskException(ReportYear.OutOfRange(year));
        var root = await Subtree.WithinAsync(db, actor, agencyId ?? actor.AgencyId, ct);
        var sum = await new SubtreeRollUp(db).SumAsync(root.Id, year, ct: ct);
        var units = new List<RollUpUnit>();
        await foreach (var row in OversightSql.QueryAsync(db, $"""
            {AgencyTree.Cte(db)}
            SELECT r."AgencyId" AS agency_id, a."Name" AS name, r."Id" AS report_id, r."Errors" AS errors, r."Warnings" AS warnings
            FROM "FiledReports" r JOIN "Agencies" a ON a."Id" = r."AgencyId"
            WHERE r."IsCurrent" AND r."Year" = @year AND r."AgencyId" IN (SELECT "Id" FROM sub) AND r."AgencyId" <> @root
            ORDER BY r."AgencyId" LIMIT {Listed}
            """, [("@root", root.Id), ("@year", year)], ct))
            units.Add(new RollUpUnit(row.Int("agency_id"), row.String("name"), row.Long("report_id"), row.Int("errors"), row.Int("warnings")));

        var missing = new List<UnitStatus>();
        var today = registry.Today;
        const string Missing = """
            FROM "Agencies" a
            WHERE a."Id" IN (SELECT "Id" FROM sub) AND a."Id" <> @root
              AND NOT EXISTS (SELECT 1 FROM "FiledReports" r WHERE r."AgencyId" = a."Id" AND r."Year" = @year AND r."IsCurrent")
            """;
        await foreach (var row in OversightSql.QueryAsync(db, $"""
            {AgencyTree.Cte(db)}
            SELECT a."Id" AS agency_id, a."Name" AS name, a."Kind" AS kind, a."ParentId" AS parent_id {Missing} ORDER BY a."Id" LIMIT {Listed}
            """, [("@root", root.Id), ("@year", year)], ct))
        {
            var kind = Enum.Parse<AgencyKind>(row.String("kind"));
            var deadline = Registry.Deadline(kind, year);
            missing.Add(new UnitStatus(row.Int("agency_id"), row.String("name"), kind, row.NullableInt("parent_id"), 1, deadline,
                today > deadline ? FilingStatus.Overdue : FilingStatus.Missing, null, null, 0, 0, null, null));
        }
        // Counted only when the list was cut.
        var missingTotal = missing.Count;
        if (missing.Count == Listed)
            await foreach (var row in OversightSql.QueryAsync(db, $"""{AgencyTree.Cte(db)} SELECT COUNT(*) AS missing {Missing}""", [("@root", root.Id), ("@year", year)], ct))
                missingTotal = row.Int("missing");
        return new RollUpView(year, root, sum, units, missing, missingTotal);
    }

    public static (byte[] Bytes, string ContentType, string Extension) Render(Report report, string? format)
    {
        var doc = Gongkai.Render.Document.OfficialLayout.Build(report,
            Gongkai.Render.Document.OfficialLayout.RollUpTitle(report.Agency ?? "", report.Year ?? 0));
        switch ((format ?? "docx").ToLowerInvariant())
        {
            case "docx": return (ReportRenderer.Render(doc, RenderFormat.Docx), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");
            case "pdf": return (ReportRenderer.Render(doc, RenderFormat.Pdf), "application/pdf", "pdf");
            case "html": return (ReportRenderer.Render(doc, RenderFormat.Html), "text/html; charset=utf-8", "html");
            case "xlsx":
                using (var ms = new MemoryStream())
                {
                    SpreadsheetExport.WriteXlsx([report], ms);
                    return (ms.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
                }
            case "csv":
                using (var w = new StringWriter())
                {
                    SpreadsheetExport.WriteCsv([report], w);
                    // WriteCsv starts with the byte order mark itself: encoded without another one in front.
                    return (new System.Text.UTF8Encoding(false).GetBytes(w.ToString()), "text/csv; charset=utf-8", "csv");
                }
            default: throw new DeskException($"不支持的格式“{format}”：可选 docx、pdf、xlsx、csv、html");
        }
    }
}
