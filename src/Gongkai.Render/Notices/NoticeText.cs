using System.Collections.Immutable;
using System.Text;
using Gongkai.Core.Desk;
using Gongkai.Core.Labels;
using Gongkai.Render.Document;

namespace Gongkai.Render.Notices;

/// <summary>
/// The text of a notice in the formal style of 告知书: title, document number, addressee line, the body citing the
/// regulation, and the agency and date right-aligned at the end. The result is the same layout-independent document
/// the report writers draw, so DOCX and PDF come from the existing writers. Every fact a notice states — a 补正 asked,
/// a fee notice unpaid, an earlier answer — comes from the notice's recorded facts; a notice whose outcome presupposes
/// a fact it was not given is refused (<see cref="ArgumentException"/>), never printed.
/// </summary>
public static class NoticeText
{
    public const string DecisionTitle = "政府信息公开申请答复告知书";
    public const string CorrectionTitle = "政府信息公开申请补正告知书";
    public const string ExtensionTitle = "延长政府信息公开申请答复期限告知书";
    public const string ConsultationTitle = "政府信息公开征求意见书";
    public const string ThirdPartyTitle = "政府信息公开决定告知书";
    public const string FeeTitle = "政府信息公开信息处理费收费通知书";
    public const string ReasonsTitle = "政府信息公开申请说明理由通知书";
    private const string SoNotified = "特此告知。";

    /// <exception cref="ArgumentException">A required field is blank, a date comes before the day of receipt or issue,
    /// the outcome row is unknown, its reasons are required and missing, or a fact it presupposes was not given.</exception>
    public static ReportDocument Build(NoticeDocument notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        Require(notice.AgencyName, nameof(notice.AgencyName));
        Require(notice.DocumentNumber, nameof(notice.DocumentNumber));
        Require(notice.ApplicantName, nameof(notice.ApplicantName));
        Require(notice.Addressee, nameof(notice.Addressee));
        Require(notice.InformationRequested, nameof(notice.InformationRequested));
        if (notice.Issued < notice.Received)
            throw new ArgumentException($"告知日期 {Date(notice.Issued)} 早于收到申请日期 {Date(notice.Received)}", nameof(notice));

        var (title, body) = notice switch
        {
            DecisionNotice d => (DecisionTitle, Decision(d).ToList()),
            CorrectionNotice c => (CorrectionTitle, Correction(c).ToList()),
            ExtensionNotice e => (ExtensionTitle, Extension(e).ToList()),
            ConsultationNotice c => (ConsultationTitle, Consultation(c).ToList()),
            ThirdPartyDecisionNotice t => (ThirdPartyTitle, ThirdParty(t).ToList()),
            FeeNotice f => (FeeTitle, Fee(f).ToList()),
            ReasonsRequestNotice r => (ReasonsTitle, Reasons(r).ToList()),
            _ => throw new ArgumentException($"未知的告知书类型 {notice.GetType().Name}", nameof(notice)),
        };

        var blocks = ImmutableArray.CreateBuilder<Block>();
        blocks.Add(new Paragraph(Inline(notice.DocumentNumber), ParagraphStyle.Centred));
        blocks.Add(new Paragraph(Inline(notice.Addressee) + "：", ParagraphStyle.FlushLeft));
        blocks.AddRange(body.Select(t => new Paragraph(t)));
        blocks.Add(new Paragraph(Inline(notice.AgencyName), ParagraphStyle.Signature));
        blocks.Add(new Paragraph(Date(notice.Issued), ParagraphStyle.Signature));
        return new ReportDocument(title, blocks.ToImmutable());
    }

    /// <summary>"2026年3月5日", as official documents write dates.</summary>
    public static string Date(DateOnly d) => Gongkai.Core.Labels.Chinese.Date(d);

