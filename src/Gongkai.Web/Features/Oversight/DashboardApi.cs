using Gongkai.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gongkai.Web.Features.Oversight;

/// <summary>
/// /api/oversight/dashboard/…: the JSON the dashboard's charts draw, for the supervising office's subtree only. Lists
/// of units hold the first <c>limit</c> (default 100, at most 5,000) in the answer's order; the header X-Total-Count
/// says how many units there are in all.
/// </summary>
public static class DashboardApi
{
    public const string TotalHeader = "X-Total-Count";

    /// <summary>The dashboard reads from the replica when there is one (<see cref="Data.Replica"/>).</summary>
    public static void AddDashboard(this IServiceCollection services) =>
        services.AddScoped(sp => new Dashboard(sp.GetRequiredService<Data.Replica>().Db));

    private static T[] Paged<T>(HttpContext ctx, UnitPage<T> page)
    {
        ctx.Response.Headers[TotalHeader] = page.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return page.Items;
    }

    public static void MapDashboard(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/oversight/dashboard").RequireAuthorization(Policies.Oversight).WithTags("政务公开办 · 仪表盘");
        api.MapGet("/applications", async (ReportYear? from, ReportYear? to, int? limit, Dashboard d, Actor actor, HttpContext ctx, CancellationToken ct) =>
            TypedResults.Ok(Paged(ctx, await d.ApplicationsAsync(await d.ScopeAsync(actor, ct), from, to, limit, ct))))
            .WithSummary("新收申请最多的单位各年度新收申请数（本级及下级单位的现行报告；limit 个单位，X-Total-Count 为单位总数）");
        api.MapGet("/outcomes/{year:int}", async (ReportYear year, int? limit, Dashboard d, Actor actor, HttpContext ctx, CancellationToken ct) =>
        {
            var mix = await d.OutcomesAsync(await d.ScopeAsync(actor, ct), year, limit, ct);
            ctx.Response.Headers[TotalHeader] = mix.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Ok(mix);
        }).WithSummary("第三部分办理结果构成（按版式行角色汇总，新收申请最多的 limit 个单位），每类附单元格路径供下钻");
        api.MapGet("/correction/{year:int}", async (ReportYear year, int? limit, Dashboard d, Actor actor, HttpContext ctx, CancellationToken ct) =>
            TypedResults.Ok(Paged(ctx, await d.CorrectionAsync(await d.ScopeAsync(actor, ct), year, limit, ct))))
            .WithSummary("审结复议、诉讼最多的 limit 个单位的纠错率（纠正 ÷ 审结）");
        api.MapGet("/ranking/{year:int}", async Task<Results<Ok<RankedUnit[]>, BadRequest<string>>> (ReportYear year, string? by, int? limit, Dashboard d, Actor actor, HttpContext ctx, CancellationToken ct) =>
            by is null or "applications" or "errors"
                ? TypedResults.Ok(Paged(ctx, await d.RankingAsync(await d.ScopeAsync(actor, ct), year, by ?? "applications", limit, ct)))
                : TypedResults.BadRequest("by 只能是 applications 或 errors"))
            .WithSummary("单位排名前 limit 名：by=applications（新收申请）或 errors（报告错误数）");
        api.MapGet("/anomalies/{year:int}", async (ReportYear year, int? limit, Dashboard d, Actor actor, HttpContext ctx, CancellationToken ct) =>
            TypedResults.Ok(Paged(ctx, await d.AnomaliesAsync(await d.ScopeAsync(actor, ct), year, limit, ct))))
            .WithSummary("异常（前 limit 条）：新收申请同比骤增骤减；同级单位普遍有申请而本单位全部为零");
    }
}
