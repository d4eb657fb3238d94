using Gongkai.Core.Desk;
using Gongkai.Ingest.Ledger;
using static Gongkai.Tests.Ingest.Ledger.XCell;

namespace Gongkai.Tests.Ingest.Ledger;

/// <summary>Ledgers (台账) as offices keep them: title rows, shuffled and merged headers, dates in every form, bad rows.</summary>
public class LedgerImportTests
{
    private const string File = "台账.xlsx";

    private static LedgerImportResult Import(XlsxBuilder b, int year = 2025, LedgerMapping? mapping = null) =>
        LedgerImport.Read(b.Build(), File, year, mapping);

    /// <summary>Title rows, shuffled columns, unmapped 序号/备注, shared and inline strings, dates as cells, serials and text.</summary>
    private static XlsxBuilder OfficeLedger() => new XlsxBuilder()
        .Row(1, "2025年政府信息公开申请台账").Merge("A1:N1")
        .Row(2, "填报单位：某市某局", Gap, Gap, Gap, Gap, Gap, Gap, Gap, Gap, Gap, "填报日期：2026年1月5日")
        .Row(3, "序号", "处理结果", "申请人类型", "申请编号", "收到日期", "申请人姓名或名称", "答复日期", "申请方式", "联系电话",
            "申请公开的信息", "提交日期", "通讯地址", "身份证号码", "备注")
        .Row(4, N(1), "予以公开", "自然人", "2025-001", D(new DateOnly(2025, 3, 4)), I(" 张三 "), "2025/3/10", "当面提交", N(13800138000),
            "2024年财政预算执行情况", "2025年3月4日", "北京市东城区某街1号", "110101199001011234", "无")
        .Row(5, N(2), "不予公开（国家秘密）", "商业企业", "2025-002", "2025.3.5", "某某有限公司", D(new DateOnly(2025, 4, 1), chineseFormat: true),
            "邮寄", "010-12345678", I("某项目的批复文件"), N(45717), "上海市")
        .Row(6, N(3), Gap, "律师事务所", "2025-003", "2025-12-20", "李四", Gap, "互联网", Gap, "某案件的执法记录")
        .Row(8, N(4))
        .Row(9, N(5), "（三）不予公开·4.保护第三方合法权益", "科研机构", "2025-005", "20250601", "某大学", "2025-06-20", "传真");

    [Fact]
    public void An_office_ledger_reads_every_field_of_every_entry()
    {
        var result = Import(OfficeLedger());

        Assert.Empty(result.Errors);
        Assert.Equal(
        [
            new LedgerEntry(4, "2025-001", "张三", ApplicantKind.NaturalPerson, Channel.InPerson, new(2025, 3, 4), new(2025, 3, 4),
                "2024年财政预算执行情况", new(2025, 3, 10), "granted", "13800138000", "110101199001011234", "北京市东城区某街1号"),
            new LedgerEntry(5, "2025-002", "某某有限公司", ApplicantKind.Commercial, Channel.RegisteredPost, new(2025, 3, 1), new(2025, 3, 5),
                "某项目的批复文件", new(2025, 4, 1), "withheld.stateSecret", "010-12345678", null, "上海市"),
            new LedgerEntry(6, "2025-003", "李四", ApplicantKind.LegalService, Channel.Online, null, new(2025, 12, 20),
                "某案件的执法记录", null, null, null, null, null),
            new LedgerEntry(9, "2025-005", "某大学", ApplicantKind.Research, Channel.Fax, null, new(2025, 6, 1),
                null, new(2025, 6, 20), "withheld.thirdPartyRights", null, null, null),
        ], result.Entries.AsEnumerable());
        Assert.Equal(2, result.EmptyRowsSkipped); // row 7 not written at all, row 8 only a 序号
        Assert.Equal("Sheet1", result.Sheet);
        Assert.Equal(3, result.Columns.HeaderRow);
        Assert.Equal(["序号", "备注"], result.Columns.Unmapped.Select(u => u.Header));
        Assert.Equal("B", result.Columns[LedgerField.Outcome]!.Letter);
        Assert.Equal("处理结果", result.Columns[LedgerField.Outcome]!.Header);
    }

    [Fact]
    public void A_stream_reads_as_the_bytes_do()
    {
        var bytes = OfficeLedger().Build();
        var fromStream = LedgerImport.Read(new MemoryStream(bytes), File, 2025);
        Assert.Equal(LedgerImport.Read(bytes, File, 2025).Entries.AsEnumerable(), fromStream.Entries.AsEnumerable());
        Assert.Equal(4, fromStream.Entries.Length);
    }

