using System.Collections.Immutable;
using Gongkai.Core.Calendar;
using Gongkai.Core.Labels;

namespace Gongkai.Core.Desk;

/// <summary>
/// A case's clock on one day: its state, due date, working days left, whether it is overdue, and every step of how
/// the due date was computed (one Chinese line each). <see cref="Pauses"/> are the only days not counted, each with
/// the recorded fact that stops the clock. <see cref="Provisional"/>: the count ran past the calendar's last year
/// (暂定). <see cref="Overdue"/> once true stays true until the case is closed (<see cref="CaseFile.OverdueSince"/>).
/// </summary>
public sealed record ClockReading(
    CaseState State, DateOnly? Due, int? WorkingDaysLeft, bool Overdue, bool Provisional,
    ImmutableArray<string> Explanation, ImmutableArray<Pause> Pauses, DateOnly? CorrectionNoticeDue)
{
    /// <summary>The answer period runs (办理中 or 征求意见中): what the due-soon list is about.</summary>
    public bool Running => State is CaseState.Open or CaseState.Consulting;

    public bool DueSoon => !Overdue && Running && WorkingDaysLeft is >= 0 and <= CaseClock.DueSoonDays;

    /// <summary>A 补正 deadline passed without the corrected application (the desk's 补正逾期 list).</summary>
    public bool CorrectionExpired { get; init; }

    /// <summary>A consultation still open past its reply date (or the date allowed with a reason): the clock runs again.</summary>
    public bool ConsultationOverdue { get; init; }

    /// <summary>A fee notice unpaid past its payment date: to be closed as 逾期未缴费.</summary>
    public bool FeeExpired { get; init; }

    /// <summary>“已超期”, “待补正（已超期）”, “办理中”…</summary>
    public string StateLabel => Overdue
        ? State == CaseState.Open ? "已超期" : $"{State.Label()}（已超期）"
        : State.Label();

    /// <summary>The due date as written on screens and in the digest: “2027年1月12日（暂定）”.</summary>
    public string? DueText => Due is { } d ? WorkingCalendar.Chinese(d) + (Provisional ? "（暂定）" : "") : null;
}

/// <summary>
/// Reads a <see cref="CaseFile"/> on a day: the state of the lifecycle and the statutory clock (Art. 30–34) with the
/// fee pause of 国办函〔2020〕109号. Days past the last calendar year count Monday to Friday, marked provisional.
/// </summary>
public static class CaseClock
{
    /// <summary>Cases due within this many working days are listed as due soon.</summary>
    public const int DueSoonDays = 5;

    public static CaseState StateOf(CaseFile f)
    {
        if (f.Closing is not null) return CaseState.Closed;
        if (f.ReceivedOn is null) return f.Channel == Channel.Online ? CaseState.AwaitingOnlineConfirmation : CaseState.NotReceived;
        if (f.Correction is { ReceivedOn: null }) return CaseState.AwaitingCorrection;
        if (f.Fee is { PaidOn: null }) return CaseState.AwaitingFee;
        if (f.OpenConsultation is not null) return CaseState.Consulting;
        return CaseState.Open;
    }

    public static ClockReading Read(CaseFile f, WorkingCalendar calendar, DateOnly today)
    {
        var state = StateOf(f);
        var clock = new StatutoryClock(calendar, provisionalBeyondLast: true);
        var closed = f.Closing;
        var sticky = closed is null && f.OverdueSince is not null;
        if (f.ReceivedOn is not { } received)
        {
            var line = state == CaseState.AwaitingOnlineConfirmation
                ? "网上提交，尚待与申请人确认：双方确认之日为收到申请之日，答复期限自该日起算（第三十一条第（三）项）"
                : DeskVocabulary.ReceivedOn(f.Channel, f.Submitted, null).Explanation + "，答复期限尚未起算";
            return new(state, null, null, false, false, [line], [], null);
        }

        var lines = ImmutableArray.CreateBuilder<string>();
        foreach (var r in f.Reopenings)
            lines.Add($"{WorkingCalendar.Chinese(r.Previous.On)}曾办结，{WorkingCalendar.Chinese(r.On)}经{r.By}同意重新办理（{r.Reason.Label()}）：{r.Note}");
        DateOnly? noticeDue = null;
        try
        {
            if (f.Correction is null && closed is null)
                noticeDue = clock.AddWorkingDays(received, StatutoryClock.CorrectionNoticeDays, out _);

            // A review or court decision fixes the new answer date itself.
            if (f.Reopenings.LastOrDefault() is { AnswerBy: { } answerBy } ordered && ordered.Reason != ReopenReason.MistakenClose)
            {
                lines.Add($"应于{WorkingCalendar.Chinese(answerBy)}前重新答复（{ordered.Reason.Label()}）");
                return Finish(f, state, answerBy, false, lines, [], noticeDue, clock, today);
            }

            if (state == CaseState.AwaitingCorrection)
            {
                var c = f.Correction!;
                lines.Add($"收到申请：{WorkingCalendar.Chinese(received)}");
                lines.Add($"{WorkingCalendar.Chinese(c.AskedOn)}一次性告知补正，答复期限自收到补正后的申请之日起计算（第三十条）" +
                          (c.LateReason is { } why ? $"；超过7个工作日告知，经{c.LateApprovedBy}同意，理由：{why}" : ""));
                lines.Add($"申请人应于{WorkingCalendar.Chinese(c.DueBy)}前补正；无正当理由逾期不补正的，视为放弃申请");
                var expired = today > c.DueBy;
                if (expired) lines.Add($"补正期限已于{WorkingCalendar.Chinese(c.DueBy)}届满，尚未收到补正：可以按“申请人无正当理由逾期不补正”办结");
                if (sticky) lines.Add($"本申请自{WorkingCalendar.Chinese(f.OverdueSince!.Value)}起已超过答复期限，此后登记的事项不改变其超期状态");
                return new(state, null, null, sticky, false, lines.ToImmutable(), [], null) { CorrectionExpired = expired };
            }

            var pauses = Pauses(f, today);
            var deadline = clock.Compute(new DeadlineRequest(received, f.Correction?.ReceivedOn, f.Extension is not null) { Pauses = pauses });
            lines.AddRange(deadline.Explanation);
            if (f.OpenConsultation is { } open)
                lines.Add(today <= open.PauseLimit
                    ? $"正在征求{open.Party}的意见：期限按截至今日暂停计算，最迟暂停至{WorkingCalendar.Chinese(open.PauseLimit)}"
                    : $"征求{open.Party}意见的答复期限已于{WorkingCalendar.Chinese(open.PauseLimit)}届满，期限自次日起恢复计算");
            if (f.Fee is { PaidOn: null } fee && closed is null)
                lines.Add($"{WorkingCalendar.Chinese(fee.NoticeOn)}发出收费通知，缴费期限至{WorkingCalendar.Chinese(fee.PayBy)}：缴费前期限暂停计算");
            return Finish(f, state, deadline.Due, deadline.Provisional, lines, [.. pauses], noticeDue, clock, today);
        }
        catch (CalendarException e)
        {
            lines.Add($"无法计算答复期限：{e.Message}");
            return new(state, null, null, sticky, false, lines.ToImmutable(), [], noticeDue);
        }
    }

