using Gongkai.Core.Desk;
using Gongkai.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.Cases;

[Authorize(Policy = Policies.Desk)]
public sealed class NewModel(CaseService cases) : DeskPage
{
    [BindProperty] public Channel Channel { get; set; }
    [BindProperty, System.ComponentModel.DataAnnotations.Display(Name = "提交日期")] public DateOnly Submitted { get; set; }
    [BindProperty, System.ComponentModel.DataAnnotations.Display(Name = "签收或确认日期")] public DateOnly? Confirmed { get; set; }
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

    private static readonly Dictionary<string, string> FieldNames = new()
    {
        [nameof(Channel)] = "提交方式", [nameof(ApplicantKind)] = "申请人类型", [nameof(Submitted)] = "提交日期", [nameof(Confirmed)] = "签收或确认日期",
    };

    /// <summary>What a date field shows again: the date, or nothing when what was typed could not be read (never 0001-01-01).</summary>
    public string DateValue(string field, DateOnly? value) =>
        ModelState.TryGetValue(field, out var e) && e.Errors.Count > 0 ? "" : DeskPage.Iso(value);

    public void OnGet() => Submitted = cases.Today;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            // The date binder's messages name the field in Chinese and say what is wrong (DateBinderProvider); the
            // framework's own (an unknown channel) are English and name the property: those get the field's Chinese name.
            Error = "请检查填写的内容：" + string.Join("；", ModelState.Where(e => e.Value?.Errors.Count > 0)
                .SelectMany(e => e.Value!.Errors.Select(x => System.Text.RegularExpressions.Regex.IsMatch(x.ErrorMessage, "[A-Za-z]{3}") || x.ErrorMessage.Length == 0
                    ? $"{FieldNames.GetValueOrDefault(e.Key, "填写的内容")}有误" : x.ErrorMessage)));
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
