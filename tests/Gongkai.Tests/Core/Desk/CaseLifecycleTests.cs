using Gongkai.Core.Desk;
using Gongkai.Core.Labels;
using static Gongkai.Tests.Core.Desk.DeskScenario;

namespace Gongkai.Tests.Core.Desk;

/// <summary>
/// The lifecycle against the statute, step by step. 2025-03-03 (Monday) is the day of receipt: no holiday falls in
/// March, so the 20th working day is 31 March, the 7th 12 March (checked by hand).
/// </summary>
public class CaseLifecycleTests
{
    private const string Day0 = "2025-03-03";

    [Fact]
    public void Received_on_a_Monday_in_March_is_due_on_31_March_and_a_correction_must_be_asked_by_12_March()
    {
        var c = Received(Day0).Clock(Day0);
        Assert.Equal(D("2025-03-31"), c.Due);
        Assert.Equal(D("2025-03-12"), c.CorrectionNoticeDue);
        Assert.Equal(CaseState.Open, c.State);
    }

    // ---- 补正 (Art. 30) ----

    [Fact]
    public void A_correction_asked_30_working_days_after_receipt_is_refused_to_a_clerk()
    {
        var late = Cal.AddWorkingDays(D(Day0), 30).ToString("yyyy-MM-dd");
        var r = Received(Day0).Refused(new RequestCorrection(D(late), "请写明文号", D(late).AddDays(20)), late);
        Assert.Contains(r, x => x.Field == "date" && x.Message.Contains("7个工作日内（2025年3月12日前）"));
        // A clerk cannot supply the reason: only the head of the disclosure office may allow a late request.
        var clerk = Received(Day0).Refused(new RequestCorrection(D(late), "请写明文号", D(late).AddDays(20), "申请材料今日才转到本机构"), late);
        Assert.Contains(clerk, x => x.Field == "lateReason");
    }

    [Fact]
    public void An_overdue_case_stays_overdue_when_a_late_correction_is_recorded()
    {
        var late = Cal.AddWorkingDays(D(Day0), 30).ToString("yyyy-MM-dd");
        var f = Received(Day0);
        Assert.True(f.Clock(late).Overdue);
        f = f.Do(new RequestCorrection(D(late), "请写明文号", D(late).AddDays(20), "申请材料今日才转到本机构"), late, head: true);
        var after = f.Clock(late);
        Assert.Equal(CaseState.AwaitingCorrection, after.State);
        Assert.True(after.Overdue, "补正 recorded after the due date must not take the case off the overdue list");
        Assert.Equal("待补正（已超期）", after.StateLabel);
        Assert.Equal(D("2025-04-01"), f.OverdueSince);
        Assert.Equal("王主任（head）", f.Correction!.LateApprovedBy);
    }

    [Fact]
    public void A_correction_is_asked_once_and_restarts_the_clock_when_it_arrives()
    {
        var f = Received(Day0).Do(new RequestCorrection(D("2025-03-05"), "请写明文号", D("2025-03-19")), "2025-03-05");
        Assert.Single(f.Notices, n => n.Kind == NoticeKind.Correction);
        var again = f.Refused(new RequestCorrection(D("2025-03-06"), "再补", D("2025-03-20")), "2025-03-06");
        Assert.Contains(again, x => x.Message.Contains("等待补正"));
        f = f.Do(new ReceiveCorrection(D("2025-03-10")), "2025-03-10");
        Assert.Equal(Cal.AddWorkingDays(D("2025-03-10"), 20), f.Clock("2025-03-10").Due);
        Assert.Contains(f.Refused(new RequestCorrection(D("2025-03-11"), "再补", D("2025-03-25")), "2025-03-11"), x => x.Message.Contains("一次性告知"));
    }

    [Fact]
    public void An_expired_correction_is_listed_and_allows_closing_as_not_corrected_only_after_its_date()
    {
        var f = Received(Day0).Do(new RequestCorrection(D("2025-03-05"), "请写明文号", D("2025-03-19")), "2025-03-05");
        Assert.False(f.Clock("2025-03-19").CorrectionExpired);
        Assert.True(f.Clock("2025-03-20").CorrectionExpired);
        var early = f.Refused(CloseAs("2025-03-19", "other.noCorrection"), "2025-03-19");
        Assert.Contains(early, x => x.Message.Contains("尚未届满"));
        var closed = f.Do(CloseAs("2025-03-20", "other.noCorrection"), "2025-03-20");
        Assert.Equal("other.noCorrection", closed.Closing!.OutcomeRow);
    }

