using Gongkai.Web.Data;
using Gongkai.Web.Features.Account;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Admin;

/// <summary>用户管理: every user with their agency, roles and state; create, disable, enable, reset a password, end sessions.</summary>
public sealed class UsersModel(UserAdmin admin, GongkaiDb db) : DeskPage
{
    public IReadOnlyList<UserRow> Users { get; private set; } = [];
    public IReadOnlyList<Agency> Agencies { get; private set; } = [];
    [BindProperty] public string? Id { get; set; }
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public int AgencyId { get; set; }
    [BindProperty] public string? Password { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Users = await admin.ListAsync(Actor, ct);
        // Every agency, ordered by name: an administrator of a province must be able to reach the 1,001st (the list stopped at 1,000).
        Agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Name).ThenBy(a => a.Id).ToListAsync(ct);
    }

    public Task<IActionResult> OnPostCreateAsync(CancellationToken ct) =>
        Try(() => admin.CreateAsync(Actor, new NewUserRequest(UserName ?? "", DisplayName, Role ?? "", AgencyId, Password ?? ""), ct), $"已新建用户“{UserName}”");

    public Task<IActionResult> OnPostDisableAsync(CancellationToken ct) => Try(() => admin.DisableAsync(Actor, Id ?? "", ct), "已停用，该用户的登录已全部结束");

    public Task<IActionResult> OnPostEnableAsync(CancellationToken ct) => Try(() => admin.EnableAsync(Actor, Id ?? "", ct), "已启用");

    public Task<IActionResult> OnPostPasswordAsync(CancellationToken ct) =>
        Try(() => admin.ResetPasswordAsync(Actor, Id ?? "", Password ?? "", ct), "密码已重置，该用户的登录已全部结束");

    public Task<IActionResult> OnPostEndSessionsAsync(CancellationToken ct) => Try(() => admin.EndSessionsAsync(Actor, Id ?? "", ct), "该用户的登录已全部结束");
}
