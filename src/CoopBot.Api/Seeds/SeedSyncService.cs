using CoopBot.Api.Configuration;
using CoopBot.Core.Answering;
using CoopBot.Core.Ingestion;
using CoopBot.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopBot.Api.Seeds;

/// <summary>
/// The one seed sync behind the timer of both hosts and POST /api/seeds/sync. After each sync it also brings the
/// packed knowledge snapshot up to date (when the articles changed since it was written), so that instances starting
/// later read a dozen rows instead of every article's record: the timer is the one writer in a scaled-out app.
/// </summary>
public sealed class SeedSyncService(ArticleIngestor ingestor, IKnowledgeSource knowledge, IOptions<CoopBotOptions> options, ILogger<SeedSyncService> logger)
{
    // One sync at a time per process; across instances the store's ETag checks keep concurrent syncs correct.
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<SeedSyncReport> RunAsync(CancellationToken cancellationToken = default)
    {
        var path = options.Value.ResolveSeedsPath();
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var report = await new SeedSynchronizer(ingestor).SyncAsync(path, cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Seed sync of {SeedsPath}: {Added} added, {Updated} updated, {Unchanged} unchanged, {Removed} removed, {Failed} failed",
                path, report.Added.Count, report.Updated.Count, report.Unchanged.Count, report.Removed.Count, report.Failed.Count);
            foreach (var failure in report.Failed)
            {
                logger.LogWarning("Seed file {SeedFile} was not loaded: {Reason}", failure.File, failure.Error);
            }
            await SaveSnapshotAsync(cancellationToken).ConfigureAwait(false);
            return report;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task SaveSnapshotAsync(CancellationToken cancellationToken)
    {
        if (knowledge is not TableKnowledgeSource tables)
        {
            return;
        }
        try
        {
            await tables.SaveSnapshotAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Only start-up speed depends on it; the next sync tries again.
            logger.LogWarning(ex, "Writing the knowledge snapshot failed");
        }
    }

    /// <summary>POST /api/seeds/sync.</summary>
    public async Task<IResult> HandleAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var report = await RunAsync(cancellationToken).ConfigureAwait(false);
            return Results.Ok(new
            {
                added = report.Added,
                updated = report.Updated,
                unchanged = report.Unchanged,
                removed = report.Removed,
                failed = report.Failed.Select(f => new { file = f.File, error = f.Error }),
            });
        }
        catch (DirectoryNotFoundException ex)
        {
            return Http.Problems.Create(StatusCodes.Status409Conflict, "Seeds folder missing", ex.Message);
        }
    }
}
