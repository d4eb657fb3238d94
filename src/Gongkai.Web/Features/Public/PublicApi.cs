using System.Threading.RateLimiting;
using Gongkai.Core.Desk;
using Gongkai.Core.Labels;
using Gongkai.Render.Notices;
using Gongkai.Web.Api;
using Gongkai.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.Features.Public;

public sealed record PublicAgency(string Code, string Name);

public sealed record GuideResponse(string Agency, int Version, DateOnly PublishedOn, string Office, string Address, string? Postcode, string Hours,
    string Phone, string? Fax, string? Email, string Ways, string Handling, string Fees, string Remedies, string FormUrl);

public sealed record CatalogueItem(string Title, string? DocumentNumber, string Category, string CategoryLabel, DateOnly PublishedOn, string? Url,
    string? Status);

/// <summary>An online application as the API takes it; enum values as camelCase strings (see <see cref="PublicJson"/>).</summary>
public sealed record ApplicationRequest(string? ApplicantKind, string? Name, string? IdType, string? IdNumber, string? Phone, string? Email,
    string? Address, string? Information, string? DocumentNumber, string? Form, string? Delivery, string? OrganisationKind = null);

public sealed record ApplicationCreated(string Number, string QueryCode, string Status);

public sealed record NoticeLink(string Kind, string KindLabel, string Number, DateOnly IssuedOn, string Url);

public sealed record CorrectionAsked(string What, DateOnly DueBy);

public sealed record FeeStatus(decimal Amount, DateOnly PayBy, string PaymentMethod, DateOnly? PaidOn);

public sealed record ApplicationStatus(string Number, string Status, string StatusLabel, string Agency, string Applicant, DateOnly Submitted,
    DateOnly? ReceivedOn, DateOnly? Due, bool DueProvisional, NoticeLink[] Notices, CorrectionAsked? Correction, FeeStatus? Fee,
    DateOnly? ClosedOn, string? Outcome);

public sealed record CorrectionAnswer(string? Text);

/// <summary>The JSON words of the public API: camelCase enum names, read back with a Chinese message for a wrong one.</summary>
public static class PublicJson
{
    public static string Key<T>(T value) where T : struct, Enum => JsonNamingPolicy(value.ToString());

    private static string JsonNamingPolicy(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    public static T? Parse<T>(string? text, string field, string what, List<Refusal> errors) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        foreach (var v in Enum.GetValues<T>())
            if (string.Equals(Key(v), text.Trim(), StringComparison.OrdinalIgnoreCase)) return v;
        errors.Add(new Refusal(field, $"{what}“{text}”不是可选的值：可选 {string.Join("、", Enum.GetValues<T>().Select(v => $"{Key(v)}（{v.Label()}）"))}"));
        return null;
    }

    /// <summary>The form from a request: each word read, each wrong one a refusal; the rest Core checks.</summary>
    public static (OnlineApplicationForm Form, List<Refusal> Errors) Read(ApplicationRequest r)
    {
        var errors = new List<Refusal>();
        var kind = Parse<PublicApplicantKind>(r.ApplicantKind, "applicantKind", "申请人类型", errors);
        var org = Parse<ApplicantKind>(r.OrganisationKind, "organisationKind", "法人或者其他组织的类别", errors);
        var idType = Parse<IdentityKind>(r.IdType, "idType", "证件类型", errors);
        var form = Parse<ProvisionForm>(r.Form, "form", "提供形式", errors);
        var delivery = Parse<DeliveryWay>(r.Delivery, "delivery", "获取方式", errors);
        return (new OnlineApplicationForm(kind, org, r.Name, idType, r.IdNumber, r.Phone, r.Email, r.Address, r.Information, r.DocumentNumber, form, delivery), errors);
    }
}

/// <summary>
/// The agencies' public sites: services, rate limits and the API under /api/public (anonymous; in the OpenAPI document).
/// A wrong number and a wrong code get the same 404.
/// </summary>
public static class PublicApi
{
    public const string Apply = "public-apply";
    public const string Lookup = "public-lookup";

