using System.Text.RegularExpressions;
using CoopBot.Core.Extraction.Lexicon;

namespace CoopBot.Core.Extraction;

/// <summary>What kind of subject a reporting verb has.</summary>
internal enum MentionKind
{
    None,
    Name,
    Pronoun,
    Title,
    Group,

    /// <summary>"who" after a name: "Vu Hoang Nam, vice-chairman of …, who said …".</summary>
    Relative,
}

/// <summary>A reference to a speaker as written: a name with its titles, a pronoun, or a title alone.</summary>
internal sealed record Mention(MentionKind Kind, IReadOnlyList<string> NameTokens, string? PreTitle, string? Appositive, char Gender, string? TitleNoun, string? TitleCountry, int Start)
{
    public static readonly Mention Nothing = new(MentionKind.None, [], null, null, ' ', null, null, -1);

    /// <summary>
    /// The body or country a name with no title is "of": "Tran Thi Mai Huong of the Vietnam Logistics Business
    /// Association said" (no role, that organisation); for a title alone, the body named in it ("the DICT chief").
    /// </summary>
    public string? Body { get; init; }

    /// <summary>A word in lower case qualifying a title alone ("federal" in "the federal minister"), that the person's role should hold.</summary>
    public string? TitleModifier { get; init; }
}

