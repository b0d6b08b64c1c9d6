using CoopBot.Api.Seeds;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace CoopBot.Functions;

/// <summary>Keeps the tables in step with seeds/: on the SeedSyncSchedule timer, and on demand over HTTP.</summary>
public sealed class SeedSyncFunctions(SeedSyncService sync)
{
    /// <summary>Runs on the app setting's six-field NCRONTAB schedule (UTC). No RunOnStartup: it would fire on every scale-out.</summary>
    [Function("SeedSync")]
    public Task RunAsync([TimerTrigger("%SeedSyncSchedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        sync.RunAsync(cancellationToken);

    [Function("SyncSeeds")]
    public async Task<IActionResult> SyncAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "seeds/sync")] HttpRequest request,
        CancellationToken cancellationToken) =>
        new ResultActionResult(await sync.HandleAsync(cancellationToken));
}
