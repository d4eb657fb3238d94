using Gongkai.Core.Desk;
using Gongkai.Render.Document;
using Gongkai.Render.Notices;

namespace Gongkai.Tests.Render.Notices;

public class NoticeTextTests
{
    private static List<string> Texts(NoticeDocument n) => NoticeText.Build(n).Blocks.Cast<Paragraph>().Select(p => p.Text).ToList();

    [Fact]
    public void Decision_notice_reads_as_the_formal_text()
    {
        var doc = NoticeText.Build(NoticeRendererTests.Decision());
        Assert.Equal("政府信息公开申请答复告知书", doc.Title);
        var expected = new (string, ParagraphStyle)[]
        {
            ("〔2026〕第12号", ParagraphStyle.Centred),
            ("张三：", ParagraphStyle.FlushLeft),
            ("2026年3月2日，本机关收到您提出的政府信息公开申请，申请获取“2025年度某街道办事处政府采购合同”。现答复如下：", ParagraphStyle.Body),
            ("经审查，您申请获取的政府信息涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害。", ParagraphStyle.Body),
            (NoticeRendererTests.ThirdPartyReasons, ParagraphStyle.Body),
            ("根据《中华人民共和国政府信息公开条例》第十五条、第三十六条第（三）项的规定，本机关决定不予公开。", ParagraphStyle.Body),
            ("如对本答复不服，可以在收到本告知书之日起60日内向广州市荔湾区人民政府申请行政复议，或者在6个月内向广州铁路运输法院提起行政诉讼。", ParagraphStyle.Body),
            ("特此告知。", ParagraphStyle.Body),
            ("广州市荔湾区政务服务数据管理局", ParagraphStyle.Signature),
            ("2026年3月27日", ParagraphStyle.Signature),
        };
        Assert.Equal(expected, doc.Blocks.Cast<Paragraph>().Select(p => (p.Text, p.Style)));
    }

    [Fact]
    public void Clerks_details_come_between_the_finding_and_the_decision_one_paragraph_a_line()
    {
        var texts = Texts(NoticeRendererTests.Decision("partiallyGranted", "第1至3页可以公开。\r\n\r\n第4页载有个人身份证号码，不予公开。") with { WithheldPart = "第4页" });
        var i = texts.FindIndex(t => t.StartsWith("经审查，"));
        Assert.Equal("其中不予公开的内容为：第4页。", texts[i + 1]);
        Assert.Equal("第1至3页可以公开。", texts[i + 2]);
        Assert.Equal("第4页载有个人身份证号码，不予公开。", texts[i + 3]);
        Assert.StartsWith("根据《中华人民共和国政府信息公开条例》第三十七条的规定，", texts[i + 4]);
    }

    [Fact]
    public void A_request_ending_with_its_own_full_stop_is_quoted_without_it()
    {
        var texts = Texts(NoticeRendererTests.Decision() with { InformationRequested = "2025年度部门预算执行明细。" });
        Assert.Contains(texts, t => t.Contains("申请获取“2025年度部门预算执行明细”。"));
        Assert.DoesNotContain(texts, t => t.Contains("。”。"));
    }

    [Fact]
    public void Not_held_with_a_referral_names_the_agency_under_item_five()
    {
        var texts = Texts(NoticeRendererTests.Decision("unavailable.notHeld") with { Referral = "广州市规划和自然资源局，电话020-12345678。" });
        Assert.Contains("根据《中华人民共和国政府信息公开条例》第三十六条第（五）项的规定，现告知您负责公开该政府信息的行政机关及其联系方式：广州市规划和自然资源局，电话020-12345678。", texts);
        Assert.DoesNotContain(texts, t => t.Contains("第三十六条第（四）项"));
    }

    [Fact]
    public void Not_held_without_a_referral_says_the_information_does_not_exist()
    {
        var texts = Texts(NoticeRendererTests.Decision("unavailable.notHeld"));
        Assert.Contains("根据《中华人民共和国政府信息公开条例》第三十六条第（四）项的规定，现告知您该政府信息不存在。", texts);
    }

