using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Gongkai.Core.Labels;

namespace Gongkai.Core.Desk;

/// <summary>Who applies on the public site (Art. 27): a citizen, or a legal person or other organisation.</summary>
public enum PublicApplicantKind
{
    /// <summary>公民（自然人）</summary>
    NaturalPerson,
    /// <summary>法人或者其他组织</summary>
    Organisation,
}

/// <summary>提供形式 the applicant asks for (Art. 29 (三), Art. 40): on paper, as electronic data, on a storage medium.</summary>
public enum ProvisionForm
{
    /// <summary>纸质文本</summary>
    Paper,
    /// <summary>电子文本</summary>
    Electronic,
    /// <summary>光盘等电子数据存储介质</summary>
    Disc,
}

/// <summary>获取方式: how the applicant will receive what is provided (Art. 40).</summary>
public enum DeliveryWay
{
    /// <summary>邮寄</summary>
    Post,
    /// <summary>电子邮件</summary>
    Email,
    /// <summary>传真</summary>
    Fax,
    /// <summary>当面领取</summary>
    Collect,
    /// <summary>网上获取（政府信息公开平台）</summary>
    Online,
    /// <summary>现场查阅、抄录</summary>
    ReadOnSite,
}

/// <summary>
/// Where an online application stands, as its applicant is told (查询): the lifecycle's state, with 已延期 for a running
/// case whose period an office head extended (Art. 33 ¶2).
/// </summary>
public enum PublicStatus
{
    /// <summary>待确认: not yet confirmed by the office; not received until it is (Art. 31 (三)).</summary>
    AwaitingConfirmation,
    /// <summary>办理中</summary>
    InProgress,
    /// <summary>待补正</summary>
    AwaitingCorrection,
    /// <summary>征求意见</summary>
    Consulting,
    /// <summary>已延期</summary>
    Extended,
    /// <summary>待缴费</summary>
    AwaitingFee,
    /// <summary>已办结</summary>
    Closed,
}

/// <summary>What an applicant writes on the online form, as typed (the web layer trims nothing away but whitespace).</summary>
public sealed record OnlineApplicationForm(
    PublicApplicantKind? ApplicantKind, ApplicantKind? OrganisationKind, string? Name, IdentityKind? IdType, string? IdNumber,
    string? Phone, string? Email, string? Address, string? Information, string? DocumentNumber, ProvisionForm? Form, DeliveryWay? Delivery);

/// <summary>
/// The rules of an online application (Art. 27, 29): what must be there, what it must look like, and what follows for
/// the desk — the applicant column of section 三 and 获取信息的方式. Each problem is a <see cref="Refusal"/> naming the
/// field. No question of purpose: the 2019 revision of the 条例 dropped it.
/// </summary>
public static partial class OnlineApplication
{
    public const int MaxName = 100;
    public const int MaxInformation = 5_000;
    public const int MaxLine = 200;

    /// <summary>The agency's public code: 2–32 lower-case letters, digits or hyphens, not a word the portal uses itself.</summary>
    public static string? CodeProblem(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        if (!CodePattern().IsMatch(code)) return "机关代码只能由2至32个小写字母、数字或连字符组成，以字母或数字开头";
        return ReservedCodes.Contains(code) ? $"“{code}”是公开数据网站自用的地址，不能作为机关代码" : null;
    }

