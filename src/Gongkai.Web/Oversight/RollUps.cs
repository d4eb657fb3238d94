using Gongkai.Core.Model;
using Gongkai.Render;
using Gongkai.Render.Export;
using Gongkai.Web.Data;
using Gongkai.Web.Desk;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Oversight;

/// <summary>A unit whose current report went into the roll-up, with its own error count.</summary>
public sealed record RollUpUnit(int AgencyId, string Agency, long ReportId, int Errors, int Warnings);

/// <summary>The district's figures for a year: the sum, the units in it, those missing, and what the sum itself shows.</summary>
public sealed record RollUpView(int Year, Agency Root, OversightSum Sum, IReadOnlyList<RollUpUnit> Units, IReadOnlyList<UnitStatus> Missing)
{
    public Report Report => Sum.Report;
}

/// <summary>
/// 汇总: the sections 二、三、四 of a government's report as the sum of the current reports of the agencies below it
/// (its departments and streets), checked like any report and rendered in the official layout.
/// </summary>
public sealed class RollUps(GongkaiDb db, Registry registry)
{
    public async Task<RollUpView> BuildAsync(Actor actor, int year, int? agencyId = null, CancellationToken ct = default)
    {
        if (year is < 2019 or > 2100) throw new DeskException($"{year}年不在本系统支持的范围（2019年起）");
        var tree = await Subtree.LoadAsync(db, actor, ct);
        var root = tree.Get(agencyId ?? tree.Root.Id).Agency;
        var below = tree.Below(root.Id);
        var ids = below.Select(b => b.Id).ToList();
        var rows = await Checks.TablesQuery(db.FiledReports.AsNoTracking().Where(r => r.Year == year && r.IsCurrent && ids.Contains(r.AgencyId)))
            .ToListAsync(ct);
        var order = below.Select((b, i) => (b.Id, i)).ToDictionary(x => x.Id, x => x.i);
        rows = [.. rows.OrderBy(r => order[r.AgencyId])];
        var names = below.ToDictionary(b => b.Id, b => b.Name);
        var units = rows.Select(r => FiledReports.TablesOf(r, names[r.AgencyId])).ToList();
        var sum = OversightRules.Sum(root.Name, year, units);
        var filed = rows.Select(r => r.AgencyId).ToHashSet();
        var missing = (await registry.StatusAsync(actor, year, ct)).Where(s => ids.Contains(s.AgencyId) && !filed.Contains(s.AgencyId)).ToList();
        return new RollUpView(year, root, sum,
            [.. rows.Select(r => new RollUpUnit(r.AgencyId, names[r.AgencyId], r.Id, r.Errors, r.Warnings))], missing);
    }

    public static (byte[] Bytes, string ContentType, string Extension) Render(Report report, string? format)
    {
        switch ((format ?? "docx").ToLowerInvariant())
        {
            case "docx": return (ReportRenderer.Render(report, RenderFormat.Docx), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");
            case "pdf": return (ReportRenderer.Render(report, RenderFormat.Pdf), "application/pdf", "pdf");
            case "html": return (ReportRenderer.Render(report, RenderFormat.Html), "text/html; charset=utf-8", "html");
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
                    return (System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(w.ToString())).ToArray(), "text/csv; charset=utf-8", "csv");
                }
            default: throw new DeskException($"不支持的格式“{format}”：可选 docx、pdf、xlsx、csv、html");
        }
    }
}
