using FluentValidation;
using Mediator;
using ShaOversight.Core.Features.Edits;
using ShaOversight.Core.Security;

namespace ShaOversight.Web.Components.Forms;

/// <summary>What came back from sending a form's command: its result, or the messages to show instead.</summary>
public sealed record Submitted<T>(T? Result, FieldErrors Errors, string? Problem);

/// <summary>
/// Sends a form's command and turns a refusal into something the form can show: field messages
/// for validation, a plain sentence for a record out of scope or gone.
/// </summary>
public static class FormSubmission
{
    public static async Task<Submitted<T>> SendAsync<T>(ISender sender, ICommand<T> command)
    {
        try
        {
            return new Submitted<T>(await sender.Send(command), FieldErrors.None, null);
        }
        catch (ValidationException refused)
        {
            return new Submitted<T>(default, FieldErrors.From(refused), null);
        }
        catch (AccessDeniedException denied) when (denied.BecauseSignedOut)
        {
            return new Submitted<T>(default, FieldErrors.None, "You have signed out, so nothing was saved. Sign in again to carry on.");
        }
        catch (AccessDeniedException)
        {
            return new Submitted<T>(default, FieldErrors.None, "You may not change this record: it is outside the region you look after. The attempt has been recorded.");
        }
        catch (NotFoundException gone)
        {
            return new Submitted<T>(default, FieldErrors.None, $"{gone.Target} was not found. It may have been removed.");
        }
    }

    /// <summary>
    /// Sends an edit with the form's "changed while you were editing" watch kept in step: the
    /// form's own save is not reported back to it as someone else's, a saved edit dismisses any
    /// warning, and a refused or conflicted one leaves the user to decide with the warning cleared.
    /// </summary>
    public static async Task<Submitted<EditOutcome<T>>> SendEditAsync<T>(ISender sender, ICommand<EditOutcome<T>> command, ChangedWhileEditing? watch)
        where T : IEditedValues
    {
        watch?.ExpectOwnSave();
        var sent = await SendAsync(sender, command);
        if (sent.Result is { Saved: true }) watch?.Dismiss();
        else watch?.Clear();
        return sent;
    }
}