    [Fact]
    public void A_referral_is_refused_for_any_other_outcome() =>
        Assert.Throws<ArgumentException>(() => NoticeText.Build(NoticeRendererTests.Decision("granted") with { Referral = "某局" }));

    [Theory]
    [InlineData("partiallyGranted")]
    [InlineData("withheld.prohibitedByLaw")]
    [InlineData("other")]
    [InlineData("other.other")]
    public void Rows_that_need_reasons_refuse_a_notice_without_them(string rowKey) =>
        Assert.Throws<ArgumentException>(() => NoticeText.Build(NoticeRendererTests.Decision(rowKey, details: " \n ")));

    [Fact]
    public void General_other_rows_cite_the_regulation_as_a_whole()
    {
        var texts = Texts(NoticeRendererTests.Decision("other.other", "申请人撤回申请。"));
        Assert.Contains("根据《中华人民共和国政府信息公开条例》的有关规定，本机关作出上述处理。", texts);
    }

    /// <summary>The facts each row presupposes, as the desk records them (a notice is refused without them).</summary>
    internal static DecisionNotice WithFacts(DecisionNotice d) => d.OutcomeRowKey switch
    {
        "partiallyGranted" => d with { WithheldPart = "第4页" },
        "unavailable.stillUnclear" => d with { Correction = new Gongkai.Core.Desk.Correction(new DateOnly(2026, 3, 4), "请写明文号", new DateOnly(2026, 3, 18), ReceivedOn: new DateOnly(2026, 3, 10)) },
        "other.noCorrection" => d with { Correction = new Gongkai.Core.Desk.Correction(new DateOnly(2026, 3, 4), "请写明文号", new DateOnly(2026, 3, 18)) },
        "other.feeUnpaid" => d with { Fee = new Gongkai.Core.Desk.FeeFile(Gongkai.Core.Desk.FeeMethod.PerItem, 1, 11, 100, new DateOnly(2026, 3, 3), new DateOnly(2026, 3, 24), "银行转账") },
        "notProcessed.repeated" => d with { RepeatOf = new Gongkai.Core.Desk.EarlierCase(1, "2026-0001", "X", new DateOnly(2026, 2, 10), "granted", "2025年度某街道办事处政府采购合同") },
        "notProcessed.excessive" => d with { ReasonsRequestedOn = new DateOnly(2026, 3, 5) },
        _ => d,
    };

    [Fact]
    public void Every_outcome_row_builds_a_notice()
    {
        foreach (var basis in NoticeBases.All)
        {
            var texts = Texts(WithFacts(NoticeRendererTests.Decision(basis.RowKey, "说明。")));
            Assert.Contains(texts, t => t.StartsWith("根据《中华人民共和国政府信息公开条例》" + basis.CitationText));
        }
    }

    [Theory]
    [InlineData("other.noCorrection", "一次性告知")]
    [InlineData("unavailable.stillUnclear", "补正")]
    [InlineData("other.feeUnpaid", "收费通知")]
    [InlineData("notProcessed.repeated", "此前提出")]
    [InlineData("notProcessed.excessive", "说明申请理由")]
    public void A_row_presupposing_a_fact_is_refused_without_it_so_the_notice_never_states_it(string row, string statement)
    {
        Assert.Throws<ArgumentException>(() => NoticeText.Build(NoticeRendererTests.Decision(row, "说明。")));
        // …and with it, the fact is stated with the dates recorded.
        var texts = Texts(WithFacts(NoticeRendererTests.Decision(row, "说明。")));
        Assert.Contains(texts, t => t.Contains(statement));
    }

    [Fact]
    public void A_not_held_notice_says_how_it_was_found_once()
    {
        var texts = Texts(NoticeRendererTests.Decision("unavailable.notHeld", null));
        Assert.Contains("经检索，本机关没有您所申请公开的政府信息。", texts);
        Assert.DoesNotContain(texts, t => t.Contains("经审查，经检索"));
    }

