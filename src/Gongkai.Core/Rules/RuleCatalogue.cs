using System.Collections.Frozen;
using Gongkai.Core.Model;

namespace Gongkai.Core.Rules;

/// <summary>
/// Every rule Gongkai applies, in one place: the format's identities, value rules, narrative cross-checks,
/// template rules, and what the reader reports about damaged input. Extraction, data entry, rendering and
/// roll-up all cite these ids.
/// </summary>
public static class RuleCatalogue
{
    // 勾稽关系 stated by the format itself.
    public static readonly Rule Balance = new("identity.balance", Severity.Error,
        "applications.{newReceived,carriedOver,total,carriedForward}.*",
        "第一项加第二项之和等于第三项加第四项之和",
        "{place}：第一项加第二项之和为{left}，第三项加第四项之和为{right}，相差{diff}（勾稽关系：第一项加第二项之和，等于第三项加第四项之和）");

    public static readonly Rule OutcomesTotal = new("identity.outcomes-total", Severity.Error,
        "applications.{@outcome,total}.*",
        "（七）总计等于各项办理结果之和",
        "{place}：印刷为{actual}，各项办理结果之和为{expected}，相差{diff}");

    public static readonly Rule RowTotal = new("identity.row-total", Severity.Error,
        "applications.*.{naturalPerson..otherOrg,total}",
        "总计列等于六类申请人之和",
        "{place}：印刷为{actual}，六类申请人之和为{expected}，相差{diff}");

    public static readonly Rule ReviewTotal = new("identity.review-total", Severity.Error,
        "reviewLitigation.*.{upheld,corrected,other,pending,total}",
        "复议、诉讼总计等于结果维持、结果纠正、其他结果、尚未审结之和",
        "{place}：印刷为{actual}，结果维持、结果纠正、其他结果、尚未审结之和为{expected}，相差{diff}");

    // Values.
    public static readonly Rule Negative = new("value.negative", Severity.Error, "*.*.* (counts)",
        "件数不能为负", "{place}：件数不能为负数，印刷为{actual}");

    public static readonly Rule NonInteger = new("value.non-integer", Severity.Error, "*.*.* (counts)",
        "件数应为整数", "{place}：件数应为整数，印刷为{actual}");

    public static readonly Rule TotalBelowNew = new("proactive.total-below-new", Severity.Warning,
        "proactive.{regulations,normativeDocuments}.{newlyPublished,totalPublished}",
        "对外公开总数量不小于本年新公开数量",
        "{place}：对外公开总数量{actual}小于本年新公开数量{expected}");

    public static readonly Rule NegativeBalance = new("proactive.negative-balance", Severity.Warning,
        "proactive.*.{previousCount,change}",
        "上一年项目数量加本年增/减不为负",
        "{place}：上一年项目数量{previous}加本年增/减{change}为{actual}，项目数量不能为负");

    /// <summary>
    /// A report computed at the desk whose section 二 has no value at all: nothing was entered or registered, which is
    /// not the same as zero (the workspace applies it; a report read from a file reports missing cells as read.*).
    /// </summary>
    public static readonly Rule ProactiveEmpty = new("proactive.empty", Severity.Warning, "proactive.*.*",
        "第二部分主动公开情况已填报",
        "第二部分“主动公开政府信息情况”没有任何数据：请在主动公开登记中登记本年度的规章、规范性文件、处理决定等，或直接填报该部分");

    // Template.
    public static readonly Rule YearMismatch = new("template.year-mismatch", Severity.Warning, "format, year",
        "报告年度与格式相符",
        "{year}年度报告应使用{expected}年格式（{notice}），实际使用的是{actual}年格式");

    public static readonly Rule MixedLayout = new("template.mixed-layout", Severity.Warning, "applications.other.*",
        "2021年格式分列三（六）其他处理的三个子项",
        "2021年格式的报告将“（六）其他处理”印成一行，未分列三个子项（混用了2019年格式）；按印刷内容记为 other");

