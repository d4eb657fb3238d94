namespace Gongkai.Core.Desk;

/// <summary>
/// 文号 of the desk's notices: the agency's 机关代字, the year in 〔〕 and a running number of the agency's notices
/// in that year — “示政办公开〔2026〕12号”. Each notice has its own number; an agency without a code gets “〔2026〕12号”.
/// </summary>
public static class NoticeNumbers
{
    public const int MaxCodeLength = 20;

    public static string Format(string? code, int year, int seq)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(seq, 1);
        return $"{(code ?? "").Trim()}〔{year}〕{seq}号";
    }

    /// <summary>Why <paramref name="code"/> cannot be a 机关代字, or null: Chinese characters, letters or digits, no brackets.</summary>
    public static string? Problem(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        var c = code.Trim();
        if (c.Length > MaxCodeLength) return $"机关代字不能超过{MaxCodeLength}个字";
        if (!c.All(ch => char.IsLetterOrDigit(ch))) return "机关代字只能由汉字、字母或数字组成（年份和序号由系统加上，例如“示政办公开”）";
        return null;
    }
}

/// <summary>
/// The year-end banner: when due dates run past the last year of the calendar, the desk counts that year Monday to
/// Friday and marks those dates 暂定 until an administrator loads the State Council's notice for it.
/// </summary>
public static class YearEnd
{
    /// <summary>From this many days before the calendar ends, the calendar page warns that next year is missing.</summary>
    public const int WarnDays = 45;

    /// <summary>The banner for the desk and the calendar page, or null when no date is, or is about to be, provisional.</summary>
    public static string? Banner(Calendar.WorkingCalendar calendar, DateOnly today, int provisionalCases)
    {
        var missing = calendar.Last.Year + 1;
        if (provisionalCases > 0)
            return $"{missing}年的节假日安排尚未录入：{provisionalCases}件申请的答复期限跨入{missing}年，暂按周一至周五为工作日计算，标为“暂定”。" +
                   $"国务院办公厅公布{missing}年部分节假日安排的通知后，请管理员在“节假日日历”中录入，期限将按实际安排重新计算；各类告知书仍可照常出具。";
        if (today > calendar.Last.AddDays(-WarnDays))
            return $"工作日日历只录入到{calendar.Last.Year}年：此后收到的申请，答复期限跨入{missing}年的部分将暂按周一至周五为工作日计算，标为“暂定”。" +
                   $"国务院办公厅公布{missing}年部分节假日安排的通知后，请管理员及时录入。";
        return null;
    }
}
