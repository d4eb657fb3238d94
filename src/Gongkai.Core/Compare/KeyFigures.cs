using System.Collections.Immutable;
using Gongkai.Core.Labels;
using Gongkai.Core.Model;
using Gongkai.Core.Oversight;

namespace Gongkai.Core.Compare;

/// <summary>
/// The figures a supervisor, an evaluator or a journalist reads first (issue 19): 新收申请, 予以公开 and 部分公开 with
/// their share of the applications handled, 不予公开 in all and by reason, 复议 and 诉讼 with their 纠错率, the counts
/// of section 二, and 行政事业性收费. Counts come from the compared cells, so they follow the same correspondence across
/// formats; rates are computed on each report by itself.
/// </summary>
internal static class KeyFigures
{
    public static ImmutableArray<KeyFigure> Of(Report old, Report @new, ImmutableArray<CellChange> cells)
    {
        var figures = ImmutableArray.CreateBuilder<KeyFigure>();
        var byPath = cells.GroupBy(c => c.Path).ToDictionary(g => g.Key, g => g.First());

        KeyFigure? Cell(string key, string label, FigureKind kind, params string[] paths)
        {
            foreach (var p in paths)
                if (byPath.TryGetValue(p, out var c)) return new KeyFigure(key, label, kind, c.Old, c.New, c.Why);
            return null;
        }
        void Add(KeyFigure? f) { if (f is not null) figures.Add(f); }

        Add(Cell("newReceived", "本年新收政府信息公开申请", FigureKind.Count, "applications.newReceived.total"));
        Add(Cell("handled", "本年度办理结果总计", FigureKind.Count, "applications.total.total"));
        Add(Cell("granted", "予以公开", FigureKind.Count, "applications.granted.total"));
        Add(Share("grantedShare", "予以公开占办理总数的比例", "granted"));
        Add(Cell("partiallyGranted", "部分公开", FigureKind.Count, "applications.partiallyGranted.total"));
        Add(Share("partiallyGrantedShare", "部分公开占办理总数的比例", "partiallyGranted"));

        var withheld = @new.Applications.Layout.Rows.Where(r => r.Key.StartsWith("withheld.", StringComparison.Ordinal)).ToList();
        decimal? Sum(Func<CellChange, decimal?> side) =>
            withheld.Aggregate((decimal?)0, (acc, r) => acc + (byPath.TryGetValue($"applications.{r.Key}.total", out var c) ? side(c) : null));
        figures.Add(new KeyFigure("withheld", "不予公开", FigureKind.Count, Sum(c => c.Old), Sum(c => c.New), null));
        foreach (var r in withheld)
            Add(Cell(r.Key, "不予公开：" + StripNumber(r.Label), FigureKind.Count, $"applications.{r.Key}.total"));
        Add(Cell("carriedForward", "结转下年度继续办理", FigureKind.Count, "applications.carriedForward.total"));

        Add(Cell("review", "行政复议", FigureKind.Count, "reviewLitigation.review.total"));
        figures.Add(Rate("reviewCorrectionRate", "行政复议纠错率", s => s.Review));
        var litigation = cells.Where(c => c.Path is "reviewLitigation.litigationDirect.total" or "reviewLitigation.litigationAfterReview.total").ToList();
        figures.Add(new KeyFigure("litigation", "行政诉讼", FigureKind.Count,
            litigation.Aggregate((decimal?)0, (a, c) => a + c.Old), litigation.Aggregate((decimal?)0, (a, c) => a + c.New), null));
        figures.Add(Rate("litigationCorrectionRate", "行政诉讼纠错率", s => s.Litigation));

        Add(Cell("regulations", "规章：本年制发（2019年格式：本年新制作）件数", FigureKind.Count, "proactive.regulations.issued", "proactive.regulations.newlyMade"));
        Add(Cell("normativeDocuments", "规范性文件：本年制发（2019年格式：本年新制作）件数", FigureKind.Count,
            "proactive.normativeDocuments.issued", "proactive.normativeDocuments.newlyMade"));
        Add(Cell("licensing", "行政许可处理决定数量", FigureKind.Count, "proactive.licensing.decisions"));
        Add(Cell("penalty", "行政处罚处理决定数量", FigureKind.Count, "proactive.penalty.decisions"));
        Add(Cell("enforcement", "行政强制处理决定数量", FigureKind.Count, "proactive.enforcement.decisions"));
        Add(Cell("fees", "行政事业性收费金额（万元）", FigureKind.Amount, "proactive.fees.amountWan"));
        return figures.ToImmutable();

        KeyFigure Share(string key, string label, string row)
        {
            var (o, ow) = ShareOf(old, row, ReportSide.Old);
            var (n, nw) = ShareOf(@new, row, ReportSide.New);
            return new KeyFigure(key, label, FigureKind.Rate, o, n, Join(ow, nw));
        }

        KeyFigure Rate(string key, string label, Func<ReviewStats, CorrectionStats> pick)
        {
            var (o, ow) = RateOf(pick(ReviewStats.Of(old)), ReportSide.Old);
            var (n, nw) = RateOf(pick(ReviewStats.Of(@new)), ReportSide.New);
            return new KeyFigure(key, label, FigureKind.Rate, o, n, Join(ow, nw));
        }
    }

    private static (decimal? Value, string? Why) ShareOf(Report r, string row, ReportSide side)
    {
        var part = r.Applications[row, "total"];
        var total = r.Applications["total", "total"];
        if (part is null || total is null) return (null, null);
        if (total == 0) return (null, $"{side.Label()}办理总数为0，无比例");
        return (Percent(part.Value / total.Value), null);
    }

    /// <summary>纠错率 = 结果纠正 ÷ 已审结 (<see cref="CorrectionStats"/>), in percent.</summary>
    private static (decimal? Value, string? Why) RateOf(CorrectionStats s, ReportSide side)
    {
        if (s.Concluded == 0) return (null, $"{side.Label()}已审结0件，无纠错率");
        return (s.Rate is decimal rate ? Percent(rate) : null, null);
    }

    private static decimal Percent(decimal fraction) => Math.Round(fraction * 100, 1, MidpointRounding.AwayFromZero);

    private static string? Join(string? a, string? b) => a is null ? b : b is null ? a : a + "；" + b;

    /// <summary>"1.属于国家秘密" → "属于国家秘密".</summary>
    private static string StripNumber(string label)
    {
        var dot = label.IndexOf('.');
        return dot is > 0 and < 3 && label[..dot].All(char.IsAsciiDigit) ? label[(dot + 1)..] : label;
    }
}
