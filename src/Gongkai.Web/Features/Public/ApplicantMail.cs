using Gongkai.Core.Calendar;
using Gongkai.Core.Desk;
using Gongkai.Core.Labels;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Cases;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Public;

/// <summary>
/// The e-mails an online applicant receives: when the application arrives (with the query code), and when the desk
/// confirms it, asks a 补正, receives the correction, extends the period, sends a fee notice or answers. They are
/// written into the outbox in the transaction of the step itself (<see cref="QueueStepAsync"/> is called from the
/// desk's <c>CaseService</c>), so a step and its e-mail are both kept or both not; sending happens later.
/// </summary>
public static class ApplicantMail
{
    public static string TrackHint(string? baseUrl) => string.IsNullOrEmpty(baseUrl)
        ? "您可以在本机关政府信息公开网站的“查询申请”页面，凭申请编号和查询码查询办理情况、下载告知书。"
        : $"查询办理情况、下载告知书：{baseUrl.TrimEnd('/')}/open/track （请输入申请编号和查询码）";

    public static void QueueReceived(GongkaiDb db, Case c, string agency, string code, string? baseUrl, DateTimeOffset now)
    {
        if (c.Email is not { } to) return;
        OutboxSender.Enqueue(db, to, $"【{agency}】已收到您的政府信息公开申请（{c.Number}）",
            $"""
            {c.ApplicantName}：

            {agency}已通过网上申请平台收到您于{Chinese.Date(c.Submitted)}提交的政府信息公开申请。
            申请编号：{c.Number}
            查询码：{code}
            请妥善保管查询码，它只在提交时显示一次，并通过本邮件发送；本机关工作人员无法查看。

            依照《中华人民共和国政府信息公开条例》第三十一条第（三）项，网上提交的申请以双方确认之日为收到申请之日。本机关确认后将再通知您，答复期限自该日起计算。
            {TrackHint(baseUrl)}

            {agency}
            （本邮件由系统发送，请勿直接回复。）
            """, c, now);
    }

    /// <summary>Queues the e-mail a desk step owes an online applicant (nothing for other cases or steps).</summary>
    public static async Task QueueStepAsync(GongkaiDb db, Case c, StepKind step, WorkingCalendar calendar, DateOnly today, DateTimeOffset now, string? baseUrl,
        CancellationToken ct = default)
    {
        if (c.Email is not { } to) return;
        if (step is not (StepKind.ConfirmReceipt or StepKind.RequestCorrection or StepKind.ReceiveCorrection or StepKind.Extend or StepKind.IssueFeeNotice
            or StepKind.RecordPayment or StepKind.Close)) return;
        if (!await db.OnlineApplications.AnyAsync(o => o.CaseId == c.Id, ct)) return;
        var agency = await db.Agencies.Where(a => a.Id == c.AgencyId).Select(a => a.Name).FirstAsync(ct);
        var clock = CaseClock.Read(c.ToFile(calendar), calendar, today);
        var (subject, text) = step switch
        {
            StepKind.ConfirmReceipt => ("已确认收到您的申请",
                $"本机关已于{Chinese.Date(c.ReceivedOn)}确认收到您的申请，该日为收到申请之日（条例第三十一条第（三）项）。答复期限至{clock.DueText ?? "（待计算）"}。"),
            StepKind.RequestCorrection => ("请补正您的申请",
                $"您的申请内容需要补正（条例第三十条）：\n{c.CorrectionRequest}\n请于{Chinese.Date(c.CorrectionDueBy)}前在网上补正。答复期限自本机关收到补正后的申请之日起计算；无正当理由逾期不补正的，视为放弃申请。补正告知书可在查询页面下载。"),
            StepKind.ReceiveCorrection => ("已收到您的补正",
                $"本机关已于{Chinese.Date(c.CorrectionReceivedOn)}收到您补正后的申请，答复期限自该日起重新计算，至{clock.DueText ?? "（待计算）"}。"),
            StepKind.Extend => ("答复期限已延长",
                $"经政府信息公开工作机构负责人同意，您的申请的答复期限延长至{Chinese.Date(c.ExtendedDue)}（条例第三十三条第二款）。延长答复期限告知书可在查询页面下载。"),
            StepKind.IssueFeeNotice => ("信息处理费收费通知",
                $"您的申请需缴纳信息处理费{c.FeeAmount:0.00}元，请于{Chinese.Date(c.FeePayBy)}前缴纳（{c.FeePaymentMethod}）。缴费前答复期限暂停计算。收费通知书可在查询页面下载。"),
            StepKind.RecordPayment => ("已收到您缴纳的信息处理费",
                $"本机关已登记您于{Chinese.Date(c.FeePaidOn)}缴纳的信息处理费，答复期限恢复计算。"),
            _ => ("您的申请已答复",
                $"本机关已于{Chinese.Date(c.ClosedOn)}对您的申请作出答复：{(c.OutcomeRow is { } row ? Chinese.Outcome(row, c.ClosedOn?.Year) : "")}。答复告知书可在查询页面下载。"),
        };
        OutboxSender.Enqueue(db, to, $"【{agency}】{subject}（{c.Number}）",
            $"""
            {c.ApplicantName}：

            {text}

            申请编号：{c.Number}
            {TrackHint(baseUrl)}

            {agency}
            （本邮件由系统发送，请勿直接回复。）
            """, c, now);
    }
}
