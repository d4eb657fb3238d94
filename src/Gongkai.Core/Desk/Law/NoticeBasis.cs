using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Gongkai.Core.Desk;

/// <summary>
/// What an answer rests on: the provisions of 《中华人民共和国政府信息公开条例》 cited, what the agency found
/// (<see cref="Finding"/>, a whole sentence opening with how it found it: “经审查，…” or “经检索，…”) and what it
/// decides (<see cref="Decision"/>, after "根据…的规定，"). No citations means the general 其他处理 rows, cited as
/// "…条例的有关规定" with the clerk's own reasons. The facts a row presupposes (a 补正 asked, a fee notice unpaid…)
/// are in <see cref="OutcomeRules"/>; the notice writes them from the record, never from this text.
/// </summary>
public sealed record NoticeBasis(string RowKey, ImmutableArray<Citation> Citations, string Finding, string Decision, bool RequiresDetails = false)
{
    /// <summary>"第十四条、第三十六条第（三）项", or "" for the general rows.</summary>
    public string CitationText => Citation.Join(Citations);
}

/// <summary>
/// The legal basis of every outcome row of section 三 of both report templates, and of the two procedural notices:
/// the one place in code where the desk's answers meet the regulation, so a wrong citation is one edit here.
/// </summary>
public static class NoticeBases
{
    private static Citation Art(int article, int? paragraph = null, int? item = null) => new(article, paragraph, item);

    // 第三十六条第（三）项: a withholding decision is answered by telling the applicant, with the reason; so every
    // 不予公开 row requires the clerk's reasons (RequiresDetails), as do the rows whose answer is "why not".
    private static readonly Citation WithholdAnswer = Art(36, item: 3);
    private const string Withhold = "本机关决定不予公开。";
    private const string NotProcessedAgain = "本机关不再处理您的该政府信息公开申请。";

    private static readonly ImmutableArray<NoticeBasis> Table =
    [
        new("granted", [Art(36, item: 2)],
            "经审查，您申请获取的政府信息属于可以公开的政府信息。",
            "本机关决定予以公开，向您提供该政府信息。"),
        new("partiallyGranted", [Art(37)],
            "经审查，您申请获取的信息中含有不应当公开或者不属于政府信息的内容，但是能够作区分处理。",
            "本机关向您提供其中可以公开的政府信息内容；其余内容不予公开，理由如上。", RequiresDetails: true),

        new("withheld.stateSecret", [Art(14), WithholdAnswer],
            "经审查，您申请获取的政府信息属于依法确定为国家秘密的政府信息。", Withhold, RequiresDetails: true),
        new("withheld.prohibitedByLaw", [Art(14), WithholdAnswer],
            "经审查，您申请获取的政府信息属于法律、行政法规禁止公开的政府信息。", Withhold, RequiresDetails: true),
        new("withheld.endangersSafety", [Art(14), WithholdAnswer],
            "经审查，您申请获取的政府信息公开后可能危及国家安全、公共安全、经济安全、社会稳定。", Withhold, RequiresDetails: true),
        new("withheld.thirdPartyRights", [Art(15), WithholdAnswer],
            "经审查，您申请获取的政府信息涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害。", Withhold, RequiresDetails: true),
        new("withheld.internalAffairs", [Art(16, paragraph: 1), WithholdAnswer],
            "经审查，您申请获取的政府信息属于行政机关的内部事务信息（人事管理、后勤管理、内部工作流程等方面的信息）。", Withhold, RequiresDetails: true),
        new("withheld.processInformation", [Art(16, paragraph: 2), WithholdAnswer],
            "经审查，您申请获取的政府信息属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息。", Withhold, RequiresDetails: true),
        new("withheld.enforcementFiles", [Art(16, paragraph: 2), WithholdAnswer],
            "经审查，您申请获取的政府信息属于行政执法案卷信息。", Withhold, RequiresDetails: true),
        new("withheld.administrativeQuery", [Art(36, item: 7)],
            "经审查，您申请获取的信息属于工商、不动产登记资料等信息，有关法律、行政法规对信息的获取有特别规定。",
            "请您依照有关法律、行政法规的规定办理。", RequiresDetails: true),

        new("unavailable.notHeld", [Art(36, item: 4)],
            "经检索，本机关没有您所申请公开的政府信息。",
            "现告知您该政府信息不存在。"),
        new("unavailable.needsCreation", [Art(38)],
            "经审查，本机关没有您所申请的现成信息，需要对现有政府信息进行加工、分析方能形成。",
            "本机关不予提供。", RequiresDetails: true),
        new("unavailable.stillUnclear", [Art(30)],
            "经审查，您补正后的申请内容仍不明确，本机关无法据此确定您所申请的政府信息。",
            "本机关无法向您提供所申请的政府信息。"),

        new("notProcessed.petitionOrComplaint", [Art(39, paragraph: 1)],
            "经审查，您以政府信息公开申请的形式提出的事项属于信访、投诉、举报等活动。",
            "本机关不作为政府信息公开申请处理，您可以通过信访、投诉、举报等相应渠道提出。"),
        new("notProcessed.repeated", [Art(36, item: 6)],
            "经审查，您本次申请公开的政府信息与本机关已经答复的您的申请相同，系重复申请。",
            "本机关不予重复处理。"),
        new("notProcessed.publication", [Art(39, paragraph: 2)],
            "经审查，您申请的内容为要求行政机关提供政府公报、报刊、书籍等公开出版物。",
            "您可以通过该出版物的公开发行渠道或者公共图书馆等途径获取。"),
        new("notProcessed.excessive", [Art(35)],
            "经审查，您申请公开政府信息的数量、频次明显超过合理范围，本机关认为您的申请理由不合理。",
            "本机关不予处理。"),
        // The regulation names no article for this row: the request is not one for government information as
        // 第二条 defines it, and 第三十八条 limits what is provided to information already made or obtained.
        new("notProcessed.confirmOrReissue", [Art(2), Art(38)],
            "经审查，您的申请实为要求本机关对有关事项予以确认或者重新出具您已获取的信息，不属于获取本机关已制作或者获取的政府信息的申请。",
            "本机关不作为政府信息公开申请处理。"),

        // 2019 template: one 其他处理 row; 2021 template: three.
        new("other", [], "经审查，本机关对您的申请处理如下。", "本机关作出上述处理。", RequiresDetails: true),
        new("other.noCorrection", [Art(30)],
            "经审查，您无正当理由逾期未补正，视为放弃申请。", NotProcessedAgain),
        new("other.feeUnpaid", [Art(42)],
            "经审查，您逾期未按收费通知要求缴纳信息处理费。", NotProcessedAgain),
        new("other.other", [], "经审查，本机关对您的申请处理如下。", "本机关作出上述处理。", RequiresDetails: true),
    ];

