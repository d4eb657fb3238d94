using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Gongkai.Render.Document;
using Gongkai.Render.Notices;
using UglyToad.PdfPig;

namespace Gongkai.Tests.Render.Notices;

public class NoticeRendererTests
{
    internal const string ThirdPartyReasons = "所申请合同载有供应商的报价明细，属于商业秘密，供应商不同意公开。";

    internal static DecisionNotice Decision(string rowKey = "withheld.thirdPartyRights", string? details = ThirdPartyReasons) => new()
    {
        AgencyName = "广州市荔湾区政务服务数据管理局",
        DocumentNumber = "〔2026〕第12号",
        ApplicantName = "张三",
        Received = new DateOnly(2026, 3, 2),
        InformationRequested = "2025年度某街道办事处政府采购合同",
        OutcomeRowKey = rowKey,
        Details = details,
        Issued = new DateOnly(2026, 3, 27),
        Remedies = new Remedies("广州市荔湾区人民政府", "广州铁路运输法院"),
    };

    internal static CorrectionNotice Correction() => new()
    {
        AgencyName = "广州市荔湾区政务服务数据管理局",
        DocumentNumber = "〔2026〕第13号",
        ApplicantName = "李四",
        Received = new DateOnly(2026, 4, 1),
        InformationRequested = "有关文件",
        ToCorrect = "请写明所申请文件的名称、文号或者便于查询的其他特征性描述。",
        CorrectBy = new DateOnly(2026, 4, 24),
        Issued = new DateOnly(2026, 4, 8),
    };

