using System.Text.Json;
using Gongkai.Web.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Gongkai.Web.Operations;

/// <summary>
/// <c>/health/live</c>: the process answers (a load balancer restarts it when not). <c>/health/ready</c>: it can serve —
/// the database answers and has this release's schema (a load balancer sends it no traffic until then). Anonymous,
/// outside the rate limits, and saying nothing a visitor should not know: a status and a Chinese reason.
/// </summary>
public static class Health
{
    private const string Ready = "ready";

    public static void AddGongkaiHealth(this IServiceCollection services) =>
        services.AddHealthChecks().AddCheck<DatabaseReady>("database", tags: [Ready]);

    public static void MapGongkaiHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync })
            .AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync })
            .AllowAnonymous().DisableRateLimiting();
    }

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        return JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description }),
        });
    }

    private sealed class DatabaseReady(IServiceScopeFactory scopes) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDb>();
            try
            {
                if (!await db.Database.CanConnectAsync(ct)) return HealthCheckResult.Unhealthy("数据库无法连接");
                var pending = await Database.PendingMigrationsAsync(db, ct);
                return pending.Count == 0
                    ? HealthCheckResult.Healthy("数据库可用，结构为本版本")
                    : HealthCheckResult.Unhealthy($"数据库结构不是本版本的：待应用迁移 {pending.Count} 个");
            }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
            {
                return HealthCheckResult.Unhealthy("数据库无法连接");
            }
        }
    }
}
