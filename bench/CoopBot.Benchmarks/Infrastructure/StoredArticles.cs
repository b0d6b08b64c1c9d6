using System.Diagnostics;
using Azure.Data.Tables;
using CoopBot.Benchmarks.Synthetic;
using CoopBot.Core.Ingestion;
using CoopBot.Storage;

namespace CoopBot.Benchmarks.Infrastructure;

/// <summary>
/// Synthetic articles stored in Azurite the honest way, through <see cref="TableArticleStore.IngestAsync"/> (every
/// table: paragraphs, statements, speakers, outcomes, the indexes and the knowledge record), 16 at a time, under a
/// table prefix of their own per size. One Azurite serves the whole run; each size is stored once.
/// </summary>
/// <remarks>
/// Azurite looks up an upserted entity by RowKey first (a LokiJS index) and then scans the matches for the
/// PartitionKey. Most of CoopBot's tables reuse the same row keys in every article's partition ("00000-000",
/// "0000"), so each upsert scans one row per stored article and a long ingest slows down quadratically (measured:
/// 2,000 articles in 76 s, 4,000 in 259 s). Real Table Storage has no such cost. So by default, after every
/// <see cref="Chunk"/> articles the tables that <c>/api/ask</c> never reads (paragraphs, statements, speakers,
/// outcomes and the three indexes) are dropped; Articles and Knowledge, which the ask path reads, keep all articles.
/// <c>--full-ingest</c> keeps everything (expect tens of minutes for 10,000).
/// </remarks>
internal static class StoredArticles
{
    private const int Parallelism = 16;
    private const int Chunk = 1_000;
    private static readonly Dictionary<int, string> Prefixes = [];
    private static readonly string RunId = $"{Environment.ProcessId:x}{Random.Shared.Next(0x1000):x3}";
    private static Azurite? azurite;

    /// <summary>Keep every table whole (slow on Azurite, see the remarks).</summary>
    public static bool FullIngest { get; set; }

    /// <summary>
    /// With a folder (<c>--azurite-data DIR</c>), Azurite keeps its data there and articles stored by an earlier run
    /// are reused instead of stored again: for trying start-up changes without minutes of ingest each time.
    /// </summary>
    public static string? DataFolder { get; set; }

    public static async Task<Azurite> AzuriteAsync() => azurite ??= await Azurite.StartAsync(DataFolder);

    /// <summary>The table prefix under which the first <paramref name="count"/> synthetic articles are stored.</summary>
    public static async Task<string> PrefixAsync(int count, int largest)
    {
        if (Prefixes.TryGetValue(count, out var stored))
        {
            return stored;
        }
        var storage = await AzuriteAsync();
        var prefix = DataFolder is null ? $"bench{RunId}n{count}" : $"benchkeptn{count}";
        var names = new TableNames(prefix);
        var articles = SyntheticCorpus.Get(largest).Take(count);
        var service = new TableServiceClient(storage.ConnectionString);
        if (DataFolder is not null && await CountStoredAsync(service, names) >= count)
        {
            Console.WriteLine($"  Reusing {count:N0} articles stored under prefix {prefix} in {DataFolder}");
            Prefixes[count] = prefix;
            return prefix;
        }

        var azuriteCpu = storage.CpuTime;
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var ownCpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var created = 0;
        var chunkRates = new List<double>();
        for (var start = 0; start < count; start += Chunk)
        {
            var chunk = articles.Skip(start).Take(Chunk).ToList();
            // A new store per chunk: its once-per-process table creation recreates any table dropped below.
            var store = new TableArticleStore(service, names);
            var chunkClock = Stopwatch.StartNew();
            await Parallel.ForEachAsync(chunk, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (article, ct) =>
            {
                var result = await store.IngestAsync(article.Article, article.Extraction, cancellationToken: ct);
                if (result.Status == IngestStatus.Created)
                {
                    Interlocked.Increment(ref created);
                }
            });
            chunkRates.Add(chunk.Count / chunkClock.Elapsed.TotalSeconds);
            if (!FullIngest && start + Chunk < count)
            {
                foreach (var table in new[] { names.ArticleParagraphs, names.ArticleStatements, names.ArticleSpeakers, names.ArticleOutcomes, names.StatementIndex, names.SpeakerIndex, names.OutcomeIndex })
                {
                    await service.DeleteTableAsync(table);
                }
            }
            if (count > Chunk)
            {
                Console.WriteLine($"    … {start + chunk.Count:N0} stored after {clock.Elapsed.TotalSeconds:0} s ({chunkRates[^1]:0} articles/s in this chunk)");
            }
        }
        clock.Stop();
        process.Refresh();
        var seconds = clock.Elapsed.TotalSeconds;
        var azuriteSeconds = (storage.CpuTime - azuriteCpu).TotalSeconds;
        var ownSeconds = (process.TotalProcessorTime - ownCpu).TotalSeconds;
        var pruned = !FullIngest && count > Chunk ? $"; tables /api/ask does not read were dropped every {Chunk:N0} articles" : string.Empty;
        Console.WriteLine($"  Stored {count:N0} articles ({created:N0} created) under prefix {prefix} in {seconds:0.0} s: {count / seconds:0} articles/s "
            + $"with {Parallelism} concurrent IngestAsync calls{pruned}; Azurite CPU {azuriteSeconds:0.0} s ({100 * azuriteSeconds / seconds:0}% of one core, "
            + $"{1e3 * azuriteSeconds / count:0.0} ms per article), benchmark process CPU {ownSeconds:0.0} s ({1e3 * ownSeconds / count:0.0} ms per article)");
        Prefixes[count] = prefix;
        return prefix;
    }

    private static async Task<int> CountStoredAsync(TableServiceClient service, TableNames names)
    {
        var rows = 0;
        try
        {
            await foreach (var _ in service.GetTableClient(names.Articles).QueryAsync<TableEntity>("PartitionKey eq 'article'", select: ["RowKey"]))
            {
                rows++;
            }
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
        }
        return rows;
    }

    public static void StopAzurite()
    {
        azurite?.Dispose();
        azurite = null;
    }
}
