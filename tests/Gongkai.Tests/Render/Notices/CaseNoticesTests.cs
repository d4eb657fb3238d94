using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Gongkai.Core.Desk;
using Gongkai.Core.Labels;
using Gongkai.Render.Notices;
using Gongkai.Tests.Core.Desk;
using static Gongkai.Tests.Core.Desk.DeskScenario;

namespace Gongkai.Tests.Render.Notices;

/// <summary>
/// Every kind of notice the desk issues, made from a case taken through the lifecycle, as DOCX (schema-valid, read by
/// paragraph) and as PDF (read back with poppler's pdftotext), sentence by sentence.
/// </summary>
public class CaseNoticesTests
{
    private static readonly NoticeIssuer Issuer = new("示范区人民政府办公室", "示范市人民政府", "示范区人民法院");
    private const string Request = "2024年度示范路改造工程的招标文件";
    private const string Receipt = "2025年3月3日，本机关收到您提出的政府信息公开申请，申请获取“2024年度示范路改造工程的招标文件”。";
    private const string Remedies = "如对本答复不服，可以在收到本告知书之日起60日内向示范市人民政府申请行政复议，或者在6个月内向示范区人民法院提起行政诉讼。";

    /// <summary>
    /// 补正 asked 5 March, received 10 March; a third party consulted 12 March objects 20 March and is told of the decision
    /// to disclose 21 March; a fee notice 24 March (2 items, the applicant's 10th and 11th of the month) is paid 1 April;
    /// the head extends on 2 April; disclosed by e-mail on 10 April.
    /// </summary>
    private static CaseFile FullCase() => Received("2025-03-03")
        .Do(new RequestCorrection(D("2025-03-05"), "请写明所需文件的文号", D("2025-03-19")), "2025-03-05")
        .Do(new ReceiveCorrection(D("2025-03-10")), "2025-03-10")
        .Do(new StartConsultation(D("2025-03-12"), ConsultedParty.ThirdParty, "示范建设公司"), "2025-03-12")
        .Do(new RecordConsultationReply(D("2025-03-20"), ConsultationReply.Objected), "2025-03-20")
        .Do(new NotifyThirdParty(D("2025-03-21"), "中标价格及工期", "涉及公共资金使用，不公开会对公共利益造成重大影响。"), "2025-03-21")
        .Do(new IssueFeeNotice(D("2025-03-24"), FeeMethod.PerItem, 2, 9, D("2025-04-22"), "持缴款通知书到示范区财政局指定银行缴纳"), "2025-03-24")
        .Do(new RecordPayment(D("2025-04-01"), "PJ2025-0001"), "2025-04-01")
        .Do(new Extend(D("2025-04-02"), "所申请信息涉及多个内设机构，需要调取、汇总和审查"), "2025-04-02", head: true)
        .Do(new Close(new Closing(D("2025-04-10"), "granted")), "2025-04-10");

