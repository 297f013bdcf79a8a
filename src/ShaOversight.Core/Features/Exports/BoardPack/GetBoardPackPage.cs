using FluentValidation;
using Mediator;
using ShaOversight.Core.Application;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Features.Exports.BoardPack;

/// <summary>
/// The board pack as an accessible web page beside the PDF: the same content, gathered the same
/// way as the same user (so the same refusals), laid out by the same document code.
/// </summary>
public sealed record GetBoardPackPage(GetBoardPack Pack) : IQuery<BoardPackPage>;

public sealed record BoardPackPage(string Title, string Html)
{
    public const string ContentType = "text/html; charset=utf-8";
}

public sealed class GetBoardPackPageValidator : AbstractValidator<GetBoardPackPage>
{
    public GetBoardPackPageValidator()
    {
        RuleFor(q => q.Pack).SetValidator(new GetBoardPackValidator());
    }
}

public sealed class GetBoardPackPageHandler(ISender sender, AccessService access, AuditLog audit, UserWorkLimiter limiter, TimeProvider clock, DashboardSettings settings)
    : IQueryHandler<GetBoardPackPage, BoardPackPage>
{
    public async ValueTask<BoardPackPage> Handle(GetBoardPackPage query, CancellationToken cancellationToken)
    {
        var user = await access.CurrentAsync(cancellationToken);
        using var running = limiter.Start(user, HeavyWork.BoardPack);
        var content = await GetBoardPackHandler.GatherAsync(sender, query.Pack, user, clock, settings, cancellationToken);
        var title = BoardPackDocument.Title(content);
        // The charts are drawn as SVG here: CPU work, off the caller's thread as the PDF's is.
        var html = await Task.Run(() => BoardPackHtml.Write(BoardPackDocument.Outline(content), title,
            content.Origin.IsDemonstration ? "DEMONSTRATION DATA" : null), cancellationToken);
        var pack = query.Pack;
        var name = ExportFileName.For(content.Pct?.Pct.Name ?? content.Savings.Sha.Name, "board-pack", pack.Year.UrlValue, pack.AsAt, "html");
        await audit.WriteAsync(user, AuditLog.Download, name, "board pack web page", cancellationToken);
        return new BoardPackPage(title, html);
    }
}
