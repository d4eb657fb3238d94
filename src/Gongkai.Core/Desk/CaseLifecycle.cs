using System.Collections.Immutable;
using Gongkai.Core.Calendar;
using Gongkai.Core.Labels;

namespace Gongkai.Core.Desk;

/// <summary>The kinds of step the desk takes on a case.</summary>
public enum StepKind
{
    ConfirmReceipt,
    RequestCorrection,
    ReceiveCorrection,
    Extend,
    StartConsultation,
    RecordConsultationReply,
    ProlongConsultation,
    NotifyThirdParty,
    IssueFeeNotice,
    RecordPayment,
    RequestReasons,
    Close,
    Reopen,
    RecordService,
}

/// <summary>A step taken on a case, dated <see cref="On"/> (the day it happened, never later than today).</summary>
public abstract record DeskStep(DateOnly On)
{
    public abstract StepKind Kind { get; }
}

/// <summary>登记签收或确认之日 (Art. 31): the day the application counts as received.</summary>
public sealed record ConfirmReceipt(DateOnly On) : DeskStep(On) { public override StepKind Kind => StepKind.ConfirmReceipt; }

/// <summary>告知补正 (Art. 30). <see cref="LateReason"/>: why it is asked after the 7 working days (an office head only).</summary>
public sealed record RequestCorrection(DateOnly On, string Items, DateOnly DueBy, string? LateReason = null) : DeskStep(On)
{ public override StepKind Kind => StepKind.RequestCorrection; }

/// <summary>收到补正后的申请: the period runs again from this day (Art. 30).</summary>
public sealed record ReceiveCorrection(DateOnly On) : DeskStep(On) { public override StepKind Kind => StepKind.ReceiveCorrection; }

/// <summary>延长答复期限 (Art. 33 ¶2): once, 20 working days, approved by an office head.</summary>
public sealed record Extend(DateOnly On, string Reason) : DeskStep(On) { public override StepKind Kind => StepKind.Extend; }

/// <summary>发出征求意见书 (Art. 32, 34).</summary>
public sealed record StartConsultation(DateOnly On, ConsultedParty Party, string Name) : DeskStep(On)
{ public override StepKind Kind => StepKind.StartConsultation; }

/// <summary>登记被征求意见方的意见, or that it gave none by the reply date.</summary>
public sealed record RecordConsultationReply(DateOnly On, ConsultationReply Reply) : DeskStep(On)
{ public override StepKind Kind => StepKind.RecordConsultationReply; }

/// <summary>An office head lets the pause last past the reply date, with a reason.</summary>
public sealed record ProlongConsultation(DateOnly On, DateOnly Until, string Reason) : DeskStep(On)
{ public override StepKind Kind => StepKind.ProlongConsultation; }

/// <summary>书面告知第三方 the decision to disclose over its objection: what is disclosed and why (Art. 32).</summary>
public sealed record NotifyThirdParty(DateOnly On, string Content, string Reasons) : DeskStep(On)
{ public override StepKind Kind => StepKind.NotifyThirdParty; }

/// <summary>
/// 发出收费通知 (Art. 42; 国办函〔2020〕109号): <see cref="Units"/> items or pages of this application; for 按件计收
/// <see cref="PriorUnits"/> is the applicant's items earlier in the same month (the desk counts them).
/// </summary>
public sealed record IssueFeeNotice(DateOnly On, FeeMethod Method, int Units, int PriorUnits, DateOnly PayBy, string PaymentMethod) : DeskStep(On)
{ public override StepKind Kind => StepKind.IssueFeeNotice; }

/// <summary>登记缴费.</summary>
public sealed record RecordPayment(DateOnly On, string? Receipt) : DeskStep(On) { public override StepKind Kind => StepKind.RecordPayment; }

/// <summary>要求申请人说明理由 (Art. 35), by <see cref="DueBy"/>.</summary>
public sealed record RequestReasons(DateOnly On, DateOnly DueBy) : DeskStep(On) { public override StepKind Kind => StepKind.RequestReasons; }

/// <summary>办结: the answer of <see cref="Closing"/>, dated the day of the decision notice.</summary>
public sealed record Close(Closing Closing, InformationForm? Form = null) : DeskStep(Closing.On) { public override StepKind Kind => StepKind.Close; }

