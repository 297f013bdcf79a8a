using Mediator;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Data;

namespace ShaOversight.Core.Features.Shell;

/// <summary>Whether the figures on screen are demonstration data, and what kind.</summary>
public sealed record GetDataOrigin : IQuery<DataOriginSummary>;

public sealed record DataOriginSummary(bool IsDemonstration, string? Description);

public sealed class GetDataOriginHandler(IDbContextFactory<AppDbContext> contextFactory) : IQueryHandler<GetDataOrigin, DataOriginSummary>
{
    public async ValueTask<DataOriginSummary> Handle(GetDataOrigin query, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var demonstration = await db.DataOrigins.AsNoTracking()
            .Where(o => o.IsDemonstration)
            .OrderByDescending(o => o.Id)
            .Select(o => o.Description)
            .FirstOrDefaultAsync(cancellationToken);
        return new DataOriginSummary(demonstration is not null, demonstration);
    }
}
