using CoopBot.Core.Articles;

namespace CoopBot.Core.Ingestion;

/// <summary>
/// Keeps the store in step with a seeds folder: new files are added, changed ones replaced, articles whose seed
/// file is gone removed. Articles posted over HTTP (no seed file) are never touched.
/// </summary>
public sealed class SeedSynchronizer(ArticleIngestor ingestor)
{
    /// <summary>File endings read from the seeds folder: the text format, and the JSON form of the API.</summary>
    public static readonly IReadOnlyList<string> SeedExtensions = [".txt", ".json"];

    public async Task<SeedSyncReport> SyncAsync(string seedsPath, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(seedsPath))
        {
            throw new DirectoryNotFoundException($"The seeds folder '{seedsPath}' does not exist; set SeedsPath to a folder of articles.");
        }

        var report = new SeedSyncReport();
        var keptIds = new HashSet<string>(StringComparer.Ordinal);
        var failedFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in EnumerateSeedFiles(seedsPath))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = Path.GetFileName(path);
            var parsed = await ReadArticleFileAsync(path, cancellationToken).ConfigureAwait(false);
            if (parsed.Article is null)
            {
                failedFiles.Add(file);
                report.Failed.Add(new SeedFailure(file, parsed.Detail ?? parsed.Error.ToString()!));
                continue;
            }
            if (!keptIds.Add(parsed.Article.Id))
            {
                report.Failed.Add(new SeedFailure(file, $"Another seed file holds the same article id '{parsed.Article.Id}' (same date and title)."));
                continue;
            }
            var result = await ingestor.IngestAsync(parsed.Article, file, cancellationToken).ConfigureAwait(false);
            report.Add(result.Status, parsed.Article.Id);
        }

        foreach (var stored in await ingestor.Store.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            // A seed file that failed to parse keeps its previous article until it is fixed or deleted.
            if (stored.SeedFile is null || keptIds.Contains(stored.Id) || failedFiles.Contains(stored.SeedFile))
            {
                continue;
            }
            if (await ingestor.Store.DeleteAsync(stored.Id, cancellationToken).ConfigureAwait(false))
            {
                report.Removed.Add(stored.Id);
            }
        }
        return report;
    }

    /// <summary>The article files of a folder (not recursive), in a stable order.</summary>
    public static IEnumerable<string> EnumerateSeedFiles(string folder) =>
        Directory.EnumerateFiles(folder)
            .Where(path => SeedExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);

    /// <summary>Reads one article file, choosing the parser by its ending.</summary>
    public static async Task<ArticleParseResult> ReadArticleFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return string.Equals(Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase)
            ? ArticleParser.ParseJson(bytes)
            : ArticleParser.ParseText(bytes);
    }
}

/// <summary>What one seed sync changed.</summary>
public sealed class SeedSyncReport
{
    public List<string> Added { get; } = [];
    public List<string> Updated { get; } = [];
    public List<string> Unchanged { get; } = [];
    public List<string> Removed { get; } = [];
    public List<SeedFailure> Failed { get; } = [];

    internal void Add(IngestStatus status, string id)
    {
        (status switch
        {
            IngestStatus.Created => Added,
            IngestStatus.Updated => Updated,
            _ => Unchanged,
        }).Add(id);
    }
}

/// <summary>A seed file that could not be read, and why.</summary>
public sealed record SeedFailure(string File, string Error);
