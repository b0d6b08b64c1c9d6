using CoopBot.Core.Evaluation;

namespace CoopBot.Core.Tests.Evaluation;

public class ExtractionScorerTests
{
    private const string Quote = "AI is no longer a technology of the future and China stands ready to share it";

    private static ExtractionDocument Document(
        IReadOnlyList<DocumentStatement>? statements = null, IReadOnlyList<DocumentOutcome>? outcomes = null, string id = "2025-01-01-talks") =>
        new(new DocumentArticle(id, new DateOnly(2025, 1, 1), "Talks"), statements ?? [], outcomes ?? []);

    private static DocumentStatement Said(string speaker, string text, string? role = null, string? country = null, string kind = "direct", string? organisation = null) =>
        new(speaker, role, organisation, country, kind, text);

    private static DocumentOutcome Outcome(string text, string status = "agreed") => new(text, status, []);

    private static ArticleScore Score(ExtractionDocument predicted, ExtractionDocument gold) => ExtractionScorer.ScoreArticle(predicted, gold);

    [Fact]
    public void Identical_statement_matches_at_both_thresholds()
    {
        var gold = Document([Said("Zhou Mingyuan", Quote)]);

        var score = Score(gold, gold);

        Assert.Equal(1, score.Statements.Loose.Matched);
        Assert.Equal(1, score.Statements.Strict.Matched);
        Assert.Equal(1.0, score.Statements.Strict.F1);
        Assert.Empty(score.MissedStatements);
        Assert.Empty(score.FalseStatements);
    }

    [Fact]
    public void Statement_with_half_the_words_matches_loosely_but_not_strictly()
    {
        var gold = Document([Said("Zhou Mingyuan", "one two three four five six seven eight nine ten")]);
        var predicted = Document([Said("Zhou Mingyuan", "one two three four five")]);

        var score = Score(predicted, gold);

        Assert.Equal(1, score.Statements.Loose.Matched);
        Assert.Equal(0, score.Statements.Strict.Matched);
        var partial = Assert.Single(score.PartialStatements);
        Assert.Equal(0.5, partial.Overlap, precision: 6);
    }

    [Fact]
    public void Overlap_is_measured_against_the_longer_text()
    {
        var gold = Document([Said("Zhou Mingyuan", "one two three four five")]);
        var predicted = Document([Said("Zhou Mingyuan", "one two three four five six seven eight nine ten")]);

        var score = Score(predicted, gold);

        Assert.Equal(1, score.Statements.Loose.Matched);
        Assert.Equal(0, score.Statements.Strict.Matched);
    }

    [Fact]
    public void Statement_at_exactly_the_loose_threshold_matches_and_just_below_does_not()
    {
        var gold = Document([Said("Zhou Mingyuan", "one two three four five six seven eight nine ten")]);

        var atThreshold = Score(Document([Said("Zhou Mingyuan", "one two three")]), gold);
        var below = Score(Document([Said("Zhou Mingyuan", "one two")]), gold);

        Assert.Equal(1, atThreshold.Statements.Loose.Matched);
        Assert.Equal(0, below.Statements.Loose.Matched);
        Assert.Single(below.MissedStatements);
        Assert.Single(below.FalseStatements);
    }

    [Fact]
    public void Overlap_ignores_case_accents_punctuation_and_quote_marks()
    {
        var gold = Document([Said("Zhou Mingyuan", "Côte d’Ivoire’s “AI plan” is, in fact, ready")]);
        var predicted = Document([Said("Zhou Mingyuan", "cote d'ivoire's AI plan is in fact ready.")]);

        var score = Score(predicted, gold);

        Assert.Equal(1, score.Statements.Strict.Matched);
        Assert.Empty(score.PartialStatements);
    }

    [Fact]
    public void Statement_with_wrong_speaker_does_not_match()
    {
        var gold = Document([Said("Zhou Mingyuan", Quote)]);
        var predicted = Document([Said("Vilayphone Sengdara", Quote)]);

        var score = Score(predicted, gold);

        Assert.Equal(0, score.Statements.Loose.Matched);
        Assert.Equal(0.0, score.Statements.Loose.Precision);
        Assert.Equal(0.0, score.Statements.Loose.Recall);
        var invented = Assert.Single(score.FalseStatements);
        Assert.Contains("Zhou Mingyuan", invented.Hint);
        Assert.Contains("other speaker", invented.Hint);
    }