    private static ClockReading Finish(CaseFile f, CaseState state, DateOnly due, bool provisional, ImmutableArray<string>.Builder lines,
        ImmutableArray<Pause> pauses, DateOnly? noticeDue, StatutoryClock clock, DateOnly today)
    {
        if (f.Closing is { } closed)
        {
            lines.Add($"{WorkingCalendar.Chinese(closed.On)}办结{(closed.On > due ? "，超过答复期限" : "，在答复期限内")}");
            return new(state, due, null, false, provisional, lines.ToImmutable(), pauses, null);
        }
        var left = WorkingDaysBetween(clock, today, due);
        var running = state is CaseState.Open or CaseState.Consulting;
        var overdue = f.OverdueSince is not null || (running && left < 0);
        if (f.OverdueSince is { } since && !(running && left < 0))
            lines.Add($"本申请自{WorkingCalendar.Chinese(since)}起已超过答复期限，此后登记的事项不改变其超期状态");
        return new(state, due, left, overdue, provisional, lines.ToImmutable(), pauses, noticeDue)
        {
            ConsultationOverdue = f.OpenConsultation is { } c && today > c.PauseLimit,
            FeeExpired = f.Fee is { PaidOn: null } fee && today > fee.PayBy,
        };
    }

    /// <summary>
    /// The days the clock stops, each from a recorded fact: a consultation from its letter to its reply, never past the
    /// reply date unless an office head allowed longer with a reason; a fee notice to its payment.
    /// </summary>
    public static List<Pause> Pauses(CaseFile f, DateOnly today)
    {
        var list = new List<Pause>();
        var stop = f.Closing?.On ?? today;
        foreach (var c in f.Consultations)
        {
            var end = c.EndedOn ?? stop;
            if (end > c.PauseLimit) end = c.PauseLimit;
            if (end < c.SentOn) continue;
            var article = c.Kind == ConsultedParty.ThirdParty ? "第三十二条" : "第三十四条";
            var reason = $"征求{c.Party}意见（{article}）的时间不计算在期限内（第三十三条第三款）";
            if (c.ProlongReason is { } why && c.ProlongedTo is { } to)
                reason += $"，经负责人同意暂停至{WorkingCalendar.Chinese(to)}，理由：{why}";
            list.Add(new Pause(new DateRange(c.SentOn, end), reason));
        }
        if (f.Fee is { } fee)
        {
            var end = fee.PaidOn ?? stop;
            if (end >= fee.NoticeOn)
                list.Add(new Pause(new DateRange(fee.NoticeOn, end), $"发出收费通知至缴纳信息处理费的时间不计算在期限内（{FeeMeasures.Title}）"));
        }
        return list;
    }

    /// <summary>Working days after <paramref name="today"/> up to <paramref name="due"/>; negative when past due.</summary>
    public static int WorkingDaysBetween(WorkingCalendar calendar, DateOnly today, DateOnly due) =>
        WorkingDaysBetween(new StatutoryClock(calendar, provisionalBeyondLast: true), today, due);

    private static int WorkingDaysBetween(StatutoryClock clock, DateOnly today, DateOnly due)
    {
        if (today == due) return 0;
        if (today < due) return clock.WorkingDaysAfter(today, due);
        // Past the due day is overdue even when only a weekend has passed since.
        return -Math.Max(1, clock.WorkingDaysAfter(due, today));
    }
}
