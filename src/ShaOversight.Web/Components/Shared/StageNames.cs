using ShaOversight.Core.Domain;

namespace ShaOversight.Web.Components.Shared;

/// <summary>A stage in the pages' addresses and words; the mapping itself is Core's (<see cref="FescStageNames"/>), which the buyers download reads too.</summary>
public static class StageNames
{
    /// <summary>How a stage is written in an address: <c>?stage=board-approved</c>.</summary>
    public static string Slug(FescStage stage) => FescStageNames.Slug(stage);

    /// <summary>Reads <c>?stage=…</c>; gives a plain-English problem, naming the stages there are, for anything else.</summary>
    public static (FescStage? Stage, string? Problem) FromQuery(string? text) => FescStageNames.FromSlug(text);

    public static string Of(FescStage stage) => FescStageNames.Of(stage);
}