    private static IEnumerable<string> Decision(DecisionNotice n)
    {
        Require(n.OutcomeRowKey, nameof(n.OutcomeRowKey));
        ArgumentNullException.ThrowIfNull(n.Remedies, nameof(n.Remedies));
        Require(n.Remedies.ReviewBody, nameof(n.Remedies.ReviewBody));
        var row = n.OutcomeRowKey;
        var basis = NoticeBases.Get(row);
        var details = Lines(n.Details).ToList();
        var referral = Inline(n.Referral ?? "").TrimEnd('。');
        var notHeld = n.NotHeld ?? (referral.Length > 0 ? NotHeldBasis.AnotherAgency : null);
        if ((referral.Length > 0 || n.NotHeld is not null) && row != "unavailable.notHeld")
            throw new ArgumentException("只有“本机关不掌握相关政府信息”的答复可以告知负责公开的行政机关", nameof(n));
        if (referral.Length > 0 && notHeld == NotHeldBasis.DoesNotExist)
            throw new ArgumentException("经检索不存在的答复不能同时告知负责公开的行政机关", nameof(n));
        if (notHeld == NotHeldBasis.AnotherAgency) basis = referral.Length > 0 ? NoticeBases.NotHeldReferred : NoticeBases.NotOursUnknownHolder;
        var published = Inline(n.PublishedWhere ?? "").TrimEnd('。');
        if (published.Length > 0)
        {
            if (row != "granted") throw new ArgumentException("只有予以公开的答复可以告知已主动公开信息的获取途径", nameof(n));
            basis = NoticeBases.GrantedPublished;
        }
        if (basis.RequiresDetails && details.Count == 0)
            throw new ArgumentException($"处理结果“{basis.RowKey}”须说明理由（Details）", nameof(n));
        var withheld = Inline(n.WithheldPart ?? "").TrimEnd('。');
        if (row == "partiallyGranted" && withheld.Length == 0)
            throw new ArgumentException("部分公开须写明不予公开的内容（WithheldPart）", nameof(n));
        var record = Record(n).ToList();

        yield return Receipt(n) + "现答复如下：";
        foreach (var line in record) yield return line;
        yield return basis.Finding;
        if (row == "partiallyGranted") yield return $"其中不予公开的内容为：{withheld}。";
        foreach (var line in details) yield return line;
        var law = basis.Citations.IsEmpty ? $"{Citation.Regulation}的有关规定" : $"{Citation.Regulation}{basis.CitationText}的规定";
        var decision = basis.Decision + (referral.Length > 0 ? referral + "。" : "") + (published.Length > 0 ? published + "。" : "");
        yield return $"根据{law}，{decision}";
        if (n.Form is { } form && published.Length == 0 && row is "granted" or "partiallyGranted")
            yield return $"提供方式：{form.Label()}（第四十条）。";
        yield return Inline(n.Remedies.Sentence);
        yield return SoNotified;
    }

    /// <summary>The recorded facts a row presupposes, each with its date; throws when the notice was not given them.</summary>
    private static IEnumerable<string> Record(DecisionNotice n)
    {
        switch (n.OutcomeRowKey)
        {
            case "unavailable.stillUnclear":
                if (n.Correction is not { ReceivedOn: { } back } c)
                    throw new ArgumentException("“补正后申请内容仍不明确”须有已告知并已收到的补正（Correction）", nameof(n));
                yield return $"本机关于{Date(c.AskedOn)}告知您对申请内容作出补正，您于{Date(back)}提交了补正后的申请。";
                break;
            case "other.noCorrection":
                if (n.Correction is not { ReceivedOn: null } asked)
                    throw new ArgumentException("“逾期不补正”须有已告知且未收到的补正（Correction）", nameof(n));
                if (n.Issued <= asked.DueBy)
                    throw new ArgumentException($"补正期限至{Date(asked.DueBy)}，告知日期{Date(n.Issued)}尚未超过补正期限", nameof(n));
                yield return $"本机关于{Date(asked.AskedOn)}一次性告知您对申请内容作出补正，补正期限至{Date(asked.DueBy)}。截至{Date(n.Issued)}，本机关未收到您补正后的申请。";
                break;
            case "other.feeUnpaid":
                if (n.Fee is not { PaidOn: null } fee)
                    throw new ArgumentException("“逾期未缴费”须有已发出且未缴纳的收费通知（Fee）", nameof(n));
                if (n.Issued <= fee.PayBy)
                    throw new ArgumentException($"缴费期限至{Date(fee.PayBy)}，告知日期{Date(n.Issued)}尚未超过缴费期限", nameof(n));
                yield return $"本机关于{Date(fee.NoticeOn)}依照{FeeMeasures.Title}向您发出收费通知，应缴纳信息处理费{fee.Amount:0.##}元，缴费期限至{Date(fee.PayBy)}。截至{Date(n.Issued)}，您未缴纳。";
                break;
            case "notProcessed.repeated":
                if (n.RepeatOf is not { ClosedOn: { } answered } e)
                    throw new ArgumentException("“重复申请”须指明已答复的此前申请（RepeatOf）", nameof(n));
                yield return $"本机关已于{Date(answered)}就您此前提出的政府信息公开申请（编号{Inline(e.Number)}，申请获取“{Quoted(e.InformationRequested)}”）作出答复。";
                break;
            case "notProcessed.excessive":
                if (n.ReasonsRequestedOn is not { } asked2)
                    throw new ArgumentException("“无正当理由大量反复申请”须有要求说明理由的日期（ReasonsRequestedOn，第三十五条）", nameof(n));
                yield return $"本机关于{Date(asked2)}要求您说明申请理由（第三十五条）。";
                break;
        }
    }

