using System.Collections.Immutable;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Core.Rules;

namespace Gongkai.Core.Compare;

/// <summary>Which of the two reports: the earlier one (上年) or the later one (本年).</summary>
public enum ReportSide
{
    Old,
    New,
}

/// <summary>What a comparison says about one of its two reports.</summary>
public sealed record ComparedReport(string? Source, string? Agency, int? Year, TemplateId Format, bool OtherCollapsed)
{
    public static ComparedReport Of(Report r) => new(r.Source, r.Agency, r.Year, r.Format, r.Layout.OtherCollapsed);

    /// <summary>"2021年格式" or "2021年格式（其他处理印为一行）".</summary>
    public string FormatLabel => $"{Format.Code()}年格式{(OtherCollapsed ? "（“其他处理”印为一行）" : "")}";

    /// <summary>"2023年度" or "年度不明".</summary>
    public string YearLabel => Year is int y ? $"{y}年度" : "年度不明";
}

/// <summary>
/// One figure of sections 二–四 in both reports. <see cref="Old"/> or <see cref="New"/> is null where the report
/// printed nothing readable there, or has no such cell (<see cref="Match"/> OldOnly / NewOnly, with <see cref="Why"/>).
/// </summary>
public sealed record CellChange(string Section, string Path, string? OldPath, string Label, FieldKind Kind, CellMatch Match,
    decimal? Old, decimal? New, string? Why)
{
    /// <summary>New − old; null unless both are known.</summary>
    public decimal? Change => Old is decimal o && New is decimal n ? n - o : null;

    /// <summary>
    /// The change as a percentage of the old value, to one decimal; null when either value is unknown or the old value
    /// is 0 (no finite percentage) or negative (a 本年增/减 below zero has no meaningful rate of growth).
    /// </summary>
    public decimal? Percent => Change is decimal c && Old is decimal o && o > 0 ? Math.Round(c * 100 / o, 1, MidpointRounding.AwayFromZero) : null;

    /// <summary>True when the two values differ, a known value against an unknown one included.</summary>
    public bool Changed => Match is not (CellMatch.OldOnly or CellMatch.NewOnly) && Old != New;
}

/// <summary>A cell only one report has, and why the other has none.</summary>
public sealed record UnmatchedCell(string Path, string Label, ReportSide Side, string Why);

/// <summary>How a paragraph of the new report stands to the old one.</summary>
public enum ProseKind
{
    /// <summary>新增: only in the new report.</summary>
    Added,
    /// <summary>删除: only in the old report.</summary>
    Deleted,
    /// <summary>修改: a paragraph of the old report, changed.</summary>
    Changed,
    /// <summary>未变: the same text.</summary>
    Same,
}

/// <summary>One of the prose parts compared: the preamble and sections 一、五、六 (二–四 are tables).</summary>
public sealed record ProseSection(string Key, string Code, string Title)
{
    public static readonly ProseSection Preamble = new("preamble", "前言", "前言");
    public static readonly ProseSection Overview = new("overview", "一", "一、总体情况");
    public static readonly ProseSection Problems = new("problems", "五", "五、存在的主要问题及改进情况");
    public static readonly ProseSection Other = new("other", "六", "六、其他需要报告的事项");

    public static readonly ImmutableArray<ProseSection> All = [Preamble, Overview, Problems, Other];

    public static ProseSection Get(string key) => All.FirstOrDefault(s => s.Key == key) ?? throw new ArgumentOutOfRangeException(nameof(key), key, "no such prose part");

    /// <summary>The part's text in a report's narrative (null when it has none).</summary>
    public string? TextOf(Narrative n) => Key switch
    {
        "preamble" => n.Preamble,
        "overview" => n.Overview,
        "problems" => n.Problems,
        _ => n.Other,
    };

    /// <summary>The part's paragraphs as compared: one a line, cleaned as the prose check reads them, blank ones left out.</summary>
    public ImmutableArray<string> ParagraphsOf(Narrative n) => [.. ProseComparer.Paragraphs(TextOf(n))];

    /// <summary>"五、存在的主要问题及改进情况" is "第五部分" in a sentence; the preamble is "前言".</summary>
    public string Name => Key == "preamble" ? "前言" : $"第{Code}部分";
}

