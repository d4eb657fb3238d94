using Gongkai.Core.Desk;
using Gongkai.Core.Labels;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Core.Rules;

namespace Gongkai.Tests.Core;

/// <summary>
/// Guard tests in the spirit of NoticeBasisTests: every enum value, rule, cell, audit field and action a person can
/// meet has its Chinese label, and no label lets an internal name through.
/// </summary>
public class LabelTests
{
    private static readonly System.Reflection.Assembly[] Shown = [typeof(Chinese).Assembly, typeof(Gongkai.Web.App).Assembly];

    public static TheoryData<string> Enums()
    {
        var data = new TheoryData<string>();
        foreach (var t in Shown.SelectMany(a => a.GetTypes()).Where(t => t.IsEnum && t.IsPublic)) data.Add(t.AssemblyQualifiedName!);
        return data;
    }

    [Theory]
    [MemberData(nameof(Enums))]
    public void Every_value_of_every_enum_a_person_reads_has_its_Chinese_label(string type)
    {
        var t = Type.GetType(type)!;
        if (Chinese.UnshownEnums.Contains(t.Name)) return;
        Assert.True(t.Namespace!.StartsWith("Gongkai.Core", StringComparison.Ordinal),
            $"{t.FullName} is shown but defined outside Core: move it to Core beside its rules and label it in Chinese.EnumLabels, or list it in Chinese.UnshownEnums");
        foreach (Enum v in Enum.GetValues(t))
        {
            Assert.True(Chinese.HasLabel(v), $"{t.Name}.{v} has no label in Chinese.EnumLabels");
            AssertChinese(v.Label(), $"{t.Name}.{v}");
        }
    }