    private static IEnumerable<string> Correction(CorrectionNotice n)
    {
        var items = Lines(n.ToCorrect).ToList();
        if (items.Count == 0) throw new ArgumentException("补正告知书须写明需要补正的事项（ToCorrect）", nameof(n));
        if (n.CorrectBy <= n.Issued)
            throw new ArgumentException($"补正期限 {Date(n.CorrectBy)} 不晚于告知日期 {Date(n.Issued)}", nameof(n));

        yield return Receipt(n);
        yield return $"经审查，您的申请内容不明确。根据{Citation.Regulation}{Citation.Join(NoticeBases.Correction)}的规定，请您对下列事项作出补正：";
        foreach (var item in items) yield return item;
        yield return $"请您于{Date(n.CorrectBy)}前将补正后的申请提交本机关。答复期限自本机关收到补正的申请之日起计算。" +
                     "您无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。";
        yield return SoNotified;
    }

    private static IEnumerable<string> Extension(ExtensionNotice n)
    {
        var reason = Inline(n.Reason).TrimEnd('。');
        if (reason.Length == 0) throw new ArgumentException("延期告知书须写明延长答复期限的理由（Reason）", nameof(n));
        if (n.NewDueDate <= n.Issued)
            throw new ArgumentException($"延长后的答复期限 {Date(n.NewDueDate)} 不晚于告知日期 {Date(n.Issued)}", nameof(n));

        yield return Receipt(n);
        yield return $"因{reason}，本机关不能在法定期限内作出答复。根据{Citation.Regulation}{Citation.Join(NoticeBases.Extension)}的规定，" +
                     $"经本机关政府信息公开工作机构负责人同意，答复期限延长至{Date(n.NewDueDate)}。";
        if (n.Provisional)
            yield return $"{n.NewDueDate.Year}年法定节假日安排尚未公布，上述日期按周一至周五为工作日推算；如遇国务院公布的法定节假日，依法顺延。";
        yield return SoNotified;
    }

    private static IEnumerable<string> Consultation(ConsultationNotice n)
    {
        Require(n.Party, nameof(n.Party));
        if (n.ReplyDue <= n.Issued)
            throw new ArgumentException($"答复期限 {Date(n.ReplyDue)} 不晚于征求意见书的日期 {Date(n.Issued)}", nameof(n));
        var (why, law, silence) = n.PartyKind == ConsultedParty.ThirdParty
            ? ("该政府信息公开可能损害贵方合法权益", NoticeBases.ConsultThirdParty, "贵方逾期未提出意见的，由本机关依照该条例的规定决定是否公开。")
            : ("该政府信息系本机关与贵机关共同制作", NoticeBases.ConsultAgency, "贵机关逾期未提出意见的，视为同意公开。");
        // The applicant's identity is not the consulted party's to know: the letter names only the information.
        yield return $"{Date(n.Received)}，本机关收到一件政府信息公开申请，申请获取“{Quoted(n.InformationRequested)}”。经审查，{why}。";
        yield return $"根据{Citation.Regulation}{Citation.Join(law)}的规定，现书面征求{(n.PartyKind == ConsultedParty.ThirdParty ? "贵方" : "贵机关")}意见。" +
                     $"请自收到本征求意见书之日起15个工作日内提出书面意见（按本征求意见书发出之日计算，为{Date(n.ReplyDue)}前）。{silence}";
        yield return "特此函询。";
    }

    private static IEnumerable<string> ThirdParty(ThirdPartyDecisionNotice n)
    {
        Require(n.Party, nameof(n.Party));
        var content = Inline(n.Content).TrimEnd('。');
        var reasons = Lines(n.Reasons).ToList();
        if (content.Length == 0) throw new ArgumentException("须写明决定公开的政府信息内容（Content）", nameof(n));
        if (reasons.Count == 0) throw new ArgumentException("须写明决定公开的理由（Reasons）", nameof(n));
        var answer = n.Reply switch
        {
            ConsultationReply.Objected => $"贵方于{Date(n.RepliedOn)}提出不同意公开的意见",
            ConsultationReply.NoReply => "贵方逾期未提出意见",
            _ => throw new ArgumentException("第三方同意公开的，无需告知公开决定", nameof(n)),
        };
        yield return $"本机关于{Date(n.ConsultedOn)}就政府信息公开申请所涉“{Quoted(n.InformationRequested)}”书面征求贵方意见，{answer}。";
        yield return $"经审查，本机关认为不公开可能对公共利益造成重大影响。根据{Citation.Regulation}{Citation.Join(NoticeBases.ConsultThirdParty)}的规定，" +
                     $"本机关决定予以公开。决定公开的政府信息内容为：{content}。理由如下：";
        foreach (var line in reasons) yield return line;
        yield return "如对本决定不服，可以依法申请行政复议或者提起行政诉讼。";
        yield return SoNotified;
    }