/// <summary>重新办理 a closed case (an office head): a mistaken close, or a 复议/诉讼 decision of 纠正 with its new date.</summary>
public sealed record Reopen(DateOnly On, ReopenReason Reason, string Note, DateOnly? AnswerBy = null) : DeskStep(On)
{ public override StepKind Kind => StepKind.Reopen; }

/// <summary>登记送达 of the notice numbered <see cref="NoticeNumber"/>.</summary>
public sealed record RecordService(DateOnly On, string NoticeNumber, ServiceMethod Method, string? Proof) : DeskStep(On)
{ public override StepKind Kind => StepKind.RecordService; }

/// <summary>Who takes the step: an office head (审核人, 政府信息公开工作机构负责人) may approve what a clerk may not.</summary>
public sealed record DeskActor(string Name, bool IsHead);

/// <summary>
/// What a step is judged against: today, the calendar, who acts, and the numbering of the notices it issues
/// (<see cref="NextNoticeNumber"/>, the agency's running number for the notice's year; the caller owns the sequence).
/// </summary>
public sealed record DeskContext(DateOnly Today, WorkingCalendar Calendar, DeskActor Actor, Func<DateOnly, string> NextNoticeNumber);

/// <summary>
/// Why a step was refused, in Chinese, and the field of the request it is about. <see cref="Forbidden"/>: the step is
/// an office head's to take (审核人), not a matter of the facts.
/// </summary>
public sealed record Refusal(string Field, string Message, bool Forbidden = false)
{
    public override string ToString() => Message;
}

/// <summary>The file after the step, or the refusals; <see cref="Issued"/> are the notices the step issued.</summary>
public sealed record StepOutcome(CaseFile? File, ImmutableArray<Refusal> Refusals, ImmutableArray<IssuedNotice> Issued)
{
    public bool Ok => File is not null;

    /// <summary>All refusals as one message.</summary>
    public string Message => string.Join("；", Refusals.Select(r => r.Message));
}

/// <summary>
/// The case lifecycle as a state machine over 《中华人民共和国政府信息公开条例》: the states (<see cref="CaseState"/>),
/// the steps allowed from each (<see cref="Allowed"/>), and <see cref="Apply"/>, which checks a step against the
/// statute and the recorded facts and gives the next file or refusals in Chinese naming what is missing. It never
/// takes a case off the overdue list: a step taken while the case is overdue records <see cref="CaseFile.OverdueSince"/>.
/// </summary>
public static class CaseLifecycle
{
    private static readonly ImmutableArray<StepKind> Running =
    [
        StepKind.RequestCorrection, StepKind.Extend, StepKind.StartConsultation, StepKind.NotifyThirdParty, StepKind.IssueFeeNotice,
        StepKind.RequestReasons, StepKind.Close, StepKind.RecordService,
    ];

    /// <summary>The steps allowed in <paramref name="state"/>.</summary>
    public static ImmutableArray<StepKind> Allowed(CaseState state) => state switch
    {
        CaseState.AwaitingOnlineConfirmation or CaseState.NotReceived => [StepKind.ConfirmReceipt],
        CaseState.Open => Running,
        CaseState.AwaitingCorrection => [StepKind.ReceiveCorrection, StepKind.Close, StepKind.RecordService],
        CaseState.Consulting => [StepKind.RecordConsultationReply, StepKind.ProlongConsultation, StepKind.Extend, StepKind.RecordService],
        CaseState.AwaitingFee => [StepKind.RecordPayment, StepKind.Close, StepKind.RecordService],
        CaseState.Closed => [StepKind.Reopen, StepKind.RecordService],
        _ => [],
    };

