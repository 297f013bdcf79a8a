using ShaOversight.Core.Domain;

namespace ShaOversight.Web.Components.Shared;

public static class StageNames
{
    /// <summary>How a stage is written in an address: <c>?stage=board-approved</c>.</summary>
    public static string Slug(FescStage stage) =>
        string.Concat(stage.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? $"-{char.ToLowerInvariant(c)}" : $"{char.ToLowerInvariant(c)}"));

    /// <summary>Reads <c>?stage=…</c>; gives a plain-English problem, naming the stages there are, for anything else.</summary>
    public static (FescStage? Stage, string? Problem) FromQuery(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, null);
        foreach (var stage in Enum.GetValues<FescStage>())
        {
            if (string.Equals(Slug(stage), text.Trim(), StringComparison.OrdinalIgnoreCase)) return (stage, null);
        }
        return (null, $"'{text}' is not a FESC stage. Choose one of: {string.Join(", ", Enum.GetValues<FescStage>().Select(Slug))}.");
    }

    public static string Of(FescStage stage) => FescStageNames.Of(stage);
}