    [Fact]
    public void Entries_give_the_facts_the_annual_tally_counts()
    {
        var e = Import(OfficeLedger()).Entries[1];
        Assert.Equal(new CaseFacts(ApplicantKind.Commercial, new(2025, 3, 5), new(2025, 4, 1), "withheld.stateSecret"), e.ToCaseFacts());
    }

    [Fact]
    public void A_header_of_two_rows_with_merged_cells_maps_the_lower_row_and_data_start_below_it()
    {
        var b = new XlsxBuilder()
            .Row(1, "政府信息公开申请登记台账").Merge("A1:E1")
            .Row(2, "编号", "申请人信息", Gap, "收到日期", "处理结果").Merge("A2:A3").Merge("B2:C2").Merge("D2:D3").Merge("E2:E3")
            .Row(3, Gap, "姓名", "类型")
            .Row(4, "A1", "王五", "其他组织", "2025-07-01", Gap);
        var result = Import(b);
        Assert.Equal(3, result.Columns.HeaderRow);
        Assert.Equal(4, result.Columns.FirstDataRow);
        Assert.Equal(
            [(LedgerField.Number, "A"), (LedgerField.ApplicantName, "B"), (LedgerField.ApplicantKind, "C"), (LedgerField.ReceivedOn, "D"), (LedgerField.Outcome, "E")],
            result.Columns.Mapped.Select(c => (c.Field, c.Letter)));
        var e = Assert.Single(result.Entries);
        Assert.Equal(("A1", "王五", ApplicantKind.OtherOrg, new DateOnly(2025, 7, 1)), (e.Number, e.ApplicantName, e.Applicant, e.ReceivedOn));
    }

    private static XlsxBuilder OddHeaders() => new XlsxBuilder()
        .Row(1, "编号", "申请人类型", "结案情况", "收到日期", "登记日期")
        .Row(2, "1", "自然人", "重复申请", "2025-01-02", "2025-01-03");

    [Fact]
    public void Without_a_mapping_an_unknown_header_is_left_unmapped()
    {
        var result = Import(OddHeaders());
        Assert.Equal("D", result.Columns[LedgerField.ReceivedOn]!.Letter);
        Assert.Null(result.Columns[LedgerField.Outcome]);
        Assert.Equal(["结案情况", "登记日期"], result.Columns.Unmapped.Select(u => u.Header));
        Assert.Null(Assert.Single(result.Entries).OutcomeRow);
    }

    [Fact]
    public void An_explicit_mapping_by_header_text_and_by_column_letter_overrides_detection()
    {
        var mapping = LedgerMapping.Detect.Map("结案情况", LedgerField.Outcome).Map("E", LedgerField.ReceivedOn);
        var result = Import(OddHeaders(), mapping: mapping);
        Assert.Equal("C", result.Columns[LedgerField.Outcome]!.Letter);
        Assert.Equal("E", result.Columns[LedgerField.ReceivedOn]!.Letter);
        Assert.Equal(["收到日期"], result.Columns.Unmapped.Select(u => u.Header));
        var e = Assert.Single(result.Entries);
        Assert.Equal(("notProcessed.repeated", new DateOnly(2025, 1, 3)), (e.OutcomeRow, e.ReceivedOn));
    }

    [Fact]
    public void An_explicit_header_row_and_only_mapped_columns_read_a_ledger_without_known_headers()
    {
        var b = new XlsxBuilder().Row(1, "甲", "乙", "丙").Row(2, "x1", "个人", "2025-5-6");
        var mapping = LedgerMapping.Detect.WithHeaderRow(1).OnlyMapped()
            .Map("A", LedgerField.Number).Map("乙", LedgerField.ApplicantKind).Map("C", LedgerField.ReceivedOn);
        var e = Assert.Single(Import(b, mapping: mapping).Entries);
        Assert.Equal(("x1", ApplicantKind.NaturalPerson, new DateOnly(2025, 5, 6)), (e.Number, e.Applicant, e.ReceivedOn));
    }

    [Fact]
    public void A_mapping_naming_a_header_the_sheet_lacks_is_refused()
    {
        var e = Assert.Throws<LedgerException>(() => Import(OddHeaders(), mapping: LedgerMapping.Detect.Map("答复结果", LedgerField.Outcome)));
        Assert.Equal("台账.xlsx 工作表“Sheet1”：第1行表头中没有“答复结果”列", e.Message);
    }

