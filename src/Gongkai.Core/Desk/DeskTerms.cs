using System.Collections.Immutable;

namespace Gongkai.Core.Desk;

/// <summary>
/// 获取信息的方式 (Art. 29 (三), Art. 40): the form and way the applicant asks for, or the office decides on, to receive
/// the information. Art. 40 names paper and electronic data, and arranging for the applicant to read or copy it.
/// </summary>
public enum InformationForm
{
    /// <summary>纸质件，邮寄</summary>
    PaperByPost,
    /// <summary>纸质件，当面领取</summary>
    PaperInPerson,
    /// <summary>电子邮件</summary>
    Email,
    /// <summary>光盘等电子数据存储介质</summary>
    Disc,
    /// <summary>传真</summary>
    Fax,
    /// <summary>网上（政府信息公开平台）获取</summary>
    Online,
    /// <summary>安排查阅、抄录 (Art. 40)</summary>
    ReadOnSite,
}

/// <summary>送达方式: how a notice reached its addressee.</summary>
public enum ServiceMethod
{
    /// <summary>直接送达（当面交付）</summary>
    InPerson,
    /// <summary>邮寄送达</summary>
    Post,
    /// <summary>电子邮件送达</summary>
    Email,
    /// <summary>政府信息公开平台送达</summary>
    Online,
    /// <summary>传真送达</summary>
    Fax,
}

/// <summary>Who is consulted: a third party whose rights disclosure may harm (Art. 32) or a co-producing agency (Art. 34).</summary>
public enum ConsultedParty
{
    ThirdParty,
    Agency,
}

/// <summary>What a consulted party answered.</summary>
public enum ConsultationReply
{
    /// <summary>同意公开</summary>
    Consented,
    /// <summary>不同意公开</summary>
    Objected,
    /// <summary>逾期未提出意见: for an agency, consent (Art. 34); for a third party, the office decides (Art. 32).</summary>
    NoReply,
}

/// <summary>
/// 信息处理费的计收方式 (国办函〔2020〕109号 第三条): by item (第四条) or by volume (第五条), one standard per application,
/// never both.
/// </summary>
public enum FeeMethod
{
    /// <summary>按件计收</summary>
    PerItem,
    /// <summary>按量计收</summary>
    PerVolume,
}

/// <summary>Why information is not held: it does not exist (Art. 36 (四)) or another agency is to disclose it (Art. 36 (五)).</summary>
public enum NotHeldBasis
{
    /// <summary>经检索没有所申请公开信息</summary>
    DoesNotExist,
    /// <summary>不属于本机关负责公开</summary>
    AnotherAgency,
}

/// <summary>Why a closed case is opened again.</summary>
public enum ReopenReason
{
    /// <summary>误办结: closed by mistake; the case is handled as if never closed.</summary>
    MistakenClose,
    /// <summary>行政复议决定纠正: the review body ordered a new answer by a date.</summary>
    ReviewCorrected,
    /// <summary>行政诉讼判决纠正: the court ordered a new answer by a date.</summary>
    LitigationCorrected,
}

/// <summary>The written notices and letters of a case, each numbered when issued.</summary>
public enum NoticeKind
{
    /// <summary>答复告知书</summary>
    Decision,
    /// <summary>补正告知书 (Art. 30)</summary>
    Correction,
    /// <summary>延长答复期限告知书 (Art. 33)</summary>
    Extension,
    /// <summary>征求意见书 (Art. 32, 34)</summary>
    Consultation,
    /// <summary>公开决定告知书（第三方）(Art. 32)</summary>
    ThirdPartyDecision,
    /// <summary>信息处理费收费通知书 (Art. 42; 国办函〔2020〕109号)</summary>
    Fee,
    /// <summary>说明理由通知书 (Art. 35)</summary>
    ReasonsRequest,
}

/// <summary>The lists of the desk's terms (their Chinese labels are in <see cref="Labels.Chinese"/>) and reading them from free text.</summary>
public static class DeskTermLabels
{
    public static readonly ImmutableArray<InformationForm> InformationForms = [.. Enum.GetValues<InformationForm>()];
    public static readonly ImmutableArray<ServiceMethod> ServiceMethods = [.. Enum.GetValues<ServiceMethod>()];

    /// <summary>Reads what an older record or a ledger wrote as free text (“电子邮件”, “纸质”, “光盘”…); null when unclear.</summary>
    public static InformationForm? ParseInformationForm(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        if (t.Contains("邮件") || t.Contains("email", StringComparison.OrdinalIgnoreCase)) return InformationForm.Email;
        if (t.Contains("光盘") || t.Contains("U盘") || t.Contains("介质") || t.Contains("拷贝")) return InformationForm.Disc;
        if (t.Contains("传真")) return InformationForm.Fax;
        if (t.Contains("查阅") || t.Contains("抄录")) return InformationForm.ReadOnSite;
        if (t.Contains("平台") || t.Contains("网上") || t.Contains("在线")) return InformationForm.Online;
        if (t.Contains("自取") || t.Contains("领取") || t.Contains("当面")) return InformationForm.PaperInPerson;
        if (t.Contains("纸") || t.Contains("邮寄") || t.Contains("快递")) return InformationForm.PaperByPost;
        return null;
    }
}