    /// <summary>Why <paramref name="kind"/> cannot be taken in <paramref name="state"/>, naming what must come first.</summary>
    public static string NotAllowed(CaseFile f, CaseState state, StepKind kind) => state switch
    {
        CaseState.AwaitingOnlineConfirmation => $"网上申请尚待确认：请先与申请人确认并登记确认之日（第三十一条第（三）项），才能{kind.Label()}",
        CaseState.NotReceived => $"该申请尚未签收或确认收到（第三十一条）：请先登记收到日期，才能{kind.Label()}",
        CaseState.Closed => $"该申请已于{D(f.Closing!.On)}办结：须由审核人重新办理后才能{kind.Label()}",
        CaseState.AwaitingCorrection => kind == StepKind.Extend
            ? "待补正期间答复期限尚未起算，无需延长"
            : $"该申请正在等待补正（期限至{D(f.Correction!.DueBy)}）：请先登记收到补正，才能{kind.Label()}",
        CaseState.Consulting => kind == StepKind.Close
            ? $"征求{f.OpenConsultation!.Party}的意见尚未结束：请先登记其意见或逾期未提出意见，再办结"
            : $"征求{f.OpenConsultation!.Party}的意见尚未结束：请先登记其意见，才能{kind.Label()}",
        CaseState.AwaitingFee => $"该申请正在等待缴纳信息处理费（期限至{D(f.Fee!.PayBy)}）：请先登记缴费，才能{kind.Label()}",
        CaseState.Open => kind switch
        {
            StepKind.ConfirmReceipt => "该申请已确认收到",
            StepKind.ReceiveCorrection => "该申请没有待收到的补正",
            StepKind.RecordConsultationReply or StepKind.ProlongConsultation => "没有进行中的征求意见",
            StepKind.RecordPayment => "没有待缴纳的信息处理费",
            StepKind.Reopen => "该申请尚未办结，无需重新办理",
            _ => $"现在不能{kind.Label()}",
        },
        _ => $"现在不能{kind.Label()}",
    };

    public static StepOutcome Apply(CaseFile file, DeskStep step, DeskContext ctx)
    {
        var state = CaseClock.StateOf(file);
        if (!Allowed(state).Contains(step.Kind)) return Refuse(new Refusal("", NotAllowed(file, state, step.Kind)));
        // An office head's steps are refused to others before anything else is judged.
        if (step is Extend or ProlongConsultation or Reopen && !ctx.Actor.IsHead)
            return Refuse(new Refusal("", step switch
            {
                Extend => "延长答复期限须经政府信息公开工作机构负责人（审核人）同意（第三十三条第二款）",
                ProlongConsultation => "征求意见超过15个工作日仍暂停期限，须经审核人同意并写明理由",
                _ => "重新办理已办结的申请须经审核人（政府信息公开工作机构负责人）同意",
            }, Forbidden: true));
        var errors = new List<Refusal>();
        if (step.On > ctx.Today) errors.Add(new("date", $"日期{D(step.On)}晚于今天"));
        if (file.ReceivedOn is { } received && step.Kind != StepKind.ConfirmReceipt && step.On < received)
            errors.Add(new("date", $"日期{D(step.On)}早于收到申请之日{D(received)}"));
        if (step.On < ctx.Calendar.First)
            errors.Add(new("date", $"日期{D(step.On)}早于工作日历覆盖的范围（{ctx.Calendar.First.Year}年起）"));
        if (errors.Count > 0) return Refuse([.. errors]);

        var issued = ImmutableArray.CreateBuilder<IssuedNotice>();
        IssuedNotice Issue(NoticeKind kind, int? seq = null)
        {
            var n = new IssuedNotice(kind, ctx.NextNoticeNumber(step.On), step.On, seq);
            issued.Add(n);
            return n;
        }
        var clock = new StatutoryClock(ctx.Calendar, provisionalBeyondLast: true);
        var next = step switch
        {
            ConfirmReceipt s => Confirm(file, s, errors),
            RequestCorrection s => AskCorrection(file, s, ctx, clock, errors),
            ReceiveCorrection s => Corrected(file, s, errors),
            Extend s => Extended(file, s, ctx, errors),
            StartConsultation s => Consult(file, s, ctx, clock, errors),
            RecordConsultationReply s => Reply(file, s, errors),
            ProlongConsultation s => Prolong(file, s, ctx, errors),
            NotifyThirdParty s => Notify(file, s, errors),
            IssueFeeNotice s => Fee(file, s, ctx, clock, errors),
            RecordPayment s => Pay(file, s, errors),
            RequestReasons s => AskReasons(file, s, errors),
            Close s => CloseCase(file, s, ctx, errors),
            Reopen s => ReopenCase(file, s, ctx, errors),
            RecordService s => Serve(file, s, errors),
            _ => throw new ArgumentOutOfRangeException(nameof(step)),
        };
        if (errors.Count > 0 || next is null) return Refuse([.. errors]);

        var notice = step switch
        {
            RequestCorrection => NoticeKind.Correction,
            Extend => NoticeKind.Extension,
            StartConsultation => NoticeKind.Consultation,
            NotifyThirdParty => NoticeKind.ThirdPartyDecision,
            IssueFeeNotice => NoticeKind.Fee,
            RequestReasons => NoticeKind.ReasonsRequest,
            Close => NoticeKind.Decision,
            _ => (NoticeKind?)null,
        };
        if (notice is { } kind)
        {
            int? seq = step is StartConsultation ? next.Consultations[^1].Seq
                : step is NotifyThirdParty ? next.Consultations.Where((c, i) => c.NotifiedOn is not null && file.Consultations[i].NotifiedOn is null).First().Seq
                : null;
            next = next with { Notices = next.Notices.Add(Issue(kind, seq)) };
        }

        // No step takes a case off the overdue list: whatever it records, a case overdue before it stays overdue.
        if (!file.IsClosed && step is not Reopen)
        {
            var before = CaseClock.Read(file, ctx.Calendar, ctx.Today);
            if (before.Overdue && next.OverdueSince is null)
                next = next with { OverdueSince = before.Due is { } due && due < ctx.Today ? due.AddDays(1) : ctx.Today };
        }
        return new StepOutcome(next, [], issued.ToImmutable());
    }

