using System.Text.Json;
using System.Text.Json.Serialization;
using Gongkai.Core.Calendar;
using Gongkai.Core.Desk;
using Gongkai.Core.Json;
using Gongkai.Core.Oversight;
using Gongkai.Render;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Account;
using Gongkai.Web.Features.Admin;
using Gongkai.Web.Features.Cases;
using Gongkai.Web.Features.Reports;
using Gongkai.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Api;

/// <summary>The REST API: the same operations as the pages, for other systems and scripts. OpenAPI at /openapi/v1.json.</summary>
public static class Endpoints
{
    public static void AddGongkaiApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            // Chinese as itself, not \uXXXX: a third of the size and readable with curl; HTML-sensitive characters stay escaped.
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        });
        // Pages likewise write Chinese as itself instead of &#x...; entities (markup characters are still encoded).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddExceptionHandler<ApiExceptionHandler>();
    }

    public static void MapGongkaiApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").DisableAntiforgery();
        // One route group per feature slice, each in its folder under Features/.
        api.MapAccountApi();
        api.MapDeskApi();
        api.MapReportsApi();
        api.MapAdminApi();
    }

    /// <summary>A page's upload (buffered by the form reader), bounded (<see cref="CaseService.MaxAttachmentBytes"/>) before it is read into memory.</summary>
    internal static async Task<byte[]> ReadUpload(IFormFile file, CancellationToken ct)
    {
        var name = Gongkai.Core.Text.FileNames.Clean(file.FileName);
        if (file.Length > CaseService.MaxAttachmentBytes) throw new DeskException($"文件“{name}”超过{Gongkai.Core.Labels.Chinese.Size(CaseService.MaxAttachmentBytes)}");
        if (file.Length == 0) throw new DeskException($"文件“{name}”是空文件");
        using var ms = new MemoryStream();
        await file.CopyToAsync(ms, ct);
        return ms.ToArray();
    }

    /// <summary>Only for OpenAPI: an upload of one file.</summary>
    public sealed record UploadFileForm(IFormFile File);

    /// <summary>Only for OpenAPI: the ledger upload's fields.</summary>
    public sealed record LedgerForm(IFormFile File, string? Mapping, bool? AcceptErrors);
}

/// <summary>Maps the desk's refusals and malformed requests to problem details naming what is wrong, never a stack trace.</summary>
public sealed partial class ApiExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext ctx, Exception e, CancellationToken ct)
    {
        var (status, title, detail) = e switch
        {
            DeskValidationException => (400, "", ""),
            DeskNotFoundException => (404, "不存在", e.Message),
            DeskForbiddenException => (403, "无权操作", e.Message),
            DeskConflictException => (409, "内容已被他人修改", e.Message),
            DeskException => (400, "无法办理", e.Message),
            CalendarException => (400, "日期超出工作日日历", e.Message),
            // Kestrel's and the form reader's bounds: the framework's English text would not tell a clerk what to do.
            BadHttpRequestException b when TooLarge(b) => (413, "上传内容过大", "上传的内容超过服务器允许的大小，请分批上传或压缩后再试"),
            BadHttpRequestException b when BadYear(b) is { } refusal => (400, "年度不在支持的范围", refusal),
            BadHttpRequestException b => (b.StatusCode, "请求格式错误", BadRequestDetail(b)),
            _ => (0, "", ""),
        };
        if (status == 0) return false;
        ctx.Response.StatusCode = status;
        if (e is DeskValidationException v)
        {
            // Field by field, in Chinese: the problem's errors name each request field that was refused and why.
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = ctx,
                Exception = e,
                ProblemDetails = new HttpValidationProblemDetails(v.Errors) { Status = 400, Title = "无法办理", Detail = v.Message },
            });
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = ctx,
            Exception = e,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }

    private static bool TooLarge(BadHttpRequestException b) => b.StatusCode == StatusCodes.Status413PayloadTooLarge
        || b.InnerException is InvalidDataException i && i.Message.Contains("limit", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A route, query or form value bound to a <see cref="ReportYear"/> that is not one (ReportYear.TryParse refused it):
    /// the framework's binding failure, answered with Core's refusal in Chinese.
    /// </summary>
    internal static string? BadYear(BadHttpRequestException b) =>
        b.InnerException is null && YearBinding().Match(b.Message) is { Success: true } m ? ReportYear.Refusal(m.Groups["value"].Value) : null;

    [System.Text.RegularExpressions.GeneratedRegex("""^Failed to bind parameter "(ReportYear\??|Nullable<ReportYear>) \w+" from "(?<value>[^"]*)"\.$""")]
    private static partial System.Text.RegularExpressions.Regex YearBinding();

    /// <summary>
    /// What is wrong with the JSON, never echoing the client's text: System.Text.Json's messages quote property names,
    /// and a client that put an applicant's phone number or ID number in the wrong place would see it in the answer and
    /// the log (SecurityPersonalDataTests). The path is shown when it is made of plain field names.
    /// </summary>
    private static string BadRequestDetail(BadHttpRequestException b)
    {
        if (b.InnerException is not JsonException j)
        {
            // Parameter binding's English text quotes the value sent ("Failed to bind parameter \"DateOnly received\" from
            // \"13912345678\""): say which parameter, in Chinese, and never echo the value.
            if (BindFailure().Match(b.Message) is { Success: true } m) return $"参数“{m.Groups["name"].Value}”的值无法识别";
            if (MissingParameter().Match(b.Message) is { Success: true } r) return $"缺少参数“{r.Groups["name"].Value}”";
            return "请求格式错误";
        }
        var what = j.Message.Contains("could not be mapped", StringComparison.Ordinal) ? "含有接口不认识的字段"
            : j.Message.Contains("could not be converted", StringComparison.Ordinal) ? "字段的值类型或格式不符"
            : j.Message.Contains("missing required properties", StringComparison.Ordinal) ? "缺少必填字段"
            : "不是有效的 JSON";
        var path = j.Path is { } p && SafeJsonPath().IsMatch(p) ? $"（位置 {p}）" : "";
        return $"请求内容无法读取：{what}{path}";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^Failed to bind parameter ""[^""]* (?<name>[A-Za-z_][A-Za-z0-9_]{0,63})"" from")]
    private static partial System.Text.RegularExpressions.Regex BindFailure();

    [System.Text.RegularExpressions.GeneratedRegex(@"^Required parameter ""[^""]* (?<name>[A-Za-z_][A-Za-z0-9_]{0,63})"" was not provided")]
    private static partial System.Text.RegularExpressions.Regex MissingParameter();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\$(\.[A-Za-z_][A-Za-z0-9_]{0,63}|\[\d{1,6}\])*$")]
    private static partial System.Text.RegularExpressions.Regex SafeJsonPath();
}
