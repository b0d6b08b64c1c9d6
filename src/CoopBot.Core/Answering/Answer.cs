namespace CoopBot.Core.Answering;

/// <summary>
/// The engine's reply to one question: light markdown text (<c>**bold**</c>, <c>- </c> bullets, <c>[n]</c> citation
/// marks), whether the articles answered it, the intent understood, the sources cited, follow-up questions to
/// offer, and the conversation state to pass with the next question.
/// </summary>
/// <param name="Text">The answer; every fact in it comes from a cited statement, outcome or article lead.</param>
/// <param name="Found">False when the articles don't answer the question (the text then says so).</param>
/// <param name="Intent">One of <see cref="Intents"/>.</param>
/// <param name="Citations">The sources, in the order of the <c>[n]</c> marks in <see cref="Text"/>.</param>
/// <param name="Suggestions">Two to four questions the data can answer next.</param>
/// <param name="State">The conversation state after this answer.</param>
public sealed record Answer(
    string Text,
    bool Found,
    string Intent,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<string> Suggestions,
    ConversationState State);

/// <summary>One source of an answer: the article and the exact sentence the extracted fact comes from.</summary>
/// <param name="ArticleId">The article id.</param>
/// <param name="Title">The article's title.</param>
/// <param name="Date">The article's date.</param>
/// <param name="Sentence">The evidence sentence(s), verbatim.</param>
public sealed record Citation(string ArticleId, string Title, DateOnly Date, string Sentence);