    private static StepOutcome Refuse(params Refusal[] refusals) => new(null, [.. refusals], []);

    private static string D(DateOnly d) => WorkingCalendar.Chinese(d);

    private static bool Blank(string? s) => string.IsNullOrWhiteSpace(s);

    private static CaseFile? Confirm(CaseFile f, ConfirmReceipt s, List<Refusal> errors)
    {
        if (s.On < f.Submitted)
        {
            errors.Add(new("date", $"签收或确认日期{D(s.On)}早于提交日期{D(f.Submitted)}"));
            return null;
        }
        var receipt = DeskVocabulary.ReceivedOn(f.Channel, f.Submitted, s.On);
        return f with { Confirmed = s.On, ReceivedOn = receipt.ReceivedOn };
    }

    private static CaseFile? AskCorrection(CaseFile f, RequestCorrection s, DeskContext ctx, StatutoryClock clock, List<Refusal> errors)
    {
        if (f.Correction is { } earlier)
        {
            errors.Add(new("", $"补正只能一次性告知（第三十条），该申请已于{D(earlier.AskedOn)}告知过补正"));
            return null;
        }
        if (Blank(s.Items)) errors.Add(new("what", "请写明需要补正的事项（第三十条）"));
        if (s.DueBy <= s.On) errors.Add(new("dueBy", $"补正期限{D(s.DueBy)}应晚于告知日期{D(s.On)}"));
        var limit = clock.AddWorkingDays(f.ReceivedOn!.Value, StatutoryClock.CorrectionNoticeDays, out _);
        string? lateReason = null, approvedBy = null;
        if (s.On > limit)
        {
            if (Blank(s.LateReason))
                errors.Add(new("date", $"补正应自收到申请之日起7个工作日内（{D(limit)}前）一次性告知（第三十条）；已超过该期限，须由审核人写明理由后告知"));
            else if (!ctx.Actor.IsHead)
                errors.Add(new("lateReason", "超过7个工作日告知补正，须经政府信息公开工作机构负责人（审核人）同意并写明理由", Forbidden: true));
            else (lateReason, approvedBy) = (s.LateReason!.Trim(), ctx.Actor.Name);
        }
        else if (!Blank(s.LateReason))
            errors.Add(new("lateReason", $"在7个工作日内（{D(limit)}前）告知补正，无需填写逾期理由"));
        return errors.Count > 0 ? null : f with { Correction = new Correction(s.On, s.Items.Trim(), s.DueBy, lateReason, approvedBy) };
    }

    private static CaseFile? Corrected(CaseFile f, ReceiveCorrection s, List<Refusal> errors)
    {
        var c = f.Correction!;
        if (s.On < c.AskedOn)
        {
            errors.Add(new("date", $"收到补正的日期{D(s.On)}早于告知补正的日期{D(c.AskedOn)}"));
            return null;
        }
        return f with { Correction = c with { ReceivedOn = s.On } };
    }