    // Narrative cross-checks: numbers quoted in the prose against the tables and against their own parts.
    public static readonly Rule NarrativeCell = new("narrative.table-mismatch", Severity.Warning,
        "narrative vs applications/reviewLitigation totals",
        "正文数字与表格一致",
        "正文称“{quote}”，而{place}为{actual}");

    public static readonly Rule NarrativePartsSum = new("narrative.parts-sum", Severity.Error, "narrative",
        "正文列出的各项之和等于所称总数",
        "正文称“{quote}”，总数为{expected}，但列出的各项之和为{actual}，相差{diff}");

    public static readonly Rule NarrativePartsExceed = new("narrative.parts-exceed", Severity.Warning, "narrative",
        "正文列出的部分之和不超过所称总数",
        "正文称“{quote}”，总数为{expected}，列出的部分之和为{actual}（未列“其他”项，可能未列全）");

    // What the reader reports about the text it was given.
    public static readonly Rule CellRecovered = new("read.cell-recovered", Severity.Info, "any cell",
        "缺失或空白的单元格已由勾稽关系唯一确定",
        "{place}：印刷了{printed}个数值（应为{expected}个），缺失的单元格已由勾稽关系唯一确定，恢复为：{values}");

    public static readonly Rule CellMissing = new("read.cell-missing", Severity.Warning, "any cell",
        "单元格缺失且无法唯一确定",
        "{place}：数值缺失或无法唯一确定（印刷了{printed}个数值，应为{expected}个），记为空（null）");

    public static readonly Rule NumberJoined = new("read.number-joined", Severity.Info, "any cell",
        "跨行拆开的数字已依勾稽关系合并",
        "{place}：跨行拆开的“{parts}”依勾稽关系合并为{actual}");

    public static readonly Rule ExtraCellDropped = new("read.extra-cell-dropped", Severity.Info, "any row",
        "多出的数值已依勾稽关系舍弃",
        "{place}：印刷了{printed}个数值（应为{expected}个），依勾稽关系舍弃了多出的“{dropped}”");

    public static readonly Rule Ambiguous = new("read.ambiguous", Severity.Warning, "any cell",
        "数值有多种读法",
        "{place}：印刷的数值可有多种读法，勾稽关系不能唯一确定（{candidates}），记为空（null）");

    public static readonly Rule DigitsSplit = new("read.digits-split", Severity.Info, "any row",
        "连在一起的数字已唯一拆分",
        "{place}：各单元格的数字连在一起印刷为“{printed}”，依{how}唯一拆分为：{values}");

    public static readonly Rule SignPlaced = new("read.sign-placed", Severity.Info, "any row",
        "带正负号的数确定了本行各数所在的单元格",
        "{place}：印刷为“{printed}”，带正负号的数只能是“本年增/减”，本行只有一种读法：{values}");

    public static readonly Rule RepeatsExpanded = new("read.repeats-expanded", Severity.Info, "any row",
        "只印一次的重复数值已唯一展开",
        "{place}：文本中与上一行相同的行被删去（网页存档文本），本行印为“{printed}”，依{how}唯一展开为：{values}");

    public static readonly Rule OrderConflict = new("read.order-conflict", Severity.Warning, "any cell",
        "行标签与数值顺序不一致",
        "{place}：文本中行标签与数值的先后不一致（常见于 pdftotext 默认模式），按标签读与按数值顺序读结果不同（{candidates}），记为空（null）");

    public static readonly Rule ReadByOrder = new("read.by-order", Severity.Info, "a whole section",
        "按数值顺序读取表格",
        "{place}：文本中行标签与数值的先后不一致（常见于 pdftotext 默认模式）；数值个数与表格单元格数相同，已按数值顺序读取：{why}");

    public static readonly Rule OcrCorrected = new("read.ocr-corrected", Severity.Info, "any cell",
        "识别错误的数字已由勾稽关系更正",
        "{place}：文字识别（OCR）读为{read}，与勾稽关系不符；由其余单元格和勾稽关系唯一确定为{actual}");

