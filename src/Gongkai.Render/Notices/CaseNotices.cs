using Gongkai.Core.Desk;

namespace Gongkai.Render.Notices;

/// <summary>The agency issuing a case's notices: its name, and where its answers may be challenged.</summary>
public sealed record NoticeIssuer(string AgencyName, string? ReviewBody, string? Court);

/// <summary>
/// The written notices of a case, each made from the recorded facts of its <see cref="CaseFile"/> and the numbered
/// <see cref="IssuedNotice"/> the step that issued it left: nothing else goes in, so a notice states only what was
/// recorded. A decision notice is written from the closing it was issued for (a reopened case keeps its earlier ones).
/// </summary>
public static class CaseNotices
{
    /// <exception cref="ArgumentException">The file lacks what the notice states (Chinese message).</exception>
    public static NoticeDocument Build(CaseFile f, IssuedNotice n, NoticeIssuer issuer)
    {
        var received = f.ReceivedOn ?? throw new ArgumentException("该申请尚未确认收到，不能出具告知书");
        switch (n.Kind)
        {
            case NoticeKind.Decision:
            {
                var decisions = f.Notices.Where(x => x.Kind == NoticeKind.Decision).ToList();
                var index = decisions.IndexOf(n);
                var closings = f.Closings;
                if (index < 0 || index >= closings.Length) throw new ArgumentException($"答复告知书{n.Number}没有对应的办结记录");
                var c = closings[index];
                return new DecisionNotice
                {
                    AgencyName = issuer.AgencyName, DocumentNumber = n.Number, ApplicantName = f.ApplicantName, Received = received,
                    InformationRequested = f.InformationRequested, Issued = c.On,
                    OutcomeRowKey = c.OutcomeRow, Details = c.Reasons, WithheldPart = c.WithheldPart,
                    NotHeld = c.NotHeld,
                    Referral = c.NotHeld == NotHeldBasis.AnotherAgency && c.HolderAgency is { } holder ? $"{holder}，联系方式：{c.HolderContact}" : null,
                    PublishedWhere = c.PublishedWhere, Form = f.Form, RepeatOf = c.RepeatOf,
                    Correction = f.Correction, Fee = f.Fee, ReasonsRequestedOn = f.ReasonsRequestedOn,
                    Remedies = new Remedies(issuer.ReviewBody ?? "上一级行政机关", issuer.Court),
                };
            }
            case NoticeKind.Correction:
            {
                var c = f.Correction ?? throw new ArgumentException("该申请没有告知补正");
                return new CorrectionNotice
                {
                    AgencyName = issuer.AgencyName, DocumentNumber = n.Number, ApplicantName = f.ApplicantName, Received = received,
                    InformationRequested = f.InformationRequested, Issued = c.AskedOn, ToCorrect = c.Items, CorrectBy = c.DueBy,
                };
            }
            case NoticeKind.Extension:
            {
                var e = f.Extension ?? throw new ArgumentException("该申请没有延长答复期限");
                return new ExtensionNotice
                {
                    AgencyName = issuer.AgencyName, DocumentNumber = n.Number, ApplicantName = f.ApplicantName, Received = received,
                    InformationRequested = f.InformationRequested, Issued = e.ApprovedOn,
                    NewDueDate = e.Due ?? throw new ArgumentException("延长后的答复期限没有登记"), Reason = e.Reason, Provisional = e.Provisional,
                };
            }
            case NoticeKind.Consultation:
            {
                var c = f.Consultations.FirstOrDefault(x => x.Seq == n.ConsultationSeq) ?? throw new ArgumentException($"征求意见书{n.Number}没有对应的征求意见记录");
                return new ConsultationNotice
                {
                    AgencyName = issuer.AgencyName, DocumentNumber = n.Number, ApplicantName = f.ApplicantName, Received = received,
                    InformationRequested = f.InformationRequested, Issued = c.SentOn, PartyKind = c.Kind, Party = c.Party, ReplyDue = c.ReplyDue,
                };
            }
            case NoticeKind.ThirdPartyDecision:
            {
                var c = f.Consultations.FirstOrDefault(x => x.Seq == n.ConsultationSeq) ?? throw new ArgumentException($"告知书{n.Number}没有对应的征求意见记录");
                if (c is not { NotifiedOn: { } on, Reply: { } reply, EndedOn: { } ended }) throw new ArgumentException("该第三方尚未被告知公开决定");
                return new ThirdPartyDecisionNotice
                {
                    AgencyName = issuer.AgencyName, DocumentNumber = n.Number, ApplicantName = f.ApplicantName, Received = received,
                    InformationRequested = f.InformationRequested, Issued = on, Party = c.Party, ConsultedOn = c.SentOn, Reply = reply,
                    RepliedOn = ended, Content = c.DisclosedContent ?? "", Reasons = c.DisclosureReasons ?? "",
                };
            }
            case NoticeKind.Fee:
            {
                var fee = f.Fee ?? throw new ArgumentException("该申请没有发出收费通知");
                return new FeeNotice
                {
                    AgencyName = issuer.AgencyName, DocumentNumber = n.Number, ApplicantName = f.ApplicantName, Received = received,
                    InformationRequested = f.InformationRequested, Issued = fee.NoticeOn,
                    Quote = InformationFees.Quote(fee.Method, fee.Units, fee.PriorUnits), PayBy = fee.PayBy, PaymentMethod = fee.PaymentMethod,
                };
            }
            case NoticeKind.ReasonsRequest:
                return new ReasonsRequestNotice
                {
                    AgencyName = issuer.AgencyName, DocumentNumber = n.Number, ApplicantName = f.ApplicantName, Received = received,
                    InformationRequested = f.InformationRequested,
                    Issued = f.ReasonsRequestedOn ?? throw new ArgumentException("该申请没有要求说明理由"),
                    DueBy = f.ReasonsDueBy ?? throw new ArgumentException("说明理由的期限没有登记"),
                };
            default:
                throw new ArgumentOutOfRangeException(nameof(n));
        }
    }

    /// <summary>The key of a notice kind in URLs (decision, correction, …).</summary>
    public static string Key(this NoticeKind kind) => kind switch
    {
        NoticeKind.Decision => "decision",
        NoticeKind.Correction => "correction",
        NoticeKind.Extension => "extension",
        NoticeKind.Consultation => "consultation",
        NoticeKind.ThirdPartyDecision => "third-party",
        NoticeKind.Fee => "fee",
        NoticeKind.ReasonsRequest => "reasons",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static NoticeKind? ParseKey(string? key) => Enum.GetValues<NoticeKind>().Cast<NoticeKind?>().FirstOrDefault(k => k!.Value.Key() == key);

    /// <summary>The notice as DOCX or PDF.</summary>
    /// <exception cref="ArgumentException">An unknown format, or an incomplete notice.</exception>
    public static (byte[] Bytes, string ContentType, string Extension) Render(NoticeDocument notice, string? format) =>
        (format ?? "docx").ToLowerInvariant() switch
        {
            "docx" => (NoticeRenderer.Docx(notice), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
            "pdf" => (NoticeRenderer.Pdf(notice), "application/pdf", "pdf"),
            var other => throw new ArgumentException($"不支持的格式“{other}”：可选 docx、pdf"),
        };
}