    [Theory]
    [InlineData("Zhou Mingyuan", "Zhou Mingyuan")]
    [InlineData("zhou mingyuan", "Zhou Mingyuan")]
    [InlineData("Zhou", "Zhou Mingyuan")]
    [InlineData("Budi Gunadi Sadikin", "Budi Sadikin")]
    [InlineData("Gunadi Sadikin", "Budi Gunadi Sadikin")]
    [InlineData("Budi Gunadi Sadikin Putra", "Budi Sadikin")]
    [InlineData("María José Peña", "Maria Jose Pena")]
    [InlineData("Carmelita Bautista-Ocampo", "Carmelita Bautista Ocampo")]
    [InlineData("Ma. Theresa Dela Rosa-Abad", "Ma Theresa Dela Rosa-Abad")]
    public void Partial_or_differently_written_names_of_one_speaker_match(string predictedSpeaker, string goldSpeaker)
    {
        var gold = Document([Said(goldSpeaker, Quote)]);
        var predicted = Document([Said(predictedSpeaker, Quote)]);

        var score = Score(predicted, gold);

        Assert.Equal(1, score.Statements.Strict.Matched);
    }

    [Theory]
    [InlineData("Zhou Li", "Zhou Mingyuan")]
    [InlineData("Ana Ruiz", "Luis Ruiz")]
    [InlineData("Mingyuan Zhou Li", "Zhou Mingyuan Wei")]
    [InlineData("", "Budi Sadikin")]
    public void Names_that_each_have_a_word_the_other_lacks_are_different_speakers(string predictedSpeaker, string goldSpeaker)
    {
        var gold = Document([Said(goldSpeaker, Quote)]);
        var predicted = Document([Said(predictedSpeaker, Quote)]);

        var score = Score(predicted, gold);

        Assert.Equal(0, score.Statements.Loose.Matched);
    }

    [Fact]
    public void Two_predictions_for_one_gold_statement_count_one_true_and_one_false_positive()
    {
        var gold = Document([Said("Zhou Mingyuan", Quote)]);
        var predicted = Document([Said("Zhou Mingyuan", Quote), Said("Zhou Mingyuan", Quote + " today")]);

        var score = Score(predicted, gold);

        Assert.Equal(1, score.Statements.Loose.Matched);
        Assert.Equal(2, score.Statements.Loose.Predicted);
        Assert.Equal(0.5, score.Statements.Loose.Precision);
        Assert.Equal(1.0, score.Statements.Loose.Recall);
        Assert.Equal(Quote + " today", Assert.Single(score.FalseStatements).Text);
    }

    [Fact]
    public void Matching_takes_the_best_overlaps_first()
    {
        // P overlaps g1 by 0.5 and g2 by 1.0; Q overlaps only g1, by 0.5. Pairing g1 first with P would leave g2 unmatched.
        var gold = Document([Said("Zhou Mingyuan", "alpha beta gamma delta"), Said("Zhou Mingyuan", "alpha beta epsilon zeta")]);
        var predicted = Document([Said("Zhou Mingyuan", "alpha beta epsilon zeta"), Said("Zhou Mingyuan", "gamma delta omega psi")]);

        var score = Score(predicted, gold);

        Assert.Equal(2, score.Statements.Loose.Matched);
        Assert.Equal(1, score.Statements.Strict.Matched);
        Assert.Equal("alpha beta gamma delta", Assert.Single(score.PartialStatements).GoldText);
    }

    [Fact]
    public void Role_country_and_kind_are_judged_over_loosely_matched_statements_only()
    {
        var gold = Document([
            Said("Zhou Mingyuan", "first statement about the centre", role: "deputy head of the National Development and Reform Commission", country: "China"),
            Said("Vilayphone Sengdara", "second statement about skills", role: "Technology and Communications Minister", country: "Laos"),
            Said("Ananya Chaiprasert", "third statement never found", role: "deputy secretary-general of ASEAN", country: null),
        ]);
        var predicted = Document([
            Said("Zhou Mingyuan", "first statement about the centre", role: "Deputy Head of National Development and Reform Commission", country: "China"),
            Said("Vilayphone Sengdara", "second statement about skills", role: "Foreign Minister", country: "Vietnam", kind: "reported"),
        ]);

        var score = Score(predicted, gold);

        Assert.Equal(new Accuracy(1, 2), score.Statements.Role);
        Assert.Equal(new Accuracy(1, 2), score.Statements.Country);
        Assert.Equal(new Accuracy(1, 2), score.Statements.Kind);
        Assert.Equal(0.5, score.Statements.Role.Value);
        Assert.Contains(new FieldError("Vilayphone Sengdara", "role", "Technology and Communications Minister", "Foreign Minister"), score.FieldErrors);
        Assert.Contains(new FieldError("Vilayphone Sengdara", "country", "Laos", "Vietnam"), score.FieldErrors);
    }