    public static readonly Rule OcrConflict = new("read.ocr-conflict", Severity.Warning, "any cell",
        "识别的数字与勾稽关系不符且无法确定",
        "{place}：文字识别（OCR）读为{read}，与勾稽关系不符，无法确定哪个数字识别有误，记为空（null）");

    public static readonly Rule UnitConverted = new("read.unit-converted", Severity.Info, "proactive.*.amountWan",
        "金额单位已换算为万元",
        "{place}：印刷为“{raw}”，已换算为{actual}万元");

    public static readonly Rule RowMissing = new("read.row-missing", Severity.Warning, "any row",
        "表格行未找到",
        "{place}：文本中未找到该行，其数值记为空（null），能由勾稽关系确定的除外");

    public static readonly Rule SectionMissing = new("read.section-missing", Severity.Error, "a whole section",
        "报告缺少表格部分",
        "未找到“{title}”的表格，该部分数值全部记为空（null）");

    public static readonly Rule TemplateGuessed = new("read.template-guessed", Severity.Warning, "format",
        "格式由年度推定",
        "表头未能辨认出格式，按报告年度推定为{actual}年格式");

    public static readonly Rule YearMissing = new("read.year-missing", Severity.Warning, "year",
        "未找到报告年度",
        "标题中未找到报告年度（“XXXX年政府信息公开工作年度报告”）");

    public static readonly Rule AgencyMissing = new("read.agency-missing", Severity.Warning, "agency",
        "未找到机关名称",
        "标题中未找到机关名称");

    // A date by the title that cannot be this report's publication: a year's report is published after the year ends
    // (Art. 50: by 31 January of the next year); an archive's header may carry a placeholder such as 2019-01-01.
    public static readonly Rule PublishedImpossible = new("read.published-impossible", Severity.Warning, "published",
        "标题附近的日期早于报告年度结束，不是发布日期",
        "标题附近印刷的日期“{printed}”不晚于{year}年12月31日，不可能是{year}年度报告的发布日期，未采用");

    // Scanned PDFs read by OCR (Gongkai.Ingest/Ocr).
    public static readonly Rule Ocr = new("read.ocr", Severity.Info, "the whole report",
        "数值由 OCR 从扫描件识别",
        "扫描件经 OCR 识别：{pages}页，引擎 {engine}，用时{seconds}秒，表格数字{cells}个；数值、机关名称和年度均来自识别，请对照原件核对");

    // A searchable scan's own text layer (invisible text another program recognised) has no confidence for its digits.
    public static readonly Rule OcrLayerIgnored = new("read.ocr-layer-ignored", Severity.Info, "the whole report",
        "扫描件自带的隐藏识别文字未采信",
        "PDF 的页面是扫描图像，其上的文字层是其他软件识别的隐藏文字（{letters}个字符），其数字无法核实，未采信；已由 Gongkai 重新识别");

    // A PDF whose fonts map glyphs to the wrong characters: what the page shows is not what its text says.
    public static readonly Rule GarbledLayerIgnored = new("read.garbled-layer-ignored", Severity.Info, "the whole report",
        "PDF 文字层乱码，按页面图像识别",
        "PDF 的文字层是乱码（字体的字符映射缺失或错误，汉字间夹有{letters}个异常字符），未采信；已把页面绘成图像由 Gongkai 识别");

    public static readonly Rule OcrUnread = new("read.ocr-unread", Severity.Warning, "table cells of a scan",
        "扫描件中有数字无法可靠识别",
        "{count}个表格数字无法可靠识别（{places}），按空白处理：能由勾稽关系唯一确定的已恢复，其余记为空（null）");

    // A title's agency or year misread (番禺区 as 番明区) is a wrong value in every table and roll-up it reaches.
    public static readonly Rule OcrTitleUnconfirmed = new("read.ocr-title-unconfirmed", Severity.Warning, "agency, year",
        "扫描件标题的识别未经第二次识别确认",
        "标题经两次识别结果不同（“{first}”与“{second}”），{what}无法确认，记为空（null），请对照原件填写");

