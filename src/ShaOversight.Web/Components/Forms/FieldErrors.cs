using FluentValidation;

namespace ShaOversight.Web.Components.Forms;

/// <summary>
/// The validator's messages keyed by the command's property name, so each form field can show
/// its own message beside it. The rules live once, in Core; the form only places them.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, string> _messages = new(StringComparer.Ordinal);

    public static FieldErrors None => new();

    public static FieldErrors From(ValidationException refused)
    {
        var errors = new FieldErrors();
        foreach (var failure in refused.Errors) errors._messages.TryAdd(failure.PropertyName, failure.ErrorMessage);
        return errors;
    }

    /// <summary>A message the form finds itself, before sending: a required field left blank.</summary>
    public static FieldErrors For(string property, string message)
    {
        var errors = new FieldErrors();
        errors._messages[property] = message;
        return errors;
    }

    public bool Any => _messages.Count > 0;

    public bool Has(string property) => _messages.ContainsKey(property);

    public string? this[string property] => _messages.GetValueOrDefault(property);

    /// <summary>Messages for properties no field shows, so none is lost.</summary>
    public IEnumerable<string> Outside(params string[] shownProperties) =>
        _messages.Where(m => !shownProperties.Contains(m.Key)).Select(m => m.Value);
}
