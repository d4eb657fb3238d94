using Gongkai.Core.Desk;
using Gongkai.Web.Desk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Pages.Cases;

[Authorize(Policy = Policies.Desk)]
public sealed class NewModel(CaseService cases) : DeskPage
{
    [BindProperty] public Channel Channel { get; set; }
    [BindProperty] public DateOnly Submitted { get; set; }
    [BindProperty] public DateOnly? Confirmed { get; set; }
    [BindProperty] public ApplicantKind ApplicantKind { get; set; }
    [BindProperty] public string? ApplicantName { get; set; }
    [BindProperty] public string? IdNumber { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? Address { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? InformationRequested { get; set; }
    [BindProperty] public string? PreferredForm { get; set; }
    [BindProperty] public InformationForm? Form { get; set; }
    public string? Error { get; private set; }

    public void OnGet() => Submitted = cases.Today;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            Error = "请检查填写的内容：" + string.Join("；", ModelState.Where(e => e.Value?.Errors.Count > 0).Select(e => e.Key));
            return Page();
        }
        try
        {
            var c = await cases.RegisterAsync(Actor, new RegisterCaseInput(Channel, Submitted, Confirmed, ApplicantKind, ApplicantName ?? "",
                IdNumber, Phone, Address, Email, InformationRequested ?? "", PreferredForm, null, Form), ct);
            TempData["Message"] = $"已登记，编号 {c.Number}";
            return RedirectToPage("Details", new { id = c.Id });
        }
        catch (DeskException e)
        {
            Error = e.Message;
            return Page();
        }
    }
}
