using CoopBot.Core.Evaluation;
using CoopBot.Core.Extraction;
using CoopBot.Testing;
using Xunit.Abstractions;

namespace CoopBot.Core.Tests.Evaluation;

/// <summary>The extractor must keep at least these scores on the development corpus.</summary>
public sealed class CorpusFloorTests(ITestOutputHelper output)
{
    private const double StatementF1Floor = 0.9;
    private const double OutcomeF1Floor = 0.85;

    // Extract and score the corpus once for all the tests of this class.
    private static readonly Lazy<Task<CorpusEvaluation>> Evaluation = new(() =>
        CorpusEvaluator.EvaluateAsync(RepositoryPaths.CorpusArticles, RepositoryPaths.CorpusGold, new ArticleExtractor().Extract));

    private async Task<CorpusEvaluation> EvaluateAsync()
    {
        var evaluation = await Evaluation.Value;
        output.WriteLine(ExtractionReportFormatter.Format(evaluation, verbose: true));
        return evaluation;
    }

    [Fact]
    public async Task Every_corpus_article_is_read_extracted_and_scored()
    {
        var evaluation = await EvaluateAsync();

        Assert.Empty(evaluation.Skipped);
        // A warning here is a gold id that differs from the id the parser derives for the article.
        Assert.Empty(evaluation.Warnings);
        Assert.Equal(Directory.GetFiles(RepositoryPaths.CorpusGold, "*.json").Length, evaluation.Score.Articles.Count);
    }

    [Fact]
    public async Task Statement_F1_at_loose_overlap_is_at_least_the_floor()
    {
        var evaluation = await EvaluateAsync();

        var loose = evaluation.Score.Statements.Loose;
        Assert.True(loose.F1 >= StatementF1Floor,
            $"Statement F1 at overlap {loose.MinOverlap} is {loose.F1:0.000} (P {loose.Precision:0.000}, R {loose.Recall:0.000}), below {StatementF1Floor}.");
    }

    [Fact]
    public async Task Outcome_F1_is_at_least_the_floor()
    {
        var evaluation = await EvaluateAsync();

        var match = evaluation.Score.Outcomes.Match;
        Assert.True(match.F1 >= OutcomeF1Floor,
            $"Outcome F1 is {match.F1:0.000} (P {match.Precision:0.000}, R {match.Recall:0.000}), below {OutcomeF1Floor}.");
    }
}
