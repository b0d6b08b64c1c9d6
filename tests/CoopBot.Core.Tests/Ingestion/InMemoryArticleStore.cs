using CoopBot.Core.Articles;
using CoopBot.Core.Extraction;
using CoopBot.Core.Ingestion;

namespace CoopBot.Core.Tests.Ingestion;

/// <summary>A dictionary-backed store with the contract's semantics, for domain tests that need no storage.</summary>
internal sealed class InMemoryArticleStore : IArticleStore
{
    private readonly Dictionary<string, StoredArticle> articles = new(StringComparer.Ordinal);

    public Task<IngestResult> IngestAsync(Article article, ArticleExtraction extraction, string? seedFile = null, CancellationToken cancellationToken = default)
    {
        if (articles.TryGetValue(article.Id, out var existing) && existing.Article.ContentHash == article.ContentHash && (seedFile is null || existing.Summary.SeedFile == seedFile))
        {
            return Task.FromResult(new IngestResult(IngestStatus.Unchanged, existing.Summary));
        }
        var summary = ArticleSummary.From(article, DateTimeOffset.UtcNow, seedFile ?? existing?.Summary.SeedFile);
        articles[article.Id] = new StoredArticle(summary, article, extraction);
        return Task.FromResult(new IngestResult(existing is null ? IngestStatus.Created : IngestStatus.Updated, summary));
    }

    public Task<StoredArticle?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(articles.GetValueOrDefault(id));

    public Task<IReadOnlyList<ArticleSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ArticleSummary>>(articles.Values.Select(a => a.Summary).OrderBy(a => a.Id, StringComparer.Ordinal).ToList());

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(articles.Remove(id));
}
