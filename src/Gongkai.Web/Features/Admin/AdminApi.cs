using System.Text.Json;
using System.Text.Json.Serialization;
using Gongkai.Core.Calendar;
using Gongkai.Core.Desk;
using Gongkai.Core.Json;
using Gongkai.Core.Oversight;
using Gongkai.Render;
using Gongkai.Web.Api;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Cases;
using Gongkai.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Admin;

/// <summary>Administration: the working-day calendar.</summary>
public static class AdminApi
{
    public static void MapAdminApi(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").RequireAuthorization(Policies.Admin);
        admin.MapGet("/calendar", async (CalendarProvider c, CancellationToken ct) => TypedResults.Text(await c.CurrentJsonAsync(ct), "application/json"))
            .WithSummary("当前的工作日日历（节假日与调休）");
        admin.MapPut("/calendar", async Task<Results<NoContent, ValidationProblem>> (CalendarRequest r, CalendarProvider c, Actor actor, CancellationToken ct) =>
        {
            // A body without "json" binds as null (System.Text.Json does not enforce the annotation): a 400, not a 500.
            var errors = r.Json is null ? ["缺少必填字段“json”（日历）"] : await c.SaveAsync(r.Json, actor.UserName, ct);
            return errors.Count == 0 ? TypedResults.NoContent() : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["json"] = [.. errors] });
        }).WithSummary("保存新的工作日日历（例如国务院办公厅发布下一年度放假安排后）");
    }

}
