using System.Security.Claims;
using System.Threading.RateLimiting;
using Gongkai.Web.Api;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Account;
using Gongkai.Web.Features.Admin;
using Gongkai.Web.Features.Cases;
using Gongkai.Web.Features.Open;
using Gongkai.Web.Features.Oversight;
using Gongkai.Web.Features.Reports;
using Gongkai.Web.Infrastructure.Caching;
using Gongkai.Web.Infrastructure.Security;
using Gongkai.Web.Operations;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Gongkai.Web;

public static class App
{
    public static void AddGongkai(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddDbContext<GongkaiDb>((sp, o) => Database.Configure(o, builder.Configuration).AddInterceptors(sp.GetRequiredService<ReadCacheInvalidation>()));
        // Cache:Desk=false turns the desk's read cache off. On PostgreSQL its versions live in the database
        // (Cache:Shared, on unless set false for a single server), so several application servers can share it.
        // (Read when first resolved: a test host's configuration is complete only then.)
        services.AddSingleton<ICacheVersions>(sp =>
        {
            var config = sp.GetRequiredService<IConfiguration>();
            return Database.ProviderOf(config) == DatabaseProvider.Postgres && config.GetValue("Cache:Shared", true)
                ? new SharedCacheVersions(config.GetConnectionString("Gongkai")!, sp.GetRequiredService<ILogger<SharedCacheVersions>>())
                : new LocalCacheVersions();
        });
        services.AddSingleton(sp => new ReadCache(builder.Configuration.GetValue("Cache:Desk", true)
            ? new Microsoft.Extensions.Caching.Memory.MemoryCache(new Microsoft.Extensions.Caching.Memory.MemoryCacheOptions { SizeLimit = 20_000 })
            : null, sp.GetRequiredService<ICacheVersions>()));
        // The keys that protect cookies, bearer tokens and antiforgery tokens are in the database, so that every
        // application server of it accepts what another issued, and a restart or a new container keeps them.
        services.AddDataProtection().SetApplicationName("Gongkai").PersistKeysToDbContext<GongkaiDb>();
        services.AddSingleton<ReadCacheInvalidation>();
        services.AddSingleton(sp => ReplicaOptions.From(sp.GetRequiredService<IConfiguration>()));
        services.AddScoped<Replica>();
        var tickets = new Microsoft.Extensions.Caching.Memory.MemoryCache(new Microsoft.Extensions.Caching.Memory.MemoryCacheOptions { SizeLimit = 50_000 });
        services.PostConfigure<Microsoft.AspNetCore.Authentication.BearerToken.BearerTokenOptions>(IdentityConstants.BearerScheme,
            o => o.BearerTokenProtector = new TicketCache(o.BearerTokenProtector, tickets));
        // The cookie handler's own post-configuration may run after this one; make its default format here (the same purposes).
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .PostConfigure<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>((o, dp) => o.TicketDataFormat = new TicketCache(
                o.TicketDataFormat ?? new Microsoft.AspNetCore.Authentication.TicketDataFormat((o.DataProtectionProvider ?? dp).CreateProtector(
                    "Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware", IdentityConstants.ApplicationScheme, "v2")),
                tickets));
        services.AddIdentityApiEndpoints<AppUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                // Failed passwords never lock an account (anyone could lock out a known user); SignInGuard locks the
                // pair of account and address instead. LockoutEnd is how an administrator disables a user.
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<GongkaiDb>()
            .AddClaimsPrincipalFactory<AgencyClaimsFactory>()
            .AddSignInManager<Gongkai.Web.Features.Account.GongkaiSignInManager>()
            .AddErrorDescriber<Gongkai.Web.Features.Account.ChineseIdentityErrors>();
        services.AddAccounts();
        // Identity re-reads the user every 30 minutes and rebuilds the cookie's principal: keep the session it names.
        services.Configure<SecurityStampValidatorOptions>(o => o.OnRefreshingPrincipal = ctx =>
        {
            if (ctx.CurrentPrincipal?.FindFirst(Gongkai.Web.Features.Account.Sessions.Claim) is { } session && ctx.NewPrincipal?.Identity is ClaimsIdentity id
                && !id.HasClaim(c => c.Type == session.Type))
                id.AddClaim(new Claim(session.Type, session.Value));
            return Task.CompletedTask;
        });
        // Pages challenge with the cookie (a redirect to the login page); the cookie handler answers 401 under /api.
        services.Configure<Microsoft.AspNetCore.Authentication.AuthenticationOptions>(o =>
        {
            o.DefaultChallengeScheme = IdentityConstants.ApplicationScheme;
            o.DefaultForbidScheme = IdentityConstants.ApplicationScheme;
        });
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/Denied";
            o.Cookie.Name = "gongkai";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            // Secure whenever the request is HTTPS, also when a configured reverse proxy terminated it (X-Forwarded-Proto).
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // The API answers 401/403 instead of redirecting to the login page.
            o.Events.OnRedirectToLogin = ctx => Answer(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => Answer(ctx, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Desk, p => p.RequireRole(Roles.Clerk, Roles.Head))
            .AddPolicy(Policies.Staff, p => p.RequireRole(Roles.Clerk, Roles.Head, Roles.Admin))
            .AddPolicy(Policies.Head, p => p.RequireRole(Roles.Head))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.Oversight, p => p.RequireRole(Roles.Supervisor, Roles.Admin))
            .AddPolicy(Policies.AnyRole, p => p.RequireRole(Roles.Clerk, Roles.Head, Roles.Admin, Roles.Supervisor));
        services.AddRazorPages(o =>
        {
            // Pages live in their feature folders; a folder is still its URL (/Cases, /Oversight, /Open…).
            o.RootDirectory = "/Features";
            // Of /Account, only signing in and out and the refusal page are open; changing one's password is not.
            foreach (var page in new[] { "/Account/Logout" }) o.Conventions.AllowAnonymousToPage(page);
            o.Conventions.AuthorizePage("/Account/Password", Policies.AnyRole);
            o.Conventions.AddPageApplicationModelConvention("/Account/Login",
                m => m.EndpointMetadata.Add(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute(Gongkai.Web.Features.Account.LoginRateLimit.Policy)));
            // Every page needs some role; the desk's folders need a desk role, the oversight folder the supervisor's, and
            // the public portal none (AllowAnonymous overrides the rest).
            o.Conventions.AuthorizeFolder("/", Policies.AnyRole);
            foreach (var desk in new[] { "/Cases", "/Proactive", "/Reports" }) o.Conventions.AuthorizeFolder(desk, Policies.Staff);
            o.Conventions.AuthorizePage("/Reminders", Policies.Staff);
            o.Conventions.AuthorizeFolder("/Oversight", Policies.Oversight);
            o.Conventions.AllowAnonymousToFolder("/Open");
            o.Conventions.AddFolderApplicationModelConvention("/Open", m =>
                m.EndpointMetadata.Add(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute(Gongkai.Web.Features.Open.PortalApi.RateLimit)));
            Gongkai.Web.Features.Public.PublicApi.PageConventions(o.Conventions);
            o.Conventions.AllowAnonymousToPage("/Account/Login");
            o.Conventions.AllowAnonymousToPage("/Account/Denied");
            o.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
            o.Conventions.AddPageApplicationModelConvention("/Index",
                m => m.EndpointMetadata.Add(new Microsoft.AspNetCore.OutputCaching.OutputCacheAttribute { PolicyName = DeskOutputCache.Policy }));
            o.Conventions.AllowAnonymousToPage("/Status");
        }).AddMvcOptions(o => o.ModelBinderProviders.Insert(0, new Gongkai.Web.Features.DateBinderProvider()));
        services.AddOutputCache(o => o.AddPolicy(DeskOutputCache.Policy, new DeskOutputCache()));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "gongkai-af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(builder.Configuration.GetValue("Hsts:MaxAgeDays", 365));
            o.IncludeSubDomains = builder.Configuration.GetValue("Hsts:IncludeSubDomains", false);
        });
        services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Gongkai 政府信息公开工作平台 API";
            doc.Info.Description = "依申请公开办理、主动公开数据、年度报告。登录：POST /api/auth/login 取得 Bearer 令牌。";
            return Task.CompletedTask;
        }));
        services.AddProblemDetails();
        services.AddGongkaiApi();
        Gongkai.Web.Features.Oversight.DashboardApi.AddDashboard(services);
        Gongkai.Web.Features.Open.PortalApi.AddPortal(services);
        Gongkai.Web.Features.Public.PublicApi.AddPublicSite(services, builder.Configuration);
        Gongkai.Web.Features.Oversight.CompareApi.AddComparisons(services);
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (ctx, ct) => TooManyRequests(ctx.HttpContext, ct);
            Gongkai.Web.Features.Account.LoginRateLimit.Add(o);
            // The public portal, per address: Portal:PermitLimit requests a minute (120 unless configured).
            o.AddPolicy(Gongkai.Web.Features.Open.PortalApi.RateLimit, ctx => RateLimitPartition.GetFixedWindowLimiter(
                ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = ctx.RequestServices.GetRequiredService<IConfiguration>().GetValue("Portal:PermitLimit", 120),
                    Window = TimeSpan.FromMinutes(1),
                }));
        });
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<CalendarProvider>();
        services.AddScoped<CaseService>();
        services.AddScoped<ReportWorkspace>();
        services.AddScoped<Reminders>();
        services.AddScoped<LedgerIntake>();
        services.AddOversight(builder.Configuration);
        services.AddHttpContextAccessor();
        services.AddHostedService<ReminderDigestService>();
        services.Configure<SampleDataOptions>(builder.Configuration.GetSection("SampleData"));
        services.AddGongkaiHealth();
        services.AddForwardedHeadersFromProxies(builder.Configuration);
        builder.AddGongkaiTelemetry();
    }

    public static async Task UseGongkaiAsync(this WebApplication app)
    {
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDb>();
            // Database:MigrateOnStart=false (several servers, upgraded by `migrate` first): refuse to run on an old schema.
            if (app.Configuration.GetValue("Database:MigrateOnStart", true)) await Database.MigrateAsync(db);
            else if (await Database.PendingMigrationsAsync(db) is { Count: > 0 } pending)
                throw new InvalidOperationException($"数据库结构不是本版本的（待应用迁移：{string.Join("、", pending)}）：请先运行 Gongkai.Web migrate");
            var sample = scope.ServiceProvider.GetRequiredService<IOptions<SampleDataOptions>>().Value;
            await SampleData.EnsureAsync(scope.ServiceProvider, sample);
            await app.Services.GetRequiredService<CalendarProvider>().LoadAsync();
        }
        // Behind the configured reverse proxies only: the client's address (rate limits) and scheme (Secure cookies).
        app.UseForwardedHeadersFromProxies();
        // First, so that every answer carries the headers: errors, 401/403/404/429 and static files included.
        app.UseSecurityHeaders();
        // HTTPS requests (directly, or through a configured proxy) learn to come back over HTTPS only.
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        // Pages show the error page; the API answers with a problem (re-executing a failed POST /api/... as the
        // error page would fail its antiforgery check and reach the client as an empty 400).
        app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/api"), api => api.UseExceptionHandler());
        app.UseWhen(ctx => !ctx.Request.Path.StartsWithSegments("/api"),
            pages => pages.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/Error", StatusCodeSelector = null }));
        // A page answering a bare status (another agency's case, a mistyped address, a stale form) gets a page in the
        // site's layout saying so in Chinese, not the browser's own English error.
        app.UseWhen(ctx => !ctx.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/Status/{0}"));
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        // Every signed-in request: is its session still open, its stamp current, its user not disabled?
        app.UseSessionCheck();
        // The API under a sign-in cookie (not a bearer token) is a browser's: unsafe methods need the antiforgery token too.
        app.UseCookieApiAntiforgery();
        app.UseAuthorization();
        app.UseOutputCache();
        Gongkai.Web.Features.PageUploads.UseUploadLimits(app);
        app.UseAntiforgery();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapGongkaiHealth();
        app.MapRazorPages();
        app.MapGongkaiApi();
        app.MapOversightApi();
        Gongkai.Web.Features.Oversight.DashboardApi.MapDashboard(app);
        Gongkai.Web.Features.Open.PortalApi.MapPortal(app);
        Gongkai.Web.Features.Public.PublicApi.MapPublicSite(app);
        Gongkai.Web.Features.Oversight.CompareApi.MapComparisons(app);
    }

    /// <summary>A rate limit's refusal, in Chinese: a problem under /api, a short page elsewhere.</summary>
    private static async ValueTask TooManyRequests(HttpContext ctx, CancellationToken ct)
    {
        const string text = "请求过于频繁，请稍后再试";
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            await ctx.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = ctx,
                ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = text, Detail = text },
            });
            return;
        }
        ctx.Response.ContentType = "text/html; charset=utf-8";
        await ctx.Response.WriteAsync("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>请稍后再试 · 政府信息公开工作平台</title>" +
            $"<link rel=\"stylesheet\" href=\"/site.css\"></head><body><main><h1>请稍后再试</h1><p>{text}。</p></main></body></html>", ct);
    }

    private static Task Answer<T>(Microsoft.AspNetCore.Authentication.RedirectContext<T> ctx, int status) where T : Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Set when the response starts, not before the rest of the pipeline runs: the exception handler clears the
    /// headers of a failed request before it writes its problem or error page (found by SecurityScanTests: the API's
    /// 404/409/400 problems went out without them).
    /// </summary>
    private static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((ctx, next) =>
    {
        ctx.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            var h = http.Response.Headers;
            // A signed-in page is never stored: after signing out on a shared office PC, Back must not show applicants' data.
            if (http.User.Identity?.IsAuthenticated == true) h.CacheControl = "no-store";
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "no-referrer";
            h.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";
            return Task.CompletedTask;
        }, ctx);
        return next(ctx);
    });
}

public static class Policies
{
    public const string Desk = "desk";
    public const string Staff = "staff";
    public const string Head = "head";
    public const string Admin = "admin";
    /// <summary>The supervising office's work: collecting, checking and rolling up its units' reports.</summary>
    public const string Oversight = "oversight";
    /// <summary>Any of the roles: the home page, which sends each to their own work.</summary>
    public const string AnyRole = "any-role";
}

/// <summary>Puts the user's agency into the sign-in, so every request knows whose cases it may see.</summary>
public sealed class AgencyClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Actor.AgencyClaim, user.AgencyId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(Actor.DisplayClaim, user.DisplayName));
        return identity;
    }
}
