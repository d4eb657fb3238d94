using System.Data.Common;
using System.Globalization;
using Gongkai.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gongkai.Web.Features.Oversight;

/// <summary>
/// The oversight feature's raw SQL, its execution in one place: rows of a hand-written aggregate query (the oversight sums that LINQ cannot express over the stored cell arrays),
/// on the context's own connection and transaction, each row read by column name (<see cref="SqlRow"/>): a column added
/// to a SELECT cannot shift what another is read as. The same SQL serves both databases where it can: booleans are
/// written bare or as TRUE/FALSE, which SQLite (3.23+) reads as 1/0; aliases are lower case and unquoted, which both
/// keep as written.
/// </summary>
public static class OversightSql
{
    /// <summary>Marks the current reports of <paramref name="year"/> of the listed agencies superseded (bulk import).</summary>
    /// <param name="agencies">Agency ids, comma-separated, formatted by the caller from integers: nothing of the input reaches the SQL text.</param>
    internal static Task SupersedeAsync(GongkaiDb db, int year, string agencies, CancellationToken ct)
    {
#pragma warning disable EF1002
        return db.Database.ExecuteSqlRawAsync($"""
            UPDATE "FiledReports" SET "IsCurrent" = FALSE
            WHERE "IsCurrent" AND "Year" = {year} AND "AgencyId" IN ({agencies})
            """, ct);
#pragma warning restore EF1002
    }

    /// <summary>Ids from the table's identity sequence, in order, so that COPY can write them with their children.</summary>
    internal static async Task<long[]> ReserveIdsAsync(Npgsql.NpgsqlConnection conn, string table, int count, CancellationToken ct)
    {
        await using var cmd = new Npgsql.NpgsqlCommand(
            $"""SELECT nextval(pg_get_serial_sequence('"{table}"', 'Id')) FROM generate_series(1, @n)""", conn);
        cmd.Parameters.AddWithValue("n", count);
        var ids = new long[count];
        var i = 0;
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) ids[i++] = reader.GetInt64(0);
        Array.Sort(ids);
        return ids;
    }

    /// <summary>The agency and every agency above it (a walk up the ParentId chain: a few rows).</summary>
    internal static Task<List<int>> SelfAndAncestorsAsync(GongkaiDb db, int agencyId, CancellationToken ct) =>
        db.Database.SqlQuery<int>($"""
            WITH RECURSIVE up("Id", "ParentId") AS (
              SELECT "Id", "ParentId" FROM "Agencies" WHERE "Id" = {agencyId}
              UNION
              SELECT a."Id", a."ParentId" FROM "Agencies" a JOIN up u ON a."Id" = u."ParentId")
            SELECT "Id" AS "Value" FROM up
            """).ToListAsync(ct);

    /// <summary>The ids of the subtree under <paramref name="root"/>, the root included, as a subquery (<see cref="AgencyTree"/>).</summary>
    internal static IQueryable<int> SubtreeIds(GongkaiDb db, int root)
    {
        // {0}: EF Core turns it into a parameter of the provider's kind; the rest is this program's constant text.
        var sql = AgencyTree.Cte(db).Replace("@root", "{0}", StringComparison.Ordinal) + """ SELECT "Id" AS "Value" FROM sub""";
        return db.Database.SqlQueryRaw<int>(sql, root);
    }

    /// <summary>Runs statements of this program's text (the roll-up partials' rebuild), in order.</summary>
    internal static async Task ExecuteAsync(GongkaiDb db, IEnumerable<string> statements, CancellationToken ct)
    {
        foreach (var sql in statements) await db.Database.ExecuteSqlRawAsync(sql, ct);
    }

    public static async IAsyncEnumerable<SqlRow> QueryAsync(GongkaiDb db, string sql, IEnumerable<(string Name, object Value)> parameters,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using DbCommand cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            foreach (var (name, value) in parameters)
            {
                var p = cmd.CreateParameter();
                p.ParameterName = name;
                p.Value = value;
                cmd.Parameters.Add(p);
            }
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < reader.FieldCount; i++) columns.TryAdd(reader.GetName(i), i);
            while (await reader.ReadAsync(ct))
            {
                var row = new object?[reader.FieldCount];
                reader.GetValues(row!);
                yield return new SqlRow(columns, row);
            }
        }
        finally
        {
            if (opened) await db.Database.CloseConnectionAsync();
        }
    }
}

/// <summary>One row of <see cref="OversightSql.QueryAsync"/>, read by column name; a name the query does not have is a programming error.</summary>
public sealed class SqlRow(IReadOnlyDictionary<string, int> columns, object?[] values)
{
    private object? Value(string column) =>
        values[columns.TryGetValue(column, out var i) ? i : throw new InvalidOperationException($"the query has no column \"{column}\"")] is var v && v is DBNull ? null : v;

    public bool IsNull(string column) => Value(column) is null;
    public int Int(string column) => Convert.ToInt32(Value(column), CultureInfo.InvariantCulture);
    public int? NullableInt(string column) => Value(column) is { } v ? Convert.ToInt32(v, CultureInfo.InvariantCulture) : null;
    public long Long(string column) => Convert.ToInt64(Value(column), CultureInfo.InvariantCulture);
    public bool Bool(string column) => Convert.ToBoolean(Value(column), CultureInfo.InvariantCulture);
    /// <summary>A sum: null (no row had a value) reads as 0.</summary>
    public decimal DecimalOrZero(string column) => Value(column) is { } v ? Convert.ToDecimal(v, CultureInfo.InvariantCulture) : 0;
    public string String(string column) => (string)(Value(column) ?? throw new InvalidOperationException($"column \"{column}\" is null"));
}

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
