using Gongkai.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.Cases;

[Authorize(Policy = Policies.Desk)]
public sealed class ImportModel(LedgerIntake intake, CaseService cases) : DeskPage
{
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public int Year { get; set; }
    [BindProperty] public string? Mapping { get; set; }
    [BindProperty] public bool AcceptErrors { get; set; }
    public LedgerIntakeSummary? Summary { get; private set; }
    public string? Error { get; private set; }

    public void OnGet() => Year = ReportYear.Working(cases.Today);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            if (Upload is null) throw new DeskException("请选择台账文件");
            var bytes = await Gongkai.Web.Api.Endpoints.ReadUpload(Upload, ct);
            Summary = await intake.ImportAsync(Actor, bytes, Upload.FileName, Year, Mapping, AcceptErrors, ct);
        }
        catch (DeskException e)
        {
            Error = e.Message;
        }
        return Page();
    }
}