    private static CaseFile? Extended(CaseFile f, Extend s, DeskContext ctx, List<Refusal> errors)
    {
        if (!ctx.Actor.IsHead) errors.Add(new("", "延长答复期限须经政府信息公开工作机构负责人（审核人）同意（第三十三条第二款）", Forbidden: true));
        if (f.Extension is { } e) errors.Add(new("", $"答复期限只能延长一次，已于{D(e.ApprovedOn)}延长"));
        if (Blank(s.Reason)) errors.Add(new("reason", "请写明延长答复期限的理由"));
        if (errors.Count > 0) return null;
        var reading = CaseClock.Read(f, ctx.Calendar, s.On);
        if (reading.Due is not { } due)
        {
            errors.Add(new("", "答复期限无法计算，不能延长"));
            return null;
        }
        if (s.On > due)
        {
            errors.Add(new("date", $"答复期限已于{D(due)}届满，不能再延长"));
            return null;
        }
        var extended = f with { Extension = new Extension(s.On, s.Reason.Trim(), ctx.Actor.Name) };
        var after = CaseClock.Read(extended, ctx.Calendar, s.On);
        return extended with { Extension = extended.Extension with { Due = after.Due, Provisional = after.Provisional } };
    }

    private static CaseFile? Consult(CaseFile f, StartConsultation s, DeskContext ctx, StatutoryClock clock, List<Refusal> errors)
    {
        if (Blank(s.Name)) errors.Add(new("party", "请写明征求意见的第三方或者行政机关"));
        var reading = CaseClock.Read(f, ctx.Calendar, s.On);
        if (reading.Due is { } due && s.On > due)
            errors.Add(new("date", $"答复期限已于{D(due)}届满：期限届满后征求意见不能暂停期限"));
        if (errors.Count > 0) return null;
        var replyDue = clock.AddWorkingDays(s.On, StatutoryClock.ConsultationDays, out _);
        var seq = f.Consultations.Length == 0 ? 1 : f.Consultations.Max(c => c.Seq) + 1;
        return f with { Consultations = f.Consultations.Add(new ConsultationFile(seq, s.Party, s.Name.Trim(), s.On, replyDue)) };
    }

    private static CaseFile? Reply(CaseFile f, RecordConsultationReply s, List<Refusal> errors)
    {
        var c = f.OpenConsultation!;
        if (s.On < c.SentOn) errors.Add(new("date", $"日期{D(s.On)}早于发出征求意见书的日期{D(c.SentOn)}"));
        if (s.Reply == ConsultationReply.NoReply && s.On <= c.ReplyDue)
            errors.Add(new("reply", $"征求意见的答复期限至{D(c.ReplyDue)}，届满前不能登记逾期未提出意见"));
        if (errors.Count > 0) return null;
        var ended = c with { EndedOn = s.On, Reply = s.Reply };
        return f with { Consultations = f.Consultations.Replace(c, ended) };
    }

    private static CaseFile? Prolong(CaseFile f, ProlongConsultation s, DeskContext ctx, List<Refusal> errors)
    {
        var c = f.OpenConsultation!;
        if (!ctx.Actor.IsHead) errors.Add(new("", "征求意见超过15个工作日仍暂停期限，须经审核人同意并写明理由", Forbidden: true));
        if (Blank(s.Reason)) errors.Add(new("reason", "请写明延长暂停的理由"));
        if (s.Until <= c.PauseLimit) errors.Add(new("until", $"延长后的日期应晚于{D(c.PauseLimit)}"));
        if (s.On > c.PauseLimit)
            errors.Add(new("date", $"征求意见的暂停期间已于{D(c.PauseLimit)}届满，期限已恢复计算，不能再延长暂停"));
        return errors.Count > 0 ? null : f with { Consultations = f.Consultations.Replace(c, c with { ProlongReason = s.Reason.Trim(), ProlongedTo = s.Until }) };
    }

