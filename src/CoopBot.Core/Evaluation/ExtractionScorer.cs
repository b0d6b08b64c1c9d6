using System.Globalization;
using CoopBot.Core.Extraction;

namespace CoopBot.Core.Evaluation;

/// <summary>
/// Scores predicted extraction documents against gold ones. Items are paired one-to-one, greedily, best text
/// overlap first (see <see cref="TextTokens.Overlap"/>); a second prediction for the same gold item is a false positive.
/// </summary>
public static class ExtractionScorer
{
    /// <summary>Overlap at which a statement with the right speaker counts as found.</summary>
    public const double LooseOverlap = 0.3;

    /// <summary>Overlap at which a statement's span counts as right.</summary>
    public const double StrictOverlap = 0.8;

    /// <summary>Overlap at which outcomes match; an outcome whose words all occur in the other matches too.</summary>
    public const double OutcomeOverlap = 0.5;

    // Overlaps are ratios of small integers; this keeps 3/10 from falling just below 0.3.
    private const double Epsilon = 1e-9;

    /// <summary>Scores each gold document against the prediction with the same article id; a missing prediction counts as empty.</summary>
    public static ExtractionScore Score(IEnumerable<ExtractionDocument> predicted, IEnumerable<ExtractionDocument> gold)
    {
        var byId = new Dictionary<string, ExtractionDocument>(StringComparer.Ordinal);
        foreach (var document in predicted)
        {
            byId.TryAdd(document.Article.Id, document);
        }
        return Score(gold.Select(g => (byId.GetValueOrDefault(g.Article.Id) ?? g with { Statements = [], Outcomes = [], Questions = null }, g)));
    }

    /// <summary>Scores already paired documents and adds up the counts over all of them (micro-average).</summary>
    public static ExtractionScore Score(IEnumerable<(ExtractionDocument Predicted, ExtractionDocument Gold)> pairs)
    {
        var articles = pairs.Select(pair => ScoreArticle(pair.Predicted, pair.Gold)).ToList();
        var statements = new StatementScores(
            new MatchScore(LooseOverlap, 0, 0, 0), new MatchScore(StrictOverlap, 0, 0, 0),
            Accuracy.None, Accuracy.None, Accuracy.None, Accuracy.None);
        var speakers = new SpeakerScores(0, 0, Accuracy.None, Accuracy.None, Accuracy.None, Accuracy.None);
        var outcomes = new OutcomeScores(new MatchScore(OutcomeOverlap, 0, 0, 0), Accuracy.None, Accuracy.None);
        foreach (var article in articles)
        {
            statements = statements.Plus(article.Statements);
            speakers = speakers.Plus(article.Speakers);
            outcomes = outcomes.Plus(article.Outcomes);
        }
        return new ExtractionScore(statements, speakers, outcomes, articles);
    }

