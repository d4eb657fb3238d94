using System.Collections.Frozen;
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

        // 申请的办理状态
        [CaseState.NotReceived] = "待确认收到",
        [CaseState.Open] = "办理中",
        [CaseState.AwaitingCorrection] = "待补正",
        [CaseState.Consulting] = "征求意见中",
        [CaseState.Closed] = "已办结",

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