    [Fact]
    public void Not_ours_without_a_known_holder_gives_the_reasons_under_item_five()
    {
        var texts = Texts(NoticeRendererTests.Decision("unavailable.notHeld", "该信息由市级部门制作并保存。") with { NotHeld = Gongkai.Core.Desk.NotHeldBasis.AnotherAgency });
        Assert.Contains(texts, t => t.StartsWith("根据《中华人民共和国政府信息公开条例》第三十六条第（五）项的规定，本机关不负责公开该政府信息"));
        Assert.DoesNotContain(texts, t => t.Contains("不存在"));
    }

    [Fact]
    public void Already_published_information_cites_item_one_and_says_where()
    {
        var texts = Texts(NoticeRendererTests.Decision("granted", null) with { PublishedWhere = "示范区人民政府门户网站“政府信息公开”专栏" });
        Assert.Contains("根据《中华人民共和国政府信息公开条例》第三十六条第（一）项的规定，现告知您获取该政府信息的方式、途径：示范区人民政府门户网站“政府信息公开”专栏。", texts);
    }

    [Fact]
    public void A_disclosure_prints_the_form_the_information_is_provided_in()
    {
        var texts = Texts(NoticeRendererTests.Decision("granted", null) with { Form = Gongkai.Core.Desk.InformationForm.Email });
        Assert.Contains("提供方式：电子邮件（第四十条）。", texts);
    }

    [Fact]
    public void Blank_required_fields_and_impossible_dates_are_refused()
    {
        var d = NoticeRendererTests.Decision();
        Assert.Throws<ArgumentException>(() => NoticeText.Build(d with { ApplicantName = " " }));
        Assert.Throws<ArgumentException>(() => NoticeText.Build(d with { AgencyName = "" }));
        Assert.Throws<ArgumentException>(() => NoticeText.Build(d with { Remedies = new Remedies("") }));
        Assert.Throws<ArgumentException>(() => NoticeText.Build(d with { Issued = d.Received.AddDays(-1) }));
        Assert.Throws<ArgumentException>(() => NoticeText.Build(d with { OutcomeRowKey = "total" }));
        var c = NoticeRendererTests.Correction();
        Assert.Throws<ArgumentException>(() => NoticeText.Build(c with { CorrectBy = c.Issued }));
        Assert.Throws<ArgumentException>(() => NoticeText.Build(c with { ToCorrect = "\n" }));
        var e = NoticeRendererTests.Extension();
        Assert.Throws<ArgumentException>(() => NoticeText.Build(e with { NewDueDate = e.Issued.AddDays(-3) }));
        Assert.Throws<ArgumentException>(() => NoticeText.Build(e with { Reason = "。" }));
    }

    [Fact]
    public void Remedies_without_a_named_court_point_to_the_competent_court() =>
        Assert.Equal("如对本答复不服，可以在收到本告知书之日起60日内向某市人民政府申请行政复议，或者在6个月内向有管辖权的人民法院提起行政诉讼。",
            new Remedies("某市人民政府").Sentence);

    [Fact]
    public void Correction_and_extension_notices_read_as_the_formal_text()
    {
        Assert.Equal(
        [
            "〔2026〕第13号",
            "李四：",
            "2026年4月1日，本机关收到您提出的政府信息公开申请，申请获取“有关文件”。",
            "经审查，您的申请内容不明确。根据《中华人民共和国政府信息公开条例》第三十条的规定，请您对下列事项作出补正：",
            "请写明所申请文件的名称、文号或者便于查询的其他特征性描述。",
            "请您于2026年4月24日前将补正后的申请提交本机关。答复期限自本机关收到补正的申请之日起计算。您无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。",
            "特此告知。",
            "广州市荔湾区政务服务数据管理局",
            "2026年4月8日",
        ], Texts(NoticeRendererTests.Correction()));
        Assert.Equal(
            "因所申请信息涉及多个内设机构，需要调取、汇总和审查，本机关不能在法定期限内作出答复。根据《中华人民共和国政府信息公开条例》第三十三条第二款的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长至2026年7月2日。",
            Texts(NoticeRendererTests.Extension())[3]);
    }
}
