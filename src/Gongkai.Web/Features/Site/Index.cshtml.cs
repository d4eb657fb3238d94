using Gongkai.Web.Data;
using Gongkai.Web.Features.Cases;
using Gongkai.Web.Features.Public;
using Gongkai.Web.Features.Reports;
using Gongkai.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.Site;

/// <summary>The office head's side of the public site: the 指南 (a new version on each publish), the code, online applications.</summary>
public sealed class IndexModel(PublicApplications site, GongkaiDb db) : DeskPage
{
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public bool AcceptsOnline { get; set; }
    [BindProperty] public string? Office { get; set; }
    [BindProperty] public string? Address { get; set; }
    [BindProperty] public string? Postcode { get; set; }
    [BindProperty] public string? Hours { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? Fax { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Ways { get; set; }
    [BindProperty] public string? Handling { get; set; }
    [BindProperty] public string? Fees { get; set; }
    [BindProperty] public string? Remedies { get; set; }

    public List<AgencyGuide> Versions { get; private set; } = [];
    public string AgencyName { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var agency = await db.Agencies.FindAsync([Actor.AgencyId], ct);
        AgencyName = agency!.Name;
        Versions = await site.GuideVersionsAsync(Actor.AgencyId, ct);
        Code = agency.PublicCode;
        AcceptsOnline = agency.AcceptsOnline;
        if (Versions.FirstOrDefault() is { } g)
            (Office, Address, Postcode, Hours, Phone, Fax, Email, Ways, Handling, Fees, Remedies) =
                (g.Office, g.Address, g.Postcode, g.Hours, g.Phone, g.Fax, g.Email, g.Ways, g.Handling, g.Fees, g.Remedies);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        await Try(() => site.PublishGuideAsync(Actor, new GuideInput(Code, AcceptsOnline, Office, Address, Postcode, Hours, Phone, Fax, Email, Ways, Handling, Fees,
            Remedies), ct), "已发布新版政府信息公开指南");
}
