using CoopBot.Core.Evaluation;
using Xunit.Abstractions;

namespace CoopBot.Core.Tests.Answering;

/// <summary>The engine must keep at least these scores on the gold questions, asked of one knowledge base of all corpus articles.</summary>
public sealed class QuestionSetFloorTests(CorpusKnowledgeFixture corpus, ITestOutputHelper output) : IClassFixture<CorpusKnowledgeFixture>
{
    private const double CorrectFloor = 0.9;

    private QuestionScore Score()
    {
        var score = QuestionScorer.Score(corpus.Engine, corpus.Questions);
        output.WriteLine(ExtractionReportFormatter.Format(score, verbose: true));
        return score;
    }

    [Fact]
    public void Every_gold_file_contributes_its_questions()
    {
        Assert.Equal(Directory.GetFiles(Testing.RepositoryPaths.CorpusGold, "*.json").Length, corpus.Questions.Select(q => q.ArticleId).Distinct().Count());
        Assert.True(corpus.Questions.Count >= 100, $"Only {corpus.Questions.Count} gold questions.");
    }

    [Fact]
    public void At_least_ninety_percent_of_the_gold_questions_are_answered_correctly()
    {
        var score = Score();

        Assert.True(score.Accuracy >= CorrectFloor, $"{score.Correct}/{score.Total} correct ({score.Accuracy:P1}), below {CorrectFloor:P0}.");
    }

    [Fact]
    public void Every_unanswerable_gold_question_is_answered_honestly()
    {
        var score = Score();

        Assert.True(score.Unanswerable > 0);
        Assert.Equal(score.Unanswerable, score.UnanswerableHonest);
    }
}
