using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Gongkai.Core.Layout;

namespace Gongkai.Core.Model;

/// <summary>
/// A year of the annual report that this system keeps, computes and collects: from 2019, the first year of the
/// national format (国办公开办函〔2019〕60号), to 2100. Validated once where it is made; a request naming another year
/// is refused with <see cref="OutOfRange"/>. Which year a screen shows when none is asked for is decided here too.
/// </summary>
public readonly record struct ReportYear : IComparable<ReportYear>, IParsable<ReportYear>
{
    public const int First = 2019;
    public const int Last = 2100;

    public int Value { get; }

    private ReportYear(int value) => Value = value;

    public static bool IsValid(int year) => year is >= First and <= Last;

    public static bool TryCreate(int year, out ReportYear result)
    {
        result = IsValid(year) ? new ReportYear(year) : default;
        return IsValid(year);
    }

    /// <summary>The year; throws for one outside the range (a caller that has not checked its input).</summary>
    public static ReportYear Of(int year) =>
        TryCreate(year, out var y) ? y : throw new ArgumentOutOfRangeException(nameof(year), year, OutOfRange(year));

    /// <summary>The refusal of a year outside the range, in Chinese, naming the year asked for.</summary>
    public static string OutOfRange(int year) => $"{year}年不在本系统支持的范围（{First}年至{Last}年）";

    /// <summary>The refusal of a query, route or form value that is not a year of ours; echoes digits only.</summary>
    public static string Refusal(string? asked) =>
        int.TryParse(asked, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var y) ? OutOfRange(y)
            : $"年度应为{First}年至{Last}年之间的整数年份";

    /// <summary>A query or route value: digits only, in the range.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ReportYear result)
    {
        result = default;
        return int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && TryCreate(y, out result);
    }

    public static ReportYear Parse(string s, IFormatProvider? provider) =>
        TryParse(s, provider, out var y) ? y : throw new FormatException(OutOfRange(int.TryParse(s, out var n) ? n : 0));

    /// <summary>
    /// The latest year whose reports are due (Art. 49: a year's report follows the year's end): last year. What the
    /// supervising office's screens (registry, collect, roll-up, comparison) show when no year is asked for.
    /// </summary>
    public static ReportYear Due(DateOnly today) => Of(Math.Clamp(today.Year - 1, First, Last));

    /// <summary>
    /// The year an agency's office works on: last year's report until the end of March (the reporting season of
    /// Art. 49), this year's as it accumulates afterwards. What the desk's report and proactive screens show by default.
    /// </summary>
    public static ReportYear Working(DateOnly today) => Of(Math.Clamp(today.Month <= 3 ? today.Year - 1 : today.Year, First, Last));

    /// <summary>The year whose cases are being registered now: this year. What the desk's case list shows by default.</summary>
    public static ReportYear Recording(DateOnly today) => Of(Math.Clamp(today.Year, First, Last));

    /// <summary>The year asked for when it is one of ours, else <paramref name="fallback"/> (a page's default).</summary>
    public static ReportYear OrDefault(int? requested, ReportYear fallback) =>
        requested is int y && TryCreate(y, out var r) ? r : fallback;

    /// <summary>The template a report of this year uses.</summary>
    public TemplateId Template => TemplateIds.ForYear(Value);

    public ReportYear Previous => Of(Value - 1);

    /// <summary>Whether the year before is one of ours too (a comparison with the year before needs it).</summary>
    public bool HasPrevious => Value > First;

    public int CompareTo(ReportYear other) => Value.CompareTo(other.Value);

    public static implicit operator int(ReportYear y) => y.Value;

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
