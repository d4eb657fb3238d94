using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Gongkai.Core.Labels;
using Gongkai.Web.Features.Cases;
using Gongkai.Web.Features.Oversight;
using Gongkai.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features;

/// <summary>
/// Dates typed into the pages' forms, read by <see cref="Chinese.TryParseDate"/>: year first, or refused with the
/// reason. The framework's own binder reads "12/01/2026" in the server's culture (as 1 December) and answers a
/// wrong date with the property's English name.
/// </summary>
public sealed class DateBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(DateOnly) ? new DateBinder() : null;

    private sealed class DateBinder : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext ctx)
        {
            var value = ctx.ValueProvider.GetValue(ctx.ModelName);
            if (value == ValueProviderResult.None) return Task.CompletedTask;
            ctx.ModelState.SetModelValue(ctx.ModelName, value);
            var text = value.FirstValue;
            if (string.IsNullOrWhiteSpace(text))
            {
                // An empty optional date is no date; an empty required one is refused, never read as 0001-01-01.
                if (ctx.ModelType == typeof(DateOnly?)) ctx.Result = ModelBindingResult.Success(null);
                else ctx.ModelState.TryAddModelError(ctx.ModelName, $"{Name(ctx)}：未填写");
                return Task.CompletedTask;
            }
            if (Chinese.TryParseDate(text, out var date, out var error)) ctx.Result = ModelBindingResult.Success(date);
            else ctx.ModelState.TryAddModelError(ctx.ModelName, $"{Name(ctx)}：{error}");
            return Task.CompletedTask;
        }

        private static string Name(ModelBindingContext ctx) =>
            (ctx.ModelMetadata.ContainerType?.GetProperty(ctx.ModelMetadata.PropertyName ?? "")?.GetCustomAttribute<DisplayAttribute>()?.Name)
            ?? "日期";
    }
}

/// <summary>
/// Uploads through the pages: every request body up to <see cref="Bound"/> is read (large files go to a temporary
/// file, not to memory), so that each page's own check can answer in Chinese — a 30 MB attachment is "超过20 MB",
/// a 48 MB ZIP is collected. Without this, Kestrel's 30,000,000-byte default cut the body short, the antiforgery
/// check could not read the form, and the browser showed a bare English 400. A body over the bound is answered
/// with the same page and a Chinese message.
/// </summary>
public static class PageUploads
{
    /// <summary>The largest page upload: the collect page's archive bound and 1 MB of form (see <see cref="OversightApi.UploadBound"/>); twice this is read and answered.</summary>
    public static long Bound(IServiceProvider services) =>
        OversightApi.UploadBound(services.GetRequiredService<IOptions<OversightOptions>>().Value);

    public static string TooLarge(long bound) =>
        $"上传的内容超过{Gongkai.Core.Labels.Chinese.Size(bound)}，未能收到，未保存任何内容。请分批上传，或压缩后再试。";

    public static IApplicationBuilder UseUploadLimits(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        var request = ctx.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType || request.Path.StartsWithSegments("/api"))
        {
            await next(ctx);
            return;
        }
        var bound = Bound(ctx.RequestServices);
        // Past the bound the body is still read, and thrown away, up to twice the bound: a browser still sending its
        // upload does not see an answer given before it has finished (the connection is cut, "connection reset"), so
        // the Chinese answer has to wait for the end of the body. Beyond twice the bound the connection is cut.
        var drain = 2 * bound;
        var size = ctx.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (size is { IsReadOnly: false }) size.MaxRequestBodySize = drain;
        ctx.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions { MultipartBodyLengthLimit = bound }));
        var tooLarge = request.ContentLength > bound;
        if (!tooLarge)
        {
            try
            {
                await request.ReadFormAsync(ctx.RequestAborted);
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge) { tooLarge = true; }
            catch (InvalidDataException) { tooLarge = true; } // the form reader's MultipartBodyLengthLimit
            catch (IOException)
            {
                // A body that ends early (the client gave up, a broken form): not a size question; the page's own
                // antiforgery and model binding refuse it as before.
                await next(ctx);
                return;
            }
        }
        if (!tooLarge)
        {
            await next(ctx);
            return;
        }
        if (!(request.ContentLength > drain))
        {
            try { await request.Body.CopyToAsync(Stream.Null, ctx.RequestAborted); }
            catch (BadHttpRequestException) { } // over twice the bound: answered all the same, the rest cut
        }
        // Back to the page the form is on, which shows the message in its own layout (post, redirect, get).
        var tempData = ctx.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(ctx);
        tempData["Error"] = TooLarge(bound);
        tempData.Save();
        ctx.Response.Headers.Connection = "close";
        ctx.Response.Redirect(request.PathBase + request.Path + request.QueryString);
    });
}