    private static CaseFile? Notify(CaseFile f, NotifyThirdParty s, List<Refusal> errors)
    {
        var c = f.Consultations.LastOrDefault(x => x is { Kind: ConsultedParty.ThirdParty, EndedOn: not null, NotifiedOn: null }
            && x.Reply is ConsultationReply.Objected or ConsultationReply.NoReply);
        if (c is null)
        {
            errors.Add(new("", "没有不同意公开或逾期未提出意见的第三方需要告知（第三十二条）"));
            return null;
        }
        if (s.On < c.EndedOn) errors.Add(new("date", $"日期{D(s.On)}早于征求意见结束的日期{D(c.EndedOn!.Value)}"));
        if (Blank(s.Content)) errors.Add(new("content", "请写明决定公开的政府信息内容（第三十二条）"));
        if (Blank(s.Reasons)) errors.Add(new("reasons", "请写明决定公开的理由（第三十二条）"));
        return errors.Count > 0 ? null : f with
        {
            Consultations = f.Consultations.Replace(c, c with { NotifiedOn = s.On, DisclosedContent = s.Content.Trim(), DisclosureReasons = s.Reasons.Trim() }),
        };
    }

    private static CaseFile? Fee(CaseFile f, IssueFeeNotice s, DeskContext ctx, StatutoryClock clock, List<Refusal> errors)
    {
        if (f.Fee is { } earlier)
        {
            errors.Add(new("", $"该申请已于{D(earlier.NoticeOn)}发出收费通知；每件申请只适用一种收费标准，不得重复计收"));
            return null;
        }
        if (s.Units < 1) errors.Add(new("units", $"{(s.Method == FeeMethod.PerItem ? "件数" : "页数")}应为正整数"));
        if (s.PriorUnits < 0) errors.Add(new("priorUnits", "本月此前的件数不能为负"));
        if (Blank(s.PaymentMethod)) errors.Add(new("paymentMethod", "请写明缴纳方式"));
        var earliest = clock.AddWorkingDays(s.On, InformationFees.PaymentDays, out _);
        if (s.PayBy < earliest) errors.Add(new("payBy", $"缴费期限应自申请人收到收费通知次日起不少于{InformationFees.PaymentDays}个工作日，最早为{D(earliest)}"));
        var reading = CaseClock.Read(f, ctx.Calendar, s.On);
        if (reading.Due is { } due && s.On > due)
            errors.Add(new("date", $"收费通知应在答复期限内发出；答复期限已于{D(due)}届满"));
        if (errors.Count > 0) return null;
        var quote = InformationFees.Quote(s.Method, s.Units, s.PriorUnits);
        if (quote.Amount == 0)
        {
            errors.Add(new("units", s.Method == FeeMethod.PerItem
                ? $"申请人本月累计{s.PriorUnits + s.Units}件，未超过10件，不收取信息处理费（{FeeMeasures.Title}第四条）"
                : $"共{s.Units}页，未超过30页，不收取信息处理费（{FeeMeasures.Title}第五条）"));
            return null;
        }
        return f with { Fee = new FeeFile(s.Method, s.Units, quote.PriorUnits, quote.Amount, s.On, s.PayBy, s.PaymentMethod.Trim()) };
    }

    private static CaseFile? Pay(CaseFile f, RecordPayment s, List<Refusal> errors)
    {
        var fee = f.Fee!;
        if (s.On < fee.NoticeOn) errors.Add(new("date", $"缴费日期{D(s.On)}早于发出收费通知的日期{D(fee.NoticeOn)}"));
        if (s.On > fee.PayBy) errors.Add(new("date", $"缴费期限已于{D(fee.PayBy)}届满：逾期未缴纳的，按逾期未缴费办结"));
        return errors.Count > 0 ? null : f with { Fee = fee with { PaidOn = s.On, Receipt = Blank(s.Receipt) ? null : s.Receipt!.Trim() } };
    }

    private static CaseFile? AskReasons(CaseFile f, RequestReasons s, List<Refusal> errors)
    {
        if (f.ReasonsRequestedOn is { } asked) errors.Add(new("", $"已于{D(asked)}要求申请人说明理由"));
        if (s.DueBy <= s.On) errors.Add(new("dueBy", $"说明理由的期限{D(s.DueBy)}应晚于告知日期{D(s.On)}"));
        return errors.Count > 0 ? null : f with { ReasonsRequestedOn = s.On, ReasonsDueBy = s.DueBy };
    }

