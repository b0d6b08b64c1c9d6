using CoopBot.Api.Answering;
using CoopBot.Api.Configuration;
using CoopBot.Api.Seeds;
using Microsoft.Extensions.Options;
using NCrontab;

namespace CoopBot.Server;

/// <summary>
/// The self-host's stand-in for the Functions timer: one sync at start-up (so a fresh run serves the seeds at
/// once), then on the SeedSyncSchedule NCRONTAB schedule in UTC.
/// </summary>
public sealed class SeedSyncScheduler(SeedSyncService sync, AnswerService answers, IOptions<CoopBotOptions> options, TimeProvider clock, ILogger<SeedSyncScheduler> logger)
    : BackgroundService
{
    /// <summary>Longest the start-up sync waits for the answer index to be built first.</summary>
    private static readonly TimeSpan WarmUpWait = TimeSpan.FromSeconds(30);

    private readonly TaskCompletionSource startupSync = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the start-up sync has run (whether or not it succeeded).</summary>
    public Task StartupSync => startupSync.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schedule = CrontabSchedule.Parse(options.Value.SeedSyncSchedule, new CrontabSchedule.ParseOptions { IncludingSeconds = true });
        // The sync reads every article row; done while the answer index loads, both wait on the same storage.
        await Task.WhenAny(answers.WhenWarm, Task.Delay(WarmUpWait, clock, stoppingToken));
        await RunOnceAsync(stoppingToken);
        startupSync.TrySetResult();
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
