using System.Collections.Immutable;
using System.Globalization;

namespace Gongkai.Core.Calendar;

/// <summary>Days from <see cref="From"/> to <see cref="To"/>, both included.</summary>
public readonly record struct DateRange(DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly date) => From <= date && date <= To;

    public override string ToString() =>
        $"{From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}..{To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}

/// <summary>
/// Days not counted in the answer period, and the recorded fact that stops the clock for them: a consultation
/// (Art. 32, 34; Art. 33 ¶3) or the time from a fee notice to payment (国办函〔2020〕109号). A pause has no other source.
/// </summary>
public sealed record Pause(DateRange Range, string Reason);

/// <summary>
/// What the answer period depends on: the day the application was received (Art. 31), the day a corrected
/// application was received when 补正 was asked for (Art. 30), whether the one extension was approved (Art. 33),
/// and the time spent consulting a third party or another agency (Art. 32, 34), which is not counted (Art. 33).
/// <see cref="Pauses"/> names the reason of each range; <see cref="Paused"/> ranges are consultations.
/// </summary>
public sealed record DeadlineRequest(DateOnly Received, DateOnly? CorrectedReceived = null, bool Extended = false, IReadOnlyList<DateRange>? Paused = null)
{
    public IReadOnlyList<Pause>? Pauses { get; init; }

    internal IReadOnlyList<Pause> AllPauses() =>
        [.. (Paused ?? []).Select(r => new Pause(r, StatutoryClock.ConsultationPause)), .. Pauses ?? []];
}

/// <summary>
/// The last day to answer. <see cref="CountFrom"/> is the day the period runs from (not itself counted);
/// <see cref="WorkingDays"/> is 20, or 40 with the extension; <see cref="Explanation"/> is one Chinese line per step.
/// <see cref="Provisional"/>: the count ran past the last year of the calendar, whose days were taken as Monday to
/// Friday until the State Council's notice for that year is loaded (暂定).
/// </summary>
public sealed record Deadline(DateOnly Received, DateOnly CountFrom, DateOnly Due, bool Extended, int WorkingDays, ImmutableArray<string> Explanation)
{
    public bool Provisional { get; init; }
}

/// <summary>
/// The statutory clock of 《政府信息公开条例》 (2019): working days on a <see cref="WorkingCalendar"/>, the day counted
/// from never itself counted. With <paramref name="provisionalBeyondLast"/>, days after the calendar's last year
/// count as working days when they fall Monday to Friday and the result is marked provisional (the desk must still
/// answer in December before next year's holidays are published); without it such a day is an error.
/// </summary>
public sealed class StatutoryClock(WorkingCalendar calendar, bool provisionalBeyondLast = false)
{
    internal const string ConsultationPause = "征求第三方或者其他机关意见的时间不计算在期限内（第三十三条第三款）";

    /// <summary>Art. 32, 34: a consulted third party or agency answers within 15 working days of receiving the letter.</summary>
    public const int ConsultationDays = 15;

    /// <summary>Art. 33 ¶2: answer within 20 working days of receipt.</summary>
    public const int AnswerDays = 20;

    /// <summary>Art. 33 ¶2: one extension of at most 20 working days.</summary>
    public const int ExtensionDays = 20;

    /// <summary>Art. 30: ask for corrections once, within 7 working days of receipt.</summary>
    public const int CorrectionNoticeDays = 7;

    public WorkingCalendar Calendar { get; } = calendar;

    /// <summary>The last day to send the one request for corrections (补正告知): 7 working days from receipt (Art. 30).</summary>
    public DateOnly CorrectionNoticeDue(DateOnly received) => Calendar.AddWorkingDays(received, CorrectionNoticeDays);

