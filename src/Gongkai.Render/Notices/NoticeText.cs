using System.Collections.Immutable;
using System.Text;
using Gongkai.Render.Document;

namespace Gongkai.Render.Notices;

/// <summary>
/// The text of a notice in the formal style of 告知书: title, document number, addressee line, the body citing the
/// regulation, and the agency and date right-aligned at the end. The result is the same layout-independent document
/// the report writers draw, so DOCX and PDF come from the existing writers.
/// </summary>
public static class NoticeText
{
    public const string DecisionTitle = "政府信息公开申请答复告知书";
    public const string CorrectionTitle = "政府信息公开申请补正告知书";
    public const string ExtensionTitle = "延长政府信息公开申请答复期限告知书";
    private const string SoNotified = "特此告知。";

    /// <exception cref="ArgumentException">A required field is blank, a date comes before the day of receipt or issue,
    /// the outcome row is unknown, or its reasons are required and missing.</exception>
    public static ReportDocument Build(NoticeDocument notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        Require(notice.AgencyName, nameof(notice.AgencyName));
        Require(notice.DocumentNumber, nameof(notice.DocumentNumber));
        Require(notice.ApplicantName, nameof(notice.ApplicantName));
        Require(notice.InformationRequested, nameof(notice.InformationRequested));
        if (notice.Issued < notice.Received)
            throw new ArgumentException($"告知日期 {Date(notice.Issued)} 早于收到申请日期 {Date(notice.Received)}", nameof(notice));

        var (title, body) = notice switch
        {
            DecisionNotice d => (DecisionTitle, Decision(d)),
            CorrectionNotice c => (CorrectionTitle, Correction(c)),
            ExtensionNotice e => (ExtensionTitle, Extension(e)),
            _ => throw new ArgumentException($"未知的告知书类型 {notice.GetType().Name}", nameof(notice)),
        };

        var blocks = ImmutableArray.CreateBuilder<Block>();
        blocks.Add(new Paragraph(Inline(notice.DocumentNumber), ParagraphStyle.Centred));
        blocks.Add(new Paragraph(Inline(notice.ApplicantName) + "：", ParagraphStyle.FlushLeft));
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
        var basis = NoticeBases.Get(n.OutcomeRowKey);
        var details = Lines(n.Details).ToList();
        var referral = Inline(n.Referral ?? "").TrimEnd('。');
        if (referral.Length > 0)
        {
            if (n.OutcomeRowKey != "unavailable.notHeld")
                throw new ArgumentException("只有“本机关不掌握相关政府信息”的答复可以告知负责公开的行政机关", nameof(n));
            basis = NoticeBases.NotHeldReferred;
        }
        if (basis.RequiresDetails && details.Count == 0)
            throw new ArgumentException($"处理结果“{basis.RowKey}”须说明理由（Details）", nameof(n));

        yield return Receipt(n) + "现答复如下：";
        yield return "经审查，" + basis.Finding;
        foreach (var line in details) yield return line;
        var law = basis.Citations.IsEmpty ? $"{Citation.Regulation}的有关规定" : $"{Citation.Regulation}{basis.CitationText}的规定";
        yield return $"根据{law}，{basis.Decision}" + (referral.Length > 0 ? referral + "。" : "");
        yield return Inline(n.Remedies.Sentence);
        yield return SoNotified;
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
        yield return SoNotified;
    }

    // The request is quoted inside our sentence: its own closing punctuation would print "明细。”。".
    private static string Receipt(NoticeDocument n) =>
        $"{Date(n.Received)}，本机关收到您提出的政府信息公开申请，申请获取“{Inline(n.InformationRequested).TrimEnd('。', '．', '.', '；', ';', '，', ',', '、', ' ')}”。";

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
