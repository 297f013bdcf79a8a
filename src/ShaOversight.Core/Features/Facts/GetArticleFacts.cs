using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Data;

namespace ShaOversight.Core.Features.Facts;

/// <summary>
/// Figures quoted from the seed articles, with their sources, about some topics. A fact about one
/// body has that body's name as its topic, so its pilot and contract pages can ask for it by name.
/// Open to every role: these are published articles.
/// </summary>
public sealed record GetArticleFacts(IReadOnlyList<string> Topics) : IQuery<ArticleFacts>
{
    /// <summary>What England and the pilots view show: the HSJ survey and the framework itself.</summary>
    public static readonly IReadOnlyList<string> National = ["Survey", "Framework", "Uptake", "Commissioning support"];
}

public sealed record ArticleFacts(IReadOnlyList<ArticleFact> Facts);

/// <summary>One quoted figure. Value is null for a statement the article gives in words only ("nearly half").</summary>
public sealed record ArticleFact(string Topic, string Statement, decimal? Value, string? Unit, string Source);

public sealed class GetArticleFactsValidator : AbstractValidator<GetArticleFacts>
{
    public GetArticleFactsValidator()
    {
        RuleFor(q => q.Topics).NotEmpty().WithMessage("Say which topics' facts to show.");
    }
}

public sealed class GetArticleFactsHandler(IDbContextFactory<AppDbContext> contextFactory) : IQueryHandler<GetArticleFacts, ArticleFacts>
{
    public async ValueTask<ArticleFacts> Handle(GetArticleFacts query, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var topics = query.Topics.ToList();
        var facts = await db.PublishedFacts.AsNoTracking()
            .Where(f => topics.Contains(f.Topic))
            .OrderBy(f => f.Id)
            .Select(f => new ArticleFact(f.Topic, f.Statement, f.Value, f.Unit, f.Source))
            .ToListAsync(cancellationToken);
        // Keep the order the topics were asked in, then the articles' own order.
        return new ArticleFacts(facts.OrderBy(f => topics.IndexOf(f.Topic)).ToList());
    }
}
