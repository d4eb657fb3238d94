using System.Text.Json;
using Gongkai.Core.Calendar;
using Gongkai.Core.Desk;
using Gongkai.Web.Data;
using Consultation = Gongkai.Web.Data.Consultation;
using Reopening = Gongkai.Web.Data.Reopening;
using Gongkai.Web.Infrastructure.Security;

namespace Gongkai.Web.Features.Cases;

/// <summary>
/// Between the stored case (columns and child rows) and Core's <see cref="CaseFile"/>, which the lifecycle, the clock
/// and the notices read: the web project decides nothing about a case, it loads the file, lets Core apply a step, and
/// stores what comes back.
/// </summary>
public static class CaseFiles
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    /// <summary>The file of a case loaded with its consultations, reopenings, notices and earlier case (for a repeat).</summary>
    public static CaseFile ToFile(this Case c, WorkingCalendar calendar)
    {
        var consultations = c.Consultations.OrderBy(x => x.Id).Select((x, i) => new ConsultationFile(
            i + 1, x.Kind, x.Party, x.From, x.ReplyDue ?? ReplyDue(calendar, x.From), x.To,
            x.To is null ? null : x.Reply ?? LegacyReply(x), x.ProlongReason, x.ProlongedTo, x.NotifiedOn, x.DisclosedContent, x.DisclosureReasons)).ToList();
        var file = new CaseFile
        {
            Number = c.Number, Channel = c.Channel, Submitted = c.Submitted, Confirmed = c.Confirmed, ReceivedOn = c.ReceivedOn,
            ApplicantKind = c.ApplicantKind, ApplicantName = c.ApplicantName, ApplicantKey = c.ApplicantKey,
            InformationRequested = c.InformationRequested,
            Form = c.Form ?? DeskTermLabels.ParseInformationForm(c.PreferredForm),
            Correction = c.CorrectionRequestedOn is { } asked
                ? new Correction(asked, c.CorrectionRequest ?? "", c.CorrectionDueBy ?? asked, c.CorrectionLateReason, c.CorrectionLateApprovedBy, c.CorrectionReceivedOn)
                : null,
            Extension = c.ExtendedOn is { } ext
                ? new Extension(ext, c.ExtensionReason ?? "", c.ExtensionApprovedBy ?? "", c.ExtendedDue, c.ExtendedDueProvisional)
                : null,
            Consultations = [.. consultations],
            Fee = c.FeeNoticeOn is { } feeOn && c.FeeMethod is { } method
                ? new FeeFile(method, c.FeeUnits ?? 0, c.FeePriorUnits ?? 0, c.FeeAmount ?? 0, feeOn, c.FeePayBy ?? feeOn, c.FeePaymentMethod ?? "", c.FeePaidOn, c.FeeReceipt)
                : null,
            ReasonsRequestedOn = c.ReasonsRequestedOn, ReasonsDueBy = c.ReasonsDueBy,
            Closing = c.ClosedOn is { } closed
                ? new Closing(closed, c.OutcomeRow ?? "", c.OutcomeNote, c.WithheldPart, c.NotHeld, c.HolderAgency, c.HolderContact, c.PublishedWhere,
                    c.RepeatOf is { } e ? Earlier(e) : null)
                : null,
            Reopenings = [.. c.Reopenings.OrderBy(r => r.Id).Select(r => new Core.Desk.Reopening(r.On, r.Reason, r.Note, r.By,
                JsonSerializer.Deserialize<Closing>(r.PreviousJson, Json) ?? new Closing(r.PreviousClosedOn, r.PreviousOutcomeRow), r.AnswerBy, r.PreviousOverdueSince))],
            OverdueSince = c.OverdueSince,
            Notices = [.. c.Notices.OrderBy(n => n.Id).Select(n => new IssuedNotice(n.Kind, n.Number, n.IssuedOn, n.ConsultationSeq,
                n.ServedMethod is { } m && n.ServedOn is { } on ? new Service(m, on, n.ServedProof) : null))],
        };
        // Extensions approved before the due date was kept with them: the date as the clock gives it on that day.
        if (file.Extension is { Due: null } legacy)
        {
            var reading = CaseClock.Read(file, calendar, legacy.ApprovedOn);
            file = file with { Extension = legacy with { Due = reading.Due, Provisional = reading.Provisional } };
        }
        return file;
    }

    public static EarlierCase Earlier(Case e) => new(e.Id, e.Number, e.ApplicantKey, e.ClosedOn, e.OutcomeRow, e.InformationRequested);

    /// <summary>Art. 32, 34: 15 working days from the letter (past the calendar, Monday to Friday).</summary>
    public static DateOnly ReplyDue(WorkingCalendar calendar, DateOnly sent) =>
        new StatutoryClock(calendar, provisionalBeyondLast: true).AddWorkingDays(sent, StatutoryClock.ConsultationDays, out _);

    // A consultation ended before replies were recorded: what it answered is unknown, so it counts as an agency's
    // silence or a third party's unrecorded view; neither prints on any notice.
    private static ConsultationReply LegacyReply(Consultation x) => ConsultationReply.NoReply;

    /// <summary>Writes <paramref name="f"/> back onto the stored case: every column, and the child rows added or changed.</summary>
    public static void Store(this CaseFile f, Case c, IReadOnlyDictionary<string, int> noticeSeqs)
    {
        c.Confirmed = f.Confirmed;
        c.ReceivedOn = f.ReceivedOn;
        c.Form = f.Form;
        c.ApplicantKey = f.ApplicantKey;
        (c.CorrectionRequestedOn, c.CorrectionRequest, c.CorrectionDueBy, c.CorrectionLateReason, c.CorrectionLateApprovedBy, c.CorrectionReceivedOn) =
            f.Correction is { } asked ? (asked.AskedOn, asked.Items, asked.DueBy, asked.LateReason, asked.LateApprovedBy, asked.ReceivedOn) : ((DateOnly?)null, (string?)null, (DateOnly?)null, (string?)null, (string?)null, (DateOnly?)null);
        (c.ExtendedOn, c.ExtensionReason, c.ExtensionApprovedBy, c.ExtendedDue, c.ExtendedDueProvisional) =
            f.Extension is { } x ? (x.ApprovedOn, x.Reason, x.ApprovedBy, x.Due, x.Provisional) : ((DateOnly?)null, (string?)null, (string?)null, (DateOnly?)null, false);
        if (f.Fee is { } fee)
        {
            (c.FeeMethod, c.FeeUnits, c.FeePriorUnits, c.FeeAmount, c.FeeNoticeOn, c.FeePayBy, c.FeePaymentMethod, c.FeePaidOn, c.FeeReceipt) =
                (fee.Method, fee.Units, fee.PriorUnits, fee.Amount, fee.NoticeOn, fee.PayBy, fee.PaymentMethod, fee.PaidOn, fee.Receipt);
        }
        (c.ReasonsRequestedOn, c.ReasonsDueBy) = (f.ReasonsRequestedOn, f.ReasonsDueBy);
        var closing = f.Closing;
        c.ClosedOn = closing?.On;
        c.OutcomeRow = closing?.OutcomeRow;
        c.OutcomeNote = closing?.Reasons;
        c.WithheldPart = closing?.WithheldPart;
        c.NotHeld = closing?.NotHeld;
        c.HolderAgency = closing?.HolderAgency;
        c.HolderContact = closing?.HolderContact;
        c.PublishedWhere = closing?.PublishedWhere;
        c.RepeatOfId = closing?.RepeatOf?.Id;
        if (closing?.RepeatOf is null) c.RepeatOf = null;
        c.OverdueSince = f.OverdueSince;

        var stored = c.Consultations.OrderBy(x => x.Id).ToList();
        for (var i = 0; i < f.Consultations.Length; i++)
        {
            var k = f.Consultations[i];
            var row = i < stored.Count ? stored[i] : null;
            if (row is null)
            {
                row = new Consultation { Party = k.Party, From = k.SentOn };
                c.Consultations.Add(row);
            }
            (row.Kind, row.Party, row.From, row.ReplyDue, row.To, row.Reply, row.ProlongReason, row.ProlongedTo, row.NotifiedOn, row.DisclosedContent, row.DisclosureReasons) =
                (k.Kind, k.Party, k.SentOn, k.ReplyDue, k.EndedOn, k.Reply, k.ProlongReason, k.ProlongedTo, k.NotifiedOn, k.DisclosedContent, k.DisclosureReasons);
        }

        for (var i = c.Reopenings.Count; i < f.Reopenings.Length; i++)
        {
            var r = f.Reopenings[i];
            c.Reopenings.Add(new Reopening
            {
                On = r.On, Reason = r.Reason, Note = r.Note, By = r.By, AnswerBy = r.AnswerBy, PreviousOverdueSince = r.PreviousOverdueSince,
                PreviousClosedOn = r.Previous.On, PreviousOutcomeRow = r.Previous.OutcomeRow, PreviousJson = JsonSerializer.Serialize(r.Previous, Json),
            });
        }

        var notices = c.Notices.OrderBy(n => n.Id).ToList();
        for (var i = 0; i < f.Notices.Length; i++)
        {
            var n = f.Notices[i];
            var row = i < notices.Count ? notices[i] : null;
            if (row is null)
            {
                row = new CaseNotice
                {
                    AgencyId = c.AgencyId, Year = n.IssuedOn.Year, Seq = noticeSeqs[n.Number], Number = n.Number, Kind = n.Kind,
                    IssuedOn = n.IssuedOn, ConsultationSeq = n.ConsultationSeq,
                };
                c.Notices.Add(row);
            }
            (row.ServedMethod, row.ServedOn, row.ServedProof) = n.Served is { } s ? (s.Method, s.On, s.Proof) : ((ServiceMethod?)null, (DateOnly?)null, (string?)null);
        }
    }
}
