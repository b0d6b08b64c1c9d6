using CoopBot.Api.Configuration;
using CoopBot.Api.Seeds;
using Microsoft.Extensions.Options;
using NCrontab;

namespace CoopBot.Server;

/// <summary>
/// The self-host's stand-in for the Functions timer: one sync at start-up (so a fresh run serves the seeds at
/// once), then on the SeedSyncSchedule NCRONTAB schedule in UTC.
/// </summary>
public sealed class SeedSyncScheduler(SeedSyncService sync, IOptions<CoopBotOptions> options, TimeProvider clock, ILogger<SeedSyncScheduler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schedule = CrontabSchedule.Parse(options.Value.SeedSyncSchedule, new CrontabSchedule.ParseOptions { IncludingSeconds = true });
        await RunOnceAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var next = schedule.GetNextOccurrence(now);
            logger.LogDebug("Next seed sync at {NextSync:o}", next);
            try
            {
                await Task.Delay(next - now, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            await RunOnceAsync(stoppingToken);
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await sync.RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            // A failed sync (storage down, folder missing) must not stop the host; the next tick tries again.
            logger.LogError(ex, "Seed sync failed");
        }
    }
}
