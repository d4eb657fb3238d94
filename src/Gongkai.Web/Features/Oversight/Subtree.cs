using System.Globalization;
using System.Text;
using Gongkai.Web.Data;
using Gongkai.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Oversight;

/// <summary>One agency of a supervisor's subtree, with its depth below the root (0 = the supervisor's own agency).</summary>
public sealed record SubtreeAgency(Agency Agency, int Depth)
{
    public int Id => Agency.Id;
    public string Name => Agency.Name;
}

/// <summary>
/// The agencies a supervising office oversees: its own agency and everything below it (a district → its departments
/// and streets). An administrator oversees every agency. Whatever lies outside is, to the supervisor, not there (404).
/// </summary>
public sealed class Subtree
{
    private readonly Dictionary<int, SubtreeAgency> _byId;

    private Subtree(Agency root, IReadOnlyList<SubtreeAgency> agencies)
    {
        Root = root;
        Agencies = agencies;
        _byId = agencies.ToDictionary(a => a.Id);
    }

    public Agency Root { get; }
    /// <summary>Depth-first, parents before children, siblings by id.</summary>
    public IReadOnlyList<SubtreeAgency> Agencies { get; }
    public IEnumerable<int> Ids => _byId.Keys;

    public bool Contains(int agencyId) => _byId.ContainsKey(agencyId);

    public SubtreeAgency Get(int agencyId) =>
        _byId.TryGetValue(agencyId, out var a) ? a : throw new DeskNotFoundException($"机关 {agencyId} 不存在，或不在本机关的监督范围内");

    /// <summary>The agencies strictly below <paramref name="agencyId"/> (all levels).</summary>
    public IReadOnlyList<SubtreeAgency> Below(int agencyId)
    {
        var result = new List<SubtreeAgency>();
        var ids = new HashSet<int> { agencyId };
        foreach (var a in Agencies)
            if (a.Agency.ParentId is { } p && ids.Contains(p)) { ids.Add(a.Id); result.Add(a); }
        return result;
    }

    /// <summary>
    /// <paramref name="agencyId"/> when the actor oversees it (an administrator: every agency), found by walking up
    /// from it to the actor's agency (a few rows, whatever the size of the registry); otherwise not found.
    /// </summary>
    public static async Task<Agency> WithinAsync(GongkaiDb db, Actor actor, int agencyId, CancellationToken ct = default)
    {
        var agency = await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agencyId, ct);
        if (agency is not null && !actor.IsAdmin)
        {
            var above = await OversightSql.SelfAndAncestorsAsync(db, agencyId, ct);
            if (!above.Contains(actor.AgencyId)) agency = null;
        }
        return agency ?? throw new DeskNotFoundException($"机关 {agencyId} 不存在，或不在本机关的监督范围内");
    }

    public static async Task<Subtree> LoadAsync(GongkaiDb db, Actor actor, CancellationToken ct = default)
    {
        var all = await db.Agencies.AsNoTracking().OrderBy(a => a.Id).ToListAsync(ct);
        var own = all.FirstOrDefault(a => a.Id == actor.AgencyId) ?? throw new DeskForbiddenException("账号所属机关不存在");
        var children = all.Where(a => a.ParentId is not null).ToLookup(a => a.ParentId!.Value);
        var list = new List<SubtreeAgency>();
        var seen = new HashSet<int>();
        void Walk(Agency a, int depth)
        {
            if (!seen.Add(a.Id)) return; // a cycle in bad data must not hang the request
            list.Add(new SubtreeAgency(a, depth));
            foreach (var c in children[a.Id]) Walk(c, depth + 1);
        }
        if (actor.IsAdmin)
        {
            // Roots, and agencies whose parent is missing: a set, since a national registry has 200,000 agencies.
            var ids = all.Select(a => a.Id).ToHashSet();
            foreach (var top in all.Where(a => a.ParentId is not { } p || !ids.Contains(p))) Walk(top, 0);
        }
        else
            Walk(own, 0);
        return new Subtree(own, list);
    }

    /// <summary>
    /// The agency a report names, among the subtree: the same name once spaces and full-width forms are ignored, or
    /// else the one whose name ends the report's (“广州市荔湾区人民政府逢源街道办事处” is our “逢源街道办事处”), the longest
    /// such; two equally good → ambiguous. Returns null with the reason.
    /// </summary>
    public (SubtreeAgency? Agency, string? Error) Match(string? reportAgency)
    {
        if (string.IsNullOrWhiteSpace(reportAgency)) return (null, "报告中没有写明机关名称，请在上传时选择机关");
        var name = Normalize(reportAgency);
        var exact = Agencies.Where(a => Normalize(a.Name) == name).ToList();
        if (exact.Count == 1) return (exact[0], null);
        if (exact.Count > 1) return (null, $"有多个机关名为“{reportAgency}”，请在上传时选择机关");
        var candidates = Agencies
            .Select(a => (Agency: a, Name: Normalize(a.Name)))
            .Where(a => a.Name.Length >= 4 && (name.EndsWith(a.Name, StringComparison.Ordinal) || a.Name.EndsWith(name, StringComparison.Ordinal) && name.Length >= 4))
            .OrderByDescending(a => Math.Min(a.Name.Length, name.Length)).ToList();
        if (candidates.Count == 0) return (null, $"报告的机关“{reportAgency}”不在本机关的监督范围内（请先在机关名录中添加，或在上传时选择机关）");
        if (candidates.Count > 1 && Math.Min(candidates[0].Name.Length, name.Length) == Math.Min(candidates[1].Name.Length, name.Length))
            return (null, $"报告的机关“{reportAgency}”可能是“{candidates[0].Agency.Name}”或“{candidates[1].Agency.Name}”，请在上传时选择机关");
        return (candidates[0].Agency, null);
    }

    public static string Normalize(string name)
    {
        var s = name.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
            if (!char.IsWhiteSpace(c) && c != '\u3000') sb.Append(c);
        return sb.ToString().ToLower(CultureInfo.InvariantCulture);
    }
}