    private static (List<string> Docx, string Pdf) Render(CaseFile f, NoticeKind kind, int index = 0)
    {
        var n = f.Notices.Where(x => x.Kind == kind).ElementAt(index);
        var doc = CaseNotices.Build(f, n, Issuer);
        return (DocxParagraphs(CaseNotices.Render(doc, "docx").Bytes), Poppler.Text(CaseNotices.Render(doc, "pdf").Bytes));
    }

    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static List<string> DocxParagraphs(byte[] docx)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var errors = new OpenXmlValidator().Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors));
        using var stream = word.MainDocumentPart!.GetStream();
        return [.. XDocument.Load(stream).Descendants(W + "p").Select(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value)))];
    }

    private static void Reads(List<string> docx, string pdf, string title, params string[] sentences)
    {
        Assert.Equal(title, docx[0]);
        Assert.Contains(title, pdf);
        foreach (var s in sentences)
        {
            Assert.Contains(s, docx);
            Assert.Contains(string.Concat(s.Where(c => !char.IsWhiteSpace(c))), pdf);
        }
    }

    [Fact]
    public void The_correction_notice_reads_sentence_by_sentence_in_DOCX_and_PDF()
    {
        var f = FullCase();
        var (docx, pdf) = Render(f, NoticeKind.Correction);
        Reads(docx, pdf, NoticeText.CorrectionTitle,
            f.Notices.First(n => n.Kind == NoticeKind.Correction).Number, "张三：", Receipt,
            "经审查，您的申请内容不明确。根据《中华人民共和国政府信息公开条例》第三十条的规定，请您对下列事项作出补正：",
            "请写明所需文件的文号",
            "请您于2025年3月19日前将补正后的申请提交本机关。答复期限自本机关收到补正的申请之日起计算。您无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。",
            "特此告知。", "示范区人民政府办公室", "2025年3月5日");
    }

    [Fact]
    public void The_consultation_letter_names_the_information_and_its_reply_date_but_not_the_applicant()
    {
        var (docx, pdf) = Render(FullCase(), NoticeKind.Consultation);
        Reads(docx, pdf, NoticeText.ConsultationTitle, "示范建设公司：",
            $"2025年3月3日，本机关收到一件政府信息公开申请，申请获取“{Request}”。经审查，该政府信息公开可能损害贵方合法权益。",
            "根据《中华人民共和国政府信息公开条例》第三十二条的规定，现书面征求贵方意见。请自收到本征求意见书之日起15个工作日内提出书面意见（按本征求意见书发出之日计算，为2025年4月2日前）。贵方逾期未提出意见的，由本机关依照该条例的规定决定是否公开。",
            "特此函询。", "2025年3月12日");
        Assert.DoesNotContain(docx, p => p.Contains("张三"));
        Assert.DoesNotContain("张三", pdf);
    }

    [Fact]
    public void An_agency_consulted_is_told_its_silence_counts_as_consent()
    {
        var f = Received("2025-03-03").Do(new StartConsultation(D("2025-03-05"), ConsultedParty.Agency, "示范区财政局"), "2025-03-05");
        var (docx, pdf) = Render(f, NoticeKind.Consultation);
        Reads(docx, pdf, NoticeText.ConsultationTitle, "示范区财政局：",
            "根据《中华人民共和国政府信息公开条例》第三十四条的规定，现书面征求贵机关意见。请自收到本征求意见书之日起15个工作日内提出书面意见（按本征求意见书发出之日计算，为2025年3月26日前）。贵机关逾期未提出意见的，视为同意公开。");
    }

    [Fact]
    public void The_third_party_is_told_what_will_be_disclosed_and_why()
    {
        var (docx, pdf) = Render(FullCase(), NoticeKind.ThirdPartyDecision);
        Reads(docx, pdf, NoticeText.ThirdPartyTitle, "示范建设公司：",
            $"本机关于2025年3月12日就政府信息公开申请所涉“{Request}”书面征求贵方意见，贵方于2025年3月20日提出不同意公开的意见。",
            "经审查，本机关认为不公开可能对公共利益造成重大影响。根据《中华人民共和国政府信息公开条例》第三十二条的规定，本机关决定予以公开。决定公开的政府信息内容为：中标价格及工期。理由如下：",
            "涉及公共资金使用，不公开会对公共利益造成重大影响。",
            "如对本决定不服，可以依法申请行政复议或者提起行政诉讼。", "2025年3月21日");
    }

    [Fact]
    public void The_fee_notice_gives_basis_standard_amount_and_a_payment_period_of_twenty_working_days()
    {
        var (docx, pdf) = Render(FullCase(), NoticeKind.Fee);
        Reads(docx, pdf, NoticeText.FeeTitle, "张三：", Receipt,
            "经审查，您本月累计申请11件（本件申请计2件，为第10至11件），申请公开政府信息的数量、频次超过《政府信息公开信息处理费管理办法》规定的不收费范围。",
            "根据《中华人民共和国政府信息公开条例》第四十二条和《政府信息公开信息处理费管理办法》第三条、第四条的规定，本机关对您的该申请按件计收信息处理费。" +
            "收费标准为：同一申请人一个自然月内累计申请10件以下（含10件）的，不收费；11—30件（含30件）的部分，100元/件；31件以上的部分，以10件为一档，每增加一档，收费标准提高100元/件。",
            "计费明细：第10件：不收费；第11件：每件100元，计100元。应缴纳信息处理费共计100元。",
            "请您于2025年4月22日前缴纳，缴纳方式：持缴款通知书到示范区财政局指定银行缴纳。本机关发出本通知之日至您缴纳费用之日的期间，不计算在答复期限内。您逾期未按本通知要求缴纳费用的，本机关不再处理您的该政府信息公开申请。",
            "2025年3月24日");
    }

    [Fact]
    public void The_extension_notice_states_the_due_date_recorded_with_the_extension()
    {
        var f = FullCase();
        var due = NoticeText.Date(f.Extension!.Due!.Value);
        var (docx, pdf) = Render(f, NoticeKind.Extension);
        Reads(docx, pdf, NoticeText.ExtensionTitle, "张三：", Receipt,
            "因所申请信息涉及多个内设机构，需要调取、汇总和审查，本机关不能在法定期限内作出答复。根据《中华人民共和国政府信息公开条例》第三十三条第二款的规定，" +
            $"经本机关政府信息公开工作机构负责人同意，答复期限延长至{due}。", "2025年4月2日");
    }

    [Fact]
    public void A_provisional_extension_says_holidays_not_yet_published_will_postpone_it()
    {
        var f = Received("2026-12-14").Do(new Extend(D("2026-12-21"), "需调档"), "2026-12-21", head: true);
        var (docx, pdf) = Render(f, NoticeKind.Extension);
        Reads(docx, pdf, NoticeText.ExtensionTitle, "2027年法定节假日安排尚未公布，上述日期按周一至周五为工作日推算；如遇国务院公布的法定节假日，依法顺延。");
    }

    [Fact]
    public void The_decision_notice_prints_the_form_of_Art_40()
    {
        var (docx, pdf) = Render(FullCase(), NoticeKind.Decision);
        Reads(docx, pdf, NoticeText.DecisionTitle, "张三：", Receipt + "现答复如下：",
            "经审查，您申请获取的政府信息属于可以公开的政府信息。",
            "根据《中华人民共和国政府信息公开条例》第三十六条第（二）项的规定，本机关决定予以公开，向您提供该政府信息。",
            "提供方式：电子邮件（第四十条）。", Remedies, "特此告知。", "2025年4月10日");
        // The case had a 补正, a consultation and a fee: a disclosure states none of them.
        Assert.DoesNotContain(docx, p => p.Contains("补正") || p.Contains("收费") || p.Contains("征求"));
    }

    [Fact]
    public void Not_corrected_states_the_correction_asked_with_its_dates()
    {
        var f = Received("2025-03-03").Do(new RequestCorrection(D("2025-03-05"), "请写明所需文件的文号", D("2025-03-19")), "2025-03-05")
            .Do(CloseAs("2025-03-21", "other.noCorrection"), "2025-03-21");
        var (docx, pdf) = Render(f, NoticeKind.Decision);
        Reads(docx, pdf, NoticeText.DecisionTitle,
            "本机关于2025年3月5日一次性告知您对申请内容作出补正，补正期限至2025年3月19日。截至2025年3月21日，本机关未收到您补正后的申请。",
            "经审查，您无正当理由逾期未补正，视为放弃申请。",
            "根据《中华人民共和国政府信息公开条例》第三十条的规定，本机关不再处理您的该政府信息公开申请。");
    }

    [Fact]
    public void Fee_unpaid_states_the_fee_notice_with_its_dates_and_amount()
    {
        var f = Received("2025-03-03").Do(new IssueFeeNotice(D("2025-03-05"), FeeMethod.PerVolume, 40, 0, D("2025-04-02"), "银行转账"), "2025-03-05")
            .Do(CloseAs("2025-04-03", "other.feeUnpaid"), "2025-04-03");
        var (docx, pdf) = Render(f, NoticeKind.Decision);
        Reads(docx, pdf, NoticeText.DecisionTitle,
            "本机关于2025年3月5日依照《政府信息公开信息处理费管理办法》向您发出收费通知，应缴纳信息处理费100元，缴费期限至2025年4月2日。截至2025年4月3日，您未缴纳。",
            "经审查，您逾期未按收费通知要求缴纳信息处理费。");
    }

    [Fact]
    public void The_request_for_reasons_and_the_excessive_answer_cite_Art_35()
    {
        var f = Received("2025-03-03").Do(new RequestReasons(D("2025-03-05"), D("2025-03-12")), "2025-03-05")
            .Do(CloseAs("2025-03-20", "notProcessed.excessive"), "2025-03-20");
        var (docx, pdf) = Render(f, NoticeKind.ReasonsRequest);
        Reads(docx, pdf, NoticeText.ReasonsTitle, "张三：", Receipt,
            "经审查，您申请公开政府信息的数量、频次明显超过合理范围。根据《中华人民共和国政府信息公开条例》第三十五条的规定，请您于2025年3月12日前向本机关说明申请理由。" +
            "本机关认为申请理由不合理的，将告知您不予处理；认为申请理由合理但无法在法定期限内答复的，将确定延迟答复的合理期限并告知您。");
        var (d2, p2) = Render(f, NoticeKind.Decision);
        Reads(d2, p2, NoticeText.DecisionTitle, "本机关于2025年3月5日要求您说明申请理由（第三十五条）。",
            "根据《中华人民共和国政府信息公开条例》第三十五条的规定，本机关不予处理。");
    }

    [Fact]
    public void A_reopened_case_keeps_each_decision_notice_written_from_its_own_closing()
    {
        var f = Received("2025-03-03").Do(CloseAs("2025-03-20", "granted"), "2025-03-20")
            .Do(new Reopen(D("2025-04-07"), ReopenReason.MistakenClose, "误办结"), "2025-04-07", head: true)
            .Do(CloseAs("2025-04-08", "withheld.stateSecret", "经定密机关确认属于机密级国家秘密。"), "2025-04-08");
        var first = Render(f, NoticeKind.Decision, 0);
        var second = Render(f, NoticeKind.Decision, 1);
        Assert.Contains("根据《中华人民共和国政府信息公开条例》第三十六条第（二）项的规定，本机关决定予以公开，向您提供该政府信息。", first.Docx);
        Assert.Contains("根据《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项的规定，本机关决定不予公开。", second.Docx);
        Assert.Contains("经定密机关确认属于机密级国家秘密。", second.Docx);
        Assert.Equal("2025年4月8日", second.Docx[^1]);
    }
}
