using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Gongkai.Tests.Ingest.Ledger;
using static Gongkai.Tests.Ingest.Ledger.XCell;

namespace Gongkai.Tests.Web;

/// <summary>An office's Excel ledger and its section 二 sheet through the API, into the register and the report.</summary>
public sealed class LedgerIntakeTests : IDisposable
{
    private readonly GongkaiFactory _app = new(new DateOnly(2026, 1, 10));

    public void Dispose() => _app.Dispose();

    private static XlsxBuilder Ledger(bool withBadRow) => new XlsxBuilder()
        .Row(1, "2025年政府信息公开申请台账")
        .Row(2, "申请编号", "申请人", "申请人类型", "申请方式", "收到日期", "申请内容", "答复日期", "处理情况")
        .Row(3, "2025-001", "张三", "自然人", "当面", "2025-03-04", "预算执行情况", "2025-03-10", "予以公开")
        .Row(4, "2025-002", "某公司", "企业", "邮寄", "2025/3/5", "某批复", "2025年4月1日", "不予公开（国家秘密）")
        .Row(5, "2025-003", "李四", "律师事务所", "网上申请", "2025-12-20", "执法记录", Gap, Gap)
        .Row(6, "2025-004", "王五", "自然人", "当面", "2025-05-06", "某文件", "2025-05-08", withBadRow ? "待定" : "本机关不掌握");

    private static async Task<HttpResponseMessage> Post(HttpClient api, string url, byte[] bytes, string name, params (string Key, string Value)[] fields)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", name);
        foreach (var (k, v) in fields) form.Add(new StringContent(v), k);
        return await api.PostAsync(url, form);
    }

    [Fact]
    public async Task A_ledger_with_an_unreadable_outcome_is_not_imported_until_the_errors_are_accepted_and_then_only_the_good_rows()
    {
        var clerk = await _app.ApiAs("clerk");
        var bytes = Ledger(withBadRow: true).Build();
        var first = JsonNode.Parse(await (await Post(clerk, "/api/ledger/2025", bytes, "台账.xlsx", ("mapping", "H=处理结果"))).Content.ReadAsStringAsync())!;
        Assert.False((bool)first["committed"]!);
        Assert.Equal(0, (int)first["imported"]!);
        var error = (string?)first["errors"]!.AsArray().Single();
        Assert.Contains("第6行", error);
        Assert.Contains("H列", error);
        Assert.Contains("待定", error);
        Assert.Equal(0, _app.With(db => db.Cases.Count()));

        var second = JsonNode.Parse(await (await Post(clerk, "/api/ledger/2025", bytes, "台账.xlsx", ("mapping", "H=处理结果"), ("acceptErrors", "true"))).Content.ReadAsStringAsync())!;
        Assert.True((bool)second["committed"]!);
        Assert.Equal(3, (int)second["imported"]!);

        var report = JsonNode.Parse(await clerk.GetStringAsync("/api/reports/2025"))!["report"]!["applications"]!;
        Assert.Equal(3m, (decimal)report["newReceived"]!["total"]!);
        Assert.Equal(1m, (decimal)report["granted"]!["naturalPerson"]!);
        Assert.Equal(1m, (decimal)report["withheld.stateSecret"]!["commercial"]!);
        Assert.Equal(1m, (decimal)report["carriedForward"]!["legalService"]!);
    }

    [Fact]
    public async Task Importing_the_same_ledger_twice_adds_nothing_the_second_time()
    {
        var clerk = await _app.ApiAs("clerk");
        var bytes = Ledger(withBadRow: false).Build();
        var first = JsonNode.Parse(await (await Post(clerk, "/api/ledger/2025", bytes, "台账.xlsx", ("mapping", "H=处理结果"))).Content.ReadAsStringAsync())!;
        Assert.Equal(4, (int)first["imported"]!);
        var again = JsonNode.Parse(await (await Post(clerk, "/api/ledger/2025", bytes, "台账.xlsx", ("mapping", "H=处理结果"))).Content.ReadAsStringAsync())!;
        Assert.Equal(0, (int)again["imported"]!);
        Assert.Equal(4, (int)again["alreadyPresent"]!);
        Assert.Equal(4, _app.With(db => db.Cases.Count()));
        // Imported cases are the clerk's own, with their audit lines.
        Assert.Equal(4, _app.With(db => db.Audit.Count(a => a.Action == "Case.Added" && a.UserName == "clerk")));
    }

    [Fact]
    public async Task A_file_that_is_not_a_workbook_gets_an_error_naming_it()
    {
        var clerk = await _app.ApiAs("clerk");
        var r = await Post(clerk, "/api/ledger/2025", "这不是表格"u8.ToArray(), "台账.xlsx");
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("台账.xlsx", await r.Content.ReadAsStringAsync());
        var mapping = await Post(clerk, "/api/ledger/2025", Ledger(false).Build(), "台账.xlsx", ("mapping", "H=颜色"));
        Assert.Equal(HttpStatusCode.BadRequest, mapping.StatusCode);
        Assert.Contains("颜色", await mapping.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_blank_section_two_sheet_filled_in_and_uploaded_feeds_the_report()
    {
        var clerk = await _app.ApiAs("clerk");
        var blank = await clerk.GetByteArrayAsync("/api/proactive/2025/template.xlsx");
        var layout = Gongkai.Ingest.Ledger.ProactiveImport.LayoutFor(2025);
        var values = Gongkai.Core.Model.SectionData.Empty(layout);
        for (var i = 0; i < layout.CellCount; i++) values = values.With(i, i + 1);
        var filled = Gongkai.Render.Export.ProactiveSheetTemplate.Write(layout, values);
        Assert.NotEmpty(blank);
        var r = await Post(clerk, "/api/proactive/2025/xlsx", filled, "主动公开.xlsx");
        Assert.True(r.IsSuccessStatusCode, await r.Content.ReadAsStringAsync());
        var report = JsonNode.Parse(await clerk.GetStringAsync("/api/reports/2025"))!["report"]!["proactive"]!;
        Assert.Equal((decimal)(layout.CellIndex("licensing", "decisions") + 1), (decimal)report["licensing"]!["decisions"]!);
        var empty = await Post(clerk, "/api/proactive/2025/xlsx", blank, "空白.xlsx");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("未填写", await empty.Content.ReadAsStringAsync());
    }
}