    private static CaseFile? CloseCase(CaseFile f, Close s, DeskContext ctx, List<Refusal> errors)
    {
        var c = s.Closing;
        if (Outcomes.Find(c.On.Year, c.OutcomeRow) is null)
        {
            errors.Add(new("outcome", $"“{c.OutcomeRow}”不是{c.On.Year}年适用格式第三部分的处理结果"));
            return null;
        }
        if (f.Correction is { ReceivedOn: { } corrected } && c.On < corrected)
            errors.Add(new("date", $"办结日期{D(c.On)}早于收到补正的日期{D(corrected)}"));
        if (f.Consultations.Where(x => x.EndedOn is not null).Select(x => x.EndedOn!.Value).DefaultIfEmpty(DateOnly.MinValue).Max() is var lastEnded && c.On < lastEnded)
            errors.Add(new("date", $"办结日期{D(c.On)}早于征求意见结束的日期{D(lastEnded)}"));
        var withForm = s.Form is { } form ? f with { Form = form } : f;
        var closing = Clean(c);
        errors.AddRange(OutcomeRules.Check(withForm, closing));
        return errors.Count > 0 ? null : withForm with { Closing = closing };
    }

    private static Closing Clean(Closing c) => c with
    {
        Reasons = Blank(c.Reasons) ? null : c.Reasons!.Trim(),
        WithheldPart = Blank(c.WithheldPart) ? null : c.WithheldPart!.Trim(),
        HolderAgency = Blank(c.HolderAgency) ? null : c.HolderAgency!.Trim(),
        HolderContact = Blank(c.HolderContact) ? null : c.HolderContact!.Trim(),
        PublishedWhere = Blank(c.PublishedWhere) ? null : c.PublishedWhere!.Trim(),
    };

    private static CaseFile? ReopenCase(CaseFile f, Reopen s, DeskContext ctx, List<Refusal> errors)
    {
        var closed = f.Closing!;
        if (!ctx.Actor.IsHead) errors.Add(new("", "重新办理已办结的申请须经审核人（政府信息公开工作机构负责人）同意", Forbidden: true));
        if (Blank(s.Note)) errors.Add(new("note", "请写明重新办理的理由（误办结的情形，或复议决定、判决的文号和要求）"));
        if (s.On < closed.On) errors.Add(new("date", $"日期{D(s.On)}早于办结日期{D(closed.On)}"));
        if (s.Reason == ReopenReason.MistakenClose && s.AnswerBy is not null)
            errors.Add(new("answerBy", "误办结重新办理的，按原答复期限计算，不另定答复日期"));
        if (s.Reason != ReopenReason.MistakenClose)
        {
            if (s.AnswerBy is not { } by) errors.Add(new("answerBy", "请填写复议决定或判决要求重新答复的期限"));
            else if (by < s.On) errors.Add(new("answerBy", $"重新答复的期限{D(by)}早于重新办理的日期{D(s.On)}"));
        }
        if (errors.Count > 0) return null;
        var reopening = new Reopening(s.On, s.Reason, s.Note.Trim(), ctx.Actor.Name, closed, s.AnswerBy,
            s.Reason == ReopenReason.MistakenClose ? null : f.OverdueSince);
        return f with
        {
            Closing = null,
            Reopenings = f.Reopenings.Add(reopening),
            // A new answer ordered by a decision has its own date; a mistaken close keeps the case's lateness.
            OverdueSince = s.Reason == ReopenReason.MistakenClose ? f.OverdueSince : null,
        };
    }

    private static CaseFile? Serve(CaseFile f, RecordService s, List<Refusal> errors)
    {
        var n = f.Notices.FirstOrDefault(x => x.Number == s.NoticeNumber);
        if (n is null)
        {
            errors.Add(new("notice", $"该申请没有编号为“{s.NoticeNumber}”的告知书"));
            return null;
        }
        if (n.Served is { } served) errors.Add(new("notice", $"{n.Kind.Label()}（{n.Number}）已于{D(served.On)}送达"));
        if (s.On < n.IssuedOn) errors.Add(new("date", $"送达日期{D(s.On)}早于告知书的日期{D(n.IssuedOn)}"));
        return errors.Count > 0 ? null : f with
        {
            Notices = f.Notices.Replace(n, n with { Served = new Service(s.Method, s.On, Blank(s.Proof) ? null : s.Proof!.Trim()) }),
        };
    }
}
