using Gongkai.Web.Data;
using Gongkai.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Account;

/// <summary>A user as the administrator's list shows them.</summary>
public sealed record UserRow(string Id, string UserName, string DisplayName, int AgencyId, string Agency, IReadOnlyList<string> Roles, bool Disabled, int OpenSessions)
{
    public string RoleLabels => string.Join("、", Roles.Select(Data.Roles.Label));
}

public sealed record NewUserRequest(string UserName, string? DisplayName, string Role, int AgencyId, string Password);
public sealed record PasswordRequest(string Password);
public sealed record ChangePasswordRequest(string CurrentPassword, string NewPassword);

/// <summary>
/// Users and their sessions: administrators create, disable and re-enable users, reset passwords and end a user's
/// sessions; every user changes their own password. Each of these changes the user's security stamp and ends their
/// open sessions, so the old cookies and tokens are refused at once (<see cref="Sessions"/>), and leaves an audit line.
/// </summary>
public sealed class UserAdmin(GongkaiDb db, UserManager<AppUser> users, TimeProvider time)
{
    /// <summary>The roles an administrator may give.</summary>
    public static readonly string[] Assignable = [Roles.Clerk, Roles.Head, Roles.Admin, Roles.Supervisor];

    public async Task<IReadOnlyList<UserRow>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        RequireAdmin(actor);
        var now = time.GetUtcNow();
        var all = await db.Users.AsNoTracking().OrderBy(u => u.AgencyId).ThenBy(u => u.UserName)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.AgencyId, Agency = u.Agency!.Name, u.LockoutEnd }).ToListAsync(ct);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).AsNoTracking().ToListAsync(ct);
        var sessions = await db.UserSessions.AsNoTracking().Where(s => s.Ended == null).GroupBy(s => s.UserId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return [.. all.Select(u => new UserRow(u.Id, u.UserName ?? "", u.DisplayName, u.AgencyId, u.Agency,
            [.. roles.Where(r => r.UserId == u.Id).Select(r => r.Name ?? "")], u.LockoutEnd > now, sessions.GetValueOrDefault(u.Id)))];
    }

    public async Task<AppUser> CreateAsync(Actor actor, NewUserRequest r, CancellationToken ct = default)
    {
        RequireAdmin(actor);
        if (!Assignable.Contains(r.Role)) throw new DeskException($"角色“{r.Role}”无效：可选 {string.Join("、", Assignable.Select(a => $"{a}（{Roles.Label(a)}）"))}");
        if (!await db.Agencies.AnyAsync(a => a.Id == r.AgencyId, ct)) throw new DeskException($"机关 {r.AgencyId} 不存在");
        var name = (r.UserName ?? "").Trim();
        var display = string.IsNullOrWhiteSpace(r.DisplayName) ? name : r.DisplayName.Trim();
        if (display.Length > 50) throw new DeskException("姓名超过50字");
        var user = new AppUser { UserName = name, DisplayName = display, AgencyId = r.AgencyId };
        Check(await users.CreateAsync(user, r.Password ?? ""));
        Check(await users.AddToRoleAsync(user, r.Role));
        await AuditAsync(actor, user, "User.Created", $"新建用户 {name}（{display}，{Roles.Label(r.Role)}）", ct);
        return user;
    }

    public async Task DisableAsync(Actor actor, string userId, CancellationToken ct = default)
    {
        RequireAdmin(actor);
        if (userId == actor.UserId) throw new DeskException("不能停用自己的账号");
        var user = await FindAsync(userId);
        Check(await users.SetLockoutEnabledAsync(user, true));
        Check(await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));
        await EndSessionsAsync(user, ct);
        await AuditAsync(actor, user, "User.Disabled", $"停用用户 {user.UserName}，其登录会话全部结束", ct);
    }

    public async Task EnableAsync(Actor actor, string userId, CancellationToken ct = default)
    {
        RequireAdmin(actor);
        var user = await FindAsync(userId);
        Check(await users.SetLockoutEndDateAsync(user, null));
        Check(await users.ResetAccessFailedCountAsync(user));
        await AuditAsync(actor, user, "User.Enabled", $"启用用户 {user.UserName}", ct);
    }

    public async Task ResetPasswordAsync(Actor actor, string userId, string password, CancellationToken ct = default)
    {
        RequireAdmin(actor);
        var user = await FindAsync(userId);
        await ValidatePasswordAsync(user, password);
        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        await EndSessionsAsync(user, ct); // saves the hash with the new stamp
        await AuditAsync(actor, user, "User.PasswordReset", $"重置用户 {user.UserName} 的密码，其登录会话全部结束", ct);
    }

    public async Task<int> EndSessionsAsync(Actor actor, string userId, CancellationToken ct = default)
    {
        RequireAdmin(actor);
        var user = await FindAsync(userId);
        var n = await EndSessionsAsync(user, ct);
        await AuditAsync(actor, user, "User.SessionsEnded", $"结束用户 {user.UserName} 的全部登录会话（{n} 个）", ct);
        return n;
    }

    /// <summary>The signed-in user's own password; every session of theirs ends (the caller signs the current one in again).</summary>
    public async Task ChangeOwnPasswordAsync(Actor actor, string current, string next, CancellationToken ct = default)
    {
        var user = await FindAsync(actor.UserId);
        if (string.IsNullOrEmpty(next)) throw new DeskException("请填写新密码");
        if (next == current) throw new DeskException("新密码不能与当前密码相同");
        Check(await users.ChangePasswordAsync(user, current ?? "", next));
        await Sessions.EndAllAsync(db, user.Id, time.GetUtcNow(), ct);
        await AuditAsync(actor, user, "User.PasswordChanged", $"用户 {user.UserName} 修改了自己的密码", ct);
    }

    private async Task<int> EndSessionsAsync(AppUser user, CancellationToken ct)
    {
        // A new stamp refuses every ticket issued before it (bearer tokens too); the rows say which sessions ended.
        Check(await users.UpdateSecurityStampAsync(user));
        return await Sessions.EndAllAsync(db, user.Id, time.GetUtcNow(), ct);
    }

    private async Task ValidatePasswordAsync(AppUser user, string? password)
    {
        var errors = new List<IdentityError>();
        foreach (var v in users.PasswordValidators)
        {
            var r = await v.ValidateAsync(users, user, password);
            if (!r.Succeeded) errors.AddRange(r.Errors);
        }
        if (string.IsNullOrEmpty(password)) throw new DeskException("请填写新密码");
        if (errors.Count > 0) throw new DeskException(string.Join("；", errors.Select(e => e.Description).Distinct()));
    }

    private async Task<AppUser> FindAsync(string userId) =>
        await users.FindByIdAsync(userId) ?? throw new DeskNotFoundException("用户不存在");

    private async Task AuditAsync(Actor actor, AppUser user, string action, string detail, CancellationToken ct)
    {
        db.Declare(actor.UserName, user.AgencyId, action, detail);
        await db.SaveChangesAsync(ct);
    }

    private static void RequireAdmin(Actor actor)
    {
        if (!actor.IsAdmin) throw new DeskForbiddenException("只有管理员可以管理用户");
    }

    private static void Check(IdentityResult r)
    {
        if (!r.Succeeded) throw new DeskException(string.Join("；", r.Errors.Select(e => e.Description).Distinct()));
    }
}

