using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Public;

/// <summary>
/// 查询申请: with the number and the query code (posted, never in the address) the applicant sees the state, the due
/// date, what a 补正 asks and by when, fee notices and payment, and downloads the notices issued to them. A wrong number
/// or code gets one answer. The correction is answered here.
/// </summary>
[RequestSizeLimit(60 * 1024 * 1024)]
public sealed class TrackModel(PublicApplications site) : PublicPage(site)
{
    [BindProperty] public string? Number { get; set; }
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? Notice { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public List<IFormFile> Attachments { get; set; } = [];

    public TrackedCase? Found { get; private set; }
    public string? Message { get; private set; }
    public string? Done { get; private set; }
    public Dictionary<string, string[]> Errors { get; private set; } = [];

    public int MaxFileBytes => Site.Options.MaxFileBytes;

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await FindAsync(ct) is null) return NotFoundPage();
        return Shown();
    }

    public async Task<IActionResult> OnPostNoticeAsync(CancellationToken ct)
    {
        if (await FindAsync(ct) is not { } t) return NotFoundPage();
        if (Notice is null || await Site.NoticeAsync(t, Notice, "pdf", ct) is not { } f)
        {
            Message = "没有这份告知书。";
            return Shown();
        }
        return File(f.Bytes, f.ContentType, f.FileName);
    }

    public async Task<IActionResult> OnPostReceiptAsync(CancellationToken ct)
    {
        if (await FindAsync(ct) is not { } t) return NotFoundPage();
        return File(await Site.ReceiptPdfAsync(t, Code!, ct), "application/pdf", $"{t.Case.Number}申请回执.pdf");
    }

    public async Task<IActionResult> OnPostCorrectAsync(CancellationToken ct)
    {
        if (await FindAsync(ct) is not { } t) return NotFoundPage();
        var files = await ApplicantFile.ReadAsync(Attachments, Site.Options, ct);
        try
        {
            Found = await Site.AnswerCorrectionAsync(t, Text, files, ct);
            Done = "补正已提交。答复期限自今日起重新计算。";
        }
        catch (PublicRefusal r)
        {
            Errors = r.Errors;
            Message = r.Message;
            Response.StatusCode = r.Status;
        }
        return Shown();
    }

    private async Task<TrackedCase?> FindAsync(CancellationToken ct) => Found = await Site.FindAsync(Number, Code, ct);

    private PageResult Shown()
    {
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    private PageResult NotFoundPage()
    {
        Message = "申请编号或查询码不正确，请核对后重新输入。";
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Shown();
    }
}