    // A file cut inside its last character (a download or copy stopped short): what comes before the cut is read.
    public static readonly Rule TextCut = new("read.text-cut", Severity.Warning, "the whole report",
        "文件末尾被截断",
        "文件在最后一个字符的中间截断（末尾{bytes}个字节不是完整的 UTF-8 字符），已读取截断前的文字；文件可能下载不完整：末尾缺少的内容无法读取，其中的表格行和单元格按缺失处理");

    public static readonly Rule OcrUnconfirmed = new("read.ocr-unconfirmed", Severity.Warning, "any cell",
        "OCR 识别的数字未通过勾稽关系核对",
        "{place}：OCR 识别为{actual}，{why}；无法区分是识别错误还是报告本身的错误，记为空（null）");

    // Oversight (政务公开办): district roll-up, year-to-year continuity, anomalies across units.
    public static readonly Rule RollupIncomplete = new("rollup.incomplete", Severity.Warning, "any cell of the roll-up",
        "汇总单元格包含全部单位的数值",
        "{place}：{count}个单位未填报或无法读取该单元格（{units}），汇总值仅为已知数之和");

    public static readonly Rule RollupUnitErrors = new("rollup.unit-errors", Severity.Info, "findings of each unit",
        "汇总数据继承了单位报告中的错误",
        "汇总数据包含{unit}报告中的{count}项错误（{places}），汇总表相应位置的勾稽错误源自该单位");

    public static readonly Rule RollupTemplateMismatch = new("rollup.template-mismatch", Severity.Warning, "format of each unit",
        "各单位与汇总表使用同一格式",
        "{unit}按{actual}填报，汇总表按{expected}（{notice}）：汇总表中{missing}个单元格在该单位报告中无对应项，该单位报告中{dropped}个单元格在汇总表中无对应项、未计入{note}");

    public static readonly Rule CarriedOver = new("crossyear.carried-over", Severity.Error,
        "applications.carriedOver.* vs previous year's applications.carriedForward.*",
        "本年上年结转数等于上年结转下年度数",
        "“{column}”列：{year}年度“{row}”为{actual}，{previousYear}年度“{previousRow}”为{expected}，相差{diff}");

    public static readonly Rule InForce = new("crossyear.in-force", Severity.Warning,
        "proactive.{regulations,normativeDocuments}.{issued,repealed,inForce} (2021) vs previous year's inForce",
        "现行有效件数等于上年现行有效件数加本年制发减本年废止",
        "{place}：{year}年度现行有效件数为{actual}，按{previousYear}年度现行有效{previous}件加本年制发{issued}件减本年废止{repealed}件应为{expected}，相差{diff}");

    public static readonly Rule AnomalyJump = new("anomaly.year-on-year-jump", Severity.Info, "applications.newReceived.total, two years",
        "本年新收申请数与上年相比变化异常",
        "{unit}{year}年度新收政府信息公开申请{actual}件，{previousYear}年度为{previous}件，变化{diff}件（{ratio}），请核实");

    public static readonly Rule AnomalyAllZeros = new("anomaly.all-zeros", Severity.Info, "applications.*.*, reviewLitigation.*.*",
        "申请和复议诉讼数据不应在同类单位普遍较多时全部为零",
        "{unit}{year}年度第三、四部分全部为零或空白，而同年{peers}个同级单位新收申请数的中位数为{median}件，请核实是否漏报");

    public static readonly Rule AnomalyCorrectionRate = new("anomaly.correction-rate", Severity.Info, "reviewLitigation.*.{upheld,corrected,other}",
        "复议诉讼纠错率与同类单位相比异常偏高",
        "{unit}{year}年度行政复议、行政诉讼已审结{concluded}件，结果纠正{corrected}件，纠错率{rate}，同年其他单位合计纠错率为{peerRate}");