    [Fact]
    public void A_sheet_without_header_row_or_without_applicant_type_column_is_refused()
    {
        var noHeader = Assert.Throws<LedgerException>(() => Import(new XlsxBuilder().Row(1, "张三", "自然人", "2025-01-02")));
        Assert.StartsWith("台账.xlsx 工作表“Sheet1”：未找到表头行", noHeader.Message);
        var noKind = Assert.Throws<LedgerException>(() => Import(new XlsxBuilder().Row(2, "申请人", "收到日期", "答复日期", "处理结果")));
        Assert.StartsWith("台账.xlsx 工作表“Sheet1”：第2行表头中没有“申请人类型”列", noKind.Message);
    }

    private static XlsxBuilder BadRows() => new XlsxBuilder()
        .Row(1, "2025年度依申请公开台账")
        .Row(11, "申请编号", "申请人", "申请人类型", "收到日期", "答复日期", "处理结果")
        .Row(12, "1", "张三", "自然人", "2025-03-01", "2025-03-20", "待定")
        .Row(13, "2", "李四", "外星人", "2025-02-30", "2025-03-20", "不予公开")
        .Row(14, "3", "王五", Gap, "2025-03-01", "2025-02-01", "予以公开")
        .Row(15, "4", "赵六", "自然人", "2025-03-01", "2025-03-09", E("#N/A"))
        .Row(16, "5", "钱七", "自然人", "2025-03-01", "2025-03-09")
        .Row(17, "6", "孙八", "自然人", "2025-03-01", Gap, "予以公开")
        .Row(18, "7", "周九", "自然人", "2025-03-01", "2025-03-09", "部分公开");

    [Fact]
    public void Bad_rows_become_errors_naming_row_column_and_header_and_good_rows_are_entries()
    {
        var result = Import(BadRows());
        Assert.Equal(
        [
            "第12行 F列“处理结果”：无法识别“待定”",
            "第13行 C列“申请人类型”：无法识别申请人类型“外星人”（应为自然人、商业企业、科研机构、社会公益组织、法律服务机构或其他组织）",
            "第13行 D列“收到日期”：无法识别日期“2025-02-30”（可写作 2025-03-04、2025/3/4、2025年3月4日 或 2025.3.4）",
            "第13行 F列“处理结果”：“不予公开”不明确，可能是“不予公开-属于国家秘密”、“不予公开-其他法律行政法规禁止公开”、“不予公开-危及三安全一稳定”、“不予公开-保护第三方合法权益”等，请写明具体情形",
            "第14行 C列“申请人类型”：申请人类型为空",
            "第14行 E列“答复日期”：答复日期2025年2月1日早于收到日期2025年3月1日",
            "第15行 F列“处理结果”：单元格是错误值“#N/A”",
            "第16行 F列“处理结果”：已填答复日期，但处理结果为空",
            "第17行 E列“答复日期”：已填处理结果，但答复日期为空",
        ], result.Errors.Select(e => e.ToString()));
        Assert.Equal(18, Assert.Single(result.Entries).Row);
        Assert.Equal(6, result.ErrorRows);
        Assert.Equal(new LedgerRowError(12, "F", "处理结果", "无法识别“待定”"), result.Errors[0]);
    }

    [Fact]
    public void Every_data_row_is_an_entry_an_error_row_or_counted_as_empty()
    {
        var result = Import(BadRows());
        var dataRows = 18 - result.Columns.FirstDataRow + 1;
        Assert.Equal(dataRows, result.Entries.Length + result.ErrorRows + result.EmptyRowsSkipped);
    }

    [Fact]
    public void TryRead_gives_the_exception_message()
    {
        Assert.False(LedgerImport.TryRead([1, 2, 3], File, 2025, out var result, out var error));
        Assert.Null(result);
        Assert.Equal("台账.xlsx：不是 Excel 工作簿（.xlsx）", error);
    }

    [Theory]
    [InlineData("2025-03-04")]
    [InlineData("2025/3/4")]
    [InlineData("2025年3月4日")]
    [InlineData("2025.3.4")]
    [InlineData("2025. 03. 04")]
    [InlineData("45720")]
    [InlineData("45720.4")]
    [InlineData("20250304")]
    [InlineData("2025-03-04 10:30:00")]
    [InlineData("２０２５年３月４日")]
    public void Dates_are_read_in_the_forms_ledgers_use(string text)
    {
        Assert.True(LedgerDates.TryParse(text, out var date), text);
        Assert.Equal(new DateOnly(2025, 3, 4), date);
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("3/4/2025")]
    [InlineData("下周一")]
    [InlineData("12")]
    [InlineData("2025-13-01")]
    public void Other_text_is_not_a_date(string text) => Assert.False(LedgerDates.TryParse(text, out _));

