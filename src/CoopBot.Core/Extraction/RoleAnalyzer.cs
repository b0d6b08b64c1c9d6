using System.Text.RegularExpressions;
using CoopBot.Core.Extraction.Lexicon;

namespace CoopBot.Core.Extraction;

/// <summary>
/// Reads a person's role, organisation and country from the title before the name ("Indonesian Health Minister")
/// and the appositive after it ("deputy head of China's National Development and Reform Commission").
/// </summary>
internal static partial class RoleAnalyzer
{
    [GeneratedRegex(@"\b(?:embassy|consulate|mission|delegation)\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}\-']*)(?:\s+(?:and\s+)?\p{Lu}[\p{L}\-']*)*)", RegexOptions.IgnoreCase)]
    private static partial Regex EmbassyOf();

    [GeneratedRegex(@"(?<!\bto\s)(?<!\bin\s)\bof\s+(?:the\s+)?((?:\p{Lu}[\p{L}\-']*)(?:\s+(?:and\s+)?\p{Lu}[\p{L}\-']*)*)")]
    private static partial Regex OfCountry();

    /// <summary>Degrees a student reads for ("a fifth-year MBBS student"): acronyms that name no body ("PhD", in mixed case, is none).</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Degrees =
        new HashSet<string>(StringComparer.Ordinal) { "MBBS", "MBA", "LLB", "LLM", "MD", "BA", "MA", "MPH", "DVM" }.GetAlternateLookup<ReadOnlySpan<char>>();

    // Acronyms of subjects, not bodies, in a portfolio ("vice president for AI governance", "director of ICT policy").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SubjectAcronyms =
        new HashSet<string>(StringComparer.Ordinal)
        {
            "AI", "ICT", "IT", "GDP", "SDG", "SDGs", "LNG", "SME", "SMEs", "MSME", "MSMEs", "EV", "EVs", "HIV", "TB", "NCD", "NCDs", "UHC", "DPI",
            "STEM", "GHG", "IoT", "5G", "6G",
        }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "PAHO’s Comprehensive Immunization Program", "SPC's Geoscience, Energy and Maritime Division": a unit named with its
    /// body's acronym before it belongs to that body, which is the organisation; else null.
    /// </summary>
    private static string? OwnerOfUnit(string organisation)
    {
        var apostrophe = organisation.IndexOfAny(['\'', '’']);
        if (apostrophe < 2 || apostrophe + 2 >= organisation.Length || organisation[apostrophe + 1] != 's' || organisation[apostrophe + 2] != ' ')
        {
            return null;
        }
        var owner = organisation[..apostrophe];
        var lastSpace = organisation.LastIndexOf(' ');
        return IsAcronym(owner) && UnitNouns.Contains(organisation[(lastSpace + 1)..].ToLowerInvariant()) ? owner : null;
    }

