using Gongkai.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Oversight;

/// <summary>
/// PostgreSQL keeps, per (agency, year, layout variant), the sum of the current reports of every agency below it
/// (<see cref="AgencyTree"/>'s ancestors): units, units with errors, per cell the sum of known values and the number
/// of units that had one. An agency's roll-up (<see cref="SubtreeRollUp"/>) is then its own few rows, one per layout
/// variant, for a district as for the nation. (Partials of the direct children only, added up over the subtree,
/// were 9,000 rows and 1.75 million unnested cells for the nation: 0.6–1.1 s.) Each report is counted once for each
/// agency above it, four or five times in a national tree.
/// <para>
/// Triggers keep the partials right, so no write path can forget them: statement-level triggers on FiledReports
/// (INSERT, UPDATE, DELETE; COPY fires them too) add the new current rows and subtract the old ones through the
/// transition tables, in the writing transaction; a trigger on Agencies moves the reports of an agency's whole
/// subtree from the ancestors it leaves to those it joins when its parent changes. Deltas, not recomputation: a batch of 1,000 reports costs one aggregate over its own rows, whatever the
/// size of the districts it touches. The upserts take their rows in key order, so concurrent writers queue on the
/// same partial rather than deadlock within one statement.
/// </para>
/// The table, its functions and triggers are made by the migration <c>Baseline</c> (Data/Migrations/Postgres), which
/// keeps the SQL text as it was made; <see cref="RebuildAsync"/> and the tests use the live text here.
/// SQLite, a single office's database, sums the reports themselves.
/// </summary>
public static class RollUpPartials
{
    /// <summary>Computes every partial afresh from the current reports (what the triggers must always agree with).</summary>
    internal static async Task RebuildAsync(GongkaiDb db, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await OversightSql.ExecuteAsync(db, ["""TRUNCATE "RollUpPartials" """, Fill], ct);
        await tx.CommitAsync(ct);
    }

    private static readonly string Fill = Apply(Reports("""SELECT 1 AS sign, * FROM "FiledReports" """));

    /// <summary>Signed report rows (a transition table), current ones only, once for each agency above the report's.</summary>
    private static string Reports(string signed) => $"""
        SELECT r.sign, x."AncestorId" AS parent, r."Year", r."Template", r."OtherCollapsed", r."Errors", r."Cells"
        FROM ({signed}) r JOIN "AgencyAncestors" x ON x."AgencyId" = r."AgencyId" AND x."AncestorId" <> r."AgencyId"
        WHERE r."IsCurrent"
        """;

    /// <summary>
    /// Adds signed rows (sign, parent = the ancestor, Year, Template, OtherCollapsed, Errors, Cells) into the partials:
    /// one aggregate per (ancestor, year, variant), upserted in key order.
    /// </summary>
    private static string Apply(string rows) => $"""
        WITH d AS ({rows}),
        heads AS (
          SELECT parent, "Year", "Template", "OtherCollapsed", SUM(sign)::int AS units, COALESCE(SUM(sign) FILTER (WHERE "Errors" > 0), 0)::int AS errs
          FROM d WHERE parent IS NOT NULL GROUP BY 1, 2, 3, 4),
        cells AS (
          SELECT parent, "Year", "Template", "OtherCollapsed", u.i, SUM(sign * u.v) AS s, SUM(CASE WHEN u.v IS NULL THEN 0 ELSE sign END)::int AS k
          FROM d, unnest(d."Cells") WITH ORDINALITY u(v, i) WHERE parent IS NOT NULL GROUP BY 1, 2, 3, 4, 5),
        arrs AS (
          SELECT parent, "Year", "Template", "OtherCollapsed", array_agg(COALESCE(s, 0) ORDER BY i) AS sums, array_agg(k ORDER BY i) AS known
          FROM cells GROUP BY 1, 2, 3, 4)
        INSERT INTO "RollUpPartials" AS p ("AncestorId", "Year", "Template", "OtherCollapsed", "Units", "UnitsWithErrors", "Sums", "Known")
        SELECT h.parent, h."Year", h."Template", h."OtherCollapsed", h.units, h.errs, COALESCE(a.sums, ARRAY[]::numeric[]), COALESCE(a.known, ARRAY[]::integer[])
        FROM heads h LEFT JOIN arrs a USING (parent, "Year", "Template", "OtherCollapsed")
        ORDER BY h."Year", h.parent, h."Template", h."OtherCollapsed"
        ON CONFLICT ("Year", "AncestorId", "Template", "OtherCollapsed") DO UPDATE SET
          "Units" = p."Units" + EXCLUDED."Units",
          "UnitsWithErrors" = p."UnitsWithErrors" + EXCLUDED."UnitsWithErrors",
          "Sums" = rollup_add(p."Sums", EXCLUDED."Sums"),
          "Known" = rollup_add(p."Known", EXCLUDED."Known")
        """;
}
