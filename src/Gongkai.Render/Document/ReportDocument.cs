using System.Collections.Immutable;

namespace Gongkai.Render.Document;

/// <summary>
/// A report laid out in the official format, independent of the file format: the DOCX, PDF and HTML writers all draw
/// this one description, so the three agree cell for cell.
/// </summary>
public sealed record ReportDocument(string Title, ImmutableArray<Block> Blocks);

public abstract record Block;

/// <summary>A section heading such as "二、主动公开政府信息情况".</summary>
public sealed record Heading(string Text) : Block;

public enum ParagraphStyle
{
    Body,
    /// <summary>Right-aligned: the agency and date at the end.</summary>
    Signature,
    /// <summary>Centred under the title: a notice's document number (〔2026〕第12号).</summary>
    Centred,
    /// <summary>Flush left without the first-line indent: a notice's addressee line ("张三：").</summary>
    FlushLeft,
}

public sealed record Paragraph(string Text, ParagraphStyle Style = ParagraphStyle.Body) : Block;

/// <summary>How a run of a <see cref="MarkedParagraph"/> is shown.</summary>
public enum RunMark
{
    None,
    /// <summary>Text the newer document added: blue, underlined.</summary>
    Inserted,
    /// <summary>Text the newer document dropped: red, struck through.</summary>
    Deleted,
    /// <summary>A bracketed tag such as “【修改】”: bold.</summary>
    Tag,
}

public sealed record TextRun(string Text, RunMark Mark = RunMark.None);

/// <summary>A paragraph whose runs are marked: the prose of a comparison with its insertions and deletions.</summary>
public sealed record MarkedParagraph(ImmutableArray<TextRun> Runs, ParagraphStyle Style = ParagraphStyle.Body) : Block
{
    /// <summary>All the runs' text, as one string.</summary>
    public string Text => string.Concat(Runs.Select(r => r.Text));
}

public enum CellKind
{
    /// <summary>Column headers and the 勾稽关系 note.</summary>
    Header,
    /// <summary>Row labels, including the stacked group labels.</summary>
    Label,
    /// <summary>A value cell (right-aligned, may be empty).</summary>
    Number,
}

/// <summary>One cell placed on the table grid; <see cref="RowSpan"/>/<see cref="ColSpan"/> merge cells as the template does.</summary>
public sealed record TableCell(int Row, int Col, string Text, CellKind Kind, int RowSpan = 1, int ColSpan = 1)
{
    /// <summary>For a value cell: the report cell path it shows ("applications.granted.total"), for tests and tooltips.</summary>
    public string? Path { get; init; }

    /// <summary>A comparison's mark on the cell (shaded): changed, or present in one of the two reports only.</summary>
    public CellMark Mark { get; init; }
}

public enum CellMark
{
    None,
    /// <summary>The value changed: pale yellow.</summary>
    Changed,
    /// <summary>Only one of the two compared reports has the cell: pale blue.</summary>
    OneSide,
}

/// <summary>
/// A table as a grid: <see cref="ColumnWidths"/> are relative weights; every grid position is covered by exactly one
/// cell (a merged cell covers several). <see cref="HeaderRows"/> rows repeat at the top of each page.
/// </summary>
public sealed record Table(ImmutableArray<double> ColumnWidths, int RowCount, ImmutableArray<TableCell> Cells, int HeaderRows) : Block
{
    public int ColumnCount => ColumnWidths.Length;

    /// <summary>The cells starting in grid row <paramref name="row"/>, left to right.</summary>
    public IEnumerable<TableCell> CellsStartingIn(int row) => Cells.Where(c => c.Row == row).OrderBy(c => c.Col);

    /// <summary>The cell covering a grid position.</summary>
    public TableCell At(int row, int col) =>
        Cells.First(c => row >= c.Row && row < c.Row + c.RowSpan && col >= c.Col && col < c.Col + c.ColSpan);
}
