using CoopBot.Core.Articles;
using CoopBot.Core.Extraction;

namespace CoopBot.Core.Ingestion;

/// <summary>Ingests an article: extracts who said what and which outcomes were agreed, then stores both together.</summary>
public sealed class ArticleIngestor(IArticleStore store, ArticleExtractor extractor)
{
    public IArticleStore Store => store;

    public Task<IngestResult> IngestAsync(Article article, string? seedFile = null, CancellationToken cancellationToken = default) =>
        store.IngestAsync(article, extractor.Extract(article), seedFile, cancellationToken);
}
