using System.Data.Common;
using System.Globalization;
using Gongkai.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gongkai.Web.Oversight;

/// <summary>
/// Rows of a hand-written aggregate query (the oversight sums that LINQ cannot express over the stored cell arrays),
/// on the context's own connection and transaction, each row read by column name (<see cref="SqlRow"/>): a column added
/// to a SELECT cannot shift what another is read as. The same SQL serves both databases where it can: booleans are
/// written bare or as TRUE/FALSE, which SQLite (3.23+) reads as 1/0; aliases are lower case and unquoted, which both
/// keep as written.
/// </summary>
public static class RawSql
{
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

/// <summary>One row of <see cref="RawSql.QueryAsync"/>, read by column name; a name the query does not have is a programming error.</summary>
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
