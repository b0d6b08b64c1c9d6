using CoopBot.Core.Extraction;
using CoopBot.Core.Ingestion;

namespace CoopBot.Core.Answering;

/// <summary>
/// Articles read from a folder of seed files (.txt or .json, as <c>coopbot ingest</c> reads them) and run through
/// the extractor. Files are re-read only when they change (time or size), so asking again is cheap and an edited or
/// new file is seen on the next call; while nothing changed the same list instance is returned, so a caller can
/// keep its knowledge base until the reference changes. Unreadable files are skipped and listed in <see cref="Failures"/>.
/// </summary>
public sealed class FolderKnowledgeSource : IKnowledgeSource
{
    private readonly string folder;
    private readonly Func<Articles.Article, ArticleExtraction> extract;
    private readonly Dictionary<string, (DateTime Written, long Length, KnowledgeArticle? Article, string? Failure)> cache = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim gate = new(1, 1);
    private IReadOnlyList<KnowledgeArticle>? last;

    /// <summary>A source over <paramref name="folder"/>, extracting with <paramref name="extract"/> (the standard <see cref="ArticleExtractor"/> by default).</summary>
    public FolderKnowledgeSource(string folder, Func<Articles.Article, ArticleExtraction>? extract = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        this.folder = folder;
        this.extract = extract ?? new ArticleExtractor().Extract;
    }

    /// <summary>The files of the last read that could not be used, with the reason.</summary>
    public IReadOnlyList<SeedFailure> Failures { get; private set; } = [];

    public async Task<IReadOnlyList<KnowledgeArticle>> GetArticlesAsync(CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The articles folder '{folder}' does not exist.");
        }
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var articles = new List<KnowledgeArticle>();
            var failures = new List<SeedFailure>();
            var present = new HashSet<string>(StringComparer.Ordinal);
            var changed = last is null;
            foreach (var path in SeedSynchronizer.EnumerateSeedFiles(folder))
            {
                cancellationToken.ThrowIfCancellationRequested();
                present.Add(path);
                var info = new FileInfo(path);
                if (!cache.TryGetValue(path, out var entry) || entry.Written != info.LastWriteTimeUtc || entry.Length != info.Length)
                {
                    entry = await ReadAsync(path, info, cancellationToken).ConfigureAwait(false);
                    cache[path] = entry;
                    changed = true;
                }
                if (entry.Article is { } article)
                {
                    articles.Add(article);
                }
                else
                {
                    failures.Add(new SeedFailure(Path.GetFileName(path), entry.Failure ?? "unreadable"));
                }
            }
            foreach (var gone in cache.Keys.Where(path => !present.Contains(path)).ToList())
            {
                cache.Remove(gone);
                changed = true;
            }
            Failures = failures;
            if (changed)
            {
                last = articles;
            }
            return last!;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<(DateTime, long, KnowledgeArticle?, string?)> ReadAsync(string path, FileInfo info, CancellationToken cancellationToken)
    {
        var parsed = await SeedSynchronizer.ReadArticleFileAsync(path, cancellationToken).ConfigureAwait(false);
        if (parsed.Article is not { } article)
        {
            return (info.LastWriteTimeUtc, info.Length, null, parsed.Detail);
        }
        try
        {
            return (info.LastWriteTimeUtc, info.Length, KnowledgeArticle.From(article, extract(article)), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One article the extractor trips on must not take the others down with it.
            return (info.LastWriteTimeUtc, info.Length, null, $"extraction failed: {ex.GetType().Name}: {ex.Message}");
        }
    }
}
