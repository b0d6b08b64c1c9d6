using CoopBot.Core.Extraction;
using CoopBot.Core.Ingestion;

namespace CoopBot.Api.Articles;

/// <summary>The JSON shapes of article responses.</summary>
public static class ArticleResponses
{
    public static object Summary(ArticleSummary article, IngestStatus? status) => new
    {
        id = article.Id,
        title = article.Title,
        date = article.Date,
        source = article.Source,
        paragraphCount = article.ParagraphCount,
        sentenceCount = article.SentenceCount,
        contentHash = article.ContentHash,
        ingestedAt = article.IngestedAt,
        seedFile = article.SeedFile,
        status = status?.ToString().ToLowerInvariant(),
    };

    public static object Detail(StoredArticle stored) => new
    {
        id = stored.Summary.Id,
        title = stored.Summary.Title,
        date = stored.Summary.Date,
        source = stored.Summary.Source,
        paragraphCount = stored.Summary.ParagraphCount,
        sentenceCount = stored.Summary.SentenceCount,
        contentHash = stored.Summary.ContentHash,
        ingestedAt = stored.Summary.IngestedAt,
        seedFile = stored.Summary.SeedFile,
        paragraphs = stored.Article.Paragraphs.Select(p => new
        {
            index = p.Index,
            text = p.Text,
            sentences = p.Sentences.Select(s => new { index = s.Index, text = s.Text }),
        }),
        speakers = stored.Extraction.Speakers.Select(s => new { id = s.Id, name = s.Name, role = s.Role, organisation = s.Organisation, country = s.Country }),
        statements = stored.Extraction.Statements.Select(s => new
        {
            speakerId = s.SpeakerId,
            speaker = stored.Extraction.SpeakerById(s.SpeakerId)?.Name,
            kind = s.Kind.ToString().ToLowerInvariant(),
            text = s.Text,
            sentence = s.Evidence,
        }),
        outcomes = stored.Extraction.Outcomes.Select(o => new
        {
            text = o.Text,
            status = o.Status.ToWire(),
            agreed = o.Status.IsAgreed(),
            parties = o.Parties,
            announcedBy = o.AnnouncedBy,
            sentence = o.Evidence,
        }),
    };
}
