using System.Runtime;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoopBot.Api.Answering;

/// <summary>
/// Builds the answer index as the host starts, so the first question finds it ready (or nearly) rather than
/// paying for loading every article and building the indexes itself.
/// </summary>
public sealed class AnswerIndexWarmup(AnswerService answers, TimeProvider clock, ILogger<AnswerIndexWarmup> logger) : BackgroundService
{
    /// <summary>
    /// Allocations the start-up load and build may make without a garbage collection: about what 10,000 articles
    /// take (decoding the snapshot, then building). Nearly all of it is the index, which lives as long as the
    /// process, so collections during the build would only copy it from generation to generation (measured: the
    /// index ready 0.2-0.5 s sooner at 10,000 articles). Past the budget the runtime simply collects again.
    /// </summary>
    private const long StartupAllocationBudget = 384L * 1024 * 1024;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = clock.GetTimestamp();
        var noCollections = TryStartNoCollections();
        try
        {
            await answers.WarmUpAsync(stoppingToken);
            logger.LogInformation("Answer index ready in {ElapsedMs:0} ms", clock.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            // Storage may be down at start; the first question tries again.
            logger.LogWarning(ex, "Building the answer index at start-up failed");
        }
        finally
        {
            EndNoCollections(noCollections);
        }
    }

    private static void EndNoCollections(bool started)
    {
        // The region ends by itself once the budget is spent (possibly by another thread's allocation just now).
        if (started && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            try
            {
                GC.EndNoGCRegion();
            }
            catch (InvalidOperationException)
            {
            }
        }
    }

    private bool TryStartNoCollections()
    {
        try
        {
            return GC.TryStartNoGCRegion(StartupAllocationBudget);
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // A small heap limit (a memory-capped container) or a region already on: build with collections.
            logger.LogDebug(ex, "Building the answer index with garbage collections");
            return false;
        }
    }
}
