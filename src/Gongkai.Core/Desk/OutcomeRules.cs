using System.Collections.Frozen;
using System.Collections.Immutable;
using Gongkai.Core.Calendar;

namespace Gongkai.Core.Desk;

/// <summary>
/// One fact an outcome presupposes (<see cref="Presupposes"/>, in Chinese) and the check: null when the file and the
/// closing step have it, else the refusal naming the missing step.
/// </summary>
public sealed record Requirement(string Field, string Presupposes, Func<CaseFile, Closing, string?> Missing);

/// <summary>An outcome row of section 三 and every fact closing a case with it presupposes (none is a rule too).</summary>
public sealed record OutcomeRule(string RowKey, ImmutableArray<Requirement> Requirements);

/// <summary>
/// What each outcome row presupposes, so that no case is closed — and no 告知书 printed — on a fact never recorded:
/// an unanswered 补正 past its date for 逾期不补正, a received 补正 for 补正后仍不明确, an unpaid fee notice past its date
/// for 逾期未缴费, reasons and the withheld part for 部分公开 and 不予公开, the holder for 第三十六条第（五）项, the earlier
/// case for 重复申请, the request for reasons of Art. 35 for 无正当理由大量反复申请. Every outcome row of both templates is
/// here (OutcomeRulesTests), beside its legal basis in <see cref="NoticeBases"/>.
/// </summary>
public static class OutcomeRules
{
    private static string D(DateOnly d) => WorkingCalendar.Chinese(d);

    private static readonly Requirement Reasons = new("reasons", "理由",
        (_, c) => string.IsNullOrWhiteSpace(c.Reasons) ? $"处理结果“{Label(c.OutcomeRow)}”须说明理由，请填写理由" : null);

    private static readonly Requirement FormOrPublished = new("form", "获取信息的方式（第四十条）或已主动公开的途径（第三十六条第（一）项）",
        (f, c) => f.Form is null && string.IsNullOrWhiteSpace(c.PublishedWhere)
            ? "请登记提供信息的方式（第四十条：纸质件、电子邮件、光盘、现场查阅等），已主动公开的请写明获取的方式、途径（第三十六条第（一）项）"
            : null);

    private static readonly Requirement Form = new("form", "获取信息的方式（第四十条）",
        (f, _) => f.Form is null ? "请登记提供信息的方式（第四十条：纸质件、电子邮件、光盘、现场查阅等）" : null);

    private static readonly Requirement WithheldPart = new("withheldPart", "不予公开的部分",
        (_, c) => string.IsNullOrWhiteSpace(c.WithheldPart) ? "部分公开须写明不予公开的内容（第三十七条）" : null);

    /// <summary>Art. 32: disclosing over a third party's objection, the decision is notified to it in writing.</summary>
    private static readonly Requirement ThirdPartyNotified = new("consultation", "决定公开时已书面告知提出异议的第三方（第三十二条）",
        (f, _) => f.Consultations.FirstOrDefault(x => x is { Kind: ConsultedParty.ThirdParty, Reply: ConsultationReply.Objected, NotifiedOn: null }) is { } x
            ? $"{x.Party}不同意公开：决定予以公开的，应当将决定公开的政府信息内容和理由书面告知第三方（第三十二条），请先登记告知第三方"
            : null);

    private static readonly Requirement NotHeld = new("notHeld", "不掌握的原因：经检索不存在（第三十六条第（四）项）或不属于本机关负责公开（第三十六条第（五）项）",
        (_, c) => c.NotHeld switch
        {
            null => "请选择不掌握的原因：经检索没有该信息（第三十六条第（四）项），或不属于本机关负责公开（第三十六条第（五）项）",
            NotHeldBasis.AnotherAgency when string.IsNullOrWhiteSpace(c.Reasons) => "不属于本机关负责公开的，须说明理由（第三十六条第（五）项）",
            NotHeldBasis.AnotherAgency when !string.IsNullOrWhiteSpace(c.HolderAgency) && string.IsNullOrWhiteSpace(c.HolderContact) =>
                "已确定负责公开的行政机关的，须告知其名称和联系方式（第三十六条第（五）项），请填写联系方式",
            NotHeldBasis.DoesNotExist when !string.IsNullOrWhiteSpace(c.HolderAgency) => "经检索不存在的，不能同时告知负责公开的行政机关；该信息由其他机关负责公开的，请选择“不属于本机关负责公开”",
            _ => null,
        });

