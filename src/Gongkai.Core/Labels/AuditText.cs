using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Core.Desk;

namespace Gongkai.Core.Labels;

/// <summary>One recorded change in Chinese: the field's name and what it became (or was and became).</summary>
public sealed record AuditChange(string Field, string Text);

/// <summary>
/// The audit log in Chinese. The log itself keeps the machine's record ("Case.Modified", "OutcomeRow: ∅ → granted",
/// "HandlerId=&lt;id&gt;"), append-only and never rewritten; this is how a person reads it: the action, each field
/// by its Chinese name, enums by their labels, dates as 年月日, outcome rows by the template's words, and users by
/// the name people know them by.
/// </summary>
public static partial class AuditText
{
    private enum Kind { Text, Date, Time, User, Outcome, Channel, Applicant, Challenge, ChallengeResult, Hidden, Term, Yes, Form, Service }

    /// <summary>Every field the log records (the audited entities' columns), with its Chinese name and how its value reads.</summary>
    private static readonly Dictionary<string, (string Label, Kind Kind)> Fields = new()
    {
        ["AgencyId"] = ("机关", Kind.Hidden),
        ["CaseId"] = ("申请", Kind.Hidden),
        ["ContentType"] = ("文件类型", Kind.Hidden),
        ["Number"] = ("编号", Kind.Text),
        ["Channel"] = ("提交方式", Kind.Channel),
        ["Submitted"] = ("提交日期", Kind.Date),
        ["Confirmed"] = ("签收或确认日期", Kind.Date),
        ["ReceivedOn"] = ("收到申请之日", Kind.Date),
        ["ApplicantKind"] = ("申请人类型", Kind.Applicant),
        ["ApplicantName"] = ("申请人姓名或名称", Kind.Text),
        ["IdNumber"] = ("身份证件号码", Kind.Text),
        ["Phone"] = ("联系电话", Kind.Text),
        ["Address"] = ("通信地址", Kind.Text),
        ["Email"] = ("电子邮箱", Kind.Text),
        ["InformationRequested"] = ("申请内容", Kind.Text),
        ["PreferredForm"] = ("获取信息的方式", Kind.Text),
        ["HandlerId"] = ("经办人", Kind.User),
        ["CorrectionRequestedOn"] = ("告知补正日期", Kind.Date),
        ["CorrectionRequest"] = ("需要补正的事项", Kind.Text),
        ["CorrectionDueBy"] = ("补正期限", Kind.Date),
        ["CorrectionReceivedOn"] = ("收到补正日期", Kind.Date),
        ["ExtendedOn"] = ("延长答复期限日期", Kind.Date),
        ["ExtensionReason"] = ("延期理由", Kind.Text),
        ["ExtensionApprovedBy"] = ("同意延期的负责人", Kind.Text),
        ["ClosedOn"] = ("办结日期", Kind.Date),
        ["OutcomeRow"] = ("处理结果", Kind.Outcome),
        ["OutcomeNote"] = ("办结说明", Kind.Text),
        ["Party"] = ("征求对象", Kind.Text),
        ["From"] = ("开始日期", Kind.Date),
        ["To"] = ("结束日期", Kind.Date),
        ["FileName"] = ("文件名", Kind.Text),
        ["UploadedAt"] = ("上传时间", Kind.Time),
        ["UploadedBy"] = ("上传人", Kind.User),
        ["Kind"] = ("类型", Kind.Challenge),
        ["Filed"] = ("提起日期", Kind.Date),
        ["Decided"] = ("审结日期", Kind.Date),
        ["Result"] = ("结果", Kind.ChallengeResult),
        ["Note"] = ("说明", Kind.Text),
        // The lawful desk (CaseLifecycle): the case's further facts, consultations, reopenings and numbered notices.
        ["Form"] = ("获取信息的方式", Kind.Form),
        ["ApplicantKey"] = ("申请人身份证件", Kind.Hidden),
        ["CorrectionLateReason"] = ("逾期告知补正的理由", Kind.Text),
        ["CorrectionLateApprovedBy"] = ("同意逾期告知补正的负责人", Kind.Text),
        ["ExtendedDue"] = ("延长后的答复期限", Kind.Date),
        ["ExtendedDueProvisional"] = ("延长后的答复期限为暂定", Kind.Yes),
        ["FeeMethod"] = ("信息处理费计收方式", Kind.Term),
        ["FeeUnits"] = ("计费件数或页数", Kind.Text),
        ["FeePriorUnits"] = ("本月此前件数", Kind.Text),
        ["FeeAmount"] = ("信息处理费金额（元）", Kind.Text),
        ["FeeNoticeOn"] = ("收费通知日期", Kind.Date),
        ["FeePayBy"] = ("缴费期限", Kind.Date),
        ["FeePaymentMethod"] = ("缴纳方式", Kind.Text),
        ["FeePaidOn"] = ("缴费日期", Kind.Date),
        ["FeeReceipt"] = ("缴费票据号", Kind.Text),
        ["ReasonsRequestedOn"] = ("要求说明理由日期", Kind.Date),
        ["ReasonsDueBy"] = ("说明理由期限", Kind.Date),
        ["WithheldPart"] = ("不予公开的部分", Kind.Text),
        ["NotHeld"] = ("不掌握的原因", Kind.Term),
        ["HolderAgency"] = ("负责公开的行政机关", Kind.Text),
        ["HolderContact"] = ("其联系方式", Kind.Text),
        ["PublishedWhere"] = ("已主动公开的途径", Kind.Text),
        ["RepeatOfId"] = ("重复申请所指的此前申请", Kind.Hidden),
        ["OverdueSince"] = ("超过答复期限之日", Kind.Date),
        ["ReplyDue"] = ("应答复日期", Kind.Date),
        ["Reply"] = ("征求意见的结果", Kind.Term),
        ["ProlongReason"] = ("延长暂停的理由", Kind.Text),
        ["ProlongedTo"] = ("暂停至", Kind.Date),
        ["NotifiedOn"] = ("告知第三方日期", Kind.Date),
        ["DisclosedContent"] = ("决定公开的内容", Kind.Text),
        ["DisclosureReasons"] = ("决定公开的理由", Kind.Text),
        ["On"] = ("日期", Kind.Date),
        ["Reason"] = ("原因", Kind.Term),
        ["By"] = ("审核人", Kind.Text),
        ["AnswerBy"] = ("重新答复期限", Kind.Date),
        ["PreviousClosedOn"] = ("原办结日期", Kind.Date),
        ["PreviousOutcomeRow"] = ("原处理结果", Kind.Outcome),
        ["PreviousOverdueSince"] = ("原超期之日", Kind.Date),
        ["PreviousJson"] = ("原办结记录", Kind.Hidden),
        ["Year"] = ("年度", Kind.Hidden),
        ["Seq"] = ("序号", Kind.Hidden),
        ["IssuedOn"] = ("出具日期", Kind.Date),
        ["ConsultationSeq"] = ("征求意见序号", Kind.Hidden),
        ["ServedMethod"] = ("送达方式", Kind.Service),
        ["ServedOn"] = ("送达日期", Kind.Date),
        ["ServedProof"] = ("送达凭证", Kind.Text),
    };