    private static readonly FrozenDictionary<string, NoticeBasis> ByKey = Table.ToFrozenDictionary(b => b.RowKey, StringComparer.Ordinal);

    /// <summary>
    /// "本机关不掌握相关政府信息" when the information is another agency's to disclose (第三十六条第（五）项): the
    /// notice names that agency and how to reach it instead of saying the information does not exist.
    /// </summary>
    public static NoticeBasis NotHeldReferred { get; } = new("unavailable.notHeld", [Art(36, item: 5)],
        "经审查，您所申请公开的信息不属于本机关负责公开的范围。",
        "现告知您负责公开该政府信息的行政机关及其联系方式：");

    /// <summary>
    /// 第三十六条第（五）项 when the agency responsible cannot be determined: the applicant is told, with the reasons,
    /// that the information is not this agency's to disclose.
    /// </summary>
    public static NoticeBasis NotOursUnknownHolder { get; } = new("unavailable.notHeld", [Art(36, item: 5)],
        "经审查，您所申请公开的信息不属于本机关负责公开的范围。",
        "本机关不负责公开该政府信息，理由如上。", RequiresDetails: true);

    /// <summary>予以公开 when the information is already published proactively (第三十六条第（一）项): where to obtain it.</summary>
    public static NoticeBasis GrantedPublished { get; } = new("granted", [Art(36, item: 1)],
        "经审查，您申请获取的政府信息已经主动公开。",
        "现告知您获取该政府信息的方式、途径：");

    /// <summary>补正申请告知书: 第三十条.</summary>
    public static ImmutableArray<Citation> Correction { get; } = [Art(30)];

    /// <summary>延长答复期限告知书: 第三十三条第二款.</summary>
    public static ImmutableArray<Citation> Extension { get; } = [Art(33, paragraph: 2)];

    /// <summary>征求意见书 to a third party: 第三十二条.</summary>
    public static ImmutableArray<Citation> ConsultThirdParty { get; } = [Art(32)];

    /// <summary>征求意见书 to a co-producing agency: 第三十四条.</summary>
    public static ImmutableArray<Citation> ConsultAgency { get; } = [Art(34)];

    /// <summary>收费通知书: 第四十二条 (with 《政府信息公开信息处理费管理办法》, <see cref="FeeMeasures"/>).</summary>
    public static ImmutableArray<Citation> Fee { get; } = [Art(42)];

    /// <summary>说明理由通知书: 第三十五条.</summary>
    public static ImmutableArray<Citation> ReasonsRequest { get; } = [Art(35)];

    /// <summary>Every outcome row's basis, in template order.</summary>
    public static ImmutableArray<NoticeBasis> All => Table;

    /// <summary>Every provision any notice cites.</summary>
    public static IEnumerable<Citation> AllCitations =>
        Table.Append(NotHeldReferred).Append(NotOursUnknownHolder).Append(GrantedPublished).SelectMany(b => b.Citations)
            .Concat(Correction).Concat(Extension).Concat(ConsultThirdParty).Concat(ConsultAgency).Concat(Fee).Concat(ReasonsRequest).Distinct();

    public static bool TryGet(string rowKey, out NoticeBasis basis) => ByKey.TryGetValue(rowKey, out basis!);

    /// <exception cref="ArgumentException"><paramref name="rowKey"/> is not an outcome row of either template.</exception>
    public static NoticeBasis Get(string rowKey) =>
        TryGet(rowKey, out var basis) ? basis : throw new ArgumentException($"“{rowKey}”不是第三部分的处理结果行", nameof(rowKey));
}