    private static readonly Requirement CorrectionReceived = new("correction", "已告知补正并收到补正后的申请（第三十条）",
        (f, _) => f.Correction switch
        {
            null => "本申请没有告知过补正：“补正后申请内容仍不明确”须先一次性告知补正（第三十条）并收到补正后的申请",
            { ReceivedOn: null } c => $"已于{D(c.AskedOn)}告知补正，尚未收到补正后的申请：请先登记收到补正，或按逾期不补正办结",
            _ => null,
        });

    private static readonly Requirement CorrectionExpired = new("correction", "已告知补正、未收到补正且补正期限已过（第三十条）",
        (f, c) => f.Correction switch
        {
            null => "本申请没有告知过补正：“申请人无正当理由逾期不补正”须先一次性告知补正（第三十条）且补正期限届满",
            { ReceivedOn: { } r } => $"已于{D(r)}收到补正后的申请，不能按逾期不补正办结",
            { DueBy: var due } when c.On <= due => $"补正期限至{D(due)}，尚未届满：届满前不能按逾期不补正办结",
            _ => null,
        });

    private static readonly Requirement FeeExpired = new("fee", "已发出收费通知、未缴费且缴费期限已过",
        (f, c) => f.Fee switch
        {
            null => "本申请没有发出收费通知：“逾期未按收费通知要求缴纳费用”须先发出收费通知且缴费期限届满",
            { PaidOn: { } p } => $"申请人已于{D(p)}缴纳信息处理费，不能按逾期未缴费办结",
            { PayBy: var by } when c.On <= by => $"缴费期限至{D(by)}，尚未届满：届满前不能按逾期未缴费办结",
            _ => null,
        });

    private static readonly Requirement EarlierCase = new("repeatOf", "本申请人此前已答复的相同申请（第三十六条第（六）项）",
        (f, c) => c.RepeatOf switch
        {
            null => "重复申请须指明本机关已作出答复的此前申请（第三十六条第（六）项）",
            { } e when e.Number == f.Number => "重复申请不能指向本申请自身",
            { } e when f.ApplicantKey is null || e.ApplicantKey != f.ApplicantKey =>
                $"申请{e.Number}不是同一申请人的申请（按身份证件号码或统一社会信用代码比对），不能作为重复申请的依据",
            { ClosedOn: null } e => $"申请{e.Number}尚未答复，不能作为重复申请的依据",
            { ClosedOn: { } done } e when done > c.On => $"申请{e.Number}于{D(done)}才答复，晚于本次办结日期",
            _ => null,
        });

    private static readonly Requirement ReasonsRequested = new("reasonsRequested", "已要求申请人说明理由（第三十五条）",
        (f, c) => f.ReasonsRequestedOn switch
        {
            null => "“无正当理由大量反复申请”须先要求申请人说明理由（第三十五条），请先登记要求说明理由",
            { } asked when asked > c.On => $"于{D(asked)}要求说明理由，晚于办结日期",
            _ => null,
        });

    private static string Label(string rowKey) =>
        TemplatesLabel.TryGetValue(rowKey, out var l) ? l : rowKey;

    private static readonly FrozenDictionary<string, string> TemplatesLabel = Layout.TemplateCatalog.All
        .SelectMany(l => Outcomes.For(l)).GroupBy(o => o.RowKey).ToFrozenDictionary(g => g.Key, g => g.First().DisplayName);

    private static OutcomeRule Rule(string row, params Requirement[] extra)
    {
        var basis = NoticeBases.Get(row);
        ImmutableArray<Requirement> list = [.. basis.RequiresDetails ? [Reasons] : Array.Empty<Requirement>(), .. extra];
        return new(row, list);
    }

