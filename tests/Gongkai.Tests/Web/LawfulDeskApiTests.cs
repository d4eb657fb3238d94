using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;

namespace Gongkai.Tests.Web;

public sealed class LawfulDeskOnSqlite() : LawfulDeskApiTests(postgres: null);

public sealed class LawfulDeskOnPostgres() : LawfulDeskApiTests(TestPostgres.ConnectionString), IOnPostgres;

/// <summary>
/// Issue 14's defects, each tried through the API as a new user would, and refused or done as the 条例 and
/// 国办函〔2020〕109号 require. The clock stands on Monday 30 June 2025.
/// </summary>
public abstract class LawfulDeskApiTests(string? postgres) : IDisposable
{
    private readonly GongkaiFactory _app = new(new DateOnly(2025, 6, 30), postgres: postgres);

    public void Dispose()
    {
        _app.Dispose();
        GC.SuppressFinalize(this);
    }

    private const string IdNumber = "11010519491231002X";

    private static object NewCase(string submitted, string request = "2024年度示范路改造工程的招标文件", string? form = "Email", string idNumber = IdNumber) => new
    {
        channel = "InPerson", submitted, applicantKind = "NaturalPerson", applicantName = "张三", idNumber,
        informationRequested = request, form,
    };

    private static async Task<JsonNode> Ok(HttpResponseMessage r)
    {
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.IsSuccessStatusCode, $"{(int)r.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>A 400 whose errors name <paramref name="field"/> in Chinese containing <paramref name="words"/>.</summary>
    private static async Task Refused(HttpResponseMessage r, string field, string words)
    {
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.BadRequest, $"{(int)r.StatusCode}: {text}");
        var errors = JsonNode.Parse(text)!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), $"no error for {field}: {text}");
        Assert.Contains(errors[field]!.AsArray(), m => ((string?)m)!.Contains(words));
    }

    private async Task<(HttpClient Api, JsonNode Case)> RegisterAsync(string submitted, string user = "clerk", string request = "2024年度示范路改造工程的招标文件", string? form = "Email")
    {
        var api = await _app.ApiAs(user);
        return (api, await Ok(await api.PostAsJsonAsync("/api/applications", NewCase(submitted, request, form))));
    }

    private static int Id(JsonNode c) => (int)c["id"]!;
    private static int V(JsonNode c) => (int)c["version"]!;

    [DbFact]
    public async Task Closing_as_not_corrected_or_still_unclear_without_a_correction_is_refused_naming_the_missing_step()
    {
        var (api, c) = await RegisterAsync("2025-06-02");
        await Refused(await api.PostAsJsonAsync($"/api/applications/{Id(c)}/close", new { version = V(c), date = "2025-06-20", outcome = "other.noCorrection" }),
            "correction", "没有告知过补正");
        await Refused(await api.PostAsJsonAsync($"/api/applications/{Id(c)}/close", new { version = V(c), date = "2025-06-20", outcome = "unavailable.stillUnclear" }),
            "correction", "没有告知过补正");
        Assert.Null((string?)(await Ok(await api.GetAsync($"/api/applications/{Id(c)}")))["closedOn"]);
    }

    [DbFact]
    public async Task A_correction_30_working_days_late_is_refused_and_an_overdue_case_stays_overdue_when_a_head_allows_it()
    {
        // Received 2 May: due 3 June (1–5 May off); 30 June is 18 working days past it.
        var (api, c) = await RegisterAsync("2025-05-02");
        Assert.True((bool)c["clock"]!["overdue"]!);
        await Refused(await api.PostAsJsonAsync($"/api/applications/{Id(c)}/correction-request", new { version = V(c), date = "2025-06-30", what = "请写明文号", dueBy = "2025-07-14" }),
            "date", "7个工作日内");
        var head = await _app.ApiAs("head");
        var late = await Ok(await head.PostAsJsonAsync($"/api/applications/{Id(c)}/correction-request",
            new { version = V(c), date = "2025-06-30", what = "请写明文号", dueBy = "2025-07-14", lateReason = "申请书今日才由信访部门转来" }));
        Assert.Equal("待补正（已超期）", (string?)late["clock"]!["state"]);
        Assert.True((bool)late["clock"]!["overdue"]!);
        var desk = await Ok(await api.GetAsync("/api/desk"));
        Assert.Contains(desk["overdue"]!.AsArray(), x => (int)x!["id"]! == Id(c));
    }

    [DbFact]
    public async Task Partly_disclosed_without_reasons_or_the_withheld_part_is_refused_field_by_field()
    {
        var (api, c) = await RegisterAsync("2025-06-02");
        var r = await api.PostAsJsonAsync($"/api/applications/{Id(c)}/close", new { version = V(c), date = "2025-06-20", outcome = "partiallyGranted" });
        await Refused(r, "reasons", "须说明理由");
        var ok = await Ok(await api.PostAsJsonAsync($"/api/applications/{Id(c)}/close",
            new { version = V(c), date = "2025-06-20", outcome = "partiallyGranted", note = "第4页载有个人身份证号码。", withheldPart = "第4页" }));
        var docx = await api.GetAsync($"/api/applications/{Id(c)}/notices/decision?format=docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        Assert.Contains("其中不予公开的内容为：第4页。", word.MainDocumentPart!.Document!.InnerText);
        Assert.Equal("第4页", (string?)ok["withheldPart"]);
    }

    [DbFact]
    public async Task A_consultation_pauses_15_working_days_and_one_past_its_date_is_listed_as_overdue()
    {
        // Received and the letter sent 6 May: the reply was due 27 May; on 30 June the consultation is still open.
        var (api, c) = await RegisterAsync("2025-05-06");
        c = await Ok(await api.PostAsJsonAsync($"/api/applications/{Id(c)}/consultations", new { version = V(c), party = "示范建设公司", from = "2025-05-06", kind = "ThirdParty" }));
        var consultation = c["consultations"]!.AsArray().Single()!;
        Assert.Equal("2025-05-27", (string?)consultation["replyDue"]);
        var pause = c["clock"]!["pauses"]!.AsArray().Single()!;
        Assert.Equal("2025-05-27", (string?)pause["to"]);
        Assert.Contains("第三十二条", (string?)pause["reason"]);
        var desk = await Ok(await api.GetAsync("/api/desk"));
        Assert.Contains(desk["consultationOverdue"]!.AsArray(), x => (int)x!["id"]! == Id(c));
        var letter = await api.GetAsync($"/api/applications/{Id(c)}/notices/consultation?format=pdf");
        Assert.Equal("application/pdf", letter.Content.Headers.ContentType!.MediaType);
    }

    [DbFact]
    public async Task Fees_by_item_count_the_applicants_month_pause_the_clock_and_unpaid_closes_as_fee_unpaid()
    {
        // The fee notice goes out on 19 May, within the answer period; the case is closed on 30 June.
        _app.Time.Now = new DateTimeOffset(2025, 5, 19, 9, 0, 0, TimeSpan.Zero);
        var head = await _app.ApiAs("head");
        Assert.Equal(HttpStatusCode.OK, (await head.PutAsJsonAsync("/api/agency/settings", new { noticeCode = "示府办公开", feeMethod = "PerItem" })).StatusCode);
        var api = await _app.ApiAs("clerk");
        // Eleven applications by the same person in May: the eleventh is the first charged (100元).
        JsonNode? last = null;
        for (var i = 1; i <= 11; i++)
            last = await Ok(await api.PostAsJsonAsync("/api/applications", NewCase($"2025-05-{5 + i:00}", $"第{i}份文件", idNumber: "110105 1949 1231 002x")));
        var id = Id(last!);
        var quote = await Ok(await api.GetAsync($"/api/applications/{id}/fee-quote?units=1"));
        Assert.Equal(10, (int)quote["priorUnits"]!);
        Assert.Equal(100m, (decimal)quote["amount"]!);
        await Refused(await api.PostAsJsonAsync($"/api/applications/{id}/fee", new { version = V(last!), date = "2025-05-19", units = 1, payBy = "2025-05-30", paymentMethod = "银行转账" }),
            "payBy", "不少于20个工作日");
        var fee = await Ok(await api.PostAsJsonAsync($"/api/applications/{id}/fee", new { version = V(last!), date = "2025-05-19", units = 1, payBy = "2025-06-17", paymentMethod = "银行转账" }));
        Assert.Equal("待缴费", (string?)fee["clock"]!["state"]);
        Assert.Equal(100m, (decimal)fee["fee"]!["amount"]!);
        var notice = fee["notices"]!.AsArray().Single()!;
        Assert.Equal("示府办公开〔2025〕1号", (string?)notice["number"]);
        _app.Time.Now = new DateTimeOffset(2025, 6, 30, 9, 0, 0, TimeSpan.Zero);
        api = await _app.ApiAs("clerk");
        var desk = await Ok(await api.GetAsync("/api/desk"));
        Assert.Contains(desk["feeExpired"]!.AsArray(), x => (int)x!["id"]! == id);
        await Refused(await api.PostAsJsonAsync($"/api/applications/{id}/close", new { version = V(fee), date = "2025-06-30", outcome = "granted" }),
            "outcome", "等待缴纳");
        var closed = await Ok(await api.PostAsJsonAsync($"/api/applications/{id}/close", new { version = V(fee), date = "2025-06-30", outcome = "other.feeUnpaid" }));
        Assert.Equal("other.feeUnpaid", (string?)closed["outcome"]);
        var text = await DocxText(api, $"/api/applications/{id}/notices/decision?format=docx");
        Assert.Contains("本机关于2025年5月19日依照《政府信息公开信息处理费管理办法》向您发出收费通知，应缴纳信息处理费100元，缴费期限至2025年6月17日。", text);
        // Section 六 reports the fees charged: none paid.
        var report = await Ok(await api.GetAsync("/api/reports/2025"));
        Assert.Contains("2025年度，本机关未收取政府信息公开信息处理费。", (string?)report["report"]!["narrative"]!["other"]);
        Assert.Equal(1m, (decimal)report["report"]!["applications"]!["other.feeUnpaid"]!["total"]!);
    }

    [DbFact]
    public async Task A_paid_fee_resumes_the_clock_and_reaches_section_six()
    {
        var head = await _app.ApiAs("head");
        await head.PutAsJsonAsync("/api/agency/settings", new { noticeCode = "示府办公开", feeMethod = "PerVolume" });
        var (api, c) = await RegisterAsync("2025-06-02");
        c = await Ok(await api.PostAsJsonAsync($"/api/applications/{Id(c)}/fee", new { version = V(c), date = "2025-06-03", units = 130, payBy = "2025-07-01", paymentMethod = "银行转账" }));
        Assert.Equal(1300m, (decimal)c["fee"]!["amount"]!); // 70 × 10 + 30 × 20
        c = await Ok(await api.PostAsJsonAsync($"/api/applications/{Id(c)}/payment", new { version = V(c), date = "2025-06-10", receipt = "PJ001" }));
        Assert.Equal("办理中", (string?)c["clock"]!["state"]);
        Assert.Contains(c["clock"]!["pauses"]!.AsArray(), p => (string?)p!["from"] == "2025-06-03" && (string?)p["to"] == "2025-06-10");
        var report = await Ok(await api.GetAsync("/api/reports/2025"));
        Assert.Contains("共计1300元，涉及申请1件", (string?)report["report"]!["narrative"]!["other"]);
    }

    [DbFact]
    public async Task A_repeat_shows_the_earlier_case_and_closes_with_the_link()
    {
        var (api, first) = await RegisterAsync("2025-06-02", request: "申请公开2024年度示范路改造工程的招标文件");
        first = await Ok(await api.PostAsJsonAsync($"/api/applications/{Id(first)}/close", new { version = V(first), date = "2025-06-10", outcome = "granted" }));
        var (_, second) = await RegisterAsync("2025-06-16", request: "请求公开示范路改造工程2024年度招标文件");
        var similar = (await Ok(await api.GetAsync($"/api/applications/{Id(second)}/similar"))).AsArray();
        Assert.Equal(Id(first), (int)similar.Single()!["id"]!);
        var closed = await Ok(await api.PostAsJsonAsync($"/api/applications/{Id(second)}/close",
            new { version = V(second), date = "2025-06-20", outcome = "notProcessed.repeated", repeatOf = Id(first) }));
        Assert.Equal(Id(first), (int)closed["repeatOf"]!);
        var text = await DocxText(api, $"/api/applications/{Id(second)}/notices/decision?format=docx");
        Assert.Contains($"本机关已于2025年6月10日就您此前提出的政府信息公开申请（编号{(string?)first["number"]}", text);
    }

    [DbFact]
    public async Task A_head_reopens_a_closed_case_the_audit_keeps_both_closings_and_the_report_follows()
    {
        var (api, c) = await RegisterAsync("2025-06-02");
        c = await Ok(await api.PostAsJsonAsync($"/api/applications/{Id(c)}/close", new { version = V(c), date = "2025-06-10", outcome = "granted" }));
        Assert.Equal(1m, (decimal)(await Ok(await api.GetAsync("/api/reports/2025")))["report"]!["applications"]!["granted"]!["total"]!);
        var byClerk = await api.PostAsJsonAsync($"/api/applications/{Id(c)}/reopen", new { version = V(c), date = "2025-06-20", reason = "MistakenClose", note = "误办结" });
        Assert.Equal(HttpStatusCode.Forbidden, byClerk.StatusCode);
        Assert.Contains("审核人", await byClerk.Content.ReadAsStringAsync());
        var head = await _app.ApiAs("head");
        c = await Ok(await head.PostAsJsonAsync($"/api/applications/{Id(c)}/reopen", new { version = V(c), date = "2025-06-20", reason = "MistakenClose", note = "误将他案答复登记于本案" }));
        Assert.Null((string?)c["closedOn"]);
        Assert.Equal("granted", (string?)c["reopenings"]!.AsArray().Single()!["previousOutcome"]);
        var report = await Ok(await api.GetAsync("/api/reports/2025"));
        Assert.Equal(0m, (decimal)report["report"]!["applications"]!["granted"]!["total"]!);
        Assert.Equal(1m, (decimal)report["report"]!["applications"]!["carriedForward"]!["total"]!);
        var audit = (await Ok(await api.GetAsync($"/api/applications/{Id(c)}/audit"))).AsArray();
        Assert.Contains(audit, a => (string?)a!["action"] == "Reopening.Added" && ((string?)a["detail"])!.Contains("PreviousOutcomeRow=granted"));
        Assert.Contains(audit, a => ((string?)a!["detail"])!.Contains("OutcomeRow: granted → ∅"));
    }

    [DbFact]
    public async Task Each_notice_is_numbered_with_the_agencys_code_and_its_service_recorded()
    {
        var head = await _app.ApiAs("head");
        await head.PutAsJsonAsync("/api/agency/settings", new { noticeCode = "示府办公开" });
        await Refused(await head.PutAsJsonAsync("/api/agency/settings", new { noticeCode = "示府办〔公开〕" }), "noticeCode", "机关代字");
        var (api, c) = await RegisterAsync("2025-06-02");
        c = await Ok(await api.PostAsJsonAsync($"/api/applications/{Id(c)}/correction-request", new { version = V(c), date = "2025-06-03", what = "请写明文号", dueBy = "2025-06-17" }));
        c = await Ok(await api.PostAsJsonAsync($"/api/applications/{Id(c)}/correction-received", new { version = V(c), date = "2025-06-05" }));
        c = await Ok(await api.PostAsJsonAsync($"/api/applications/{Id(c)}/close", new { version = V(c), date = "2025-06-20", outcome = "granted" }));
        var numbers = c["notices"]!.AsArray().Select(n => (string?)n!["number"]).ToList();
        Assert.Equal(["示府办公开〔2025〕1号", "示府办公开〔2025〕2号"], numbers);
        c = await Ok(await api.PostAsJsonAsync($"/api/applications/{Id(c)}/service",
            new { version = V(c), notice = "示府办公开〔2025〕2号", date = "2025-06-23", method = "Post", proof = "XA123456789CN" }));
        var served = c["notices"]!.AsArray()[1]!;
        Assert.Equal("2025-06-23", (string?)served["servedOn"]);
        Assert.Equal("XA123456789CN", (string?)served["servedProof"]);
        var text = await DocxText(api, $"/api/applications/{Id(c)}/notices/decision?format=docx");
        Assert.Contains("示府办公开〔2025〕2号", text);
        Assert.Contains("提供方式：电子邮件（第四十条）。", text);
    }

    [DbFact]
    public async Task A_year_is_reported_only_after_it_ends_and_a_future_publication_date_is_refused()
    {
        var head = await _app.ApiAs("head");
        await Refused(await head.PostAsync("/api/reports/2025/submit", null), "year", "2025年度尚未结束");
        await Refused(await head.PutAsJsonAsync("/api/reports/2024/narrative", new { version = 0, overview = "总体情况", published = "2025-07-20" }), "published", "晚于今天");
        await Refused(await head.PutAsJsonAsync("/api/reports/2024/narrative", new { version = 0, overview = "总体情况", published = "2024-12-30" }), "published", "不在2024年度结束之后");
        Assert.Equal(HttpStatusCode.NoContent, (await head.PutAsJsonAsync("/api/reports/2024/narrative", new { version = 0, overview = "总体情况", published = "2025-01-20" })).StatusCode);
    }

    [DbFact]
    public async Task A_supervising_office_sets_an_internal_deadline_for_its_units_beside_the_statutory_one()
    {
        var gkb = await _app.ApiAs("gkb");
        await Refused(await gkb.PutAsJsonAsync("/api/oversight/units-deadline", new { deadline = "02-10" }), "deadline", "1月31日");
        Assert.Equal(HttpStatusCode.NoContent, (await gkb.PutAsJsonAsync("/api/oversight/units-deadline", new { deadline = "01-20" })).StatusCode);
        var units = (await Ok(await gkb.GetAsync("/api/oversight/registry/2024"))).AsArray();
        var edu = units.Single(u => (string?)u!["agency"] == "示范区教育局")!;
        Assert.Equal("2025-01-31", (string?)edu["deadline"]);
        Assert.Equal("2025-01-20", (string?)edu["internalDeadline"]);
        Assert.True((bool)edu["pastInternalDeadline"]!);
        var own = units.Single(u => (string?)u!["agency"] == "示范区人民政府办公室")!;
        Assert.Equal("2025-03-31", (string?)own["deadline"]);
        Assert.Null((string?)own["internalDeadline"]);
    }

    [DbFact]
    public async Task The_proactive_register_feeds_section_two_and_an_empty_section_two_is_a_warning()
    {
        var api = await _app.ApiAs("clerk");
        var empty = await Ok(await api.GetAsync("/api/reports/2025"));
        Assert.Contains(empty["findings"]!.AsArray(), f => (string?)f!["rule"] == "proactive.empty" && (string?)f["severity"] == "warning");
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("/api/proactive/2025/items",
            new { title = "示范区政府信息公开规定", category = "regulations", publishedOn = "2025-03-01" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("/api/proactive/2025/items",
            new { title = "2025年上半年行政许可决定", category = "licensing", publishedOn = "2025-06-30", quantity = 42 })).StatusCode);
        var report = await Ok(await api.GetAsync("/api/reports/2025"));
        var p = report["report"]!["proactive"]!;
        Assert.Equal(1m, (decimal)p["regulations"]!["issued"]!);
        Assert.Equal(1m, (decimal)p["regulations"]!["inForce"]!);
        Assert.Equal(42m, (decimal)p["licensing"]!["decisions"]!);
        Assert.Equal(0m, (decimal)p["penalty"]!["decisions"]!);
        Assert.DoesNotContain(report["findings"]!.AsArray(), f => (string?)f!["rule"] == "proactive.empty");
    }

    [DbFact]
    public async Task An_online_application_waits_as_awaiting_confirmation_and_is_received_the_day_the_clerk_confirms_it()
    {
        var api = await _app.ApiAs("clerk");
        var c = await Ok(await api.PostAsJsonAsync("/api/applications", new
        {
            channel = "Online", submitted = "2025-06-27", applicantKind = "NaturalPerson", applicantName = "张三", informationRequested = "某文件",
        }));
        Assert.Equal("网上申请待确认", (string?)c["clock"]!["state"]);
        Assert.Equal("AwaitingOnlineConfirmation", (string?)c["stateCode"]);
        Assert.Equal(["ConfirmReceipt"], c["allowedSteps"]!.AsArray().Select(x => (string?)x));
        c = await Ok(await api.PostAsJsonAsync($"/api/applications/{Id(c)}/receipt", new { version = V(c), date = "2025-06-30" }));
        Assert.Equal("2025-06-30", (string?)c["receivedOn"]);
    }

    private static async Task<string> DocxText(HttpClient api, string url)
    {
        var r = await api.GetAsync(url);
        Assert.True(r.IsSuccessStatusCode, await r.Content.ReadAsStringAsync());
        using var word = WordprocessingDocument.Open(new MemoryStream(await r.Content.ReadAsByteArrayAsync()), false);
        return string.Join("\n", word.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}