    [Theory]
    [InlineData("deputy head of the Commission", "Deputy Head of Commission", true)]
    [InlineData("Health Minister", "Laos Health Minister", true)]
    [InlineData("the envoy", "envoy", true)]
    [InlineData(null, null, true)]
    [InlineData("Foreign Minister", "Trade Minister", false)]
    [InlineData("minister", null, false)]
    [InlineData(null, "minister", false)]
    public void Roles_compare_loosely(string? goldRole, string? predictedRole, bool right)
    {
        var gold = Document([Said("Zhou Mingyuan", Quote, role: goldRole)]);
        var predicted = Document([Said("Zhou Mingyuan", Quote, role: predictedRole)]);

        var score = Score(predicted, gold);

        Assert.Equal(right ? 1 : 0, score.Statements.Role.Correct);
    }

    [Theory]
    [InlineData("Vietnam", "vietnam", true)]
    [InlineData("Côte d'Ivoire", "Cote d’Ivoire", true)]
    [InlineData(null, null, true)]
    [InlineData("China", null, false)]
    [InlineData(null, "China", false)]
    [InlineData("Türkiye", "Turkey", true)]
    [InlineData("Viet Nam", "Vietnam", true)]
    [InlineData("South Korea", "North Korea", false)]
    [InlineData("Chad", "Niger", false)]
    public void Countries_compare_as_one_country_under_any_name_and_null_matches_only_null(string? goldCountry, string? predictedCountry, bool right)
    {
        var gold = Document([Said("Zhou Mingyuan", Quote, country: goldCountry)]);
        var predicted = Document([Said("Zhou Mingyuan", Quote, country: predictedCountry)]);

        var score = Score(predicted, gold);

        Assert.Equal(right ? 1 : 0, score.Statements.Country.Correct);
    }

    [Fact]
    public void Speaker_level_accuracy_counts_each_gold_speaker_once()
    {
        var gold = Document([
            Said("Zhou Mingyuan", "first statement here", role: "deputy head", country: "China"),
            Said("Zhou Mingyuan", "second statement here", role: "deputy head", country: "China"),
            Said("Vilayphone Sengdara", "third statement here", role: "minister", country: "Laos"),
        ]);
        var predicted = Document([
            Said("Zhou Mingyuan", "first statement here", role: "deputy head", country: "China"),
            Said("Zhou", "second statement here", role: "spokesman", country: "China"),
        ]);

        var score = Score(predicted, gold);

        Assert.Equal(2, score.Speakers.Gold);
        Assert.Equal(1, score.Speakers.Found);
        Assert.Equal(new Accuracy(0, 1), score.Speakers.Role);
        Assert.Equal(new Accuracy(1, 1), score.Speakers.Country);
        Assert.Equal(new Accuracy(1, 2), score.Statements.Role);
    }

    [Fact]
    public void A_speaker_found_under_a_name_with_extra_words_is_matched_but_not_named_as_written()
    {
        var gold = Document([
            Said("Kalin Stoyanchev", "first statement here"),
            Said("Ma. Cristina Lacuesta", "second statement here"),
        ]);
        var predicted = Document([
            Said("Macedonia Kalin Stoyanchev", "first statement here"),
            Said("Ma Cristina Lacuesta", "second statement here"),
        ]);

        var score = Score(predicted, gold);

        Assert.Equal(2, score.Speakers.Found);
        Assert.Equal(new Accuracy(1, 2), score.Speakers.Name);
    }

    [Fact]
    public void Outcome_whose_words_all_occur_in_the_other_matches_below_half_overlap()
    {
        var gold = Document(outcomes: [Outcome("satellite offices in Vientiane and Jakarta", "planned"), Outcome("list of 24 cooperation outcomes", "released")]);
        var predicted = Document(outcomes: [
            Outcome("satellite offices", "planned"),
            Outcome("a list of 24 cooperation outcomes including projects on smart ports digital health and weather", "released"),
        ]);

        var score = Score(predicted, gold);

        Assert.Equal(2, score.Outcomes.Match.Matched);
        Assert.Equal(1.0, score.Outcomes.Match.F1);
    }

