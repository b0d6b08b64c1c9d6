using CoopBot.Core.Answering;

namespace CoopBot.Core.Evaluation;

/// <summary>
/// Scores the answer engine on the gold questions: an answer is correct when it is found exactly when the gold
/// says it should be, and contains every <c>answer_must_contain</c> string (ignoring case). A question whose gold
/// says "not found" is answered honestly when the engine does not claim to have found it.
/// </summary>
public static class QuestionScorer
{
    public static QuestionScore Score(AnswerEngine engine, IEnumerable<GoldQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(questions);
        var results = new List<QuestionResult>();
        foreach (var (articleId, question) in questions)
        {
            // Each gold question stands alone: no conversation state carries over from the one before.
            var answer = engine.Answer(question.Q);
            var missing = question.AnswerMustContain.Where(s => !answer.Text.Contains(s, StringComparison.OrdinalIgnoreCase)).ToList();
            var correct = answer.Found == question.Found && missing.Count == 0;
            results.Add(new QuestionResult(articleId, question.Q, question.Type, question.Found, question.AnswerMustContain, answer.Found, answer.Intent, answer.Text, missing, correct));
        }
        return new QuestionScore(results);
    }
}

/// <summary>A gold question with the article whose gold file holds it.</summary>
public sealed record GoldQuestion(string ArticleId, DocumentQuestion Question);

/// <summary>How the engine answered one gold question.</summary>
public sealed record QuestionResult(
    string ArticleId,
    string Question,
    string Type,
    bool ExpectedFound,
    IReadOnlyList<string> MustContain,
    bool Found,
    string Intent,
    string Answer,
    IReadOnlyList<string> Missing,
    bool Correct);

/// <summary>The question-set score: correct answers overall, and honest ones among the unanswerable questions.</summary>
public sealed record QuestionScore(IReadOnlyList<QuestionResult> Results)
{
    public int Total => Results.Count;

    public int Correct => Results.Count(r => r.Correct);

    /// <summary>Correct share; 1 when there are no questions.</summary>
    public double Accuracy => Total == 0 ? 1 : (double)Correct / Total;

    /// <summary>Questions the gold marks as not answerable from the articles.</summary>
    public int Unanswerable => Results.Count(r => !r.ExpectedFound);

    /// <summary>Unanswerable questions the engine did not claim to answer.</summary>
    public int UnanswerableHonest => Results.Count(r => !r.ExpectedFound && !r.Found);
}
