using System.Collections.Frozen;
using Gongkai.Core.Compare;
using Gongkai.Core.Desk;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Core.Oversight;
using Gongkai.Core.Rules;

namespace Gongkai.Core.Labels;

/// <summary>
/// Every Chinese word a person reads for something the code names in English: THE place for labels.
/// <list type="bullet">
/// <item>An enum a screen, document, export or message shows: add its values to <see cref="EnumLabels"/> below
/// (<c>value.Label()</c> then works everywhere). LabelTests fails for an enum of Core or Web that is neither here
/// nor in <see cref="UnshownEnums"/>: a new enum (fees, delivery, …) belongs in Core, beside its rules, and its
/// labels here.</item>
/// <item>Rule titles stay in <see cref="RuleCatalogue"/> (<see cref="Rule(string)"/> reads them); cell, row and
/// section names come from the template data (Templates/*.json, <see cref="Cell(string, ReportLayout?)"/>,
/// <see cref="Place(string, ReportLayout?)"/>); outcome rows from <see cref="Outcomes"/>.</item>
/// <item>Audit actions and the fields they record: <see cref="AuditText"/>. Dates, times and numbers:
/// <see cref="Date(DateOnly)"/>, <see cref="Time(DateTimeOffset)"/>, <see cref="Number(decimal?)"/>.</item>
/// <item>What must never reach a person (rule ids, cell paths, English enum names, GUIDs, "UTC", "26.0"):
/// <see cref="InternalNames"/>, which the browser suite and the guard tests apply to every page.</item>
/// </list>
/// JSON keys and ids stay English for machines; where a person reads them, the label stands beside them.
/// </summary>
public static partial class Chinese
{
    private static readonly FrozenDictionary<Enum, string> EnumLabels = new Dictionary<Enum, string>
    {
        // 检查结果的级别: the same three words on every screen, in the CLI, the portal and documents.
        [Severity.Error] = "错误",
        [Severity.Warning] = "警告",
        [Severity.Info] = "提示",

        // 提交方式 (Art. 31)
        [Channel.InPerson] = "当面提交",
        [Channel.RegisteredPost] = "邮寄（需签收）",
        [Channel.OrdinaryPost] = "平常信函",
        [Channel.Online] = "互联网渠道",
        [Channel.Fax] = "传真",

        // 申请人类型: the six columns of section 三, as the templates print them.
        [ApplicantKind.NaturalPerson] = "自然人",
        [ApplicantKind.Commercial] = "商业企业",
        [ApplicantKind.Research] = "科研机构",
        [ApplicantKind.SocialWelfare] = "社会公益组织",
        [ApplicantKind.LegalService] = "法律服务机构",
        [ApplicantKind.OtherOrg] = "其他组织",

        // 复议、诉讼 (section 四)
        [ChallengeKind.Review] = "行政复议",
        [ChallengeKind.LitigationDirect] = "未经复议直接起诉",
        [ChallengeKind.LitigationAfterReview] = "复议后起诉",
        [ChallengeResult.Upheld] = "结果维持",
        [ChallengeResult.Corrected] = "结果纠正",
        [ChallengeResult.Other] = "其他结果",

        // 申请的办理状态 (CaseLifecycle)
        [CaseState.AwaitingOnlineConfirmation] = "网上申请待确认",
        [CaseState.NotReceived] = "待确认收到",
        [CaseState.Open] = "办理中",
        [CaseState.AwaitingCorrection] = "待补正",
        [CaseState.Consulting] = "征求意见中",
        [CaseState.AwaitingFee] = "待缴费",
        [CaseState.Closed] = "已办结",

        // 办理的步骤 (CaseLifecycle.Allowed)
        [StepKind.ConfirmReceipt] = "登记签收或确认之日",
        [StepKind.RequestCorrection] = "告知补正",
        [StepKind.ReceiveCorrection] = "登记收到补正",
        [StepKind.Extend] = "延长答复期限",
        [StepKind.StartConsultation] = "征求意见",
        [StepKind.RecordConsultationReply] = "登记征求意见的结果",
        [StepKind.ProlongConsultation] = "延长征求意见的暂停期间",
        [StepKind.NotifyThirdParty] = "书面告知第三方",
        [StepKind.IssueFeeNotice] = "发出收费通知",
        [StepKind.RecordPayment] = "登记缴费",
        [StepKind.RequestReasons] = "要求说明理由",
        [StepKind.Close] = "办结",
        [StepKind.Reopen] = "重新办理",
        [StepKind.RecordService] = "登记送达",

        // 获取信息的方式 (Art. 29, 40)
        [InformationForm.PaperByPost] = "纸质件（邮寄）",
        [InformationForm.PaperInPerson] = "纸质件（当面领取）",
        [InformationForm.Email] = "电子邮件",
        [InformationForm.Disc] = "光盘等电子数据存储介质",
        [InformationForm.Fax] = "传真",
        [InformationForm.Online] = "通过政府信息公开平台获取",
        [InformationForm.ReadOnSite] = "现场查阅、抄录",

        // 送达方式
        [ServiceMethod.InPerson] = "直接送达",
        [ServiceMethod.Post] = "邮寄送达",
        [ServiceMethod.Email] = "电子邮件送达",
        [ServiceMethod.Online] = "政府信息公开平台送达",
        [ServiceMethod.Fax] = "传真送达",

        // 征求意见 (Art. 32, 34)
        [ConsultedParty.ThirdParty] = "第三方（第三十二条）",
        [ConsultedParty.Agency] = "共同制作的行政机关（第三十四条）",
        [ConsultationReply.Consented] = "同意公开",
        [ConsultationReply.Objected] = "不同意公开",
        [ConsultationReply.NoReply] = "逾期未提出意见",

        // 信息处理费 (国办函〔2020〕109号 第三条)
        [FeeMethod.PerItem] = "按件计收",
        [FeeMethod.PerVolume] = "按量计收",

        // 本机关不掌握相关政府信息 (Art. 36 (四)(五))
        [NotHeldBasis.DoesNotExist] = "经检索没有所申请公开的信息（第三十六条第（四）项）",
        [NotHeldBasis.AnotherAgency] = "不属于本机关负责公开（第三十六条第（五）项）",

        // 重新办理
        [ReopenReason.MistakenClose] = "误办结，重新办理",
        [ReopenReason.ReviewCorrected] = "行政复议决定纠正，重新答复",
        [ReopenReason.LitigationCorrected] = "人民法院判决纠正，重新答复",

        // 告知书
        [NoticeKind.Decision] = "答复告知书",
        [NoticeKind.Correction] = "补正告知书",
        [NoticeKind.Extension] = "延长答复期限告知书",
        [NoticeKind.Consultation] = "征求意见书",
        [NoticeKind.ThirdPartyDecision] = "公开决定告知书（第三方）",
        [NoticeKind.Fee] = "信息处理费收费通知书",
        [NoticeKind.ReasonsRequest] = "说明理由通知书",

        // 申请人的身份证件
        [IdentityKind.ResidentId] = "公民身份号码",
        [IdentityKind.CreditCode] = "统一社会信用代码",
        [IdentityKind.Other] = "其他证件号码",

        // 网上申请 (the agency's public site)
        [PublicApplicantKind.NaturalPerson] = "公民",
        [PublicApplicantKind.Organisation] = "法人或者其他组织",
        [ProvisionForm.Paper] = "纸质文本",
        [ProvisionForm.Electronic] = "电子文本",
        [ProvisionForm.Disc] = "光盘等存储介质",
        [DeliveryWay.Post] = "邮寄",
        [DeliveryWay.Email] = "电子邮件",
        [DeliveryWay.Fax] = "传真",
        [DeliveryWay.Collect] = "当面领取",
        [DeliveryWay.Online] = "网上获取",
        [DeliveryWay.ReadOnSite] = "现场查阅、抄录",
        [PublicStatus.AwaitingConfirmation] = "待确认",
        [PublicStatus.InProgress] = "办理中",
        [PublicStatus.AwaitingCorrection] = "待补正",
        [PublicStatus.Consulting] = "征求意见",
        [PublicStatus.Extended] = "已延期",
        [PublicStatus.AwaitingFee] = "待缴费",
        [PublicStatus.Closed] = "已办结",

        // 政务公开办
        [AgencyKind.Government] = "人民政府",
        [AgencyKind.Department] = "部门",
        [AgencyKind.Township] = "乡镇、街道",
        [FilingSource.Upload] = "上传",
        [FilingSource.Folder] = "目录导入",
        [FilingSource.Desk] = "单位报送",
        [FilingStatus.OnTime] = "已报送",
        [FilingStatus.Late] = "逾期报送",
        [FilingStatus.Missing] = "未报送",
        [FilingStatus.Overdue] = "未报送（已逾期）",
        [CollectOutcome.Stored] = "已存入",
        [CollectOutcome.AlreadyPresent] = "已存在",
        [CollectOutcome.Failed] = "失败",
        [AnomalyKind.YearOnYearJump] = "新收申请数变化异常",
        [AnomalyKind.AllZeros] = "数据全部为零",
        [AnomalyKind.CorrectionRateOutlier] = "纠错率异常偏高",
        [RollUpGapReason.Unreadable] = "单位报告未填或无法读取",
        [RollUpGapReason.NoCounterpart] = "单位报告格式中无对应项",
        [RollUpGapReason.CannotSplit] = "单位报告将“（六）其他处理”印成一行，无法拆分",

        // 两份报告的比较 (Compare/)
        [ReportSide.Old] = "上年",
        [ReportSide.New] = "本年",
        [ProseKind.Added] = "新增",
        [ProseKind.Deleted] = "删除",
        [ProseKind.Changed] = "修改",
        [ProseKind.Same] = "未变",
        [EditKind.Same] = "未变",
        [EditKind.Inserted] = "增加",
        [EditKind.Deleted] = "删除",
        [CellMatch.Same] = "同一单元格",
        [CellMatch.Counterpart] = "格式调整后的对应单元格",
        [CellMatch.Sum] = "一方为各子项之和",
        [CellMatch.OldOnly] = "仅上年报告有",
        [CellMatch.NewOnly] = "仅本年报告有",
        [CopyScope.Paragraph] = "段落",
        [CopyScope.Section] = "整个部分",
        [FigureKind.Count] = "件数",
        [FigureKind.Amount] = "金额（万元）",
        [FigureKind.Rate] = "比率（%）",

        // 年度报告格式
        [TemplateId.V2019] = "2019年版格式（国办公开办函〔2019〕60号）",
        [TemplateId.V2021] = "2021年版格式（国办公开办函〔2021〕30号）",
    }.ToFrozenDictionary();

