using ShaOversight.Core.Domain;

namespace ShaOversight.Web.Components.Shared;

public static class StageNames
{
    public static string Of(FescStage stage) => FescStageNames.Of(stage);
}
