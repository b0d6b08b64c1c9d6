using System.Text.Json.Serialization;
using CoopBot.Core.Articles;
using CoopBot.Core.Extraction;

namespace CoopBot.Core.Evaluation;

/// <summary>
/// One article's extraction in the JSON shape shared by <c>coopbot extract --json</c> and the corpus gold files.
/// <see cref="Questions"/> appear only in gold files and are left out of the JSON when absent.
/// </summary>
public sealed record ExtractionDocument(
    DocumentArticle Article,
    IReadOnlyList<DocumentStatement> Statements,
    IReadOnlyList<DocumentOutcome> Outcomes,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<DocumentQuestion>? Questions = null)
{
    /// <summary>The document for what the extractor found in <paramref name="article"/>; speakers are written out by name.</summary>
    public static ExtractionDocument From(Article article, ArticleExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(extraction);
        var statements = extraction.Statements.Select(statement =>
        {
            // A statement whose speaker is missing from the list still shows who it was attributed to.
            var speaker = extraction.SpeakerById(statement.SpeakerId);
            return new DocumentStatement(
                speaker?.Name ?? statement.SpeakerId,
                speaker?.Role,
                speaker?.Organisation,
                speaker?.Country,
                statement.Kind.ToString().ToLowerInvariant(),
                statement.Text);
        }).ToList();
        var outcomes = extraction.Outcomes.Select(o => new DocumentOutcome(o.Text, o.Status.ToWire(), o.Parties.ToList())).ToList();
        return new ExtractionDocument(new DocumentArticle(article.Id, article.Date, article.Title), statements, outcomes);
    }
}

/// <summary>Which article a document describes.</summary>
public sealed record DocumentArticle(string Id, DateOnly Date, string Title);

/// <summary>A statement with its speaker written out; <see cref="Kind"/> is <c>direct</c> or <c>reported</c>.</summary>
public sealed record DocumentStatement(string Speaker, string? Role, string? Organisation, string? Country, string Kind, string Text);

/// <summary>An outcome; <see cref="Status"/> is the wire name of an <see cref="OutcomeStatus"/> (<c>agreed</c>, <c>proposed</c>…).</summary>
public sealed record DocumentOutcome(string Text, string Status, IReadOnlyList<string> Parties);

/// <summary>A gold question about the article, kept so that gold files round-trip.</summary>
public sealed record DocumentQuestion(
    [property: JsonPropertyName("q")] string Q,
    [property: JsonPropertyName("answer_must_contain")] IReadOnlyList<string> AnswerMustContain,
    string Type,
    bool Found);
