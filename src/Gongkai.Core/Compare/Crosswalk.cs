using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;
using Gongkai.Core.Layout;

namespace Gongkai.Core.Compare;

/// <summary>How a row of the comparison found its counterpart.</summary>
public enum CellMatch
{
    /// <summary>The same cell (section, row and column keys) on both sides.</summary>
    Same,
    /// <summary>Another cell that counts the same thing, named so in the template data (2019 本年新制作数量 → 2021 本年制发件数).</summary>
    Counterpart,
    /// <summary>One side prints 三（六）其他处理 as one row, the other as its sub-rows: the row against the sub-rows' sum.</summary>
    Sum,
    /// <summary>Only the older report has the cell.</summary>
    OldOnly,
    /// <summary>Only the newer report has the cell.</summary>
    NewOnly,
}

/// <summary>
/// One line of a comparison: the cells of the old report and of the new one that stand for the same figure (several
/// cells on one side are summed). <see cref="Path"/> names it in the new report's keys (the old one's for an old-only
/// cell); <see cref="OldPath"/> is set when the old report calls it otherwise.
/// </summary>
public sealed record CellPairing(
    string Section, string Path, string? OldPath, string Label, FieldKind Kind, CellMatch Match,
    ImmutableArray<int> OldCells, ImmutableArray<int> NewCells, string? Why);

/// <summary>
/// Which cell of one report's layout answers to which of another's, section by section: by the same keys (the rows of
/// 三 and 四 keep their keys and roles across the formats), by the counterparts and the reasons the template data
/// states for a change of format (Templates/2021.json "previousFormat"), and by the 三（六）其他处理 row that a report
/// may print whole or split (the template's "collapsible"). A cell with no counterpart is listed with the reason.
/// </summary>
public static class Crosswalk
{
    private static readonly ConcurrentDictionary<(ReportLayout, ReportLayout), ImmutableArray<CellPairing>> Cache = new();

    /// <summary>Every cell of sections 二–四 of either layout, in the new layout's order, old-only cells after the cell they follow.</summary>
    public static ImmutableArray<CellPairing> Between(ReportLayout old, ReportLayout @new) =>
        Cache.GetOrAdd((old, @new), k => Build(k.Item1, k.Item2));

    /// <summary>Said of a cell no data explains: the other layout simply has no such cell.</summary>
    public static string GenericWhy(ReportLayout other) => $"另一份报告（{other.Template.Code()}年格式）中没有这一单元格";

