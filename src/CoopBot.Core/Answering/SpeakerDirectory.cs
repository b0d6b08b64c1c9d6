using System.Runtime.CompilerServices;
using CoopBot.Core.Answering.Text;
using CoopBot.Core.Extraction.Lexicon;

namespace CoopBot.Core.Answering;

/// <summary>
/// Finds speakers from the way a person refers to them: by name (full, surname, any name word, with typos), by
/// country or demonym, by organisation or title words ("the NDRC deputy head"), or by a mix of these.
/// </summary>
internal sealed class SpeakerDirectory
{
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "datuk", "dato", "datin", "seri",
        "hajah", "haji", "excellency", "madam", "mister", "honourable", "honorable",
    };

    // Words that say "someone" without saying who: they narrow nothing.
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "official", "officials", "person", "people", "delegate", "delegates", "delegation", "side", "government",
        "authorities", "team", "country", "nation", "speaker", "speakers", "participant", "participants", "counterpart",
        "guy", "man", "woman", "lady", "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "one", "ones",
        "countries", "nations", "governments", "sides", "parties", "members", "states", "donors",
        "the", "a", "an", "of", "and", "or", "for", "from", "at", "in", "on", "to", "by", "with", "s",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "he", "she", "him", "her", "they", "them", "his", "hers", "their" };

    private readonly Dictionary<string, int> indexById;
    private readonly Dictionary<string, int[]> byNameToken;
    private readonly FuzzyTokenIndex fuzzyNames;
    private readonly Dictionary<string, int[]> byParty;
    private readonly Dictionary<string, int[]> byRoleTerm;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public SpeakerDirectory(SpeakerProfile[] profiles, TermCache terms, PartyMentions parties)
    {
        Profiles = profiles;
        NameTokens = new string[profiles.Length][];
        Parties = new string[profiles.Length][];
        indexById = new Dictionary<string, int>(profiles.Length, StringComparer.Ordinal);
        var names = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var partyLists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var roles = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < profiles.Length; i++)
        {
            var profile = profiles[i];
            indexById[profile.Id] = i;
            NameTokens[i] = SearchText.Words(profile.Name, terms).Select(w => w.Text).Distinct(StringComparer.Ordinal).ToArray();
            foreach (var token in NameTokens[i])
            {
                Postings.Add(names, token, i);
            }

            var own = new List<string>(2);
            if (profile.Country is { } country)
            {
                own.Add(Countries.Party(country) ?? country);
            }
            // Staff of blocs and international bodies have no country; the bloc in their title stands for it.
            var roleWords = SearchText.Words(profile.Role, terms);
            roleWords.AddRange(SearchText.Words(profile.Organisation, terms));
            foreach (var mention in parties.Find(roleWords, capitalizedOnly: true))
            {
                if (Countries.Bloc(mention.Party) is not null && !own.Contains(mention.Party))
                {
                    own.Add(mention.Party);
                }
            }
            Parties[i] = [.. own];
            foreach (var party in own)
            {
                Postings.Add(partyLists, party, i);
            }

            foreach (var word in roleWords)
            {
                if (terms.Term(word.Text) is { } term)
                {
                    Postings.Add(roles, term, i);
                }
            }
            foreach (var acronym in Acronyms(profile.Role).Concat(Acronyms(profile.Organisation)))
            {
                if (terms.Term(acronym) is { } term)
                {
                    Postings.Add(roles, term, i);
                }
            }
        }
        byNameToken = Postings.Freeze(names);
        byParty = Postings.Freeze(partyLists);
        byRoleTerm = Postings.Freeze(roles);
        fuzzyNames = FuzzyTokenIndex.Build(byNameToken.Keys);
        ByStatementCount = Enumerable.Range(0, profiles.Length)
            .OrderByDescending(i => profiles[i].StatementCount).ThenBy(i => profiles[i].Name, StringComparer.Ordinal)
            .ToArray();
    }

    public SpeakerProfile[] Profiles { get; }

    /// <summary>The folded, lower-case words of each speaker's name.</summary>
    public string[][] NameTokens { get; }

    /// <summary>The country (and bloc) each speaker stands for.</summary>
    public string[][] Parties { get; }

    /// <summary>Speaker positions, most quoted first.</summary>
    public int[] ByStatementCount { get; }

    public int IndexOf(string id) => indexById.TryGetValue(id, out var index) ? index : -1;

    public IReadOnlyList<int> WithParty(string party) => byParty.TryGetValue(party, out var list) ? list : [];

    public bool IsNameToken(string word) => byNameToken.ContainsKey(word);

    public bool IsRoleTerm(string term) => byRoleTerm.ContainsKey(term);

    public bool HasParty(int speaker, string party) => Array.IndexOf(Parties[speaker], party) >= 0;

    /// <summary>Sorts the words of a question's subject into names, parties, title words and the rest.</summary>
    /// <param name="words">The subject ("Kenya's ambassador to China", "Ms Ong", "the Cambodian official").</param>
    /// <param name="unknownWordsAreNames">
    /// True when the subject must be a person (what did X say, who is X): then an unknown capitalised word, or one
    /// next to a name, is an unknown name. False when it may be a group (what did Lancang-Mekong ministers agree).
    /// </param>
    public Descriptor Describe(IReadOnlyList<TextWord> words, bool unknownWordsAreNames)
    {
        var descriptor = new Descriptor();
        var consumed = new bool[words.Count];
        foreach (var mention in PartyMentions.Uncached.Find(words))
        {
            for (var k = 0; k < mention.Length; k++)
            {
                consumed[mention.Start + k] = true;
            }
            // "Kenya's ambassador to China": the country after "to" describes the post, not whom the speaker represents.
            if (mention.Start > 0 && words[mention.Start - 1].Text == "to" && descriptor.Parties.Count > 0)
            {
                descriptor.RoleTerms.AddRange(SearchText.Terms(mention.Party));
            }
            else if (!descriptor.Parties.Contains(mention.Party))
            {
                descriptor.Parties.Add(mention.Party);
            }
        }

        var kinds = new WordKind[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            if (consumed[i])
            {
                kinds[i] = WordKind.Party;
                continue;
            }
            var word = words[i];
            var text = word.Text;
            if (Pronouns.Contains(text))
            {
                descriptor.Pronoun = true;
                kinds[i] = WordKind.Skip;
                continue;
            }
            // "U Aung Kyaw Min": the Burmese honorific U, only before a name.
            if (Honorifics.Contains(text) || Generic.Contains(text) || (text == "u" && i + 1 < words.Count))
            {
                kinds[i] = WordKind.Skip;
                continue;
            }
            var term = SearchText.Term(text);
            var isRole = term is not null && byRoleTerm.ContainsKey(term);
            if (byNameToken.ContainsKey(text) && (!isRole || word.Capitalized))
            {
                kinds[i] = WordKind.Name;
                descriptor.Names.Add(new NameWord(text, [text]));
                continue;
            }
            if (isRole && unknownWordsAreNames)
            {
                kinds[i] = WordKind.Role;
                descriptor.RoleTerms.Add(term!);
                continue;
            }
            if (unknownWordsAreNames && text.Length >= 5 && fuzzyNames.Find(text) is { Count: > 0 } near)
            {
                kinds[i] = WordKind.Name;
                descriptor.Names.Add(new NameWord(text, near.Select(n => n.Token).ToArray()));
                continue;
            }
            kinds[i] = term is null ? WordKind.Skip : WordKind.Unknown;
        }

        if (unknownWordsAreNames)
        {
            MarkUnknownNames(words, kinds, descriptor);
        }
        for (var i = 0; i < words.Count; i++)
        {
            if (kinds[i] != WordKind.Unknown)
            {
                continue;
            }
            descriptor.OtherWords.Add(words[i]);
            // "the fisheries minister": a title word nobody has must still count, or any minister would do.
            if (unknownWordsAreNames && SearchText.Term(words[i].Text) is { } unmatched)
            {
                descriptor.RoleTerms.Add(unmatched);
            }
        }
        descriptor.NameText = string.Join(' ', words.Where((_, i) => kinds[i] == WordKind.Name).Select(w => w.Text));
        return descriptor;
    }

    /// <summary>
    /// An unknown word is part of a name when it is capitalised, next to a name word, or all the subject has:
    /// "maria gonzalez" must not shrink to the known "maria".
    /// </summary>
    private static void MarkUnknownNames(IReadOnlyList<TextWord> words, WordKind[] kinds, Descriptor descriptor)
    {
        var onlyContent = descriptor.Names.Count == 0 && descriptor.Parties.Count == 0 && descriptor.RoleTerms.Count == 0;
        bool changed;
        do
        {
            changed = false;
            for (var i = 0; i < words.Count; i++)
            {
                if (kinds[i] != WordKind.Unknown)
                {
                    continue;
                }
                var besideName = (i > 0 && kinds[i - 1] == WordKind.Name) || (i + 1 < words.Count && kinds[i + 1] == WordKind.Name);
                if (words[i].Capitalized || besideName || onlyContent)
                {
                    kinds[i] = WordKind.Name;
                    descriptor.Names.Add(new NameWord(words[i].Text, []));
                    changed = true;
                }
            }
        }
        while (changed);
        // Keep the name words in the order they were written, for messages.
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            if (kinds[i] == WordKind.Name)
            {
                order.TryAdd(words[i].Text, i);
            }
        }
        descriptor.Names.Sort((a, b) => order.GetValueOrDefault(a.Word).CompareTo(order.GetValueOrDefault(b.Word)));
    }

    /// <summary>The speakers a descriptor points to; see <see cref="SpeakerResolution"/>.</summary>
    public SpeakerResolution Resolve(Descriptor descriptor)
    {
        if (descriptor.Names.Count > 0)
        {
            return ResolveByName(descriptor);
        }
        if (descriptor.Parties.Count > 0)
        {
            // One party's list as it is; several merged without repeats (a country can have thousands of speakers).
            IReadOnlyList<int> candidates = WithParty(descriptor.Parties[0]);
            if (descriptor.Parties.Count > 1)
            {
                var seen = new HashSet<int>();
                var merged = new List<int>();
                foreach (var party in descriptor.Parties)
                {
                    foreach (var speaker in WithParty(party))
                    {
                        if (seen.Add(speaker))
                        {
                            merged.Add(speaker);
                        }
                    }
                }
                candidates = merged;
            }
            // A title narrows the country's speakers; if no title matches (a garbled one), the country alone decides.
            var (best, _) = BestByRole(candidates, descriptor.RoleTerms, minimum: 1);
            return new SpeakerResolution(best.Count > 0 ? best : candidates, SpeakerMatch.Party);
        }
        if (descriptor.RoleTerms.Count > 0)
        {
            var candidates = CandidatesByRole(descriptor.RoleTerms);
            var minimum = Math.Max(1, descriptor.RoleTerms.Count - descriptor.RoleTerms.Count / 3);
            var (best, score) = BestByRole(candidates, descriptor.RoleTerms, minimum);
            return best.Count > 0
                ? new SpeakerResolution(best, SpeakerMatch.Role)
                : new SpeakerResolution([], SpeakerMatch.Role) { Closest = score > 0 ? BestByRole(candidates, descriptor.RoleTerms, 1).Best.Take(3).ToList() : [] };
        }
        return new SpeakerResolution([], SpeakerMatch.None);
    }

    private SpeakerResolution ResolveByName(Descriptor descriptor)
    {
        var full = FullNameMatches(descriptor.Names);
        if (full.Count == 0)
        {
            return new SpeakerResolution([], SpeakerMatch.Name) { UnknownName = descriptor.NameText, Closest = ClosestNames(descriptor.Names) };
        }

        var scored = full.Select(s => (s.Speaker, Score: Score(s.Speaker, s.NameScore))).ToList();
        var top = scored.Max(s => s.Score);
        var best = scored.Where(s => s.Score == top).Select(s => s.Speaker).OrderByDescending(s => Profiles[s].StatementCount).ToList();
        return new SpeakerResolution(best, SpeakerMatch.Name);

        // A matching country or title settles between namesakes; the name itself weighs most, and written in the
        // speaker's own order it beats the same words in another order ("Aisha Kamau Banda", "Aisha Banda Kamau").
        int Score(int speaker, int nameScore) =>
            nameScore * 4
            + (InNameOrder(speaker, descriptor.Names) ? 3 : 0)
            + (descriptor.Parties.Any(p => HasParty(speaker, p)) ? 2 : 0)
            + descriptor.RoleTerms.Count(t => byRoleTerm.TryGetValue(t, out var list) && Array.BinarySearch(list, speaker) >= 0);
    }

    /// <summary>
    /// The speakers every name word matches (each word scoring 2 for a word of the speaker's name, 1 for one within typo
    /// distance), in the order the first word's lists give them: its own speakers, then those of its near words in
    /// turn, each list ascending. Found from the word with the fewest speakers, each checked against the others in
    /// the speaker's own name words: a common word ("Al", a shared given name) is never walked whole.
    /// </summary>
    private List<(int Speaker, int NameScore)> FullNameMatches(List<NameWord> names)
    {
        if (names.Count == 0)
        {
            return [];
        }
        var rarest = names.MinBy(SpeakersOf);
        var candidates = new HashSet<int>();
        var full = new List<(int Speaker, int NameScore, int FirstList)>();
        foreach (var token in rarest!.Near.Prepend(rarest.Word))
        {
            foreach (var speaker in byNameToken.GetValueOrDefault(token) ?? [])
            {
                if (!candidates.Add(speaker))
                {
                    continue;
                }
                var score = 0;
                for (var i = 0; i < names.Count && score >= 0; i++)
                {
                    var word = NameWordScore(speaker, names[i]);
                    score = word == 0 ? -1 : score + word;
                }
                if (score > 0)
                {
                    full.Add((speaker, score, FirstList(speaker, names[0])));
                }
            }
        }
        // The order counting the words one by one met them in (namesakes tied on everything keep it).
        full.Sort((a, b) => (a.FirstList, a.Speaker).CompareTo((b.FirstList, b.Speaker)));
        return full.ConvertAll(m => (m.Speaker, m.NameScore));

        int SpeakersOf(NameWord name) =>
            name.Near.Prepend(name.Word).Distinct(StringComparer.Ordinal).Sum(t => byNameToken.GetValueOrDefault(t)?.Length ?? 0);
    }

    /// <summary>2 when the word is one of the speaker's name words, 1 when only one of its near words is, else 0.</summary>
    private int NameWordScore(int speaker, NameWord name)
    {
        var tokens = NameTokens[speaker];
        if (Array.IndexOf(tokens, name.Word) >= 0)
        {
            return 2;
        }
        foreach (var token in name.Near)
        {
            if (Array.IndexOf(tokens, token) >= 0)
            {
                return 1;
            }
        }
        return 0;
    }

    /// <summary>Which of a name word's lists (its own, then each near word's) first holds the speaker.</summary>
    private int FirstList(int speaker, NameWord name)
    {
        var tokens = NameTokens[speaker];
        if (Array.IndexOf(tokens, name.Word) >= 0)
        {
            return 0;
        }
        for (var k = 0; k < name.Near.Length; k++)
        {
            if (name.Near[k] != name.Word && Array.IndexOf(tokens, name.Near[k]) >= 0)
            {
                return 1 + k;
            }
        }
        return int.MaxValue;
    }

    /// <summary>
    /// For a name no speaker has in full: the three speakers matching most of its words (then the best-scoring, then
    /// those with the most statements), from every speaker any word matches.
    /// </summary>
    private List<int> ClosestNames(List<NameWord> names)
    {
        var scores = new Dictionary<int, int>();
        var matched = new Dictionary<int, int>();
        foreach (var name in names)
        {
            var seenForWord = new HashSet<int>();
            var exact = byNameToken.TryGetValue(name.Word, out var exactSpeakers) ? exactSpeakers : [];
            foreach (var speaker in exact)
            {
                if (seenForWord.Add(speaker))
                {
                    scores[speaker] = scores.GetValueOrDefault(speaker) + 2;
                    matched[speaker] = matched.GetValueOrDefault(speaker) + 1;
                }
            }
            foreach (var token in name.Near)
            {
                if (token == name.Word || !byNameToken.TryGetValue(token, out var near))
                {
                    continue;
                }
                foreach (var speaker in near)
                {
                    if (seenForWord.Add(speaker))
                    {
                        scores[speaker] = scores.GetValueOrDefault(speaker) + 1;
                        matched[speaker] = matched.GetValueOrDefault(speaker) + 1;
                    }
                }
            }
        }
        return matched.OrderByDescending(m => m.Value).ThenByDescending(m => scores[m.Key])
            .ThenByDescending(m => Profiles[m.Key].StatementCount).Select(m => m.Key).Take(3).ToList();
    }

    /// <summary>Whether the asked name words occur in the speaker's name in the order asked (not necessarily next to each other).</summary>
    private bool InNameOrder(int speaker, IReadOnlyList<NameWord> names)
    {
        var tokens = NameTokens[speaker];
        var at = 0;
        foreach (var name in names)
        {
            while (at < tokens.Length && tokens[at] != name.Word)
            {
                at++;
            }
            if (at == tokens.Length)
            {
                return false;
            }
            at++;
        }
        return true;
    }

    private List<int> CandidatesByRole(IReadOnlyList<string> roleTerms)
    {
        var candidates = new HashSet<int>();
        foreach (var term in roleTerms)
        {
            if (byRoleTerm.TryGetValue(term, out var list))
            {
                candidates.UnionWith(list);
            }
        }
        return [.. candidates];
    }

    private (List<int> Best, int Score) BestByRole(IReadOnlyList<int> candidates, IReadOnlyList<string> roleTerms, int minimum)
    {
        var best = new List<int>();
        var top = 0;
        if (roleTerms.Count == 0)
        {
            return (best, 0);
        }
        // Each title word's speakers, as a bitmap when the candidates are many (a country's thousands): a bit per
        // candidate instead of a binary search in a list of thousands.
        var lists = new List<int[]>();
        var sets = new List<DocumentSet?>();
        foreach (var term in roleTerms.Distinct(StringComparer.Ordinal))
        {
            if (byRoleTerm.TryGetValue(term, out var list))
            {
                lists.Add(list);
                sets.Add(candidates.Count * 4 > list.Length ? DocumentSet.Of(Profiles.Length, list) : null);
            }
        }
        foreach (var speaker in candidates)
        {
            var score = 0;
            for (var i = 0; i < lists.Count; i++)
            {
                if (sets[i]?.Contains(speaker) ?? Array.BinarySearch(lists[i], speaker) >= 0)
                {
                    score++;
                }
            }
            if (score > top)
            {
                top = score;
                best.Clear();
            }
            if (score == top && score > 0)
            {
                best.Add(speaker);
            }
        }
        if (top < minimum)
        {
            best.Clear();
        }
        best.Sort((a, b) => Profiles[b].StatementCount.CompareTo(Profiles[a].StatementCount));
        return (best, top);
    }

    /// <summary>Abbreviations of capitalised names in a title: "National Development and Reform Commission" → ndrc.</summary>
    internal static IEnumerable<string> Acronyms(string? text)
    {
        var words = SearchText.Words(text);
        var letters = new System.Text.StringBuilder();
        for (var i = 0; i <= words.Count; i++)
        {
            var word = i < words.Count ? words[i] : default;
            if (i < words.Count && word.Capitalized && char.IsLetter(word.Text[0]))
            {
                letters.Append(word.Text[0]);
                continue;
            }
            if (i < words.Count && letters.Length > 0 && word.Text is "and" or "of" or "for" or "the")
            {
                continue;
            }
            if (letters.Length >= 2)
            {
                yield return letters.ToString();
            }
            letters.Clear();
        }
    }


    private enum WordKind
    {
        Skip,
        Party,
        Name,
        Role,
        Unknown,
    }
}