    public static void AddPublicSite(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<PublicSiteOptions>(config.GetSection("PublicSite"));
        services.Configure<MailOptions>(config.GetSection("Mail"));
        services.AddScoped<PublicApplications>();
        services.AddScoped<OutboxSender>();
        services.AddHostedService<OutboxService>();
        services.Configure<RateLimiterOptions>(o =>
        {
            // Per address; reading a page is not counted, only what submits or looks up.
            o.AddPolicy(Apply, ctx => Counted(ctx) ? RateLimitPartition.GetFixedWindowLimiter("apply:" + Address(ctx), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Site(ctx).ApplyPerHour, Window = TimeSpan.FromHours(1),
            }) : RateLimitPartition.GetNoLimiter("read"));
            o.AddPolicy(Lookup, ctx => Counted(ctx) ? RateLimitPartition.GetFixedWindowLimiter("lookup:" + Address(ctx), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Site(ctx).LookupPerMinute, Window = TimeSpan.FromMinutes(1),
            }) : RateLimitPartition.GetNoLimiter("read"));
        });
    }

    private static bool Counted(HttpContext ctx) => !HttpMethods.IsGet(ctx.Request.Method) || ctx.Request.Path.StartsWithSegments("/api");

    private static string Address(HttpContext ctx) => ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static PublicSiteOptions Site(HttpContext ctx) =>
        ctx.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<PublicSiteOptions>>().Value;

    /// <summary>The public site's pages: anonymous; reading under the portal's limit, submitting and looking up under their own.</summary>
    public static void PageConventions(Microsoft.AspNetCore.Mvc.ApplicationModels.PageConventionCollection c)
    {
        c.AllowAnonymousToFolder("/Public");
        c.AuthorizeFolder("/Site", Policies.Head);
        foreach (var page in new[] { "/Public/Guide", "/Public/Catalogue", "/Public/Agencies" }) Limit(c, page, Gongkai.Web.Features.Open.PortalApi.RateLimit);
        Limit(c, "/Public/Apply", Apply);
        Limit(c, "/Public/Track", Lookup);
    }

    private static void Limit(Microsoft.AspNetCore.Mvc.ApplicationModels.PageConventionCollection c, string page, string policy) =>
        c.AddPageApplicationModelConvention(page, m => m.EndpointMetadata.Add(new EnableRateLimitingAttribute(policy)));

    public static void MapPublicSite(this IEndpointRouteBuilder app)
    {
        // 适老化: the larger text is a cookie, so it works without script and stays across pages.
        app.MapGet("/open/text-size", (bool? large, string? back, HttpContext ctx) =>
        {
            ctx.Response.Cookies.Append(Gongkai.Web.Features.Public.PublicPage.TextCookie, large == true ? "large" : "normal",
                new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365), IsEssential = true });
            var local = back is { Length: > 1 } b && b[0] == '/' && b[1] is not ('/' or '\\') ? b : "/open/agencies";
            return TypedResults.LocalRedirect(local);
        }).AllowAnonymous().ExcludeFromDescription();
        var api = app.MapGroup("/api/public").AllowAnonymous().DisableAntiforgery().WithTags("政府信息公开网站（申请人，无需登录）");
        var read = api.MapGroup("").RequireRateLimiting(Gongkai.Web.Features.Open.PortalApi.RateLimit);
        read.MapGet("/agencies", async (PublicApplications p, CancellationToken ct) =>
                (await p.AgenciesAsync(ct)).Select(a => new PublicAgency(a.PublicCode!, a.Name)).ToArray())
            .WithSummary("接受网上申请的机关：代码与名称");
        read.MapGet("/{code}/guide", async Task<Results<Ok<GuideResponse>, NotFound>> (string code, PublicApplications p, CancellationToken ct) =>
                await p.AgencyAsync(code, ct) is { } a && await p.GuideAsync(a.Id, ct) is { } g ? TypedResults.Ok(Guide(a, g)) : TypedResults.NotFound())
            .WithSummary("政府信息公开指南（第二十三条）：现行版本");
        read.MapGet("/{code}/catalogue", async Task<Results<Ok<CatalogueItem[]>, NotFound>> (string code, string? q, string? category, int? page, PublicApplications p,
                HttpResponse response, CancellationToken ct) =>
            {
                if (await p.AgencyAsync(code, ct) is not { } a) return TypedResults.NotFound();
                var shown = await p.CatalogueAsync(a.Id, q, category, page ?? 1, ct);
                Paging.Describe(response, shown.Total, PublicApplications.CataloguePageSize);
                return TypedResults.Ok(shown.Items.Select(i => Item(i, p.Today)).ToArray());
            })
            .WithSummary("政府信息公开目录（第十二条）：主动公开的信息，可按关键词（标题、文号）和类别检索")
            .WithDescription($"按发布日期从新到旧，每页{PublicApplications.CataloguePageSize}条（page 从 1 起，超过末页为空）；符合条件的总条数在响应头 X-Total-Count，页数在 X-Page-Count。");
        read.MapGet("/{code}/form.docx", async Task<Results<FileContentHttpResult, NotFound>> (string code, PublicApplications p, CancellationToken ct) =>
                await p.AgencyAsync(code, ct) is { } a
                    ? TypedResults.File(ApplicantDocuments.Docx(ApplicantDocuments.Form(a.Name)),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"{a.Name}政府信息公开申请表.docx")
                    : TypedResults.NotFound())
            .WithSummary("政府信息公开申请表（DOCX），供当面或邮寄申请");

        api.MapPost("/{code}/applications", SubmitAsync).RequireRateLimiting(Apply)
            .WithSummary("网上提交政府信息公开申请（第二十九条）：返回申请编号和查询码（只返回这一次）；字段错误为 400，逐项说明");
        var lookup = api.MapGroup("/applications").RequireRateLimiting(Lookup);
        lookup.MapGet("/{number}", async Task<Results<Ok<ApplicationStatus>, NotFound>> (string number, string? code, PublicApplications p, CancellationToken ct) =>
                await p.FindAsync(number, code, ct) is { } t ? TypedResults.Ok(Status(t, code!)) : TypedResults.NotFound())
            .WithSummary("凭申请编号和查询码查询办理情况；编号或查询码不对，一律 404");
        lookup.MapPost("/{number}/correction", CorrectAsync)
            .WithSummary("网上补正：只在等待补正时可以提交；收到之日起重新计算答复期限（第三十条）");
        lookup.MapGet("/{number}/notices/{notice}", async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> (string number, string notice, string? code, string? format,
                PublicApplications p, CancellationToken ct) =>
            {
                if (await p.FindAsync(number, code, ct) is not { } t) return TypedResults.NotFound();
                if (format is not (null or "pdf" or "docx")) return TypedResults.Problem($"不支持的格式“{format}”：可选 pdf、docx", statusCode: 400);
                return await p.NoticeAsync(t, notice, format, ct) is { } f ? TypedResults.File(f.Bytes, f.ContentType, f.FileName) : TypedResults.NotFound();
            })
            .WithSummary("下载发给申请人的告知书（PDF，format=docx 为 Word）");
        lookup.MapGet("/{number}/receipt.pdf", async Task<Results<FileContentHttpResult, NotFound>> (string number, string? code, PublicApplications p, CancellationToken ct) =>
                await p.FindAsync(number, code, ct) is { } t ? TypedResults.File(await p.ReceiptPdfAsync(t, code!, ct), "application/pdf", $"{t.Case.Number}申请回执.pdf") : TypedResults.NotFound())
            .WithSummary("网上申请回执（PDF）");
    }

    private static async Task<Results<Created<ApplicationCreated>, NotFound, ValidationProblem, ProblemHttpResult>> SubmitAsync(string code, ApplicationRequest request,
        PublicApplications p, CancellationToken ct)
    {
        if (await p.AgencyAsync(code, ct) is not { AcceptsOnline: true } agency) return TypedResults.NotFound();
        var (form, errors) = PublicJson.Read(request);
        if (errors.Count > 0) return TypedResults.ValidationProblem(new PublicRefusal(400, errors).Errors, title: "申请内容有误");
        try
        {
            var (c, queryCode) = await p.SubmitAsync(agency, form, [], ct);
            return TypedResults.Created($"/api/public/applications/{Uri.EscapeDataString(c.Number)}",
                new ApplicationCreated(c.Number, queryCode, PublicJson.Key(PublicStatus.AwaitingConfirmation)));
        }
        catch (PublicRefusal r) when (r.Status == 400)
        {
            return TypedResults.ValidationProblem(r.Errors, title: "申请内容有误");
        }
        catch (PublicRefusal r)
        {
            return TypedResults.Problem(r.Message, statusCode: r.Status, title: "不能提交");
        }
    }

    private static async Task<Results<Ok<ApplicationStatus>, NotFound, ValidationProblem, ProblemHttpResult>> CorrectAsync(string number, string? code,
        CorrectionAnswer request, PublicApplications p, CancellationToken ct)
    {
        if (await p.FindAsync(number, code, ct) is not { } t) return TypedResults.NotFound();
        try
        {
            return TypedResults.Ok(Status(await p.AnswerCorrectionAsync(t, request.Text, [], ct), code!));
        }
        catch (PublicRefusal r) when (r.Status == 400)
        {
            return TypedResults.ValidationProblem(r.Errors, title: "补正内容有误");
        }
        catch (PublicRefusal r)
        {
            return TypedResults.Problem(r.Message, statusCode: r.Status, title: "不能补正");
        }
    }

    public static GuideResponse Guide(Agency a, AgencyGuide g) => new(a.Name, g.Version, g.PublishedOn, g.Office, g.Address, g.Postcode, g.Hours, g.Phone, g.Fax,
        g.Email, g.Ways, g.Handling, g.Fees, g.Remedies, $"/api/public/{a.PublicCode}/form.docx");

    public static CatalogueItem Item(ProactiveItem i, DateOnly today) => new(i.Title, i.DocumentNumber, i.Category, CategoryLabel(i.Category), i.PublishedOn, i.Url,
        StatusOf(i, today));

    /// <summary>规章、规范性文件: 现行有效 or 已废止 (on <paramref name="today"/>); other items have no status.</summary>
    public static string? StatusOf(ProactiveItem i, DateOnly today) => i.Category is "regulations" or "normativeDocuments"
        ? i.RepealedOn is { } r && r <= today ? "已废止" : "现行有效"
        : null;

    /// <summary>The category's label as section 二 of the current template prints it (either template's row when only the other has it).</summary>
    public static string CategoryLabel(string category)
    {
        foreach (var layout in Gongkai.Core.Layout.TemplateCatalog.All.Reverse())
            if (layout.Proactive.Row(category) is { } row) return row.Label;
        return "其他";
    }

    public static ApplicationStatus Status(TrackedCase t, string code)
    {
        var c = t.Case;
        var number = Uri.EscapeDataString(c.Number);
        var q = Uri.EscapeDataString(code);
        return new ApplicationStatus(c.Number, PublicJson.Key(t.Status), t.Status.Label(), t.Agency, Gongkai.Web.Infrastructure.Security.MaskedApplicant.Public(c).Name, c.Submitted,
            c.ReceivedOn, t.Clock.Due, t.Clock.Provisional,
            [.. t.Notices.Select(n => new NoticeLink(n.Kind.Key(), n.Kind.Label(), n.Number, n.IssuedOn,
                $"/api/public/applications/{number}/notices/{Uri.EscapeDataString(n.Number)}?code={q}"))],
            t.File.Correction is { ReceivedOn: null } k ? new CorrectionAsked(k.Items, k.DueBy) : null,
            t.File.Fee is { } fee ? new FeeStatus(fee.Amount, fee.PayBy, fee.PaymentMethod, fee.PaidOn) : null,
            t.File.Closing?.On, t.File.Closing is { } cl ? Chinese.Outcome(cl.OutcomeRow, cl.On.Year) : null);
    }
}