    internal static ExtensionNotice Extension() => new()
    {
        AgencyName = "广州市荔湾区政务服务数据管理局",
        DocumentNumber = "〔2026〕第14号",
        ApplicantName = "某某科技有限公司",
        Received = new DateOnly(2026, 5, 6),
        InformationRequested = "2025年行政处罚决定书",
        NewDueDate = new DateOnly(2026, 7, 2),
        Reason = "所申请信息涉及多个内设机构，需要调取、汇总和审查",
        Issued = new DateOnly(2026, 6, 1),
    };

    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>The DOCX's paragraphs as text, after checking it against the schema.</summary>
    private static List<string> DocxParagraphs(byte[] docx)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var errors = new OpenXmlValidator().Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors));
        using var stream = word.MainDocumentPart!.GetStream();
        return XDocument.Load(stream).Descendants(W + "p")
            .Select(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value))).ToList();
    }

    /// <summary>All pages' text as PdfPig reads it, without the spaces and line breaks the layout put in.</summary>
    private static string PdfText(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        var sb = new StringBuilder();
        foreach (var page in doc.GetPages()) sb.Append(page.Text);
        return string.Concat(sb.ToString().Where(c => !char.IsWhiteSpace(c)));
    }

    [Fact]
    public void Decision_docx_is_valid_and_cites_the_article_and_names_the_applicant()
    {
        var paragraphs = DocxParagraphs(NoticeRenderer.Docx(Decision()));
        var text = string.Join("\n", paragraphs);
        Assert.Equal(NoticeText.DecisionTitle, paragraphs[0]);
        Assert.Contains("张三：", paragraphs);
        Assert.Contains("《中华人民共和国政府信息公开条例》第十五条、第三十六条第（三）项的规定", text);
        Assert.Contains("向广州市荔湾区人民政府申请行政复议，或者在6个月内向广州铁路运输法院提起行政诉讼", text);
        Assert.Equal("2026年3月27日", paragraphs[^1]);
    }

    [Fact]
    public void Decision_docx_uses_the_notice_paragraph_styles()
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(NoticeRenderer.Docx(Decision())), false);
        using var stream = word.MainDocumentPart!.GetStream();
        var styles = XDocument.Load(stream).Descendants(W + "p")
            .ToDictionary(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value)),
                p => p.Descendants(W + "pStyle").Select(s => (string?)s.Attribute(W + "val")).FirstOrDefault());
        Assert.Equal("ReportTitle", styles[NoticeText.DecisionTitle]);
        Assert.Equal("ReportCentred", styles["〔2026〕第12号"]);
        Assert.Equal("ReportFlushLeft", styles["张三："]);
        Assert.Equal("ReportSignature", styles["广州市荔湾区政务服务数据管理局"]);
    }

    [Fact]
    public void Decision_pdf_text_has_title_cited_article_and_dates()
    {
        var text = PdfText(NoticeRenderer.Pdf(Decision()));
        Assert.Contains(NoticeText.DecisionTitle, text);
        Assert.Contains("第十五条、第三十六条第（三）项", text);
        Assert.Contains("2026年3月2日", text);
        Assert.Contains("2026年3月27日", text);
        Assert.Contains("张三：", text);
    }

    [Theory]
    [InlineData("granted", "第三十六条第（二）项")]
    [InlineData("notProcessed.publication", "第三十九条第二款")]
    [InlineData("other.feeUnpaid", "第四十二条")]
    public void Every_format_carries_the_rows_citation(string rowKey, string citation)
    {
        var notice = NoticeTextTests.WithFacts(Decision(rowKey));
        Assert.Contains(citation, string.Join("\n", DocxParagraphs(NoticeRenderer.Docx(notice))));
        Assert.Contains(citation, PdfText(NoticeRenderer.Pdf(notice)));
    }

    [Fact]
    public void Correction_notice_shows_the_correction_deadline_in_docx_and_pdf()
    {
        var docx = string.Join("\n", DocxParagraphs(NoticeRenderer.Docx(Correction())));
        var pdf = PdfText(NoticeRenderer.Pdf(Correction()));
        foreach (var text in new[] { docx, pdf })
        {
            Assert.Contains(NoticeText.CorrectionTitle, text);
            Assert.Contains("请您于2026年4月24日前将补正后的申请提交本机关", text);
            Assert.Contains("第三十条的规定", text);
            Assert.Contains("请写明所申请文件的名称", text);
            Assert.Contains("2026年4月8日", text);
        }
    }

    [Fact]
    public void Extension_notice_shows_the_new_due_date_and_reason_in_docx_and_pdf()
    {
        var docx = string.Join("\n", DocxParagraphs(NoticeRenderer.Docx(Extension())));
        var pdf = PdfText(NoticeRenderer.Pdf(Extension()));
        foreach (var text in new[] { docx, pdf })
        {
            Assert.Contains(NoticeText.ExtensionTitle, text);
            Assert.Contains("答复期限延长至2026年7月2日", text);
            Assert.Contains("第三十三条第二款的规定", text);
            Assert.Contains("需要调取、汇总和审查", text);
        }
    }

    [Fact]
    public void Procedural_notices_have_no_remedies_sentence()
    {
        Assert.DoesNotContain(NoticeText.Build(Correction()).Blocks, b => b is Paragraph p && p.Text.Contains("行政复议"));
        Assert.DoesNotContain(NoticeText.Build(Extension()).Blocks, b => b is Paragraph p && p.Text.Contains("行政复议"));
    }

    [Fact]
    public void Xml_special_characters_in_names_survive_both_formats()
    {
        var notice = Decision() with
        {
            ApplicantName = "<张&三> \"公司\" 'x'",
            AgencyName = "某局 & <办公室>",
            InformationRequested = "</w:t><w:p>注入</w:p> & \"引号\" ]]>",
            Details = "a < b & c > d\n\u0001\u0008控制字符\uD800孤立代理\n第二行",
        };
        var paragraphs = DocxParagraphs(NoticeRenderer.Docx(notice));
        Assert.Contains("<张&三> \"公司\" 'x'：", paragraphs);
        Assert.Contains(paragraphs, p => p.Contains("“</w:t><w:p>注入</w:p> & \"引号\" ]]>”"));
        Assert.Contains("控制字符孤立代理", paragraphs);
        var pdf = PdfText(NoticeRenderer.Pdf(notice));
        Assert.Contains("<张&三>\"公司\"'x'：", pdf);
        Assert.Contains("某局&<办公室>", pdf);
    }

    [Fact]
    public void Hundred_thousand_character_request_renders_without_error()
    {
        var rng = new Random(7);
        var sb = new StringBuilder(100_000);
        const string pool = "政府信息公开申请答复告知书关于年度采购合同的文件abcXYZ0123456789，。、（）《》“”<&>\"";
        while (sb.Length < 100_000) sb.Append(pool[rng.Next(pool.Length)]);
        var notice = Decision(details: sb.ToString()) with { InformationRequested = sb.ToString(), ApplicantName = new string('名', 5_000) };

        var paragraphs = DocxParagraphs(NoticeRenderer.Docx(notice));
        Assert.Contains(paragraphs, p => p.Length > 100_000);
        var pdf = NoticeRenderer.Pdf(notice);
        using var doc = PdfDocument.Open(pdf);
        Assert.True(doc.NumberOfPages > 20, $"{doc.NumberOfPages} pages");
        Assert.Contains(NoticeText.DecisionTitle, string.Concat(doc.GetPage(1).Text.Where(c => !char.IsWhiteSpace(c))));
    }

    [Fact]
    public void An_unbroken_latin_run_as_long_as_the_text_is_cut_across_lines()
    {
        var notice = Decision() with { InformationRequested = new string('W', 100_000) };
        using var doc = PdfDocument.Open(NoticeRenderer.Pdf(notice));
        Assert.True(doc.NumberOfPages > 10);
    }
}
