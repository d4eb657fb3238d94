using System.Collections.Immutable;

namespace Gongkai.Core.Desk;

/// <summary>One band of a fee table: units <see cref="From"/> to <see cref="To"/> (inclusive; open-ended when null) at <see cref="Rate"/> 元 each.</summary>
public sealed record FeeBand(int From, int? To, decimal Rate);

/// <summary>The units of one application falling in one band: units <see cref="From"/>–<see cref="To"/> of the count, at <see cref="Rate"/> 元.</summary>
public sealed record FeeLine(int From, int To, decimal Rate)
{
    public int Count => To - From + 1;
    public decimal Amount => Count * Rate;
}

/// <summary>
/// What an application costs: the method, the units it counts (items or pages), the applicant's items earlier in the
/// same calendar month (按件计收 only), the lines by band and the amount in 元.
/// </summary>
public sealed record FeeQuote(FeeMethod Method, int Units, int PriorUnits, ImmutableArray<FeeLine> Lines)
{
    public decimal Amount => Lines.Sum(l => l.Amount);

    /// <summary>“第11至12件：每件100元，计200元；…”, for the notice.</summary>
    public string Breakdown => string.Join("；", Lines.Select(l =>
        $"第{l.From}{(l.To == l.From ? "" : $"至{l.To}")}{InformationFees.Unit(Method)}：" +
        (l.Rate == 0 ? "不收费" : $"每{InformationFees.Unit(Method)}{l.Rate:0.##}元，计{l.Amount:0.##}元")));
}

/// <summary>
/// 信息处理费 (《中华人民共和国政府信息公开条例》第四十二条; 《政府信息公开信息处理费管理办法》, 国办函〔2020〕109号, text in
/// docs/law): charged only where an applicant's number or frequency of applications clearly exceeds a reasonable
/// range, by item or by volume (第三条: one standard per application, never both; excess-progressive).
/// <list type="bullet">
/// <item>按件计收 (第四条): the same applicant's applications in one calendar month: 1–10 free; 11–30 100元 each;
/// from 31 in bands of 10, each band 100元 more per item (31–40 200元, 41–50 300元, …). An application holding several
/// matters may be split into items (“一事一申请”).</item>
/// <item>按量计收 (第五条): the pages of one application: 1–30 free; 31–100 10元 a page; 101–200 20元; from 201 40元.</item>
/// </list>
/// </summary>
public static class InformationFees
{
    /// <summary>
    /// The shortest payment period a fee notice may give: 20 working days from the day after the applicant receives it
    /// (as the provincial measures implementing 国办函〔2020〕109号 write it; see docs/law).
    /// </summary>
    public const int PaymentDays = 20;

    public static readonly ImmutableArray<FeeBand> PerItemBands = [new(1, 10, 0), new(11, 30, 100)];

    public static readonly ImmutableArray<FeeBand> PerVolumeBands = [new(1, 30, 0), new(31, 100, 10), new(101, 200, 20), new(201, null, 40)];

    /// <summary>The rate of the <paramref name="ordinal"/>th item of an applicant's month (第四条).</summary>
    public static decimal PerItemRate(int ordinal)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ordinal, 1);
        if (ordinal <= 10) return 0;
        if (ordinal <= 30) return 100;
        // 31–40 is the first band above 30: 100 + 100; each further band of 10 adds 100.
        return 100 + 100 * ((ordinal - 31) / 10 + 1);
    }

    /// <summary>The rate of the <paramref name="page"/>th page of an application (第五条).</summary>
    public static decimal PerPageRate(int page)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        return page switch { <= 30 => 0, <= 100 => 10, <= 200 => 20, _ => 40 };
    }

    /// <summary>
    /// The fee of one application: <paramref name="units"/> items (按件) numbered after the applicant's
    /// <paramref name="priorUnits"/> earlier items of the month, or <paramref name="units"/> pages (按量, prior ignored).
    /// </summary>
    public static FeeQuote Quote(FeeMethod method, int units, int priorUnits = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(units, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(priorUnits);
        var first = method == FeeMethod.PerItem ? priorUnits + 1 : 1;
        var last = first + units - 1;
        var lines = ImmutableArray.CreateBuilder<FeeLine>();
        for (var n = first; n <= last;)
        {
            var rate = Rate(method, n);
            var end = n;
            while (end < last && Rate(method, end + 1) == rate) end++;
            lines.Add(new FeeLine(n, end, rate));
            n = end + 1;
        }
        return new FeeQuote(method, units, method == FeeMethod.PerItem ? priorUnits : 0, lines.ToImmutable());
    }

    public static decimal Rate(FeeMethod method, int ordinal) => method == FeeMethod.PerItem ? PerItemRate(ordinal) : PerPageRate(ordinal);

    public static string Unit(FeeMethod method) => method == FeeMethod.PerItem ? "件" : "页";

    /// <summary>The standard as the measures state it, for the notice.</summary>
    public static string Standard(FeeMethod method) => method == FeeMethod.PerItem
        ? "同一申请人一个自然月内累计申请10件以下（含10件）的，不收费；11—30件（含30件）的部分，100元/件；31件以上的部分，以10件为一档，每增加一档，收费标准提高100元/件"
        : "30页以下（含30页）的，不收费；31—100页（含100页）的部分，10元/页；101—200页（含200页）的部分，20元/页；201页以上的部分，40元/页";

    /// <summary>The articles of the measures a fee by <paramref name="method"/> rests on: 第三条 and 第四条 or 第五条.</summary>
    public static string MeasureArticles(FeeMethod method) => method == FeeMethod.PerItem ? "第三条、第四条" : "第三条、第五条";

    /// <summary>
    /// What section 六 of the year's report says of fees (国办公开办函〔2021〕30号: 收取信息处理费的情况在第六部分专门报告),
    /// from the fees paid in the year.
    /// </summary>
    public static string AnnualSentence(int year, int paidCount, decimal paidAmount) => paidCount == 0
        ? $"{year}年度，本机关未收取政府信息公开信息处理费。"
        : $"{year}年度，本机关依据{FeeMeasures.Title}收取政府信息公开信息处理费共计{paidAmount:0.##}元，涉及申请{paidCount}件。";

    /// <summary>The month an application counts in for 按件计收: the calendar month of the day it was received.</summary>
    public static (int Year, int Month) CountingMonth(DateOnly received) => (received.Year, received.Month);
}
