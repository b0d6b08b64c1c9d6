using CoopBot.Core.Articles;
using CoopBot.Core.Extraction;

namespace CoopBot.Core.Ingestion;

/// <summary>Durable home of articles. Implementations make a new version visible only once it is complete.</summary>
public interface IArticleStore
{
    /// <summary>
    /// Stores the article and what was extracted from it, unless the same content was stored by the same extractor
    /// version; replaces a changed one (text, extraction and indexes) completely.
    /// </summary>
    /// <param name="article">The parsed article.</param>
    /// <param name="extraction">Its statements, speakers and outcomes.</param>
    /// <param name="seedFile">The seed file it came from, so that seed sync can remove it when the file goes; null for articles posted over HTTP.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task<IngestResult> IngestAsync(Article article, ArticleExtraction extraction, string? seedFile = null, CancellationToken cancellationToken = default);

    Task<StoredArticle?> GetAsync(string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ArticleSummary>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Removes the article and everything derived from it; false when there was none.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);
}

/// <summary>What ingesting did to the stored article.</summary>
public enum IngestStatus
{
    Created,
    Updated,
    Unchanged,
}

/// <summary>The outcome of one ingest and the stored article's summary.</summary>
public sealed record IngestResult(IngestStatus Status, ArticleSummary Article);

/// <summary>The metadata of a stored article, as listed by the API.</summary>
public sealed record ArticleSummary(
    string Id,
    string Title,
    DateOnly Date,
    string? Source,
    int ParagraphCount,
    int SentenceCount,
    string ContentHash,
    DateTimeOffset IngestedAt,
    string? SeedFile)
{
    public static ArticleSummary From(Article article, DateTimeOffset ingestedAt, string? seedFile) =>
        new(article.Id, article.Title, article.Date, article.Source, article.Paragraphs.Count, article.SentenceCount,
            article.ContentHash, ingestedAt, seedFile);
}

/// <summary>A stored article with its summary and extraction.</summary>
public sealed record StoredArticle(ArticleSummary Summary, Article Article, ArticleExtraction Extraction);