    private static ImmutableArray<CellPairing> Build(ReportLayout old, ReportLayout @new)
    {
        var change = FormatChange.Between(old.Template, @new.Template);
        var collapsible = Collapsible.Value;
        var result = new List<(double Order, CellPairing Pairing)>();
        foreach (var b in @new.Sections)
        {
            var a = old.Section(b.Key);
            var used = new bool[a.CellCount];
            var orderOfOld = new double[a.CellCount];
            Array.Fill(orderOfOld, double.NaN);
            var sectionBase = result.Count == 0 ? 0 : Math.Floor(result[^1].Order / 1_000_000 + 1) * 1_000_000;
            var sumDone = false;
            for (var ri = 0; ri < b.Rows.Length; ri++)
            {
                var row = b.Rows[ri];
                for (var f = 0; f < row.Fields.Length; f++)
                {
                    var cell = row.Offset + f;
                    var order = sectionBase + ri * 100 + f;
                    var path = b.CellPath(cell);
                    var field = row.Fields[f];
                    // 三（六）其他处理 printed whole on one side and split on the other: the whole row against the sum.
                    if (collapsible is { } c && b.Key == c.Section && SplitAgainstWhole(a, b, c) is { } split)
                    {
                        var (wholeSide, wholeLayout, splitLayout) = split;
                        var isWholeRow = row.Key == c.Key;
                        var isSubRow = c.SubRows.Contains(row.Key);
                        if (isWholeRow || isSubRow)
                        {
                            if (!sumDone)
                            {
                                sumDone = true;
                                foreach (var sf in wholeLayout.Row(c.Key)!.Fields)
                                {
                                    var whole = wholeLayout.CellIndex(c.Key, sf.Key);
                                    var parts = c.SubRows.Select(k => splitLayout.CellIndex(k, sf.Key)).ToImmutableArray();
                                    var label = CellLabels.Of(wholeLayout, whole) + $"（{SplitFormat(splitLayout, old, @new)}为{"一二三四五六七八九"[parts.Length - 1]}个子项之和）";
                                    var pairing = wholeSide == Side.Old
                                        ? new CellPairing(b.Key, wholeLayout.CellPath(whole), null, label, sf.Kind, CellMatch.Sum, [whole], parts, null)
                                        : new CellPairing(b.Key, wholeLayout.CellPath(whole), null, label, sf.Kind, CellMatch.Sum, parts, [whole], null);
                                    var o = sectionBase + ri * 100 + wholeLayout.Row(c.Key)!.FieldIndex(sf.Key) - 0.5;
                                    result.Add((o, pairing));
                                    // The old sub-rows stay unclaimed: each is listed on its own, with why, after the sum.
                                    if (wholeSide == Side.Old) { used[whole] = true; orderOfOld[whole] = o; }
                                    else foreach (var p in parts) orderOfOld[p] = sectionBase + ri * 100 + 99;
                                }
                            }
                            if (isSubRow && wholeSide == Side.Old)
                                result.Add((order, new CellPairing(b.Key, path, null, CellLabels.Of(b, cell), field.Kind, CellMatch.NewOnly, [], [cell],
                                    SubRowWhy(c, Side.Old, old))));
                            continue;
                        }
                    }
                    var counterpart = change?.OldFor(path);
                    var oldCell = counterpart is not null ? CellOf(a, counterpart) : change?.WhyNone(Side.New, path) is null ? CellOf(a, path) : -1;
                    if (oldCell >= 0 && !used[oldCell])
                    {
                        used[oldCell] = true;
                        orderOfOld[oldCell] = order;
                        var oldPath = a.CellPath(oldCell);
                        result.Add((order, new CellPairing(b.Key, path, oldPath == path ? null : oldPath, CellLabels.Of(b, cell), field.Kind,
                            oldPath == path ? CellMatch.Same : CellMatch.Counterpart, [oldCell], [cell], null)));
                    }
                    else
                        result.Add((order, new CellPairing(b.Key, path, null, CellLabels.Of(b, cell), field.Kind, CellMatch.NewOnly, [], [cell],
                            change?.WhyNone(Side.New, path) ?? GenericWhy(old))));
                }
            }
            // The old report's cells nobody claimed, each after the last old cell before it that was placed.
            var after = sectionBase - 1.0;
            var n = 0;
            for (var cell = 0; cell < a.CellCount; cell++)
            {
                if (used[cell]) { after = orderOfOld[cell]; n = 0; continue; }
                if (!double.IsNaN(orderOfOld[cell]) && orderOfOld[cell] != after) { after = orderOfOld[cell]; n = 0; }
                var path = a.CellPath(cell);
                var row = a.RowOfCell(cell);
                var why = collapsible is { } c && a.Key == c.Section && c.SubRows.Contains(row.Key) && SplitAgainstWhole(a, b, c) is not null
                    ? SubRowWhy(c, Side.New, @new)
                    : change?.WhyNone(Side.Old, path) ?? GenericWhy(@new);
                result.Add((after + 0.01 * ++n, new CellPairing(a.Key, path, null, CellLabels.Of(a, cell), a.FieldOfCell(cell).Kind, CellMatch.OldOnly,
                    [cell], [], why)));
            }
        }
        return [.. result.OrderBy(x => x.Order).Select(x => x.Pairing)];
    }

    private enum Side { Old, New }

    /// <summary>When one layout prints the whole row and the other only its sub-rows: which side is whole.</summary>
    private static (Side WholeSide, SectionLayout Whole, SectionLayout Split)? SplitAgainstWhole(SectionLayout a, SectionLayout b, CollapsibleRow c)
    {
        bool Whole(SectionLayout s) => s.Row(c.Key) is not null && c.SubRows.All(k => s.Row(k) is null);
        bool Split(SectionLayout s) => s.Row(c.Key) is null && c.SubRows.All(k => s.Row(k) is not null);
        if (Whole(a) && Split(b)) return (Side.Old, a, b);
        if (Split(a) && Whole(b)) return (Side.New, b, a);
        return null;
    }

    private static string SplitFormat(SectionLayout split, ReportLayout old, ReportLayout @new) =>
        ReferenceEquals(split, @new.Section(split.Key)) ? "本年报告" : "上年报告";

    private static string SubRowWhy(CollapsibleRow c, Side wholeSide, ReportLayout whole) =>
        $"{(wholeSide == Side.Old ? "上年" : "本年")}报告（{whole.Template.Code()}年格式{(whole.OtherCollapsed ? "，印为一行" : "")}）将“{c.Label}”作为一行、不分子项；各子项之和已与该行比较";

