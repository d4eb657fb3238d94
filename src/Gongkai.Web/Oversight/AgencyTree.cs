using Gongkai.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Oversight;

/// <summary>
/// The agencies of a subtree, inside one SQL statement: <see cref="Cte"/> defines <c>sub("Id")</c> for the root
/// parameter <c>@root</c>, the root included.
/// <para>
/// PostgreSQL keeps a closure table, AgencyAncestors (ancestor, agency) with every agency its own ancestor, kept by
/// triggers on Agencies: a subtree is one index range, ~30 ms for the 163,000 agencies of a national registry, where
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

    public static Task EnsureAsync(GongkaiDb db, CancellationToken ct = default) =>
        Database.CreateOnceAsync(db, "AgencyAncestors", Schema, ct);

    private const string Schema = """
        CREATE TABLE "AgencyAncestors" (
          "AncestorId" integer NOT NULL REFERENCES "Agencies" ("Id") ON DELETE CASCADE,
          "AgencyId" integer NOT NULL REFERENCES "Agencies" ("Id") ON DELETE CASCADE,
          PRIMARY KEY ("AncestorId", "AgencyId"));
        CREATE INDEX "IX_AgencyAncestors_AgencyId" ON "AgencyAncestors" ("AgencyId");

        INSERT INTO "AgencyAncestors" ("AncestorId", "AgencyId")
        WITH RECURSIVE up("AgencyId", "AncestorId") AS (
          SELECT "Id", "Id" FROM "Agencies"
          UNION
          SELECT u."AgencyId", a."ParentId" FROM up u JOIN "Agencies" a ON a."Id" = u."AncestorId" WHERE a."ParentId" IS NOT NULL)
        SELECT "AncestorId", "AgencyId" FROM up;

        CREATE FUNCTION agency_tree_inserted() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
          INSERT INTO "AgencyAncestors" ("AncestorId", "AgencyId")
          SELECT "AncestorId", NEW."Id" FROM "AgencyAncestors" WHERE "AgencyId" = NEW."ParentId"
          UNION SELECT NEW."Id", NEW."Id";
          RETURN NULL; END $$;
        CREATE TRIGGER agency_tree_inserted AFTER INSERT ON "Agencies" FOR EACH ROW EXECUTE FUNCTION agency_tree_inserted();

        -- A move takes the agency's whole subtree along: its rows under the old ancestors go, those under the new come.
        CREATE FUNCTION agency_tree_moved() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
          IF NEW."ParentId" IS NOT NULL AND EXISTS (
              SELECT 1 FROM "AgencyAncestors" WHERE "AncestorId" = NEW."Id" AND "AgencyId" = NEW."ParentId") THEN
            RAISE EXCEPTION '机关 % 不能隶属于其自身或其下级机关 %', NEW."Id", NEW."ParentId" USING ERRCODE = 'check_violation';
          END IF;
          DELETE FROM "AgencyAncestors"
          WHERE "AgencyId" IN (SELECT "AgencyId" FROM "AgencyAncestors" WHERE "AncestorId" = NEW."Id")
            AND "AncestorId" IN (SELECT "AncestorId" FROM "AgencyAncestors" WHERE "AgencyId" = NEW."Id" AND "AncestorId" <> NEW."Id");
          INSERT INTO "AgencyAncestors" ("AncestorId", "AgencyId")
          SELECT above."AncestorId", below."AgencyId"
          FROM "AgencyAncestors" above CROSS JOIN "AgencyAncestors" below
          WHERE above."AgencyId" = NEW."ParentId" AND below."AncestorId" = NEW."Id";
          RETURN NULL; END $$;
        CREATE TRIGGER agency_tree_moved AFTER UPDATE OF "ParentId" ON "Agencies" FOR EACH ROW
          WHEN (OLD."ParentId" IS DISTINCT FROM NEW."ParentId") EXECUTE FUNCTION agency_tree_moved();
        """;
}
