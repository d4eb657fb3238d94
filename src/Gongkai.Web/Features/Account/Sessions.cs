using System.Security.Claims;
using System.Security.Cryptography;
using Gongkai.Web.Data;
using Gongkai.Web.Infrastructure.Caching;
using Gongkai.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Account;

/// <summary>
/// Every sign-in (a cookie or a bearer token) is a server-side session, a row of UserSessions named in the ticket; each
/// request is accepted only while that session is open, the user's security stamp is the one the ticket carries, and
/// the user is not locked out or disabled. So signing out, a password change or reset, a lockout, disabling a user or
/// ending their sessions refuses the old cookie and the old token on the very next request — on every server.
/// </summary>
/// <remarks>
/// The answer is cached per session under the versions of <see cref="ICacheVersions"/>: the global one (bumped when a
/// user changes: stamp, lockout, password) and <see cref="Scope"/> (bumped when a session ends). On PostgreSQL with
/// several servers the versions are in the database, so one server's change is seen by the next read on any other,
/// the same mechanism as the desk's read cache; a request costs one version probe, and the user row only after a change.
/// </remarks>
public sealed class Sessions(ICacheVersions versions, TimeProvider time, IOptions<IdentityOptions> identity)
{
    /// <summary>The CacheVersions scope bumped when a session ends (0 is global, agencies are positive).</summary>
    public const int Scope = -2;

    /// <summary>The ticket's claim naming its session.</summary>
    public const string Claim = "gongkai:session";

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    private sealed record Entry((long, long) Version, string? Stamp, DateTimeOffset? LockoutEnd, bool Open);

    /// <summary>Whether the signed-in <paramref name="user"/>'s session still stands; <paramref name="db"/> is asked only on a cache miss.</summary>
    public async ValueTask<bool> IsValidAsync(ClaimsPrincipal user, Func<GongkaiDb> db, CancellationToken ct)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = user.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        var session = user.FindFirstValue(Claim);
        if (userId is null || stamp is null || session is null) return false;
        var version = await versions.ReadAsync(Scope, ct);
        var key = (typeof(Sessions), userId, session);
        if (!_cache.TryGetValue(key, out Entry? entry) || entry is null || entry.Version != version)
        {
            // Read after the versions: a change committed in between is at worst read under the older version, and
            // read again once its bump is seen.
            var row = await db().UserSessions.AsNoTracking().Where(s => s.Id == session && s.UserId == userId)
                .Select(s => new { s.Ended, s.User!.SecurityStamp, s.User.LockoutEnd }).FirstOrDefaultAsync(ct);
            entry = new Entry(version, row?.SecurityStamp, row?.LockoutEnd, row is not null && row.Ended is null);
            // A minute at most: a change written to the database by other means than this application (SQL by hand)
            // bumps no version, and is seen within that minute.
            _cache.Set(key, entry, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1) });
        }
        return entry.Open && entry.Stamp == stamp && !(entry.LockoutEnd > time.GetUtcNow());
    }

    /// <summary>A new session id: 128 random bits.</summary>
    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>Ends one session (sign-out); the cache version is bumped after the save commits (ReadCacheInvalidation).</summary>
    public static async Task EndAsync(GongkaiDb db, string sessionId, DateTimeOffset now, CancellationToken ct = default)
    {
        var s = await db.UserSessions.FirstOrDefaultAsync(x => x.Id == sessionId && x.Ended == null, ct);
        if (s is null) return;
        s.Ended = now;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Ends every open session of a user (the security stamp is changed beside it by the caller).</summary>
    public static async Task<int> EndAllAsync(GongkaiDb db, string userId, DateTimeOffset now, CancellationToken ct = default)
    {
        var open = await db.UserSessions.Where(x => x.UserId == userId && x.Ended == null).ToListAsync(ct);
        foreach (var s in open) s.Ended = now;
        if (open.Count > 0) await db.SaveChangesAsync(ct);
        return open.Count;
    }
}

public static class SessionCheck
{
    /// <summary>
    /// After authentication: a ticket whose session no longer stands is treated as no sign-in at all (the page redirects
    /// to the login, the API answers 401), and a sign-in cookie carrying it is deleted.
    /// </summary>
    public static IApplicationBuilder UseSessionCheck(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        if (ctx.User.Identity?.IsAuthenticated == true)
        {
            var sessions = ctx.RequestServices.GetRequiredService<Sessions>();
            if (!await sessions.IsValidAsync(ctx.User, () => ctx.RequestServices.GetRequiredService<GongkaiDb>(), ctx.RequestAborted))
            {
                if (ctx.Request.Headers.Authorization.Count == 0) await ctx.SignOutAsync(IdentityConstants.ApplicationScheme);
                ctx.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
        }
        await next(ctx);
    });
}

/// <summary>
/// Identity's sign-in with a server-side session: every sign-in (cookie or bearer, password or refresh) opens a
/// UserSessions row and names it in the ticket; signing out ends it.
/// </summary>
public sealed class GongkaiSignInManager(UserManager<AppUser> userManager, IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory, IOptions<IdentityOptions> optionsAccessor, ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes, IUserConfirmation<AppUser> confirmation, GongkaiDb db, TimeProvider time)
    : SignInManager<AppUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task SignInWithClaimsAsync(AppUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var id = Sessions.NewId();
        db.UserSessions.Add(new UserSession
        {
            Id = id, UserId = user.Id, Created = time.GetUtcNow(),
            Kind = AuthenticationScheme == IdentityConstants.BearerScheme ? "bearer" : "cookie",
            Address = Context.Connection.RemoteIpAddress?.ToString(),
        });
        await db.SaveChangesAsync();
        await base.SignInWithClaimsAsync(user, authenticationProperties, [.. additionalClaims.Where(c => c.Type != Sessions.Claim), new Claim(Sessions.Claim, id)]);
    }

    public override async Task SignOutAsync()
    {
        if (Context.User.FindFirstValue(Sessions.Claim) is { } id) await Sessions.EndAsync(db, id, time.GetUtcNow());
        await base.SignOutAsync();
    }
}

public static class CookieApiAntiforgery
{
    /// <summary>
    /// A request to /api that changes something and is signed in by the browser's cookie (no bearer token) must carry
    /// the antiforgery token (header <c>RequestVerificationToken</c> or form field), as the pages' forms do: SameSite
    /// alone protected the cookie-authenticated multipart posts (issue 17). Scripts use bearer tokens and are not affected.
    /// </summary>
    public static IApplicationBuilder UseCookieApiAntiforgery(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        var r = ctx.Request;
        if (r.Path.StartsWithSegments("/api") && !(HttpMethods.IsGet(r.Method) || HttpMethods.IsHead(r.Method) || HttpMethods.IsOptions(r.Method))
            && r.Headers.Authorization.Count == 0 && ctx.User.Identity?.IsAuthenticated == true
            && !await ctx.RequestServices.GetRequiredService<Microsoft.AspNetCore.Antiforgery.IAntiforgery>().IsRequestValidAsync(ctx))
        {
            ctx.Response.StatusCode = StatusCodes.Status400BadRequest;
            await ctx.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = ctx,
                ProblemDetails =
                {
                    Status = StatusCodes.Status400BadRequest, Title = "缺少防伪令牌",
                    Detail = "以网页登录身份调用接口修改数据时须附带防伪令牌；程序调用请使用 Bearer 令牌（POST /api/auth/login）",
                },
            });
            return;
        }
        await next(ctx);
    });
}
