using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoopBot.Api.Answering;

/// <summary>
/// Builds the answer index as the host starts, so the first question finds it ready (or nearly) rather than
/// paying for loading every article and building the indexes itself.
/// </summary>
public sealed class AnswerIndexWarmup(AnswerService answers, TimeProvider clock, ILogger<AnswerIndexWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = clock.GetTimestamp();
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
    }
}
