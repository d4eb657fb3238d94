using System.IO.Compression;
using System.Text;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace Gongkai.Tests.Web.E2e;

/// <summary>The annual report workspace in a real browser: computed tables, a reasoned override, the official downloads.</summary>
[Collection(E2eCollection.Name)]
public sealed class ReportWorkspaceE2eTests(BrowserFixture browser) : IDisposable
{
    private const string Agency = "示范区人民政府办公室";
    private readonly E2eApp _app = E2eApp.Start(new DateOnly(2020, 9, 28));

    public void Dispose() => _app.Dispose();

    private static ILocator Cell(IPage page, string path) => page.Locator($"td[data-cell='{path}']");

    [Fact]
    public async Task The_workspace_shows_the_computed_tables_an_override_is_marked_and_found_and_DOCX_and_PDF_download()
    {
        // One application disclosed in 2020, one still open.
        await _app.RegisterAsync("clerk", "2020-09-28", closeAs: "granted");
        await _app.RegisterAsync("clerk", "2020-09-28");

        var head = await browser.LoginAsync(_app, "head");
        await head.GotoAsync("/Reports");
        await Expect(head.Locator("h1")).ToHaveTextAsync($"{Agency}2020年政府信息公开工作年度报告");

        // Section 三 is computed from the registers.
        await Expect(Cell(head, "applications.newReceived.naturalPerson")).ToHaveTextAsync("2");
        await Expect(Cell(head, "applications.granted.total")).ToHaveTextAsync("1");
        await Expect(Cell(head, "applications.total.total")).ToHaveTextAsync("1");
        await Expect(Cell(head, "applications.carriedForward.total")).ToHaveTextAsync("1");
        await Expect(Cell(head, "applications.granted.total")).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("overridden"));
        await Expect(head.Locator("#findings")).Not.ToContainTextAsync("identity.");
        await head.AssertFitsWidthAsync();
        await head.ShotAsync("2-report-computed");

        // The head writes 2 over the computed 1, saying why: the cell is marked, and the identity check objects.
        await head.SubmitAsync("#form-override", ("Path", "applications.granted.total"), ("Value", "2"), ("Reason", "补录一件纸质登记遗漏的申请"));
        await Expect(head.Locator(".flash.ok")).ToHaveTextAsync("已修改，理由已记录");
        var cell = Cell(head, "applications.granted.total");
        await Expect(cell).ToHaveTextAsync("2");
        await Expect(cell).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\boverridden\b"));
        await Expect(cell).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex("（一）予以公开 · 总计：手工修改（计算值 1）.*补录一件纸质登记遗漏的申请（王主任）"));
        await Expect(head.Locator("#overrides")).ToContainTextAsync("三、本年度办理结果 · （一）予以公开 · 总计");
        await Expect(head.Locator("#overrides")).ToContainTextAsync("王主任");
        await Expect(head.Locator("#overrides")).Not.ToContainTextAsync("applications.");
        await Expect(head.Locator("#findings")).ToContainTextAsync("（七）总计等于各项办理结果之和");
        await Expect(head.Locator("#findings")).Not.ToContainTextAsync("identity.");
        await Expect(head.Locator("#findings")).ToContainTextAsync("错误");
        await head.ShotAsync("2-report-overridden");

        // The official text, through the links on the page.
        var docx = await head.RunAndWaitForDownloadAsync(() => head.ClickAsync("#download-docx"));
        Assert.EndsWith(".docx", docx.SuggestedFilename);
        var docxBytes = await ReadAsync(docx);
        using (var zip = new ZipArchive(new MemoryStream(docxBytes), ZipArchiveMode.Read))
        {
            var document = zip.GetEntry("word/document.xml");
            Assert.NotNull(document);
            using var reader = new StreamReader(document.Open(), Encoding.UTF8);
            Assert.Contains(Agency, await reader.ReadToEndAsync());
        }

        var pdf = await head.RunAndWaitForDownloadAsync(() => head.ClickAsync("#download-pdf"));
        Assert.EndsWith(".pdf", pdf.SuggestedFilename);
        var pdfBytes = await ReadAsync(pdf);
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdfBytes, 0, 4));
        using var doc = PdfDocument.Open(pdfBytes);
        Assert.True(doc.NumberOfPages >= 1);
        var text = string.Concat(doc.GetPages().Select(p => p.Text));
        Assert.Contains(Agency, text);
    }

    private static async Task<byte[]> ReadAsync(IDownload download)
    {
        Assert.Null(await download.FailureAsync());
        var path = await download.PathAsync();
        return await File.ReadAllBytesAsync(path);
    }
}
