using Gongkai.Core.Calendar;

namespace Gongkai.Core.Desk;

/// <summary>
/// When a year's annual report may be sent and published (《中华人民共和国政府信息公开条例》第四十九条): it reports on
/// the previous year, so only after that year has ended — departments by 31 January, the government's 政务公开办 its
/// own by 31 March — and its 发布日期 is a day that has come, not a future one.
/// </summary>
public static class ReportTiming
{
    /// <summary>Why the <paramref name="year"/> report cannot be 报送 on <paramref name="today"/>, or null.</summary>
    public static string? SubmitProblem(int year, DateOnly today) => today <= new DateOnly(year, 12, 31)
        ? $"{year}年度尚未结束：年度报告报告的是上一年度的工作（条例第四十九条），{year}年度报告须在{year + 1}年1月1日以后报送"
        : null;

    /// <summary>Why <paramref name="published"/> cannot be the 发布日期 of the <paramref name="year"/> report on <paramref name="today"/>, or null.</summary>
    public static string? PublishedProblem(int year, DateOnly published, DateOnly today)
    {
        if (published <= new DateOnly(year, 12, 31))
            return $"发布日期{WorkingCalendar.Chinese(published)}不在{year}年度结束之后：{year}年度报告最早于{year + 1}年1月1日发布（条例第四十九条）";
        if (published > today)
            return $"发布日期{WorkingCalendar.Chinese(published)}晚于今天：请在报告实际发布后填写发布日期";
        return null;
    }
}
