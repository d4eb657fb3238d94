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

    public required Remedies Remedies { get; init; }
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
}
