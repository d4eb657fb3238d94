using System.Globalization;

namespace Gongkai.Core.Labels;

public static partial class Chinese
{
    /// <summary>
    /// Beijing time: China keeps UTC+8 all year (no daylight saving since 1991), so a fixed offset is exact and does
    /// not depend on the server's time-zone database or its own zone.
    /// </summary>
    public static readonly TimeSpan BeijingOffset = TimeSpan.FromHours(8);

    /// <summary>"2026年1月5日": the one way a date is written on screens, documents and notices.</summary>
    public static string Date(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    /// <summary>
    /// A size as a message states a bound or a file: "20 MB", "1.5 MB", "4 KB", "512 字节" — never "0 MB" for a bound
    /// under a megabyte.
    /// </summary>
    public static string Size(long bytes)
    {
        const long Kb = 1024, Mb = 1024 * Kb;
        static string One(double v) => Math.Round(v, 1).ToString("0.#", CultureInfo.InvariantCulture);
        return bytes >= Mb ? $"{One((double)bytes / Mb)} MB" : bytes >= Kb ? $"{One((double)bytes / Kb)} KB" : string.Create(CultureInfo.InvariantCulture, $"{bytes} 字节");
    }

    /// <summary>A date or nothing (an empty cell).</summary>
    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "";

    /// <summary>"2026年1月5日 17:03": a moment in Beijing time, whatever zone it was stored in.</summary>
    public static string Time(DateTimeOffset at)
    {
        var local = at.ToOffset(BeijingOffset);
        return string.Create(CultureInfo.InvariantCulture, $"{Date(DateOnly.FromDateTime(local.DateTime))} {local:HH:mm}");
    }

    /// <summary>The calendar day of a moment in Beijing.</summary>
    public static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(BeijingOffset).DateTime);

    /// <summary>
    /// A count or an amount as it is written in a report: integers without a decimal point ("26", never "26.0", which
    /// a decimal read back from a database keeps as its scale), 万元 amounts with the decimals they have
    /// ("3522.436287", "12.5"); nothing for an empty cell.
    /// </summary>
    public static string Number(decimal? value) =>
        value is { } v ? v.ToString("0.############", CultureInfo.InvariantCulture) : "";

    /// <summary>As <see cref="Number(decimal?)"/>, with a dash for an empty cell where a table must show something.</summary>
    public static string NumberOrDash(decimal? value) => value is null ? "—" : Number(value);

    /// <summary>
    /// Reads a date a person typed: 2026-01-12, 2026/1/12, 2026.1.12 or 2026年1月12日 (year first, the Chinese order).
    /// "12/01/2026" and "01/12/2026" are refused, not guessed: day-month and month-day orders both occur, and a wrong
    /// guess would move a statutory deadline by months.
    /// </summary>
    public static bool TryParseDate(string? text, out DateOnly date, out string? error)
    {
        date = default;
        error = null;
        var t = text?.Trim() ?? "";
        if (t.Length == 0) { error = "日期为空"; return false; }
        var m = YearFirst().Match(t);
        if (m.Success)
        {
            int y = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), mo = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture),
                d = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
            if (y is >= 1900 and <= 2100 && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo))
            {
                date = new DateOnly(y, mo, d);
                return true;
            }
            error = $"“{t}”不是存在的日期";
            return false;
        }
        error = DayMonthOrMonthDay().IsMatch(t)
            ? $"“{t}”可读作日/月/年，也可读作月/日/年，无法确定是哪一天，请按“年-月-日”填写，如 2026-01-12"
            : $"“{t}”不是日期，请按“年-月-日”填写，如 2026-01-12";
        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\d{4})\s*(?:-|/|\.|年)\s*(\d{1,2})\s*(?:-|/|\.|月)\s*(\d{1,2})\s*日?$")]
    private static partial System.Text.RegularExpressions.Regex YearFirst();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2,4}$")]
    private static partial System.Text.RegularExpressions.Regex DayMonthOrMonthDay();
}