/// <summary>A name word of a question and the known name words it may stand for (itself, or spellings within typo distance).</summary>
internal sealed record NameWord(string Word, string[] Near);

/// <summary>What a question's subject says about whom it means.</summary>
internal sealed class Descriptor
{
    public List<NameWord> Names { get; } = [];

    /// <summary>The name words as written, for "the articles don't mention …".</summary>
    public string NameText { get; set; } = string.Empty;

    public List<string> Parties { get; } = [];

    /// <summary>Stemmed title and organisation words ("deputi", "head", "ndrc").</summary>
    public List<string> RoleTerms { get; } = [];

    /// <summary>Words that are none of the above (kept as topic words when the subject may be a group).</summary>
    public List<TextWord> OtherWords { get; } = [];

    /// <summary>The subject was "he", "she" or "they".</summary>
    public bool Pronoun { get; set; }

    public bool IsEmpty => Names.Count == 0 && Parties.Count == 0 && RoleTerms.Count == 0 && !Pronoun;
}

/// <summary>How a set of speakers was found.</summary>
internal enum SpeakerMatch
{
    None,
    Name,
    Party,
    Role,
    Pronoun,
}

/// <summary>
/// The speakers a subject points to, best first; empty when nobody fits. <see cref="UnknownName"/> is set when the
/// subject named someone the articles don't quote, and <see cref="Closest"/> lists look-alikes to offer instead.
/// </summary>
internal sealed record SpeakerResolution(IReadOnlyList<int> Speakers, SpeakerMatch Match)
{
    public string? UnknownName { get; init; }

    public IReadOnlyList<int> Closest { get; init; } = [];

    public bool Found => Speakers.Count > 0;
}