    // ---- outcome preconditions ----

    [Fact]
    public void Not_corrected_is_refused_on_a_case_that_never_had_a_correction()
    {
        var r = Received(Day0).Refused(CloseAs("2025-03-20", "other.noCorrection"), "2025-03-20");
        Assert.Contains(r, x => x.Field == "correction" && x.Message.Contains("没有告知过补正"));
    }

    [Fact]
    public void Still_unclear_after_correction_needs_a_correction_asked_and_received()
    {
        Assert.Contains(Received(Day0).Refused(CloseAs("2025-03-20", "unavailable.stillUnclear"), "2025-03-20"), x => x.Field == "correction");
        var asked = Received(Day0).Do(new RequestCorrection(D("2025-03-05"), "请写明文号", D("2025-03-19")), "2025-03-05");
        Assert.Contains(asked.Refused(CloseAs("2025-03-10", "unavailable.stillUnclear"), "2025-03-10"), x => x.Message.Contains("等待补正"));
        var received = asked.Do(new ReceiveCorrection(D("2025-03-10")), "2025-03-10");
        Assert.True(received.Try(CloseAs("2025-03-12", "unavailable.stillUnclear"), "2025-03-12").Ok);
    }

    [Fact]
    public void Partly_disclosed_needs_reasons_the_withheld_part_and_how_it_is_provided()
    {
        var r = Received(Day0, form: null).Refused(CloseAs("2025-03-20", "partiallyGranted"), "2025-03-20");
        Assert.Equal(["form", "reasons", "withheldPart"], r.Select(x => x.Field).Order(StringComparer.Ordinal));
        var ok = Received(Day0).Do(new Close(new Closing(D("2025-03-20"), "partiallyGranted", "第4页载有个人身份证号码", "第4页")), "2025-03-20");
        Assert.Equal("第4页", ok.Closing!.WithheldPart);
    }

    [Theory]
    [InlineData("withheld.stateSecret")]
    [InlineData("withheld.prohibitedByLaw")]
    [InlineData("withheld.endangersSafety")]
    [InlineData("withheld.thirdPartyRights")]
    [InlineData("withheld.internalAffairs")]
    [InlineData("withheld.processInformation")]
    [InlineData("withheld.enforcementFiles")]
    [InlineData("withheld.administrativeQuery")]
    [InlineData("unavailable.needsCreation")]
    [InlineData("other.other")]
    public void Withholding_and_other_answers_need_their_reasons(string row)
    {
        Assert.Contains(Received(Day0).Refused(CloseAs("2025-03-20", row), "2025-03-20"), x => x.Field == "reasons");
        Assert.True(Received(Day0).Try(CloseAs("2025-03-20", row, "依据某法第十条"), "2025-03-20").Ok);
    }

    [Fact]
    public void Disclosure_needs_the_form_of_Art_40_or_where_it_is_already_published()
    {
        Assert.Contains(Received(Day0, form: null).Refused(CloseAs("2025-03-20", "granted"), "2025-03-20"), x => x.Field == "form");
        Assert.True(Received(Day0, form: null).Try(new Close(new Closing(D("2025-03-20"), "granted"), InformationForm.PaperByPost), "2025-03-20").Ok);
        Assert.True(Received(Day0, form: null).Try(new Close(new Closing(D("2025-03-20"), "granted", PublishedWhere: "区政府网站")), "2025-03-20").Ok);
    }

    [Fact]
    public void Not_held_names_why_and_the_holder_with_its_contact()
    {
        var f = Received(Day0);
        Assert.Contains(f.Refused(CloseAs("2025-03-20", "unavailable.notHeld"), "2025-03-20"), x => x.Field == "notHeld");
        Assert.Contains(f.Refused(new Close(new Closing(D("2025-03-20"), "unavailable.notHeld", NotHeld: NotHeldBasis.AnotherAgency)), "2025-03-20"),
            x => x.Message.Contains("须说明理由"));
        Assert.Contains(f.Refused(new Close(new Closing(D("2025-03-20"), "unavailable.notHeld", "由市局制作", NotHeld: NotHeldBasis.AnotherAgency, HolderAgency: "示范市规划局")), "2025-03-20"),
            x => x.Message.Contains("联系方式"));
        Assert.True(f.Try(new Close(new Closing(D("2025-03-20"), "unavailable.notHeld", "由市局制作", NotHeld: NotHeldBasis.AnotherAgency,
            HolderAgency: "示范市规划局", HolderContact: "0755-12345678")), "2025-03-20").Ok);
        Assert.True(f.Try(new Close(new Closing(D("2025-03-20"), "unavailable.notHeld", NotHeld: NotHeldBasis.DoesNotExist)), "2025-03-20").Ok);
    }

