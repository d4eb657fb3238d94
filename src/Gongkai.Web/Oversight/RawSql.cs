using System.Data.Common;
using Gongkai.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gongkai.Web.Oversight;

/// <summary>
/// Rows of a hand-written aggregate query (the oversight sums that LINQ cannot express over the stored cell arrays),
/// on the context's own connection and transaction. Values come back as the provider gives them. The same SQL serves
/// both databases where it can: booleans are written bare or as TRUE/FALSE, which SQLite (3.23+) reads as 1/0.
/// </summary>
public static class RawSql
{
    public static async IAsyncEnumerable<object?[]> QueryAsync(GongkaiDb db, string sql, IEnumerable<(string Name, object Value)> parameters,
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
            while (await reader.ReadAsync(ct))
            {
                var row = new object?[reader.FieldCount];
                reader.GetValues(row!);
                yield return row;
            }
        }
        finally
        {
            if (opened) await db.Database.CloseConnectionAsync();
        }
    }
}
