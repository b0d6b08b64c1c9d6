using CoopBot.Core.Answering;
using CoopBot.Core.Evaluation;
using CoopBot.Core.Extraction;

namespace CoopBot.Core.Tests.Evaluation;

public class QuestionScorerTests
{
    private static readonly Speaker Vos = new("hendrik-vos", "Hendrik Vos", "regional emergencies director", "WHO", null);

    private static AnswerEngine Engine() => new(new KnowledgeBase(
    [
        new KnowledgeArticle("a", "Health ministers meet", new DateOnly(2025, 5, 14), null, ["Health ministers met."],
            new ArticleExtraction([Vos], [new Statement(Vos.Id, StatementKind.Direct, "Dengue cases doubled", 1, "\"Dengue cases doubled,\" said Hendrik Vos.")], [])),
    ]));

    private static GoldQuestion Question(string q, bool found, params string[] mustContain) => new("a", new DocumentQuestion(q, mustContain, "test", found));

    [Fact]
    public void An_answer_is_correct_when_found_matches_and_every_required_string_is_in_it_ignoring_case()
    {
        var score = QuestionScorer.Score(Engine(), [Question("Who is Hendrik Vos?", true, "REGIONAL EMERGENCIES", "who")]);

        Assert.Equal(1, score.Correct);
        Assert.Equal(1.0, score.Accuracy);
    }

    [Fact]
    public void A_missing_string_or_a_wrong_found_makes_it_wrong_and_says_why()
    {
        var score = QuestionScorer.Score(Engine(),
        [
            Question("Who is Hendrik Vos?", true, "ambassador"),
            Question("Who is Hendrik Vos?", false),
        ]);

        Assert.Equal(0, score.Correct);
        Assert.Equal(["ambassador"], score.Results[0].Missing);
        Assert.True(score.Results[1].Found);
    }

    [Fact]
    public void Unanswerable_questions_count_as_honest_when_not_claimed_found()
    {
        var score = QuestionScorer.Score(Engine(), [Question("Who is Maria Gonzalez?", false), Question("Who is Hendrik Vos?", true)]);

        Assert.Equal(1, score.Unanswerable);
        Assert.Equal(1, score.UnanswerableHonest);
    }

    [Fact]
    public void The_report_gives_the_totals_and_with_verbose_each_wrong_answer()
    {
        var score = QuestionScorer.Score(Engine(), [Question("Who is Hendrik Vos?", true, "ambassador"), Question("Who is Maria Gonzalez?", false)]);

        var brief = ExtractionReportFormatter.Format(score);
        var verbose = ExtractionReportFormatter.Format(score, verbose: true);

        Assert.Equal("Questions: 1/2 correct (50%), unanswerable honest 1/1", brief.Trim());
        Assert.Contains("wrong [test] Who is Hendrik Vos?  (missing \"ambassador\"; intent who_is; a)", verbose);
        Assert.Contains("      **Hendrik Vos** — regional emergencies director", verbose);
    }
}
