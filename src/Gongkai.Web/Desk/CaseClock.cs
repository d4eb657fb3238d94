using Gongkai.Core.Desk;
using System.Collections.Immutable;
using Gongkai.Core.Calendar;
using Gongkai.Core.Labels;
using Gongkai.Web.Data;

namespace Gongkai.Web.Desk;

/// <summary>A case's clock today: its state, due date and how the due date was computed, one Chinese line per step.</summary>
public sealed record ClockReading(CaseState State, DateOnly? Due, int? WorkingDaysLeft, ImmutableArray<string> Explanation, DateOnly? CorrectionNoticeDue)
{
    public bool Overdue => State is CaseState.Open or CaseState.Consulting && WorkingDaysLeft < 0;
    public bool DueSoon => State is CaseState.Open or CaseState.Consulting && WorkingDaysLeft is >= 0 and <= CaseClock.DueSoonDays;

    public string StateLabel => State == CaseState.Open && Overdue ? "已超期" : State.Label();
}

public static class CaseClock
{
    /// <summary>Cases due within this many working days are listed as due soon.</summary>
    public const int DueSoonDays = 5;

    public static ClockReading Read(Case c, WorkingCalendar calendar, DateOnly today)
    {
        var clock = new StatutoryClock(calendar);
        if (c.ReceivedOn is not { } received)
            return new(CaseState.NotReceived, null, null, ["尚未签收或确认，答复期限尚未起算（第三十一条）"], null);
        DateOnly? noticeDue = null;
        try
        {
            noticeDue = c.CorrectionRequestedOn is null && c.ClosedOn is null ? clock.CorrectionNoticeDue(received) : null;
            if (c.CorrectionRequestedOn is not null && c.CorrectionReceivedOn is null && c.ClosedOn is null)
            {
                var lines = ImmutableArray.Create(
                    $"收到申请：{WorkingCalendar.Chinese(received)}",
                    $"{WorkingCalendar.Chinese(c.CorrectionRequestedOn.Value)}告知补正，答复期限自收到补正后的申请之日起重新计算（第三十条）",
                    c.CorrectionDueBy is { } by ? $"申请人应于{WorkingCalendar.Chinese(by)}前补正；无正当理由逾期不补正的，视为放弃申请" : "补正期限未填写");
                return new(CaseState.AwaitingCorrection, null, null, lines, null);
            }
            var paused = c.Consultations
                .Select(x => new DateRange(x.From, x.To ?? (today > x.From ? today : x.From)))
                .ToList();
            var deadline = clock.Compute(new DeadlineRequest(received, c.CorrectionReceivedOn, c.ExtendedOn is not null, paused));
            var explanation = deadline.Explanation;
            var consulting = c.ClosedOn is null && c.Consultations.Any(x => x.To is null);
            if (consulting)
                explanation = explanation.Add("征求意见尚未结束：期限按截至今日暂停计算，意见返回后顺延");
            if (c.ClosedOn is { } closed)
            {
                var late = closed > deadline.Due;
                explanation = explanation.Add($"{WorkingCalendar.Chinese(closed)}办结{(late ? "，超过答复期限" : "，在答复期限内")}");
                return new(CaseState.Closed, deadline.Due, null, explanation, null);
            }
            var left = WorkingDaysBetween(calendar, today, deadline.Due);
            return new(consulting ? CaseState.Consulting : CaseState.Open, deadline.Due, left, explanation, noticeDue);
        }
        catch (CalendarException e)
        {
            return new(c.ClosedOn is null ? CaseState.Open : CaseState.Closed, null, null, [$"无法计算答复期限：{e.Message}"], noticeDue);
        }
    }

    /// <summary>Working days after <paramref name="today"/> up to <paramref name="due"/>; negative when past due.</summary>
    public static int WorkingDaysBetween(WorkingCalendar calendar, DateOnly today, DateOnly due)
    {
        if (today == due) return 0;
        var (from, to, sign) = today < due ? (today, due, 1) : (due, today, -1);
        var n = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
            if (!calendar.Covers(d) || calendar.IsWorkingDay(d)) n++;
        // Past the due day is overdue even when only a weekend has passed since.
        return sign > 0 ? n : -Math.Max(1, n);
    }
}
