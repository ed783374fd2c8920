using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kz.Assembly.Domain.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kz.Assembly.Domain.AspNetCore.Health;

/// <summary>Healthy when the database answers and holds every migration the package ships; unhealthy when it does
/// not answer; degraded when migrations are pending (the app would run on a schema behind its code).</summary>
internal sealed class AssemblyDatabaseHealthCheck(AssemblyDbContext database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await database.Database.CanConnectAsync(cancellationToken).ConfigureAwait(false))
            {
                return HealthCheckResult.Unhealthy("The database does not answer.");
            }

            string[] pending = [.. await database.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)];
            return pending.Length == 0
                ? HealthCheckResult.Healthy("The database answers and holds every migration.")
                : HealthCheckResult.Degraded($"The database lacks {pending.Length} migration(s): {string.Join(", ", pending.Take(3))}.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The reason goes to the logs through the exception, never into the response.
            return HealthCheckResult.Unhealthy("The database does not answer.", exception);
        }
    }
}