    [Fact]
    public void A_repeat_links_an_earlier_answered_case_of_the_same_applicant()
    {
        var f = Received(Day0, number: "2025-0009");
        var close = (EarlierCase? e) => new Close(new Closing(D("2025-03-20"), "notProcessed.repeated", RepeatOf: e));
        Assert.Contains(f.Refused(close(null), "2025-03-20"), x => x.Field == "repeatOf");
        Assert.Contains(f.Refused(close(new EarlierCase(1, "2025-0001", "OTHERKEY", D("2025-02-10"), "granted", "某文件")), "2025-03-20"),
            x => x.Message.Contains("不是同一申请人"));
        Assert.Contains(f.Refused(close(new EarlierCase(1, "2025-0001", DeskScenario.Applicant, null, null, "某文件")), "2025-03-20"), x => x.Message.Contains("尚未答复"));
        var ok = f.Do(close(new EarlierCase(1, "2025-0001", DeskScenario.Applicant, D("2025-02-10"), "granted", "某文件")), "2025-03-20");
        Assert.Equal("2025-0001", ok.Closing!.RepeatOf!.Number);
    }

    [Fact]
    public void Excessive_applications_need_the_request_for_reasons_of_Art_35_first()
    {
        var f = Received(Day0);
        Assert.Contains(f.Refused(CloseAs("2025-03-20", "notProcessed.excessive"), "2025-03-20"), x => x.Field == "reasonsRequested");
        f = f.Do(new RequestReasons(D("2025-03-05"), D("2025-03-12")), "2025-03-05");
        Assert.Single(f.Notices, n => n.Kind == NoticeKind.ReasonsRequest);
        Assert.True(f.Try(CloseAs("2025-03-20", "notProcessed.excessive"), "2025-03-20").Ok);
    }

    [Fact]
    public void Facts_given_for_another_outcome_are_refused_rather_than_kept_unprinted()
    {
        var r = Received(Day0).Refused(new Close(new Closing(D("2025-03-20"), "granted", WithheldPart: "第4页")), "2025-03-20");
        Assert.Contains(r, x => x.Field == "withheldPart");
    }

    // ---- consultations (Art. 32, 34) ----

    [Fact]
    public void A_consultation_pauses_at_most_15_working_days_a_58_day_wait_counts_15()
    {
        // Letter on 5 March: reply due 26 March (15 working days, checked by hand).
        var f = Received(Day0).Do(new StartConsultation(D("2025-03-05"), ConsultedParty.ThirdParty, "示范建设公司"), "2025-03-05");
        Assert.Equal(D("2025-03-26"), f.Consultations[0].ReplyDue);
        Assert.Single(f.Notices, n => n.Kind == NoticeKind.Consultation);
        var ended = Cal.AddWorkingDays(D("2025-03-05"), 58);
        var reading = f.Clock(ended.ToString("yyyy-MM-dd"));
        // Paused 5–26 March (16 working days, the letter's day included): due 16 working days after 31 March.
        Assert.Equal(Cal.AddWorkingDays(D("2025-03-31"), 16), reading.Due);
        Assert.True(reading.ConsultationOverdue);
        Assert.Contains(reading.Explanation, l => l.Contains("已于2025年3月26日届满"));
        Assert.All(reading.Pauses, p => Assert.True(p.Range.To <= D("2025-03-26")));
    }

    [Fact]
    public void A_longer_pause_needs_an_office_head_and_a_reason_before_the_reply_date()
    {
        var f = Received(Day0).Do(new StartConsultation(D("2025-03-05"), ConsultedParty.Agency, "示范区财政局"), "2025-03-05");
        Assert.Contains(f.Refused(new ProlongConsultation(D("2025-03-20"), D("2025-04-10"), "需会签"), "2025-03-20"), x => x.Message.Contains("审核人"));
        Assert.Contains(f.Refused(new ProlongConsultation(D("2025-03-20"), D("2025-04-10"), " "), "2025-03-20", head: true), x => x.Field == "reason");
        Assert.Contains(f.Refused(new ProlongConsultation(D("2025-03-27"), D("2025-04-10"), "需会签"), "2025-03-27", head: true), x => x.Message.Contains("已于2025年3月26日届满"));
        f = f.Do(new ProlongConsultation(D("2025-03-20"), D("2025-04-10"), "共同制作机关需报其上级审定"), "2025-03-20", head: true);
        var p = Assert.Single(f.Clock("2025-04-15").Pauses);
        Assert.Equal(D("2025-04-10"), p.Range.To);
        Assert.Contains("共同制作机关需报其上级审定", p.Reason);
    }

