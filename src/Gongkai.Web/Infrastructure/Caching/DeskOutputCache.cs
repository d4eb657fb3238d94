using Gongkai.Web.Infrastructure.Security;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Infrastructure.Caching;

/// <summary>
/// Output caching for the desk's read endpoints and pages: a response is kept per user (masking of personal data
/// differs by user), per day (due dates count from today) and per the agency's data stamp (<see cref="ReadCache"/>), so
/// any committed write to the agency's records makes the next read compute afresh. Authorization still runs first.
/// </summary>
public sealed class DeskOutputCache : IOutputCachePolicy
{
    public const string Policy = "desk";

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var cache = http.RequestServices.GetRequiredService<ReadCache>();
        var user = http.User;
        if (!cache.Enabled || !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            || user.Identity?.IsAuthenticated != true || !int.TryParse(user.FindFirst(Actor.AgencyClaim)?.Value, out var agency))
            return;
        // A flash message waits in the TempData cookie: this response is for once, and must clear it.
        if (http.Request.Cookies.Keys.Any(k => k.StartsWith(".AspNetCore.Mvc.CookieTempDataProvider", StringComparison.Ordinal)))
            return;
        var userId = user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "";
        var today = DateOnly.FromDateTime(http.RequestServices.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
        var (global, own) = await cache.StampAsync(agency, cancellation);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromMinutes(10);
        var vary = context.CacheVaryByRules;
        vary.QueryKeys = "*";
        vary.VaryByValues["user"] = userId;
        vary.VaryByValues["roles"] = string.Join(',', user.FindAll(System.Security.Claims.ClaimTypes.Role).Select(r => r.Value).Order());
        vary.VaryByValues["stamp"] = $"{agency}:{global}:{own}";
        vary.VaryByValues["today"] = today.DayNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // A page's antiforgery token pairs with the browser's antiforgery cookie: a new cookie needs a new page.
        vary.VaryByValues["af"] = http.Request.Cookies["gongkai-af"] ?? "";
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // Only plain successes: never an error, and never a response that sets a cookie (it belongs to one browser).
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
