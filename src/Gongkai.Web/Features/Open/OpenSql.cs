using Gongkai.Core.Text;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Oversight;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Open;

/// <summary>The public portal's raw SQL: the PostgreSQL search by words (<see cref="Portal"/>).</summary>
internal static class OpenSql
{
    /// <summary>
    /// PostgreSQL: for each word, the agencies whose registry name holds it (read first, passed as a list: the planner
    /// then knows how few they are), or the reports whose grams include the word's ("Grams" @> codes, which the GIN
    /// index answers for a rare word) and whose text holds the phrase. Written as SQL because the operator must read
    /// "Grams" @> codes: EF Core writes codes &lt;@ "Grams", whose selectivity PostgreSQL cannot estimate — it then
    /// guessed 7 rows for a word in every report and tested the phrase in all 160,000 texts instead of walking the
    /// page's order and stopping at the page (1.6 s against 40 ms, measured). The phrase test is strpos, not LIKE, for
    /// the same reason: LIKE '%…%' of four characters is guessed nearly never true. The text of the SQL is this
    /// program's; every value is a parameter.
    /// </summary>
    public static async Task<IQueryable<FiledReport>> PostgresWordsAsync(GongkaiDb db, IReadOnlyList<string> words, int nameList, CancellationToken ct)
    {
        var conditions = new List<string>();
        var parameters = new List<object>();
        string Param(object value)
        {
            parameters.Add(value);
            return $"{{{parameters.Count - 1}}}";
        }
        foreach (var word in words)
        {
            var ids = await db.Agencies.Where(x => x.Name.Contains(word)).Select(x => x.Id).OrderBy(id => id).Take(nameList + 1).ToArrayAsync(ct);
            var named = ids.Length <= nameList
                ? $"""r."AgencyId" = ANY({Param(ids)})"""
                : $"""r."AgencyId" IN (SELECT "Id" FROM "Agencies" WHERE strpos("Name", {Param(word)}) > 0)""";
            var codes = SearchText.Codes(word);
            var text = $"""strpos(r."SearchText", {Param(word)}) > 0""";
            conditions.Add(codes.Length == 0 ? $"({named} OR {text})" : $"""({named} OR (r."Grams" @> {Param(codes)} AND {text}))""");
        }
#pragma warning disable EF1002 // the SQL text is built from this program's constants; values are parameters
        return db.FiledReports.FromSqlRaw($"""SELECT r.* FROM "FiledReports" r WHERE {string.Join(" AND ", conditions)}""", [.. parameters]).AsNoTracking();
#pragma warning restore EF1002
    }
}
