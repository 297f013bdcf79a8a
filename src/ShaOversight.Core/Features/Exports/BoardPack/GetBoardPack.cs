using FluentValidation;
using FluentValidation.Results;
using Mediator;
using ShaOversight.Core.Application;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Assessments;
using ShaOversight.Core.Features.Board;
using ShaOversight.Core.Features.Pcts;
using ShaOversight.Core.Features.Pilots;
using ShaOversight.Core.Features.Savings;
using ShaOversight.Core.Features.Shell;
using ShaOversight.Core.Features.Uptake;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Features.Exports.BoardPack;

/// <summary>
/// The month's board pack as a PDF: for an SHA, or for one of its PCTs when a PCT code is given.
/// It is drawn from the same queries as the pages, as the user who asks, so it holds nothing
/// that user could not see on screen.
/// </summary>
public sealed record GetBoardPack(string ShaCode, string? PctCode, FinancialYear Year, DateOnly AsAt) : IQuery<BoardPackFile>;

public sealed record BoardPackFile(string FileName, byte[] Content, int Pages)
{
    public const string ContentType = "application/pdf";
}

/// <summary>Everything a pack shows, gathered before drawing starts.</summary>
public sealed record BoardPackContent(
    RegionUptake Uptake, RegionSavings Savings, RegionAssessments Assessments, PilotTracker Pilots, DataOriginSummary Origin,
    PctDashboard? Pct, FinancialYear Year, DateOnly AsAt, DateTimeOffset GeneratedAt, string GeneratedFor, DashboardSettings Settings,
    BoardSummary Summary)
{
    /// <summary>England's figures and every PCT's WCC composite, for the region's funnels; null in a pack drawn without them.</summary>
    public FunnelContent? Funnels { get; init; }
}

public sealed class GetBoardPackValidator : AbstractValidator<GetBoardPack>
{
    public GetBoardPackValidator()
    {
        RuleFor(q => q.ShaCode).NotEmpty().WithMessage("A board pack needs an SHA code, for example Q36.");
        RuleFor(q => q.AsAt).Must((q, asAt) => q.Year.Contains(asAt))
            .WithMessage(q => $"The as-at date {q.AsAt:dd/MM/yyyy} is not in {q.Year.Label}.");
    }
}

public sealed class GetBoardPackHandler(ISender sender, AccessService access, AuditLog audit, UserWorkLimiter limiter, TimeProvider clock, DashboardSettings settings)
    : IQueryHandler<GetBoardPack, BoardPackFile>
{
    public async ValueTask<BoardPackFile> Handle(GetBoardPack query, CancellationToken cancellationToken)
    {
        var user = await access.CurrentAsync(cancellationToken);
        using var running = limiter.Start(user, HeavyWork.BoardPack);
        var content = await GatherAsync(sender, query, user, clock, settings, cancellationToken);
        var pct = content.Pct;

        using var output = new MemoryStream();
        // Drawing is a second or so of CPU work: off the caller's thread, so a Blazor circuit
        // stays free to show "Preparing…" while it happens.
        var pages = await Task.Run(() => BoardPackDocument.Write(content, output), cancellationToken);
        var subject = pct?.Pct.Name ?? content.Savings.Sha.Name;
        var fileName = ExportFileName.For(subject, "board-pack", query.Year.UrlValue, query.AsAt, "pdf");
        await audit.WriteAsync(user, AuditLog.Download, fileName, $"board pack, {pages} pages", cancellationToken);
        return new BoardPackFile(fileName, PdfLanguage.Declare(output.ToArray(), "en-GB"), pages);
    }

    /// <summary>Everything a pack shows, from the pages' own queries as the user who asks: the PDF's and the web page's alike.</summary>
    internal static async Task<BoardPackContent> GatherAsync(
        ISender sender, GetBoardPack query, UserAccess user, TimeProvider clock, DashboardSettings settings, CancellationToken cancellationToken)
    {
        PctDashboard? pct = null;
        if (query.PctCode is { Length: > 0 } pctCode)
        {
            pct = await sender.Send(new GetPctDashboard(pctCode, query.Year, query.AsAt), cancellationToken);
            if (!string.Equals(pct.Region.Code, query.ShaCode, StringComparison.OrdinalIgnoreCase))
                throw new ValidationException([new ValidationFailure(nameof(query.PctCode), $"{pct.Pct.Name} ({pct.Pct.Code}) is not in SHA {query.ShaCode}; it is in {pct.Region.Name} ({pct.Region.Code}).")]);
        }
        var content = new BoardPackContent(
            await sender.Send(new GetRegionUptake(query.ShaCode, query.AsAt), cancellationToken),
            await sender.Send(new GetRegionSavings(query.ShaCode, query.AsAt), cancellationToken),
            await sender.Send(new GetRegionAssessments(query.ShaCode, query.Year), cancellationToken),
            await sender.Send(new GetPilots(), cancellationToken),
            await sender.Send(new GetDataOrigin(), cancellationToken),
            pct, query.Year, query.AsAt, clock.GetUtcNow(), user.DisplayName, settings,
            await sender.Send(new GetBoardSummary(query.ShaCode, query.PctCode, query.Year, query.AsAt), cancellationToken))
        {
            Funnels = await FunnelContent.LoadAsync(sender, query.Year, query.AsAt, cancellationToken),
        };
        return content;
    }
}
