using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ShaOversight.Core.Data;

namespace ShaOversight.Web.Health;

/// <summary>Ready means the database answers a query; an unreachable server makes the instance unready, not broken.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<AppDbContext> contextFactory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            var organisations = await db.Organisations.CountAsync(timeout.Token);
            return organisations > 0
                ? HealthCheckResult.Healthy($"{organisations} organisations")
                : HealthCheckResult.Unhealthy("The database is reachable but holds no organisations: run 'shao seed'.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"The database cannot be reached: {ex.GetType().Name}.");
        }
    }
}
