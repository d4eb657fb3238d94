using Gongkai.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Oversight;

/// <summary>
/// The agencies of a subtree, inside one SQL statement: <see cref="Cte"/> defines <c>sub("Id")</c> for the root
/// parameter <c>@root</c>, the root included.
/// <para>
/// PostgreSQL keeps a closure table, AgencyAncestors (ancestor, agency) with every agency its own ancestor, kept by
/// triggers on Agencies (made by the migration <c>Baseline</c>, Data/Migrations/Postgres): a subtree is one index range, ~30 ms for the 163,000 agencies of a national registry, where
/// the recursive walk probed the ParentId index once per agency (1.4 s measured). The same triggers refuse an agency
/// made its own ancestor. SQLite, a single office's database, walks the tree with a recursive query; UNION, not
/// UNION ALL, so that a cycle in its data ends the walk instead of looping.
/// </para>
/// </summary>
public static class AgencyTree
{
    public static string Cte(GongkaiDb db) => Cte(db.Database.IsNpgsql());

    internal static string Cte(bool postgres) => postgres
        ? """WITH sub("Id") AS (SELECT "AgencyId" FROM "AgencyAncestors" WHERE "AncestorId" = @root)"""
        : """
          WITH RECURSIVE sub("Id") AS (
            SELECT "Id" FROM "Agencies" WHERE "Id" = @root
            UNION
            SELECT a."Id" FROM "Agencies" a JOIN sub s ON a."ParentId" = s."Id")
          """;
}
