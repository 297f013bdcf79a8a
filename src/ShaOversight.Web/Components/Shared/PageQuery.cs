using FluentValidation;
using Mediator;
using ShaOversight.Core.Security;

namespace ShaOversight.Web.Components.Shared;

/// <summary>
/// Sends a page's query and turns the refusals a user can cause (out of scope, not found,
/// bad filter) into a plain-English problem for the page to show, instead of an error page.
/// </summary>
public static class PageQuery
{
    public static async Task<(TResult? Result, string? Problem)> SendAsync<TResult>(ISender sender, IQuery<TResult> query)
        where TResult : class
    {
        try
        {
            return (await sender.Send(query), null);
        }
        catch (AccessDeniedException)
        {
            return (null, "This page does not exist, or it is outside the organisations your role covers. The attempt has been recorded.");
        }
        catch (NotFoundException ex)
        {
            return (null, $"{ex.Target} was not found. The link may be out of date.");
        }
        catch (ValidationException ex)
        {
            return (null, string.Join(" ", ex.Errors.Select(e => e.ErrorMessage)));
        }
    }
}