    private static int CellOf(SectionLayout s, string path)
    {
        var (section, row, field) = Split(path);
        return section == s.Key ? s.CellIndex(row, field) : -1;
    }

    /// <summary>"applications.withheld.stateSecret.total" → section, row (may hold dots), field.</summary>
    internal static (string Section, string Row, string Field) Split(string path)
    {
        var first = path.IndexOf('.');
        var last = path.LastIndexOf('.');
        if (first < 0 || last <= first) throw new ArgumentException($"not a cell path: {path}", nameof(path));
        return (path[..first], path[(first + 1)..last], path[(last + 1)..]);
    }

    // ---- data ------------------------------------------------------------------------------------------------

    /// <summary>三（六）其他处理: the row a report may print whole, and the sub-rows the newer format splits it into.</summary>
    private sealed record CollapsibleRow(string Section, string Key, string Label, ImmutableArray<string> SubRows);

    private static readonly Lazy<CollapsibleRow?> Collapsible = new(() =>
    {
        foreach (var id in Enum.GetValues<TemplateId>())
        {
            using var doc = TemplateCatalog.Data(id);
            if (!doc.RootElement.GetProperty("applications").TryGetProperty("collapsible", out var c)) continue;
            return new CollapsibleRow("applications", c.GetProperty("key").GetString()!, c.GetProperty("label").GetString()!,
                [.. c.GetProperty("rows").EnumerateArray().Select(x => x.GetString()!)]);
        }
        return null;
    });

    /// <summary>
    /// What a newer template's data says of the one before it ("previousFormat"): cells that count the same thing under
    /// another key, and cells with no counterpart and why. Read in either direction.
    /// </summary>
    private sealed class FormatChange
    {
        private readonly Dictionary<string, string> _oldForNew = [];
        private readonly List<(Side Side, string Pattern, string Why)> _none = [];

        private static readonly Lazy<IReadOnlyList<(TemplateId From, TemplateId To, FormatChange Change)>> All = new(Load);

        public static FormatChange? Between(TemplateId old, TemplateId @new)
        {
            if (old == @new) return null;
            foreach (var (from, to, change) in All.Value)
            {
                if (from == old && to == @new) return change;
                if (from == @new && to == old) return change.Reversed();
            }
            return null;
        }

        public string? OldFor(string newPath) => _oldForNew.GetValueOrDefault(newPath);

        public string? WhyNone(Side side, string path)
        {
            foreach (var (s, pattern, why) in _none)
                if (s == side && Matches(pattern, path)) return why;
            return null;
        }

        private FormatChange Reversed()
        {
            var r = new FormatChange();
            foreach (var (n, o) in _oldForNew) r._oldForNew[o] = n;
            r._none.AddRange(_none.Select(x => (x.Side == Side.Old ? Side.New : Side.Old, x.Pattern, x.Why)));
            return r;
        }

        private static bool Matches(string pattern, string path)
        {
            var (ps, pr, pf) = Split(pattern);
            var (s, r, f) = Split(path);
            return ps == s && (pr == "*" || pr == r) && (pf == "*" || pf == f);
        }

        private static IReadOnlyList<(TemplateId, TemplateId, FormatChange)> Load()
        {
            var list = new List<(TemplateId, TemplateId, FormatChange)>();
            foreach (var id in Enum.GetValues<TemplateId>())
            {
                using var doc = TemplateCatalog.Data(id);
                if (!doc.RootElement.TryGetProperty("previousFormat", out var p)) continue;
                if (!TemplateIds.TryParse(p.GetProperty("template").GetString(), out var from))
                    throw new InvalidDataException($"{id.Code()}.json: previousFormat.template is not a template");
                var change = new FormatChange();
                foreach (var c in p.GetProperty("counterparts").EnumerateArray())
                    change._oldForNew[c.GetProperty("new").GetString()!] = c.GetProperty("old").GetString()!;
                foreach (var n in p.GetProperty("noCounterpart").EnumerateArray())
                {
                    var side = n.GetProperty("side").GetString() switch
                    {
                        "old" => Side.Old,
                        "new" => Side.New,
                        var s => throw new InvalidDataException($"{id.Code()}.json: previousFormat side {s}"),
                    };
                    change._none.Add((side, n.GetProperty("cells").GetString()!, n.GetProperty("why").GetString()!));
                }
                list.Add((from, id, change));
            }
            return list;
        }
    }
}
