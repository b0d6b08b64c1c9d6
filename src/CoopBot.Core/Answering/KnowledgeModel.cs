using CoopBot.Core.Articles;
using CoopBot.Core.Extraction;

namespace CoopBot.Core.Answering;

/// <summary>One stored article as the answer engine sees it: metadata, its lead sentences and what was extracted.</summary>
/// <param name="Id">The article id.</param>
/// <param name="Title">The title.</param>
/// <param name="Date">The publication date.</param>
/// <param name="Source">The outlet, when known.</param>
/// <param name="LeadSentences">The first sentences of the article (up to five), for overviews.</param>
/// <param name="Extraction">Speakers, statements and outcomes of the article.</param>
public sealed record KnowledgeArticle(string Id, string Title, DateOnly Date, string? Source, IReadOnlyList<string> LeadSentences, ArticleExtraction Extraction)
{
    /// <summary>How many first sentences are kept for overviews and for matching an event by its lead.</summary>
    public const int LeadSentenceCount = 5;

    /// <summary>The knowledge of a parsed article and its extraction.</summary>
    public static KnowledgeArticle From(Article article, ArticleExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(extraction);
        // The lead is the report's: bylines and stamps above it ("By …", "PUBLISHED : …") say nothing of the event.
        var lead = HeaderLines.Body(article).SelectMany(p => p.Sentences).Take(LeadSentenceCount).Select(s => s.Text).ToList();
        return new KnowledgeArticle(article.Id, article.Title, article.Date, article.Source, lead, extraction);
    }
}

/// <summary>Where the answer engine gets its articles: storage in the hosts, a folder of files in the CLI and tests.</summary>
public interface IKnowledgeSource
{
    /// <summary>The current articles. Implementations may cache; a new article must appear within a bounded time.</summary>
    Task<IReadOnlyList<KnowledgeArticle>> GetArticlesAsync(CancellationToken cancellationToken = default);
}
