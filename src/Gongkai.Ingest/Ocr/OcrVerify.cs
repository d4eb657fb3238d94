using System.Collections.Immutable;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Core.Rules;

namespace Gongkai.Ingest.Ocr;

/// <summary>
/// The identities as a check on the engine. In printed text a broken identity is the report's own mistake; in OCR'd
/// text it may as well be a misread digit, and nothing tells the two apart. So the numbers an identity rejects are not
/// given: when exactly one cell explains every broken identity of a section (each one is broken, the others hold, and
/// they all ask the same value of it), that cell is null; otherwise every cell of the broken identities is. Each is
/// named in a read.ocr-unconfirmed finding with what was read and what the identities ask.
/// </summary>
internal static class OcrVerify
{
    public static Report Apply(Report report)
    {
        var findings = new List<Finding>();
        foreach (var section in report.Sections)
        {
            var ids = report.Layout.Identities.Where(i => i.Section == section.Layout).ToArray();
            if (ids.Length == 0) continue;
            var cells = section.Cells.ToArray();
            var broken = ids.Where(i => Sum(i, cells) is decimal s && s != 0).ToList();
            if (broken.Count == 0) continue;
            var suspects = Suspects(ids, broken, cells);
            List<int> drop = suspects.Count == 1 ? [suspects[0].Cell] : [.. broken.SelectMany(i => i.Cells).Distinct().Order()];
            foreach (var c in drop)
            {
                var asked = suspects.Count == 1 ? suspects[0].Asked : (decimal?)null;
                findings.Add(RuleCatalogue.OcrUnconfirmed.Make(section.Layout.CellPath(c), asked, cells[c],
                    ("place", section.Layout.CellName(c)), ("actual", cells[c]),
                    ("why", asked is { } a ? $"按勾稽关系应为{Rule.Format(a)}" : "所在的勾稽关系不成立，无法确定是哪一个数字识别有误")));
                cells[c] = null;
            }
            report = report.WithSection(new SectionData(section.Layout, [.. cells]));
        }
        return findings.Count == 0 ? report : report with { Findings = [.. report.Findings, .. findings] };
    }

    private static decimal? Sum(Identity id, decimal?[] cells)
    {
        decimal s = 0;
        foreach (var c in id.Left) { if (cells[c] is not decimal v) return null; s += v; }
        foreach (var c in id.Right) { if (cells[c] is not decimal v) return null; s -= v; }
        return s;
    }

    /// <summary>Cells whose one misreading would explain exactly the broken identities, with the value they all ask of it.</summary>
    private static List<(int Cell, decimal Asked)> Suspects(Identity[] ids, List<Identity> broken, decimal?[] cells)
    {
        var result = new List<(int, decimal)>();
        foreach (var c in broken[0].Cells.Distinct())
        {
            if (!broken.All(b => b.Cells.Contains(c))) continue;
            // Every complete identity that reads c must be broken (a holding one confirms c).
            if (ids.Any(i => i.Cells.Contains(c) && !broken.Contains(i) && Sum(i, cells) is not null)) continue;
            decimal? asked = null;
            var agree = true;
            foreach (var b in broken)
            {
                var coef = b.Left.Count(x => x == c) - b.Right.Count(x => x == c);
                if (coef == 0) { agree = false; break; }
                var value = cells[c]!.Value - Sum(b, cells)!.Value / coef;
                if (asked is null) asked = value;
                else if (asked != value) { agree = false; break; }
            }
            if (agree && asked is decimal a && a >= 0) result.Add((c, a));
        }
        return result;
    }
}