    /// <summary>
    /// Enums that only code reads (layout roles, file formats, storage paths): they have no label on purpose. An enum
    /// of Core or Web must be in <see cref="EnumLabels"/> or here, by its type name.
    /// </summary>
    public static readonly FrozenSet<string> UnshownEnums = new[]
    {
        "FieldKind", "RowRole", "BulkWritePath", "DatabaseProvider",
    }.ToFrozenSet();

    /// <summary>The Chinese label of an enum value a person reads; throws for a value nobody labelled (LabelTests finds them first).</summary>
    public static string Label(this Enum value) =>
        EnumLabels.TryGetValue(value, out var label) ? label
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{value.GetType().Name}.{value} has no Chinese label (add it to Chinese.EnumLabels)");

    /// <summary>Whether <paramref name="value"/> has a label (for the guard test).</summary>
    public static bool HasLabel(Enum value) => EnumLabels.ContainsKey(value);

    /// <summary>A severity as it is written in JSON ("error", "warning", "info") in Chinese; unknown text stays as given.</summary>
    public static string SeverityOf(string? code) =>
        Finding.TryParseSeverity(code, out var s) ? s.Label() : code ?? "";

    /// <summary>The roles of the sign-in (Identity role names) as the office calls them.</summary>
    public static string Role(string role) => role switch
    {
        "Clerk" => "经办人",
        "Head" => "审核人",
        "Admin" => "管理员",
        "Supervisor" => "政务公开办",
        _ => role,
    };

