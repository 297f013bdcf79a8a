using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;

namespace ShaOversight.Web.Hosting;

/// <summary>
/// Every failure a user can cause or meet ends on the designed error page (<c>/error/{status}</c>)
/// with the right status, in every environment: an exception, a status with no body (a 404 from
/// routing, a 400 from binding a bad query value), or a form posted with a bad antiforgery token.
/// Exceptions are still logged in full; they are never shown.
/// </summary>
public static class ErrorPages
{
    public const string StatusPathFormat = "/error/{0}";

    public static void UseDesignedErrorPages(this WebApplication app)
    {
        // Outermost, inside the framework's Development exception page: if the error page itself
        // fails, the user still gets a plain page rather than a stack trace.
        app.Use(LastResortAsync);
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            CreateScopeForErrors = true,
            StatusCodeSelector = StatusFor,
        });
        // A fresh scope: a Blazor page that answered 404 has already used this request's.
        app.UseStatusCodePagesWithReExecute(StatusPathFormat, queryFormat: null, createScopeForStatusCodePages: true);
        app.Use(ReExecuteAsGet);
    }

    /// <summary>
    /// In place of <c>UseAntiforgery</c>: a form post whose token does not check out is answered
    /// 400 before its endpoint runs, so the status-code page explains it. Otherwise Razor
    /// components write a bare sentence and minimal APIs throw, depending on the environment.
    /// </summary>
    public static void UseAntiforgeryWithDesignedRefusal(this WebApplication app)
    {
        app.UseAntiforgery();
        app.Use((context, next) =>
        {
            if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false } && !IsReExecution(context))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return Task.CompletedTask;
            }
            return next(context);
        });
    }

    /// <summary>A bad query value or form is the user's 400, not our 500.</summary>
    internal static int StatusFor(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        AntiforgeryValidationException => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status500InternalServerError,
    };

    private static bool IsReExecution(HttpContext context) =>
        context.Features.Get<IExceptionHandlerFeature>() is not null || context.Features.Get<IStatusCodeReExecuteFeature>() is not null;

    /// <summary>
    /// The error page is re-run with the failed request's method. A POST would make the page
    /// process the form again (and fail on the same bad token), so it is rendered as a GET.
    /// </summary>
    private static Task ReExecuteAsGet(HttpContext context, RequestDelegate next)
    {
        if (IsReExecution(context) && !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
            context.Request.Method = HttpMethods.Get;
        return next(context);
    }

    private static async Task LastResortAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        // A request the browser abandoned has no one to show a page to.
        catch (Exception exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ErrorPages).FullName!)
                .LogError(exception, "The error page could not be shown for {Path}", context.Request.Path);
            context.Response.Clear();
            context.Response.StatusCode = StatusFor(exception);
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(LastResortPage(context.TraceIdentifier));
        }
    }

    private static string LastResortPage(string reference) =>
        "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Something went wrong – ShaOversight</title></head>" +
        "<body><h1>Something went wrong</h1><p>ShaOversight could not show this page. Try again in a moment; if it keeps happening, " +
        $"tell your administrator the time it happened and this reference: {WebUtility.HtmlEncode(reference)}.</p>" +
        "<p><a href=\"/\">Go to the overview</a></p></body></html>";
}