    /// <summary>The field names the log may record: the guard test checks every audited column is among them.</summary>
    public static IReadOnlyCollection<string> KnownFields => Fields.Keys;

    private static readonly Dictionary<string, string> Actions = new()
    {
        ["Case.Added"] = "登记申请",
        ["Case.Modified"] = "修改申请",
        ["Case.Deleted"] = "删除申请",
        ["Consultation.Added"] = "开始征求意见",
        ["Consultation.Modified"] = "登记征求意见结束",
        ["Consultation.Deleted"] = "删除征求意见",
        ["Attachment.Added"] = "上传附件",
        ["Attachment.Modified"] = "修改附件",
        ["Attachment.Deleted"] = "删除附件",
        ["Challenge.Added"] = "登记复议或诉讼",
        ["Challenge.Modified"] = "登记复议或诉讼结果",
        ["Challenge.Deleted"] = "删除复议或诉讼",
        ["Oversight.Filed"] = "收取年度报告",
        ["Agency.Added"] = "添加机关",
        ["Agency.Edited"] = "修改机关",
        ["Reopening.Added"] = "重新办理",
        ["Reopening.Modified"] = "修改重新办理记录",
        ["Reopening.Deleted"] = "删除重新办理记录",
        ["CaseNotice.Added"] = "出具告知书",
        ["CaseNotice.Modified"] = "登记送达",
        ["CaseNotice.Deleted"] = "删除告知书",
        ["Agency.NoticeSettings"] = "设置机关代字和收费方式",
        ["Agency.UnitsDeadline"] = "设置下属单位报送期限",
        ["Agency.PublicSite"] = "发布政府信息公开指南",
    };

