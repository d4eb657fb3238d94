using Gongkai.Core.Desk;
using Gongkai.Web.Data;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.Public;

/// <summary>
/// 网上申请 (Art. 29): the form, checked by Core field by field; on success the number and the query code, shown this
/// once, and the confirmation to print (PDF). A filled honeypot field is refused; addresses and applicants are rate limited.
/// </summary>
[RequestSizeLimit(60 * 1024 * 1024)]
public sealed class ApplyModel(PublicApplications site) : PublicPage(site)
{
    [BindProperty] public PublicApplicantKind? ApplicantKind { get; set; }
    [BindProperty] public ApplicantKind? OrganisationKind { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public IdentityKind? IdType { get; set; }
    [BindProperty] public string? IdNumber { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Address { get; set; }
    [BindProperty] public string? Information { get; set; }
    [BindProperty] public string? DocumentNumber { get; set; }
    [BindProperty] public ProvisionForm? Form { get; set; }
    [BindProperty] public DeliveryWay? Delivery { get; set; }
    [BindProperty] public List<IFormFile> Attachments { get; set; } = [];
    /// <summary>The honeypot: hidden from people, filled by bots.</summary>
    [BindProperty] public string? Website { get; set; }

    public Dictionary<string, string[]> Errors { get; private set; } = [];
    public string? Message { get; private set; }
    public Case? Submitted { get; private set; }
    public string? QueryCode { get; private set; }
    public PublicSiteOptions Limits => Site.Options;

    public string? ErrorOf(string field) => Errors.TryGetValue(field, out var e) ? string.Join("；", e) : null;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct) || !Agency!.AcceptsOnline) return NotFound();
        ApplicantKind ??= PublicApplicantKind.NaturalPerson;
        IdType ??= IdentityKind.ResidentId;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct) || !Agency!.AcceptsOnline) return NotFound();
        if (!string.IsNullOrEmpty(Website))
        {
            Message = "提交未成功，请刷新页面后重新填写。";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var files = await ApplicantFile.ReadAsync(Attachments, Limits, ct);
        try
        {
            var (c, queryCode) = await Site.SubmitAsync(Agency, new OnlineApplicationForm(ApplicantKind, OrganisationKind, Name, IdType, IdNumber, Phone, Email, Address,
                Information, DocumentNumber, Form, Delivery), files, ct);
            Submitted = c;
            QueryCode = queryCode;
            // The code is on this page only: never kept by the browser or a proxy.
            Response.Headers.CacheControl = "no-store";
            return Page();
        }
        catch (PublicRefusal r)
        {
            Errors = r.Errors;
            Message = r.Status == 429 ? r.Message : "申请未能提交，请按提示修改：";
            Response.StatusCode = r.Status;
            return Page();
        }
    }
}
