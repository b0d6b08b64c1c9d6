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
/// A starting instance first reads the packed <see cref="KnowledgeSnapshots">snapshot</see> (written by
/// <see cref="SaveSnapshotAsync"/> after each seed sync) and refreshes from it at once, so it can answer before it
/// has read every article's record; until that first refresh ends, answers may miss what changed since the snapshot.
/// </summary>
public sealed class TableKnowledgeSource : IKnowledgeSource
{
    private readonly TableArticleStore store;
    private readonly TimeSpan refreshInterval;
    private readonly TimeProvider clock;
    private readonly ILogger logger;
    private readonly SemaphoreSlim gate = new(1, 1);
    private CachedArticles? cache;
    private Task? backgroundRefresh;

    public TableKnowledgeSource(TableArticleStore store, TimeSpan refreshInterval, TimeProvider? clock = null, ILogger<TableKnowledgeSource>? logger = null)
    {
        this.store = store;
        this.refreshInterval = refreshInterval;
        this.clock = clock ?? TimeProvider.System;
        this.logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>The articles in memory, by id with their versions, and the change marker they were read at.</summary>
    private sealed record CachedArticles(IReadOnlyList<KnowledgeArticle> Articles, Dictionary<string, (string Version, KnowledgeArticle Article)> ById, DateTimeOffset LoadedAt, string? Marker);

    public async Task<IReadOnlyList<KnowledgeArticle>> GetArticlesAsync(CancellationToken cancellationToken = default)
    {
        var current = cache ?? await LoadFirstAsync(cancellationToken).ConfigureAwait(false);
        if (clock.GetUtcNow() - current.LoadedAt >= refreshInterval)
        {
            StartBackgroundRefresh();
        }
        return current.Articles;
    }

    /// <summary>
    /// The first load: the packed snapshot when there is one (a dozen rows instead of every article's), to be
    /// brought up to date by a refresh started at once; otherwise every article's record.
    /// </summary>
    private async Task<CachedArticles> LoadFirstAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (cache is { } loaded)
            {
                return loaded;
            }
            var started = clock.GetTimestamp();
            KnowledgeSnapshot? packed = null;
            try
            {
                packed = await store.Snapshots.ReadAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Damaged, half-deleted or unreadable: only start-up speed depends on it.
                logger.LogWarning(ex, "The knowledge snapshot could not be read; loading every article instead");
            }
            if (packed is not null)
            {
                var byId = new Dictionary<string, (string, KnowledgeArticle)>(packed.Entries.Count, StringComparer.Ordinal);
                foreach (var entry in packed.Entries)
                {
                    byId[entry.Id] = (entry.Version, entry.Article);
                }
                // Stale from the start, so that the next call (and the one started here) checks for later changes.
                var fromPacked = new CachedArticles(Newest(byId), byId, clock.GetUtcNow() - refreshInterval, packed.Marker);
                cache = fromPacked;
                logger.LogInformation("Answer engine articles: {ArticleCount} (from the snapshot, read in {ElapsedMs:0} ms)", fromPacked.Articles.Count, clock.GetElapsedTime(started).TotalMilliseconds);
                StartBackgroundRefresh();
                return fromPacked;
            }
        }
        finally
        {
            gate.Release();
        }
        return await RefreshAsync(cancellationToken).ConfigureAwait(false);
    }

    private void StartBackgroundRefresh()
    {
        if (backgroundRefresh is { IsCompleted: false })
        {
            return;
        }
        backgroundRefresh = Task.Run(async () =>
        {
            try
            {
                await RefreshAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                // Keep answering from the articles in memory; the next call tries again.
                logger.LogWarning(ex, "Refreshing the answer engine's articles failed");
            }
        }, CancellationToken.None);
    }

    /// <summary>
    /// Brings the cache up to date and writes it as the packed snapshot that starting instances read first, unless
    /// the stored snapshot is already of the current data. Returns whether one was written.
    /// </summary>
    public async Task<bool> SaveSnapshotAsync(CancellationToken cancellationToken = default)
    {
        var current = await RefreshAsync(cancellationToken).ConfigureAwait(false);
        if (current.Marker is null)
        {
            return false;
        }
        var entries = current.ById.Select(e => new SnapshotEntry(e.Key, e.Value.Version, e.Value.Article)).ToList();
        var written = await store.Snapshots.WriteAsync(current.Marker, entries, cancellationToken).ConfigureAwait(false);
        if (written)
        {
            logger.LogInformation("Knowledge snapshot written: {ArticleCount} articles", entries.Count);
        }
        return written;
    }

    private static List<KnowledgeArticle> Newest(Dictionary<string, (string Version, KnowledgeArticle Article)> byId) =>
        byId.Values.Select(v => v.Article).OrderByDescending(a => a.Date).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();

    /// <summary>Brings the cache up to date now and waits for it (tests, benchmarks).</summary>
    public async Task<IReadOnlyList<KnowledgeArticle>> RefreshNowAsync(CancellationToken cancellationToken = default) =>
        (await RefreshAsync(cancellationToken).ConfigureAwait(false)).Articles;

    private async Task<CachedArticles> RefreshAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var previous = cache;
            // One point read tells whether anything changed since the last refresh; only then scan the article rows.
            var marker = await store.ReadChangeMarkerAsync(cancellationToken).ConfigureAwait(false);
            if (previous is not null && marker is not null && marker == previous.Marker)
            {
                var unchangedSnapshot = previous with { LoadedAt = clock.GetUtcNow() };
                cache = unchangedSnapshot;
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
            var articles = unchanged ? previous!.Articles : Newest(byId);
            var next = new CachedArticles(articles, byId, clock.GetUtcNow(), marker);
            cache = next;
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