    /// <summary>Addresses under /open that are the report portal's own.</summary>
    public static readonly ImmutableHashSet<string> ReservedCodes = ["data", "reports", "api", "applications", "track", "agencies", "text-size", "report.css"];

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,31}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^(\+?86)?1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}(-\d{1,6})?$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    /// <summary>The problems of <paramref name="form"/>, field by field (JSON names); empty when it can be registered.</summary>
    public static ImmutableArray<Refusal> Check(OnlineApplicationForm form)
    {
        var errors = ImmutableArray.CreateBuilder<Refusal>();
        void Add(string field, string message) => errors.Add(new Refusal(field, message));
        if (form.ApplicantKind is not { } kind) Add("applicantKind", "请选择申请人类型：公民或者法人、其他组织");
        else if (kind == PublicApplicantKind.Organisation && form.OrganisationKind is not (ApplicantKind.Commercial or ApplicantKind.Research
                     or ApplicantKind.SocialWelfare or ApplicantKind.LegalService or ApplicantKind.OtherOrg))
            Add("organisationKind", "请选择法人或者其他组织的类别：商业企业、科研机构、社会公益组织、法律服务机构或其他组织");
        if (string.IsNullOrWhiteSpace(form.Name)) Add("name", form.ApplicantKind == PublicApplicantKind.Organisation ? "请填写法人或者其他组织的名称" : "请填写申请人姓名");
        else if (form.Name.Trim().Length > MaxName) Add("name", $"姓名或名称不能超过{MaxName}字");
        if (form.IdType is not { } idType) Add("idType", "请选择证件类型");
        else if (form.ApplicantKind == PublicApplicantKind.NaturalPerson && idType == IdentityKind.CreditCode)
            Add("idType", "公民申请请填写身份证件，统一社会信用代码是法人或者其他组织的");
        else if (form.ApplicantKind == PublicApplicantKind.Organisation && idType == IdentityKind.ResidentId)
            Add("idType", "法人或者其他组织申请请填写统一社会信用代码");
        if (ApplicantIdentity.Of(form.IdNumber) is not { } id) Add("idNumber", "请填写证件号码（第二十九条第二款第（一）项）");
        else if (form.IdType is { } t && t != IdentityKind.Other && (id.Kind != t || !id.ChecksumValid))
            Add("idNumber", t == IdentityKind.ResidentId ? "公民身份号码应为18位，且校验位正确" : "统一社会信用代码应为18位，且校验位正确");
        else if (id.Key.Length > 40) Add("idNumber", "证件号码不能超过40个字符");
        var phone = Compact(form.Phone);
        if (phone is null) Add("phone", "请填写联系电话");
        else if (!PhonePattern().IsMatch(phone)) Add("phone", "联系电话应为11位手机号码或带区号的固定电话");
        var email = form.Email?.Trim();
        if (!string.IsNullOrEmpty(email) && (email.Length > MaxLine || !EmailPattern().IsMatch(email))) Add("email", "电子邮箱格式不正确");
        if (string.IsNullOrWhiteSpace(form.Address)) Add("address", "请填写通信地址");
        else if (form.Address.Trim().Length > MaxLine) Add("address", $"通信地址不能超过{MaxLine}字");
        if (string.IsNullOrWhiteSpace(form.Information) && string.IsNullOrWhiteSpace(form.DocumentNumber))
            Add("information", "请填写所需政府信息的名称、文号或者便于查询的其他特征性描述（第二十九条第二款第（二）项）");
        else if (form.Information?.Trim().Length > MaxInformation) Add("information", $"所需信息的描述不能超过{MaxInformation}字");
        if (form.DocumentNumber?.Trim().Length > MaxLine) Add("documentNumber", $"文号不能超过{MaxLine}字");
        if (form.Form is null) Add("form", "请选择所需信息的提供形式");
        if (form.Delivery is null) Add("delivery", "请选择获取信息的方式");
        else if (form.Delivery == DeliveryWay.Email && string.IsNullOrEmpty(email)) Add("email", "选择以电子邮件获取信息，请填写电子邮箱");
        if (form.Form is { } f && form.Delivery is { } d && InformationFormOf(f, d) is null)
            Add("delivery", $"{f.Label()}不能以“{d.Label()}”的方式获取");
        return errors.ToImmutable();
    }

    /// <summary>The desk's applicant column of section 三 for a checked form.</summary>
    public static ApplicantKind ColumnOf(OnlineApplicationForm form) =>
        form.ApplicantKind == PublicApplicantKind.NaturalPerson ? ApplicantKind.NaturalPerson : form.OrganisationKind!.Value;

    /// <summary>
    /// 获取信息的方式 (Art. 40) as the desk records it, from the form and way the applicant chose; null where the two do not
    /// go together (paper sent by e-mail, a disc by fax…).
    /// </summary>
    public static InformationForm? InformationFormOf(ProvisionForm form, DeliveryWay delivery) => (form, delivery) switch
    {
        (_, DeliveryWay.ReadOnSite) => InformationForm.ReadOnSite,
        (ProvisionForm.Paper, DeliveryWay.Post) => InformationForm.PaperByPost,
        (ProvisionForm.Paper, DeliveryWay.Collect) => InformationForm.PaperInPerson,
        (ProvisionForm.Paper, DeliveryWay.Fax) => InformationForm.Fax,
        (ProvisionForm.Electronic, DeliveryWay.Email) => InformationForm.Email,
        (ProvisionForm.Electronic, DeliveryWay.Online) => InformationForm.Online,
        (ProvisionForm.Disc, DeliveryWay.Post or DeliveryWay.Collect) => InformationForm.Disc,
        _ => null,
    };

    /// <summary>What the applicant is told of the case's state.</summary>
    public static PublicStatus StatusOf(CaseFile f) => CaseClock.StateOf(f) switch
    {
        CaseState.AwaitingOnlineConfirmation or CaseState.NotReceived => PublicStatus.AwaitingConfirmation,
        CaseState.AwaitingCorrection => PublicStatus.AwaitingCorrection,
        CaseState.Consulting => PublicStatus.Consulting,
        CaseState.AwaitingFee => PublicStatus.AwaitingFee,
        CaseState.Closed => PublicStatus.Closed,
        _ => f.Extension is not null ? PublicStatus.Extended : PublicStatus.InProgress,
    };

    /// <summary>The notices addressed to the applicant (a consultation letter and the third party's notice are not theirs).</summary>
    public static bool IsToApplicant(NoticeKind kind) => kind is not (NoticeKind.Consultation or NoticeKind.ThirdPartyDecision);

    /// <summary>The information asked for as the desk records it: the description, and the 文号 when given.</summary>
    public static string InformationText(string? information, string? documentNumber)
    {
        var text = information?.Trim() ?? "";
        var number = documentNumber?.Trim();
        return string.IsNullOrEmpty(number) ? text : string.IsNullOrEmpty(text) ? $"文号：{number}" : $"{text}（文号：{number}）";
    }

    private static string? Compact(string? s) => string.IsNullOrWhiteSpace(s) ? null : new string([.. s.Where(c => !char.IsWhiteSpace(c))]);
}
