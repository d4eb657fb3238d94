using System.Security.Cryptography;
using Gongkai.Core.Json;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Core.Oversight;
using Gongkai.Core.Text;
using Gongkai.Web.Data;

namespace Gongkai.Web.Features.Oversight;

/// <summary>
/// Turns a read and checked report into the rows the supervising office keeps, and back. One mapping for every
/// way a report arrives (upload, folder, a unit's desk, bulk load), so the stored figures never depend on the path.
/// </summary>
public static class FiledReports
{
    public static string Sha256Hex(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>
    /// The row for <paramref name="report"/> (already checked: its findings are stored as they are). The caller sets
    /// the file and who received it.
    /// </summary>
    public static FiledReport ToRow(Report report, int agencyId, int year, string sha256, string fileName, string format,
        FilingSource source, DateTimeOffset receivedAt)
    {
        var apps = report.Applications;
        var review = report.ReviewLitigation;
        var row = new FiledReport
        {
            AgencyId = agencyId,
            Year = year,
            Template = report.Format,
            OtherCollapsed = report.Layout.OtherCollapsed,
            Sha256 = sha256,
            FileName = fileName,
            Format = format,
            Source = source,
            ReceivedAt = receivedAt,
            Published = report.Published,
            Json = ReportJson.Serialize(report, includeNarrative: true),
            Cells = [.. report.Sections.SelectMany(s => s.Cells)],
            Errors = report.Findings.Count(f => f.Severity == Severity.Error),
            Warnings = report.Findings.Count(f => f.Severity == Severity.Warning),
            NewReceived = Cell(apps, "newReceived", "total"),
            CarriedForward = Cell(apps, "carriedForward", "total"),
            ReviewTotal = Cell(review, "review", "total"),
            ReviewCorrected = Cell(review, "review", "corrected"),
            ReviewConcluded = Concluded(review, "review"),
            SuitTotal = Sum(Cell(review, "litigationDirect", "total"), Cell(review, "litigationAfterReview", "total")),
            SuitCorrected = Sum(Cell(review, "litigationDirect", "corrected"), Cell(review, "litigationAfterReview", "corrected")),
            SuitConcluded = Sum(Concluded(review, "litigationDirect"), Concluded(review, "litigationAfterReview")),
            SearchText = SearchText.Of(report),
        };
        row.Findings.AddRange(report.Findings.Select(f => new FiledFinding
        {
            AgencyId = agencyId, Year = year, Rule = f.Rule, Severity = f.Severity, Where = f.Where,
            Message = f.Message, Expected = f.Expected, Actual = f.Actual,
        }));
        return row;
    }

    /// <summary>The layout a stored row's <see cref="FiledReport.Cells"/> follow.</summary>
    public static ReportLayout LayoutOf(FiledReport row) =>
        TemplateCatalog.Get(row.Template, row.OtherCollapsed);

    /// <summary>The tables of a stored row without parsing its JSON: what roll-up and the dashboard need.</summary>
    public static Report TablesOf(FiledReport row, string? agency = null)
    {
        var layout = LayoutOf(row);
        if (row.Cells.Length != layout.Sections.Sum(s => s.CellCount))
            throw new InvalidOperationException($"报告 {row.Id}：存储的单元格数 {row.Cells.Length} 与 {row.Template.Code()} 年格式不符");
        var offset = 0;
        SectionData Next(SectionLayout s)
        {
            var data = new SectionData(s, [.. row.Cells.AsSpan(offset, s.CellCount)]);
            offset += s.CellCount;
            return data;
        }
        return new Report
        {
            Layout = layout, Year = row.Year, Agency = agency, Published = row.Published,
            Proactive = Next(layout.Proactive), Applications = Next(layout.Applications), ReviewLitigation = Next(layout.ReviewLitigation),
        };
    }

    private static decimal? Cell(SectionData s, string row, string field) =>
        s.Layout.CellIndex(row, field) is var i and >= 0 ? s.Cells[i] : null;

    /// <summary>Concluded = upheld + corrected + other: the denominator of 纠错率 (corrected ÷ concluded).</summary>
    private static decimal? Concluded(SectionData s, string row) =>
        Sum(Sum(Cell(s, row, "upheld"), Cell(s, row, "corrected")), Cell(s, row, "other"));

    private static decimal? Sum(decimal? a, decimal? b) => a is null || b is null ? null : a + b;
}
