using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Core.Oversight;
using Gongkai.Tests.Generation;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Oversight;

namespace Gongkai.Tests.Web.Oversight;

/// <summary>Filed reports put straight into the database the way the collect service stores them (FiledReports.ToRow).</summary>
public static class FiledSeed
{
    public static Report Generated(int seed, string agency, int year, TemplateId? template = null) =>
        ReportGenerator.Generate(ReportGenerator.Seeded(seed), template ?? TemplateId.V2021) with { Agency = agency, Year = year };

    public static long Add(GongkaiFactory app, int agencyId, int year, Report report)
    {
        return app.With(db =>
        {
            var sha = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N");
            var row = FiledReports.ToRow(report, agencyId, year, sha, "report.txt", "text", FilingSource.Upload, DateTimeOffset.UnixEpoch);
            row.File = new ReportFile { Sha256 = sha, FileName = "report.txt", ContentType = "text/plain", Content = [1, 2, 3] };
            // As the collect service does: the newest filing of an agency's year is the current one.
            foreach (var older in db.FiledReports.Where(r => r.AgencyId == agencyId && r.Year == year && r.IsCurrent)) older.IsCurrent = false;
            db.FiledReports.Add(row);
            db.SaveChanges();
            return row.Id;
        });
    }

    /// <summary>A new agency under <paramref name="parent"/> (or a new root).</summary>
    public static int Agency(GongkaiFactory app, string name, int? parent) => app.With(db =>
    {
        var a = new Agency { Name = name, ParentId = parent };
        db.Agencies.Add(a);
        db.SaveChanges();
        return a.Id;
    });

    public static decimal Total(Report r, string row) => r.Applications[row, "total"] ?? 0;

    /// <summary>Section 三's outcome rows (by role) summed into their top-level key, from the report itself.</summary>
    public static Dictionary<string, decimal> Outcomes(Report r)
    {
        var s = r.Applications;
        return s.Layout.Rows.Where(x => x.Role == RowRole.Outcome).GroupBy(x => x.Key.Split('.')[0])
            .ToDictionary(g => g.Key, g => g.Sum(x => s.Cells[x.Offset + x.FieldIndex("total")] ?? 0));
    }
}
