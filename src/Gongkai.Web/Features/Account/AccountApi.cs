using System.Security.Claims;
using Gongkai.Web.Api;
using Gongkai.Web.Data;
using Gongkai.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Features.Account;

/// <summary>Sign-in, sign-out, one's own password, and the administrator's users, under /api.</summary>
public static class AccountApi
{
    public static void AddAccounts(this IServiceCollection services)
    {
        services.AddSingleton<Sessions>();
        services.AddSingleton<SignInLimiter>();
        services.AddScoped<SignInGuard>();
        services.AddScoped<UserAdmin>();
    }

    public static void MapAccountApi(this RouteGroupBuilder api)
    {
        api.MapPost("/auth/login", Login).AllowAnonymous().RequireRateLimiting(LoginRateLimit.Policy)
            .WithSummary("登录，取得 Bearer 令牌");
        api.MapGet("/me", (Actor a) => TypedResults.Ok(new MeDto(a.UserName, a.AgencyId, a.IsClerk, a.IsHead, a.IsAdmin)))
            .RequireAuthorization(Policies.Staff).WithSummary("当前登录的用户");
        api.MapPost("/auth/logout", async (ClaimsPrincipal user, GongkaiDb db, TimeProvider time, CancellationToken ct) =>
        {
            if (user.FindFirstValue(Sessions.Claim) is { } id) await Sessions.EndAsync(db, id, time.GetUtcNow(), ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(Policies.AnyRole).WithSummary("退出：结束本令牌（或本登录）的会话，此后该令牌不再有效");
        api.MapPost("/me/password", async (ChangePasswordRequest r, UserAdmin admin, Actor actor, CancellationToken ct) =>
        {
            await admin.ChangeOwnPasswordAsync(actor, r.CurrentPassword, r.NewPassword, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(Policies.AnyRole).WithSummary("修改本人密码；本人的全部会话随即结束，须重新登录");

        var users = api.MapGroup("/admin/users").RequireAuthorization(Policies.Admin).WithTags("用户管理");
        users.MapGet("", (UserAdmin admin, Actor actor, CancellationToken ct) => admin.ListAsync(actor, ct))
            .WithSummary("全部用户：机关、角色、是否停用、未结束的会话数");
        users.MapPost("", async (NewUserRequest r, UserAdmin admin, Actor actor, CancellationToken ct) =>
        {
            var u = await admin.CreateAsync(actor, r, ct);
            return TypedResults.Created($"/api/admin/users/{u.Id}", new { u.Id, u.UserName, u.DisplayName, u.AgencyId });
        }).WithSummary("新建用户（角色：Clerk 经办人、Head 审核人、Admin 管理员、Supervisor 政务公开办）");
        users.MapPost("/{id}/disable", async (string id, UserAdmin admin, Actor actor, CancellationToken ct) =>
        {
            await admin.DisableAsync(actor, id, ct);
            return TypedResults.NoContent();
        }).WithSummary("停用用户：不能再登录，已有的登录和令牌立即失效");
        users.MapPost("/{id}/enable", async (string id, UserAdmin admin, Actor actor, CancellationToken ct) =>
        {
            await admin.EnableAsync(actor, id, ct);
            return TypedResults.NoContent();
        }).WithSummary("重新启用用户");
        users.MapPost("/{id}/password", async (string id, PasswordRequest r, UserAdmin admin, Actor actor, CancellationToken ct) =>
        {
            await admin.ResetPasswordAsync(actor, id, r.Password, ct);
            return TypedResults.NoContent();
        }).WithSummary("重置用户密码；其已有的登录和令牌立即失效");
        users.MapPost("/{id}/end-sessions", async (string id, UserAdmin admin, Actor actor, CancellationToken ct) =>
            TypedResults.Ok(new { ended = await admin.EndSessionsAsync(actor, id, ct) }))
            .WithSummary("结束用户的全部登录会话（网页登录和令牌）");
    }

    private static async Task<Results<Ok<AccessTokenLike>, EmptyHttpResult, ProblemHttpResult>> Login(LoginRequest r, SignInGuard guard, HttpContext ctx, CancellationToken ct)
    {
        if (await guard.SignInAsync(r.UserName, r.Password, IdentityConstants.BearerScheme, ctx, ct))
            return TypedResults.Empty; // the bearer handler has written the token
        return TypedResults.Problem(SignInGuard.Failure, statusCode: StatusCodes.Status401Unauthorized, title: "登录失败");
    }

    /// <summary>Only for OpenAPI: the shape the bearer handler writes.</summary>
    public sealed record AccessTokenLike(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);
}

/// <summary>Who the token belongs to.</summary>
public sealed record MeDto(string UserName, int AgencyId, bool IsClerk, bool IsHead, bool IsAdmin);

/// <summary>The per-address rate limit of every sign-in path: POSTs only (showing the login page is not an attempt).</summary>
public static class LoginRateLimit
{
    public const string Policy = "login";

    public static void Add(Microsoft.AspNetCore.RateLimiting.RateLimiterOptions o) =>
        o.AddPolicy(Policy, ctx => HttpMethods.IsPost(ctx.Request.Method)
            ? System.Threading.RateLimiting.RateLimitPartition.GetFixedWindowLimiter(ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new System.Threading.RateLimiting.FixedWindowRateLimiterOptions
                {
                    PermitLimit = ctx.RequestServices.GetRequiredService<SignInLimiter>().Options.PermitPerAddress,
                    Window = TimeSpan.FromMinutes(1),
                })
            : System.Threading.RateLimiting.RateLimitPartition.GetNoLimiter("get"));
}
