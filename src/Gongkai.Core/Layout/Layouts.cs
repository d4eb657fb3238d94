using System.Collections.Immutable;

namespace Gongkai.Core.Layout;

public enum FieldKind
{
    /// <summary>A non-negative whole count.</summary>
    Count,
    /// <summary>A signed change (本年增/减).</summary>
    Signed,
    /// <summary>Money in 万元, may have decimals.</summary>
    Amount,
}

public enum RowRole
{
    None,
    Received,
    CarriedOver,
    Outcome,
    Handled,
    CarriedForward,
}

public sealed record FieldLayout(string Key, string Label, FieldKind Kind, string? Group);

/// <summary>One printed row: its key, label, and the cells it carries (at <see cref="Offset"/> in the section's flat cell array).</summary>
public sealed record RowLayout(
    string Key,
    string Label,
    ImmutableArray<string> Aliases,
    string? Group,
    RowRole Role,
    ImmutableArray<FieldLayout> Fields,
    int Offset)
{
    public int FieldIndex(string key)
    {
        for (var i = 0; i < Fields.Length; i++)
            if (Fields[i].Key == key) return i;
        return -1;
    }
}

public sealed class SectionLayout
{
    public SectionLayout(string key, string title, string? note, ImmutableArray<RowLayout> rows, ImmutableArray<string> groupLabels)
    {
        Key = key;
        Title = title;
        Note = note;
        Rows = rows;
        GroupLabels = groupLabels;
        // Plain loops and a Dictionary: built once per layout at start, where a FrozenDictionary<string, int> and the
        // LINQ over tuples cost one file's start 13 ms of CPU in code the runtime JIT-compiles (docs/benchmarks.md,
        // eighth pass); a row is looked up by key a few times a report.
        _rowIndex = new Dictionary<string, int>(rows.Length, StringComparer.Ordinal);
        var cells = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            _rowIndex.Add(rows[i].Key, i);
            cells += rows[i].Fields.Length;
        }
        CellCount = cells;
        var owner = new int[CellCount];
        for (var i = 0; i < rows.Length; i++)
            for (var f = 0; f < rows[i].Fields.Length; f++) owner[rows[i].Offset + f] = i;
        _cellRow = owner;
    }

    private readonly Dictionary<string, int> _rowIndex;
    private readonly int[] _cellRow;

    /// <summary>"proactive", "applications" or "reviewLitigation" (the JSON keys of report-json.md).</summary>
    public string Key { get; }
    public string Title { get; }
    public string? Note { get; }
    public ImmutableArray<RowLayout> Rows { get; }
    /// <summary>Labels of the proactive sub-tables (第二十条第（一）项…), in order; empty elsewhere.</summary>
    public ImmutableArray<string> GroupLabels { get; }
    public int CellCount { get; }

    /// <summary>True when every row has the same fields (a rectangular table).</summary>
    public bool IsRectangular => Rows.All(r => r.Fields.SequenceEqual(Rows[0].Fields));

    public int RowIndex(string key) => _rowIndex.TryGetValue(key, out var i) ? i : -1;
    public RowLayout? Row(string key) => _rowIndex.TryGetValue(key, out var i) ? Rows[i] : null;
    public RowLayout RowOfCell(int cell) => Rows[_cellRow[cell]];
    public FieldLayout FieldOfCell(int cell) { var r = RowOfCell(cell); return r.Fields[cell - r.Offset]; }

    /// <summary>Flat index of a cell, or -1.</summary>
    public int CellIndex(string row, string field)
    {
        if (!_rowIndex.TryGetValue(row, out var i)) return -1;
        var r = Rows[i];
        var f = r.FieldIndex(field);
        return f < 0 ? -1 : r.Offset + f;
    }

    /// <summary>"applications.withheld.stateSecret.total": section, row key (may contain dots), field key.</summary>
    public string CellPath(int cell) => $"{Key}.{RowOfCell(cell).Key}.{FieldOfCell(cell).Key}";

    /// <summary>Chinese place name of a cell for messages: "三、…情况 “1.属于国家秘密”行 “总计”列".</summary>
    public string CellName(int cell)
    {
        var r = RowOfCell(cell);
        var f = r.Fields[cell - r.Offset];
        return $"{ShortTitle}“{r.Label}”行“{f.Label}”列";
    }

    public string RowName(RowLayout row) => $"{ShortTitle}“{row.Label}”行";

    /// <summary>The section number and name, e.g. "三、收到和处理政府信息公开申请情况".</summary>
    public string ShortTitle => Title;
}

/// <summary>The full layout of one report: the template and, for 2021, whether 三（六）其他处理 was printed as one row.</summary>
public sealed class ReportLayout
{
    internal ReportLayout(TemplateId template, string notice, int firstYear, int? lastYear, ImmutableArray<string> signals,
        SectionLayout proactive, SectionLayout applications, SectionLayout reviewLitigation,
        ImmutableArray<Identity> identities, bool otherCollapsed)
    {
        Template = template;
        Notice = notice;
        FirstYear = firstYear;
        LastYear = lastYear;
        Signals = signals;
        Proactive = proactive;
        Applications = applications;
        ReviewLitigation = reviewLitigation;
        Identities = identities;
        OtherCollapsed = otherCollapsed;
    }

    public TemplateId Template { get; }
    public string Notice { get; }
    public int FirstYear { get; }
    public int? LastYear { get; }
    /// <summary>Header words only this template prints; used to recognise it.</summary>
    public ImmutableArray<string> Signals { get; }
    public SectionLayout Proactive { get; }
    public SectionLayout Applications { get; }
    public SectionLayout ReviewLitigation { get; }
    /// <summary>The 勾稽关系 of the format, expanded to cells of this layout.</summary>
    public ImmutableArray<Identity> Identities { get; }
    /// <summary>A 2021 report printed with the 2019-style single 三（六）其他处理 row.</summary>
    public bool OtherCollapsed { get; }

    public IEnumerable<SectionLayout> Sections => [Proactive, Applications, ReviewLitigation];

    public SectionLayout Section(string key) => key switch
    {
        "proactive" => Proactive,
        "applications" => Applications,
        "reviewLitigation" => ReviewLitigation,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "unknown section"),
    };

    public bool CoversYear(int year) => year >= FirstYear && (LastYear is null || year <= LastYear);
}