    [Fact]
    public void Severities_read_the_same_three_words_everywhere()
    {
        Assert.Equal(["错误", "警告", "提示"], new[] { Severity.Error, Severity.Warning, Severity.Info }.Select(s => s.Label()));
        Assert.Equal("警告", Chinese.SeverityOf("warning"));
        Assert.Equal("提示", Chinese.SeverityOf("info"));
    }

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var r in RuleCatalogue.All) data.Add(r.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_has_a_Chinese_title(string id)
    {
        var title = Chinese.Rule(id);
        Assert.Equal(RuleCatalogue.Get(id).Title, title);
        AssertChinese(title, id);
    }

    [Fact]
    public void A_rule_id_no_longer_in_the_catalogue_reads_as_its_family_not_as_the_id() =>
        Assert.Equal("勾稽关系", Chinese.Rule("identity.removed-rule"));

    public static TheoryData<string, bool> Layouts()
    {
        var data = new TheoryData<string, bool>();
        foreach (var l in TemplateCatalog.All) data.Add(l.Template.Code(), l.OtherCollapsed);
        return data;
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Every_cell_row_section_and_identity_of_every_template_has_its_Chinese_name(string template, bool collapsed)
    {
        TemplateIds.TryParse(template, out var id);
        var layout = TemplateCatalog.Get(id, collapsed);
        foreach (var section in layout.Sections)
        {
            AssertChinese(Chinese.Place(section.Key, layout), section.Key);
            for (var i = 0; i < section.CellCount; i++)
            {
                var path = section.CellPath(i);
                var name = Chinese.Cell(path, layout);
                AssertChinese(name, path);
                Assert.EndsWith(section.FieldOfCell(i).Label, name);
                Assert.Contains(section.RowOfCell(i).Label, name);
            }
            foreach (var row in section.Rows) AssertChinese(Chinese.Place($"{section.Key}.{row.Key}", layout), row.Key);
        }
        // The places the checker names: every identity broken in turn.
        var report = Report.Blank(layout);
        foreach (var identity in layout.Identities)
        {
            var data = report.Section(identity.Section.Key);
            foreach (var c in identity.Cells) data = data.With(c, 1);
            data = data.With(identity.Anchor, 100);
            var f = ReportChecker.CheckIdentity(identity, data);
            Assert.NotNull(f);
            AssertChinese(Chinese.Place(f.Where, layout), f.Where);
        }
    }

    [Fact]
    public void A_cell_reads_as_the_template_prints_it_with_the_outcome_heading_above_its_groups()
    {
        Assert.Equal("三、本年度办理结果 · （三）不予公开 · 1.属于国家秘密 · 自然人", Chinese.Cell("applications.withheld.stateSecret.naturalPerson"));
        Assert.Equal("三、本年度办理结果 · （一）予以公开 · 法人或其他组织 · 商业企业", Chinese.Cell("applications.granted.commercial"));
        Assert.Equal("行政诉讼 · 复议后起诉 · 结果纠正", Chinese.Cell("reviewLitigation.litigationAfterReview.corrected"));
        Assert.Equal("第二十条第（一）项 · 规章 · 本年新制作数量", Chinese.Cell("proactive.regulations.newlyMade", TemplateCatalog.Get(TemplateId.V2019)));
        Assert.Equal("一、本年新收政府信息公开申请数量加二、上年结转政府信息公开申请数量＝（七）总计加四、结转下年度继续办理 · 自然人",
            Chinese.Place("applications.newReceived+carriedOver=total+carriedForward.naturalPerson"));
        Assert.Equal("四、政府信息公开行政复议、行政诉讼情况 · 各行 · 结果纠正", Chinese.Place("reviewLitigation.*.corrected"));
        Assert.Equal("正文 · 一、总体情况", Chinese.Place("narrative.overview"));
        Assert.Equal("（位置不明）", Chinese.Place("applications.noSuchRow.total"));
    }

    [Theory]
    [InlineData(20L * 1024 * 1024, "20 MB")]
    [InlineData(1536L * 1024, "1.5 MB")]
    [InlineData(64L * 1024 * 1024 + 1, "64 MB")]
    [InlineData(4096L, "4 KB")]
    [InlineData(512L, "512 字节")]
    public void Sizes_in_messages_never_read_zero_megabytes_for_a_bound_under_one(long bytes, string expected)
    {
        Assert.Equal(expected, Chinese.Size(bytes));
    }

    [Fact]
    public void Dates_are_written_year_month_day_and_times_in_Beijing()
    {
        Assert.Equal("2026年1月5日", Chinese.Date(new DateOnly(2026, 1, 5)));
        Assert.Equal("2026年1月6日 04:30", Chinese.Time(new DateTimeOffset(2026, 1, 5, 20, 30, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 1, 6), Chinese.Day(new DateTimeOffset(2026, 1, 5, 20, 30, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("26.0", "26")]
    [InlineData("49.00", "49")]
    [InlineData("3522.436287", "3522.436287")]
    [InlineData("12.50", "12.5")]
    [InlineData("-3", "-3")]
    public void Numbers_drop_a_database_scale_and_keep_real_decimals(string stored, string shown) =>
        Assert.Equal(shown, Chinese.Number(decimal.Parse(stored, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-01-12", 2026, 1, 12)]
    [InlineData("2026/1/12", 2026, 1, 12)]
    [InlineData("2026.01.12", 2026, 1, 12)]
    [InlineData("2026年1月12日", 2026, 1, 12)]
    public void A_year_first_date_is_read(string text, int y, int m, int d)
    {
        Assert.True(Chinese.TryParseDate(text, out var date, out _));
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Theory]
    [InlineData("12/01/2026", "可读作日/月/年，也可读作月/日/年")]
    [InlineData("01-12-2026", "可读作日/月/年，也可读作月/日/年")]
    [InlineData("2026-02-30", "不是存在的日期")]
    [InlineData("明天", "不是日期")]
    public void A_date_that_is_ambiguous_or_wrong_is_refused_with_the_reason(string text, string reason)
    {
        Assert.False(Chinese.TryParseDate(text, out _, out var error));
        Assert.Contains(reason, error);
        Assert.Contains(text, error);
    }

    [Fact]
    public void The_audit_reads_fields_by_their_Chinese_names_enums_by_label_and_users_by_name()
    {
        const string handler = "7c398d40-c581-4c3b-9d55-0a1b2c3d4e5f";
        string? Person(string id) => id == handler ? "李经办" : id == "head" ? "王主任" : null;
        var added = AuditText.Describe(
            $"Number=2026-0003; Channel=RegisteredPost; Submitted=2026-01-05; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; " +
            $"InformationRequested=A; B=C; HandlerId={handler}; AgencyId=1", Person);
        Assert.Equal("编号：2026-0003；提交方式：邮寄（需签收）；提交日期：2026年1月5日；申请人类型：自然人；申请人姓名或名称：（个人信息）；" +
                     "申请内容：A; B=C；经办人：李经办", added);
        Assert.Equal("处理结果：（空） → （二）部分公开（区分处理的，只计这一情形，不计其他情形）；办结日期：（空） → 2026年3月2日",
            AuditText.Describe("OutcomeRow: ∅ → partiallyGranted; ClosedOn: ∅ → 2026-03-02", Person));
        Assert.Equal("登记申请", AuditText.Action("Case.Added"));
        Assert.Equal("办结", AuditText.Action("Case.Modified", "OutcomeRow: ∅ → granted; ClosedOn: ∅ → 2026-03-02"));
        Assert.Equal("延长答复期限", AuditText.Action("Case.Modified", "ExtendedOn: ∅ → 2026-03-02; ExtensionReason: ∅ → x"));
        Assert.Equal("开始征求意见", AuditText.Action("Consultation.Added"));
        Assert.Equal("重新办理", AuditText.Action("Case.Modified", "ClosedOn: 2026-03-02 → ∅; OutcomeRow: granted → ∅"));
        Assert.Equal("发出收费通知", AuditText.Action("Case.Modified", "FeeMethod: ∅ → PerItem; FeeNoticeOn: ∅ → 2026-03-02"));
        Assert.Equal("种类：答复告知书；送达方式：邮寄送达".Replace("种类", "类型"), AuditText.Describe("Kind=Decision; ServedMethod=Post", Person));
        Assert.Equal("经办人：（已删除的用户）", AuditText.Describe("HandlerId=0d0d0d0d-0000-0000-0000-000000000000", Person));
        Assert.Equal("示范区教育局2025年度报告（上传）", AuditText.Describe("示范区教育局2025年度报告（上传）", Person));
    }

    [Fact]
    public void Every_column_the_audit_records_has_its_Chinese_name()
    {
        // What GongkaiDb.Describe writes: the scalar columns of the audited entities.
        using var app = new Gongkai.Tests.Web.GongkaiFactory(new DateOnly(2026, 1, 5));
        var names = app.With(db => new[] { typeof(Gongkai.Web.Data.Case), typeof(Gongkai.Web.Data.Consultation), typeof(Gongkai.Web.Data.Attachment), typeof(Gongkai.Web.Data.Challenge),
                typeof(Gongkai.Web.Data.Reopening), typeof(Gongkai.Web.Data.CaseNotice) }
            .SelectMany(t => db.Model.FindEntityType(t)!.GetProperties())
            .Where(p => !p.IsPrimaryKey() && p.Name is not "Version" and not "Content").Select(p => p.Name).Distinct().ToList());
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.Contains(n, AuditText.KnownFields));
        // Each known field starts a new part of the detail (values may hold "; ") and reads without its English name.
        foreach (var n in AuditText.KnownFields)
        {
            var changes = AuditText.Changes($"Number=7; {n}=1", _ => "某人");
            Assert.Equal("编号", changes[0].Field);
            Assert.InRange(changes.Count, 1, 2);
            Assert.Empty(InternalNames.Find(AuditText.Describe($"{n}=1", _ => "某人")));
        }
    }

    [Fact]
    public void Every_audit_action_the_application_writes_has_its_Chinese_name()
    {
        foreach (var a in AuditText.KnownActions) AssertChinese(AuditText.Action(a), a);
        Assert.Equal("其他操作", AuditText.Action("Something.New"));
    }

    [Theory]
    [InlineData("规则：identity.balance", "identity.balance")]
    [InlineData("位置 applications.newReceived+carriedOver=total+carriedForward.total", "applications.n")]
    [InlineData("操作 Case.Added", "Case.Added")]
    [InlineData("经办人=7c398d40-c581-4c3b-9d55-0a1b2c3d4e5f", "7c398d40-c581-4c3b-9d55-0a1b2c3d4e5f")]
    [InlineData("提交方式 RegisteredPost", "RegisteredPost")]
    [InlineData("时间（UTC）", "UTC")]
    [InlineData("印刷 26.0 件", "26.0")]
    [InlineData("行 withheld.stateSecret", "withheld.stateSecret")]
    public void The_internal_name_patterns_catch_what_the_issue_found(string text, string name) =>
        Assert.Contains(InternalNames.Find(text), f => f.EndsWith(name, StringComparison.Ordinal));

    [Fact]
    public void Ordinary_Chinese_text_with_dates_amounts_and_format_names_passes() =>
        Assert.Empty(InternalNames.Find("2026年1月5日 办结，采购总金额 3522.436287 万元、12.5 万元，接口说明（OpenAPI），下载 DOCX · PDF · XLSX"));

    private static void AssertChinese(string label, string what)
    {
        Assert.False(string.IsNullOrWhiteSpace(label), $"{what}: empty label");
        Assert.True(InternalNames.Find(label) is { Count: 0 } f, $"{what}: “{label}” shows an internal name ({string.Join(", ", InternalNames.Find(label))})");
        // Acronyms a Chinese office writes in Latin letters (OCR, PDF…) are how the label is read, not internals.
        Assert.DoesNotMatch("[A-Za-z]{3,}", AllowedAcronyms.Replace(label, ""));
    }

    private static readonly System.Text.RegularExpressions.Regex AllowedAcronyms =
        new(@"\b(?:OCR|PDF|DOCX|XLSX|CSV|HTML|JSON|ZIP|URL)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
}