    [Theory]
    [InlineData(2025, "1.属于国家秘密", "withheld.stateSecret")]
    [InlineData(2025, "属于国家秘密", "withheld.stateSecret")]
    [InlineData(2025, "不予公开-属于国家秘密", "withheld.stateSecret")]
    [InlineData(2025, "（三）不予公开·1.属于国家秘密", "withheld.stateSecret")]
    [InlineData(2025, "不予公开（国家秘密）", "withheld.stateSecret")]
    [InlineData(2025, "3.危及“三安全一稳定”", "withheld.endangersSafety")]
    [InlineData(2025, "予以公开", "granted")]
    [InlineData(2025, "（一）予以公开", "granted")]
    [InlineData(2025, "部分公开", "partiallyGranted")]
    [InlineData(2025, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "partiallyGranted")]
    [InlineData(2025, "本机关不掌握", "unavailable.notHeld")]
    [InlineData(2025, "信息不存在", "unavailable.notHeld")]
    [InlineData(2025, "无法提供-没有现成信息需另行制作", "unavailable.needsCreation")]
    [InlineData(2025, "重复申请", "notProcessed.repeated")]
    [InlineData(2025, "信访举报投诉", "notProcessed.petitionOrComplaint")]
    [InlineData(2025, "逾期不补正", "other.noCorrection")]
    [InlineData(2025, "撤回", "other.other")]
    [InlineData(2025, "3.其他", "other.other")]
    [InlineData(2020, "撤回", "other")]
    [InlineData(2020, "逾期不补正", "other")]
    [InlineData(2020, "（六）其他处理", "other")]
    [InlineData(2020, "不予处理-重复申请", "notProcessed.repeated")]
    public void Outcomes_are_matched_to_the_rows_of_the_years_template(int year, string text, string row)
    {
        Assert.True(new OutcomeMatcher(year).TryMatch(text, out var key, out var error), error);
        Assert.Equal(row, key);
    }

    [Theory]
    [InlineData(2025, "不予公开")]
    [InlineData(2025, "无法提供")]
    [InlineData(2025, "其他处理")]
    [InlineData(2025, "待定")]
    [InlineData(2025, "同意")]
    [InlineData(2020, "不予处理")]
    public void Ambiguous_or_unknown_outcomes_are_not_guessed(int year, string text)
    {
        Assert.False(new OutcomeMatcher(year).TryMatch(text, out var key, out var error));
        Assert.Null(key);
        Assert.Contains(text, error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("办理中")]
    public void An_empty_or_in_progress_outcome_is_an_open_case(string text)
    {
        Assert.True(new OutcomeMatcher(2025).TryMatch(text, out var key, out _));
        Assert.Null(key);
    }

    [Theory]
    [InlineData("申请编号", LedgerField.Number)]
    [InlineData("申请人姓名（名称）", LedgerField.ApplicantName)]
    [InlineData("申请人\n类型", LedgerField.ApplicantKind)]
    [InlineData("答复类型", LedgerField.Outcome)]
    [InlineData("申请渠道", LedgerField.Channel)]
    [InlineData("申请日期", LedgerField.SubmittedOn)]
    [InlineData("*受理日期", LedgerField.ReceivedOn)]
    [InlineData("办结时间", LedgerField.ClosedOn)]
    [InlineData("申请内容", LedgerField.Request)]
    [InlineData("联系电话", LedgerField.Phone)]
    [InlineData("身份证号码", LedgerField.IdNumber)]
    [InlineData("联系地址", LedgerField.Address)]
    public void Header_words_name_their_fields(string header, LedgerField field) => Assert.Equal(field, LedgerMapping.FieldOfHeader(header));

    [Theory]
    [InlineData("序号")]
    [InlineData("备注")]
    [InlineData("2025年政府信息公开申请台账")]
    public void Other_headers_name_no_field(string header) => Assert.Null(LedgerMapping.FieldOfHeader(header));

    [Fact]
    public void A_large_ledger_reads_every_row()
    {
        var bytes = XlsxBuilder.LargeLedger(10_000);
        var result = LedgerImport.Read(bytes, File, 2025);
        Assert.Empty(result.Errors);
        Assert.Equal(10_000, result.Entries.Length);
        Assert.Equal("withheld.stateSecret", result.Entries[1].OutcomeRow);
    }
}
