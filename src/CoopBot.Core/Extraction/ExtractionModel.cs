namespace CoopBot.Core.Extraction;

/// <summary>Whether a statement quotes the speaker's words or reports them.</summary>
public enum StatementKind
{
    Direct,
    Reported,
}

/// <summary>
/// What an outcome's sentence says was done. Everything but <see cref="Proposed"/> and <see cref="Planned"/>
/// records something done or decided at the event.
/// </summary>
public enum OutcomeStatus
{
    Agreed,
    Launched,
    Inaugurated,
    Established,
    Signed,
    Adopted,
    Approved,
    Endorsed,
    Pledged,
    Committed,
    Released,
    Unveiled,
    Proposed,
    Planned,
}

/// <summary>Helpers on <see cref="OutcomeStatus"/>.</summary>
public static class OutcomeStatuses
{
    /// <summary>True for outcomes that were done or decided, false for proposals and plans.</summary>
    public static bool IsAgreed(this OutcomeStatus status) => status is not (OutcomeStatus.Proposed or OutcomeStatus.Planned);

    /// <summary>The lower-case name used in JSON and storage (<c>agreed</c>, <c>proposed</c>…).</summary>
    public static string ToWire(this OutcomeStatus status) => status.ToString().ToLowerInvariant();

    public static bool TryParseWire(string? text, out OutcomeStatus status) =>
        Enum.TryParse(text, ignoreCase: true, out status) && Enum.IsDefined(status);
}

/// <summary>A named person as an article introduces them.</summary>
/// <param name="Id">Stable across articles: a slug of the folded name, so the same person is one speaker everywhere.</param>
/// <param name="Name">Full name as first introduced, without honorifics.</param>
/// <param name="Role">The title as written (e.g. "deputy head of the National Development and Reform Commission").</param>
/// <param name="Organisation">The organisation named in the role, if any.</param>
/// <param name="Country">The country the person represents, from the role, organisation or a demonym.</param>
public sealed record Speaker(string Id, string Name, string? Role, string? Organisation, string? Country);

/// <summary>A named speaker's words or position, with the sentence(s) that carry it.</summary>
/// <param name="SpeakerId">The <see cref="Speaker.Id"/>.</param>
/// <param name="Kind">Direct quote or reported speech.</param>
/// <param name="Text">The quote or the reported content, without the attribution clause.</param>
/// <param name="SentenceIndex">Index of the first sentence of the statement in the article.</param>
/// <param name="Evidence">The sentence(s) of the article that support it, verbatim.</param>
public sealed record Statement(string SpeakerId, StatementKind Kind, string Text, int SentenceIndex, string Evidence);

/// <summary>Something launched, signed, agreed… or only proposed or planned, at the event an article reports.</summary>
/// <param name="Text">A clean span naming the thing.</param>
/// <param name="Status">What was done.</param>
/// <param name="Parties">Countries, blocs or organisations that are parties, as the article names them.</param>
/// <param name="AnnouncedBy">The speaker id of who announced or proposed it, when the article says so.</param>
/// <param name="SentenceIndex">Index of the sentence in the article.</param>
/// <param name="Evidence">That sentence, verbatim.</param>
public sealed record Outcome(string Text, OutcomeStatus Status, IReadOnlyList<string> Parties, string? AnnouncedBy, int SentenceIndex, string Evidence);

/// <summary>Everything extracted from one article.</summary>
public sealed record ArticleExtraction(
    IReadOnlyList<Speaker> Speakers,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<Outcome> Outcomes)
{
    public static ArticleExtraction Empty { get; } = new([], [], []);

    public Speaker? SpeakerById(string id) => Speakers.FirstOrDefault(s => s.Id == id);
}
