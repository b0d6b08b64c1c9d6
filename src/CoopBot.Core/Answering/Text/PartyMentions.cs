using CoopBot.Core.Extraction.Lexicon;

namespace CoopBot.Core.Answering.Text;

/// <summary>A country or bloc named in a run of words, with the words it covers.</summary>
/// <param name="Party">The canonical name (<c>Cambodia</c>, <c>European Union</c>).</param>
/// <param name="Start">Index of its first word.</param>
/// <param name="Length">Number of words.</param>
internal readonly record struct PartyMention(string Party, int Start, int Length);

/// <summary>
/// Finds countries (by name or demonym) and blocs in words from <see cref="SearchText.Words"/>, longest phrase
/// first. Unlike the extractor's scanner it also reads lower-case words, since people type "what did cambodia
/// say", but a few names that are also everyday words (WHO, US, UN, AU) count only when written in capitals.
/// </summary>
internal sealed class PartyMentions
{
    private const int MaxWords = 5;

    private static readonly HashSet<string> CapitalsOnly = new(StringComparer.Ordinal) { "who", "us", "un", "au" };

    private readonly Dictionary<string, string?>? cache;
    private readonly Dictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> cachedPhrases;

    /// <summary>A finder; with <paramref name="cached"/> it remembers phrase lookups (for building, not thread-safe).</summary>
    public PartyMentions(bool cached = false)
    {
        cache = cached ? new Dictionary<string, string?>(StringComparer.Ordinal) : null;
        cachedPhrases = cache?.GetAlternateLookup<ReadOnlySpan<char>>() ?? default;
    }

    /// <summary>A shared finder without a cache, safe to use from any thread.</summary>
    public static PartyMentions Uncached { get; } = new();

    /// <summary>The parties mentioned in <paramref name="words"/>, in order of appearance, each once.</summary>
    public List<PartyMention> Find(IReadOnlyList<TextWord> words, bool capitalizedOnly = false)
    {
        ArgumentNullException.ThrowIfNull(words);
        var found = new List<PartyMention>();
        for (var i = 0; i < words.Count; i++)
        {
            if (capitalizedOnly && !words[i].Capitalized)
            {
                continue;
            }
            // In edited text a multi-word name is a run of capitalised words (with "of", "the", "and" inside),
            // so there is no point joining longer phrases; that keeps building fast.
            var longest = capitalizedOnly ? CapitalizedRun(words, i) : Math.Min(MaxWords, words.Count - i);
            for (var n = longest; n >= 1; n--)
            {
                if (n == 1 && CapitalsOnly.Contains(words[i].Text) && !words[i].AllCaps)
                {
                    continue;
                }
                var party = n == 1 ? Lookup(words[i].Text) : LookupPhrase(words, i, n);
                if (party is null)
                {
                    continue;
                }
                if (!found.Exists(m => m.Party == party))
                {
                    found.Add(new PartyMention(party, i, n));
                }
                i += n - 1;
                break;
            }
        }
        return found;
    }

    /// <summary>The distinct parties of a text.</summary>
    public List<string> Parties(string? text, bool capitalizedOnly = false) =>
        Find(SearchText.Words(text), capitalizedOnly).Select(m => m.Party).ToList();

    private string? Lookup(string phrase)
    {
        if (cache is null)
        {
            return Countries.Party(phrase);
        }
        if (!cache.TryGetValue(phrase, out var party))
        {
            party = Countries.Party(phrase);
            cache[phrase] = party;
        }
        return party;
    }

    /// <summary>
    /// The party of the phrase of <paramref name="count"/> words from <paramref name="start"/>. With a cache the
    /// phrase is joined in a stack buffer and looked up as a span: a build tries every capitalised run of every
    /// outcome sentence, and almost all of them were seen before.
    /// </summary>
    private string? LookupPhrase(IReadOnlyList<TextWord> words, int start, int count)
    {
        if (cache is null)
        {
            return Lookup(Join(words, start, count));
        }
        Span<char> buffer = stackalloc char[256];
        var length = 0;
        for (var k = 0; k < count; k++)
        {
            var text = words[start + k].Text;
            if (length + text.Length + 1 > buffer.Length)
            {
                return Lookup(Join(words, start, count));
            }
            if (k > 0)
            {
                buffer[length++] = ' ';
            }
            text.CopyTo(buffer[length..]);
            length += text.Length;
        }
        return cachedPhrases.TryGetValue(buffer[..length], out var party) ? party : Lookup(buffer[..length].ToString());
    }

    private static int CapitalizedRun(IReadOnlyList<TextWord> words, int start)
    {
        var n = 1;
        while (n < MaxWords && start + n < words.Count
               && (words[start + n].Capitalized || words[start + n].Text is "of" or "the" or "and"))
        {
            n++;
        }
        return n;
    }

    private static string Join(IReadOnlyList<TextWord> words, int start, int count)
    {
        var parts = new string[count];
        for (var k = 0; k < count; k++)
        {
            parts[k] = words[start + k].Text;
        }
        return string.Join(' ', parts);
    }
}
