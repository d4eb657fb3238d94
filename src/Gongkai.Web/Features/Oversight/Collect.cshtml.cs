using Gongkai.Core.Oversight;
using Gongkai.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.Oversight;

/// <summary>收取报告: upload files or a ZIP, or (administrators) import a server folder; one line per file.</summary>
public sealed class CollectModel(Collector collector, Registry registry, Gongkai.Web.Data.GongkaiDb db) : DeskPage
{
    [BindProperty(SupportsGet = true)] public int Year { get; set; }
    [BindProperty] public int? AgencyId { get; set; }
    [BindProperty] public bool UseYear { get; set; }
    [BindProperty] public string? Folder { get; set; }
    public IReadOnlyList<SubtreeAgency> Agencies { get; private set; } = [];
    public IReadOnlyList<CollectResult>? Results { get; private set; }
    public string? Error { get; private set; }
    public long MaxUploadBytes => Math.Max(collector.Options.MaxFileBytes, collector.Options.MaxZipBytes);
    public long MaxFileBytes => collector.Options.MaxFileBytes;
    public long MaxZipBytes => collector.Options.MaxZipBytes;
    public bool CanImportFolder => Actor.IsAdmin && !string.IsNullOrWhiteSpace(collector.Options.ImportRoot);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostUploadAsync(List<IFormFile> files, CancellationToken ct)
    {
        await RunAsync(async () =>
        {
            var incoming = OversightApi.FromForm(files, collector.Options);
            try
            {
                Results = await collector.CollectAsync(Actor, incoming, AgencyId, UseYear ? Year : null, Gongkai.Core.Oversight.FilingSource.Upload, ct);
            }
            finally
            {
                foreach (var f in incoming) f.Dispose();
            }
        }, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostFolderAsync(CancellationToken ct)
    {
        await RunAsync(async () => Results = await collector.ImportFolderAsync(Actor, Folder ?? "", AgencyId, UseYear ? Year : null, ct), ct);
        return Page();
    }

    private async Task RunAsync(Func<Task> action, CancellationToken ct)
    {
        try { await action(); }
        catch (DeskException e) { Error = e.Message; }
        await LoadAsync(ct);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Year = ReportYear.OrDefault(Year, ReportYear.Due(registry.Today));
        Agencies = (await Subtree.LoadAsync(db, Actor, ct)).Agencies;
    }
}
