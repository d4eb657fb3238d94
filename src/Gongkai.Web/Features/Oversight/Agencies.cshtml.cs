using Gongkai.Core.Oversight;
using Gongkai.Web.Data;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.Oversight;

/// <summary>机关名录: the supervisor's subtree, with adding and editing of the agencies below it.</summary>
public sealed class AgenciesModel(Registry registry, GongkaiDb db) : DeskPage
{
    public IReadOnlyList<SubtreeAgency> Agencies { get; private set; } = [];
    /// <summary>The report year the other oversight pages open on: last year's reports are the ones being collected.</summary>
    public int Year => ReportYear.Due(registry.Today);
    [BindProperty] public int? Id { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public int? ParentId { get; set; }
    [BindProperty] public AgencyKind Kind { get; set; }
    [BindProperty] public string? ReviewBody { get; set; }
    [BindProperty] public string? Court { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Agencies = (await Subtree.LoadAsync(db, Actor, ct)).Agencies;

    public Task<IActionResult> OnPostAddAsync(CancellationToken ct) =>
        Try(() => registry.AddAgencyAsync(Actor, Name ?? "", ParentId ?? Actor.AgencyId, Kind, ReviewBody, Court, ct), $"已添加“{Name}”");

    public Task<IActionResult> OnPostEditAsync(CancellationToken ct) =>
        Try(() => registry.EditAgencyAsync(Actor, Id ?? 0, Name ?? "", ParentId, Kind, ReviewBody, Court, ct), $"已保存“{Name}”");
}
