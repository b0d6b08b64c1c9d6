using System.Text;
using CoopBot.Core.Extraction.Lexicon;

namespace CoopBot.Core.Extraction;

/// <summary>
/// The people an article names, and how later mentions point back to them: by full or partial name, by
/// pronoun (most recent person of that gender), or by title ("the minister", "the Indonesian official").
/// </summary>
internal sealed class PersonRegistry
{
    private readonly List<Person> people = [];

    public IReadOnlyList<Person> People => people;

    /// <summary>
    /// The country the article's own officials are presumed to belong to (a national agency's, or the host's), which
    /// <see cref="CountryInference"/> gives them once the article is read: "the Vietnamese official" in a VNA report
    /// is the deputy minister whose title names no country.
    /// </summary>
    public HomeContext? Home { get; init; }

    /// <summary>Records a mention of the person at a position (paragraph × 100,000 + offset).</summary>
    public void Touch(Person person, int position)
    {
        if (!person.Mentions.Contains(position))
        {
            person.Mentions.Add(position);
        }
    }

    public static int Position(int paragraphIndex, int offset) => paragraphIndex * 100_000 + offset;

    /// <summary>Finds the person a name refers to: the full name, or any run of its tokens (surname, given name).</summary>
    public Person? FindByName(IReadOnlyList<string> tokens)
    {
        if (tokens.Count == 0)
        {
            return null;
        }
        // "“…,” Lyonpo said": an honorific alone stands for the person last introduced with it.
        // (Static lambdas with the tokens as state: this runs for every mention, and a capturing lambda would allocate.)
        return LastMentioned(tokens, static (person, name) => ContainsRun(person.NameTokens, name))
            ?? (tokens.Count == 1 && Vocabulary.Honorifics.Contains(tokens[0]) ? LastMentioned(tokens[0], static (person, honorific) => person.Honorifics.Contains(honorific)) : null);
    }

    /// <summary>Of the people <paramref name="matches"/> accepts, the one mentioned last; null when none.</summary>
    private Person? LastMentioned<TState>(TState state, Func<Person, TState, bool> matches)
    {
        Person? best = null;
        foreach (var person in people)
        {
            if (matches(person, state) && (best is null || LastMention(person) > LastMention(best)))
            {
                best = person;
            }
        }
        return best;
    }

    /// <summary>Registers a newly named person, or returns the known one with that name.</summary>
    public Person Add(IReadOnlyList<string> tokens)
    {
        var existing = FindByName(tokens);
        if (existing is not null && (existing.NameTokens.Length == tokens.Count || tokens.Count == 1))
        {
            return existing;
        }
        // A longer form of a known name ("Zhou" first, "Zhou Mingyuan" later) is the same person only if it contains it.
        if (existing is not null && ContainsRun(tokens, existing.NameTokens))
        {
            return existing;
        }
        var person = new Person(string.Join(' ', tokens));
        people.Add(person);
        return person;
    }

    /// <summary>The person of that gender mentioned last before <paramref name="position"/>.</summary>
    public Person? ResolvePronoun(char gender, int position)
    {
        Person? best = null;
        var bestAt = -1;
        foreach (var person in people)
        {
            if (person.Gender is { } known && known != gender)
            {
                continue;
            }
            var at = person.LastMentionBefore(position);
            if (at > bestAt)
            {
                best = person;
                bestAt = at;
            }
        }
        if (best is not null)
        {
            best.Gender ??= gender;
        }
        return best;
    }

    /// <summary>
    /// The most recent person whose role has the title noun (or, with <paramref name="organisationHint"/>, whose
    /// organisation or role names that body) and, if given, whose country matches and whose role holds
    /// <paramref name="modifier"/> too ("federal" in "the federal minister").
    /// </summary>
    public Person? ResolveTitle(string titleNoun, string? country, string? organisationHint, int position, string? modifier = null)
    {
        Person? best = null;
        var bestAt = -1;
        foreach (var person in people)
        {
            if (country is not null && person.Country != country && (person.Country is not null || country != Home?.Presumed))
            {
                continue;
            }
            var role = person.Role ?? string.Empty;
            // "the DICT chief": the person of that body, whatever their title is called.
            // "the Cuban head of Public Health": with a country, "head" and "chief" are any office of it.
            var fits = organisationHint is not null
                ? (person.Organisation ?? role).Contains(organisationHint, StringComparison.OrdinalIgnoreCase) || AbbreviatesBody(organisationHint, person.Organisation ?? role)
                : titleNoun is "official" or "officer" or "diplomat" or "representative" or "delegate" or "envoy" or Vocabulary.Counterpart && (person.Role is not null || country is not null)
                || titleNoun is "head" or "chief" && country is not null && person.Country == country && person.Role is not null
                || role.Contains(titleNoun, StringComparison.OrdinalIgnoreCase)
                || person.Rank is { } rank && rank.Contains(titleNoun, StringComparison.OrdinalIgnoreCase)
                || (titleNoun == "envoy" && role.Contains("ambassador", StringComparison.OrdinalIgnoreCase));
            fits &= modifier is null || role.Contains(modifier, StringComparison.OrdinalIgnoreCase);
            var at = person.LastMentionBefore(position);
            if (fits && at > bestAt)
            {
                best = person;
                bestAt = at;
            }
        }
        return best;
    }

    /// <summary>"JRCC" for "head of the Joint Rescue Coordination Centre Northern Norway" (<see cref="Initials.FindRun"/>).</summary>
    private static bool AbbreviatesBody(string acronym, string body) => Initials.FindRun(acronym, body) is not null;

    private static bool ContainsRun(IReadOnlyList<string> haystack, IReadOnlyList<string> needle)
    {
        for (var i = 0; i + needle.Count <= haystack.Count; i++)
        {
            var match = true;
            for (var j = 0; j < needle.Count; j++)
            {
                if (!NameTokenEquals(haystack[i + j], needle[j]))
                {
                    match = false;
                    break;
                }
            }
            if (match)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The length of "al-", "Al-", "el-" or "El-" opening a name word, else 0.</summary>
    private static int ArabicArticleLength(string word) =>
        word.Length > 4 && word[2] == '-' && (word[0] is 'a' or 'A' && word[1] == 'l' || word[0] is 'e' or 'E' && word[1] == 'l') && char.IsUpper(word[3]) ? 3 : 0;

    private static int LastMention(Person person)
    {
        if (person.Mentions.Count == 0)
        {
            return -1;
        }
        var last = person.Mentions[0];
        foreach (var mention in person.Mentions)
        {
            last = Math.Max(last, mention);
        }
        return last;
    }

    // Plain ASCII needs no folding: trimmed and compared ignoring case, it compares as the normalized forms would.
    // "G.Tsogtbaatar", later "Tsogtbaatar": a Mongolian name is written with the father's initial joined to it; "al-Khafaji",
    // later "Khafaji": an Arabic family name's article may be left out.
    private static bool NameTokenEquals(string a, string b) =>
        MentionParser.IsInitialJoinedName(a) && !MentionParser.IsInitialJoinedName(b) ? NameTokenEquals(a[2..], b)
        : ArabicArticleLength(a) is > 0 and var article && ArabicArticleLength(b) == 0 ? NameTokenEquals(a[article..], b)
        : Ascii.IsValid(a) && Ascii.IsValid(b)
            ? a.AsSpan().Trim().Equals(b.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase)
            : string.Equals(Countries.Normalize(a), Countries.Normalize(b), StringComparison.Ordinal);
}