    /// <summary>The action codes the log writes (for the guard test).</summary>
    public static IReadOnlyCollection<string> KnownActions => Actions.Keys;

    /// <summary>
    /// What was done, in the office's words. A change to a case says which step it was (办结, 告知补正…) by the first
    /// step-defining field it records.
    /// </summary>
    public static string Action(string action, string? detail = null)
    {
        if (action == "Case.Modified" && detail is not null)
        {
            if (Regex.IsMatch(detail, @"(^|; )ClosedOn: \d{4}-\d{2}-\d{2} → ∅")) return "重新办理";
            foreach (var (field, step) in Steps)
                if (Regex.IsMatch(detail, $@"(^|; ){field}: ")) return step;
        }
        return Actions.TryGetValue(action, out var label) ? label : "其他操作";
    }

    private static readonly (string Field, string Step)[] Steps =
    [
        ("ClosedOn", "办结"), ("ExtendedOn", "延长答复期限"), ("CorrectionReceivedOn", "登记收到补正"),
        ("CorrectionRequestedOn", "告知补正"), ("FeePaidOn", "登记缴费"), ("FeeNoticeOn", "发出收费通知"),
        ("ReasonsRequestedOn", "要求说明理由"), ("ReceivedOn", "登记收到申请之日"), ("HandlerId", "分派经办人"),
    ];

    /// <summary>
    /// The recorded fields in Chinese. <paramref name="person"/> names a user by id or user name (null when unknown:
    /// then "（已删除的用户）", never the id). A detail that is not a field list (the oversight actions write Chinese
    /// sentences) is returned as it is.
    /// </summary>
    public static IReadOnlyList<AuditChange> Changes(string detail, Func<string, string?> person)
    {
        if (string.IsNullOrEmpty(detail)) return [];
        var parts = FieldStart().Split(detail);
        if (!FieldAtStart().IsMatch(parts[0])) return [new AuditChange("", detail)];
        var result = new List<AuditChange>();
        foreach (var part in parts)
        {
            var m = FieldAtStart().Match(part);
            if (!m.Success) continue;
            var (label, kind) = Fields[m.Groups[1].Value];
            if (kind == Kind.Hidden) continue;
            var body = part[m.Length..];
            string text;
            if (m.Groups[2].Value == "=") text = Value(body, kind, person);
            else
            {
                var arrow = body.IndexOf(" → ", StringComparison.Ordinal);
                text = arrow < 0 ? Value(body, Kind.Text, person)
                    : $"{Value(body[..arrow], kind, person)} → {Value(body[(arrow + 3)..], kind, person)}";
            }
            result.Add(new AuditChange(label, text));
        }
        return result;
    }

    /// <summary>The changes on one line: "提交方式：邮寄（需签收）；提交日期：2026年1月5日".</summary>
    public static string Describe(string detail, Func<string, string?> person) =>
        string.Join("；", Changes(detail, person).Select(c => c.Field.Length == 0 ? c.Text : $"{c.Field}：{c.Text}"));

    private static string Value(string raw, Kind kind, Func<string, string?> person)
    {
        if (raw == "∅") return "（空）";
        if (raw.StartsWith('（') && raw.EndsWith('）')) return raw; // （个人信息） as written, never the data
        switch (kind)
        {
            case Kind.Date:
                return DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? Chinese.Date(d) : raw;
            case Kind.Time:
                return DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? Chinese.Time(t) : raw;
            case Kind.User:
                return person(raw) ?? "（已删除的用户）";
            case Kind.Outcome:
                return Chinese.Outcome(raw);
            case Kind.Channel:
                return Enum.TryParse<Channel>(raw, out var ch) ? ch.Label() : raw;
            case Kind.Applicant:
                return Enum.TryParse<ApplicantKind>(raw, out var ak) ? ak.Label() : raw;
            case Kind.Challenge:
                // "Kind" is a challenge's, a consultation's or a notice's: whichever names the value.
                return Enum.TryParse<ChallengeKind>(raw, out var ck) && Enum.IsDefined(ck) ? ck.Label() : Term(raw);
            case Kind.ChallengeResult:
                return Enum.TryParse<ChallengeResult>(raw, out var cr) ? cr.Label() : raw;
            case Kind.Yes:
                return raw switch { "True" => "是", "False" => "否", _ => raw };
            case Kind.Term:
                return Term(raw);
            case Kind.Form:
                return Enum.TryParse<InformationForm>(raw, out var form) && Enum.IsDefined(form) && char.IsLetter(raw[0]) ? form.Label() : raw;
            case Kind.Service:
                return Enum.TryParse<ServiceMethod>(raw, out var sm) && Enum.IsDefined(sm) && char.IsLetter(raw[0]) ? sm.Label() : raw;
            default:
                return raw;
        }
    }