    [Fact]
    public void An_agencys_silence_is_recorded_only_after_the_reply_date_and_counts_as_consent()
    {
        var f = Received(Day0).Do(new StartConsultation(D("2025-03-05"), ConsultedParty.Agency, "示范区财政局"), "2025-03-05");
        Assert.Contains(f.Refused(new RecordConsultationReply(D("2025-03-26"), ConsultationReply.NoReply), "2025-03-26"), x => x.Field == "reply");
        f = f.Do(new RecordConsultationReply(D("2025-03-27"), ConsultationReply.NoReply), "2025-03-27");
        Assert.Equal(CaseState.Open, CaseClock.StateOf(f));
        Assert.True(f.Try(CloseAs("2025-03-28", "granted"), "2025-03-28").Ok);
    }

    [Fact]
    public void Disclosing_over_a_third_partys_objection_needs_the_third_party_told_in_writing()
    {
        var f = Received(Day0).Do(new StartConsultation(D("2025-03-05"), ConsultedParty.ThirdParty, "示范建设公司"), "2025-03-05")
            .Do(new RecordConsultationReply(D("2025-03-12"), ConsultationReply.Objected), "2025-03-12");
        Assert.Contains(f.Refused(CloseAs("2025-03-20", "granted"), "2025-03-20"), x => x.Message.Contains("书面告知第三方"));
        f = f.Do(new NotifyThirdParty(D("2025-03-14"), "中标价格及工期", "涉及公共资金使用，不公开会对公共利益造成重大影响"), "2025-03-14");
        Assert.Single(f.Notices, n => n.Kind == NoticeKind.ThirdPartyDecision && n.ConsultationSeq == 1);
        Assert.True(f.Try(CloseAs("2025-03-20", "granted"), "2025-03-20").Ok);
    }

    [Fact]
    public void Closing_during_a_consultation_is_refused()
    {
        var f = Received(Day0).Do(new StartConsultation(D("2025-03-05"), ConsultedParty.ThirdParty, "示范建设公司"), "2025-03-05");
        var r = f.Refused(CloseAs("2025-03-10", "granted"), "2025-03-10");
        Assert.Contains(r, x => x.Message.Contains("征求示范建设公司的意见尚未结束"));
    }

    // ---- fees (Art. 42; 国办函〔2020〕109号) ----

    [Fact]
    public void A_fee_notice_pauses_the_clock_until_payment_and_unpaid_closes_as_fee_unpaid()
    {
        var f = Received(Day0);
        var tooShort = f.Refused(new IssueFeeNotice(D("2025-03-05"), FeeMethod.PerItem, 1, 10, D("2025-03-20"), "到指定银行缴纳"), "2025-03-05");
        Assert.Contains(tooShort, x => x.Field == "payBy" && x.Message.Contains("不少于20个工作日"));
        var free = f.Refused(new IssueFeeNotice(D("2025-03-05"), FeeMethod.PerItem, 1, 9, D("2025-04-10"), "到指定银行缴纳"), "2025-03-05");
        Assert.Contains(free, x => x.Message.Contains("未超过10件"));
        f = f.Do(new IssueFeeNotice(D("2025-03-05"), FeeMethod.PerItem, 1, 10, D("2025-04-02"), "到指定银行缴纳"), "2025-03-05");
        Assert.Equal(100m, f.Fee!.Amount);
        var waiting = f.Clock("2025-03-25");
        Assert.Equal(CaseState.AwaitingFee, waiting.State);
        Assert.Contains(waiting.Pauses, p => p.Range.From == D("2025-03-05") && p.Reason.Contains("收费通知"));
        Assert.Contains(f.Refused(CloseAs("2025-03-25", "granted"), "2025-03-25"), x => x.Message.Contains("等待缴纳"));
        Assert.Contains(f.Refused(CloseAs("2025-04-02", "other.feeUnpaid"), "2025-04-02"), x => x.Message.Contains("尚未届满"));
        Assert.Contains(f.Refused(new RecordPayment(D("2025-04-03"), "PJ001"), "2025-04-03"), x => x.Message.Contains("届满"));
        Assert.True(f.Clock("2025-04-03").FeeExpired);
        Assert.True(f.Try(CloseAs("2025-04-03", "other.feeUnpaid"), "2025-04-03").Ok);
    }

