using CoopBot.Core.Extraction;

namespace CoopBot.Core.Ingestion;

/// <summary>Reads stored statements, speakers and outcomes by the keys people ask about.</summary>
public interface IExtractionQueries
{
    /// <summary>Every speaker, with the articles they appear in and how many statements they made.</summary>
    Task<IReadOnlyList<SpeakerProfile>> ListSpeakersAsync(CancellationToken cancellationToken = default);

    Task<SpeakerProfile?> GetSpeakerAsync(string speakerId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StoredStatement>> FindStatementsAsync(StatementQuery query, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StoredOutcome>> FindOutcomesAsync(OutcomeQuery query, CancellationToken cancellationToken = default);
}

/// <summary>The article a stored statement or outcome comes from, for citations.</summary>
public sealed record ArticleReference(string Id, string Title, DateOnly Date);

/// <summary>A speaker across all stored articles.</summary>
public sealed record SpeakerProfile(string Id, string Name, string? Role, string? Organisation, string? Country, int StatementCount, IReadOnlyList<ArticleReference> Articles);

/// <summary>A stored statement with its speaker and article.</summary>
public sealed record StoredStatement(ArticleReference Article, Speaker Speaker, StatementKind Kind, string Text, string Evidence, int SentenceIndex);

/// <summary>A stored outcome with its article.</summary>
public sealed record StoredOutcome(ArticleReference Article, string Text, OutcomeStatus Status, IReadOnlyList<string> Parties, string? AnnouncedBy, string Evidence, int SentenceIndex);

/// <summary>Filters for statements; all optional, combined with AND. <see cref="Text"/> matches words of the statement.</summary>
public sealed record StatementQuery(string? SpeakerId = null, string? Country = null, string? ArticleId = null, string? Text = null);

/// <summary>Filters for outcomes; all optional, combined with AND.</summary>
public sealed record OutcomeQuery(OutcomeStatus? Status = null, string? ArticleId = null, bool? Agreed = null);
