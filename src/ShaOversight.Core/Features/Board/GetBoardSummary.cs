using Mediator;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Summaries;

namespace ShaOversight.Core.Features.Board;

/// <summary>
/// The board's answer on one screen: is commissioning getting better, and is the money paying
/// back? For England (no codes), an SHA, or one of its PCTs (both codes, or the PCT's alone).
/// The landing pages open with it and the board pack's cover prints it, so they say the same.
/// </summary>
public sealed record GetBoardSummary(string? ShaCode, string? PctCode, FinancialYear Year, DateOnly AsAt) : IQuery<BoardSummary>
{
    public static GetBoardSummary England(FinancialYear year, DateOnly asAt) => new(null, null, year, asAt);
}

/// <param name="Code">The SHA's or PCT's code, or <see cref="EnglandCode"/>.</param>
/// <param name="Subject">Whose figures: "England", an SHA's name or a PCT's name.</param>
/// <param name="YearEarlier">The date the changes are measured from, the same day a year before.</param>
public sealed record BoardSummary(
    string Code, string Subject, BoardScope Scope, FinancialYear Year, DateOnly AsAt, DateOnly YearEarlier, IReadOnlyList<BoardTile> Tiles)
{
    public const string EnglandCode = "ENG";

    public BoardTile Tile(BoardLens lens) => Tiles.Single(t => t.Lens == lens);
}

public enum BoardScope
{
    England,
    Region,
    Pct,
}

/// <summary>The four lenses a board reads, each a tile that opens its own page.</summary>
public enum BoardLens
{
    Uptake,
    Savings,
    Assurance,
    Pilots,
}

/// <param name="Sentence">The tile's figures in one plain-English sentence (<see cref="BoardSentences"/>).</param>
public sealed record BoardTile(BoardLens Lens, string Title, IReadOnlyList<BoardFigure> Figures, string Sentence);

/// <summary>
/// A figure as it is now (with its target, and its icons or why it has none) and as it was at the
/// same point a year earlier; <see cref="WhyNoChange"/> says why there is no earlier figure.
/// </summary>
public sealed record BoardFigure(SummaryMeasure Now, decimal? YearEarlier, string? WhyNoChange = null)
{
    public decimal? Change => Now.Latest is { } now && YearEarlier is { } before ? now - before : null;
}

/// <summary>
/// Sends the lens pages' own queries, as the same user through the same pipeline, so every
/// figure is the lens's figure and every access rule the lens's rule (a PCT chief executive's
/// refusal or aggregates-only view included). England's savings, which no page totals, are
/// summed by the savings lens's own SQL over every contract, once per change (<see cref="NationalFigures"/>).
/// </summary>
public sealed class GetBoardSummaryHandler(ISender sender, IDbContextFactory<AppDbContext> contextFactory, NationalFigures national, DashboardSettings settings)
    : IQueryHandler<GetBoardSummary, BoardSummary>
{
    public async ValueTask<BoardSummary> Handle(GetBoardSummary query, CancellationToken cancellationToken)
    {
        var reads = new BoardSummaryReads(sender, contextFactory, national, settings, query.Year, query.AsAt, cancellationToken);
        if (query.PctCode is { Length: > 0 } pct) return await reads.ForPctAsync(pct);
        if (query.ShaCode is { Length: > 0 } sha) return await reads.ForRegionAsync(sha);
        return await reads.ForEnglandAsync();
    }
}