/// <summary>
/// One paragraph in either report or both, aligned by section and order. <see cref="OldIndex"/> and
/// <see cref="NewIndex"/> count from 1 within the section. <see cref="Edits"/> spell out a changed paragraph (the
/// Same and Deleted runs are the old text, the Same and Inserted runs the new one). The numbers each side quotes that
/// the prose check ties to table cells are in <see cref="OldNumbers"/> and <see cref="NewNumbers"/>.
/// </summary>
public sealed record ProseParagraph(ProseSection Section, ProseKind Kind, int? OldIndex, int? NewIndex, string? Old, string? New,
    double Similarity, ImmutableArray<TextEdit> Edits, ImmutableArray<QuotedNumber> OldNumbers, ImmutableArray<QuotedNumber> NewNumbers);

/// <summary>Whether a copied passage is a paragraph or a whole section.</summary>
public enum CopyScope
{
    Paragraph,
    Section,
}

/// <summary>
/// Text of the new report identical or nearly identical to text of the old one: a paragraph (with both places) or a
/// whole section (indices null).
/// </summary>
public sealed record CopiedPassage(CopyScope Scope, ProseSection Section, int? NewIndex, ProseSection OldSection, int? OldIndex,
    string Old, string New, double Similarity)
{
    public bool Identical => Old == New;
}

/// <summary>What a key figure measures, which decides how its change reads.</summary>
public enum FigureKind
{
    /// <summary>A number of applications, cases or documents.</summary>
    Count,
    /// <summary>Money in 万元.</summary>
    Amount,
    /// <summary>A percentage (share of applications, 纠错率): its change is in percentage points, never a percentage of it.</summary>
    Rate,
}

/// <summary>
/// One of the figures a reader of two years looks at first, with both values and the change. A rate is in percent,
/// rounded to one decimal, and its change in points between the rounded values. <see cref="Why"/> says why a value
/// is missing when it is not simply unreadable.
/// </summary>
public sealed record KeyFigure(string Key, string Label, FigureKind Kind, decimal? Old, decimal? New, string? Why)
{
    public decimal? Change => Old is decimal o && New is decimal n ? n - o : null;

    /// <summary>Null for a rate (its change is in points), and as <see cref="CellChange.Percent"/> otherwise.</summary>
    public decimal? Percent => Kind != FigureKind.Rate && Change is decimal c && Old is decimal o && o > 0
        ? Math.Round(c * 100 / o, 1, MidpointRounding.AwayFromZero) : null;
}

/// <summary>Two reports of one agency compared: every cell, the key figures, the prose, the copied passages, the findings.</summary>
public sealed record ReportComparison(
    ComparedReport Old,
    ComparedReport New,
    ImmutableArray<CellChange> Cells,
    ImmutableArray<UnmatchedCell> Unmatched,
    ImmutableArray<KeyFigure> KeyFigures,
    ImmutableArray<ProseParagraph> Prose,
    ImmutableArray<CopiedPassage> Copied,
    ImmutableArray<Finding> Findings)
{
    /// <summary>The thresholds the comparison was made with.</summary>
    public CompareOptions Options { get; init; } = CompareOptions.Default;

    public int ChangedCells => Cells.Count(c => c.Changed);

    public int ProseCount(ProseKind kind) => Prose.Count(p => p.Kind == kind);
}

/// <summary>
/// The JSON words of a comparison (spec/cli.md) and the two phrases its messages build; the Chinese labels of its enums
/// are in <see cref="Labels.Chinese"/> with every other label (<c>kind.Label()</c>).
/// </summary>
public static class CompareLabels
{
    /// <summary>The JSON word (spec/cli.md: added|deleted|changed|same).</summary>
    public static string Code(this ProseKind kind) => kind switch
    {
        ProseKind.Added => "added",
        ProseKind.Deleted => "deleted",
        ProseKind.Changed => "changed",
        ProseKind.Same => "same",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Code(this ReportSide side) => side == ReportSide.Old ? "old" : "new";

    /// <summary>"完全相同" for identical text, "几乎相同" otherwise.</summary>
    public static string Sameness(bool identical) => identical ? "完全相同" : "几乎相同";

    /// <summary>0.973 → "97.3%".</summary>
    public static string Percent(double similarity) => (Math.Floor(similarity * 1000) / 10).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
