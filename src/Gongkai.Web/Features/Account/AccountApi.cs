using Gongkai.Core.Oversight;
using System.Text.Json;
using System.Text.Json.Serialization;
using Gongkai.Core.Calendar;
using Gongkai.Core.Desk;
using Gongkai.Core.Json;
using Gongkai.Render;
using Gongkai.Web.Data;
using Gongkai.Web.Desk;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Api;

/// <summary>Signing in for a bearer token, and who the token belongs to.</summary>
public static class AccountApi
{
    public static void MapAccountApi(this RouteGroupBuilder api)
    {
        api.MapPost("/auth/login", Login).AllowAnonymous().RequireRateLimiting("login")
            .WithSummary("登录，取得 Bearer 令牌");

        var staff = api.MapGroup("").RequireAuthorization(Policies.Staff);
        staff.MapGet("/me", (Actor a) => TypedResults.Ok(new MeDto(a.UserName, a.AgencyId, a.IsClerk, a.IsHead, a.IsAdmin))).WithSummary("当前登录的用户");
    }

    private static async Task<Results<Ok<AccessTokenLike>, EmptyHttpResult, ProblemHttpResult>> Login(LoginRequest r, SignInManager<AppUser> signIn)
    {
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(r.UserName ?? "", r.Password ?? "", isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return TypedResults.Empty; // the bearer handler has written the token
        return TypedResults.Problem(result.IsLockedOut ? "登录失败次数过多，账号已暂时锁定" : "用户名或密码错误", statusCode: StatusCodes.Status401Unauthorized);
    }

    /// <summary>Only for OpenAPI: the shape the bearer handler writes.</summary>
    public sealed record AccessTokenLike(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);
}

/// <summary>Who the token belongs to.</summary>
public sealed record MeDto(string UserName, int AgencyId, bool IsClerk, bool IsHead, bool IsAdmin);
