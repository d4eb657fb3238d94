using Gongkai.Web.Features.Cases;
using Gongkai.Web.Features.Open;
using Gongkai.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gongkai.Web.Features.Oversight;

/// <summary>
/// Comparisons of filed reports as documents: /api/oversight/compare/{old}/{new} for a supervisor (its subtree) and
/// /api/open/compare/{old}/{new} for anyone (current reports only, the portal's rate limit).
/// </summary>
public static class CompareApi
{
    public static void AddComparisons(this IServiceCollection services)
    {
        services.AddScoped<Comparisons>();
        // The portal's side reads from the replica, as the portal does.
        services.AddScoped(sp => new PublicComparisons(sp.GetRequiredService<Data.Replica>().Db));
    }

    public static void MapComparisons(this IEndpointRouteBuilder app)
    {
        const string formats = "format=json（默认）|html|docx|pdf";
        app.MapGroup("/api/oversight/compare").RequireAuthorization(Policies.Oversight).WithTags("政务公开办")
            .MapGet("/{oldId:long}/{newId:long}", async (long oldId, long newId, string? format, Comparisons c, Actor actor, CancellationToken ct) =>
                Document(await c.CompareAsync(actor, oldId, newId, ct), format))
            .WithSummary($"两份已收取报告的比较（本机关监督范围内）：每个单元格的增减、主要指标、正文逐段比较、与上年雷同的内容；{formats}");
        app.MapGroup("/api/open/compare").AllowAnonymous().RequireRateLimiting(PortalApi.RateLimit).WithTags("公开数据（无需登录）")
            .MapGet("/{oldId:long}/{newId:long}", async Task<Results<FileContentHttpResult, NotFound>> (long oldId, long newId, string? format, PublicComparisons c, CancellationToken ct) =>
                await c.CompareAsync(oldId, newId, ct) is { } v ? Document(v, format) : TypedResults.NotFound())
            .WithSummary($"两份现行报告的比较；{formats}");
    }

    private static FileContentHttpResult Document(ComparisonView v, string? format)
    {
        var (bytes, type, ext) = FiledComparison.Render(v.Comparison, format);
        return TypedResults.File(bytes, type, FiledComparison.FileName(v, ext));
    }
}