    [Fact]
    public void Payment_resumes_the_clock_the_days_from_notice_to_payment_not_counted()
    {
        var f = Received(Day0).Do(new IssueFeeNotice(D("2025-03-05"), FeeMethod.PerVolume, 40, 0, D("2025-04-02"), "到指定银行缴纳"), "2025-03-05");
        Assert.Equal(100m, f.Fee!.Amount); // pages 31–40 at 10元
        f = f.Do(new RecordPayment(D("2025-03-14"), "PJ001"), "2025-03-14");
        // 5–14 March: 8 working days not counted.
        Assert.Equal(Cal.AddWorkingDays(D("2025-03-31"), 8), f.Clock("2025-03-14").Due);
        Assert.Contains(f.Refused(new IssueFeeNotice(D("2025-03-17"), FeeMethod.PerItem, 1, 30, D("2025-04-30"), "银行"), "2025-03-17"),
            x => x.Message.Contains("不得重复计收"));
    }

    [Fact]
    public void A_fee_notice_after_the_answer_period_is_refused()
    {
        var r = Received(Day0).Refused(new IssueFeeNotice(D("2025-04-01"), FeeMethod.PerItem, 1, 20, D("2025-05-06"), "银行"), "2025-04-01");
        Assert.Contains(r, x => x.Message.Contains("应在答复期限内发出"));
    }

    // ---- extension (Art. 33) ----

    [Fact]
    public void The_extension_is_the_heads_once_before_the_due_date_and_records_its_new_date()
    {
        var f = Received(Day0);
        Assert.Contains(f.Refused(new Extend(D("2025-03-20"), "需调档"), "2025-03-20"), x => x.Message.Contains("审核人"));
        Assert.Contains(f.Refused(new Extend(D("2025-04-01"), "需调档"), "2025-04-01", head: true), x => x.Message.Contains("已于2025年3月31日届满"));
        f = f.Do(new Extend(D("2025-03-20"), "需调档"), "2025-03-20", head: true);
        Assert.Equal(Cal.AddWorkingDays(D("2025-03-31"), 20), f.Extension!.Due);
        Assert.Contains(f.Refused(new Extend(D("2025-03-21"), "再延"), "2025-03-21", head: true), x => x.Message.Contains("只能延长一次"));
    }

    // ---- reopening ----

    [Fact]
    public void A_mistaken_close_is_reopened_by_a_head_with_a_reason_and_the_case_is_overdue_again()
    {
        var f = Received(Day0).Do(CloseAs("2025-03-20", "granted"), "2025-03-20");
        Assert.Contains(f.Refused(new Reopen(D("2025-04-07"), ReopenReason.MistakenClose, "误将他案答复登记于本案"), "2025-04-07"), x => x.Message.Contains("审核人"));
        Assert.Contains(f.Refused(new Reopen(D("2025-04-07"), ReopenReason.MistakenClose, ""), "2025-04-07", head: true), x => x.Field == "note");
        f = f.Do(new Reopen(D("2025-04-07"), ReopenReason.MistakenClose, "误将他案答复登记于本案"), "2025-04-07", head: true);
        var c = f.Clock("2025-04-07");
        Assert.Equal(CaseState.Open, c.State);
        Assert.Equal(D("2025-03-31"), c.Due);
        Assert.True(c.Overdue);
        Assert.Single(f.Reopenings);
        Assert.Equal("granted", f.Reopenings[0].Previous.OutcomeRow);
        f = f.Do(CloseAs("2025-04-08", "withheld.stateSecret", "属于国家秘密"), "2025-04-08");
        Assert.Equal(2, f.Closings.Length);
        Assert.Equal(2, f.Notices.Count(n => n.Kind == NoticeKind.Decision));
    }

    [Fact]
    public void A_review_decision_of_correction_reopens_with_its_new_answer_date()
    {
        var f = Received(Day0).Do(CloseAs("2025-03-20", "withheld.stateSecret", "属于国家秘密"), "2025-03-20");
        Assert.Contains(f.Refused(new Reopen(D("2025-06-02"), ReopenReason.ReviewCorrected, "示范市人民政府行政复议决定书责令重新答复"), "2025-06-02", head: true),
            x => x.Field == "answerBy");
        f = f.Do(new Reopen(D("2025-06-02"), ReopenReason.ReviewCorrected, "示范市人民政府示府复决〔2025〕8号，责令15个工作日内重新答复", D("2025-06-23")), "2025-06-02", head: true);
        var c = f.Clock("2025-06-02");
        Assert.Equal(D("2025-06-23"), c.Due);
        Assert.False(c.Overdue);
        Assert.True(f.Clock("2025-06-24").Overdue);
    }