    [Fact]
    public void Outcome_with_half_its_words_matches_and_with_fewer_does_not()
    {
        var gold = Document(outcomes: [Outcome("China-ASEAN AI safety dialogue mechanism", "proposed")]);

        var half = Score(Document(outcomes: [Outcome("China-ASEAN AI trade forum", "proposed")]), gold);
        var less = Score(Document(outcomes: [Outcome("ASEAN AI trade forum plan", "proposed")]), gold);

        Assert.Equal(1, half.Outcomes.Match.Matched);
        Assert.Equal(0, less.Outcomes.Match.Matched);
        Assert.Single(less.MissedOutcomes);
        Assert.Single(less.FalseOutcomes);
    }

    [Fact]
    public void Status_accuracy_is_exact_and_agreed_versus_proposed_only_compares_the_two_groups()
    {
        var gold = Document(outcomes: [
            Outcome("memorandum on ammonia", "signed"),
            Outcome("certification scheme", "proposed"),
            Outcome("workforce exchange program", "proposed"),
            Outcome("regional vaccine stockpile", "agreed"),
        ]);
        var predicted = Document(outcomes: [
            Outcome("memorandum on ammonia", "agreed"),
            Outcome("certification scheme", "planned"),
            Outcome("workforce exchange program", "launched"),
            Outcome("regional vaccine stockpile", "Agreed"),
        ]);

        var score = Score(predicted, gold);

        Assert.Equal(new Accuracy(1, 4), score.Outcomes.Status);
        Assert.Equal(new Accuracy(3, 4), score.Outcomes.AgreedOrProposed);
        Assert.Equal(3, score.StatusErrors.Count);
        Assert.Contains(new FieldError("workforce exchange program", "status", "proposed", "launched"), score.StatusErrors);
    }

    [Fact]
    public void No_gold_and_no_predictions_score_one_and_accuracies_are_undefined_not_NaN()
    {
        var score = Score(Document(), Document());

        Assert.Equal(1.0, score.Statements.Loose.Precision);
        Assert.Equal(1.0, score.Statements.Loose.Recall);
        Assert.Equal(1.0, score.Statements.Loose.F1);
        Assert.Equal(1.0, score.Outcomes.Match.F1);
        Assert.Null(score.Statements.Role.Value);
        Assert.Null(score.Outcomes.Status.Value);
    }

    [Fact]
    public void Predictions_without_gold_statements_have_zero_precision_and_full_recall()
    {
        var score = Score(Document([Said("Zhou Mingyuan", Quote)], [Outcome("a fund")]), Document());

        Assert.Equal(0.0, score.Statements.Loose.Precision);
        Assert.Equal(1.0, score.Statements.Loose.Recall);
        Assert.Equal(0.0, score.Statements.Loose.F1);
        Assert.Equal(0.0, score.Outcomes.Match.Precision);
    }

    [Fact]
    public void No_predictions_give_full_precision_zero_recall_and_zero_F1()
    {
        var score = Score(Document(), Document([Said("Zhou Mingyuan", Quote)], [Outcome("a fund")]));

        Assert.Equal(1.0, score.Statements.Loose.Precision);
        Assert.Equal(0.0, score.Statements.Loose.Recall);
        Assert.Equal(0.0, score.Statements.Loose.F1);
        Assert.False(double.IsNaN(score.Outcomes.Match.F1));
        Assert.Equal(0.0, score.Outcomes.Match.F1);
    }

    [Fact]
    public void Totals_add_up_the_counts_of_all_articles()
    {
        var goldA = Document([Said("Zhou Mingyuan", Quote), Said("Zhou Mingyuan", "another thing entirely")], [Outcome("a fund")], id: "a");
        var goldB = Document([Said("Vilayphone Sengdara", Quote)], [Outcome("a centre", "launched")], id: "b");
        var predictedA = Document([Said("Zhou Mingyuan", Quote)], [Outcome("a fund"), Outcome("a plan")], id: "a");

        var score = ExtractionScorer.Score([predictedA], [goldA, goldB]);

        Assert.Equal(["a", "b"], score.Articles.Select(a => a.ArticleId));
        Assert.Equal(new MatchScore(ExtractionScorer.LooseOverlap, 1, 1, 3), score.Statements.Loose);
        Assert.Equal(new MatchScore(ExtractionScorer.OutcomeOverlap, 1, 2, 2), score.Outcomes.Match);
        Assert.Equal(2, score.Speakers.Gold);
        Assert.Equal(0, score.Articles[1].Statements.Loose.Predicted);
    }
}
