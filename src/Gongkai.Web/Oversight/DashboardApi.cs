using Microsoft.AspNetCore.Http.HttpResults;

namespace Gongkai.Web.Oversight;

/// <summary>/api/oversight/dashboard/…: the JSON the dashboard's charts draw, for the supervising office's subtree only.</summary>
public static class DashboardApi
{
    public static void AddDashboard(this IServiceCollection services) => services.AddScoped<Dashboard>();

    public static void MapDashboard(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/oversight/dashboard").RequireAuthorization(Policies.Oversight).WithTags("政务公开办 · 仪表盘");
        api.MapGet("/applications", async (int? from, int? to, Dashboard d, HttpContext ctx, CancellationToken ct) =>
            TypedResults.Ok(await d.ApplicationsAsync(await d.SubtreeAsync(ctx.User, ct), from, to, ct)))
            .WithSummary("各单位各年度新收申请数（本级及下级单位的现行报告）");
        api.MapGet("/outcomes/{year:int}", async (int year, Dashboard d, HttpContext ctx, CancellationToken ct) =>
            TypedResults.Ok(await d.OutcomesAsync(await d.SubtreeAsync(ctx.User, ct), year, ct)))
            .WithSummary("第三部分办理结果构成（按版式行角色汇总），每类附单元格路径供下钻");
        api.MapGet("/correction/{year:int}", async (int year, Dashboard d, HttpContext ctx, CancellationToken ct) =>
            TypedResults.Ok(await d.CorrectionAsync(await d.SubtreeAsync(ctx.User, ct), year, ct)))
            .WithSummary("各单位行政复议、行政诉讼纠错率（纠正 ÷ 审结）");
        api.MapGet("/ranking/{year:int}", async Task<Results<Ok<RankedUnit[]>, BadRequest<string>>> (int year, string? by, Dashboard d, HttpContext ctx, CancellationToken ct) =>
            by is null or "applications" or "errors"
                ? TypedResults.Ok(await d.RankingAsync(await d.SubtreeAsync(ctx.User, ct), year, by ?? "applications", ct))
                : TypedResults.BadRequest("by 只能是 applications 或 errors"))
            .WithSummary("单位排名：by=applications（新收申请）或 errors（报告错误数）");
        api.MapGet("/anomalies/{year:int}", async (int year, Dashboard d, HttpContext ctx, CancellationToken ct) =>
            TypedResults.Ok(await d.AnomaliesAsync(await d.SubtreeAsync(ctx.User, ct), year, ct)))
            .WithSummary("异常：新收申请同比骤增骤减；同级单位普遍有申请而本单位全部为零");
    }
}