/// <summary>Finds the speaker mention next to a reporting verb: the subject before it, or the name after it.</summary>
internal static partial class MentionParser
{
    /// <summary>Lower-case words inside a name ("Ursula von der Leyen", "Abdullah bin Zayed"), read as part of the name when a capitalised word follows.</summary>
    internal static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "van", "von", "der", "den", "de", "del", "della", "da", "di", "dos", "das", "du", "la", "le", "bin", "binti", "bint",
        "ibn", "al", "el", "ter", "ten", "y", "e", "zu", "af",
    };

    /// <summary>Titles that are given names too: Sultan Al Jaber, Prince Mensah, Dean Gurruwiwi.</summary>
    private static readonly HashSet<string> GivenNameTitles = new(StringComparer.Ordinal) { "Sultan", "Prince", "Dean" };

    /// <summary>
    /// A title that is also a given name, alone before a name that an appositive then gives a role ("Prince Mensah, a cocoa
    /// farmer", "said Dean X, coordinator of the Arnhem West Rangers"): the given name, since nobody is titled twice.
    /// </summary>
    internal static (IReadOnlyList<string> NameTokens, string? PreTitle) WithGivenNameTitle(IReadOnlyList<string> nameTokens, string? preTitle, string? appositive) =>
        appositive is not null && preTitle is not null && GivenNameTitles.Contains(preTitle) ? ([preTitle, .. nameTokens], null) : (nameTokens, preTitle);

    /// <summary>"COP28 President Sultan Al Jaber": after a title, a title that is also a given name starts the name.</summary>
    internal static bool IsGivenNameAfterTitle(List<Word> words, int i, int from, int to) =>
        i > from && i < to - 1 && GivenNameTitles.Contains(words[i].Text) && Vocabulary.TitleNouns.Contains(words[i - 1].Text);

    /// <summary>"van", "de", "bin", "al": a small word inside a name.</summary>
    internal static bool IsNameParticle(string word) => NameParticles.Contains(word);

    private static readonly HashSet<string> SkippableAdverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "further", "later", "then", "separately", "recently", "once", "again", "has", "had", "have", "earlier",
        "previously", "additionally", "repeatedly", "similarly", "likewise", "publicly", "openly", "firmly", "strongly",
        "clearly", "explicitly", "specifically", "particularly", "notably", "meanwhile", "too", "however", "had",
        "has", "reportedly", "personally", "herself", "himself", "subsequently", "simply", "briefly", "candidly",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SkippableAdverbSpans = SkippableAdverbs.GetAlternateLookup<ReadOnlySpan<char>>();

    [GeneratedRegex(@"\s*,?\s+(?:on|for)\s+(?:his|her|their|its)\s+part\s*,?$")]
    private static partial Regex PartBeforeVerb();

    [GeneratedRegex(@"\sin\s+(?:his|her|their)\s+(?:[\p{L}\-]+\s+){0,3}?(?:address|remarks|speech|statement|message|presentation|intervention)\s*,?\s*$")]
    private static partial Regex OccasionBeforeVerb();

    /// <summary>"professor" for honorifics that say the person is one ("Prof", "Prof.", "Professor"); null for "Dr", "Mr" and the rest.</summary>
    internal static string? RoleOfHonorific(string honorifics) =>
        Tokens.Words(honorifics).Exists(w => w.Text is "Prof" or "Professor" or "prof") ? "professor" : null;

    /// <summary>Whether the word right before <paramref name="start"/> is a preposition ("sits in Naalakkersuisut").</summary>
    private static bool AfterPreposition(string text, int clauseStart, int start)
    {
        var (wordStart, wordEnd) = WordBefore(text, clauseStart, start);
        // "a policy officer at the Cercle de Coopération, the umbrella group of …, welcomed": through the article too.
        if (text.AsSpan(wordStart, wordEnd - wordStart) is "the" && wordStart > clauseStart)
        {
            (wordStart, wordEnd) = WordBefore(text, clauseStart, wordStart);
        }
        // Not "by", "to" or "with": "the delegation was led by X, director of …, who said" names the speaker after them.
        return text.AsSpan(wordStart, wordEnd - wordStart) is "in" or "at" or "of" or "from" or "for" or "on" or "into";
    }

    private static bool EndsWithPreposition(string? title) =>
        title is not null && (title.EndsWith(" of", StringComparison.Ordinal) || title.EndsWith(" for", StringComparison.Ordinal) || title.EndsWith(" at", StringComparison.Ordinal));

    /// <summary>Where the comma opening ", however," stands when the comma at <paramref name="comma"/> closes it, else -1.</summary>
    private static int AdverbBetweenCommas(string text, int clauseStart, int comma)
    {
        var (wordStart, wordEnd) = WordBefore(text, clauseStart, comma);
        var opening = SkipSpaceBack(text, wordStart) - 1;
        return wordStart < wordEnd && opening > clauseStart && text[opening] == ',' && SkippableAdverbSpans.Contains(text.AsSpan(wordStart, wordEnd - wordStart))
            ? opening
            : -1;
    }

    /// <summary>The word of letters that ends, past white space, right before <paramref name="end"/> (empty when none does).</summary>
    private static (int Start, int End) WordBefore(string text, int clauseStart, int end)
    {
        var wordEnd = SkipSpaceBack(text, end);
        var wordStart = wordEnd;
        while (wordStart > clauseStart && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }
        return (wordStart, wordEnd);
    }

    /// <summary>The subject that ends right before <paramref name="verbStart"/> in <paramref name="text"/>.</summary>
    public static Mention SubjectBefore(string text, int clauseStart, int verbStart)
    {
        var end = verbStart;
        // Skip adverbs and auxiliaries between subject and verb ("he also said", "Zhou has repeatedly stressed").
        while (true)
        {
            var trimmed = SkipSpaceBack(text, end);
            var wordStart = trimmed;
            while (wordStart > clauseStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '-'))
            {
                wordStart--;
            }
            if (wordStart < trimmed && SkippableAdverbSpans.Contains(text.AsSpan(wordStart, trimmed - wordStart)))
            {
                end = wordStart;
                continue;
            }
            // "He, however, said": an adverb set off by commas.
            if (trimmed - 1 > clauseStart && text[trimmed - 1] == ',' && AdverbBetweenCommas(text, clauseStart, trimmed - 1) is var openingComma and >= 0)
            {
                end = openingComma;
                continue;
            }
            end = trimmed;
            break;
        }
        // "Ambassador Khaled on his part said", "X, for her part, said": the turn in the exchange, between the name and the verb.
        var partFrom = Math.Max(clauseStart, end - 22);
        if (text.AsSpan(partFrom, end - partFrom).EndsWith(" part", StringComparison.Ordinal) || text.AsSpan(partFrom, end - partFrom).EndsWith(" part,", StringComparison.Ordinal))
        {
            if (PartBeforeVerb().Match(text, partFrom, end - partFrom) is { Success: true } part)
            {
                end = part.Index;
            }
        }
        // "X in his keynote address said": where the person spoke, between the name and the verb.
        var from = Math.Max(clauseStart, end - 60);
        if (text.AsSpan(from, end - from).IndexOf(" in ", StringComparison.Ordinal) >= 0
            && OccasionBeforeVerb().Match(text, from, end - from) is { Success: true } occasion)
        {
            end = SkipSpaceBack(text, occasion.Index);
        }
        if (end <= clauseStart)
        {
            return Mention.Nothing;
        }

        // "Name, appositive, said": the appositive runs back to a comma that follows a name.
        if (text[end - 1] == ',')
        {
            var appositiveEnd = end - 1;
            for (var comma = text.LastIndexOf(',', appositiveEnd - 1); comma > clauseStart; comma = comma > 0 ? text.LastIndexOf(',', comma - 1) : -1)
            {
                var after = text[(comma + 1)..appositiveEnd].Trim();
                if (after.Length == 0)
                {
                    continue;
                }
                // "…, who runs a cooperative in Rio Grande do Sul, Brazil, warned": a country or city after a comma ends a
                // place, and describes no one.
                if (Countries.Party(after) is not null || Countries.CountryOfPlace(after) is not null)
                {
                    // "Mayor X of Bato, Catanduanes, welcomed": the province of a town the person is "of".
                    if (PlacedNameBefore(text, clauseStart, comma, OfOrFromLinks) is { } placedInRegion)
                    {
                        return placedInRegion;
                    }
                    continue;
                }
                // "X, a rice farmer from Ndiawar, near Richard-Toll, said": a place phrase goes on describing; the name is further back.
                // "X, 29, who spent five months on a farm in Goesan, North Chungcheong, last year, said": so does a time.
                if (StartsWithPlacePreposition(after) || IsTimePhrase(after))
                {
                    // "Hydrologist X, from the Institute of Hydraulic Research (IPH) at UFRGS, told": "from" a body, not a
                    // place, says where the person before the comma works.
                    if (BodyComeFrom(after) is { } body && NameRegionBefore(text, clauseStart, AgeCommaBefore(text, clauseStart, comma)) is { Kind: MentionKind.Name } fromBody)
                    {
                        return fromBody with { Body = body };
                    }
                    continue;
                }
                // "X, a technician in Kankan, Guinea, who trained in Dakar, says": a country or city, then more description.
                var firstComma = after.IndexOf(',');
                if (firstComma > 0 && after[..firstComma] is var place && (Countries.Party(place) is not null || Countries.CountryOfPlace(place) is not null))
                {
                    continue;
                }
                // "Smallholder Rahim Che Embong, 58, who grows …, told": an age after the name is no part of it.
                var nameEnd = AgeCommaBefore(text, clauseStart, comma);
                // "Meghna Tirodkar of the Centre for Digital Futures, a policy think tank, said": the name before the body.
                var name = NameOfBodyBefore(text, clauseStart, nameEnd) ?? NameRegionBefore(text, clauseStart, nameEnd);
                if (IsAge(after) && name.Kind is MentionKind.Name)
                {
                    return name; // "X, 58, said"
                }
                if (after.StartsWith("who ", StringComparison.Ordinal) || after.StartsWith("whose ", StringComparison.Ordinal))
                {
                    // "X, who chaired the meeting, said": the relative clause says nothing of the role. "X, a technician in
                    // Kankan, who trained in Dakar, says": the clause follows a description, and the name is further back.
                    // "X, President of the … Cooperative in Saint Lucia, who addressed the meeting, said": a place before the
                    // clause ends a title, and the name is further back.
                    if (name.Kind is MentionKind.Name && !DescriptionBefore(text, clauseStart, nameEnd) && !IsKnownPlace(string.Join(' ', name.NameTokens)))
                    {
                        return name;
                    }
                    continue;
                }
                if (LooksLikeAppositive(after) && !RankAndName(text, comma + 1, appositiveEnd))
                {
                    // "Hardenberg, who sits in Naalakkersuisut, Greenland's cabinet, said": a name after a preposition is the
                    // object of a clause about the speaker, not the speaker; the name is further back.
                    // "Renata Guimarães, chief executive of Campos Máquinas Agrícolas, a tractor maker …, proposed": nor is the
                    // name a title's "of" leads to (the body the person heads).
                    if (name.Kind is MentionKind.Name && !AfterPreposition(text, clauseStart, name.Start) && !EndsWithPreposition(name.PreTitle))
                    {
                        // "X of the Centre for Digital Futures, a policy think tank, said": the appositive is the body's.
                        return name.Body is not null && DescribesBody(after) ? name : name with { Appositive = after };
                    }
                    continue;
                }
                // "Chad's Minister of Health, Mahamat Abakar Hissein, urged": title, then the name between commas.
                // "Mayor Ernesto Villafranca of Bato, Catanduanes, welcomed": a town, then its province after the comma.
                if (IsPlaceName(after) && PlacedNameBefore(text, clauseStart, comma, OfOrFromLinks) is { } placedName)
                {
                    return placedName;
                }
                // "The Minister, Dr X, who was represented by the Director of Public Health, Dr Y, said": a name after a
                // relative clause's title is that clause's object; the speaker is further back.
                if (RelativeClauseEndsAt(text, clauseStart, comma))
                {
                    continue;
                }
                var bare = NameRegionBefore(text, comma + 1, appositiveEnd);
                // "Thailand’s deputy national police chief, Police Lieutenant General X, confirmed": a rank before the
                // name, the office before the comma.
                // "Egypt’s Deputy Foreign Minister for African Affairs, Ambassador X,": a diplomat's courtesy title is no office.
                if (bare.Kind is MentionKind.Name && bare.PreTitle is not null && IsCourtesyTitle(bare.PreTitle))
                {
                    bare = bare with { PreTitle = null };
                }
                // "X, a retired teacher in Castries, St. Lucia, said": a place after the comma, not a name.
                if (bare.Kind is MentionKind.Name && IsPlace(bare.NameTokens))
                {
                    continue;
                }
                var endsWithTitle = Tokens.Words(text, clauseStart, comma - clauseStart) is { Count: > 0 } before && Vocabulary.TitleNouns.Contains(before[^1].Text);
                if (bare.Kind is MentionKind.Name && bare.PreTitle is null && (name.Kind is MentionKind.Title || name.PreTitle is not null || endsWithTitle))
                {
                    // "Uzbekistan's energy minister, Bakhodir Tursunkhodjaev, said": the title phrase back to the clause start.
                    var titleStart = name.Kind is MentionKind.None ? TitlePhraseStart(text, clauseStart, comma) : Math.Max(clauseStart, name.Start);
                    // The mention starts with its title, so an attribution after a quote begins right there.
                    return bare with { PreTitle = text[titleStart..comma].Trim(), Start = SkipSpace(text, titleStart, comma) };
                }
                // "Director General of Climate Financing Policy at the Finance Ministry, Rini Kusumastuti, said", "the
                // World Bank's practice manager for education in West Africa, Priya Venkataraman, announced": a title
                // phrase whose last words name the office's place or body rather than the office.
                if (bare.Kind is MentionKind.Name && bare.PreTitle is null && TitlePhraseStart(text, clauseStart, comma) is var phraseStart
                    && Tokens.Words(text, phraseStart, comma - phraseStart).Any(w => Vocabulary.TitleNouns.Contains(w.Text)))
                {
                    var phrase = text[phraseStart..comma].Trim();
                    return bare with { PreTitle = WithoutArticle(phrase, StringComparison.OrdinalIgnoreCase), Start = SkipSpace(text, phraseStart, comma) };
                }
                // "A textile dealer at the Kantin Kwari market in Kano, Alhaji X, told", "The turaga ni koro of Nadoria
                // Village in Rewa, Maciu Rokovesa, told": a noun phrase opening the clause describes the full name after it.
                if (bare.Kind is MentionKind.Name && bare.PreTitle is null && bare.NameTokens.Count is >= 2 and <= 5 && !bare.NameTokens.Contains("and")
                    && OpeningDescription(text, clauseStart, comma) is { } description)
                {
                    return bare with { PreTitle = description };
                }
            }
            return Mention.Nothing;
        }
        var subject = NameOfBodyBefore(text, clauseStart, end) ?? NameRegionBefore(text, clauseStart, end);
        return subject is { Kind: MentionKind.Name, PreTitle: null, Appositive: null } ? WithTitleBeforeComma(text, clauseStart, subject) : subject;
    }

    /// <summary>
    /// "Speaking at the signing, Minister of Lands and Agriculture, Dr Boitumelo X said": a title phrase between commas
    /// right before the name (with no comma after it) is the person's title.
    /// </summary>
    private static Mention WithTitleBeforeComma(string text, int clauseStart, Mention subject)
    {
        var comma = SkipSpaceBack(text, subject.Start) - 1;
        if (comma <= clauseStart || text[comma] != ',')
        {
            return subject;
        }
        var phraseStart = TitlePhraseStart(text, clauseStart, comma);
        var phrase = Tokens.Words(text, phraseStart, comma - phraseStart);
        var opensClause = phraseStart <= clauseStart || SkipSpaceBack(text, phraseStart) is var before && (before == 0 || text[before - 1] is ',' or '.');
        return phrase.Count is > 0 and <= MaxTitleWords && opensClause && phrase.Any(w => Vocabulary.TitleNouns.Contains(w.Text) && w.IsCapitalized)
               && phrase.All(w => w.IsCapitalized || w.Text is "of" or "for" or "and" or "the" or "in" or "at" || Vocabulary.TitleNouns.Contains(w.Text))
            ? subject with { PreTitle = text[phraseStart..comma].Trim(), Start = phraseStart }
            : subject;
    }

    /// <summary>
    /// Where the name starts after a title in lower case that opens <paramref name="words"/> ("chief executive officer X",
    /// "CHCC chief executive officer X", "Department of Agriculture director-general X"), read as
    /// <see cref="LowerCaseTitleStart"/> reads one before a name, else -1.
    /// </summary>
    private static int LowerCaseTitleBeforeName(string text, List<Word> words)
    {
        var t = 0;
        while (t < words.Count && t < 2 && words[t].Text.Length >= 2 && IsCapitalsAndDigits(words[t].Text))
        {
            t++;
        }
        var bodyEnd = t == 0 ? BodyNameEnd(words) : 0;
        t = Math.Max(t, bodyEnd);
        var lowerStart = t;
        while (t < words.Count && !words[t].IsCapitalized)
        {
            t++;
        }
        if (t == lowerStart || t == words.Count)
        {
            return -1;
        }
        // After a body's name of several words the title is read from the body's head noun, as after an acronym.
        var from = bodyEnd > 0 ? bodyEnd - 1 : 0;
        return LowerCaseTitleStart(text, from == 0 ? words : words.GetRange(from, words.Count - from), t - from) == 0 ? t : -1;
    }

    /// <summary>
    /// Where a body's name opening <paramref name="words"/> ends when it ends in its head noun ("Fisheries Administration")
    /// or in the field after its head noun's "of" or "for" ("Department of Agriculture"); 0 when the words open otherwise.
    /// </summary>
    private static int BodyNameEnd(List<Word> words)
    {
        var k = 0;
        var lastHead = -1;
        while (k < words.Count && k < 8)
        {
            if (words[k].IsCapitalized)
            {
                lastHead = Vocabulary.OrganisationHeads.Contains(words[k].Text) ? k : lastHead;
                k++;
            }
            else if (words[k].Text is "of" or "for" or "and" && k + 1 < words.Count && words[k + 1].IsCapitalized)
            {
                k++;
            }
            else
            {
                break;
            }
        }
        return lastHead >= 0 && (lastHead == k - 1 || words[lastHead + 1].Text is "of" or "for") ? k : 0;
    }

    /// <summary>
    /// Whether <paramref name="words"/>[<paramref name="j"/>] may stand inside a run of titles and a name, read either way:
    /// capitalised, a name particle, a joining word, or a small word through which a title goes on to its body ("of the",
    /// "at the Department", "under the Government of …", "to Barbados and the Eastern Caribbean").
    /// </summary>
    private static bool InTitleRun(List<Word> words, int j) =>
        words[j].IsCapitalized || NameParticles.Contains(words[j].Text) || words[j].Text is "and" or "of" or "for" or "&"
        // "Chairman of the Committee for Environmental Protection under the Government of … X": a body under another.
        || words[j].Text is "under" && j + 1 < words.Count && words[j + 1].Text is "the" && j >= 1 && words[j - 1].IsCapitalized
        || IsAccreditedTo(words, j) || IsTitleAtBody(words, j)
        || words[j].Text is "the" && j >= 1 && (words[j - 1].Text is "of" or "for" or "under" || IsAccreditedTo(words, j - 1) || IsTitleAtBody(words, j - 1)
            || words[j - 1].Text is "and" && j >= 2 && words[j - 2].IsCapitalized);

    /// <summary>
    /// "Deputy Minister for Water at the Ministry of Environment …": an "at" between a capitalised title and the body
    /// it is held at belongs to the title, as "of" does. The body's head may come a word or two in, after its owner
    /// ("Director at the European Commission's Directorate-General for …").
    /// </summary>
    private static bool IsTitleAtBody(List<Word> words, int index) =>
        words[index].Text is "at" && index > 0 && words[index - 1].IsCapitalized && index + 2 < words.Count && words[index + 1].Text is "the"
        && Enumerable.Range(index + 2, Math.Min(3, words.Count - index - 2)).TakeWhile(k => words[k].IsCapitalized)
            .Any(k => Vocabulary.OrganisationHeads.Contains(WithoutPossessive(words[k].Text)));

    /// <summary>
    /// "German Ambassador to Jordan X", "Special Envoy to the Sahel X": the "to" of an office held towards a country or
    /// body belongs to the title before the name, as "of" does.
    /// </summary>
    internal static bool IsAccreditedTo(List<Word> words, int index)
    {
        if (words[index].Text is not "to" || index == 0)
        {
            return false;
        }
        // "Ambassador of Japan to Mongolia", "Ambassador of the Netherlands to Bangladesh": the sending country may stand
        // between the title and its "to".
        var title = index - 1;
        for (var k = index - 1; k >= Math.Max(1, index - 5) && words[k].IsCapitalized; k--)
        {
            var of = k - 1 >= 1 && words[k - 1].Text is "the" ? k - 2 : k - 1;
            if (of >= 1 && words[of].Text is "of" && IsEnvoyTitle(words[of - 1].Text) && Countries.Country(string.Join(' ', words.Skip(k).Take(index - k).Select(w => w.Text))) is not null)
            {
                title = of - 1;
                break;
            }
        }
        return IsEnvoyTitle(words[title].Text);
    }

    private static bool IsEnvoyTitle(string word) =>
        word.ToLowerInvariant() is "ambassador" or "envoy" or "representative" or "adviser" or "advisor" or "delegate" or "commissioner"
            or "attache" or "attaché" or "counsellor" or "counselor";

    private static readonly string[] FromLink = [" from "];

    private static readonly string[] OfOrFromLinks = [" of ", " from "];

    /// <summary>
    /// "Mayor Ernesto Villafranca of Bato", "Le Van Sau from Ly Son Island" ending at <paramref name="end"/>: the full name
    /// before one of the <paramref name="links"/> and a place, with its title.
    /// </summary>
    private static Mention? PlacedNameBefore(string text, int clauseStart, int end, string[] links)
    {
        foreach (var link in links)
        {
            var at = text.LastIndexOf(link, Math.Max(clauseStart, end - 1), end - clauseStart, StringComparison.Ordinal);
            if (at > clauseStart && IsPlaceName(text[(at + link.Length)..end].Trim()) && NameRegionBefore(text, clauseStart, at) is { Kind: MentionKind.Name } named
                && named.NameTokens.Count >= 2 && named.NameTokens.All(t => !Vocabulary.TitleNouns.Contains(t) && !Countries.IsCountryOrBlocWord(t)))
            {
                return named;
            }
        }
        return null;
    }

    /// <summary>Whether the words between the comma before <paramref name="end"/> and it describe someone ("a laboratory technician in Kankan").</summary>
    private static bool DescriptionBefore(string text, int clauseStart, int end)
    {
        var comma = end > clauseStart + 1 ? text.LastIndexOf(',', end - 1, end - clauseStart - 1) : -1;
        if (comma <= clauseStart)
        {
            return false;
        }
        var segment = text.AsSpan(comma + 1, end - comma - 1).TrimStart();
        return segment.StartsWith("a ", StringComparison.Ordinal) || segment.StartsWith("an ", StringComparison.Ordinal)
            || segment.StartsWith("the ", StringComparison.Ordinal);
    }

    /// <summary>Where the name ends before "<paramref name="comma"/>": at the comma before an age ("X, 58, who …"), else at <paramref name="comma"/>.</summary>
    private static int AgeCommaBefore(string text, int clauseStart, int comma)
    {
        var previous = comma > clauseStart ? text.LastIndexOf(',', comma - 1, comma - clauseStart) : -1;
        return previous > clauseStart && IsAge(text[(previous + 1)..comma]) ? previous : comma;
    }

    /// <summary>"58", " 29 ": a person's age written between commas.</summary>
    internal static bool IsAge(string text)
    {
        var trimmed = text.AsSpan().Trim();
        return trimmed.Length is >= 1 and <= 3 && !trimmed.ContainsAnyExceptInRange('0', '9');
    }

    private static bool IsPlace(IReadOnlyList<string> nameTokens)
    {
        var joined = string.Join(' ', nameTokens);
        return Countries.CountryOfPlace(joined) is not null || Countries.Party(joined) is not null;
    }

    private static bool RankAndName(string text, int start, int end) =>
        NameRegionBefore(text, start, end) is { Kind: MentionKind.Name, PreTitle: { } title } && IsCourtesyTitle(title);

    /// <summary>
    /// A rank or a courtesy title before a name, no office of its own ("Police Lieutenant General", "Ambassador", a
    /// minister's "Senator": "Minister in the Ministry of Finance, Senator Dr X, said").
    /// </summary>
    internal static bool IsCourtesyTitle(string title) => IsRank(title) || title is "Ambassador" or "Senator" or "Senator Dr" or "Senator Dr.";

    /// <summary>A military or police rank, no office of anything: "Police Lieutenant General", "Rear Admiral".</summary>
    internal static bool IsRank(string title)
    {
        var words = Tokens.Words(title);
        return words.Count is > 0 and <= 4 && words.All(w => w.IsCapitalized && RankWords.Contains(w.Text));
    }

    private static readonly HashSet<string> RankWords = new(StringComparer.Ordinal)
    {
        "Police", "Lieutenant", "General", "Major", "Colonel", "Admiral", "Rear", "Vice", "Brigadier", "Commodore", "Captain",
        "Commander", "Air", "Marshal", "Field", "Sergeant", "Lt", "Gen", "Col", "Maj", "Capt",
    };

    /// <summary>
    /// "Dr Jane Wanjiru of the University of Nairobi said", "Undersecretary X of the Philippines’ Presidential …
    /// Commission (PAOCC) proposed": a full name, then the body or country it is of, right before the verb. The title
    /// before the name takes the body ("Undersecretary of the … Commission"); the capitalised run is not one long name.
    /// </summary>
    private static Mention? NameOfBodyBefore(string text, int clauseStart, int end)
    {
        // "Fishing boat owner Le Van Sau from Ly Son Island told": a full name, then where the person is from.
        if (PlacedNameBefore(text, clauseStart, end, FromLink) is { } placed)
        {
            return placed;
        }
        for (var of = text.IndexOf(" of ", clauseStart, end - clauseStart, StringComparison.Ordinal); of > clauseStart;
             of = of + 4 < end ? text.IndexOf(" of ", of + 4, end - of - 4, StringComparison.Ordinal) : -1)
        {
            var body = text[(of + 4)..end].Trim();
            // "Marcia X of Albouystown, whose son …, said": a full name, then the one-word place (a neighbourhood, a village)
            // the person is of; the place says nothing of a role.
            // (One word has no space: most bodies are not split into words for it.)
            if (!body.Contains(' ') && Tokens.Words(body) is [{ IsCapitalized: true } placeWord] && !Vocabulary.TitleNouns.Contains(placeWord.Text) && !IsCapitalsAndDigits(placeWord.Text)
                && Countries.Party(placeWord.Text) is null && Countries.CountryOfPlace(placeWord.Text) is null && !KnownBodies.IsName(placeWord.Text)
                && NameRegionBefore(text, clauseStart, of) is { Kind: MentionKind.Name, PreTitle: null, NameTokens.Count: >= 2 } placedPerson
                && placedPerson.NameTokens.All(t => !Vocabulary.NotNameWords.Contains(t) && !Vocabulary.OrganisationHeads.Contains(t) && !Countries.IsCountryOrBlocWord(t)))
            {
                return placedPerson;
            }
            // "… of the Kuwait Fund Dr. Adel X said": an honorific inside starts the person's name; the body ends before it.
            if (!IsBodyName(body) || Tokens.Words(body).Any(w => Vocabulary.Honorifics.Contains(w.Text) || Vocabulary.Honorifics.Contains(w.Text + ".")))
            {
                continue;
            }
            if (FullNameBefore(text, clauseStart, of) is { } name)
            {
                return name.PreTitle is null ? name with { Body = WithoutArticle(body) } : name with { PreTitle = $"{name.PreTitle} of {body}" };
            }
        }
        // "Demographer X from the Faculty of Science in Sarajevo warned": the body a person is from, perhaps placed
        // ("in Sarajevo"); a title before the name is held there.
        var from = text.IndexOf(" from ", clauseStart, end - clauseStart, StringComparison.Ordinal);
        if (from > clauseStart && text[(from + 6)..end].Trim() is var source && IsBodyName(WithoutPlace(source))
            && !Tokens.Words(source).Any(w => Vocabulary.Honorifics.Contains(w.Text)) && FullNameBefore(text, clauseStart, from) is { } sourced)
        {
            return sourced.PreTitle is null ? sourced with { Body = WithoutArticle(source) } : sourced with { PreTitle = $"{sourced.PreTitle} at {source}" };
        }
        return null;
    }

    /// <summary>Whether the words from the comma before <paramref name="comma"/> up to it are a relative clause about a person ("who was represented by …").</summary>
    private static bool RelativeClauseEndsAt(string text, int clauseStart, int comma)
    {
        var previous = comma > clauseStart ? text.LastIndexOf(',', comma - 1, comma - clauseStart) : -1;
        return previous > clauseStart && text.AsSpan(previous + 1, comma - previous - 1).TrimStart() is var segment
            && (segment.StartsWith("who ", StringComparison.Ordinal) || segment.StartsWith("whose ", StringComparison.Ordinal));
    }

    /// <summary>A name of two words or more that ends at <paramref name="end"/>, none of them a title, a body's head or a country's word; else null.</summary>
    private static Mention? FullNameBefore(string text, int clauseStart, int end) =>
        NameRegionBefore(text, clauseStart, end) is { Kind: MentionKind.Name, NameTokens.Count: >= 2 } name
        && name.NameTokens.All(t => !Vocabulary.TitleNouns.Contains(t) && !Vocabulary.OrganisationHeads.Contains(t) && !Countries.IsCountryOrBlocWord(t))
            ? name
            : null;

    /// <summary>The text without a leading "the " ("the Faculty of Science" → "Faculty of Science"); with an ignore-case comparison, "The " too.</summary>
    internal static string WithoutArticle(string text, StringComparison comparison = StringComparison.Ordinal) =>
        text.StartsWith("the ", comparison) ? text[4..] : text;

    /// <summary>"the Faculty of Science in Sarajevo" → "the Faculty of Science": a body's name without the place it sits in.</summary>
    private static string WithoutPlace(string body) =>
        body.LastIndexOf(" in ", StringComparison.Ordinal) is > 0 and var at && IsPlaceName(body[(at + 4)..]) ? body[..at] : body;

    /// <summary>
    /// The words from the clause start to <paramref name="end"/> when they open with "A", "An" or "The" and are a noun
    /// phrase (no comma, no verb), without that article; else null.
    /// </summary>
    private static string? OpeningDescription(string text, int clauseStart, int end)
    {
        var phrase = text.AsSpan(clauseStart, end - clauseStart).Trim();
        var article = phrase.StartsWith("The ", StringComparison.Ordinal) ? 4 : phrase.StartsWith("An ", StringComparison.Ordinal) ? 3 : phrase.StartsWith("A ", StringComparison.Ordinal) ? 2 : 0;
        if (article == 0 || phrase.IndexOfAny(',', ';', ':') >= 0)
        {
            return null;
        }
        var words = Tokens.Words(phrase.ToString());
        return words.Count is >= 2 and <= MaxTitleWords && !words.Any(w => Auxiliaries.Contains(w.Text) || ClauseVerbs.Contains(w.Text) || Vocabulary.ReportingVerbsByFirstWord.ContainsKey(w.Text))
            ? phrase[article..].ToString()
            : null;
    }

    /// <summary>
    /// "a policy think tank", "an advocacy group based in Geneva": an indefinite phrase whose head noun (the last word
    /// before a preposition or participle) is a kind of organisation, not a person's title ("a senior fellow at …"); with
    /// <paramref name="definiteToo"/>, a definite one too ("the government agency in charge of digital government", between
    /// a title and its holder's name).
    /// </summary>
    internal static bool DescribesBody(string appositive, bool definiteToo = false)
    {
        var words = Tokens.Words(appositive);
        if (words.Count < 2 || !(words[0].Text is "a" or "an" || definiteToo && words[0].Text is "the"))
        {
            return false;
        }
        var head = 1;
        while (head + 1 < words.Count && !BodyPhraseEnds.Contains(words[head + 1].Text))
        {
            head++;
        }
        var noun = words[head].Text;
        return !Vocabulary.TitleNouns.Contains(noun) && (Vocabulary.OrganisationHeads.Contains(noun) || BodyKinds.Contains(noun));
    }

    private static readonly HashSet<string> BodyPhraseEnds = new(StringComparer.Ordinal)
    {
        "at", "of", "in", "for", "with", "on", "from", "based", "that", "which", "whose", "founded", "set", "funded", "working", "focused", "and", "by",
    };

    /// <summary>Kinds of organisation that <see cref="Vocabulary.OrganisationHeads"/> leaves out because they rarely end a name.</summary>
    private static readonly HashSet<string> BodyKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        "tank", "think-tank", "thinktank", "ngo", "nonprofit", "non-profit", "charity", "watchdog", "lobby", "consultancy", "firm",
        "startup", "start-up", "body", "outfit", "think-tanks", "collective", "cooperative", "co-operative", "non-governmental",
    };

    /// <summary>A country, bloc or place the lexicon knows ("Saint Lucia", "Erbil").</summary>
    internal static bool IsKnownPlace(string text) => (Countries.Party(text) ?? Countries.CountryOfPlace(text)) is not null;

    /// <summary>One to four capitalised words with no title or organisation in them: a town, an island, a province.</summary>
    private static bool IsPlaceName(string text)
    {
        var words = Tokens.Words(text);
        return words.Count is >= 1 and <= 4 && words.All(w => w.IsCapitalized && !Vocabulary.TitleNouns.Contains(w.Text) && !Vocabulary.OrganisationHeads.Contains(w.Text))
            && text.IndexOfAny([',', ';', ':', '(', '"', '“']) < 0;
    }

    /// <summary>A country or bloc, or a capitalised name with an organisation's head noun ("the Kenya Red Cross Society").</summary>
    internal static bool IsBodyName(string body)
    {
        if (body.Length == 0 || body.IndexOfAny([',', ';', ':', '"', '“', '”']) >= 0)
        {
            return false;
        }
        var bare = WithoutArticle(body);
        if (Countries.Party(bare) is not null)
        {
            return true;
        }
        var words = Tokens.Words(bare);
        // "Hernán X of CAMMESA said": an acronym alone names a body.
        if (words.Count == 1 && words[0].Text.Length >= 3 && IsCapitalsAndDigits(words[0].Text) && words[0].Text.Any(char.IsLetter))
        {
            return true;
        }
        // "Research ICT Africa": a name of capitalised words with an acronym in it is a body's too.
        return words.Count >= 2 && words[0].IsCapitalized
            && words.All(w => w.IsCapitalized || w.Text is "of" or "for" or "and" or "on" or "the" || IsCapitalsAndDigits(w.Text))
            && words.Any(w => Vocabulary.OrganisationHeads.Contains(WithoutPossessive(w.Text)) || w.Text.Length > 1 && IsCapitalsAndDigits(w.Text));
    }

    /// <summary>"last year", "this month", "earlier this week", "in 2019": when, not who.</summary>
    private static bool IsTimePhrase(string phrase) =>
        phrase.StartsWith("last ", StringComparison.Ordinal) || phrase.StartsWith("this ", StringComparison.Ordinal)
        || phrase.StartsWith("earlier ", StringComparison.Ordinal) || phrase.StartsWith("in 19", StringComparison.Ordinal) || phrase.StartsWith("in 20", StringComparison.Ordinal);

    /// <summary>"from the Institute of Hydraulic Research (IPH) at UFRGS" → "Institute of Hydraulic Research (IPH)": a body's name after "from", up to where it sits; else null.</summary>
    private static string? BodyComeFrom(string phrase)
    {
        if (!phrase.StartsWith("from ", StringComparison.Ordinal))
        {
            return null;
        }
        var body = WithoutArticle(phrase[5..]);
        var at = body.IndexOf(" at ", StringComparison.Ordinal) is var a and > 0 ? a : body.IndexOf(" in ", StringComparison.Ordinal);
        body = at > 0 ? body[..at] : body;
        return IsBodyName(body) && Countries.CountryOrPlace(body) is null ? body : null;
    }

    private static bool StartsWithPlacePreposition(string phrase)
    {
        var space = phrase.IndexOf(' ');
        return space > 0 && phrase.AsSpan(0, space) is "near" or "in" or "outside" or "from" or "on" or "at";
    }

    /// <summary>"University's" → "University".</summary>
    internal static string WithoutPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;

    /// <summary>The country of a word that is a country's possessive ("Tajikistan's" → Tajikistan), else null.</summary>
    internal static string? CountryOfPossessive(string word) =>
        WithoutPossessive(word) is var owner && owner.Length < word.Length ? Countries.Country(owner) : null;

    /// <summary>The speaker after a verb that precedes its subject: <c>said Zhou Mingyuan, deputy head of …</c>.</summary>
    public static Mention SubjectAfter(string text, int start, int end)
    {
        var i = SkipSpace(text, start, end);
        var words = Tokens.Words(text, i, end - i);
        if (words.Count == 0)
        {
            return Mention.Nothing;
        }
        var first = words[0].Text;
        // "According to him, …", "according to her": the object form, alone.
        if (first is "he" or "He" || first is "him" && words.Count == 1)
        {
            return new Mention(MentionKind.Pronoun, [], null, null, 'm', null, null, words[0].Start);
        }
        if (first is "she" or "She" || first is "her" && words.Count == 1)
        {
            return new Mention(MentionKind.Pronoun, [], null, null, 'f', null, null, words[0].Start);
        }
        if (first is "the" or "The" or "a" or "an" or "its" or "his" or "her" or "their")
        {
            // "its humanitarian envoy, Pieter-Jan de Wilde, who …": a name after the title wins. "the Minister of Science,
            // Technology, Knowledge and Innovation, Javiera X": the commas between portfolios are the title's.
            var comma = text.IndexOf(',', words[0].End, end - words[0].End);
            while (comma > 0 && IsPortfolioListCommaAt(text, words, comma))
            {
                comma = text.IndexOf(',', comma + 1, end - comma - 1);
            }
            if (comma > 0)
            {
                // "the executive director of Agesic, the government agency in charge of digital government, Florencia X,":
                // a description of the title's body between the commas, then the name.
                var second = text.IndexOf(',', comma + 1, end - comma - 1);
                if (second > 0 && second - comma < 80 && DescribesBody(text[(comma + 1)..second], definiteToo: true)
                    && Tokens.Words(text, words[0].Start, comma - words[0].Start).Any(w => Vocabulary.TitleNouns.Contains(w.Text))
                    && SubjectAfter(text, second + 1, end) is { Kind: MentionKind.Name, PreTitle: null, NameTokens.Count: >= 2 } afterRemark)
                {
                    return afterRemark with { PreTitle = text[words[0].Start..comma].Trim() };
                }
                var named = SubjectAfter(text, comma + 1, end);
                if (named.Kind is MentionKind.Name)
                {
                    return named.PreTitle is null ? named with { PreTitle = text[words[0].Start..comma].Trim() } : named;
                }
            }
            return first is "the" or "The" ? TitleReference(words, 0, words.Count) : Mention.Nothing;
        }
        // "said chief executive officer Rosalia Tenorio", "said CHCC chief executive officer X": a title in lower case (after
        // its body's acronym) right before the name.
        if (LowerCaseTitleBeforeName(text, words) is > 0 and var nameAt
            && SubjectAfter(text, words[nameAt].Start, end) is { Kind: MentionKind.Name, PreTitle: null, NameTokens.Count: >= 2 } titled)
        {
            return titled with { PreTitle = text[words[0].Start..words[nameAt - 1].End], Start = words[0].Start };
        }
        // "said Barbados' health minister, Desmond Quintyne-Hall": a title phrase, a comma, then the bare name.
        var firstComma = text.IndexOf(',', i, end - i);
        if (firstComma > i)
        {
            var head = Tokens.Words(text, i, firstComma - i);
            // An "and" only between a title's capitalised portfolio words ("Minister for Climate Crisis and Civil Protection").
            // "Spain's secretary general for agriculture and food": an "and" in a portfolio after the title noun's "for" or "of" too.
            var andOutsideTitle = Enumerable.Range(0, head.Count).Any(h => head[h].Text == "and" && !(h > 0 && h + 1 < head.Count && head[h - 1].IsCapitalized && head[h + 1].IsCapitalized)
                && !(h >= 3 && head[h - 2].Text is "for" or "of" && Vocabulary.TitleNouns.Contains(head[h - 3].Text)));
            if (head.Count is > 0 and <= 12 && head.Any(w => Vocabulary.TitleNouns.Contains(w.Text)) && !head.Any(w => w.Text is "said" or "told") && !andOutsideTitle)
            {
                var named = SubjectAfter(text, firstComma + 1, end);
                var secondComma = text.IndexOf(',', firstComma + 1, end - firstComma - 1);
                if (named.Kind is not MentionKind.Name && secondComma > 0 && secondComma - firstComma < 60 && char.IsLower(text[SkipSpace(text, firstComma + 1, end)]))
                {
                    // "Benin's Ambassador to Saudi Arabia, also accredited to Kuwait, Mouhamed X, who said": a lower-case
                    // remark on the title stands between it and the name.
                    named = SubjectAfter(text, secondComma + 1, end);
                }
                if (named.Kind is MentionKind.Name && named.PreTitle is null && named.NameTokens.Count >= 2)
                {
                    return named with { PreTitle = text[i..firstComma].Trim(), Start = i };
                }
            }
        }

        // Capitalised run (titles and the name), then an optional ", appositive" to the end.
        var k = 0;
        // "said Minister of State at the Department of Agriculture, Food and the Marine X": the title's bodies and
        // portfolios run on as they do before a verb.
        while (k < words.Count && InTitleRun(words, k)
               && (k == 0 || !HasBreakBetween(text, words[k - 1].End, words[k].Start) || IsPortfolioListComma(text, words, k)))
        {
            k++;
        }
        while (k > 0 && !words[k - 1].IsCapitalized)
        {
            k--;
        }
        if (k == 0)
        {
            return Mention.Nothing;
        }
        var mention = SplitTitleAndName(text, words, 0, k);
        // "said Tonga's Minister for Meteorology, Energy, …, Hon. X": what a title's "for" or "of" leads to is its portfolio.
        if (mention.Kind is MentionKind.Name && EndsWithPreposition(mention.PreTitle))
        {
            mention = Mention.Nothing;
        }
        if (mention.Kind is not MentionKind.Name && NameBeforeOfBody(words, k) is > 0 and var ofAt)
        {
            // "said John Smith of the World Bank", "said Anouk de Groot of Wageningen Bioveterinary Research": a name, then
            // the body it is of (which the introductions read as the person's).
            mention = SplitTitleAndName(text, words, 0, ofAt);
        }
        if (mention.Kind is not MentionKind.Name)
        {
            // "said Nepal's Minister for Energy, Water Resources and Irrigation Deepak Raj Adhikari": the title runs over commas.
            var next = k < words.Count ? SkipWhiteSpace(text, words[k - 1].End, end) : end;
            // "… Climate Change and Communications (MEIDECC), Hon. X": the portfolios' acronym before the comma.
            if (next < end && text[next] == '(' && text.IndexOf(')', next, end - next) is var closing and > 0 && closing - next < 16)
            {
                next = SkipWhiteSpace(text, closing + 1, end);
                k = words.FindIndex(k, w => w.Start > closing) is var after and >= 0 ? after : words.Count;
            }
            if (next < end && text[next] == ',' && k < words.Count && words[k].IsCapitalized)
            {
                var continued = SubjectAfter(text, next + 1, end);
                if (continued.Kind is MentionKind.Name)
                {
                    var titleEnd = continued.PreTitle is null ? next : words[k - 1].End;
                    var pre = text[words[0].Start..next].Trim() + (continued.PreTitle is null ? string.Empty : ", " + continued.PreTitle);
                    return continued with { PreTitle = pre, Start = words[0].Start };
                }
            }
        }
        if (mention.Kind is MentionKind.Name)
        {
            // "said Tobias Baumann (SPD), Parliamentary State Secretary at …": past a post-nominal or a party's tag.
            var rest = SkipWhiteSpace(text, AfterBracketedTag(text, AfterPostNominal(text, words[k - 1].End, end), end), end);
            if (rest < end && text[rest] == ',')
            {
                var appositive = text[(rest + 1)..end].Trim().TrimEnd(Punctuation.StopCommaSemicolon).Trim();
                if (appositive.Length > 0 && LooksLikeAppositive(appositive))
                {
                    mention = mention with { Appositive = CutAppositive(appositive) };
                }
            }
        }
        return mention;
    }

    /// <summary>
    /// Where "of" stands in a capitalised run of <paramref name="runEnd"/> words that opens with two to four name words
    /// (particles among them) and goes on with a body's capitalised name: "John Smith of the World Bank" → 2; else -1. No
    /// title word may stand before it ("Minister of Health").
    /// </summary>
    private static int NameBeforeOfBody(List<Word> words, int runEnd)
    {
        var of = words.FindIndex(0, Math.Min(runEnd, 6), w => w.Text is "of");
        if (of < 2 || of + 1 >= runEnd || words.Take(of).Count(w => w.IsCapitalized) < 2)
        {
            return -1;
        }
        for (var i = 0; i < of; i++)
        {
            var w = words[i].Text;
            if (!words[i].IsCapitalized && !NameParticles.Contains(w) || Vocabulary.TitleNouns.Contains(w) || Vocabulary.Honorifics.Contains(w)
                || Vocabulary.NotNameWords.Contains(w) || Vocabulary.OrganisationHeads.Contains(w) || Countries.IsCountryOrBlocWord(w) || IsCapitalsAndDigits(w))
            {
                return -1;
            }
        }
        var body = words[of + 1].Text is "the" ? of + 2 : of + 1;
        return body < runEnd && words[body].IsCapitalized ? of : -1;
    }

    /// <summary>The capitalised name region that ends at <paramref name="end"/> (titles included), or a pronoun or title.</summary>
    private static Mention NameRegionBefore(string text, int clauseStart, int end)
    {
        end = BeforeBracketedTag(text, clauseStart, end);
        var words = Tokens.Words(text, clauseStart, end - clauseStart);
        if (words.Count == 0)
        {
            return Mention.Nothing;
        }
        // Words must reach the end without punctuation in between.
        if (SkipSpaceBack(text, end) != words[^1].End && !(text[words[^1].End] == '.' && words[^1].End + 1 >= SkipSpaceBack(text, end)))
        {
            return Mention.Nothing;
        }
        var last = words[^1].Text;
        if (last is "he" or "He")
        {
            return new Mention(MentionKind.Pronoun, [], null, null, 'm', null, null, words[^1].Start);
        }
        if (last is "she" or "She")
        {
            return new Mention(MentionKind.Pronoun, [], null, null, 'f', null, null, words[^1].Start);
        }
        if (last is "who" && words.Count >= 2)
        {
            return new Mention(MentionKind.Relative, [], null, null, ' ', null, null, words[^1].Start);
        }
        var startIndex = words.Count - 1;
        while (startIndex > 0 && InTitleRun(words, startIndex - 1)
               && (!HasBreakBetween(text, words[startIndex - 1].End, words[startIndex].Start) || IsBracketedAcronym(text, words, startIndex)
                   || IsPortfolioListComma(text, words, startIndex)
                   || (startIndex >= 2 && IsBracketedAcronym(text, words, startIndex - 1)
                       && text.AsSpan(words[startIndex - 1].End, words[startIndex].Start - words[startIndex - 1].End).Trim() is ")")))
        {
            startIndex--;
        }
        while (startIndex < words.Count - 1 && !words[startIndex].IsCapitalized)
        {
            startIndex++;
        }
        // "The Congolese minister from Brazzaville indicated": a title referring to someone named before, told apart by
        // where they come from (two Congolese ministers, one from each capital).
        if (PlacedTitleReference(words) is { } placed)
        {
            return placed;
        }
        if (!words[^1].IsCapitalized)
        {
            // "the minister said", "the Indonesian official said", "officials said".
            var articleIndex = words.Count - 1;
            while (articleIndex > 0 && words.Count - articleIndex < 5 && words[articleIndex].Text is not ("the" or "The" or "a" or "A" or "an"))
            {
                articleIndex--;
            }
            if (words[articleIndex].Text is "the" or "The" && Vocabulary.TitleNouns.Contains(last) && !last.EndsWith('s'))
            {
                return TitleReference(words, articleIndex, words.Count); // "the minister", "the Indonesian official"
            }
            // "The head of the portfolio announced": translated Spanish and Portuguese reports' name for the minister ("el
            // titular de la cartera").
            if (last is "portfolio" && words.Count >= 5 && words[^2].Text is "the" && words[^3].Text is "of" && words[^4].Text is "head" or "holder"
                && words[^5].Text is "the" or "The")
            {
                return new Mention(MentionKind.Title, [], null, null, ' ', "minister", null, words[^5].Start);
            }
            // "His Togolese counterpart said": the official of that country the article named, whatever the office.
            if (last is Vocabulary.Counterpart && words.Count >= 3 && words[^3].Text is "his" or "His" or "her" or "Her" or "the" or "The"
                && words[^2].IsCapitalized && Countries.Country(words[^2].Text) is { } side)
            {
                return new Mention(MentionKind.Title, [], null, null, ' ', Vocabulary.Counterpart, side, words[^3].Start);
            }
            if (Vocabulary.GroupNouns.Contains(last) || Vocabulary.GroupNouns.Contains(Singular(last)) && last.EndsWith('s'))
            {
                return new Mention(MentionKind.Group, [], null, null, ' ', null, null, words[^1].Start);
            }
            return Mention.Nothing;
        }
        // "The head of the Minam recalled": a body named by one word after "the" is no one's name; the title refers to a person
        // named before, of that body.
        if (startIndex >= 3 && words.Count - startIndex == 1 && words[startIndex - 1].Text is "the" && words[startIndex - 2].Text is "of"
            && Vocabulary.TitleNouns.Contains(words[startIndex - 3].Text) && !words[startIndex - 3].IsCapitalized && TheBefore(words, startIndex - 3) is var headThe and >= 0)
        {
            return TitleReference(words, headThe, startIndex - 2) with { Body = words[startIndex].Text };
        }
        // "The Cuban head of Public Health confirmed": a title of a body after "the" refers to a person named before.
        if (startIndex >= 2 && words[startIndex - 1].Text is "of" && Vocabulary.TitleNouns.Contains(words[startIndex - 2].Text) && !words[startIndex - 2].IsCapitalized
            && TheBefore(words, startIndex - 2) is var theIndex and >= 0)
        {
            return TitleReference(words, theIndex, startIndex - 1);
        }
        // "the Commissioner stated", "the Deputy Minister said": a capitalised title after "the" refers to a person
        // named before, as the lower-case one does.
        if (startIndex > 0 && words[startIndex - 1].Text is "the" or "The" && Vocabulary.TitleNouns.Contains(last) && !last.EndsWith('s')
            && words.Skip(startIndex).All(w => Vocabulary.TitleNouns.Contains(w.Text) || Vocabulary.NotNameWords.Contains(w.Text) || Countries.IsCountryOrBlocWord(w.Text)))
        {
            return TitleReference(words, startIndex - 1, words.Count);
        }
        // "Dubai-based clean fuels company Sahra Aerofuels announced": a company's name, not a person's.
        if (startIndex > 0 && !words[startIndex - 1].IsCapitalized && Vocabulary.CompanyKinds.Contains(words[startIndex - 1].Text))
        {
            return new Mention(MentionKind.Group, [], null, null, ' ', null, null, words[startIndex].Start);
        }
        // "Fishermen in Muara Angke say", "traders from Kano said", "Fishermen on Praslin and La Digue say": a group, placed
        // ("groups on the Tonle Sap say": the place after its article too).
        var preposition = startIndex - 1;
        while (preposition > 1 && (words[preposition].Text is "and" || words[preposition].IsCapitalized))
        {
            preposition--;
        }
        preposition -= preposition > 1 && words[preposition].Text is "the" ? 1 : 0;
        // ("Head of the prosthetics department in Lviv X said": the department is a title's, and X its head.)
        if (preposition >= 1 && words[preposition].Text is "in" or "from" or "at" or "on" && (Vocabulary.GroupNouns.Contains(words[preposition - 1].Text)
            || words[preposition - 1].Text.EndsWith('s') && Vocabulary.GroupNouns.Contains(Singular(words[preposition - 1].Text)))
            && !words.Take(preposition - 1).Any(w => Vocabulary.TitleNouns.Contains(w.Text)))
        {
            return new Mention(MentionKind.Group, [], null, null, ' ', null, null, words[preposition - 1].Start);
        }
        // "Farmers' organisations in the Argentine Pampas have complained": one word after "the" and a demonym is a place.
        var demonym = words.Count - startIndex == 2 ? startIndex : startIndex - 1;
        if (words.Count - demonym == 2 && demonym >= 1 && words[demonym - 1].Text is "the" or "The" && Countries.IsDemonym(words[demonym].Text))
        {
            return Mention.Nothing;
        }
        var named = SplitTitleAndName(text, words, startIndex, words.Count);
        // "Head of the prosthetics department of a rehabilitation center in Lviv Iryna Havryliuk said": the capitalised
        // run opens with the place a title phrase ends in; the phrase before "in" is the rest of the title.
        if (named is { Kind: MentionKind.Name, PreTitle: { } place } && startIndex >= 2 && words[startIndex - 1].Text is "in"
            && Countries.CountryOrPlace(place) is not null && TitlePhraseStart(text, clauseStart, words[startIndex - 2].End) is var phraseStart
            && text[phraseStart..words[startIndex - 1].Start] is var office && Tokens.Words(office).Any(w => Vocabulary.TitleNouns.Contains(w.Text)))
        {
            var title = $"{office}in {place}";
            return named with { PreTitle = WithoutArticle(title, StringComparison.OrdinalIgnoreCase), Start = phraseStart };
        }
        // "ASEAN Secretariat director for sectoral development Nguyen Thi Hoai Thu noted": a title in lower case
        // between the body's name and the person's, opening the clause.
        if (named is { Kind: MentionKind.Name, PreTitle: null } && LowerCaseTitleStart(text, words, startIndex) is var titleStart and >= 0)
        {
            return named with { PreTitle = text[words[titleStart].Start..words[startIndex - 1].End], Start = words[titleStart].Start };
        }
        // "Union minister of state for electronics and IT Anand Mohan X said": the capitalised run opens with the last
        // portfolio of a lower-case title, joined to it by "and".
        if (named is { Kind: MentionKind.Name, PreTitle: { } portfolio } && startIndex >= 2 && words[startIndex - 1].Text is "and"
            && !Tokens.Words(portfolio).Any(w => Vocabulary.TitleNouns.Contains(w.Text))
            && LowerCaseTitleStart(text, words, startIndex - 1) is var officeStart and >= 0)
        {
            return named with { PreTitle = text[words[officeStart].Start..(words[startIndex].Start + portfolio.Length)], Start = words[officeStart].Start };
        }
        return named;
    }

    /// <summary>
    /// Where a title phrase ending right before word <paramref name="nameStart"/> starts, when it opens the words (or follows a comma): a
    /// capitalised body's name (or nothing), a lower-case title noun, then at most five words of its field ("for sectoral
    /// development", "of operations"); else -1.
    /// </summary>
    /// <param name="text">The words' text.</param>
    /// <param name="words">The words.</param>
    /// <param name="nameStart">The name's first word.</param>
    /// <param name="inList">Whether the title may also open after "and", "by", "with" or a comma mid-sentence, as it does
    /// where a name is introduced in a list ("signed by X and Angola's minister of energy and water Y").</param>
    internal static int LowerCaseTitleStart(string text, List<Word> words, int nameStart, bool inList = false)
    {
        if (nameStart == 0 || words[nameStart - 1].IsCapitalized)
        {
            return -1;
        }
        // A field of up to seven words: "deputy minister of environment, water and agriculture X".
        const int longestTitle = 8;
        var noun = nameStart - 1;
        while (noun >= 0 && nameStart - noun <= longestTitle && !(Vocabulary.TitleNouns.Contains(words[noun].Text) && !words[noun].IsCapitalized))
        {
            if (words[noun].IsCapitalized || Auxiliaries.Contains(words[noun].Text) || ClauseVerbs.Contains(words[noun].Text) || Vocabulary.ReportingVerbsByFirstWord.ContainsKey(words[noun].Text))
            {
                return -1;
            }
            noun--;
        }
        if (noun < 0 || nameStart - noun > longestTitle || noun + 1 < nameStart && words[noun + 1].Text is not ("for" or "of" or "at" or "in" or "on"))
        {
            return -1;
        }
        // "minister of state for electronics and IT X": "of state" is the rank of the title noun before it.
        if (noun >= 2 && words[noun].Text is "state" && words[noun - 1].Text is "of" && Vocabulary.TitleNouns.Contains(words[noun - 2].Text) && !words[noun - 2].IsCapitalized)
        {
            noun -= 2;
        }
        // "Saudi deputy minister of agriculture X": rank words in lower case belong to the title, before the body or demonym.
        var rank = noun;
        while (rank > 0 && LowerCaseRankWords.Contains(words[rank - 1].Text))
        {
            rank--;
        }
        var start = rank;
        while (start > 0 && words[start - 1].IsCapitalized)
        {
            start--;
        }
        // "according to deputy minister of digital economy X": a lower-case title may open the words by itself too.
        if (Opens(start))
        {
            return start;
        }
        // "…, GTK director of international services X said": after a comma, the body's name and the title open a clause.
        if (start < rank && CommaBefore(start))
        {
            return start;
        }
        // "…, Commonwealth Healthcare Corporation medical director for public health X said", "…, medical director X said",
        // "…, director for public health X said": after a comma, up to two words of portfolio in lower case before the title
        // noun, perhaps after the body's name.
        for (var portfolio = rank; portfolio >= 0 && rank - portfolio <= 2; portfolio--)
        {
            if (portfolio < rank && !IsLowerCasePortfolioWord(words[portfolio].Text))
            {
                break;
            }
            var body = portfolio;
            while (body > 0 && words[body - 1].IsCapitalized && !CommaBefore(body))
            {
                body--;
            }
            if (body > 0 && CommaBefore(body))
            {
                return body;
            }
        }
        // "…,” Chile’s energy minister X told reporters": an owner's possessive, then the portfolio in lower case.
        var owner = noun - 1;
        while (owner >= 0 && noun - owner <= 3 && !words[owner].IsCapitalized && !Auxiliaries.Contains(words[owner].Text)
               && !ClauseVerbs.Contains(words[owner].Text) && !Vocabulary.ReportingVerbsByFirstWord.ContainsKey(words[owner].Text))
        {
            owner--;
        }
        if (owner >= 0 && words[owner].IsCapitalized && WithoutPossessive(words[owner].Text).Length < words[owner].Text.Length)
        {
            while (owner > 0 && words[owner - 1].IsCapitalized)
            {
                owner--;
            }
            return Opens(owner) ? owner : -1;
        }
        // "…, said transport minister X": a portfolio of one or two words opening the words, with no owner.
        if (owner < 0 && noun is >= 1 and <= 2 && Enumerable.Range(0, noun).All(i => IsLowerCasePortfolioWord(words[i].Text)))
        {
            return 0;
        }
        return -1;

        bool Opens(int at) => at == 0 || inList && (words[at - 1].Text is "and" or "by" or "with" || CommaBefore(at));

        bool CommaBefore(int at) => text.AsSpan(words[at - 1].End, words[at].Start - words[at - 1].End).Contains(',');
    }

    /// <summary>A lower-case word that may name a title's portfolio before its noun ("medical", "transport"), not a clause's.</summary>
    private static bool IsLowerCasePortfolioWord(string word) =>
        word.Length > 2 && char.IsLower(word[0]) && !NotPortfolioWords.Contains(word) && !Auxiliaries.Contains(word) && !ClauseVerbs.Contains(word)
        && !Vocabulary.ReportingVerbsByFirstWord.ContainsKey(word);

    /// <summary>"deputy minister of …", "minister of …": words opening with a lower-case title (not "the", "data from").</summary>
    internal static bool OpensWithLowerCaseTitle(string words)
    {
        var space = words.IndexOf(' ');
        var first = space < 0 ? words : words[..space];
        return LowerCaseRankWords.Contains(first) || char.IsLower(first[0]) && Vocabulary.TitleNouns.Contains(first);
    }

    /// <summary>Lower-case words that open no portfolio before a title noun ("the minister", "its director", "and minister").</summary>
    private static readonly HashSet<string> NotPortfolioWords = new(StringComparer.Ordinal)
    {
        "the", "its", "his", "her", "their", "our", "this", "that", "these", "those", "and", "for", "with", "from", "but",
        "who", "which", "whose", "then", "also", "now", "new",
    };

    private static readonly HashSet<string> LowerCaseRankWords = new(StringComparer.Ordinal)
    {
        "deputy", "vice", "senior", "chief", "assistant", "acting", "former", "principal", "permanent", "junior", "state",
        "executive", "managing", "general",
    };

    /// <summary>Where "the" stands among the three words before word <paramref name="index"/> ("the Cuban head"), else -1.</summary>
    private static int TheBefore(List<Word> words, int index)
    {
        for (var i = index - 1; i >= Math.Max(0, index - 3); i--)
        {
            if (words[i].Text is "the" or "The")
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>"the Congolese minister from Brazzaville": "the", a title noun, "from" and a place of up to three words ending the words; else null.</summary>
    private static Mention? PlacedTitleReference(List<Word> words)
    {
        for (var from = Math.Max(2, words.Count - 4); from < words.Count - 1; from++)
        {
            if (words[from].Text is not "from" || !Vocabulary.TitleNouns.Contains(words[from - 1].Text) || words[from - 1].IsCapitalized
                || words[from - 1].Text.EndsWith('s') || words.Skip(from + 1).Any(w => !w.IsCapitalized)
                || Countries.CountryOrPlace(string.Join(' ', words.Skip(from + 1).Select(w => w.Text))) is not { } country)
            {
                continue;
            }
            var article = TheBefore(words, from - 1);
            return article >= 0 && from - article <= 4 ? TitleReference(words, article, from) with { TitleCountry = country } : null;
        }
        return null;
    }

    private static Mention TitleReference(List<Word> words, int from, int to)
    {
        string? noun = null;
        string? country = null;
        string? body = null;
        var nounIndex = -1;
        for (var i = from + 1; i < to && i < from + 6; i++)
        {
            var text = words[i].Text;
            if (Vocabulary.TitleNouns.Contains(text))
            {
                noun = Vocabulary.TitleAbbreviations.TryGetValue(text, out var full) ? full : text.ToLowerInvariant();
                nounIndex = i;
            }
            else if (Countries.Country(text) is { } c && words[i].IsCapitalized)
            {
                country = c;
            }
            else if (noun is null && text.Length > 1 && IsCapitalsAndDigits(text))
            {
                body = text; // "the DICT chief": the body the person heads, by its acronym
            }
            else if (noun is not null)
            {
                break;
            }
        }
        if (noun is null || Vocabulary.GroupNouns.Contains(noun) && noun.EndsWith('s'))
        {
            return Mention.Nothing;
        }
        // "the federal minister said": the qualifier tells two ministers apart.
        var modifier = nounIndex - 1 > from && !words[nounIndex - 1].IsCapitalized && words[nounIndex - 1].Text is { Length: > 3 } qualifier
            && !Vocabulary.TitleNouns.Contains(qualifier) ? qualifier : null;
        return new Mention(MentionKind.Title, [], null, null, ' ', noun, country, words[from].Start) { Body = body, TitleModifier = modifier };
    }

    /// <summary>
    /// Whether the honorific at <paramref name="index"/> is one that is also a name ("Fozia Haji Elmi", "Rokeya Begum") and
    /// the word before it a plain capitalised name word: no honorific, title, country or body word.
    /// </summary>
    private static bool FollowsGivenName(List<Word> words, int index, int from)
    {
        if (index <= from)
        {
            return false;
        }
        var previous = words[index - 1].Text;
        // "Rosli bin Haji Tengah": the father's name after "bin" keeps his honorific.
        if (words[index].Text is "Haji" or "Hajah" or "Hj" && previous is "bin" or "binti" or "bint")
        {
            return true;
        }
        return words[index].Text is "Haji" or "Hajji" or "Mir" or "Sheikh" or "Begum" or "Sardar" && words[index - 1].IsCapitalized && !Vocabulary.Honorifics.Contains(previous) && !Vocabulary.TitleNouns.Contains(previous)
            && !Vocabulary.NotNameWords.Contains(previous) && !Countries.IsCountryOrBlocWord(previous) && !Vocabulary.OrganisationHeads.Contains(previous)
            && !IsCapitalsAndDigits(previous);
    }

    /// <summary>Splits "Laos Technology and Communications Minister Vilayphone Sengdara" into title and name.</summary>
    private static Mention SplitTitleAndName(string text, List<Word> words, int from, int to)
    {
        to = WithoutTrailingPostNominals(words, from, to);
        var nameStart = from;
        // "Minister of Environment and Climate Change D.Oyunchimeg": a name written with its initial joined is whole.
        for (var i = IsInitialJoinedName(words[to - 1].Text) ? from - 1 : to - 1; i >= from; i--)
        {
            var w = words[i].Text;
            // "Park said": the Korean surname alone (a park says nothing); "Malta said" resolves only to a person already
            // named so ("Fernanda Coutinho Malta"), never to a new one.
            if (IsNameAmidNames(words, i, from) || to - from == 1 && (w is "Park" || CountriesBorneAsSurnames.Contains(w)))
            {
                continue;
            }
            // "Director of Transportgas Srbija Miloš Jeremić": a word in lower case is no name's but a particle's.
            // "Fozia Haji Elmi": an honorific's word after a given name is a name (a father's), not a title.
            if (Vocabulary.TitleNouns.Contains(w) || Vocabulary.Honorifics.Contains(w) && i < to - 1 && !FollowsGivenName(words, i, from) || !words[i].IsCapitalized && !NameParticles.Contains(w)
                || Vocabulary.NotNameWords.Contains(w) || Countries.IsCountryOrBlocWord(w) || Vocabulary.OrganisationHeads.Contains(w)
                || w.Length > 1 && IsCapitalsAndDigits(w)
                // "Singapore's Quah Siew Moi": a country's possessive before the name is whose the person is.
                || i < to - 1 && CountryOfPossessive(w) is not null)
            {
                nameStart = IsGivenNameAfterTitle(words, i, from, to) ? i : i + 1;
                break;
            }
        }
        nameStart = IsInitialJoinedName(words[to - 1].Text) ? to - 1 : PastTitlePlace(words, nameStart, from, to);
        // "Deputy Minister of Communication, Digital Technology and Innovations Efua Dadzie": the word after the
        // portfolio's "and" is the portfolio's too.
        if (to - nameStart >= 3 && nameStart >= from + 4 && words[nameStart - 1].Text is "and" && PortfolioBeforeAnd(text, words, nameStart - 2))
        {
            nameStart++;
        }
        // Honorifics at the start of the name ("Datuk Seri Azman", "U Kyaw") are not part of it.
        while (nameStart < to - 1 && (IsHonorific(text, words[nameStart]) || IsTanSri(words, nameStart)
               || (nameStart > 0 && IsMalaysianSri(words, nameStart))))
        {
            // "Dato’ Sri Ridzwan": Sri after an honorific is part of it (alone it starts names: Sri Mulyani).
            nameStart += IsTanSri(words, nameStart) ? 2 : 1;
        }
        var nameTokens = new List<string>(to - nameStart);
        for (var i = nameStart; i < to; i++)
        {
            nameTokens.Add(words[i].Text.TrimEnd('.'));
        }
        while (nameTokens.Count > 0 && NameParticles.Contains(nameTokens[0]))
        {
            nameTokens.RemoveAt(0);
            nameStart++;
        }
        // "… Water and Agriculture Eng. Fahad …": honorifics between the title and the name are neither.
        var titleEnd = nameStart;
        while (titleEnd > from + 1 && IsHonorific(text, words[titleEnd - 1]))
        {
            titleEnd--;
        }
        var preTitle = nameStart > from ? text[words[from].Start..ClosingBracketEnd(text, words[from].Start, words[titleEnd - 1].End)] : null;
        if (preTitle is not null && OnlyHonorifics(text, words, from, nameStart, withoutTheirFullStopToo: true))
        {
            preTitle = null; // "Dr. Roshan …": an honorific, not a title
        }
        if (nameTokens.Count == 0 || nameTokens.Count > 6 || !nameTokens.Any(Tokens.IsCapitalized))
        {
            if (preTitle is not null)
            {
                var titleWords = words.Skip(from).Take(to - from).ToList();
                var noun = titleWords.LastOrDefault(w => Vocabulary.TitleNouns.Contains(w.Text)).Text;
                if (noun is not null && !string.Equals(noun, "officials", StringComparison.OrdinalIgnoreCase) && !string.Equals(noun, "ministers", StringComparison.OrdinalIgnoreCase))
                {
                    // Read as running text, not word by word: "the Pan American Health Organization" names no country,
                    // "North Macedonia's" one of two words.
                    var country = Countries.FindParties(text[words[from].Start..words[to - 1].End], includeDemonyms: true)
                        .Select(Countries.Country).FirstOrDefault(c => c is not null);
                    return new Mention(MentionKind.Title, [], preTitle, null, ' ', noun.ToLowerInvariant(), country, words[from].Start);
                }
            }
            return Mention.Nothing;
        }
        return new Mention(MentionKind.Name, nameTokens, preTitle, null, ' ', null, null, words[from].Start);
    }

    /// <summary>
    /// Whether the words from <paramref name="from"/> up to <paramref name="to"/> are all honorifics (those known by their
    /// context too: "Awang Mohd Hazwan bin Sabtu"); with <paramref name="withoutTheirFullStopToo"/>, also those written
    /// without the full stop they are listed with.
    /// </summary>
    internal static bool OnlyHonorifics(string text, List<Word> words, int from, int to, bool withoutTheirFullStopToo)
    {
        for (var k = from; k < to; k++)
        {
            if (!IsHonorific(text, words[k]) && !(withoutTheirFullStopToo && Vocabulary.Honorifics.Contains(words[k].Text + ".")))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>An acronym such as "NDRC" or "G20" (or a single capital).</summary>
    internal static bool IsCapitalsAndDigits(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            // "DLCO-EA": a hyphen between capitals is part of an acronym.
            if (!char.IsUpper(c) && !char.IsDigit(c) && !(c == '-' && i > 0 && i + 1 < word.Length && char.IsUpper(word[i - 1]) && char.IsUpper(word[i + 1])))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Words that describe a person rather than say something of them: "a pharmacist in Port of Spain", "the bloc's trade
    /// commissioner", or any words with a title or an organisation's head noun.
    /// </summary>
    internal static bool DescribesPerson(List<Word> words) =>
        (words.Count > 1 && words[0].Text is "a" or "an" or "the" or "The"
         || words.Any(w => Vocabulary.TitleNouns.Contains(w.Text) || Vocabulary.OrganisationHeads.Contains(w.Text)))
        // "According to CPPS Secretary General X, the four countries also agreed to …": a clause, what was said (a verb
        // in a relative clause, "a refugee who has lived in Mafraq", still describes).
        && !words.TakeWhile(w => w.Text is not ("who" or "whose" or "which" or "that")).Any(w => Auxiliaries.Contains(w.Text) || ClauseVerbs.Contains(w.Text));

    /// <summary>Verbs that make words a clause rather than a description: what an event's parties did.</summary>
    private static readonly HashSet<string> ClauseVerbs = new(StringComparer.Ordinal)
    {
        "agreed", "signed", "launched", "pledged", "adopted", "decided", "approved", "committed", "established", "announced", "said",
    };

    /// <summary>An appositive describes a person: a lower-case title, "the …", a demonym or a title noun.</summary>
    internal static bool LooksLikeAppositive(string text)
    {
        var words = Tokens.Words(text);
        if (words.Count == 0)
        {
            return false;
        }
        var first = words[0].Text;
        if (first is "who" or "whose" or "which" or "that" or "where" or "when" || Vocabulary.ReportingVerbsByFirstWord.ContainsKey(first))
        {
            return false; // a relative clause or the reporting verb itself ("…, said her government …")
        }
        if (first is "and" or "or" or "but" or "while")
        {
            return false; // "signed by the Minister, X, and the Ambassador of Egypt, Y": the next person of a list
        }
        if (char.IsLower(first[0]))
        {
            // "Kenya, which … in Nairobi, would set up the node, said X": a predicate, not a description of a person;
            // "X, president of the guild of Paita, in the Piura region, told": where the body is, not who the person is.
            return !Auxiliaries.Contains(first) && first is not ("in" or "at" or "near" or "from" or "on");
        }
        return first is "The" || words.Take(6).Any(w => Vocabulary.TitleNouns.Contains(w.Text)) || Countries.Country(first) is not null;
    }

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "would", "will", "could", "should", "can", "may", "might", "must", "shall", "had", "has", "have", "is", "was", "were", "are",
    };

    private static readonly string[] AppositiveEnds =
        [", adding", ", saying", ", noting", ", arguing", ", pointing", ", who ", ", which ", " as he ", " as she ", " in a ", " at a ", " during ", " on the sidelines"];

    /// <summary>An appositive after a post-verb name ends where a new clause starts ("…, adding that").</summary>
    private static string CutAppositive(string appositive)
    {
        foreach (var marker in AppositiveEnds)
        {
            var at = appositive.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0)
            {
                appositive = appositive[..at];
            }
        }
        return appositive.Trim().TrimEnd(Punctuation.CommaStop);
    }

    /// <summary>Where a title phrase ending at <paramref name="end"/> starts: back over words, possessives and "of", to a clause break.</summary>
    internal static int TitlePhraseStart(string text, int clauseStart, int end)
    {
        var words = Tokens.Words(text, clauseStart, end - clauseStart);
        var k = words.Count - 1;
        while (k > 0 && (!HasBreakBetween(text, words[k - 1].End, words[k].Start) || IsBracketedAcronym(text, words, k) || IsPortfolioListComma(text, words, k)
                         || IsBracketInTitle(text, words, k))
               && words.Count - k < MaxTitleWords
               && (words[k - 1].Text is not ("said" or "says" or "told" or "and" or "but" or "while" or "as" or "by") || JoinsPortfolios(words, k - 1)))
        {
            k--;
        }
        return k >= 0 ? words[k].Start : end;
    }

    /// <summary>"Trade and Industry", "Foreign Affairs and Trade": an "and" between an office's portfolio words, not between two people.</summary>
    private static bool JoinsPortfolios(List<Word> words, int and)
    {
        // "ICT and the Digital Economy": the next portfolio may take an article.
        var next = and + 1 < words.Count && words[and + 1].Text == "the" ? and + 2 : and + 1;
        if (words[and].Text != "and" || and == 0 || next >= words.Count)
        {
            return false;
        }
        // "Director General of Teachers and Education Personnel": capitalised fields of an office named just before.
        if (words[next].IsCapitalized && words[and - 1].IsCapitalized && (Vocabulary.NotNameWords.Contains(words[and - 1].Text) || OfTitleBefore(words, and - 1)))
        {
            return true;
        }
        // "the National Tax and Customs Directorate (DIAN)", "the Spanish Society of Infectious Diseases and Clinical
        // Microbiology": an "and" inside a body's name, whose head noun follows it or opens it.
        if (next == and + 1 && words[next].IsCapitalized && words[and - 1].IsCapitalized
            && (Enumerable.Range(next, Math.Min(3, words.Count - next)).TakeWhile(i => words[i].IsCapitalized).Any(i => Vocabulary.OrganisationHeads.Contains(words[i].Text))
                || HeadBefore(words, and - 1)))
        {
            return true;
        }
        // "deputy minister of communications and digital technologies": portfolios in lower case, after a title's "of".
        return !words[and - 1].IsCapitalized && Vocabulary.NotNameWords.Contains(words[and - 1].Text) && Vocabulary.NotNameWords.Contains(words[next].Text)
            && OfTitleBefore(words, and - 1);
    }

    /// <summary>Whether a capitalised body's head noun ("Society", "Institute") opens the run of capitalised words and "of" that ends at <paramref name="index"/>, within five words.</summary>
    private static bool HeadBefore(List<Word> words, int index)
    {
        for (var i = index; i >= Math.Max(0, index - 5) && (words[i].IsCapitalized || words[i].Text is "of" or "for"); i--)
        {
            if (words[i].IsCapitalized && Vocabulary.OrganisationHeads.Contains(words[i].Text))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether "of" or "for" right after a title noun comes within three words before <paramref name="index"/>.</summary>
    private static bool OfTitleBefore(List<Word> words, int index)
    {
        for (var i = index; i >= Math.Max(1, index - 3); i--)
        {
            if (words[i].Text is "of" or "for")
            {
                return Vocabulary.TitleNouns.Contains(words[i - 1].Text);
            }
        }
        return false;
    }

    /// <summary>
    /// "Director General of Climate Financing Policy at the Finance Ministry", "Director General of Teachers and Education
    /// Personnel at Indonesia's Ministry of Primary and Secondary Education": titles of long offices run to over a dozen words.
    /// </summary>
    private const int MaxTitleWords = 18;

    /// <summary>
    /// "Minister of Commerce, Trade and Industry", "Commissioner for Economic Development, Trade, Tourism, Industry and
    /// Minerals": the comma before word <paramref name="k"/> separates portfolios of one title, a list of capitalised
    /// words ending in "and" and one more, not two phrases.
    /// </summary>
    /// <summary>
    /// "Country Director for Botswana, Lesotho, Namibia and South Africa.": countries listed after "for" (or "to") that run to
    /// the end of the sentence or clause, each after a country, are the title's.
    /// </summary>
    private static bool IsCountryListEndingTitle(string text, List<Word> words, int k)
    {
        var first = k - 1;
        while (first > 0 && words[first - 1].IsCapitalized && Countries.IsCountryOrBlocWord(words[first - 1].Text))
        {
            first--;
        }
        if (first == 0 || words[first - 1].Text is not ("for" or "to") || !Countries.IsCountryOrBlocWord(words[k - 1].Text))
        {
            return false;
        }
        for (var j = k; j < words.Count; j++)
        {
            if (words[j].Text == "and")
            {
                var last = j + 1;
                while (last < words.Count && words[last].IsCapitalized)
                {
                    last++;
                }
                var after = text.AsSpan(words[last - 1].End).TrimStart();
                return last > j + 1 && (after.IsEmpty || after[0] is '.' or ',' or ';');
            }
            if (!words[j].IsCapitalized)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the words ending at <paramref name="last"/> are a title's portfolio: words that are no name's, after "of" or
    /// "for" and a title noun, with commas between portfolios ("Minister of Communication, Digital Technology").
    /// </summary>
    internal static bool PortfolioBeforeAnd(string sentence, List<Word> words, int last)
    {
        var k = last;
        while (k >= 2 && words[k].IsCapitalized && Vocabulary.NotNameWords.Contains(words[k].Text))
        {
            if (words[k - 1].Text is "of" or "for")
            {
                return Vocabulary.TitleNouns.Contains(words[k - 2].Text);
            }
            if (!sentence.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Trim().IsEmpty && !IsPortfolioListComma(sentence, words, k))
            {
                return false;
            }
            k--;
        }
        return false;
    }

    /// <summary>Whether the comma at <paramref name="comma"/> separates portfolios of one title (<see cref="IsPortfolioListComma"/>).</summary>
    internal static bool IsPortfolioListCommaAt(string text, int comma) => IsPortfolioListCommaAt(text, Tokens.Words(text), comma);

    /// <inheritdoc cref="IsPortfolioListCommaAt(string, int)"/>
    internal static bool IsPortfolioListCommaAt(string text, List<Word> words, int comma) =>
        words.FindIndex(w => w.Start > comma) is var next and > 0 && IsPortfolioListComma(text, words, next);

    internal static bool IsPortfolioListComma(string text, List<Word> words, int k)
    {
        // "… Ministry of Information and Communications, Ghana and Sri Lanka could …": a country after the comma starts a clause.
        if (text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Trim() is not "," || !words[k - 1].IsCapitalized || !words[k].IsCapitalized)
        {
            return false;
        }
        if (Countries.IsCountryOrBlocWord(words[k].Text))
        {
            return IsCountryListEndingTitle(text, words, k);
        }
        for (var j = k + 1; j < words.Count; j++)
        {
            var gap = text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End).Trim();
            if (gap.Length > 0 && gap is not ",")
            {
                return false;
            }
            if (words[j].Text == "and")
            {
                // "Agriculture, Fisheries and the Environment": the last portfolio may take its article.
                // "the Minister of Marine Resources, X, and the Ambassador of Egypt, Y": an office after the "and" is a
                // second person's, and the words before it a name, not a portfolio.
                // "…, X, and Tajikistan's Minister of Energy, Y": a country's possessive after the "and" opens another title too.
                var last = j + 1 < words.Count && words[j + 1].Text == "the" ? j + 2 : j + 1;
                return last < words.Count && words[last].IsCapitalized && !Vocabulary.TitleNouns.Contains(words[last].Text)
                    && CountryOfPossessive(words[last].Text) is null;
            }
            if (!words[j].IsCapitalized)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>"… Technical Education (NBTE)": an organisation's acronym in brackets right after its name belongs to the phrase.</summary>
    private static bool IsBracketedAcronym(string text, List<Word> words, int k)
    {
        var word = words[k];
        return text.AsSpan(words[k - 1].End, word.Start - words[k - 1].End).Trim() is "(" && word.End < text.Length && text[word.End] == ')'
            && word.Text.Length > 1 && IsCapitalsAndDigits(word.Text);
    }

    /// <summary>
    /// "Union Minister of State (Independent Charge) for Ayush": a bracket of a few capitalised words inside a title, at
    /// word <paramref name="k"/> (its opening or closing side).
    /// </summary>
    private static bool IsBracketInTitle(string text, List<Word> words, int k)
    {
        var gap = text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Trim();
        if (gap is "(")
        {
            return words[k - 1].IsCapitalized && words[k].IsCapitalized && text.IndexOf(')', words[k].End, Math.Min(30, text.Length - words[k].End)) > 0;
        }
        if (gap is ")")
        {
            var open = text.LastIndexOf('(', words[k - 1].Start, Math.Min(30, words[k - 1].Start + 1));
            return open > 0 && words[k - 1].IsCapitalized && Tokens.Words(text, open, words[k - 1].End - open).All(w => w.IsCapitalized);
        }
        return false;
    }

    /// <summary>The end of a title span, past the bracket that closes an acronym opened in it ("… Agency (BRGM)").</summary>
    internal static int ClosingBracketEnd(string text, int start, int end) =>
        end < text.Length && text[end] == ')' && text.AsSpan(start, end - start).Contains('(') ? end + 1 : end;

    /// <summary>
    /// "Hessa Sultan Al Nuaimi", "Sultan Al Jaber", "Abdiqani Sheikh Nur Dhoorre": a title word that is also a given name,
    /// between a given name and a family name (or opening a name whose family name follows), is a name.
    /// </summary>
    internal static bool IsNameAmidNames(List<Word> words, int index, int runStart) =>
        // "Park Myung-soo": the Korean surname before a hyphenated given name, not a park.
        words[index].Text is "Park" && index + 1 < words.Count && IsHyphenatedGivenName(words[index + 1].Text)
        || words[index].Text is "Sultan" or "Emir" or "Amir" or "Sheikh" or "Shaikh" && index + 1 < words.Count && words[index + 1].IsCapitalized
        && !Vocabulary.TitleNouns.Contains(words[index + 1].Text) && !Countries.IsCountryOrBlocWord(words[index + 1].Text)
        && index > runStart && words[index - 1].IsCapitalized && !Vocabulary.TitleNouns.Contains(words[index - 1].Text)
        && !Vocabulary.NotNameWords.Contains(words[index - 1].Text) && !Vocabulary.Honorifics.Contains(words[index - 1].Text)
        || IsCountrySurname(words, index, runStart);

    /// <summary>Countries whose names are also family names people bear ("Fernanda Coutinho Malta", "Michael Jordan").</summary>
    private static readonly HashSet<string> CountriesBorneAsSurnames = new(StringComparer.Ordinal)
    {
        "Jordan", "Malta", "Israel", "Chad", "England", "Ireland", "Holland", "France", "Wales", "Mali",
    };

    /// <summary>
    /// "Fernanda Coutinho Malta, announced": such a country closing a run after two given or family names is the person's
    /// family name; after a title or a body's word ("Minister Malta", "Invest Malta", "Bank of Jordan") it stays the country.
    /// </summary>
    private static bool IsCountrySurname(List<Word> words, int index, int runStart) =>
        CountriesBorneAsSurnames.Contains(words[index].Text) && index - 2 >= runStart
        && (index + 1 == words.Count || !words[index + 1].IsCapitalized)
        && IsPlainNameWord(words[index - 1]) && IsPlainNameWord(words[index - 2]);

    /// <summary>A name word (<see cref="IsNameWord"/>) that opens with a capital, of two letters or more and no possessive.</summary>
    private static bool IsPlainNameWord(Word word) =>
        word.Text.Length > 1 && char.IsUpper(word.Text[0]) && IsNameWord(word)
        && !word.Text.EndsWith("'s", StringComparison.Ordinal) && !word.Text.EndsWith("’s", StringComparison.Ordinal);

    /// <summary>A capitalised word that is no title, portfolio or common word, body head, country, honorific or acronym.</summary>
    internal static bool IsNameWord(Word word) =>
        word.IsCapitalized && !Vocabulary.TitleNouns.Contains(word.Text) && !Vocabulary.NotNameWords.Contains(word.Text)
        && !Vocabulary.OrganisationHeads.Contains(word.Text) && !Countries.IsCountryOrBlocWord(word.Text) && !Vocabulary.Honorifics.Contains(word.Text)
        && !IsCapitalsAndDigits(word.Text);

    /// <summary>A given name written as Korean ones are, two syllables joined by a hyphen: "Myung-soo", "Ji-hye".</summary>
    private static bool IsHyphenatedGivenName(string word)
    {
        var hyphen = word.IndexOf('-');
        return hyphen is >= 2 and <= 5 && word.Length - hyphen - 1 is >= 2 and <= 5 && char.IsUpper(word[0])
            && word.AsSpan(1, hyphen - 1).IndexOfAnyExceptInRange('a', 'z') < 0 && word.AsSpan(hyphen + 1).IndexOfAnyExceptInRange('a', 'z') < 0;
    }

    /// <summary>
    /// Where a name that follows a title with no comma starts, past a place that ends the title: "Ambassador of Bulgaria to
    /// North Macedonia Kalin Stoyanchev" (a place of two words whose first the title words took), "Consul General in Erbil
    /// Friedrich Albrecht Wunderlich" (a known place, of up to three words, right after "in" or "to"). Two words of name
    /// always stay: two are the least a name has.
    /// </summary>
    internal static int PastTitlePlace(List<Word> words, int nameStart, int runStart, int runEnd)
    {
        if (runEnd - nameStart < 3 || nameStart == 0)
        {
            return nameStart;
        }
        var before = words[nameStart - 1];
        var first = words[nameStart].Text;
        if (nameStart > runStart && before.IsCapitalized)
        {
            return Countries.CountryOrPlace(before.Text + " " + first) is not null ? nameStart + 1 : nameStart;
        }
        if (before.Text is "of" or "the" && IsBodyWordBeforeName(words, nameStart))
        {
            // "Deputy Director of Kyrgyzhydromet Temirlan Zhoroev": an "of" needs its body, so the run's first word is the
            // body's (a one-word name the lexicon cannot know), not the name's.
            return nameStart + 1;
        }
        if (before.Text is not ("in" or "to" or "for"))
        {
            return nameStart;
        }
        // "Ambassador to Sri Lanka Tevita Thompson Tupou", "ADB Country Director for Sri Lanka Carmen Delgado": a place of up
        // to three words, two words of name left after it.
        for (var placeWords = Math.Min(3, runEnd - nameStart - 2); placeWords >= 1; placeWords--)
        {
            var place = placeWords == 1 ? first : string.Join(' ', words.Skip(nameStart).Take(placeWords).Select(w => w.Text));
            if (Countries.CountryOrPlace(place) is not null)
            {
                return nameStart + placeWords;
            }
        }
        // "Director of the Agency for Hydrometeorology Sharif Mirzozoda": a field after "for" is the body's, as after "of".
        return before.Text is "for" && IsBodyWordBeforeName(words, nameStart) ? nameStart + 1 : nameStart;
    }

    /// <summary>
    /// Whether the word opening a run of three or more capitalised words after "of" can only be a body's: not an honorific
    /// (read later), not a place or the start of one ("of Viet Nam H.E. X" is read as a country later), not a compound
    /// ("of Johannesburg-based TransKaroo Freight").
    /// </summary>
    private static bool IsBodyWordBeforeName(List<Word> words, int index)
    {
        var first = words[index].Text;
        return !Vocabulary.Honorifics.Contains(first) && !Vocabulary.Honorifics.Contains(first + ".") && !first.Contains('-')
            && Countries.CountryOrPlace(first) is null && Countries.CountryOrPlace(first + " " + words[index + 1].Text) is null;
    }

    /// <summary>"Sri" or "Seri" completing a Malaysian honorific ("Dato’ Sri Ridzwan", "Datuk Seri Azman"); alone it starts names (Sri Mulyani).</summary>
    internal static bool IsMalaysianSri(List<Word> words, int index) =>
        words[index].Text is "Sri" or "Seri" && words[index - 1].Text.TrimEnd('.', '’', '\'') is "Dato" or "Datuk" or "Datin" or "Tan" or "Tun" or "Puan";

    /// <summary>An honorific, some only with their period ("Eng." for an engineer, where "Eng" is also a surname).</summary>
    internal static bool IsHonorific(string text, Word word) =>
        Vocabulary.Honorifics.Contains(word.Text) || word.Text is "HE" // "His Excellency" in Gulf papers; "he" is a pronoun
        || (word.End < text.Length && text[word.End] == '.' && Vocabulary.Honorifics.Contains(word.Text + "."))
        // "Eng Chipo Mhlanga-Ndlovu" (Engineer, East and Southern African papers write it without a full stop); after
        // another honorific it is the surname Eng ("Mr Eng Teck Leong"), unless its full stop says otherwise ("HE Eng. Nasser").
        || (word.Text is "Eng" && (!FollowsHonorific(text, word.Start) || word.End < text.Length && text[word.End] == '.'))
        || (word.Text is "Lok" && text.AsSpan(word.End).StartsWith(" Chumteav", StringComparison.Ordinal))
        // "Dato Seri Paduka Awang Haji", "Dato Seri Setia Haji": in Brunei's titles of honour "Awang" (Mr), "Dayang" (Ms)
        // and "Setia" (loyal) are titles too; elsewhere given names ("Datuk Awang Sahari Bujang", "Datuk Seri Awang …").
        || (word.Text is "Awang" or "Dayang" && (PreviousWord(text, word.Start) is "Paduka" or "Setia" or "Pehin" || OpensBruneianName(text, word.End)))
        // "Yang Berhormat" (the Honourable), "Yang Mulia", "Yang Amat Berhormat": Malay forms of address; "Yang" alone is a surname.
        || (word.Text is "Yang" && text.AsSpan(word.End) is var rest && (rest.StartsWith(" Berhormat", StringComparison.Ordinal)
            || rest.StartsWith(" Mulia", StringComparison.Ordinal) || rest.StartsWith(" Amat Berhormat", StringComparison.Ordinal)))
        || (word.Text is "Mulia" or "Amat" && PreviousWord(text, word.Start) is "Yang")
        || (word.Text is "Setia" && PreviousWord(text, word.Start) is "Seri" or "Paduka");

    /// <summary>
    /// Whether the words after "Awang" or "Dayang" (Mr, Ms in Brunei) are a Bruneian name: "Haji"/"Hajah" first ("Dayang
    /// Hajah Norhafizah binti Haji Yassin"), or a given name and then "bin"/"binti" ("Awang Mohd Hazwan bin Sabtu"); "Awang
    /// bin Ahmad" and "Awang Sahari Bujang" are given names.
    /// </summary>
    private static bool OpensBruneianName(string text, int end)
    {
        var rest = text.AsSpan(end);
        if (rest.StartsWith(" Haji ", StringComparison.Ordinal) || rest.StartsWith(" Hajah ", StringComparison.Ordinal) || rest.StartsWith(" Hj ", StringComparison.Ordinal))
        {
            return true;
        }
        var words = 0;
        foreach (var range in rest.Split(' '))
        {
            var word = rest[range];
            if (word.IsEmpty)
            {
                continue;
            }
            if (word is "bin" or "binti")
            {
                return words >= 1;
            }
            if (!char.IsUpper(word[0]) || ++words > 3)
            {
                return false;
            }
        }
        return false;
    }

    private static bool FollowsHonorific(string text, int start) => Vocabulary.HonorificSpans.Contains(PreviousWord(text, start));

    /// <summary>The word (letters and periods) before <paramref name="start"/>, past the spaces; empty at the start.</summary>
    private static ReadOnlySpan<char> PreviousWord(string text, int start)
    {
        var end = SkipSpaceBack(text, start);
        var wordStart = end;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }
        return text.AsSpan(wordStart, end - wordStart);
    }

    /// <summary>The Malaysian honorific "Tan Sri" (whereas "Tan" alone is a common surname).</summary>
    internal static bool IsTanSri(List<Word> words, int index) =>
        index + 2 < words.Count && words[index].Text == "Tan" && words[index + 1].Text == "Sri";

    private static bool HasBreakBetween(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] is ',' or ';' or ':' or '(' or ')' or '"' or '“' or '”' or '—' or '–')
            {
                return true;
            }
        }
        return false;
    }

    private static string Singular(string word) => Vocabulary.SingularNoun(word);

    internal static int SkipSpaceBack(string text, int index)
    {
        while (index > 0 && char.IsWhiteSpace(text[index - 1]))
        {
            index--;
        }
        return index;
    }

    /// <summary>
    /// Where the text goes on after a bracketed post-nominal at <paramref name="index"/> ("Bereket X (PhD), Minister of
    /// …", "Musa Y (rtd), chairman …"), or <paramref name="index"/> itself when none stands there.
    /// </summary>
    internal static int AfterPostNominal(string text, int index, int end)
    {
        var open = SkipSpace(text, index, end);
        if (open >= end || text[open] != '(')
        {
            return index;
        }
        var close = text.IndexOf(')', open, Math.Min(end - open, 12));
        return close > open && PostNominals.Contains(text.AsSpan(open + 1, close - open - 1).Trim().TrimEnd('.')) ? close + 1 : index;
    }

    /// <summary>
    /// Past a short bracketed tag right after a name at <paramref name="index"/> ("Tobias Baumann (SPD)", "(R-Texas)"): a
    /// party or seat, as <see cref="BeforeBracketedTag"/> reads one before a verb; else <paramref name="index"/>.
    /// </summary>
    private static int AfterBracketedTag(string text, int index, int end)
    {
        var open = SkipSpace(text, index, end);
        if (open >= end || text[open] != '(')
        {
            return index;
        }
        var close = text.IndexOf(')', open, Math.Min(end - open, 14));
        return close > open && IsNameTag(text.AsSpan(open + 1, close - open - 1)) ? close + 1 : index;
    }

    /// <summary>What a short bracket after a name holds when it tags the person: "SPD", "NCP", "PhD", "R-Texas".</summary>
    private static bool IsNameTag(ReadOnlySpan<char> tag) => tag.Length is >= 2 and <= 12 && char.IsUpper(tag[0]) && !tag.Contains(' ');

    /// <summary>
    /// Where the name before <paramref name="end"/> ends when a short bracketed tag follows it: a party ("Helmi X (NCP)
    /// told"), a post-nominal ("(PhD)"), a US member's seat ("(R-Texas)"). Else <paramref name="end"/>.
    /// </summary>
    private static int BeforeBracketedTag(string text, int clauseStart, int end)
    {
        var close = SkipSpaceBack(text, end) - 1;
        if (close <= clauseStart || text[close] != ')')
        {
            return end;
        }
        var open = text.LastIndexOf('(', close, Math.Min(close - clauseStart, 14));
        var tag = open < 0 ? default : text.AsSpan(open + 1, close - open - 1);
        if (open <= clauseStart || !IsNameTag(tag))
        {
            return end;
        }
        var nameEnd = SkipSpaceBack(text, open);
        // "the Southern African Power Pool (SAPP) says": the acronym of the words before it names a body, not a person's tag.
        return SpellsOut(tag, Tokens.Words(text, clauseStart, nameEnd - clauseStart)) ? end : nameEnd;
    }

    /// <summary>Whether the capitals of <paramref name="acronym"/> are the initials of the last capitalised words.</summary>
    private static bool SpellsOut(ReadOnlySpan<char> acronym, List<Word> words)
    {
        var capitals = 0;
        foreach (var c in acronym)
        {
            capitals += char.IsUpper(c) ? 1 : 0;
        }
        var capitalised = words.AsEnumerable().Reverse().TakeWhile(w => w.IsCapitalized || w.Text is "of" or "for" or "and" or "the").Where(w => w.IsCapitalized).Reverse().ToList();
        if (capitalised.Count < capitals || capitals < 2)
        {
            return false;
        }
        var k = 0;
        foreach (var c in acronym)
        {
            if (char.IsUpper(c) && capitalised[capitalised.Count - capitals + k++].Text[0] != c)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"D.Oyunchimeg", "G.Tsogtbaatar": an initial joined to a name by a full stop, as Mongolian news writes names.</summary>
    internal static bool IsInitialJoinedName(string word) =>
        word.Length > 3 && char.IsUpper(word[0]) && word[1] == '.' && char.IsUpper(word[2]) && char.IsLower(word[3]);

    /// <summary>
    /// "Transport and Logistics Minister Evans Sichilongo SC": where a run of words ends without the post-nominals written
    /// in capitals after a name (of two words or more, and not after another acronym).
    /// </summary>
    internal static int WithoutTrailingPostNominals(List<Word> words, int from, int to)
    {
        while (to - from > 2 && words[to - 1].Text.Length > 1 && IsCapitalsAndDigits(words[to - 1].Text) && PostNominals.Contains(words[to - 1].Text.TrimEnd('.'))
               && !IsCapitalsAndDigits(words[to - 2].Text))
        {
            to--;
        }
        return to;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PostNominals = new HashSet<string>(
        ["PhD", "Ph.D", "DPhil", "DSc", "MD", "MP", "rtd", "retd", "Rtd", "Retd", "OBE", "CBE", "MBE", "KBE", "OON", "OFR", "CON",
         "GCON", "SAN", "mni", "Esq", "KC", "QC", "SC", "FRCS"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Past white space only: where a comma is looked for, <see cref="SkipSpace"/> would step over it.</summary>
    private static int SkipWhiteSpace(string text, int index, int end)
    {
        while (index < end && char.IsWhiteSpace(text[index]))
        {
            index++;
        }
        return index;
    }

    private static int SkipSpace(string text, int index, int end)
    {
        while (index < end && (char.IsWhiteSpace(text[index]) || text[index] == ','))
        {
            index++;
        }
        return index;
    }
}