    private static IEnumerable<string> Fee(FeeNotice n)
    {
        var q = n.Quote;
        if (q.Amount <= 0) throw new ArgumentException("信息处理费金额为零，不应发出收费通知", nameof(n));
        Require(n.PaymentMethod, nameof(n.PaymentMethod));
        if (n.PayBy <= n.Issued) throw new ArgumentException($"缴费期限 {Date(n.PayBy)} 不晚于通知日期 {Date(n.Issued)}", nameof(n));
        yield return Receipt(n);
        yield return q.Method == FeeMethod.PerItem
            ? $"经审查，您本月累计申请{q.PriorUnits + q.Units}件（本件申请计{q.Units}件，为第{q.PriorUnits + 1}{(q.Units > 1 ? $"至{q.PriorUnits + q.Units}" : "")}件），申请公开政府信息的数量、频次超过{FeeMeasures.Title}规定的不收费范围。"
            : $"经审查，您申请获取的政府信息共{q.Units}页，超过{FeeMeasures.Title}规定的不收费范围。";
        yield return $"根据{Citation.Regulation}{Citation.Join(NoticeBases.Fee)}和{FeeMeasures.Title}{InformationFees.MeasureArticles(q.Method)}的规定，" +
                     $"本机关对您的该申请{q.Method.Label()}信息处理费。收费标准为：{InformationFees.Standard(q.Method)}。";
        yield return $"计费明细：{q.Breakdown}。应缴纳信息处理费共计{q.Amount:0.##}元。";
        yield return $"请您于{Date(n.PayBy)}前缴纳，缴纳方式：{Inline(n.PaymentMethod).TrimEnd('。')}。本机关发出本通知之日至您缴纳费用之日的期间，不计算在答复期限内。" +
                     "您逾期未按本通知要求缴纳费用的，本机关不再处理您的该政府信息公开申请。";
        yield return SoNotified;
    }

    private static IEnumerable<string> Reasons(ReasonsRequestNotice n)
    {
        if (n.DueBy <= n.Issued) throw new ArgumentException($"说明理由的期限 {Date(n.DueBy)} 不晚于通知日期 {Date(n.Issued)}", nameof(n));
        yield return Receipt(n);
        yield return $"经审查，您申请公开政府信息的数量、频次明显超过合理范围。根据{Citation.Regulation}{Citation.Join(NoticeBases.ReasonsRequest)}的规定，" +
                     $"请您于{Date(n.DueBy)}前向本机关说明申请理由。本机关认为申请理由不合理的，将告知您不予处理；认为申请理由合理但无法在法定期限内答复的，将确定延迟答复的合理期限并告知您。";
        yield return SoNotified;
    }

    // The request is quoted inside our sentence: its own closing punctuation would print "明细。”。".
    private static string Receipt(NoticeDocument n) =>
        $"{Date(n.Received)}，本机关收到您提出的政府信息公开申请，申请获取“{Quoted(n.InformationRequested)}”。";

    private static string Quoted(string text) => Inline(text).TrimEnd('。', '．', '.', '；', ';', '，', ',', '、', ' ');

    private static void Require(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new ArgumentException($"告知书的 {name} 不能为空", name);
    }

    /// <summary>Text that goes inside a sentence: line breaks become spaces, and what no document can hold is dropped.</summary>
    private static string Inline(string text) => string.Join(" ", Lines(text));

    /// <summary>The non-blank lines of free text, trimmed, without control characters or lone surrogates.</summary>
    private static IEnumerable<string> Lines(string? text)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { sb.Append(c).Append(text[++i]); continue; }
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029')
            {
                if (sb.ToString().Trim() is { Length: > 0 } line) yield return line;
                sb.Clear();
                continue;
            }
            if (c == '\t') { sb.Append(' '); continue; }
            if (char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF') continue;
            sb.Append(c);
        }
        if (sb.ToString().Trim() is { Length: > 0 } last) yield return last;
    }
}
