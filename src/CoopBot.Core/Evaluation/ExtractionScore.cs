namespace CoopBot.Core.Evaluation;

/// <summary>How extracted documents compare with gold ones: micro-averaged totals and a breakdown per article.</summary>
public sealed record ExtractionScore(
    StatementScores Statements,
    SpeakerScores Speakers,
    OutcomeScores Outcomes,
    IReadOnlyList<ArticleScore> Articles);

/// <summary>
/// Matches found among predicted and gold items, a pair needing a text overlap of at least <see cref="MinOverlap"/>.
/// With nothing predicted precision is 1 (no false claims), with nothing in the gold recall is 1 (nothing missed);
/// F1 is 0 when both are 0. None of them is ever NaN.
/// </summary>
public sealed record MatchScore(double MinOverlap, int Matched, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 1 : (double)Matched / Predicted;

    public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    internal MatchScore Plus(MatchScore other) =>
        this with { Matched = Matched + other.Matched, Predicted = Predicted + other.Predicted, Gold = Gold + other.Gold };
}

/// <summary>The share of <see cref="Total"/> items that were right; <see cref="Value"/> is null when there was nothing to judge.</summary>
public sealed record Accuracy(int Correct, int Total)
{
    public static Accuracy None { get; } = new(0, 0);

    public double? Value => Total == 0 ? null : (double)Correct / Total;

    internal Accuracy Plus(Accuracy other) => new(Correct + other.Correct, Total + other.Total);

    internal static Accuracy Of<T>(IEnumerable<T> items, Func<T, bool> isRight)
    {
        var correct = 0;
        var total = 0;
        foreach (var item in items)
        {
            total++;
            correct += isRight(item) ? 1 : 0;
        }
        return new Accuracy(correct, total);
    }
}

/// <summary>
/// Statement matching at a loose and a strict text overlap, and how often the statements matched loosely have
/// the right kind and speaker fields.
/// </summary>
public sealed record StatementScores(MatchScore Loose, MatchScore Strict, Accuracy Kind, Accuracy Role, Accuracy Organisation, Accuracy Country)
{
    internal StatementScores Plus(StatementScores other) => new(
        Loose.Plus(other.Loose), Strict.Plus(other.Strict), Kind.Plus(other.Kind),
        Role.Plus(other.Role), Organisation.Plus(other.Organisation), Country.Plus(other.Country));
}

/// <summary>
/// Per distinct gold speaker: how many have at least one statement matched loosely (<see cref="Found"/>), and
/// for those, whether every matched statement carries the right role, organisation and country, and the speaker's name
/// exactly as the gold gives it (<see cref="Name"/>: statements are matched to a speaker by the name's words, so
/// "Macedonia Kalin Stoyanchev" finds Kalin Stoyanchev's statements; a user reads the name as printed).
/// </summary>
public sealed record SpeakerScores(int Gold, int Found, Accuracy Role, Accuracy Organisation, Accuracy Country, Accuracy Name)
{
    internal SpeakerScores Plus(SpeakerScores other) => new(
        Gold + other.Gold, Found + other.Found, Role.Plus(other.Role), Organisation.Plus(other.Organisation), Country.Plus(other.Country),
        Name.Plus(other.Name));
}

/// <summary>Outcome matching, and over the matched outcomes the exact status and the agreed-versus-proposed split.</summary>
public sealed record OutcomeScores(MatchScore Match, Accuracy Status, Accuracy AgreedOrProposed)
{
    internal OutcomeScores Plus(OutcomeScores other) =>
        new(Match.Plus(other.Match), Status.Plus(other.Status), AgreedOrProposed.Plus(other.AgreedOrProposed));
}

/// <summary>One article's scores and, for debugging the extractor, what it missed, invented or got wrong.</summary>
/// <param name="ArticleId">The gold document's article id.</param>
/// <param name="Title">The gold document's title.</param>
/// <param name="Statements">Statement matching and field accuracy.</param>
/// <param name="Speakers">Speaker-level scores.</param>
/// <param name="Outcomes">Outcome matching and status accuracy.</param>
/// <param name="MissedStatements">Gold statements with no loose match.</param>
/// <param name="FalseStatements">Predicted statements with no loose match.</param>
/// <param name="PartialStatements">Loose matches below the strict overlap: usually a span that is too long or too short.</param>
/// <param name="FieldErrors">Kind, role, organisation or country wrong on a loosely matched statement, once per distinct error.</param>
/// <param name="MissedOutcomes">Gold outcomes with no match.</param>
/// <param name="FalseOutcomes">Predicted outcomes with no match.</param>
/// <param name="StatusErrors">Matched outcomes with a different status.</param>
public sealed record ArticleScore(
    string ArticleId,
    string Title,
    StatementScores Statements,
    SpeakerScores Speakers,
    OutcomeScores Outcomes,
    IReadOnlyList<StatementFinding> MissedStatements,
    IReadOnlyList<StatementFinding> FalseStatements,
    IReadOnlyList<PartialMatch> PartialStatements,
    IReadOnlyList<FieldError> FieldErrors,
    IReadOnlyList<DocumentOutcome> MissedOutcomes,
    IReadOnlyList<DocumentOutcome> FalseOutcomes,
    IReadOnlyList<FieldError> StatusErrors);

/// <summary>A missed or invented statement; <see cref="Hint"/> names the nearest statement on the other side, if any.</summary>
public sealed record StatementFinding(string Speaker, string Kind, string Text, string? Hint);

/// <summary>A gold and a predicted statement that matched loosely but not strictly.</summary>
public sealed record PartialMatch(string Speaker, string GoldText, string PredictedText, double Overlap);

/// <summary>A field that differs between gold and prediction for <see cref="Subject"/> (a speaker or an outcome text).</summary>
public sealed record FieldError(string Subject, string Field, string? Gold, string? Predicted);
