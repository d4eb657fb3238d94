using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig;

namespace Gongkai.Tests.Web;

/// <summary>The annual report workspace and the proactive register through the API, on SQLite.</summary>
public sealed class WorkspaceTests : IDisposable
{
    private readonly GongkaiFactory _app = new(new DateOnly(2025, 1, 20));

    public void Dispose() => _app.Dispose();

    private async Task<int> CloseOneAsync(HttpClient clerk, string outcome)
    {
        var c = JsonNode.Parse(await (await clerk.PostAsJsonAsync("/api/applications", new
        {
            channel = "InPerson", submitted = "2024-12-02", applicantKind = "Commercial", applicantName = "某公司", informationRequested = "某文件",
        })).Content.ReadAsStringAsync())!;
        // The facts the outcome presupposes: how the information is provided, why it is not held.
        object body = outcome == "unavailable.notHeld"
            ? new { version = (int)c["version"]!, date = "2024-12-20", outcome, note = "依法答复", form = "Email", notHeld = "DoesNotExist" }
            : new { version = (int)c["version"]!, date = "2024-12-20", outcome, note = "依法答复", form = "Email" };
        var r = await clerk.PostAsJsonAsync($"/api/applications/{(int)c["id"]!}/close", body);
        Assert.True(r.IsSuccessStatusCode, await r.Content.ReadAsStringAsync());
        return (int)c["id"]!;
    }

