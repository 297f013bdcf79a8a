using ShaOversight.Core.Features.Board;

namespace ShaOversight.Web.Features.Board;

/// <summary>
/// Reasons every figure of a tile gives alike (pilots: "a count on the status date", "ratings keep
/// no history"), said once under the tile rather than under each figure, so the tile stays short.
/// </summary>
public sealed record SharedReasons(bool Icons, bool Change, string? Text)
{
    public static readonly SharedReasons None = new(false, false, null);

    public static SharedReasons Of(BoardTile tile)
    {
        var icons = Common(tile.Figures.Select(f => f.Now.Spc is null ? f.Now.WhyNoIcons : null));
        var change = Common(tile.Figures.Select(f => f.Change is null ? f.WhyNoChange : null));
        var text = string.Join(" ", new[] { icons is null ? null : $"No icons: {icons}.", change is null ? null : $"No change shown: {change.ToLowerInvariant()}." }
            .OfType<string>());
        return new(icons is not null, change is not null, text.Length == 0 ? null : text);
    }

    private static string? Common(IEnumerable<string?> reasons)
    {
        var all = reasons.ToList();
        return all.Count > 0 && all[0] is { } first && all.All(r => r == first) ? first : null;
    }
}
