using Azure.Data.Tables;
using CoopBot.Core.Answering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoopBot.Storage;

/// <summary>
/// The answer engine's articles, loaded from the Knowledge table (one compact record per article version, in
/// eight shard partitions read in parallel) and kept in memory. After <c>refreshInterval</c> the next call returns
/// the cached list at once and refreshes in the background: one point read of a change marker tells whether anything
/// was stored or deleted since; only then it compares the current versions in the Articles table with the cache and
/// reads only the records that changed. So every instance of a scaled-out app answers from
/// storage, and a new or changed article is answerable everywhere within about one interval plus one refresh.
/// </summary>
public sealed class TableKnowledgeSource : IKnowledgeSource
{
    private readonly TableArticleStore store;
    private readonly TimeSpan refreshInterval;
    private readonly TimeProvider clock;
    private readonly ILogger logger;
    private readonly SemaphoreSlim gate = new(1, 1);
    private Snapshot? snapshot;
    private Task? backgroundRefresh;

    public TableKnowledgeSource(TableArticleStore store, TimeSpan refreshInterval, TimeProvider? clock = null, ILogger<TableKnowledgeSource>? logger = null)
    {
        this.store = store;
        this.refreshInterval = refreshInterval;
        this.clock = clock ?? TimeProvider.System;
        this.logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    private sealed record Snapshot(IReadOnlyList<KnowledgeArticle> Articles, Dictionary<string, (string Version, KnowledgeArticle Article)> ById, DateTimeOffset LoadedAt, string? Marker);

    public async Task<IReadOnlyList<KnowledgeArticle>> GetArticlesAsync(CancellationToken cancellationToken = default)
    {
        var current = snapshot;
        if (current is null)
        {
            return (await RefreshAsync(cancellationToken).ConfigureAwait(false)).Articles;
        }
        if (clock.GetUtcNow() - current.LoadedAt >= refreshInterval && backgroundRefresh is not { IsCompleted: false })
        {
            backgroundRefresh = Task.Run(async () =>
            {
                try
                {
                    await RefreshAsync(CancellationToken.None).ConfigureAwait(false);
                }
                catch (Exception ex)
                {
                    // Keep answering from the last snapshot; the next call tries again.
                    logger.LogWarning(ex, "Refreshing the answer engine's articles failed");
                }
            }, CancellationToken.None);
        }
        return current.Articles;
    }

    /// <summary>Brings the cache up to date now and waits for it (tests; a host could call it to warm up at start).</summary>
    public async Task<IReadOnlyList<KnowledgeArticle>> RefreshNowAsync(CancellationToken cancellationToken = default) =>
        (await RefreshAsync(cancellationToken).ConfigureAwait(false)).Articles;

    private async Task<Snapshot> RefreshAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var previous = snapshot;
            // One point read tells whether anything changed since the last refresh; only then scan the article rows.
            var marker = await store.ReadChangeMarkerAsync(cancellationToken).ConfigureAwait(false);
            if (previous is not null && marker is not null && marker == previous.Marker)
            {
                var unchangedSnapshot = previous with { LoadedAt = clock.GetUtcNow() };
                snapshot = unchangedSnapshot;
                return unchangedSnapshot;
            }
            var rows = await store.ReadArticleRowsAsync(cancellationToken).ConfigureAwait(false);
            var versions = rows.ToDictionary(r => r.RowKey, r => r.GetString("Version") ?? string.Empty, StringComparer.Ordinal);

            var byId = new Dictionary<string, (string, KnowledgeArticle)>(StringComparer.Ordinal);
            var missing = new List<(string Id, string Version)>();
            foreach (var (id, version) in versions)
            {
                if (previous is not null && previous.ById.TryGetValue(id, out var cached) && cached.Version == version)
                {
                    byId[id] = cached;
                }
                else
                {
                    missing.Add((id, version));
                }
            }

            if (missing.Count > 0)
            {
                foreach (var (id, version, article) in await LoadAsync(missing, previous is null, cancellationToken).ConfigureAwait(false))
                {
                    byId[id] = (version, article);
                }
            }

            var unchanged = previous is not null && missing.Count == 0 && previous.ById.Count == byId.Count;
            var articles = unchanged ? previous!.Articles : byId.Values.Select(v => v.Item2).OrderByDescending(a => a.Date).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
            var next = new Snapshot(articles, byId, clock.GetUtcNow(), marker);
            snapshot = next;
            if (!unchanged)
            {
                logger.LogInformation("Answer engine articles: {ArticleCount} ({ChangedCount} loaded)", articles.Count, missing.Count);
            }
            return next;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<List<(string Id, string Version, KnowledgeArticle Article)>> LoadAsync(List<(string Id, string Version)> wanted, bool everything, CancellationToken cancellationToken)
    {
        var result = new List<(string, string, KnowledgeArticle)>();
        if (everything || wanted.Count > 50)
        {
            // A first load or a large change: scan the shards in parallel and keep the wanted versions.
            var keys = wanted.ToDictionary(w => TableArticleStore.PartsPartition(w.Id, w.Version), w => w, StringComparer.Ordinal);
            var shards = Enumerable.Range(0, TableArticleStore.KnowledgeShards).Select(async shard =>
            {
                var rows = await TableArticleStore.QueryPartitionAsync(store.KnowledgeTable, "k" + shard, cancellationToken).ConfigureAwait(false);
                return rows.Where(r => keys.ContainsKey(r.RowKey)).Select(r => (keys[r.RowKey], r)).ToList();
            });
            foreach (var shardRows in await Task.WhenAll(shards).ConfigureAwait(false))
            {
                foreach (var ((id, version), row) in shardRows)
                {
                    result.Add((id, version, KnowledgeCodec.Decode(LargeText.Read(row, "Data"))));
                }
            }
            return result;
        }

        var reads = wanted.Select(async w =>
        {
            var row = await store.KnowledgeTable.GetEntityIfExistsAsync<TableEntity>(TableArticleStore.KnowledgeShard(w.Id), TableArticleStore.PartsPartition(w.Id, w.Version), cancellationToken: cancellationToken).ConfigureAwait(false);
            return row.HasValue && row.Value is { } entity ? (w.Id, w.Version, KnowledgeCodec.Decode(LargeText.Read(entity, "Data"))) : default;
        });
        foreach (var item in await Task.WhenAll(reads).ConfigureAwait(false))
        {
            if (item.Item3 is not null)
            {
                result.Add(item);
            }
        }
        return result;
    }
}