    [Fact]
    public async Task An_override_needs_a_reason_is_kept_and_its_broken_identity_is_reported_with_the_amount()
    {
        var clerk = await _app.ApiAs("clerk");
        var head = await _app.ApiAs("head");
        await CloseOneAsync(clerk, "granted");
        var noReason = await head.PutAsJsonAsync("/api/reports/2024/overrides", new { path = "applications.granted.commercial", value = 3, reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var notACell = await head.PutAsJsonAsync("/api/reports/2024/overrides", new { path = "applications.granted.colour", value = 3, reason = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, notACell.StatusCode);
        var ok = await head.PutAsJsonAsync("/api/reports/2024/overrides", new { path = "applications.granted.commercial", value = 3, reason = "纸质台账补录两件" });
        Assert.Equal(HttpStatusCode.NoContent, ok.StatusCode);

        var body = JsonNode.Parse(await clerk.GetStringAsync("/api/reports/2024"))!;
        Assert.Equal(3m, (decimal)body["report"]!["applications"]!["granted"]!["commercial"]!);
        var o = body["overrides"]!.AsArray().Single()!;
        Assert.Equal("纸质台账补录两件", (string?)o["reason"]);
        Assert.Equal("head", (string?)o["userName"]);
        var findings = body["findings"]!.AsArray();
        var rowTotal = findings.Single(f => (string?)f!["where"] == "applications.granted.total")!;
        Assert.Equal(3m, (decimal)rowTotal["expected"]!);
        Assert.Equal(1m, (decimal)rowTotal["actual"]!);

        var removed = await head.DeleteAsync("/api/reports/2024/overrides?path=applications.granted.commercial");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        var again = JsonNode.Parse(await clerk.GetStringAsync("/api/reports/2024"))!;
        Assert.Equal(1m, (decimal)again["report"]!["applications"]!["granted"]!["commercial"]!);
    }

    [Fact]
    public async Task The_report_document_downloads_as_docx_and_pdf_with_the_computed_numbers()
    {
        var clerk = await _app.ApiAs("clerk");
        await CloseOneAsync(clerk, "unavailable.notHeld");
        var narrative = await clerk.PutAsJsonAsync("/api/reports/2024/narrative", new { version = 0, overview = "本机关2024年共收到政府信息公开申请1件。" });
        Assert.Equal(HttpStatusCode.NoContent, narrative.StatusCode);
        var stale = await clerk.PutAsJsonAsync("/api/reports/2024/narrative", new { version = 0, overview = "旧版本" });
        // The first save made version 1: a second save from version 0 (what every editor held) is refused, not an overwrite.
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var docx = await clerk.GetAsync("/api/reports/2024/document?format=docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using (var doc = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
            Assert.Contains("示范区人民政府办公室", doc.MainDocumentPart!.Document!.InnerText);
        var pdf = await clerk.GetAsync("/api/reports/2024/document?format=pdf");
        using (var p = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
            Assert.Contains("本机关不掌握", string.Concat(p.GetPages().Select(x => x.Text)));
        var bad = await clerk.GetAsync("/api/reports/2024/document?format=exe");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Narrative_saved_from_an_old_version_is_refused()
    {
        var clerk = await _app.ApiAs("clerk");
        var head = await _app.ApiAs("head");
        Assert.Equal(HttpStatusCode.NoContent, (await clerk.PutAsJsonAsync("/api/reports/2024/narrative", new { version = 0, overview = "甲" })).StatusCode);
        var current = (int)JsonNode.Parse(await clerk.GetStringAsync("/api/reports/2024"))!["draftVersion"]!;
        Assert.Equal(HttpStatusCode.NoContent, (await head.PutAsJsonAsync("/api/reports/2024/narrative", new { version = current, overview = "乙" })).StatusCode);
        var late = await clerk.PutAsJsonAsync("/api/reports/2024/narrative", new { version = current, overview = "丙" });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var report = JsonNode.Parse(await clerk.GetStringAsync("/api/reports/2024"))!["report"]!;
        Assert.Equal("乙", (string?)report["narrative"]!["overview"]);
    }

    [Fact]
    public async Task Proactive_figures_are_checked_and_feed_section_two()
    {
        var clerk = await _app.ApiAs("clerk");
        var negative = await clerk.PutAsJsonAsync("/api/proactive/2024", new { cells = new Dictionary<string, decimal?> { ["proactive.licensing.decisions"] = -1 } });
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Contains("非负整数", await negative.Content.ReadAsStringAsync());
        var ok = await clerk.PutAsJsonAsync("/api/proactive/2024", new
        {
            cells = new Dictionary<string, decimal?> { ["proactive.licensing.decisions"] = 42, ["proactive.fees.amountWan"] = 35.083m },
        });
        Assert.Equal(HttpStatusCode.NoContent, ok.StatusCode);
        var report = JsonNode.Parse(await clerk.GetStringAsync("/api/reports/2024"))!["report"]!;
        Assert.Equal(42m, (decimal)report["proactive"]!["licensing"]!["decisions"]!);
        Assert.Equal(35.083m, (decimal)report["proactive"]!["fees"]!["amountWan"]!);
    }

    [Fact]
    public async Task Published_items_are_registered_and_a_script_address_is_refused()
    {
        var clerk = await _app.ApiAs("clerk");
        var ok = await clerk.PostAsJsonAsync("/api/proactive/2024/items", new { title = "示范区政府信息公开指南", category = "normativeDocuments", publishedOn = "2024-03-01", url = "https://www.example.gov.cn/zn.html" });
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        var script = await clerk.PostAsJsonAsync("/api/proactive/2024/items", new { title = "x", category = "other", publishedOn = "2024-03-01", url = "javascript:alert(1)" });
        Assert.Equal(HttpStatusCode.BadRequest, script.StatusCode);
        var wrongYear = await clerk.PostAsJsonAsync("/api/proactive/2024/items", new { title = "x", category = "other", publishedOn = "2023-03-01" });
        Assert.Equal(HttpStatusCode.BadRequest, wrongYear.StatusCode);
        var items = JsonNode.Parse(await clerk.GetStringAsync("/api/proactive/2024/items"))!.AsArray();
        Assert.Equal("示范区政府信息公开指南", (string?)items.Single()!["title"]);
    }

    [Fact]
    public async Task The_decision_notice_cites_the_article_of_the_outcome()
    {
        var clerk = await _app.ApiAs("clerk");
        var id = await CloseOneAsync(clerk, "withheld.thirdPartyRights");
        var r = await clerk.GetAsync($"/api/applications/{id}/notices/decision?format=docx");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        using var doc = WordprocessingDocument.Open(new MemoryStream(await r.Content.ReadAsByteArrayAsync()), false);
        var text = doc.MainDocumentPart!.Document!.InnerText;
        Assert.Contains("第十五条", text);
        Assert.Contains("某公司", text);
        Assert.Contains("示范市人民政府", text);
        var pdf = await clerk.GetAsync($"/api/applications/{id}/notices/decision?format=pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var none = await clerk.GetAsync($"/api/applications/{id}/notices/extension");
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
    }
}
