using System.Buffers;

namespace CoopBot.Core.Extraction;

/// <summary>Where a <see cref="PhrasePattern"/> matched, with the alternatives that matched.</summary>
/// <param name="Index">Where the match starts.</param>
/// <param name="Length">How long the match is.</param>
/// <param name="Lead">The lead phrase as listed ("was", "will", "launched").</param>
/// <param name="Verb">The verb phrase as listed, or null for a pattern of lead phrases only.</param>
internal readonly record struct PhraseMatch(int Index, int Length, string Lead, string? Verb);

/// <summary>
/// A pattern of listed phrases that a regular expression would write as <c>\b(?:lead|…)\b</c> or, with a verb,
/// <c>\b(?:lead|…)\s+(?:(?:adverb|…)\s+)?(?:verb|…)\b</c>; found as .NET's backtracking engine finds it (leftmost
/// start, then the first alternative in list order that completes the match), but by searching for the lead phrases
/// directly: the outcome patterns run on nearly every sentence, and their generated regexes were costly to run and to
/// compile.
/// </summary>
internal sealed class PhrasePattern
{
    private readonly string[] leads;
    private readonly string[] adverbs;
    private readonly string[]? verbs;
    private readonly SearchValues<string> leadSearch;
    private readonly HashSet<string> verbSet;

    /// <param name="leads">Lead phrases in the order the regex alternation lists them, optional parts expanded greedily ("agreed on", "agreed").</param>
    /// <param name="adverbs">Words that may stand between lead and verb.</param>
    /// <param name="verbs">Verb phrases after the lead, in alternation order; null when the lead phrase is the whole pattern.</param>
    public PhrasePattern(string[] leads, string[]? adverbs = null, string[]? verbs = null)
    {
        this.leads = leads;
        this.adverbs = adverbs ?? [];
        this.verbs = verbs;
        leadSearch = SearchValues.Create(leads.Distinct().ToArray(), StringComparison.Ordinal);
        verbSet = new HashSet<string>(verbs ?? [], StringComparer.Ordinal);
        // Word boundaries are only checked outside the phrases, which is right only if every phrase starts and ends with a letter.
        if (leads.Concat(this.adverbs).Concat(verbs ?? []).Any(p => !char.IsLetter(p[0]) || !char.IsLetter(p[^1])))
        {
            throw new ArgumentException("Phrases must start and end with a letter.");
        }
    }

    /// <summary>Whether <paramref name="verb"/> is one of the verb phrases after the lead.</summary>
    public bool HasVerb(string verb) => verbSet.Contains(verb);

    /// <summary>All non-overlapping matches, left to right, like <c>Regex.Matches</c>.</summary>
    public List<PhraseMatch> Matches(string text)
    {
        var matches = new List<PhraseMatch>();
        var from = 0;
        while (TryMatch(text, from, out var match))
        {
            matches.Add(match);
            from = match.Index + match.Length;
        }
        return matches;
    }

    /// <summary>The leftmost match starting at or after <paramref name="from"/>.</summary>
    public bool TryMatch(string text, int from, out PhraseMatch match)
    {
        while (from < text.Length)
        {
            var found = text.AsSpan(from).IndexOfAny(leadSearch);
            if (found < 0)
            {
                break;
            }
            var start = from + found;
            if ((start == 0 || !RegexChars.IsWordChar(text[start - 1])) && TryMatchAt(text, start, out match))
            {
                return true;
            }
            from = start + 1;
        }
        match = default;
        return false;
    }

    private bool TryMatchAt(string text, int start, out PhraseMatch match)
    {
        foreach (var lead in leads)
        {
            // The first letter alone rules out most leads without a call.
            if (lead[0] != text[start] || !text.AsSpan(start).StartsWith(lead, StringComparison.Ordinal))
            {
                continue;
            }
            var leadEnd = start + lead.Length;
            if (verbs is null)
            {
                if (EndsWord(text, leadEnd))
                {
                    match = new PhraseMatch(start, lead.Length, lead, null);
                    return true;
                }
                continue;
            }
            var afterLead = SkipWhiteSpace(text, leadEnd);
            if (afterLead == leadEnd)
            {
                continue;
            }
            // The optional adverb is tried first (greedy), then the verb right after the lead.
            foreach (var adverb in adverbs)
            {
                if (text.AsSpan(afterLead).StartsWith(adverb, StringComparison.Ordinal))
                {
                    var adverbEnd = afterLead + adverb.Length;
                    var afterAdverb = SkipWhiteSpace(text, adverbEnd);
                    if (afterAdverb > adverbEnd && MatchVerb(text, afterAdverb) is { } verbAfterAdverb)
                    {
                        match = new PhraseMatch(start, afterAdverb + verbAfterAdverb.Length - start, lead, verbAfterAdverb);
                        return true;
                    }
                }
            }
            if (MatchVerb(text, afterLead) is { } verb)
            {
                match = new PhraseMatch(start, afterLead + verb.Length - start, lead, verb);
                return true;
            }
        }
        match = default;
        return false;
    }

    private string? MatchVerb(string text, int at)
    {
        foreach (var verb in verbs!)
        {
            if (text.AsSpan(at).StartsWith(verb, StringComparison.Ordinal) && EndsWord(text, at + verb.Length))
            {
                return verb;
            }
        }
        return null;
    }

    // A phrase ends with a letter, so "\b" after it means the end of the text or a character that is not a word character.
    private static bool EndsWord(string text, int end) => end == text.Length || !RegexChars.IsWordChar(text[end]);

    private static int SkipWhiteSpace(string text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }
        return at;
    }
}
