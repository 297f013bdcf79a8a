using FluentValidation;
using Mediator;
using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;
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
/// A problem found while prerendering is handed to the live circuit with the page's state, so
/// the circuit shows it without sending the query again: a refusal is audited once per page view.
/// </summary>
public static class PageQuery
{
    private const string ProblemKeyPrefix = "PageQuery.Problem:";

    /// <summary>A page's first load: prerendered, then taken over by the live circuit.</summary>
    public static async Task<(TResult? Result, string? Problem)> SendAsync<TResult>(ISender sender, IQuery<TResult> query, HttpContext? httpContext,
        PersistentComponentState pageState, CancellationToken cancellationToken = default)
        where TResult : class
    {
        var key = ProblemKeyPrefix + query.GetType().FullName + JsonSerializer.Serialize(query, query.GetType());
        if (httpContext is null && pageState.TryTakeFromJson<string>(key, out var prerendered) && prerendered is not null)
            return (null, prerendered);
        var (result, problem) = await RefusalsAsProblems(() => sender.Send(query, cancellationToken), httpContext);
        // Only a live page's circuit reads it; a page rendered per request (docs/adr/009) has none.
        if (httpContext?.AcceptsInteractiveRouting() == true && problem is not null)
            pageState.RegisterOnPersisting(() =>
            {
                pageState.PersistAsJson(key, problem);
                return Task.CompletedTask;
            }, RenderMode.InteractiveServer);
        return (result, problem);
    }

    /// <summary>A reload from a live page (a refresh): nothing to hand over.</summary>
    public static Task<(TResult? Result, string? Problem)> SendAsync<TResult>(ISender sender, IQuery<TResult> query,
        CancellationToken cancellationToken = default)
        where TResult : class =>
        RefusalsAsProblems(() => sender.Send(query, cancellationToken), httpContext: null);

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