    /// <summary>A desk term by its code (InformationForm, FeeMethod, NotHeldBasis, ConsultedParty, ConsultationReply, ReopenReason, NoticeKind, ServiceMethod).</summary>
    private static string Term(string raw)
    {
        foreach (var type in TermTypes)
            if (Enum.TryParse(type, raw, out var v) && v is Enum e && Enum.IsDefined(type, e) && char.IsLetter(raw[0])) return e.Label();
        return raw;
    }

    private static readonly Type[] TermTypes =
    [
        typeof(InformationForm), typeof(FeeMethod), typeof(NotHeldBasis), typeof(ConsultedParty), typeof(ConsultationReply),
        typeof(ReopenReason), typeof(NoticeKind), typeof(ServiceMethod),
    ];

    // A field starts a part: its name, then "=" (added) or ": " (modified). Values may themselves hold "; ".
    [GeneratedRegex(@"; (?=(?:AgencyId|CaseId|ContentType|Number|Channel|Submitted|Confirmed|ReceivedOn|ApplicantKind|ApplicantName|IdNumber|Phone|Address|Email|InformationRequested|PreferredForm|HandlerId|CorrectionRequestedOn|CorrectionRequest|CorrectionDueBy|CorrectionReceivedOn|ExtendedOn|ExtensionReason|ExtensionApprovedBy|ClosedOn|OutcomeRow|OutcomeNote|Party|From|To|FileName|UploadedAt|UploadedBy|Kind|Filed|Decided|Result|Note|Form|ApplicantKey|CorrectionLateReason|CorrectionLateApprovedBy|ExtendedDue|ExtendedDueProvisional|FeeMethod|FeeUnits|FeePriorUnits|FeeAmount|FeeNoticeOn|FeePayBy|FeePaymentMethod|FeePaidOn|FeeReceipt|ReasonsRequestedOn|ReasonsDueBy|WithheldPart|NotHeld|HolderAgency|HolderContact|PublishedWhere|RepeatOfId|OverdueSince|ReplyDue|Reply|ProlongReason|ProlongedTo|NotifiedOn|DisclosedContent|DisclosureReasons|On|Reason|By|AnswerBy|PreviousClosedOn|PreviousOutcomeRow|PreviousOverdueSince|PreviousJson|Year|Seq|IssuedOn|ConsultationSeq|ServedMethod|ServedOn|ServedProof)(?:=|: ))")]
    private static partial Regex FieldStart();

    [GeneratedRegex(@"^(AgencyId|CaseId|ContentType|Number|Channel|Submitted|Confirmed|ReceivedOn|ApplicantKind|ApplicantName|IdNumber|Phone|Address|Email|InformationRequested|PreferredForm|HandlerId|CorrectionRequestedOn|CorrectionRequest|CorrectionDueBy|CorrectionReceivedOn|ExtendedOn|ExtensionReason|ExtensionApprovedBy|ClosedOn|OutcomeRow|OutcomeNote|Party|From|To|FileName|UploadedAt|UploadedBy|Kind|Filed|Decided|Result|Note|Form|ApplicantKey|CorrectionLateReason|CorrectionLateApprovedBy|ExtendedDue|ExtendedDueProvisional|FeeMethod|FeeUnits|FeePriorUnits|FeeAmount|FeeNoticeOn|FeePayBy|FeePaymentMethod|FeePaidOn|FeeReceipt|ReasonsRequestedOn|ReasonsDueBy|WithheldPart|NotHeld|HolderAgency|HolderContact|PublishedWhere|RepeatOfId|OverdueSince|ReplyDue|Reply|ProlongReason|ProlongedTo|NotifiedOn|DisclosedContent|DisclosureReasons|On|Reason|By|AnswerBy|PreviousClosedOn|PreviousOutcomeRow|PreviousOverdueSince|PreviousJson|Year|Seq|IssuedOn|ConsultationSeq|ServedMethod|ServedOn|ServedProof)(=|: )")]
    private static partial Regex FieldAtStart();
}
