using System.Collections.Immutable;
using Gongkai.Core.Labels;
using Gongkai.Render.Docx;
using Gongkai.Render.Document;
using Gongkai.Render.Pdf;

namespace Gongkai.Render.Notices;

/// <summary>What the confirmation of an online application states (the applicant's data already masked by the caller).</summary>
public sealed record ApplicationReceipt(string AgencyName, string Number, string QueryCode, DateOnly Submitted, string ApplicantName,
    string ApplicantKind, string Information, string Form, string Delivery, IReadOnlyList<string> Attachments);

/// <summary>
/// The applicant's own papers on the public site: the confirmation page of an online application (申请回执, PDF) and the
/// blank application form (政府信息公开申请表, DOCX), laid out as the same document model as the notices.
/// </summary>
public static class ApplicantDocuments
{
    public const string ReceiptTitle = "政府信息公开网上申请回执";
    public const string FormTitle = "政府信息公开申请表";

    public static ReportDocument Receipt(ApplicationReceipt r)
    {
        var rows = new List<(string, string)>
        {
            ("受理机关", r.AgencyName), ("申请编号", r.Number), ("查询码", r.QueryCode), ("提交日期", Chinese.Date(r.Submitted)),
            ("申请人", r.ApplicantName), ("申请人类型", r.ApplicantKind), ("所需信息", r.Information),
            ("提供形式", r.Form), ("获取方式", r.Delivery), ("附件", r.Attachments.Count == 0 ? "无" : string.Join("、", r.Attachments)),
        };
        return new ReportDocument(ReceiptTitle,
        [
            new Paragraph("您的政府信息公开申请已通过网上申请平台提交。", ParagraphStyle.FlushLeft),
            TwoColumns(rows),
            new Paragraph("依照《中华人民共和国政府信息公开条例》第三十一条第（三）项，网上提交的申请以双方确认之日为收到申请之日，答复期限自该日起计算。本机关确认后将通知您。"),
            new Paragraph("凭申请编号和查询码可以查询办理情况、下载告知书、在线补正。查询码只显示一次，请妥善保管；本机关工作人员也无法查看。"),
            new Paragraph(r.AgencyName, ParagraphStyle.Signature),
            new Paragraph(Chinese.Date(r.Submitted), ParagraphStyle.Signature),
        ]);
    }

    /// <summary>The blank form for applying in person or by post: the items of Art. 29 and the choices of Art. 40.</summary>
    public static ReportDocument Form(string agencyName)
    {
        var rows = new List<(string, string)>
        {
            ("申请人类型", "□ 公民　□ 法人或者其他组织"), ("姓名或名称", ""), ("证件类型及号码（统一社会信用代码）", ""), ("联系电话", ""),
            ("电子邮箱", ""), ("通信地址", ""), ("所需信息的名称", ""), ("文号", ""), ("所需信息的其他特征性描述", ""),
            ("提供形式", string.Join("　", Enum.GetValues<Gongkai.Core.Desk.ProvisionForm>().Select(f => "□ " + f.Label()))),
            ("获取方式", string.Join("　", Enum.GetValues<Gongkai.Core.Desk.DeliveryWay>().Select(d => "□ " + d.Label()))),
            ("申请人签名或者盖章", ""), ("申请日期", "　　年　　月　　日"),
        };
        return new ReportDocument(FormTitle,
        [
            new Paragraph($"受理机关：{agencyName}", ParagraphStyle.FlushLeft),
            TwoColumns(rows),
            new Paragraph("依照《中华人民共和国政府信息公开条例》第二十九条，申请应当包括申请人的姓名或者名称、身份证明、联系方式，申请公开的政府信息的名称、文号或者便于查询的其他特征性描述，以及申请公开的政府信息的形式要求。"),
        ]);
    }

    public static byte[] Pdf(ReportDocument doc)
    {
        using var ms = new MemoryStream();
        PdfRenderer.Render(doc, ms);
        return ms.ToArray();
    }

    public static byte[] Docx(ReportDocument doc)
    {
        using var ms = new MemoryStream();
        DocxRenderer.Render(doc, ms);
        return ms.ToArray();
    }

    private static Table TwoColumns(IReadOnlyList<(string Label, string Value)> rows)
    {
        var cells = ImmutableArray.CreateBuilder<TableCell>();
        for (var i = 0; i < rows.Count; i++)
        {
            cells.Add(new TableCell(i, 0, rows[i].Label, CellKind.Label));
            cells.Add(new TableCell(i, 1, rows[i].Value, CellKind.Label));
        }
        return new Table([1, 3], rows.Count, cells.ToImmutable(), 0);
    }
}
