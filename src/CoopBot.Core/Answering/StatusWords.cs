using CoopBot.Core.Answering.Text;
using CoopBot.Core.Extraction;

namespace CoopBot.Core.Answering;

/// <summary>
/// Outcome statuses as sets (bit <c>1 &lt;&lt; (int)status</c>), and the verbs that name them in a sentence
/// ("pledging", "called for", "set up"), so a sentence can be recognised as reporting a pledge or a proposal.
/// </summary>
internal static class StatusWords
{
    public const uint None = 0;

    // Declared before the sets made from it: static fields are initialised in textual order.
    public static readonly uint All = (1u << Enum.GetValues<OutcomeStatus>().Length) - 1;

    public static readonly uint Proposals = Bit(OutcomeStatus.Proposed) | Bit(OutcomeStatus.Planned);

    public static readonly uint Done = All & ~Proposals;

    private static readonly Dictionary<string, OutcomeStatus> VerbForms = BuildVerbForms();

    private static readonly Dictionary<string, OutcomeStatus>.AlternateLookup<ReadOnlySpan<char>> VerbLookup = VerbForms.GetAlternateLookup<ReadOnlySpan<char>>();

    public static uint Bit(OutcomeStatus status) => 1u << (int)status;

    public static bool Contains(uint set, OutcomeStatus status) => (set & Bit(status)) != 0;

    /// <summary>The statuses of a status's family: what was done or decided, or what was only proposed or planned.</summary>
    public static uint Family(OutcomeStatus status) => status.IsAgreed() ? Done : Proposals;

    /// <summary>The statuses whose verbs occur in <paramref name="words"/> ("set up" and "called for" read as two words).</summary>
    public static uint InWords(IReadOnlyList<TextWord> words)
    {
        var set = None;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Text;
            var next = i + 1 < words.Count ? words[i + 1].Text : string.Empty;
            if (word is "agree" or "agreed" or "agrees" && next == "to" && i + 2 < words.Count
                && words[i + 2].Text is "explore" or "study" or "consider" or "examine")
            {
                set |= Bit(OutcomeStatus.Proposed); // agreed to explore: still a proposal
            }
            else if (VerbForms.TryGetValue(word, out var status))
            {
                set |= Bit(status);
            }
            else if (word == "set" && next == "up")
            {
                set |= Bit(OutcomeStatus.Established);
            }
            else if (word is "call" or "called" or "calls" or "calling" && next == "for")
            {
                set |= Bit(OutcomeStatus.Proposed);
            }
        }
        return set;
    }

    /// <summary>The statuses whose verbs occur in a text (see <see cref="InWords"/>), read without allocating a string per word.</summary>
    public static uint InText(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return None;
        }
        var set = None;
        Span<char> buffer = stackalloc char[WordReader.MaxWordLength];
        var reader = new WordReader(TextFolding.FoldToAscii(text), buffer);
        // Three words are remembered: "agreed to explore" and "called for" read across words.
        var before = string.Empty;
        var last = string.Empty;
        while (reader.MoveNext())
        {
            var word = reader.Current;
            if (VerbLookup.TryGetValue(word, out var status))
            {
                set |= Bit(status);
            }
            if (word.SequenceEqual("up") && last == "set")
            {
                set |= Bit(OutcomeStatus.Established);
            }
            if (word.SequenceEqual("for") && last is "call" or "called" or "calls" or "calling")
            {
                set |= Bit(OutcomeStatus.Proposed);
            }
            if (word is "explore" or "study" or "consider" or "examine" && last == "to" && before is "agree" or "agreed" or "agrees")
            {
                set |= Bit(OutcomeStatus.Proposed); // agreed to explore: still a proposal
            }
            before = last;
            last = word.Length <= 8 && IsConnector(word) ? word.ToString() : string.Empty;
        }
        return set;
    }

    /// <summary>
    /// The statuses a reported statement reports as done by the speaker's side: the verb just before what was
    /// reported ("proposed the creation of …", "called for …") or in its first words ("Seoul had pledged …"). A verb
    /// elsewhere in the sentence belongs to another clause or is someone's hope ("Kenya hoped the alliance would set up …").
    /// </summary>
    public static uint OfReport(string text, string evidence)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(evidence);
        var at = text.Length == 0 ? -1 : evidence.IndexOf(text, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return InText(evidence);
        }
        // Read as one short string: what stands just before the report, and its start (built for every reported
        // statement of every article, so no copy of the sentence before it).
        return InText(string.Concat(LastWords(evidence.AsSpan(0, at), 3), " ", FirstWords(text, 4)));
    }

    private static ReadOnlySpan<char> FirstWords(string text, int count)
    {
        var spaces = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ' ' && ++spaces == count)
            {
                return text.AsSpan(0, i);
            }
        }
        return text;
    }

    private static ReadOnlySpan<char> LastWords(ReadOnlySpan<char> text, int count)
    {
        var trimmed = text.TrimEnd();
        var spaces = 0;
        for (var i = trimmed.Length - 1; i >= 0; i--)
        {
            if (trimmed[i] == ' ' && ++spaces == count)
            {
                return trimmed[(i + 1)..];
            }
        }
        return trimmed;
    }

    private static bool IsConnector(ReadOnlySpan<char> word) =>
        word is "set" or "call" or "called" or "calls" or "calling" or "to" or "agree" or "agreed" or "agrees";

    /// <summary>The wire names of a set, for messages ("launched or inaugurated").</summary>
    public static string Describe(uint set)
    {
        if (set == Done)
        {
            return "agreed or done";
        }
        if (set == Proposals)
        {
            return "proposed or planned";
        }
        var names = Enum.GetValues<OutcomeStatus>().Where(s => Contains(set, s)).Select(s => s.ToWire()).ToList();
        return names.Count switch
        {
            0 => "reported",
            1 => names[0],
            _ => string.Join(", ", names.Take(names.Count - 1)) + " or " + names[^1],
        };
    }

    // Forms that are just as often plural nouns ("welcomed the pledges", "the plans") are left out.
    private static Dictionary<string, OutcomeStatus> BuildVerbForms()
    {
        var forms = new Dictionary<string, OutcomeStatus>(StringComparer.Ordinal);
        Add(OutcomeStatus.Agreed, "agree", "agreed", "agrees", "agreeing");
        Add(OutcomeStatus.Launched, "launch", "launched", "launching");
        Add(OutcomeStatus.Inaugurated, "inaugurate", "inaugurated", "inaugurates", "inaugurating");
        Add(OutcomeStatus.Established, "establish", "established", "establishes", "establishing");
        Add(OutcomeStatus.Signed, "sign", "signed", "signing");
        Add(OutcomeStatus.Adopted, "adopt", "adopted", "adopts", "adopting");
        Add(OutcomeStatus.Approved, "approve", "approved", "approves", "approving");
        Add(OutcomeStatus.Endorsed, "endorse", "endorsed", "endorses", "endorsing");
        Add(OutcomeStatus.Pledged, "pledge", "pledged", "pledging");
        Add(OutcomeStatus.Committed, "commit", "committed", "commits", "committing");
        Add(OutcomeStatus.Released, "release", "released", "releasing");
        Add(OutcomeStatus.Unveiled, "unveil", "unveiled", "unveils", "unveiling");
        Add(OutcomeStatus.Proposed, "propose", "proposed", "proposes", "proposing", "suggest", "suggested", "suggests", "suggesting");
        Add(OutcomeStatus.Planned, "plan", "planned", "planning");
        return forms;

        void Add(OutcomeStatus status, params string[] words)
        {
            foreach (var word in words)
            {
                forms[word] = status;
            }
        }
    }
}