    /// <summary>
    /// "head of tenders at Hintco", "an analyst at Nomura": one capitalised word closing an office's title after "at" is
    /// where the person works, unless it is a place, a people or a title's own word. After a trade it is as often a place
    /// ("a fisherman at Kirumba"), so the title must open with an office's noun.
    /// </summary>
    private static string? BodyClosingTitleAt(string role)
    {
        var at = role.LastIndexOf(" at ", StringComparison.Ordinal);
        if (at < 0 || role.AsSpan(at + 4).IndexOf(' ') >= 0 || !Tokens.Words(role, 0, at).Any(w => Vocabulary.TitleNouns.Contains(w.Text) && !Vocabulary.PrivateOccupations.Contains(w.Text)))
        {
            return null;
        }
        var word = role[(at + 4)..];
        return word.Length > 2 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLetter) && !Vocabulary.NotNameWords.Contains(word)
            && !Vocabulary.TitleNouns.Contains(word) && !Vocabulary.OrganisationHeads.Contains(word) && Countries.CountryOrPlace(word) is null
            && !Countries.IsDemonym(word) && Countries.Bloc(word) is null
            ? word
            : null;
    }

    /// <summary>
    /// "head of Gavi’s vaccine manufacturing program": a one-word owner, no place, of a unit written in lower case after it
    /// that closes the title is the body the unit belongs to.
    /// </summary>
    private static bool OwnsUnitNamedAfter(string part, Possessive owner)
    {
        if (owner.Owner.Contains(' ') || Countries.CountryOrPlace(owner.Owner) is not null || Countries.IsDemonym(owner.Owner))
        {
            return false;
        }
        var unit = Tokens.Words(part, owner.Index + owner.Length, part.Length - owner.Index - owner.Length);
        return IsLowerCaseUnit(unit, 0, unit.Count);
    }

    /// <summary>Words <paramref name="first"/> up to <paramref name="end"/>: two to four in lower case, a unit's noun last ("vaccine manufacturing program").</summary>
    internal static bool IsLowerCaseUnit(List<Word> words, int first, int end) =>
        end - first is >= 2 and <= 4 && Enumerable.Range(first, end - first).All(k => !words[k].IsCapitalized) && UnitNouns.Contains(words[end - 1].Text);

    private static readonly HashSet<string> UnitNouns = new(StringComparer.Ordinal)
    {
        "team", "unit", "project", "programme", "program", "office", "division", "desk", "group", "lab", "laboratory", "section",
    };

    [GeneratedRegex(@"^(?:Executive\s+)?Board(?:\s+of\s+(?:Directors|Governors|Trustees|Management))?$")]
    private static partial Regex GoverningBoard();

    [GeneratedRegex(@"\b(?:of|in|at) the (?<owner>\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+){0,2}) (?=Ministry\b|Department\b)")]
    private static partial Regex OwnerBeforeMinistry();

    [GeneratedRegex(@"\b(?:[Aa]mbassador|[Ee]nvoy|[Cc]ommissioner|[Cc]onsul(?:[\s\-][Gg]eneral)?)(?<of>\s+of\s+(?:the\s+)?(?<sender>\p{Lu}[\p{L}\-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\-]*){0,4}))\s+(?:to|in)\s")]
    private static partial Regex EnvoyOfCountry();

    /// <summary>Whether a text can hold <see cref="LeadingOwner"/>'s possessive mark: without one the pattern need not run.</summary>
    private static bool HasApostrophe(string text) => text.AsSpan().IndexOfAny('\'', '’') >= 0;

    /// <summary>A possessive opening a title, its owner of capitalised words (with "of", "the" between) or a place and its kind.</summary>
    // "Côte d'Ivoire's": a word may open with "d'".
    [GeneratedRegex(@"^(?:[Tt]he\s+)?(?<owner>\p{Lu}[\p{L}\-]*(?:\s+(?:(?:of|the)\s+)*(?:d['’])?\p{Lu}[\p{L}\-]*){0,4}(?:\s+(?:province|state|region|county|prefecture))?)['’]s?\s+")]
    private static partial Regex LeadingOwner();

    /// <summary>
    /// The country an owner names: itself a country, or a region or city of one ("Neuquén province" → Argentina), or a
    /// territory of one ("Greenland's Minister for Infrastructure" → Denmark).
    /// </summary>
    /// <summary>The word "X-based" among <paramref name="first"/> up to (not including) <paramref name="last"/>, else -1.</summary>
    private static int BasedWordIn(List<Word> words, int first, int last)
    {
        for (var k = first; k < last; k++)
        {
            if (words[k].Text.EndsWith("-based", StringComparison.Ordinal))
            {
                return k;
            }
        }
        return -1;
    }

    private static string? OwnerCountry(string owner)
    {
        if ((Countries.CountryOrPlace(owner) ?? Countries.SovereignOf(owner)) is { } country)
        {
            return country;
        }
        // "Neuquén province’s", "Nairobi County's": the place before a word for its kind of place.
        var kind = owner.LastIndexOf(' ');
        return kind > 0 && (char.IsLower(owner[kind + 1]) || Vocabulary.LocalGovernmentKinds.Contains(owner[(kind + 1)..])) ? Countries.CountryOfPlace(owner[..kind]) : null;
    }

    // "Lagos-based", "Cape Town-based", "Rio de Janeiro-based", "Dar es Salaam-based": the place may run over a few words; which of them are the
    // place is decided by the lexicon (PlaceBeforeBased), so "The Cape Town-based" reads as Cape Town.
    [GeneratedRegex(@"((?:\p{Lu}[\p{L}]+\s+(?:(?:de|do|da|dos|das|del|di|la|el|al|es)\s+)?){0,2}\p{Lu}[\p{L}]+)-based\b")]
    private static partial Regex Based();

    [GeneratedRegex(@"((?:\p{Lu}[\p{L}]+\s+(?:(?:de|do|da|dos|das|del|di|la|el|al|es)\s+)?){0,2}\p{Lu}[\p{L}\-]*)-based\s+")]
    private static partial Regex BasedQualifier();

    /// <summary>
    /// The place of a "-based" qualifier: the longest run of its last words that names a country or a city, else its last
    /// word; with where that run starts in <paramref name="words"/>.
    /// </summary>
    private static (string? Country, int Start) PlaceBeforeBased(string words)
    {
        var parts = Tokens.Words(words);
        for (var i = 0; i < parts.Count; i++)
        {
            var place = words[parts[i].Start..];
            if (Countries.CountryOrPlace(place) is { } country)
            {
                return (country, parts[i].Start);
            }
        }
        return (null, parts.Count == 0 ? 0 : parts[^1].Start);
    }

    /// <summary>"the Brussels-based think tank Bruegel": think tanks and NGOs are no country's (the gold conventions).</summary>
    [GeneratedRegex(@"^\s*(?:think[- ]tank|non-?profit|NGO|non-governmental|advocacy group|campaign group|charity)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoCountryBodies();

    // An article describes the same person with the same words more than once (introduced, then quoted): each title and
    // appositive pair is analysed once per article. The extractor clears this with the token cache.
    [ThreadStatic]
    private static Dictionary<(string?, string?), (string?, string?, string?)>? analyses;

    /// <summary>Forgets the analyses of the article read before.</summary>
    public static void ResetCache() => analyses?.Clear();

    public static (string? Role, string? Organisation, string? Country) Analyze(string? preTitle, string? appositive)
    {
        var known = analyses ??= [];
        if (!known.TryGetValue((preTitle, appositive), out var analysis))
        {
            analysis = AnalyzeUncached(preTitle, appositive);
            known[(preTitle, appositive)] = analysis;
        }
        return analysis;
    }

    private static (string? Role, string? Organisation, string? Country) AnalyzeUncached(string? preTitle, string? appositive)
    {
        string? country = null;
        string? role = null;
        string? pre = WithoutTrailingRank(Clean(preTitle));
        var description = Clean(appositive);
        // The past ("who has worked for EU institutions") gives no role or organisation, but may still say where the person is.
        var post = WithoutPastClause(description);

        if (pre is not null && HasApostrophe(pre) && LeadingOwner().Match(pre) is { Success: true } leadingOwner && OwnerCountry(leadingOwner.Groups["owner"].Value) is { } ownerCountry)
        {
            // "Democratic Republic of Congo's Ambassador to Zambia", "British Columbia’s Minister of Jobs", "Neuquén province’s
            // minister of energy": the owner, read whole before its words are (not "British" for the United Kingdom).
            country = ownerCountry;
            pre = pre[leadingOwner.Length..];
        }
        if (pre is not null)
        {
            (pre, var leadingCountry) = StripLeadingCountry(pre);
            country ??= leadingCountry;
        }
        // "X, Greenland's minister of health,": a territory or region owning the appositive's title is the country's
        // (countries' own possessives are read below, where the role keeps "the").
        if (country is null && post is not null && HasApostrophe(post) && LeadingOwner().Match(post) is { Success: true } ownerOfPost
            && Countries.Country(ownerOfPost.Groups["owner"].Value) is null && OwnerCountry(ownerOfPost.Groups["owner"].Value) is { } postOwnerCountry)
        {
            country = postOwnerCountry;
            post = post[ownerOfPost.Length..];
        }
        foreach (var part in new[] { description, pre })
        {
            if (part is null)
            {
                continue;
            }
            if (HasPossessiveMark(part) && Possessives.First(part) is { } possessive && Countries.Country(possessive.Owner) is { } owner)
            {
                country ??= owner;
            }
        }
        role = post ?? pre;
        if (role is not null)
        {
            // "deputy head of China's National Development and Reform Commission" → "… of the National …".
            role = !HasPossessiveMark(role) ? role : Possessives.Replace(role, p => Countries.Country(p.Owner) is not null || Countries.Bloc(p.Owner) is not null ? "the" : role.Substring(p.Index, p.Length));
            role = HasTwoThes(role) ? DoubleThe().Replace(role, "the") : role;
            // "State Secretary of the Latvian Ministry of Defence" → "… of the Ministry of Defence", as a possessive is.
            if (role.Contains(" the ", StringComparison.Ordinal) && (role.Contains("Ministry", StringComparison.Ordinal) || role.Contains("Department", StringComparison.Ordinal))
                && OwnerBeforeMinistry().Match(role) is { Success: true } ministryOwner
                && Countries.Country(ministryOwner.Groups["owner"].Value) is { } ministryCountry)
            {
                country ??= ministryCountry;
                role = role.Remove(ministryOwner.Groups["owner"].Index, ministryOwner.Groups["owner"].Length + 1);
            }
            // "Ambassador of Japan to Mongolia", "Consul General of the Islamic Republic of Iran in Quetta": the sending country is
            // the country, not part of the title (as a demonym is not).
            if ((role.Contains(" to ", StringComparison.Ordinal) || role.Contains(" in ", StringComparison.Ordinal)) && EnvoyOfCountry().Match(role) is { Success: true } envoy && Countries.Country(envoy.Groups["sender"].Value) is { } sender)
            {
                country ??= sender;
                role = role.Remove(envoy.Groups["of"].Index, envoy.Groups["of"].Length);
            }
            role = StripArticle(role);
            if (role.Length == 0)
            {
                role = null;
            }
        }

        var organisation = role is null ? null : FindOrganisation(role) ?? (pre is not null && post is not null ? FindOrganisation(pre) : null);
        organisation = organisation is null || role is null ? organisation : WithClosingQuote(role, organisation);
        organisation = organisation is null ? null : OwnerOfUnit(organisation) ?? organisation;
        // "Union Minister of State (Independent Charge) for Ayush": a whole title read as a body (its bracket looked like an
        // acronym's) is no organisation.
        if (organisation is not null && organisation == role && Tokens.Words(role).Any(w => w.IsCapitalized && Vocabulary.TitleNouns.Contains(w.Text)))
        {
            organisation = null;
        }
        // "CSIRO fire scientist", "NASA flight engineer": the body's acronym before a trade in lower case is the organisation,
        // no part of the title (as a demonym before it is not).
        if (organisation is not null && role is not null && ReferenceEquals(role, pre) && role.StartsWith(organisation + " ", StringComparison.Ordinal)
            && IsAcronym(organisation) && role.Length > organisation.Length + 1 && char.IsLower(role[organisation.Length + 1]))
        {
            country ??= CountryInRole(organisation);
            role = role[(organisation.Length + 1)..];
        }
        if (organisation is null)
        {
            // "the African Union's commissioner for infrastructure": the owner is the organisation.
            foreach (var part in new[] { post, pre })
            {
                if (part is not null && HasPossessiveMark(part) && Possessives.First(part) is { } owner && Countries.Country(owner.Owner) is null)
                {
                    var name = owner.Owner;
                    organisation = Countries.Bloc(name) ?? (FindOrganisation(name) is not null || OwnsUnitNamedAfter(part, owner) ? name : null);
                    if (organisation is not null)
                    {
                        break;
                    }
                }
            }
            organisation ??= role is null ? null : BodyClosingTitleAt(role);
        }
        if (country is null && role is not null)
        {
            country = CountryInRole(role) ?? (pre is not null && !ReferenceEquals(role, pre) ? CountryInRole(pre) : null)
                ?? (ReferenceEquals(post, description) ? null : CountryInRole(description!));
            // "FAO Representative in the Lao People's Democratic Republic": an international body's officer posted to a
            // country is the body's, not that country's.
            // So is one whose title opens with the body's name ("World Bank Country Manager for Moldova").
            if (country is not null && (organisation is not null ? CountryInference.IsInternational(organisation) || Countries.Bloc(organisation) is not null : CountryInference.IsInternational(role))
                && country == PostedIn(role))
            {
                country = null;
            }
        }
        // "the Kathmandu-based International Centre for Integrated Mountain Development": where it sits is not whose it is.
        // (Also in a title before the name: "The Chief Executive Officer of Lagos-based drug maker Kessington …, X,".)
        var describing = appositive ?? preTitle;
        if (country is null && describing is not null && describing.Contains("-based", StringComparison.Ordinal) && Based().Match(describing) is { Success: true } based
            && !CountryInference.IsInternational(describing[(based.Index + based.Length)..].TrimStart())
            && !NoCountryBodies().IsMatch(describing[(based.Index + based.Length)..]) && !CountryInference.IsBlocBody(describing[(based.Index + based.Length)..]))
        {
            country = PlaceBeforeBased(based.Groups[1].Value).Country;
        }
        // "chief executive of Penang-based Kenari Test Systems": where a company sits is no part of the title (its
        // country is kept above), as a demonym is not.
        if (role is not null && role.Contains("-based ", StringComparison.Ordinal))
        {
            role = BasedQualifier().Replace(role, m => m.Value[..PlaceBeforeBased(m.Groups[1].Value).Start]);
        }
        return (role, organisation, country);
    }

    /// <summary>The country after "in", "for" or "to" in a role ("Representative in the Lao People's Democratic Republic"), if any.</summary>
    private static string? PostedIn(string role) => CountryAfter(role, (words, i) => words[i].Text is "in" or "for" or "to", skipThe: true);

    /// <summary>
    /// The country named right after the first word of <paramref name="role"/> (not its first) that <paramref name="link"/>
    /// accepts, past a "the" when <paramref name="skipThe"/>; else null.
    /// </summary>
    internal static string? CountryAfter(string role, Func<List<Word>, int, bool> link, bool skipThe)
    {
        var words = Tokens.Words(role);
        for (var i = 1; i + 1 < words.Count; i++)
        {
            var first = skipThe && i + 1 < words.Count - 1 && words[i + 1].Text is "the" ? i + 2 : i + 1;
            if (link(words, i) && Countries.LeadingCountry(words.GetRange(first, words.Count - first), words.Count - first) is { } country)
            {
                return country.Country;
            }
        }
        return null;
    }

    /// <summary>
    /// A description without its relative clause of the past: "a freelance translator in Kaunas who has worked for EU
    /// institutions for 15 years" → "a freelance translator in Kaunas". What the person did before is no post of theirs,
    /// and its body no organisation ("who heads", "who runs" stay: they say what the person does now).
    /// </summary>
    private static string? WithoutPastClause(string? description)
    {
        var who = description?.IndexOf(" who ", StringComparison.Ordinal) ?? -1;
        if (who <= 0)
        {
            return description;
        }
        var verbStart = who + " who ".Length;
        var verbEnd = description!.IndexOf(' ', verbStart);
        var verb = description.AsSpan(verbStart, (verbEnd < 0 ? description.Length : verbEnd) - verbStart);
        var past = verb is "has" or "had" or "was" or "were" or "once" or "previously" or "formerly" or "used" or "spent" or "fled" or "left"
                or "lost" or "came" or "became" or "grew" or "ran" or "led" or "took" or "won" or "fought" or "sold" or "taught"
            || verb.Length > 4 && verb.EndsWith("ed", StringComparison.Ordinal);
        return past ? description[..who].TrimEnd(',', ' ') : description;
    }

    /// <summary>
    /// A country owning the title phrase that ends at <paramref name="end"/>, when the title runs over commas:
    /// "Japan's Parliamentary Vice-Minister of Education, Culture, Sports, Science and Technology Keiko Tanabe".
    /// </summary>
    internal static string? CountryOwningTitle(string sentence, int end)
    {
        var start = Math.Max(0, end - 140);
        // "…; Togo's Minister of Economy, X; and the Bank's Director General, Y": a semicolon ends the previous person's title.
        var semicolon = end > start ? sentence.LastIndexOf(';', end - 1, end - start) : -1;
        start = semicolon >= 0 ? semicolon + 1 : start;
        var segment = sentence[start..end];
        string? found = null;
        foreach (var possessive in HasPossessiveMark(segment) ? Possessives.All(segment) : [])
        {
            // The nearest owner owns the title: "the Bank's Director General" after a country's minister is the bank's.
            found = Countries.Country(possessive.Owner) is { } country && OnlyTitleWords(segment[(possessive.Index + possessive.Length)..]) ? country : null;
        }
        if (found is null)
        {
            // "Kazakh Minister of Digital Development, Innovation and Aerospace Industry Yerlan Dauletbekov"; but "The WHO
            // Representative in Uganda, Dr X" and "Ambassador to Uganda X" are not Uganda's.
            // A country of several words is read whole: "in Papua New Guinea" is no "Guinea".
            var words = Tokens.Words(segment);
            for (var i = 0; i < words.Count; i++)
            {
                if (!words[i].IsCapitalized || Countries.LeadingCountry(words.GetRange(i, words.Count - i), words.Count - i) is not { } lead)
                {
                    continue;
                }
                // "of the Pan American Health Organization": a region's adjective is no country's.
                // Nor is a posting's ("Country Manager for Moldova", "Special Envoy for Sudan", "WHO Representative to the
                // Philippines").
                var link = i > 1 && words[i - 1].Text is "the" ? i - 2 : i - 1;
                if (OnlyTitleWords(segment[words[i + lead.Words - 1].End..]) && !(i > 0 && (words[link].Text is "in" or "to" or "at" or "for" || RegionQualifiers.Contains(words[i - 1].Text))))
                {
                    found = lead.Country;
                }
                i += lead.Words - 1;
            }
        }
        return found;
    }

    // Cheap tests for what a pattern needs before running it: most roles have no "the the", no embassy.
    private static bool HasTwoThes(string text)
    {
        var first = text.IndexOf("the", StringComparison.Ordinal);
        return first >= 0 && text.IndexOf("the", first + 3, StringComparison.Ordinal) >= 0;
    }

    private static bool MentionsEmbassy(string text) =>
        text.Contains("embassy", StringComparison.OrdinalIgnoreCase) || text.Contains("consulate", StringComparison.OrdinalIgnoreCase);

    // The possessive pattern is costly; it needs an apostrophe next to an "s" ("China's", "Philippines'"), which most
    // roles lack. Looking beside each apostrophe is cheaper than a search for the four marks, which has no fast path
    // because "’" is not ASCII.
    private static bool HasPossessiveMark(string text)
    {
        var from = 0;
        while (text.AsSpan(from).IndexOfAny('\'', '’') is var found and >= 0)
        {
            var at = from + found;
            if (at > 0 && text[at - 1] == 's' || at + 1 < text.Length && text[at + 1] == 's')
            {
                return true;
            }
            from = at + 1;
        }
        return false;
    }

    // Between a country and the name only a title may stand: capitalised words, commas, "and", "of", "for", title nouns.
    private static bool OnlyTitleWords(string between) =>
        Tokens.Words(between).All(w => w.IsCapitalized || w.Text is "and" or "of" or "for" or "the" or "on" || Vocabulary.TitleNouns.Contains(w.Text));

    /// <summary>"Indonesian Health Minister" → ("Health Minister", Indonesia); "Laos Technology …" → Laos.</summary>
    internal static (string Remainder, string? Country) StripLeadingCountry(string text)
    {
        var words = Tokens.Words(text);
        if (Countries.LeadingCountry(words, words.Count - 1) is var (n, country))
        {
            var rest = text[words[n].Start..].Trim();
            return (rest, country);
        }
        return (text, null);
    }

    private static string? CountryInRole(string role)
    {
        var hasOf = role.Contains(" of ", StringComparison.Ordinal);
        var embassy = hasOf ? EmbassyOf().Match(role) : Match.Empty;
        if (embassy.Success && FirstCountry(embassy.Groups[1].Value) is { } host)
        {
            return host;
        }
        foreach (Match match in hasOf ? OfCountry().Matches(role) : (IEnumerable<Match>)[])
        {
            if (FirstCountry(match.Groups[1].Value) is { } country)
            {
                return country;
            }
        }
        // A demonym inside the role: "the Indonesian Chamber of Commerce".
        var words = Tokens.Words(role);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            // The plain lookup first: most capitalised words name no country, and it needs no folded copy of the word.
            if (word.IsCapitalized && Countries.Country(word.Text) is { } demonym && Countries.IsDemonym(word.Text))
            {
                // "North Korean" is North Korea's; "Pan American", "Latin American" are a region's, no country's.
                if (i > 0 && Countries.Country(role[words[i - 1].Start..word.End]) is { } twoWords)
                {
                    return twoWords;
                }
                if (PlaceBegunBy(role, words, i) is { } placeCountry)
                {
                    return placeCountry;
                }
                var before = role[..word.Start];
                if (!before.EndsWith("to ", StringComparison.Ordinal) && !(i > 0 && RegionQualifiers.Contains(words[i - 1].Text)))
                {
                    return demonym;
                }
            }
        }
        // Last, a national body the readers know by name ("a fire scientist at CSIRO"): knowledge, not the article's words.
        var home = words.FindIndex(1, w => w.Text is "from") is var from and > 0 && IsHomeOfTradesperson(words, from + 1) ? words[from].Start : role.Length;
        return CountryBeginningBodyName(words) ?? PlaceHeadingTitle(role, words) ?? CountryEndingBodyName(words) ?? KnownBodies.CountryIn(role[..home]);
    }

    /// <summary>
    /// "Chief Tourism Officer at the Rwanda Development Board", "researcher at the Korea Astronomy and Space Science
    /// Institute": a body whose name begins with a country's name is that country's. Not after "to" or "in"
    /// ("Ambassador to Jordan", "Representative in Uganda"), and only when the capitalised run goes on to an
    /// organisation's head noun, so "Jordan Valley" or a country alone does not count. The country must begin the name:
    /// in "the Lake Chad Basin Commission" or "the Niger Basin Authority" it names a lake's or a river's region.
    /// </summary>
    private static string? CountryBeginningBodyName(List<Word> words)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (!words[i].IsCapitalized || (i > 0 && (words[i - 1].Text is "to" or "in" or "and" || words[i - 1].IsCapitalized)) || Countries.IsDemonym(words[i].Text))
            {
                continue;
            }
            if (Countries.LeadingCountry(words.GetRange(i, words.Count - i), words.Count - i) is { } lead && i + lead.Words < words.Count
                && !GeographicFeatures.Contains(words[i + lead.Words].Text) && NamesBodyFrom(words, i + lead.Words))
            {
                return lead.Country;
            }
        }
        return null;
    }

    private static readonly HashSet<string> GeographicFeatures = new(StringComparer.Ordinal)
    {
        "Basin", "River", "Valley", "Delta", "Lake", "Sea", "Gulf", "Bay", "Highlands", "Corridor", "Region", "Coast", "Mountains",
    };

    /// <summary>Whether the words from <paramref name="start"/> run, capitalised (joined by "and", "of", "for"), to an organisation's head noun.</summary>
    private static bool NamesBodyFrom(List<Word> words, int start)
    {
        for (var j = start; j < words.Count; j++)
        {
            if (words[j].IsCapitalized && Vocabulary.OrganisationHeads.Contains(words[j].Text))
            {
                return j > start || words[j].Text is not ("Government" or "Embassy" or "Consulate" or "Mission");
            }
            if (!words[j].IsCapitalized && !(j > start && words[j].Text is "and" or "of" or "for"))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>The country a body's name gives ("the Korea AeroSpace Administration" → South Korea, "the Indonesian Chamber of Commerce" → Indonesia, "Paraguay's … Service" → Paraguay), else null.</summary>
    internal static string? CountryOfBody(string body) =>
        // "Paraguay's National Animal Quality and Health Service": the owner's possessive names the country.
        (body.IndexOf(' ') is > 0 and var space ? MentionParser.CountryOfPossessive(body[..space]) : null) ?? CountryInRole(body) ?? CountryEndingName(body)
        ?? TerritoryHeading(body);

    /// <summary>
    /// "Guam Visitors Bureau", "Hong Kong Monetary Authority", "Puerto Rico's Department of Health": a body named after a
    /// territory, or owned by one, is its sovereign's.
    /// </summary>
    private static string? TerritoryHeading(string body) =>
        LeadingTerritory(body, Tokens.Words(body), ownerToo: true).Sovereign is { } sovereign && !CountryInference.IsInternational(body) ? sovereign : null;

    /// <summary>
    /// A territory named by the first one to four of <paramref name="words"/>, the longest first, with more words after it
    /// ("American Samoa, Samoa and Tonga sign …", "Guam Visitors Bureau"; with <paramref name="ownerToo"/>, its possessive
    /// too: "Puerto Rico's Department of Health"): how many words, and its sovereign; else (0, null).
    /// </summary>
    internal static (int Words, string? Sovereign) LeadingTerritory(string text, List<Word> words, bool ownerToo)
    {
        for (var n = Math.Min(4, words.Count - 1); n >= 1; n--)
        {
            var start = text[..words[n - 1].End];
            if (Countries.SovereignOf(ownerToo ? MentionParser.WithoutPossessive(start) : start) is { } sovereign)
            {
                return (n, sovereign);
            }
        }
        return (0, null);
    }

    /// <summary>
    /// "Medicines for Ireland", "Tourism Fiji": a body named "… for &lt;country&gt;", or by a word and its country, is that
    /// country's (the caller knows it names a body, so no head noun is needed). A longer name ending in a country is
    /// often an international charity's branch there ("Action Against Hunger UK"), whose staff are no country's.
    /// </summary>
    private static string? CountryEndingName(string body)
    {
        var words = Tokens.Words(body);
        return (words.Count == 2 || words.Count >= 3 && words[^2].Text is "for") && words[^1].IsCapitalized && words[0].IsCapitalized && !Countries.IsDemonym(words[^1].Text)
            ? Countries.Country(words[^1].Text)
            : null;
    }

    /// <summary>Words that make a demonym a region's: "Pan American", "Latin American", "Central Asian".</summary>
    private static readonly HashSet<string> RegionQualifiers = new(StringComparer.Ordinal) { "Pan", "Latin", "North", "South", "Central", "East", "West", "Ibero", "Inter" };

    private static string? FirstCountry(string phrase)
    {
        var words = Tokens.Words(phrase);
        if (words.Count == 0)
        {
            return null;
        }
        // "of Rotterdam Authority" (the Port of Rotterdam Authority), "of Nairobi": a body of a city is that city's country's.
        if (PlaceBegunBy(phrase, words, 0) is { } place)
        {
            return place;
        }
        // "of the Senegal River", "of the Congo Basin": a river's or a basin's body is of the countries it runs through.
        if (Countries.LeadingCountry(words, words.Count) is var (n, country))
        {
            return n < words.Count && GeographicFeatures.Contains(words[n].Text) ? null : country;
        }
        // "of the Guam Department of Agriculture": a territory's body is its sovereign's; "of the Tehran Convention Interim
        // Secretariat": an international body is no country's, wherever it sits. A territory's acronym alone ("chief
        // executive of the BVI") is as often a body's (the Botswana Vaccine Institute), so it must head a name.
        return CountryInference.IsInternational(phrase) ? null
            : Countries.CountryOfPlace(words[0].Text) ?? (words.Count > 1 || !MentionParser.IsCapitalsAndDigits(words[0].Text) ? Countries.SovereignOf(words[0].Text) : null);
    }

    /// <summary>
    /// "Director, … Division, Ministry of Health Malaysia", "Bank Negara Malaysia": a body's name that ends with its
    /// country, after a head noun.
    /// </summary>
    private static string? CountryEndingBodyName(List<Word> words)
    {
        if (words.Count < 3 || !words[^1].IsCapitalized || Countries.IsDemonym(words[^1].Text))
        {
            return null;
        }
        // "Institut Pasteur de Dakar": a body named in its own language after its city is that city's country's.
        if ((Countries.Country(words[^1].Text) ?? (words[^2].Text is "de" or "du" or "do" or "da" ? Countries.CountryOfPlace(words[^1].Text) : null)) is not { } country)
        {
            return null;
        }
        // "Centre Pasteur du Cameroun", "Banco Central do Brasil": joining words of other languages too.
        for (var k = words.Count - 2; k >= 0 && (words[k].IsCapitalized || words[k].Text is "of" or "for" or "and" or "du" or "de" or "des" or "do" or "da"); k--)
        {
            if (Vocabulary.OrganisationHeads.Contains(words[k].Text))
            {
                return k > 0 && words[k - 1].Text is "to" or "in" ? null : country;
            }
        }
        return null;
    }

    /// <summary>
    /// "North Kalimantan provincial secretary", "Sarawak Minister of Tourism", "Lagos State Commissioner": a title held in a
    /// city or region named before it is that place's country's. The place is read whole (longest first), so "Inner
    /// Mongolia" is China's and not Mongolia's.
    /// </summary>
    private static string? PlaceHeadingTitle(string role, List<Word> words)
    {
        for (var n = Math.Min(4, words.Count - 1); n >= 1; n--)
        {
            // The title may go on after its noun: "Lagos State Commissioner for Health".
            if (words.Take(n).All(w => w.IsCapitalized) && (Vocabulary.TitleNouns.Contains(words[^1].Text) || words.Skip(n).Take(3).Any(w => Vocabulary.TitleNouns.Contains(w.Text)))
                && Countries.CountryOfPlace(role[..words[n - 1].End]) is { } country)
            {
                // "Bursa Malaysia chief executive officer": a country named in the heading words after the place is the one (Bursa is
                // also a Turkish city); a country inside the place's own name ("Inner Mongolia") is not.
                var named = words.Take(NameRunLength(words)).Skip(n).FirstOrDefault(w => !Countries.IsDemonym(w.Text) && Countries.Country(w.Text) is not null);
                return named.Text is { } word ? Countries.Country(word) : country;
            }
        }
        return null;
    }

    /// <summary>How many capitalised words the list opens with.</summary>
    private static int NameRunLength(List<Word> words)
    {
        var n = 0;
        while (n < words.Count && words[n].IsCapitalized)
        {
            n++;
        }
        return n;
    }

    /// <summary>
    /// "the Lao Cai Provincial People's Committee", "the Ho Chi Minh City People's Committee": the country of a place of two
    /// to four words (the longest first) whose name begins with word <paramref name="i"/> (a demonym there is that place's,
    /// not its own country's).
    /// </summary>
    private static string? PlaceBegunBy(string text, List<Word> words, int i)
    {
        for (var last = Math.Min(i + 3, words.Count - 1); last > i; last--)
        {
            var place = text[words[i].Start..words[last].End];
            if ((Countries.CountryOfPlace(place) ?? Countries.SovereignOf(place)) is { } country)
            {
                return country;
            }
        }
        return null;
    }

    /// <summary>The organisation a role names: "embassy of X in Y", "Ministry of …", "National … Commission", or a bloc.</summary>
    internal static string? FindOrganisation(string role)
    {
        var embassy = MentionsEmbassy(role) ? EmbassyToEnd().Match(role) : Match.Empty;
        if (embassy.Success)
        {
            return TrimOrganisation(embassy.Value);
        }

        var words = Tokens.Words(role);
        for (var i = 0; i < words.Count; i++)
        {
            if (!words[i].IsCapitalized)
            {
                continue;
            }
            // A capitalised run, allowing "of", "and", "for", "on", "the" between capitalised words, and "de", "del", "da", "do"
            // in names kept in their own language ("Institut Pasteur de Dakar", "Universidad de Chile").
            var end = i;
            var j = i + 1;
            while (j < words.Count)
            {
                if (words[j].IsCapitalized)
                {
                    end = j;
                    j++;
                }
                else if (words[j].Text is "of" or "and" or "for" or "on" or "the" or "&" or "de" or "del" or "da" or "do" && j + 1 < words.Count && words[j + 1].IsCapitalized
                         && !(words[j].Text == "and" && Vocabulary.TitleNouns.Contains(words[j + 1].Text)))
                {
                    j++;
                }
                else if (words[j].Text is "and" && j + 2 < words.Count && words[j + 1].Text is "the" && words[j + 2].IsCapitalized)
                {
                    j += 2; // "Department of Agriculture, Food and the Marine"
                }
                else
                {
                    break;
                }
            }
            // "Federal Minister for Railways", "Professor of Istanbul Technical University": a title heading the run is no
            // part of the body; what follows its "of"/"for" is, when it is more than a portfolio's one word.
            var titleHead = TitleHeadEnd(words, i, end);
            if (titleHead > i)
            {
                var the = titleHead + 1 <= end && words[titleHead + 1].Text is "the";
                var bodyStart = the ? titleHead + 2 : titleHead + 1;
                if (bodyStart > end || !NamesBodyAfterTitle(words, bodyStart, end, the))
                {
                    i = end;
                    continue;
                }
                i = bodyStart;
            }
            // "… Commission (PAOCC)": the acronym's closing bracket is part of the name.
            var phrase = role.AsSpan(words[i].Start, MentionParser.ClosingBracketEnd(role, words[i].Start, words[end].End) - words[i].Start);
            var endsWithTitle = Vocabulary.TitleNouns.Contains(words[end].Text);
            // "KASA Administrator", "GVTC Executive Secretary", "EU Ambassador", "Department of Information and
            // Communications Technology (DICT) Secretary": a body's name heading a title is the body's, as the article
            // writes it (a country's, "UAE Ambassador", is read as a country elsewhere).
            if (endsWithTitle && i < end && BodyBeforeTitle(role, words, i, end) is { } body)
            {
                return body;
            }
            // "director of freight operator Balkan Rail Cargo", "CEO of Chisinau-based walnut exporter Nucarom": a name after a
            // company's kind (or where it is based) is the company's, whatever it is called.
            if (!endsWithTitle && i > 0 && (words[i - 1].Text.EndsWith("-based", StringComparison.Ordinal)
                    || Vocabulary.CompanyKinds.Contains(words[i - 1].Text)) && Countries.Country(phrase) is null)
            {
                return TrimOrganisation(phrase.ToString());
            }
            // "chief executive of Addis Ababa-based Abyssinia Flour Mills": the run holds the place; the company follows it and
            // ends the role ("Hyderabad-based GPU cloud provider TensorGrid" names it after its kind).
            var basedAt = end == words.Count - 1 && !endsWithTitle ? BasedWordIn(words, i, end) : -1;
            if (basedAt >= 0)
            {
                return TrimOrganisation(role[words[basedAt + 1].Start..MentionParser.ClosingBracketEnd(role, words[basedAt + 1].Start, words[end].End)]);
            }
            // "chief executive of Campos Máquinas Agrícolas", "chief executive of Medicines for Ireland": the capitalised name
            // of two or more words a company head's "of" leads to, ending the role, is the company's.
            if (!endsWithTitle && end == words.Count - 1 && end > i && IsCompanyHeadOf(words, i) && Countries.Country(phrase) is null
                && Countries.CountryOfPlace(phrase.ToString()) is null && !AllTitleWords(words, i, end))
            {
                return TrimOrganisation(phrase.ToString());
            }
            // "a director at AI Singapore", "an economist at Bank Indonesia": a name of two or three words closed by a country's,
            // where someone works ("at"), is a body of that country.
            if (!endsWithTitle && end == words.Count - 1 && i > 0 && words[i - 1].Text is "at" && end - i is 1 or 2
                && Countries.Country(words[end].Text) is not null && !Countries.IsDemonym(words[end].Text) && Countries.Country(words[i].Text) is null
                && !Vocabulary.TitleNouns.Contains(words[i].Text) && !Vocabulary.TitleNouns.Contains(words[end - 1].Text) && Countries.CountryOfPlace(phrase[..(words[end].Start - words[i].Start)].Trim().ToString()) is null)
            {
                return phrase.ToString();
            }
            // "FAO Locust Officer for Caucasus and Central Asia": a bloc's or agency's acronym heading a title, whatever the
            // title's portfolio after it.
            if (i < end && IsAcronym(words[i].Text) && Countries.Bloc(words[i].Text) is not null && Enumerable.Range(i + 1, end - i).Any(k => IsTitleNoun(words[k].Text)))
            {
                return words[i].Text;
            }
            var bloc = endsWithTitle ? null : Countries.Bloc(phrase);
            if (!endsWithTitle && (bloc is not null || i == end && IsAcronym(phrase) && !Degrees.Contains(phrase) && !SubjectAcronyms.Contains(phrase) || HasOrganisationHead(words, i, end) && !AllTitleWords(words, i, end) && !IsLoneHeadBeforeTitle(words, i, end)
                                   || IsBrandBeforeTitle(words, i, end) || KnownBodies.IsName(phrase) && !IsHomeOfTradesperson(words, i) || SpelledWithItsAcronym(role, words, i, end))
                && Countries.Country(phrase) is null)
            {
                // "head of the World Mosquito Program team at UGM": a unit named before the body it belongs to is no body.
                var unitOfBody = end + 2 < words.Count && UnitNouns.Contains(words[end + 1].Text) && words[end + 2].Text is "at" or "of";
                if (end + 1 < words.Count && words[end + 1].Text is "of" && GoverningBoard().IsMatch(phrase) || unitOfBody)
                {
                    i = end; // "Board of Directors of the Kuwait Fund": the board governs the body; the body is the organisation
                    continue;
                }
                return bloc ?? TrimOrganisation(phrase.ToString());
            }
            i = end;
        }
        return null;
    }

    /// <summary>"a fisherman from Sitra": where someone of a trade comes from is a place, whatever body shares its name.</summary>
    private static bool IsHomeOfTradesperson(List<Word> words, int i) =>
        i >= 2 && words[i - 1].Text is "from" && Vocabulary.PrivateOccupations.Contains(words[i - 2].Text);

    /// <summary>"Union minister of state for …": a body's head noun alone before a lower-case title names no body.</summary>
    private static bool IsLoneHeadBeforeTitle(List<Word> words, int i, int end) =>
        i == end && end + 1 < words.Count && !words[end + 1].IsCapitalized && Vocabulary.TitleNouns.Contains(words[end + 1].Text);

    /// <summary>"chief executive of", "managing director of", "founder of", "CEO of": a company head's title before word <paramref name="i"/>.</summary>
    private static bool IsCompanyHeadOf(List<Word> words, int i) =>
        i >= 2 && words[i - 1].Text is "of" && (words[i - 2].Text is "CEO" or "founder" or "co-founder" or "owner"
            || i >= 3 && (words[i - 3].Text, words[i - 2].Text) is ("chief" or "Chief", "executive" or "Executive") or ("managing" or "Managing", "director" or "Director"));

    private static bool HasOrganisationHead(List<Word> words, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (Vocabulary.OrganisationHeads.Contains(words[k].Text))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The body's name that a capitalised run from <paramref name="first"/> to <paramref name="last"/> starts with, before
    /// the title words that end it: an acronym ("KASA Administrator", "EU Climate Commissioner"), or a name ending in its
    /// head noun or its bracketed acronym ("Rwanda Development Board CEO", "Department of Information and Communications
    /// Technology (DICT) Secretary"); else null ("Union Commerce and Industry Minister" names no body).
    /// </summary>
    private static string? BodyBeforeTitle(string role, List<Word> words, int first, int last)
    {
        var acronym = words[first].Text;
        if (IsAcronym(acronym) && !acronym.Contains('.') && !Vocabulary.Honorifics.Contains(acronym) && Countries.Country(acronym) is null
            && AllTitleWords(words, first + 1, last))
        {
            return acronym;
        }
        // "Azercosmos Chairman": a name of one word that is no title, portfolio, place or honorific, then the title.
        if (first == 0 && last - first is 1 or 2 && IsBrandWord(words[first]) && !words[first].Text.Contains('-') && !RoleHeadModifiers.Contains(words[first].Text)
            && Enumerable.Range(first + 1, last - first).All(k => IsTitleNoun(words[k].Text) || RoleHeadModifiers.Contains(words[k].Text)) && IsTitleNoun(words[last].Text))
        {
            return words[first].Text;
        }
        // "Public Administration and AI Minister": the words before a minister's title are the portfolio, whatever they end
        // with; no body is named.
        if (words[last].Text is "Minister")
        {
            return null;
        }
        for (var bodyEnd = last - 1; bodyEnd > first && AllTitleWords(words, bodyEnd + 1, last); bodyEnd--)
        {
            var bracketedAcronym = bodyEnd > 0 && role.AsSpan(words[bodyEnd - 1].End, words[bodyEnd].Start - words[bodyEnd - 1].End).Trim() is "(";
            // "Health Cabinet Secretary", "State Secretary": the head noun is part of the title there.
            if (Vocabulary.OrganisationHeads.Contains(words[bodyEnd].Text) && words[bodyEnd].Text is not ("Cabinet" or "State")
                || bracketedAcronym && HasOrganisationHead(words, first, bodyEnd) || EndsInItsHeadsField(words, first, bodyEnd))
            {
                var span = role.AsSpan(words[first].Start, MentionParser.ClosingBracketEnd(role, words[first].Start, words[bodyEnd].End) - words[first].Start);
                return Countries.Country(span) is null ? TrimOrganisation(span.ToString()) : null;
            }
        }
        return null;
    }

    /// <summary>
    /// "Guam Department of Agriculture", "CNMI Department of Lands and Natural Resources": a body's head noun, then "of" or
    /// "for" and its field in capitalised words up to <paramref name="bodyEnd"/>.
    /// </summary>
    private static bool EndsInItsHeadsField(List<Word> words, int first, int bodyEnd)
    {
        // The field holds no title's word and no acronym: "… Research (ACIAR) Chief Executive" ends at its bracket.
        var k = bodyEnd;
        while (k > first && (words[k].IsCapitalized && !IsAcronym(words[k].Text) && !IsTitleNoun(words[k].Text) && !RoleHeadModifiers.Contains(words[k].Text)
                             || words[k].Text is "and") && !Vocabulary.OrganisationHeads.Contains(words[k].Text))
        {
            k--;
        }
        return k > first && k < bodyEnd && words[k].Text is "of" or "for" && Vocabulary.OrganisationHeads.Contains(words[k - 1].Text)
            && words[bodyEnd].IsCapitalized && words[k - 1].Text is not ("Cabinet" or "State");
    }

    /// <summary>
    /// Where the title words opening the run from <paramref name="first"/> end, at the "of", "for" or "at" after them
    /// ("Federal Minister for …", "Associate Professor of …"); <paramref name="first"/> when the run opens otherwise.
    /// </summary>
    private static int TitleHeadEnd(List<Word> words, int first, int last)
    {
        var k = first;
        var sawTitle = false;
        // "Board", "Party", "Cabinet" are titles' words too, but in "National Board for …" they end a body's name.
        while (k <= last && (IsTitleNoun(words[k].Text) || k < last && RoleHeadModifiers.Contains(words[k].Text)))
        {
            sawTitle |= IsTitleNoun(words[k].Text);
            k++;
        }
        return sawTitle && k < last && words[k].Text is "of" or "for" or "at" ? k : first;
    }

    /// <summary>
    /// Whether the words after a title's "of"/"for" name a body rather than a portfolio or a region: "the National Board
    /// for …", "Istanbul Technical University", "WHO" do; "Health and Human Services", "ICT", "Central Asia" do not.
    /// </summary>
    private static bool NamesBodyAfterTitle(List<Word> words, int first, int last, bool afterThe)
    {
        if (first == last)
        {
            return IsAcronym(words[first].Text) && !Vocabulary.NotNameWords.Contains(words[first].Text);
        }
        var hasHead = HasOrganisationHead(words, first, last);
        var properName = Enumerable.Range(first, last - first + 1).Any(k => words[k].IsCapitalized && !Vocabulary.NotNameWords.Contains(words[k].Text)
            && !Vocabulary.OrganisationHeads.Contains(words[k].Text) && Countries.Party(words[k].Text) is null);
        return hasHead && (afterThe || properName);
    }

    private static bool IsTitleNoun(string word) => Vocabulary.TitleNouns.Contains(word) && !Vocabulary.OrganisationHeads.Contains(word);

    private static readonly HashSet<string> RoleHeadModifiers = new(StringComparer.Ordinal)
    {
        "Federal", "Deputy", "Vice", "Associate", "Assistant", "Senior", "Chief", "Executive", "Managing", "Permanent", "Special", "Acting", "Regional", "National",
        "High", "Principal", "Lead", "First", "Second", "Third", "General",
        "Additional", "Joint", // the ranks of South Asian civil services: "Additional Secretary", "Joint Secretary"
    };

    /// <summary>
    /// "Korea Hydro &amp; Nuclear Power (KHNP)": a run of capitalised words that ends with its own acronym in brackets (the
    /// initials of its capitalised words, in order) names a body, whatever its last word.
    /// </summary>
    private static bool SpelledWithItsAcronym(string role, List<Word> words, int first, int last)
    {
        // "the Inter-American Development Bank's (IDB) country representative": a possessive is read elsewhere.
        if (last - first < 2 || !IsAcronym(words[last].Text) || role.AsSpan(words[last - 1].End, words[last].Start - words[last - 1].End).Trim() is not "("
            || words[last - 1].Text.EndsWith("'s", StringComparison.Ordinal) || words[last - 1].Text.EndsWith("’s", StringComparison.Ordinal))
        {
            return false;
        }
        var acronym = words[last].Text;
        var letter = 0;
        for (var k = first; k < last && letter < acronym.Length; k++)
        {
            if (words[k].IsCapitalized && words[k].Text[0] == acronym[letter])
            {
                letter++;
            }
        }
        return letter == acronym.Length;
    }

    /// <summary>
    /// "EirGrid chief executive", "Afreximbank director": a name opening the role, of words that are no title, portfolio,
    /// place or honorific, right before a lower-case title noun, is the body's (a company's name needs no head noun).
    /// </summary>
    private static bool IsBrandBeforeTitle(List<Word> words, int first, int last) =>
        first == 0 && last + 1 < words.Count && !words[last + 1].IsCapitalized && Vocabulary.TitleNouns.Contains(words[last + 1].Text)
        && !Vocabulary.PrivateOccupations.Contains(words[^1].Text) && !Vocabulary.PrivateOccupations.Contains(words[last + 1].Text)
        && Enumerable.Range(first, last - first + 1).All(k => IsBrandWord(words[k]));

    /// <summary>A capitalised word that is no title, portfolio, honorific, country, demonym or city, nor a possessive.</summary>
    private static bool IsBrandWord(Word word) =>
        word.IsCapitalized && !RoleHeadModifiers.Contains(word.Text) && !HasPossessiveMark(word.Text) && !Vocabulary.NotNameWords.Contains(word.Text) && !Vocabulary.TitleNouns.Contains(word.Text)
        && !Vocabulary.Honorifics.Contains(word.Text) && Countries.Party(word.Text) is null && Countries.Country(word.Text) is null && Countries.CountryOfPlace(word.Text) is null;

    private static bool AllTitleWords(List<Word> words, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            var w = words[k].Text;
            // "Managing Director", "Chief Executive": a rank before the title's noun is the title's.
            if (!Vocabulary.TitleNouns.Contains(w) && !(Vocabulary.NotNameWords.Contains(w) && !Vocabulary.OrganisationHeads.Contains(w))
                && !(k < last && RoleHeadModifiers.Contains(w)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"NDRC", "U.N.": two or more capitals, and nothing but capitals, digits and dots.</summary>
    private static bool IsAcronym(ReadOnlySpan<char> phrase)
    {
        if (phrase.Length < 2)
        {
            return false;
        }
        var capitals = 0;
        foreach (var c in phrase)
        {
            if (char.IsUpper(c))
            {
                capitals++;
            }
            else if (!char.IsDigit(c) && c is not ('.' or '-')) // "DLCO-EA"
            {
                return false;
            }
        }
        return capitals >= 2;
    }

    private static string TrimOrganisation(string text) => text.Trim().TrimEnd(Punctuation.Trailing).Trim();

    /// <summary>`Handicraftsmen Association "Hunarmand`: a body's quoted name keeps the closing mark the role has after it.</summary>
    private static string WithClosingQuote(string role, string organisation)
    {
        if (organisation.IndexOfAny(['"', '“']) < 0 || organisation.EndsWith('"') || organisation.EndsWith('”'))
        {
            return organisation;
        }
        var at = role.IndexOf(organisation, StringComparison.Ordinal);
        var end = at + organisation.Length;
        return at >= 0 && end < role.Length && role[end] is '"' or '”' ? organisation + role[end] : organisation;
    }

    private static readonly string[] Articles = ["the ", "The ", "a ", "A ", "an ", "An "];

    private static string StripArticle(string text)
    {
        foreach (var article in Articles)
        {
            if (text.StartsWith(article, StringComparison.Ordinal))
            {
                return text[article.Length..].Trim();
            }
        }
        return text;
    }

    /// <summary>
    /// "KSA Director General Brig (Rtd)": a military rank (and its "retired") between the office and the name is no part of
    /// the office, as an honorific is not.
    /// </summary>
    private static string? WithoutTrailingRank(string? title)
    {
        if (title is null || !TrailingRank().IsMatch(title))
        {
            return title;
        }
        var office = TrailingRank().Replace(title, string.Empty).Trim();
        return office.Length == 0 ? title : office;
    }

    // "General" alone ends offices ("Director General"), so it counts only after a rank ("Brigadier General").
    [GeneratedRegex(@"(?:\s+(?:Brig|Brigadier|Lt|Lieutenant|Col|Colonel|Maj|Major|Capt|Captain|Cdr|Commander|Rear|Admiral|Air|Marshal)\.?(?:\s+Gen(?:eral)?\.?)?)+(?:\s*\((?:Rtd|rtd|Retd|retd|Ret|ret)\.?\))?$")]
    private static partial Regex TrailingRank();

    private static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var trimmed = text.Trim().Trim(Punctuation.Trailing).Trim();
        // "…, according to its humanitarian envoy, Pieter-Jan de Wilde, …": the attribution is not part of the title.
        if (trimmed.StartsWith("according to ", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed["according to ".Length..];
            foreach (var owner in (string[])["its ", "their ", "his ", "her "])
            {
                trimmed = trimmed.StartsWith(owner, StringComparison.Ordinal) ? trimmed[owner.Length..] : trimmed;
            }
        }
        // "Its deputy health minister, X,": the owner a sentence opens with is read by the country rules, not kept in the title.
        trimmed = trimmed.StartsWith("Its ", StringComparison.Ordinal) || trimmed.StartsWith("Their ", StringComparison.Ordinal) ? trimmed[(trimmed.IndexOf(' ') + 1)..] : trimmed;
        return trimmed.Length == 0 ? null : trimmed;
    }

    [GeneratedRegex(@"\bthe\s+the\b")]
    private static partial Regex DoubleThe();

    [GeneratedRegex(@"\b(?:embassy|consulate)\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex EmbassyToEnd();
}