    // Comparison of two reports of one agency (gongkai compare, 与上年比较).
    public static readonly Rule CompareDifferentAgency = new("compare.different-agency", Severity.Warning, "agency of both reports",
        "比较的两份报告属于同一机关",
        "两份报告的机关不同：上年报告为“{old}”，本年报告为“{new}”；仍逐项比较，但这不是同一机关的年度对比");

    public static readonly Rule CompareAgencyUnknown = new("compare.agency-unknown", Severity.Info, "agency of both reports",
        "两份报告写明机关名称",
        "{side}报告未写明机关名称，无法确认两份报告属于同一机关");

    public static readonly Rule CompareYearOrder = new("compare.year-order", Severity.Warning, "year of both reports",
        "上年报告的年度早于本年报告",
        "作为上年的报告是{oldYear}年度，不早于作为本年的{newYear}年度：请确认两份报告的先后");

    public static readonly Rule CompareNotConsecutive = new("compare.not-consecutive", Severity.Info, "year of both reports",
        "两份报告为相邻年度",
        "两份报告为{oldYear}年度和{newYear}年度，不是相邻年度：不核对跨年度的勾稽关系（上年结转等）");

    public static readonly Rule CompareFormatChanged = new("compare.format-changed", Severity.Info, "format of both reports",
        "两份报告使用同一格式",
        "两份报告格式不同（上年{oldFormat}，本年{newFormat}）：按行的作用和模板数据对应比较，{count}个单元格没有对应项（见无对应项清单及原因）");

    public static readonly Rule CopiedSection = new("compare.copied-section", Severity.Warning, "narrative, both years",
        "正文部分不与上年雷同",
        "{section}与上年报告的{oldSection}{same}（相似度{similarity}）{note}");

    public static readonly Rule CopiedProblems = new("compare.copied-problems", Severity.Warning, "narrative.problems, both years",
        "存在的主要问题及改进情况不与上年雷同",
        "{section}第{n}段与上年报告{oldSection}第{m}段{same}（相似度{similarity}）：“{quote}”；格式通知要求此项“不得出现敷衍了事甚至年年雷同现象”");

    public static readonly Rule CopiedParagraph = new("compare.copied-paragraph", Severity.Info, "narrative, both years",
        "正文段落不与上年雷同",
        "{section}第{n}段与上年报告{oldSection}第{m}段{same}（相似度{similarity}）：“{quote}”");

    public static readonly IReadOnlyList<Rule> All =
    [
        Balance, OutcomesTotal, RowTotal, ReviewTotal, Negative, NonInteger, TotalBelowNew, NegativeBalance, ProactiveEmpty,
        YearMismatch, MixedLayout, NarrativeCell, NarrativePartsSum, NarrativePartsExceed,
        CellRecovered, CellMissing, NumberJoined, ExtraCellDropped, Ambiguous, DigitsSplit, SignPlaced, RepeatsExpanded, OrderConflict, ReadByOrder,
        OcrCorrected, OcrConflict, UnitConverted, RowMissing, SectionMissing,
        TemplateGuessed, YearMissing, AgencyMissing, PublishedImpossible, Ocr, OcrLayerIgnored, GarbledLayerIgnored, OcrUnread, OcrUnconfirmed, OcrTitleUnconfirmed, TextCut,
        RollupIncomplete, RollupUnitErrors, RollupTemplateMismatch, CarriedOver, InForce,
        AnomalyJump, AnomalyAllZeros, AnomalyCorrectionRate,
        CompareDifferentAgency, CompareAgencyUnknown, CompareYearOrder, CompareNotConsecutive, CompareFormatChanged,
        CopiedSection, CopiedProblems, CopiedParagraph,
    ];

    private static readonly FrozenDictionary<string, Rule> ById = All.ToFrozenDictionary(r => r.Id);

    public static Rule Get(string id) => ById.TryGetValue(id, out var r) ? r : throw new KeyNotFoundException($"no rule {id}");

    public static bool TryGet(string id, out Rule rule) => ById.TryGetValue(id, out rule!);
}
