using Gongkai.Core.Desk;

namespace Gongkai.Render.Notices;

/// <summary>
/// A written notice to an applicant. The common part: who sends it, its number, whom it is to, which application it
/// answers, and the day it is issued. <see cref="NoticeText.Build"/> checks the values once, when the text is made.
/// </summary>
public abstract record NoticeDocument
{
    /// <summary>The agency that issues the notice and signs it: "广州市荔湾区政务服务数据管理局".</summary>
    public required string AgencyName { get; init; }

    /// <summary>The notice's document number: "〔2026〕第12号".</summary>
    public required string DocumentNumber { get; init; }

    /// <summary>The applicant (a person or an organisation), as the addressee line prints it.</summary>
    public required string ApplicantName { get; init; }

    /// <summary>Whom the notice is addressed to: the applicant, or for a consultation letter the party consulted.</summary>
    public virtual string Addressee => ApplicantName;

    /// <summary>The day the application counts as received (第三十一条).</summary>
    public required DateOnly Received { get; init; }

    /// <summary>The information asked for, in the applicant's words or the clerk's summary.</summary>
    public required string InformationRequested { get; init; }

    public required DateOnly Issued { get; init; }
}

/// <summary>
/// 政府信息公开申请答复告知书: closes a case with one outcome row of section 三 (<see cref="Gongkai.Core.Desk.Outcomes"/>).
/// </summary>
public sealed record DecisionNotice : NoticeDocument
{
    /// <summary>The outcome row key, e.g. "withheld.thirdPartyRights"; either template's keys are accepted.</summary>
    public required string OutcomeRowKey { get; init; }

    /// <summary>
    /// The clerk's own reasons and details (how to obtain the information, which law forbids disclosure, …); one
    /// paragraph per line. Required where <see cref="NoticeBasis.RequiresDetails"/> says so.
    /// </summary>
    public string? Details { get; init; }

    /// <summary>
    /// For "unavailable.notHeld" only: the agency responsible for disclosing the information and how to reach it.
    /// Given, the answer rests on 第三十六条第（五）项 instead of （四）项.
    /// </summary>
    public string? Referral { get; init; }

    /// <summary>For "unavailable.notHeld": why not held (第三十六条第（四）项 or （五）项); <see cref="Referral"/> alone implies （五）.</summary>
    public NotHeldBasis? NotHeld { get; init; }

    public required Remedies Remedies { get; init; }

    // The recorded facts the answer rests on. The notice states these and nothing else: a row that presupposes one
    // (a 补正 unanswered, a fee notice unpaid…) is refused without it, so a notice cannot state what never happened.

    /// <summary>The 补正 asked (and, for 补正后仍不明确, received).</summary>
    public Correction? Correction { get; init; }

    /// <summary>The fee notice (for 逾期未缴费).</summary>
    public FeeFile? Fee { get; init; }

    /// <summary>The day the applicant was asked to explain (Art. 35; for 无正当理由大量反复申请).</summary>
    public DateOnly? ReasonsRequestedOn { get; init; }

    /// <summary>部分公开: the part withheld.</summary>
    public string? WithheldPart { get; init; }

    /// <summary>予以公开 of information already published (第三十六条第（一）项): where and how to obtain it.</summary>
    public string? PublishedWhere { get; init; }

    /// <summary>获取信息的方式 (Art. 40) for 予以公开 and 部分公开.</summary>
    public InformationForm? Form { get; init; }

    /// <summary>重复申请: the earlier case answered.</summary>
    public EarlierCase? RepeatOf { get; init; }
}

/// <summary>
/// Where the applicant may challenge the answer: the administrative review body and, if known, the court.
/// </summary>
/// <param name="ReviewBody">"广州市荔湾区人民政府".</param>
/// <param name="Court">The court's full name ("广州铁路运输法院"); null prints "有管辖权的人民法院".</param>
public sealed record Remedies(string ReviewBody, string? Court = null)
{
    /// <summary>如对本答复不服，可以在收到本告知书之日起60日内向…申请行政复议，或者在6个月内向…提起行政诉讼。</summary>
    public string Sentence =>
        $"如对本答复不服，可以在收到本告知书之日起60日内向{ReviewBody}申请行政复议，或者在6个月内向{Court ?? "有管辖权的人民法院"}提起行政诉讼。";
}

/// <summary>补正申请告知书 (第三十条): what to correct and by when.</summary>
public sealed record CorrectionNotice : NoticeDocument
{
    /// <summary>What the application must make clear; one item per line.</summary>
    public required string ToCorrect { get; init; }

    /// <summary>The last day for the correction (a reasonable period the agency sets).</summary>
    public required DateOnly CorrectBy { get; init; }
}

/// <summary>延长答复期限告知书 (第三十三条第二款): the new due date and why.</summary>
public sealed record ExtensionNotice : NoticeDocument
{
    public required DateOnly NewDueDate { get; init; }

    /// <summary>Why the answer needs longer: "所申请信息涉及多个内设机构，需要调取核实".</summary>
    public required string Reason { get; init; }

    /// <summary>The due date was counted past the calendar's last year (Monday to Friday): the notice says so.</summary>
    public bool Provisional { get; init; }
}

/// <summary>
/// 征求意见书 (第三十二条 to a third party, 第三十四条 to a co-producing agency): addressed to the party consulted, it
/// names the information asked for but not the applicant, and the reply date.
/// </summary>
public sealed record ConsultationNotice : NoticeDocument
{
    public required ConsultedParty PartyKind { get; init; }

    public required string Party { get; init; }

    /// <summary>15 working days from the letter (第三十二条, 第三十四条).</summary>
    public required DateOnly ReplyDue { get; init; }

    public override string Addressee => Party;
}

/// <summary>公开决定告知书 to a third party that objected (第三十二条): what will be disclosed and why.</summary>
public sealed record ThirdPartyDecisionNotice : NoticeDocument
{
    public required string Party { get; init; }

    public required DateOnly ConsultedOn { get; init; }

    public required ConsultationReply Reply { get; init; }

    public required DateOnly RepliedOn { get; init; }

    public required string Content { get; init; }

    public required string Reasons { get; init; }

    public override string Addressee => Party;
}

/// <summary>信息处理费收费通知书 (第四十二条; 国办函〔2020〕109号): basis, standard, amount, how and by when to pay.</summary>
public sealed record FeeNotice : NoticeDocument
{
    public required FeeQuote Quote { get; init; }

    public required DateOnly PayBy { get; init; }

    public required string PaymentMethod { get; init; }
}

/// <summary>说明理由通知书 (第三十五条): the applicant is asked to explain an evidently excessive number or frequency of applications.</summary>
public sealed record ReasonsRequestNotice : NoticeDocument
{
    public required DateOnly DueBy { get; init; }
}