    // ---- service and numbering ----

    [Fact]
    public void Each_notice_is_served_once_with_method_date_and_proof()
    {
        var f = Received(Day0).Do(CloseAs("2025-03-20", "granted"), "2025-03-20");
        var number = f.Notices.Single().Number;
        Assert.Contains(f.Refused(new RecordService(D("2025-03-19"), number, ServiceMethod.Post, "XA123"), "2025-03-21"), x => x.Message.Contains("早于告知书的日期"));
        f = f.Do(new RecordService(D("2025-03-21"), number, ServiceMethod.Post, "XA123456789CN"), "2025-03-21");
        Assert.Equal(new Service(ServiceMethod.Post, D("2025-03-21"), "XA123456789CN"), f.Notices.Single().Served);
        Assert.Contains(f.Refused(new RecordService(D("2025-03-22"), number, ServiceMethod.Email, null), "2025-03-22"), x => x.Message.Contains("已于2025年3月21日送达"));
    }

    [Fact]
    public void A_step_dated_in_the_future_or_before_receipt_is_refused()
    {
        Assert.Contains(Received(Day0).Refused(CloseAs("2025-03-21", "granted"), "2025-03-20"), x => x.Message.Contains("晚于今天"));
        Assert.Contains(Received(Day0).Refused(CloseAs("2025-03-01", "granted"), "2025-03-20"), x => x.Message.Contains("早于收到申请之日"));
    }

    // ---- Art. 31: online applications wait for confirmation ----

    [Fact]
    public void An_online_application_waits_for_confirmation_and_is_received_the_day_it_is_confirmed()
    {
        var f = Received(Day0) with { Channel = Channel.Online, ReceivedOn = null };
        Assert.Equal(CaseState.AwaitingOnlineConfirmation, CaseClock.StateOf(f));
        Assert.Equal("网上申请待确认", f.Clock(Day0).StateLabel);
        Assert.Contains(f.Refused(CloseAs("2025-03-05", "granted"), "2025-03-05"), x => x.Message.Contains("网上申请尚待确认"));
        f = f.Do(new ConfirmReceipt(D("2025-03-05")), "2025-03-05");
        Assert.Equal(D("2025-03-05"), f.ReceivedOn);
        Assert.Equal(Cal.AddWorkingDays(D("2025-03-05"), 20), f.Clock("2025-03-05").Due);
    }

    // ---- the year end: days past the calendar ----

    [Fact]
    public void A_case_received_in_December_past_the_calendar_gets_a_provisional_due_date_counted_Monday_to_Friday()
    {
        // From Monday 14 December 2026: 13 working days to 31 December, then 1 January 2027 (a Friday, no 2027
        // calendar) counts, then 4–8 and 11 January: the 20th is 11 January, marked provisional.
        var c = Received("2026-12-14").Clock("2026-12-14");
        Assert.Equal(D("2027-01-11"), c.Due);
        Assert.True(c.Provisional);
        Assert.Equal("2027年1月11日（暂定）", c.DueText);
        Assert.Contains(c.Explanation, l => l.Contains("2027年的节假日安排尚未录入"));
        Assert.Contains("1件申请的答复期限跨入2027年", YearEnd.Banner(Cal, D("2026-12-14"), 1));
        Assert.Null(YearEnd.Banner(Cal, D("2026-06-01"), 0));
    }

    [Fact]
    public void Every_notice_can_still_be_issued_past_the_calendar()
    {
        var f = Received("2026-12-14")
            .Do(new StartConsultation(D("2026-12-21"), ConsultedParty.ThirdParty, "示范建设公司"), "2026-12-21")
            .Do(new RecordConsultationReply(D("2026-12-28"), ConsultationReply.Consented), "2026-12-28")
            .Do(new Extend(D("2026-12-29"), "需调档"), "2026-12-29", head: true);
        Assert.True(f.Extension!.Provisional);
        Assert.True(f.Extension.Due > Cal.Last);
        Assert.True(f.Consultations[0].ReplyDue > Cal.Last);
    }
}
