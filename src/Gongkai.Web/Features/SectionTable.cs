using Gongkai.Core.Model;

namespace Gongkai.Web.Features;

/// <summary>How one cell of a table looks: its extra classes, its tooltip, and whether a drill-down points at it.</summary>
public readonly record struct CellLook(string Class, string? Title, bool Target);

/// <summary>
/// One section of a report as a table with its column headers (Shared/_SectionTable): the workspace's tables, whose
/// cells carry overrides and findings, and the drill-down target of <c>?cell=</c>.
/// </summary>
public sealed record SectionTable(SectionData Data, Func<string, int, CellLook> Look);
