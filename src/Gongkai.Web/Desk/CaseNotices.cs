using Gongkai.Render.Notices;
using Gongkai.Web.Data;

namespace Gongkai.Web.Desk;

/// <summary>The written notices of a case (答复、补正、延期告知书), filled from its record.</summary>
public static class CaseNotices
{
    public static readonly string[] Kinds = ["decision", "correction", "extension"];

    public static NoticeDocument Build(Case c, Agency agency, string kind, ClockReading clock)
    {
        var received = c.ReceivedOn ?? throw new DeskException("该申请尚未确认收到，不能出具告知书");
        var number = $"〔{received.Year}〕第{c.Number[(c.Number.IndexOf('-') + 1)..]}号";
        try
        {
            return kind switch
            {
                "decision" => new DecisionNotice
                {
                    AgencyName = agency.Name, DocumentNumber = number, ApplicantName = c.ApplicantName, Received = received,
                    InformationRequested = c.InformationRequested,
                    Issued = c.ClosedOn ?? throw new DeskException("该申请尚未办结，没有答复告知书"),
                    OutcomeRowKey = c.OutcomeRow!, Details = c.OutcomeNote,
                    Remedies = new Remedies(agency.ReviewBody ?? "上一级行政机关", agency.Court),
                },
                "correction" => new CorrectionNotice
                {
                    AgencyName = agency.Name, DocumentNumber = number, ApplicantName = c.ApplicantName, Received = received,
                    InformationRequested = c.InformationRequested,
                    Issued = c.CorrectionRequestedOn ?? throw new DeskException("该申请没有告知补正"),
                    ToCorrect = c.CorrectionRequest ?? "", CorrectBy = c.CorrectionDueBy!.Value,
                },
                "extension" => new ExtensionNotice
                {
                    AgencyName = agency.Name, DocumentNumber = number, ApplicantName = c.ApplicantName, Received = received,
                    InformationRequested = c.InformationRequested,
                    Issued = c.ExtendedOn ?? throw new DeskException("该申请没有延长答复期限"),
                    NewDueDate = clock.Due ?? throw new DeskException("答复期限无法计算"), Reason = c.ExtensionReason ?? "",
                },
                _ => throw new DeskException($"没有“{kind}”这种告知书：可选 decision（答复）、correction（补正）、extension（延期）"),
            };
        }
        catch (ArgumentException e)
        {
            throw new DeskException($"无法出具告知书：{e.Message}");
        }
    }

    public static (byte[] Bytes, string ContentType, string Extension) Render(NoticeDocument notice, string? format)
    {
        try
        {
            return (format ?? "docx").ToLowerInvariant() switch
            {
                "docx" => (NoticeRenderer.Docx(notice), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
                "pdf" => (NoticeRenderer.Pdf(notice), "application/pdf", "pdf"),
                var f => throw new DeskException($"不支持的格式“{f}”：可选 docx、pdf"),
            };
        }
        catch (ArgumentException e)
        {
            // NoticeText checks the values when it lays out the text: a decision that needs reasons and has none, say.
            throw new DeskException($"无法出具告知书：{e.Message}");
        }
    }

    public static string Title(string kind) => kind switch
    {
        "decision" => "答复告知书",
        "correction" => "补正告知书",
        "extension" => "延长答复期限告知书",
        _ => kind,
    };
}