    /// <summary>
    /// The answer deadline (Art. 30, 33): 20 working days from receipt, or from receipt of the corrected application;
    /// 20 more when extended; working days inside a paused range not counted. Throws <see cref="CalendarException"/>
    /// for inconsistent dates or a date the calendar does not cover.
    /// </summary>
    public Deadline Compute(DeadlineRequest request)
    {
        var paused = request.AllPauses();
        Validate(request, paused);
        var countFrom = request.CorrectedReceived ?? request.Received;
        var total = request.Extended ? AnswerDays + ExtensionDays : AnswerDays;

        // Walk day by day: a day is counted when it is a working day outside every paused range.
        var skipped = new int[paused.Count];
        var day = countFrom;
        var firstPeriodEnd = countFrom;
        var provisional = false;
        for (var counted = 0; counted < total;)
        {
            day = day.AddDays(1);
            if (!IsWorkingDay(day, ref provisional, () => $"自{Chinese(countFrom)}次日起数{total}个工作日")) continue;
            var pausedBy = Enumerable.Range(0, paused.Count).Where(i => paused[i].Range.Contains(day)).ToList();
            if (pausedBy.Count > 0)
            {
                foreach (var i in pausedBy) skipped[i]++;
                continue;
            }
            counted++;
            if (counted == AnswerDays) firstPeriodEnd = day;
        }
        var due = day;

        var lines = ImmutableArray.CreateBuilder<string>();
        lines.Add($"收到申请：{Day(request.Received)}");
        if (request.CorrectedReceived is { } corrected)
            lines.Add($"收到补正后的申请：{Day(corrected)}，答复期限自此日起计算（第三十条）");
        var first = $"自次日起计算{AnswerDays}个工作日{Parenthesised(Notes(countFrom, firstPeriodEnd, paused))}";
        lines.Add(request.Extended ? $"{first}，至{Day(firstPeriodEnd)}" : first);
        if (request.Extended)
        {
            var notes = Notes(firstPeriodEnd, due, paused);
            lines.Add($"延长{ExtensionDays}个工作日（第三十三条第二款{(notes.Length > 0 ? "；" + notes : "")}）");
        }
        for (var i = 0; i < paused.Count; i++)
        {
            var range = $"{Chinese(paused[i].Range.From)}至{Short(paused[i].Range.To, paused[i].Range.From)}";
            lines.Add(skipped[i] > 0
                ? $"{paused[i].Reason}：{range}，其间{skipped[i]}个工作日不计"
                : $"{paused[i].Reason}：{range}，其间没有落在期限内的工作日，不影响期限");
        }
        if (provisional)
            lines.Add(ProvisionalLine(Calendar));
        lines.Add($"答复期限：{Day(due)}{(provisional ? "（暂定）" : "")}");
        return new Deadline(request.Received, countFrom, due, request.Extended, total, lines.ToImmutable()) { Provisional = provisional };
    }

    /// <summary>
    /// “2027年的节假日安排尚未录入：2027年1月1日起暂按周一至周五为工作日计算，期限为暂定”: the line every provisional
    /// count carries, naming the first year the calendar lacks.
    /// </summary>
    public static string ProvisionalLine(WorkingCalendar calendar) =>
        $"{calendar.Last.Year + 1}年的节假日安排尚未录入：{Chinese(calendar.Last.AddDays(1))}起暂按周一至周五为工作日计算，期限为暂定，" +
        "国务院办公厅公布该年度节假日安排并录入后按实际安排重新计算";