/// <summary>Identity's messages in Chinese: the password rules and user names, as users and administrators meet them.</summary>
public sealed class ChineseIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => new() { Code = nameof(DefaultError), Description = "操作失败，请重试" };
    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "当前密码不正确" };
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"密码至少{length}个字符" };
    public override IdentityError PasswordRequiresDigit() => new() { Code = nameof(PasswordRequiresDigit), Description = "密码须含数字（0–9）" };
    public override IdentityError PasswordRequiresLower() => new() { Code = nameof(PasswordRequiresLower), Description = "密码须含小写字母（a–z）" };
    public override IdentityError PasswordRequiresUpper() => new() { Code = nameof(PasswordRequiresUpper), Description = "密码须含大写字母（A–Z）" };
    public override IdentityError PasswordRequiresNonAlphanumeric() => new() { Code = nameof(PasswordRequiresNonAlphanumeric), Description = "密码须含字母和数字以外的符号" };
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"密码须含至少{uniqueChars}个不同的字符" };
    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = "用户名只能由字母、数字和 - . _ @ + 组成" };
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = $"用户名“{userName}”已被使用" };
    public override IdentityError UserAlreadyInRole(string role) => new() { Code = nameof(UserAlreadyInRole), Description = "用户已有该角色" };
    public override IdentityError ConcurrencyFailure() => new() { Code = nameof(ConcurrencyFailure), Description = "该用户已被他人修改，请刷新后再试" };
    public override IdentityError UserLockoutNotEnabled() => new() { Code = nameof(UserLockoutNotEnabled), Description = "该用户不能停用" };
}
