using Gongkai.Core.Layout;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Cases;
using Gongkai.Web.Features.Reports;
using Gongkai.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Proactive;

public sealed class IndexModel(ReportWorkspace workspace, CaseService cases, GongkaiDb db) : DeskPage
{
    [BindProperty(SupportsGet = true)] public int Year { get; set; }
    [BindProperty] public Dictionary<string, decimal?> Cells { get; set; } = [];
    public SectionLayout? Layout { get; private set; }
    public Dictionary<string, decimal> Values { get; private set; } = [];
    public List<ProactiveItem> Items { get; private set; } = [];
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? DocumentNumber { get; set; }
    [BindProperty] public string? Category { get; set; }
    [BindProperty] public DateOnly PublishedOn { get; set; }
    [BindProperty] public string? Link { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year = ReportYear.OrDefault(Year, ReportYear.Working(cases.Today));
        Layout = TemplateCatalog.Get(TemplateIds.ForYear(Year)).Proactive;
        Items = await workspace.ItemsAsync(Actor, Year, ct);
        Values = await db.ProactiveCells.Where(c => c.AgencyId == Actor.AgencyId && c.Year == Year).ToDictionaryAsync(c => c.Path, c => c.Value, ct);
    }

    [BindProperty] public IFormFile? Upload { get; set; }

    public Task<IActionResult> OnPostXlsxAsync(CancellationToken ct) =>
        Try(async () =>
        {
            if (Upload is null) throw new DeskException("请选择文件");
            await workspace.ImportProactiveAsync(Actor, Year, await Gongkai.Web.Api.Endpoints.ReadUpload(Upload, ct), Upload.FileName, ct);
        }, "已导入", () => RedirectToPage(new { year = Year }));

    public Task<IActionResult> OnPostItemAsync(CancellationToken ct) =>
        Try(() => workspace.AddItemAsync(Actor, Year, Title ?? "", DocumentNumber, Category ?? "", PublishedOn, Link, ct), "已登记", () => RedirectToPage(new { year = Year }));

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        Try(() => workspace.SaveProactiveAsync(Actor, Year, Cells, ct), "已保存", () => RedirectToPage(new { year = Year }));
}
