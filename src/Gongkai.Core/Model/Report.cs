using System.Collections.Immutable;
using Gongkai.Core.Layout;

namespace Gongkai.Core.Model;

/// <summary>The cells of one section in layout order; <c>null</c> is a cell that could not be read or recovered.</summary>
public sealed class SectionData
{
    public SectionData(SectionLayout layout, ImmutableArray<decimal?> cells)
    {
        if (cells.Length != layout.CellCount)
            throw new ArgumentException($"{layout.Key}: {cells.Length} cells for a layout of {layout.CellCount}", nameof(cells));
        Layout = layout;
        Cells = cells;
    }

    public static SectionData Empty(SectionLayout layout) => new(layout, Enumerable.Repeat<decimal?>(null, layout.CellCount).ToImmutableArray());

    public SectionLayout Layout { get; }
    public ImmutableArray<decimal?> Cells { get; }

    public decimal? this[int cell] => Cells[cell];

    /// <summary>The value at row/field keys; throws for a key the layout does not have (a programming error).</summary>
    public decimal? this[string row, string field]
    {
        get
        {
            var i = Layout.CellIndex(row, field);
            return i >= 0 ? Cells[i] : throw new KeyNotFoundException($"{Layout.Key} has no cell {row}.{field}");
        }
    }

    public SectionData With(int cell, decimal? value) => new(Layout, Cells.SetItem(cell, value));

    public bool IsComplete => Cells.All(c => c.HasValue);
}

/// <summary>The prose parts of a report: before 一, and sections 一、五、六.</summary>
public sealed record Narrative(string? Preamble, string? Overview, string? Problems, string? Other)
{
    public static readonly Narrative None = new(null, null, null, null);

    public IEnumerable<(string Key, string Text)> Parts()
    {
        if (!string.IsNullOrEmpty(Preamble)) yield return ("preamble", Preamble);
        if (!string.IsNullOrEmpty(Overview)) yield return ("overview", Overview);
        if (!string.IsNullOrEmpty(Problems)) yield return ("problems", Problems);
        if (!string.IsNullOrEmpty(Other)) yield return ("other", Other);
    }
}

/// <summary>One annual report as data (../shared/spec/report-json.md).</summary>
public sealed record Report
{
    public string? Source { get; init; }
    public required ReportLayout Layout { get; init; }
    public TemplateId Format => Layout.Template;
    public int? Year { get; init; }
    public string? Agency { get; init; }
    public DateOnly? Published { get; init; }
    public required SectionData Proactive { get; init; }
    public required SectionData Applications { get; init; }
    public required SectionData ReviewLitigation { get; init; }
    public Narrative Narrative { get; init; } = Narrative.None;
    public ImmutableArray<Finding> Findings { get; init; } = [];

    public IEnumerable<SectionData> Sections => [Proactive, Applications, ReviewLitigation];

    public SectionData Section(string key) => key switch
    {
        "proactive" => Proactive,
        "applications" => Applications,
        "reviewLitigation" => ReviewLitigation,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "unknown section"),
    };

    public Report WithSection(SectionData data) => data.Layout.Key switch
    {
        "proactive" => this with { Proactive = data },
        "applications" => this with { Applications = data },
        "reviewLitigation" => this with { ReviewLitigation = data },
        _ => throw new ArgumentOutOfRangeException(nameof(data)),
    };

    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);

    /// <summary>A report of the given layout with every cell empty.</summary>
    public static Report Blank(ReportLayout layout) => new()
    {
        Layout = layout,
        Proactive = SectionData.Empty(layout.Proactive),
        Applications = SectionData.Empty(layout.Applications),
        ReviewLitigation = SectionData.Empty(layout.ReviewLitigation),
    };
}