    private static readonly ImmutableArray<OutcomeRule> Table =
    [
        Rule("granted", FormOrPublished, ThirdPartyNotified),
        Rule("partiallyGranted", WithheldPart, Form, ThirdPartyNotified),
        Rule("withheld.stateSecret"),
        Rule("withheld.prohibitedByLaw"),
        Rule("withheld.endangersSafety"),
        Rule("withheld.thirdPartyRights"),
        Rule("withheld.internalAffairs"),
        Rule("withheld.processInformation"),
        Rule("withheld.enforcementFiles"),
        Rule("withheld.administrativeQuery"),
        Rule("unavailable.notHeld", NotHeld),
        Rule("unavailable.needsCreation"),
        Rule("unavailable.stillUnclear", CorrectionReceived),
        Rule("notProcessed.petitionOrComplaint"),
        Rule("notProcessed.repeated", EarlierCase),
        Rule("notProcessed.publication"),
        Rule("notProcessed.excessive", ReasonsRequested),
        Rule("notProcessed.confirmOrReissue"),
        Rule("other"),
        Rule("other.noCorrection", CorrectionExpired),
        Rule("other.feeUnpaid", FeeExpired),
        Rule("other.other"),
    ];

    private static readonly FrozenDictionary<string, OutcomeRule> ByKey = Table.ToFrozenDictionary(r => r.RowKey, StringComparer.Ordinal);

    public static ImmutableArray<OutcomeRule> All => Table;

    public static bool TryGet(string rowKey, out OutcomeRule rule) => ByKey.TryGetValue(rowKey, out rule!);

    /// <summary>The rows a case waiting for a 补正 or for a fee may be closed with: the ones that end the wait.</summary>
    private static readonly FrozenSet<string> WhileAwaiting = FrozenSet.Create(StringComparer.Ordinal, "other", "other.other", "other.noCorrection", "other.feeUnpaid");

    /// <summary>Every fact <paramref name="closing"/> presupposes that <paramref name="file"/> lacks, as refusals naming the missing step.</summary>
    public static List<Refusal> Check(CaseFile file, Closing closing)
    {
        var refusals = new List<Refusal>();
        if (!ByKey.TryGetValue(closing.OutcomeRow, out var rule))
        {
            refusals.Add(new("outcome", $"“{closing.OutcomeRow}”不是处理结果"));
            return refusals;
        }
        var state = CaseClock.StateOf(file);
        if (state == CaseState.AwaitingCorrection && !WhileAwaiting.Contains(closing.OutcomeRow))
            refusals.Add(new("outcome", $"本申请正在等待补正（期限至{D(file.Correction!.DueBy)}）：请先登记收到补正，或在补正期限届满后按逾期不补正办结"));
        if (state == CaseState.AwaitingFee && !WhileAwaiting.Contains(closing.OutcomeRow))
            refusals.Add(new("outcome", $"本申请正在等待缴纳信息处理费（期限至{D(file.Fee!.PayBy)}）：请先登记缴费，或在缴费期限届满后按逾期未缴费办结"));
        foreach (var r in rule.Requirements)
            if (r.Missing(file, closing) is { } why) refusals.Add(new(r.Field, why));
        // Facts given for another outcome would print on no notice: refuse them rather than keep them silently.
        if (closing.OutcomeRow != "partiallyGranted" && !string.IsNullOrWhiteSpace(closing.WithheldPart))
            refusals.Add(new("withheldPart", "只有部分公开需要写明不予公开的部分"));
        if (closing.OutcomeRow != "unavailable.notHeld" && (closing.NotHeld is not null || !string.IsNullOrWhiteSpace(closing.HolderAgency)))
            refusals.Add(new("notHeld", "只有“本机关不掌握相关政府信息”需要选择不掌握的原因或负责公开的机关"));
        if (closing.OutcomeRow != "granted" && !string.IsNullOrWhiteSpace(closing.PublishedWhere))
            refusals.Add(new("publishedWhere", "只有予以公开（已主动公开）需要写明获取的方式、途径"));
        if (closing.OutcomeRow != "notProcessed.repeated" && closing.RepeatOf is not null)
            refusals.Add(new("repeatOf", "只有重复申请需要指明此前的申请"));
        return refusals;
    }
}
