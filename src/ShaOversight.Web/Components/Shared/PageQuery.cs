using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using ShaOversight.Core.Application;
using ShaOversight.Core.Security;

namespace ShaOversight.Web.Components.Shared;

/// <summary>
/// Sends a page's query and turns the refusals a user can cause (out of scope, not found,
/// bad filter) into a plain-English problem for the page to show, instead of an error page.
/// During the server render the response also gets the matching status (403, 404, 400), so a
/// tampered address is refused as such to browsers and tools alike.
/// </summary>
public static class PageQuery
{
    public static Task<(TResult? Result, string? Problem)> SendAsync<TResult>(ISender sender, IQuery<TResult> query, HttpContext? httpContext = null,
        CancellationToken cancellationToken = default)
        where TResult : class =>
        RefusalsAsProblems(() => sender.Send(query, cancellationToken), httpContext);

    /// <summary>The same for a command sent from a live page: a refusal becomes a message, never an error page.</summary>
    public static Task<(TResult? Result, string? Problem)> SendAsync<TResult>(ISender sender, ICommand<TResult> command,
        CancellationToken cancellationToken = default)
        where TResult : class =>
        RefusalsAsProblems(() => sender.Send(command, cancellationToken), httpContext: null);

    private static async Task<(TResult? Result, string? Problem)> RefusalsAsProblems<TResult>(Func<ValueTask<TResult>> send, HttpContext? httpContext)
        where TResult : class
    {
        try
        {
            return (await send(), null);
        }
        catch (AccessDeniedException)
        {
            SetStatus(httpContext, StatusCodes.Status403Forbidden);
            return (null, "This page does not exist, or it is outside the organisations your role covers. The attempt has been recorded.");
        }
        catch (NotFoundException ex)
        {
            SetStatus(httpContext, StatusCodes.Status404NotFound);
            return (null, $"{ex.Target} was not found. The link may be out of date.");
        }
        catch (ValidationException ex)
        {
            SetStatus(httpContext, StatusCodes.Status400BadRequest);
            return (null, string.Join(" ", ex.Errors.Select(e => e.ErrorMessage)));
        }
        catch (TooBusyException ex)
        {
            SetStatus(httpContext, StatusCodes.Status429TooManyRequests);
            return (null, ex.Message);
        }
    }

    /// <summary>For problems found in the URL itself (a bad year or date) before any query runs.</summary>
    public static void BadRequest(HttpContext? httpContext) => SetStatus(httpContext, StatusCodes.Status400BadRequest);

    private static void SetStatus(HttpContext? httpContext, int status)
    {
        // Only the first, server-side render has a response to set; the live circuit has none.
        if (httpContext is not { Response.HasStarted: false }) return;
        httpContext.Response.StatusCode = status;
        // A 404 is answered by the designed not-found page: Blazor writes nothing for a page that
        // sets 404 while status-code pages are on, and ErrorPages re-runs the request for it.
        // Other refusals are explained by the page itself.
        if (status == StatusCodes.Status404NotFound) return;
        if (httpContext.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages) statusCodePages.Enabled = false;
    }
}