    /// <summary>Scores one article's prediction against its gold document.</summary>
    public static ArticleScore ScoreArticle(ExtractionDocument predicted, ExtractionDocument gold)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        var (statements, speakers, statementFindings) = ScoreStatements(predicted.Statements, gold.Statements);
        var (outcomes, missedOutcomes, falseOutcomes, statusErrors) = ScoreOutcomes(predicted.Outcomes, gold.Outcomes);
        return new ArticleScore(
            gold.Article.Id, gold.Article.Title, statements, speakers, outcomes,
            statementFindings.Missed, statementFindings.False, statementFindings.Partial, statementFindings.FieldErrors,
            missedOutcomes, falseOutcomes, statusErrors);
    }

    private sealed record StatementFindings(
        List<StatementFinding> Missed, List<StatementFinding> False, List<PartialMatch> Partial, List<FieldError> FieldErrors);

    private static (StatementScores, SpeakerScores, StatementFindings) ScoreStatements(
        IReadOnlyList<DocumentStatement> predicted, IReadOnlyList<DocumentStatement> gold)
    {
        var predictedTokens = predicted.Select(s => TextTokens.Tokenize(s.Text)).ToList();
        var goldTokens = gold.Select(s => TextTokens.Tokenize(s.Text)).ToList();
        var overlaps = new double[gold.Count, predicted.Count];
        var candidates = new List<Pair>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                overlaps[g, p] = TextTokens.Overlap(goldTokens[g], predictedTokens[p]);
                if (SpeakerFieldComparison.SamePerson(gold[g].Speaker, predicted[p].Speaker))
                {
                    candidates.Add(new Pair(g, p, overlaps[g, p], Contained: false));
                }
            }
        }
        var loose = MatchGreedily(candidates.Where(c => c.Overlap + Epsilon >= LooseOverlap));
        var strict = MatchGreedily(candidates.Where(c => c.Overlap + Epsilon >= StrictOverlap));

        var matched = loose.Select(pair => (Gold: gold[pair.Gold], Predicted: predicted[pair.Predicted])).ToList();
        var scores = new StatementScores(
            new MatchScore(LooseOverlap, loose.Count, predicted.Count, gold.Count),
            new MatchScore(StrictOverlap, strict.Count, predicted.Count, gold.Count),
            Accuracy.Of(matched, m => string.Equals(m.Gold.Kind.Trim(), m.Predicted.Kind.Trim(), StringComparison.OrdinalIgnoreCase)),
            Accuracy.Of(matched, m => SpeakerFieldComparison.SameRole(m.Gold.Role, m.Predicted.Role)),
            Accuracy.Of(matched, m => SpeakerFieldComparison.SameRole(m.Gold.Organisation, m.Predicted.Organisation)),
            Accuracy.Of(matched, m => SpeakerFieldComparison.SameCountry(m.Gold.Country, m.Predicted.Country)));

        var bySpeaker = matched.GroupBy(m => SpeakerFieldComparison.NameKey(m.Gold.Speaker)).ToList();
        var speakers = new SpeakerScores(
            gold.Select(s => SpeakerFieldComparison.NameKey(s.Speaker)).Distinct(StringComparer.Ordinal).Count(),
            bySpeaker.Count,
            Accuracy.Of(bySpeaker, group => group.All(m => SpeakerFieldComparison.SameRole(m.Gold.Role, m.Predicted.Role))),
            Accuracy.Of(bySpeaker, group => group.All(m => SpeakerFieldComparison.SameRole(m.Gold.Organisation, m.Predicted.Organisation))),
            Accuracy.Of(bySpeaker, group => group.All(m => SpeakerFieldComparison.SameCountry(m.Gold.Country, m.Predicted.Country))),
            Accuracy.Of(bySpeaker, group => group.All(m => SpeakerFieldComparison.SameName(m.Gold.Speaker, m.Predicted.Speaker))));

        var findings = new StatementFindings([], [], [], []);
        var matchedGold = loose.Select(pair => pair.Gold).ToHashSet();
        var matchedPredicted = loose.Select(pair => pair.Predicted).ToHashSet();
        for (var g = 0; g < gold.Count; g++)
        {
            if (!matchedGold.Contains(g))
            {
                var hint = Hint("closest prediction", gold[g].Speaker, predicted.Select((s, p) => (s.Speaker, overlaps[g, p])));
                findings.Missed.Add(new StatementFinding(gold[g].Speaker, gold[g].Kind, gold[g].Text, hint));
            }
        }
        for (var p = 0; p < predicted.Count; p++)
        {
            if (!matchedPredicted.Contains(p))
            {
                var hint = Hint("closest gold", predicted[p].Speaker, gold.Select((s, g) => (s.Speaker, overlaps[g, p])));
                findings.False.Add(new StatementFinding(predicted[p].Speaker, predicted[p].Kind, predicted[p].Text, hint));
            }
        }
        foreach (var pair in loose.Where(pair => pair.Overlap + Epsilon < StrictOverlap))
        {
            findings.Partial.Add(new PartialMatch(gold[pair.Gold].Speaker, gold[pair.Gold].Text, predicted[pair.Predicted].Text, pair.Overlap));
        }
        foreach (var (g, p) in matched)
        {
            AddIfWrong("name", g.Speaker, p.Speaker, SpeakerFieldComparison.SameName(g.Speaker, p.Speaker));
            AddIfWrong("kind", g.Kind, p.Kind, string.Equals(g.Kind.Trim(), p.Kind.Trim(), StringComparison.OrdinalIgnoreCase));
            AddIfWrong("role", g.Role, p.Role, SpeakerFieldComparison.SameRole(g.Role, p.Role));
            AddIfWrong("organisation", g.Organisation, p.Organisation, SpeakerFieldComparison.SameRole(g.Organisation, p.Organisation));
            AddIfWrong("country", g.Country, p.Country, SpeakerFieldComparison.SameCountry(g.Country, p.Country));

            void AddIfWrong(string field, string? expected, string? actual, bool right)
            {
                var error = new FieldError(g.Speaker, field, expected, actual);
                if (!right && !findings.FieldErrors.Contains(error))
                {
                    findings.FieldErrors.Add(error);
                }
            }
        }
        return (scores, speakers, findings);
    }

    /// <summary>Names the statement on the other side whose text is nearest, so a wrong speaker or a bad span shows at once.</summary>
    private static string? Hint(string label, string ownSpeaker, IEnumerable<(string Speaker, double Overlap)> others)
    {
        var (speaker, overlap) = (string.Empty, 0.0);
        foreach (var other in others)
        {
            if (other.Overlap > overlap)
            {
                (speaker, overlap) = other;
            }
        }
        if (overlap == 0)
        {
            return null;
        }
        var otherSpeaker = SpeakerFieldComparison.SamePerson(speaker, ownSpeaker) ? string.Empty : ", other speaker";
        return string.Create(CultureInfo.InvariantCulture, $"{label}: {speaker}, overlap {overlap:0.00}{otherSpeaker}");
    }

    private static (OutcomeScores, List<DocumentOutcome> Missed, List<DocumentOutcome> False, List<FieldError> StatusErrors) ScoreOutcomes(
        IReadOnlyList<DocumentOutcome> predicted, IReadOnlyList<DocumentOutcome> gold)
    {
        var predictedTokens = predicted.Select(o => TextTokens.Tokenize(o.Text)).ToList();
        var goldTokens = gold.Select(o => TextTokens.Tokenize(o.Text)).ToList();
        var candidates = new List<Pair>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                var overlap = TextTokens.Overlap(goldTokens[g], predictedTokens[p]);
                var contained = TextTokens.ContainsAll(goldTokens[g], predictedTokens[p]) || TextTokens.ContainsAll(predictedTokens[p], goldTokens[g]);
                if (overlap + Epsilon >= OutcomeOverlap || contained)
                {
                    candidates.Add(new Pair(g, p, overlap, contained));
                }
            }
        }
        var matches = MatchGreedily(candidates);
        var matched = matches.Select(pair => (Gold: gold[pair.Gold], Predicted: predicted[pair.Predicted])).ToList();
        var scores = new OutcomeScores(
            new MatchScore(OutcomeOverlap, matches.Count, predicted.Count, gold.Count),
            Accuracy.Of(matched, m => SameStatus(m.Gold.Status, m.Predicted.Status)),
            Accuracy.Of(matched, m => OutcomeStatuses.TryParseWire(m.Gold.Status.Trim(), out var g)
                && OutcomeStatuses.TryParseWire(m.Predicted.Status.Trim(), out var p)
                && g.IsAgreed() == p.IsAgreed()));

        var matchedGold = matches.Select(pair => pair.Gold).ToHashSet();
        var matchedPredicted = matches.Select(pair => pair.Predicted).ToHashSet();
        var missed = gold.Where((_, g) => !matchedGold.Contains(g)).ToList();
        var invented = predicted.Where((_, p) => !matchedPredicted.Contains(p)).ToList();
        var statusErrors = matched
            .Where(m => !SameStatus(m.Gold.Status, m.Predicted.Status))
            .Select(m => new FieldError(m.Gold.Text, "status", m.Gold.Status, m.Predicted.Status))
            .ToList();
        return (scores, missed, invented, statusErrors);
    }

    private static bool SameStatus(string gold, string predicted) =>
        string.Equals(gold.Trim(), predicted.Trim(), StringComparison.OrdinalIgnoreCase);

    private sealed record Pair(int Gold, int Predicted, double Overlap, bool Contained);

    /// <summary>Best overlap first (containment breaks ties, then article order); each item is used at most once.</summary>
    private static List<Pair> MatchGreedily(IEnumerable<Pair> candidates)
    {
        var usedGold = new HashSet<int>();
        var usedPredicted = new HashSet<int>();
        var matches = new List<Pair>();
        foreach (var pair in candidates
            .OrderByDescending(c => c.Overlap)
            .ThenByDescending(c => c.Contained)
            .ThenBy(c => c.Gold)
            .ThenBy(c => c.Predicted))
        {
            if (!usedGold.Contains(pair.Gold) && !usedPredicted.Contains(pair.Predicted))
            {
                usedGold.Add(pair.Gold);
                usedPredicted.Add(pair.Predicted);
                matches.Add(pair);
            }
        }
        return matches.OrderBy(pair => pair.Gold).ToList();
    }
}