    /// <summary>
    /// A rule's Chinese title from the catalogue ("第一项加第二项之和等于第三项加第四项之和"); a rule id no longer in the
    /// catalogue (an old stored finding) reads as its family, never as the id.
    /// </summary>
    public static string Rule(string id)
    {
        if (RuleCatalogue.TryGet(id, out var rule)) return rule.Title;
        var family = id.Split('.')[0];
        return family switch
        {
            "identity" => "勾稽关系",
            "value" => "数值规则",
            "proactive" => "主动公开数据规则",
            "template" => "格式规则",
            "narrative" => "正文与表格核对",
            "read" => "读取说明",
            "rollup" => "汇总说明",
            "crossyear" => "跨年度核对",
            "anomaly" => "异常提示",
            _ => "其他检查",
        };
    }

    /// <summary>An outcome row of section 三 by its key, for the year it was closed in (any year's label when the year's template lacks it).</summary>
    public static string Outcome(string rowKey, int? year = null)
    {
        if (year is { } y && Outcomes.Find(y, rowKey) is { } o) return o.DisplayName;
        foreach (var layout in TemplateCatalog.All)
            if (Outcomes.For(layout).FirstOrDefault(x => x.RowKey == rowKey) is { } any) return any.DisplayName;
        return "（未知的处理结果）";
    }
}