    /// <summary>
    /// The <paramref name="n"/>th working day after <paramref name="from"/>, counting days past the calendar as Monday
    /// to Friday when this clock allows provisional counting; <paramref name="provisional"/> says whether it did.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly from, int n, out bool provisional)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        provisional = false;
        if (from < Calendar.First) Calendar.EnsureCovers(from);
        var day = from;
        for (var counted = 0; counted < n;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day, ref provisional, null)) counted++;
        }
        return day;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/> (0 when <paramref name="to"/> is not later).</summary>
    public int WorkingDaysAfter(DateOnly from, DateOnly to)
    {
        var provisional = false;
        var n = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
            if (IsWorkingDay(d, ref provisional, null)) n++;
        return n;
    }

    /// <summary>Whether <paramref name="day"/> is a working day: from the calendar, or past it Monday to Friday when allowed.</summary>
    private bool IsWorkingDay(DateOnly day, ref bool provisional, Func<string>? context)
    {
        if (Calendar.Covers(day)) return Calendar.IsWorkingDay(day);
        if (provisionalBeyondLast && day > Calendar.Last)
        {
            provisional = true;
            return day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
        }
        throw new OutsideCalendarException(day, Calendar.First, Calendar.Last, context?.Invoke());
    }

    private void Validate(DeadlineRequest request, IReadOnlyList<Pause> paused)
    {
        EnsureCovers(request.Received);
        if (request.CorrectedReceived is { } corrected)
        {
            EnsureCovers(corrected);
            if (corrected < request.Received)
                throw new CalendarException($"收到补正后申请的日期（{Chinese(corrected)}）早于收到申请的日期（{Chinese(request.Received)}）");
        }
        foreach (var (range, reason) in paused)
        {
            var what = reason == ConsultationPause ? "征求意见的期间" : "期限暂停的期间";
            if (range.From > range.To)
                throw new CalendarException($"{what} {range}：开始日期{Chinese(range.From)}晚于结束日期{Chinese(range.To)}");
            if (range.From < request.Received)
                throw new CalendarException($"{what} {range}：开始日期{Chinese(range.From)}早于收到申请的日期{Chinese(request.Received)}");
            EnsureCovers(range.From);
            EnsureCovers(range.To);
        }
    }

    /// <summary>Dates before the calendar are always errors; after it only when provisional counting is off.</summary>
    private void EnsureCovers(DateOnly date)
    {
        if (provisionalBeyondLast && date > Calendar.Last) return;
        Calendar.EnsureCovers(date);
    }

    /// <summary>
    /// What the days after <paramref name="after"/> up to <paramref name="last"/> include besides plain weekdays: the
    /// holidays that take weekdays out (“国庆节、中秋节放假10月1日至8日不计”) and the make-up working days counted
    /// (“10月10日调休上班计入”), the year written only when it is not that of the first day. Empty when there are none.
    /// </summary>
    private string Notes(DateOnly after, DateOnly last, IReadOnlyList<Pause> paused)
    {
        var year = after.AddDays(1).Year;
        var parts = new List<string>();
        var makeUps = new List<DateOnly>();
        Holiday? current = null;
        DateOnly currentFrom = default, currentTo = default;
        var currentTakesWeekday = false;
        void Flush()
        {
            if (current is not null && currentTakesWeekday)
                parts.Add($"{current.Name}放假{Span(currentFrom, currentTo, year)}不计");
            current = null;
            currentTakesWeekday = false;
        }
        foreach (var d in WorkingCalendar.Days(after.AddDays(1), last))
        {
            if (!Calendar.Covers(d)) break; // provisional days have no holidays to name
            var holiday = Calendar.HolidayOn(d);
            if (!ReferenceEquals(holiday, current)) Flush();
            if (holiday is not null)
            {
                if (current is null) currentFrom = d;
                current = holiday;
                currentTo = d;
                currentTakesWeekday |= d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
            }
            if (Calendar.MakeUpDayFor(d) is not null && !paused.Any(p => p.Range.Contains(d))) makeUps.Add(d);
        }
        Flush();
        if (makeUps.Count > 0) parts.Add($"{string.Join("、", makeUps.Select(d => Short(d, year)))}调休上班计入");
        return string.Join("，", parts);
    }

    private static string Parenthesised(string notes) => notes.Length > 0 ? $"（{notes}）" : "";

    /// <summary>“10月1日至8日”, “1月24日至2月2日”; the year is written only when it is not <paramref name="year"/>.</summary>
    private static string Span(DateOnly from, DateOnly to, int year)
    {
        var start = Short(from, year);
        if (from == to) return start;
        if (from.Year != to.Year) return $"{start}至{Chinese(to)}";
        return from.Month == to.Month ? $"{start}至{to.Day}日" : $"{start}至{to.Month}月{to.Day}日";
    }

    /// <summary>“10月10日”, or “2021年1月4日” when the year is not <paramref name="year"/>.</summary>
    private static string Short(DateOnly date, int year) => date.Year == year ? $"{date.Month}月{date.Day}日" : Chinese(date);

    private static string Short(DateOnly date, DateOnly context) => Short(date, context.Year);

    private static string Chinese(DateOnly date) => WorkingCalendar.Chinese(date);

    /// <summary>“2020年9月28日（星期一）”.</summary>
    private static string Day(DateOnly date) => $"{Chinese(date)}（{WorkingCalendar.Weekday(date)}）";
}
