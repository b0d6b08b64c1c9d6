using System.Text.RegularExpressions;
using CoopBot.Core.Articles;
using CoopBot.Core.Extraction.Lexicon;

namespace CoopBot.Core.Extraction;

/// <summary>
/// Countries an article gives a speaker without putting them in the speaker's title, read once the whole article
/// is known, for the people whose role left the country open. In order of strength:
/// <list type="number">
/// <item>titles only one country uses ("Ministry of External Affairs": India; "Union Minister": India, or Myanmar where
/// the article names Myanmar and not India) and Malaysian honorifics before the name ("Datuk Seri");</item>
/// <item>a title owned by "the Kingdom's", "the country's"…: the country last named before it;</item>
/// <item>a country owning the body or the side ("X of the Philippines’ … Commission", "Thailand’s deputy police chief,
/// Police Lieutenant General X", "The Tajik side was represented by X");</item>
/// <item>a private person placed by the article ("a retired teacher in Castries, St. Lucia"; a place too small to know,
/// "a maize grower from Tsirang", is the article's own country);</item>
/// <item>a university's or company's city ("Tokyo University of …", "… University in Ankara");</item>
/// <item>an official announcing a country's commitment ("Saudi Arabia pledged …, Deputy Minister … said");</item>
/// <item>an official of a national news agency's or paper's own country, unnamed as a national outlet does (Yonhap's
/// "First Vice Foreign Minister Maeng Seo-yun"; the dateline, the byline or "told Anadolu" name the outlet) — also
/// staff of that country's universities and companies, and of bodies named national or called state-owned;</item>
/// <item>an official of the host country: the event's city (dateline or "in New Delhi" in the lead) lies in one of
/// the countries the title or first paragraph names, and hosts introduce their own officials without a country;</item>
/// <item>as a last guess, for a minister or a "National …" body's official, the venue's country even when the article
/// does not name it (the dateline's city, else the city after a gathering in the title or the lead, "Forum in Seoul",
/// else their first city); failing that, for a minister,
/// local official or private person, the first country or demonym that opens the title or lead (a national outlet
/// names its own country first);</item>
/// <item>a colleague's: someone of the same organisation (or its acronym) as a person given a country.</item>
/// </list>
/// The agency and host rules apply only to government titles (or offices of state named in the role) and, for the
/// agency, national institutions — never to staff of blocs or international bodies.
/// </summary>
internal static partial class CountryInference
{
    [GeneratedRegex(@"\bthe\s+(?:kingdom|country|republic|sultanate|emirate|island\s+nation|city-state|nation)['’]s\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceBefore();

    [GeneratedRegex(@"^\s*,\s*the\s+(?:kingdom|country|republic|sultanate|emirate|island\s+nation|city-state|nation)['’]s\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceAfter();

    [GeneratedRegex(@"^\s*,\s*(?:an?|the)\s+[^,;:""“”]*?\b(?:in|near|from|at)\s+(\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*)*)(?:,\s+(\p{Lu}[\p{L}'’.\-]*(?:\s+(?:and\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.\-]*)*))?")]
    private static partial Regex PlaceAppositive();

    [GeneratedRegex(@"^\s+from\s+(\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3})()")]
    private static partial Regex FromPlace();

    // A place may hold a particle: "Rio Grande do Sul", "Mar del Plata".
    [GeneratedRegex(@"^\s*,(?:\s*\d{1,3}\s*,)?\s*who\s[^;:""“”]{0,80}?\b(?:in|near|from)\s+(\p{Lu}[\p{L}'’.\-]*(?:\s+(?:(?:de|do|da|dos|das|del|di|la|el|al)\s+)?\p{Lu}[\p{L}'’.\-]*){0,3})(?:,\s+(\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,2}))?")]
    private static partial Regex WhoInPlace();

    // "in Kano", "in central Kluang", "in southwestern Ontario", "in the village of Cazangic", "on Praslin", "between Isiolo
    // and Moyale": a place after a preposition; most readers take only the "in" ones (InPlaces). "in Port of Spain", "in Dar
    // es Salaam", "in Rio de Janeiro", "in Ho Chi Minh City": a small word inside a city's name, up to four words. "in An
    // Giang province": the unit in lower case after the name is kept apart (PlaceWithUnit), as the lexicon names some
    // provinces only with it.
    [GeneratedRegex(@"\b(?<preposition>in|on|near|from|at|between|and)\s+(?:the\s+(?:village|town|city|district|region|province|municipality|commune|island)\s+of\s+|(?<the>the\s+))?(?:(?:central|downtown|rural|(?:north|south)(?:-?(?:east|west))?ern|eastern|western)\s+)?(?<place>\p{Lu}[\p{L}'’\-]*(?:\s+(?:(?:of|es|de|do|da|del)\s+)?\p{Lu}[\p{L}'’\-]*){0,3})(?<unit>\s+(?:province|state|county|district|prefecture|region))?")]
    private static partial Regex PlaceAfterPreposition();

    /// <summary>
    /// The places named after "in" in <paramref name="text"/> ("in Kano", "in the village of Cazangic"), in order; not after
    /// a bare "in the" ("in the Philippines" is left to the country readers).
    /// </summary>
    private static IEnumerable<Match> InPlaces(string text) =>
        PlaceAfterPreposition().Matches(text).Where(m => m.Groups["preposition"].ValueSpan is "in" && !m.Groups["the"].Success);

    /// <summary>A place a <see cref="PlaceAfterPreposition"/> match names, with the unit written after it ("An Giang province").</summary>
    private static string PlaceWithUnit(Match match) => match.Groups["place"].Value + match.Groups["unit"].Value;

    // "Datuk Ir Gilbert X", "Datuk Dr Y": a professional title may stand between the Malaysian honorific and the name.
    [GeneratedRegex(@"\b(?:Datuk|Dato['’]?|Datin|Tan\s+Sri|Tun|Puan\s+Sri)(?:\s+(?:Seri|Sri|Paduka|Wira))?(?:\s+(?:Ir|Dr|Ts|Haji|Hj)\.?)*\s*$")]
    private static partial Regex MalaysianHonorific();

    private static readonly string[] GovernmentTitleWords =
    [
        "minister", "ministry", "secretary", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson",
        "governor", "mayor", "president", "premier", "chancellor", "commissioner", "director-general", "director general",
        "undersecretary", "under-secretary", "official", "consul", "attache", "attaché", "administrator", "headman", "headwoman",
        "village head", "village chief", "senator", "traditional leader", "traditional ruler", "paramount chief",
    ];

    /// <summary>The national agency's or paper's country (from the dateline, the byline, "told Anadolu", a closing "- SAnews.gov.za" or a reporter's address), if the article says.</summary>
    internal static string? AgencyCountry(Article article, ArticleHeadLines head) =>
        NewsAgencies.HomeCountry(head.Dateline) ?? (head.Byline is null ? null : NewsAgencies.HomeCountryOfByline(head.Byline))
            ?? NewsAgencies.HomeCountryOfHeaderLines(article.Paragraphs.Take(head.LeadIndex).Select(p => p.Text))
            ?? NewsAgencies.HomeCountryOfCitingAgency(article.Paragraphs.Select(p => p.Text))
            ?? (article.Paragraphs.Count > 0 ? NewsAgencies.HomeCountryOfClosingCredit(article.Paragraphs[^1].Text) : null)
            ?? NewsAgencies.HomeCountryOfContactAddress(article.Paragraphs.Select(p => p.Text).ToList());

    /// <summary>The host's country, if the article says where the event is and names that country.</summary>
    public static void Complete(Article article, IEnumerable<Person> people, IReadOnlyList<FoundStatement> statements, HomeContext home)
    {
        var everyone = people.ToList();
        foreach (var person in everyone)
        {
            if (person.Country is not null)
            {
                continue;
            }
            var (sentence, nameStart) = FirstMention(article, person);
            var before = sentence is null ? string.Empty : sentence.Text[..nameStart];
            var after = sentence is null ? string.Empty : sentence.Text[nameStart..];
            var country = ByTitle(person, home) ?? ByHonorific(before) ?? ByReference(article, sentence, before, after) ?? ByOwner(before, after.StartsWith(person.Name, StringComparison.Ordinal) ? after[person.Name.Length..] : after)
                ?? BySideOpening(before, person) ?? BySideBefore(article, sentence, person) ?? ByPlace(person, after, home) ?? ByInstitutionPlace(person) ?? BySpelledOutAcronym(article, person) ?? ByBodysBase(article, person)
                ?? ByBodysName(person);
            var government = IsGovernmentRole(person) && !OfInternationalAcronym(article, person);
            // "Saudi Arabia pledged $200 million, according to X, assistant supervisor general at KSrelief": an official of a
            // national body announcing a country's commitment speaks for it too (staff of blocs and international bodies do not).
            if (country is null && (government || person.Organisation is { } body && Countries.Bloc(body) is null && !IsInternational(body) && !OfInternationalAcronym(article, person)))
            {
                country = ByOwnCommitment(person, statements);
            }
            // A body named national or called state-owned, asked only where no earlier rule has answered (it reads the article).
            bool NationalBody() => (IsNationalBody(person) || ShortNameOfNationalBody(article, person)) && !OfInternationalAcronym(article, person);
            if (country is null && (government || IsNationalInstitution(person) || NationalBody()))
            {
                // A host introduces its own officials without a country; staff of its universities and companies are
                // as likely to be visitors' as the host's, so only a national agency's silence speaks for those.
                country = home.Agency ?? (government ? home.Host ?? home.TerritorySovereign : null);
            }
            if (country is null && home.Agency is { } agencyCountry && IsBodyByAcronymOnly(person) && SpellingBefore(article, person.Organisation!) is null)
            {
                // "The Executive Director of INFORDEPE" in a TATOLI report, "The chairperson of CFM" in AIM's: a national
                // agency spells out a foreign body's acronym; one it leaves bare is its own country's.
                country = agencyCountry;
            }
            if (country is null && home.Agency is { } outletCountry && outletCountry == home.Venue && ToldTheOutlet(person, statements, outletCountry)
                && !(person.Organisation is { } own && (Countries.Bloc(own) is not null || IsInternational(own))) && !OfInternationalAcronym(article, person))
            {
                // "X told Kabar that rangers often walk for days", "the singer … told ACP": someone the home outlet
                // interviewed at an event at home is a local, whatever their office (not an international body's staff).
                country = outletCountry;
            }
            var minister = government && (IsMinisterial(person) || IsLocalOffice(person) || IsParliamentary(person));
            if (country is null && (minister || NationalBody()))
            {
                // A minister or a national body is some country's: where the event is, when nothing else tells, is the best
                // guess (hosts introduce their own officials without a country; a national paper at home, its own). Failing
                // that, a minister with no country is the outlet's own, whose country its title names first ("UK and West
                // African partners launch …" on GOV.UK); a national body's people are as likely to be any party's.
                country = home.Venue ?? (minister ? home.FirstNamed : null);
            }
            // An envoy accredited to a country is a visitor there: "ambassador to Italy" at a meeting in Rome is not Italy's.
            person.Country = country is not null && person.Role is { } role && country == AccreditedTo(role) ? null : country;
        }
        BySameOrganisation(article, everyone);
    }

    /// <summary>Whether one of the person's statements was told to an outlet of <paramref name="outletCountry"/> ("… told ELTA that …").</summary>
    private static bool ToldTheOutlet(Person person, IReadOnlyList<FoundStatement> statements, string outletCountry)
    {
        foreach (var statement in statements)
        {
            if (ReferenceEquals(statement.Speaker, person) && statement.Evidence.Contains("told ", StringComparison.Ordinal)
                && NewsAgencies.HomeCountryOfCitingAgency([statement.Evidence]) == outletCountry)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The paragraph that opens the report and its dateline, past the lines before it: a byline ("By Jerome
    /// Castañares", "Burak Sezer | 14.10.2026"), a header in capitals ("PRESS RELEASE N° 087/2026") or a dateline on a
    /// line of its own ("ISTANBUL", or a city as Gulf papers print it: "Doha").
    /// </summary>
    internal static ArticleHeadLines ArticleHead(Article article)
    {
        // "Move aims to end repeated testing … / Sanya Mehrotra / 18 November, 2026 07:20 pm IST / New Delhi: India, …": a
        // standfirst above the byline holds no dateline; the report's first paragraph below the lines after it may.
        var standfirst = HeaderLines.StandfirstEnd(article);
        if (standfirst > 0 && HeadFrom(article, standfirst) is var report && DatelineEnd(report.Dateline) is > 0 and < 40 and var cityEnd
            && Countries.CountryOfPlace(report.Dateline[..cityEnd].Trim()) is not null)
        {
            return report;
        }
        return HeadFrom(article, 0);
    }

    private static ArticleHeadLines HeadFrom(Article article, int start)
    {
        var dateline = string.Empty;
        string? byline = null;
        var index = start;
        foreach (var paragraph in article.Paragraphs.Skip(start).Take(HeaderLines.MaxLines))
        {
            var text = paragraph.Text.Trim();
            if (HeaderLines.IsHeaderLine(text))
            {
                if ((!text.Any(char.IsLower) || Countries.CountryOfPlace(text) is not null || CountryOfPlaceLine(text) is not null) && dateline.Length == 0)
                {
                    dateline = text;
                }
                // "Phurpa Lhamo | Thimphu", "Nikhil Venkatraman  New Delhi", "Tendai Moyo Victoria Falls Bureau": a byline
                // that says where it was filed.
                else if (dateline.Length == 0 && FiledFrom(text) is { } filedFrom)
                {
                    dateline = filedFrom;
                }
                byline ??= text.StartsWith("By ", StringComparison.Ordinal) ? text : null;
                index++;
                continue;
            }
            return new(text, dateline.Length > 0 && (Countries.CountryOfPlace(dateline) ?? CountryOfPlaceLine(dateline)) is not null ? dateline : text, byline, index);
        }
        var first = article.Paragraphs.Count > 0 ? article.Paragraphs[0].Text : string.Empty;
        return new(first, first, byline, 0);
    }

    /// <summary>"Nuku'alofa, Tonga", "Castries, St. Lucia": a line of its own naming a place, then its country.</summary>
    private static string? CountryOfPlaceLine(string line) => line.IndexOf(',') is > 0 and var comma ? CountryAfterDatelineCity(line, comma) : null;

    /// <summary>The city a byline line ends with (after a bar, or as its last words, before a "Bureau"), if any; not from stamps with digits.</summary>
    private static string? FiledFrom(string line)
    {
        if (line.Contains('|'))
        {
            var afterBar = line.Split('|')[^1].Trim();
            return Countries.CountryOfPlace(afterBar) is not null ? afterBar : null;
        }
        if (line.Any(char.IsDigit))
        {
            return null;
        }
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var end = words.Length > 0 && words[^1] is "Bureau" ? words.Length - 1 : words.Length;
        // The byline's name comes first: at least two words of it before the city.
        for (var n = Math.Min(3, end - 2); n >= 1; n--)
        {
            var city = string.Join(' ', words, end - n, n);
            if (Countries.CountryOfPlace(city) is not null)
            {
                return city;
            }
        }
        return null;
    }

    /// <summary>The first sentence that gives the person's full name, where the article introduces them, and where the name starts in it.</summary>
    private static (Sentence? Sentence, int NameStart) FirstMention(Article article, Person person)
    {
        foreach (var paragraph in article.Paragraphs)
        {
            foreach (var sentence in paragraph.Sentences)
            {
                var at = sentence.Text.IndexOf(person.Name, StringComparison.Ordinal);
                if (at >= 0)
                {
                    return (sentence, at);
                }
            }
        }
        return (null, 0);
    }

    /// <summary>Titles and ministries one country alone uses (or two: Myanmar's ministers are "Union Ministers" too).</summary>
    private static string? ByTitle(Person person, HomeContext home)
    {
        var role = person.Role ?? string.Empty;
        var organisation = person.Organisation ?? string.Empty;
        if (role.StartsWith("Union ", StringComparison.OrdinalIgnoreCase) && role.Contains("Minister", StringComparison.OrdinalIgnoreCase))
        {
            return home.Names("Myanmar") && !home.Names("India") ? "Myanmar" : "India";
        }
        if (role.Contains("External Affairs", StringComparison.OrdinalIgnoreCase)
            || organisation.Contains("External Affairs", StringComparison.OrdinalIgnoreCase))
        {
            return "India";
        }
        return null;
    }

    /// <summary>The country an envoy's title is accredited to ("Ambassador to Italy" → Italy), else null.</summary>
    private static string? AccreditedTo(string role) => RoleAnalyzer.CountryAfter(role, MentionParser.IsAccreditedTo, skipThe: false);

    private static string? ByHonorific(string before) => MalaysianHonorific().IsMatch(before.TrimEnd()) ? "Malaysia" : null;

    /// <summary>"Abdulmohsen Al Dhubaiban, the Kingdom’s Vice-Minister of Finance": the country named last before.</summary>
    private static string? ByReference(Article article, Sentence? sentence, string before, string after)
    {
        if (sentence is null)
        {
            return null;
        }
        // "Egypt, which tested tens of millions of people …, is widely seen as a model. / Its deputy health minister, X,
        // proposed …": a title owned by "Its" opening the sentence is the country the sentence before opens with.
        if (before.StartsWith("Its ", StringComparison.Ordinal) && PreviousSentence(article, sentence) is { } previous
            && Tokens.First(previous.Text.AsSpan()) is var opening && Countries.Country(opening) is { } subject && !Countries.IsDemonym(opening))
        {
            return subject;
        }
        // The reference is looked for in the last few words before the name; the country before those.
        var trimmed = before.TrimEnd().TrimEnd(',').TrimEnd();
        var tail = trimmed.Length > 0 ? LastWords(trimmed, 8) : string.Empty;
        string scope;
        if (ReferenceBefore().IsMatch(tail))
        {
            scope = before[..Math.Max(0, before.Length - tail.Length)];
        }
        else if (ReferenceAfter().IsMatch(Appositive(after)))
        {
            scope = before;
        }
        else
        {
            return null;
        }
        if (LastCountry(scope) is { } inSentence)
        {
            return inSentence;
        }
        // Else the sentences before it in the paragraph, nearest first.
        var paragraph = article.Paragraphs[sentence.ParagraphIndex];
        for (var i = paragraph.Sentences.Count - 1; i >= 0; i--)
        {
            var earlier = paragraph.Sentences[i];
            if (earlier.Start < sentence.Start && LastCountry(earlier.Text) is { } country)
            {
                return country;
            }
        }
        return null;
    }

    /// <summary>The sentence before <paramref name="sentence"/>, in its paragraph or the one before; null at the start.</summary>
    private static Sentence? PreviousSentence(Article article, Sentence sentence)
    {
        // Sentence indexes count across the article, so its place in the paragraph is the difference from the first's.
        var sentences = article.Paragraphs[sentence.ParagraphIndex].Sentences;
        if (sentence.Index > sentences[0].Index)
        {
            return sentences[sentence.Index - sentences[0].Index - 1];
        }
        return sentence.ParagraphIndex > 0 && article.Paragraphs[sentence.ParagraphIndex - 1].Sentences is { Count: > 0 } before ? before[^1] : null;
    }

    /// <summary>
    /// A country that owns the title or the person's side, written where the role reader does not look: "Undersecretary
    /// X of the Philippines’ Presidential Anti-Organized Crime Commission", "Thailand’s deputy national police chief,
    /// Police Lieutenant General X", "The Tajik side was represented by First Deputy Minister … X".
    /// </summary>
    private static string? ByOwner(string before, string after)
    {
        // Each pattern has a literal most sentences lack ("of", a possessive and a comma, "by"): look for it first.
        if (after.TrimStart(' ', ',').StartsWith("of ", StringComparison.Ordinal)
            && OwnerAfter().Match(after) is { Success: true } afterName && Countries.Country(afterName.Groups["owner"].Value) is { } owner)
        {
            return owner;
        }
        // "Agriculture Undersecretary X, who led the Philippine delegation, said", "Deputy Minister of Agriculture X, who signed
        // for South Africa, said": the side the person led or signed for.
        if (after.Contains(", who ", StringComparison.Ordinal) && DelegationLed().Match(after) is { Success: true } led
            && Countries.Country(led.Groups["side"].Value) is { } side)
        {
            return side;
        }
        var tail = before.Length > 200 ? before[^200..] : before;
        var match = tail.Contains(", ", StringComparison.Ordinal) && (tail.Contains('’') || tail.Contains('\'')) ? OwnerBeforeAppositive().Match(tail) : Match.Empty;
        if (!match.Success && tail.Contains(" by ", StringComparison.Ordinal))
        {
            match = RepresentedBy().Match(tail);
        }
        return match.Success ? Countries.Country(match.Groups["owner"].Value) : null;
    }

    [GeneratedRegex(@"^\s*,\s+who\s+(?:(?:led|leads|headed|heads|is\s+leading|was\s+leading)\s+(?:the\s+|his\s+|her\s+)?(?<side>\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,2}?)(?:['’]s)?\s+delegation\b|(?:signed|signs|spoke|speaks)\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?(?<side>\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,2})(?=[,.;]))")]
    private static partial Regex DelegationLed();

    [GeneratedRegex(@"^\s*,?\s*of\s+(?:the\s+)?(?<owner>\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,2})['’]s?\s")]
    private static partial Regex OwnerAfter();

    [GeneratedRegex(@"(?<owner>\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,2})['’]s\s+[\p{Ll}][^,;:“”""]{2,80},\s+(?:\p{Lu}[\p{L}.\-]*\s+){0,4}$")]
    private static partial Regex OwnerBeforeAppositive();

    // "The Philippines, which chairs ASEAN this year, was represented by …": a relative clause may stand between; the title
    // may stand before the name with a comma ("Kenya was represented by its ambassador to Italy, X,"); the side may be the
    // country's ("Indonesia's delegation was led by Ir. X"); the participle may stand alone between commas ("Brazil,
    // represented by the executive secretary of the Ministry of Education, X, announced").
    [GeneratedRegex(@"(?:\b[Tt]he\s+)?\b(?<owner>\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)?)(?:['’]s)?(?:\s*,\s+which\s[^,;:]{1,80},)?(?:\s+(?:(?:side|delegation|team)\s+)?(?:was|is|were)|,)\s+(?:represented|led|headed)\s+by\s+[^,;:]{0,100}(?:,\s*)?$")]
    private static partial Regex RepresentedBy();

    /// <summary>
    /// "For Brazil, the Federal Police's environmental crimes coordinator, X, proposed …", "On the Georgian side, the Revenue
    /// Service will add 40 officers, said X": a sentence opened by the side it speaks for. Not for staff of blocs and
    /// international bodies, who speak for no side.
    /// </summary>
    private static string? BySideOpening(string before, Person person)
    {
        if (!before.StartsWith("For ", StringComparison.Ordinal) && !before.StartsWith("On the ", StringComparison.Ordinal)
            || person.Organisation is { } body && (Countries.Bloc(body) is not null || IsInternational(body)))
        {
            return null;
        }
        var side = SideOpening().Match(before);
        return side.Success ? Countries.Country(side.Groups["side"].Value) : null;
    }

    [GeneratedRegex(@"^(?:For (?<side>\p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*){0,2})|On the (?<side>\p{Lu}[\p{L}\-]*) side),")]
    private static partial Regex SideOpening();

    /// <summary>
    /// The side a short sentence right before the person's, in the same paragraph, announces: "Panama's delegation went
    /// further. The National Secretary of Energy, X, proposed …", "For Bangladesh, the priority is training the trainers.
    /// X, additional secretary at the Ministry of …, said …".
    /// </summary>
    private static string? BySideBefore(Article article, Sentence? sentence, Person person)
    {
        if (sentence is null || person.Organisation is { } body && (Countries.Bloc(body) is not null || IsInternational(body)))
        {
            return null;
        }
        var sentences = article.Paragraphs[sentence.ParagraphIndex].Sentences;
        var previous = sentences.FirstOrDefault(s => s.Index == sentence.Index - 1);
        if (previous is null || Tokens.Count(previous.Text, atMost: ShortSentence + 1) > ShortSentence)
        {
            return null;
        }
        var side = SideAnnounced().Match(previous.Text);
        return side.Success ? Countries.Country(side.Groups["side"].Value) : null;
    }

    /// <summary>How many words a sentence that only announces a side has at most.</summary>
    private const int ShortSentence = 12;

    [GeneratedRegex(@"^(?:For (?<side>\p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*){0,2}),|(?<side>\p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*){0,2})['’]s (?:delegation|side|team)\b)")]
    private static partial Regex SideAnnounced();

    // "at a Podgorica commercial bank": a known city naming where a private person's workplace is.
    [GeneratedRegex(@"\b(?:at|of|from|with|for) an? (?<city>\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+)?) \p{Ll}")]
    private static partial Regex CityBeforeKind();

    // "a resort on Denarau Island".
    [GeneratedRegex(@"\bon (?<island>\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+)? Islands?)\b")]
    private static partial Regex OnIsland();

    /// <summary>"Marisol Etienne, a 61-year-old retired teacher in Castries, St. Lucia": for people of no organisation.</summary>
    private static string? ByPlace(Person person, string after, HomeContext home)
    {
        if (person.Organisation is not null || IsGovernmentRole(person))
        {
            return null;
        }
        var match = PlaceAppositive().Match(Appositive(after));
        if (!match.Success && after.Contains(" from ", StringComparison.Ordinal))
        {
            // "Fishing boat owner Le Van Sau from Ly Son Island told": where the person is from, right after the name.
            match = FromPlace().Match(after.StartsWith(person.Name, StringComparison.Ordinal) ? after[person.Name.Length..] : after);
        }
        if (!match.Success && after.Contains(" who ", StringComparison.Ordinal))
        {
            // "Rahim Che Embong, 58, who grows oil palm on four hectares in Kluang, Johor, told": placed by a relative clause.
            match = WhoInPlace().Match(Appositive(after));
        }
        if (!match.Success && person.Role is { } occupation && PlaceBeforeOccupation(occupation) is { } town)
        {
            // "Corriverton businessman X", "Chonburi rubber tapper X": a private person's town named before the occupation;
            // a town too small to know is the article's own.
            return PlaceCountry(town) ?? home.OfLocals;
        }
        if (!match.Success)
        {
            // "A textile dealer at the Kantin Kwari market in Kano, Alhaji X, told": the place in the description before the name.
            // Not an office held in a country ("UNDP Resident Representative in Azerbaijan", "country manager in Ghana").
            if (person.Role is { } role && role.Contains(" in ", StringComparison.Ordinal) && !IsInternational(role) && !PostedIn().IsMatch(role)
                && InPlaces(role).FirstOrDefault() is { } inRole)
            {
                return PlaceCountry(PlaceWithUnit(inRole)) ?? home.OfLocals;
            }
            // "head of information security at a Podgorica commercial bank": a known city naming where the body is.
            if (person.Role is { } local && local.Contains(" a ", StringComparison.Ordinal) && CityBeforeKind().Match(local) is { Success: true } city
                && Countries.CountryOfPlace(city.Groups["city"].Value) is { } cityCountry)
            {
                return cityCountry;
            }
            // "human resources manager at a resort on Denarau Island": an island is a place one works "on".
            if (person.Role is { } islander && islander.Contains(" Island", StringComparison.Ordinal) && OnIsland().Match(islander) is { Success: true } island
                && PlaceCountry(island.Groups["island"].Value, countriesToo: false) is { } islandCountry)
            {
                return islandCountry;
            }
            // "Yorleny X, a dairy farmer who lost half her herd …, told The Tico Times": a private person the report met,
            // placed nowhere, is of where the event is.
            // Someone the report describes only by a clause ("Ante Lučin, who fishes for sardines out of Kali,") is such a person
            // too, unless the clause gives an office ("who heads the agency's programme").
            // A known town named anywhere in the description places them ("a transporter who runs six trucks between Isiolo and
            // Moyale", "a fisherman from Baie Sainte Anne on Praslin").
            return (person.Role is { } trade ? IsPrivateTrade(trade) : DescribedByPrivateClause(after, person.Name))
                ? KnownPlaceIn(Description(Appositive(after))) ?? home.OfLocals
                : null;
        }
        var place = match.Groups[1].Value;
        var region = match.Groups[2].Success ? match.Groups[2].Value : null;
        // "in Chanhassen, Minn.", "in Kluang, Johor": a region after the town names the country as well as a country does.
        if (region is not null && Countries.CountryOrPlace(region) is { } regionCountry)
        {
            return regionCountry;
        }
        // "in Hyderabad's Latifabad area": a city's possessive names the city.
        if (region is null && (Countries.CountryOrPlace(place) ?? OwnerPlaceCountry(place)) is { } placeCountry)
        {
            // "a resident of the village of Hoit in Rasht district" in Asia-Plus's report from Dushanbe: in a home outlet's
            // report from home, a town the lexicon puts in a country the article never names (Iran's Rasht, India's
            // Hyderabad in a Karachi paper) is a namesake.
            return home.Venue is { } venue && venue == home.Presumed && venue != placeCountry && !home.Names(placeCountry) ? venue : placeCountry;
        }
        // "an environmental engineer at UC San Diego": a place the lexicon lacks as a whole is often a body named after its
        // city, which then says where it is. Else "a cattle farmer near Stampriet", "a maize grower from Tsirang": a place too
        // small to know is the article's own — where the event is first (the reporter met them there; a Lisbon agency's
        // pharmacist in Assomada is Cape Verde's), else the agency's or host's country.
        return KnownPlaceIn(Description(Appositive(after))) ?? CityWithin(place) ?? home.OfLocals;
    }

    /// <summary>The country of a place named by its first word's possessive ("Hyderabad's Latifabad" → the city's), else null.</summary>
    private static string? OwnerPlaceCountry(string place)
    {
        var first = place.Split(' ', 2)[0];
        return MentionParser.WithoutPossessive(first).Length < first.Length ? PlaceCountry(first) : null;
    }

    /// <summary>", who has fished the bay for 30 years,", ", who keeps 70 hives near …": a clause right after the name that holds no office.</summary>
    private static bool DescribedByPrivateClause(string after, string name)
    {
        var rest = after.AsSpan(after.StartsWith(name, StringComparison.Ordinal) ? name.Length : 0);
        if (!rest.StartsWith(", who ", StringComparison.Ordinal))
        {
            return false;
        }
        rest = rest[", who ".Length..];
        rest = rest.StartsWith("has ", StringComparison.Ordinal) ? rest[4..] : rest;
        var verb = rest[..Math.Max(0, rest.IndexOf(' '))];
        return !OfficeVerbs.Contains(verb.ToString());
    }

    /// <summary>Verbs by which a clause gives someone an office rather than a livelihood.</summary>
    private static readonly HashSet<string> OfficeVerbs = new(StringComparer.Ordinal)
    {
        "heads", "headed", "leads", "led", "chairs", "chaired", "directs", "directed", "coordinates", "coordinated", "manages",
        "managed", "oversees", "overseen", "represents", "represented", "serves", "served", "works", "worked", "is", "was",
        "been", "advises", "advised", "sits", "speaks", "spoke",
    };

    /// <summary>
    /// ", a pastry chef from Fuvahmulah who works at a resort in Baa Atoll, told the Edition that … in Sri Lanka": the
    /// description between the commas, not what the person went on to say.
    /// </summary>
    private static string Description(string appositive)
    {
        var end = appositive.Length > 1 ? appositive.IndexOf(", ", 1, StringComparison.Ordinal) : -1;
        return end > 0 ? appositive[..end] : appositive;
    }

    /// <summary>"dairy farmer", "fish vendor", "blueberry grower", "pharmacy owner", "Jelgava mother": a private person's trade or standing.</summary>
    private static bool IsPrivateTrade(string role)
    {
        // "dairy farmer who lost half her herd during Otto", "cassava farmer from the municipality of Cacuso", "artisan whose
        // masks are worn …": the trade is the noun before the clause or the place.
        var end = role.Length;
        foreach (var stop in PrivateTradeEnds)
        {
            var at = role.IndexOf(stop, StringComparison.Ordinal);
            end = at > 0 && at < end ? at : end;
        }
        var words = Tokens.Words(role[..end]);
        return words.Count > 0 && !words.Any(w => w.Text is "at" or "of") && Vocabulary.PrivateOccupations.Contains(Vocabulary.SingularNoun(words[^1].Text))
            || words.Count > 1 && words[^1].Text is "owner" or "grower" or "seller";
    }

    private static readonly string[] PrivateTradeEnds = [" who ", " whose ", " from ", " in ", " near "];

    /// <summary>"a medical student from Kottayam in Kerala": the country of the first place the words name that the lexicon knows.</summary>
    private static string? KnownPlaceIn(string description)
    {
        foreach (Match match in PlaceAfterPreposition().Matches(description))
        {
            if (PlaceCountry(PlaceWithUnit(match)) is { } country)
            {
                return country;
            }
        }
        return null;
    }

    /// <summary>
    /// The capitalised words opening a private person's description that ends in an occupation ("Corriverton" in
    /// "Corriverton businessman", "Aranguez" in "Aranguez vegetable farmer"), else null.
    /// </summary>
    private static string? PlaceBeforeOccupation(string role)
    {
        var words = Tokens.Words(role);
        if (words.Count < 2 || !Vocabulary.PrivateOccupations.Contains(words[^1].Text) || !words[0].IsCapitalized)
        {
            return null;
        }
        var capitalised = words.TakeWhile(w => w.IsCapitalized).Count();
        return capitalised < words.Count && words.Skip(capitalised).All(w => !w.IsCapitalized) && !words.Take(capitalised).Any(w => Vocabulary.TitleNouns.Contains(w.Text))
            ? role[..words[capitalised - 1].End]
            : null;
    }

    /// <summary>
    /// The country of a place named by a few capitalised words, its longest known start first ("Kano State" → Nigeria):
    /// a city's, or, with <paramref name="countriesToo"/>, a country named itself. A city's possessive names the city
    /// ("Beirut's Tariq al-Jdideh neighbourhood").
    /// </summary>
    private static string? PlaceCountry(string place, bool countriesToo = true)
    {
        var words = place.Split(' ');
        for (var n = words.Length; n >= 1; n--)
        {
            var start = string.Join(' ', words[..n]);
            var owner = MentionParser.WithoutPossessive(start);
            if ((PlaceOrCountry(start, countriesToo) ?? (owner.Length < start.Length ? PlaceOrCountry(owner, countriesToo) : null)) is { } country)
            {
                return country;
            }
        }
        return null;
    }

    private static string? PlaceOrCountry(string text, bool countriesToo) =>
        Countries.CountryOfPlace(text) ?? (countriesToo ? Countries.Country(text) : null);

    /// <summary>How many paragraphs from the lead may say where the event is ("… Ministerial in New Delhi").</summary>
    private const int EventParagraphs = 3;

    /// <summary>
    /// The country of the event's city: the dateline's, else the first city "in" the title or the first paragraphs of
    /// the report (counted from its lead: a byline and a time stamp say nothing of where); kept only when the title or
    /// first paragraph names that country.
    /// </summary>
    internal static string? HostCountry(Article article, ArticleHeadLines head)
    {
        var host = VenueCountry(article, head, EventParagraphs);
        if (host is null)
        {
            return null;
        }
        // The dateline's own country ("Addis Ababa, Ethiopia, 12 August 2026 –") says where, not who takes part; "to restore
        // tanks in Sri Lanka's Dry Zone" names it as an owner does.
        var opening = article.Title + ". " + AfterDateline(head.Lead);
        return Countries.FindParties(opening, includeDemonyms: true).Contains(host)
            || Possessives.All(opening).Exists(owned => LastCountry(owned.Owner) == host) ? host : null;
    }

    /// <summary>
    /// The state a territory belongs to when the event is there ("HONG KONG, May 7", "agreed in Hong Kong on Monday",
    /// "met in Saipan"): the dateline's place, else the first place "in" the title or lead, when it is a territory.
    /// </summary>
    internal static string? TerritoryVenueSovereign(Article article, ArticleHeadLines head)
    {
        var dateline = head.Dateline;
        if (DatelineEnd(dateline) is > 0 and < 40 and var end)
        {
            // "Pago Pago, AMERICAN SAMOA —": the territory after its town.
            var place = dateline[..end].Trim();
            if ((Countries.SovereignOf(place)
                ?? (end < dateline.Length && dateline[end] == ',' && DatelineEnd(dateline[(end + 1)..]) is > 0 and < 30 and var next ? Countries.SovereignOf(dateline.Substring(end + 1, next).Trim()) : null)) is { } sovereign)
            {
                return sovereign;
            }
            if (Countries.CountryOrPlace(place) is not null)
            {
                return null; // a dateline elsewhere
            }
        }
        foreach (var match in InPlaces(article.Title + ". " + AfterDateline(head.Lead)))
        {
            return Countries.SovereignOf(match.Groups["place"].Value);
        }
        // "Cayman, Jamaica and Turks and Caicos join forces …": with no place given, a territory opening the title is the
        // outlet's home, where a local paper's report is from.
        var title = Tokens.Words(article.Title);
        return RoleAnalyzer.LeadingTerritory(article.Title, title, ownerToo: false) is ( > 0 and var words, { } opening) && OpensTitle(article.Title, title, words) ? opening : null;
    }

    /// <summary>
    /// The country of the event's city, whether or not the article names that country: the dateline's, else the city "in"
    /// the title or the report's first paragraphs that follows a gathering ("talks in", "Forum in"), else their first city.
    /// </summary>
    internal static string? VenueCountry(Article article, ArticleHeadLines head, int paragraphs, bool datedHistoryAfterLead = false)
    {
        string? host = null;
        var dateline = head.Dateline;
        var datelineEnd = DatelineEnd(dateline);
        if (datelineEnd is > 0 and < 40)
        {
            var place = dateline[..datelineEnd].Trim();
            // A country's name as a dateline's city ("KUWAIT, May 14", "Guatemala, 19 Nov (AGN).–"): in capitals, or before a date.
            host = Countries.CountryOfPlace(place) ?? (place.All(c => !char.IsLower(c)) || DateAfter(dateline, datelineEnd) ? Countries.Country(place) : null)
                ?? CountryAfterDatelineCity(dateline, datelineEnd);
        }
        if (host is null)
        {
            // After the lead, a sentence with a year tells history ("its founding agreement was signed in Mexico City in
            // 1992") when the caller cannot check the place against the title.
            var top = string.Join(" ", article.Paragraphs.Skip(head.LeadIndex).Take(paragraphs).Select((p, i) =>
                i == 0 || !datedHistoryAfterLead ? p.Text : string.Join(" ", p.Sentences.Select(s => s.Text).Where(t => !Year().IsMatch(t)))));
            var text = article.Title + ". " + top;
            var quotes = QuoteScanner.Find(text);
            string? firstCity = null;
            foreach (var match in InPlaces(text))
            {
                // "Our kababayan in Dubai should not lose a day's wage": a speaker's places say nothing of where the event is.
                if (quotes.Exists(q => q.Open < match.Index && match.Index < q.Close)
                    || PlaceCountry(match.Groups["place"].Value, countriesToo: false) is not { } city)
                {
                    continue;
                }
                // "Korea, UAE sign deal to build solar-powered AI data center in Abu Dhabi" then "signed at the Korea-Middle
                // East AI Forum in Seoul": a city after a gathering says where the event is; the first city, only where
                // the thing agreed will be.
                if (NamesGathering(text, match.Index))
                {
                    return city;
                }
                firstCity ??= city;
            }
            host = firstCity;
        }
        return host;
    }

    /// <summary>Whether the word before "in" at <paramref name="at"/> names a gathering or its holding ("Forum in", "talks in", "held in", "met in").</summary>
    private static bool NamesGathering(string text, int at)
    {
        var end = at;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }
        var start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '-'))
        {
            start--;
        }
        return GatheringWords.Contains(text.AsSpan(start, end - start).ToString().ToLowerInvariant());
    }

    private static readonly HashSet<string> GatheringWords = new(StringComparer.Ordinal)
    {
        "meeting", "meetings", "summit", "forum", "conference", "talks", "dialogue", "roundtable", "round-table", "session",
        "ministerial", "congress", "convention", "symposium", "workshop", "consultations", "ceremony", "gathering", "retreat",
        "meet", "met", "held", "hosted", "convened", "gathered",
    };

    /// <summary>
    /// "GEORGETOWN, Guyana –", "Castries, St. Lucia –", or a short line of its own "Nuku'alofa, Tonga": the country a
    /// dateline names after a city the lexicon lacks.
    /// </summary>
    private static string? CountryAfterDatelineCity(string dateline, int cityEnd)
    {
        if (cityEnd >= dateline.Length || dateline[cityEnd] != ',' || !char.IsUpper(dateline[0]))
        {
            return null;
        }
        // Only a dash (or the end of a short line) may end it: "Thailand, Cambodia, Laos and Vietnam have agreed" is a lead
        // without a dateline.
        var rest = dateline.AsSpan(cityEnd + 1);
        var stop = rest.IndexOfAny([',', '(', '–', '—', ':']);
        var hyphen = rest.IndexOf(" - ", StringComparison.Ordinal);
        stop = hyphen >= 0 && (stop < 0 || hyphen < stop) ? hyphen : stop;
        if (stop < 0 && dateline.Length < 50)
        {
            return Countries.Country(rest.Trim().ToString());
        }
        return stop is > 0 and < 40 && (rest[stop] is '–' or '—' || stop == hyphen) ? Countries.Country(rest[..stop].Trim().ToString()) : null;
    }

    /// <summary>Whether a date follows the dateline's place and its comma: "19 Nov", "November 17", "May 14".</summary>
    private static bool DateAfter(string dateline, int placeEnd)
    {
        if (placeEnd >= dateline.Length || dateline[placeEnd] != ',')
        {
            return false;
        }
        var rest = dateline.AsSpan(placeEnd + 1).TrimStart();
        if (rest.Length <= 2)
        {
            return false;
        }
        if (char.IsDigit(rest[0]))
        {
            return true;
        }
        foreach (var month in Months)
        {
            if (rest.StartsWith(month, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>
    /// The first country (or demonym) among the title's first words or the lead's ("Slovenia, Austria and Croatia launched
    /// …" in a Slovenian agency's report, "Sweden, Norway and Finland have signed …" on Radio Sweden), else the city that
    /// opens the title: a national outlet names its own country first.
    /// </summary>
    internal static string? FirstNamedCountry(Article article, ArticleHeadLines head)
    {
        // "Hawaii And Its Micronesian Neighbors Team Up …" in a Honolulu paper: a place opening a list of the parties is the
        // outlet's own, before any country or demonym after it.
        // (A country opening the title is found by the parties' reading below.)
        // "Guam, CNMI and Palau sign pact …", "Macau, Hong Kong and the Philippines to share …", "Hong Kong signs …": a
        // territory opening it is the outlet's home too, of its sovereign's country (as the gold sets place its people).
        var title = Tokens.Words(article.Title);
        var (placeWords, openingPlace) = title.Count > 2 && Countries.Country(title[0].Text) is null
            ? (Countries.CountryOfPlace(title[0].Text) is { } city ? (1, city) : RoleAnalyzer.LeadingTerritory(article.Title, title, ownerToo: false))
            : (0, null);
        if (openingPlace is not null && OpensList(article.Title, title, placeWords))
        {
            return openingPlace;
        }
        // Only where the parties are the sentence's subject, at its start ("UK, Nigeria, Ghana and Kenya agree …", "The
        // governments of Paraguay, Argentina and Bolivia launched …"): "Territory rangers to share fire know-how with
        // Timor-Leste and Indonesia" names the partners, not the home.
        foreach (var (text, words) in new[] { (article.Title, 5), (AfterDateline(head.Lead), 12) })
        {
            var opening = Tokens.Words(text);
            var prefix = opening.Count > words ? text[..opening[words - 1].End] : text;
            // A demonym counts: "A Bahamian tourist buying lunch in St Lucia could soon pay …" is a Nassau paper's.
            foreach (var party in Countries.FindParties(prefix, includeDemonyms: true))
            {
                if (Countries.Country(party) is { } country)
                {
                    return country;
                }
            }
        }
        // "Copenhagen teams up with Nairobi and Bogotá …" in The Copenhagen Post: cities as the parties, the first its own.
        // Only a city that opens the title as its subject ("Bali Process ministers" name a process, not Bali); one before a
        // comma was taken above.
        return openingPlace is not null && OpensAsSubject(title, placeWords) ? openingPlace : null;
    }

    /// <summary>Whether the title's first <paramref name="n"/> words open a list of parties: a comma or an "and" follows.</summary>
    private static bool OpensList(string title, List<Word> words, int n) =>
        n < words.Count && (words[n].Text is "and" or "And" || title.AsSpan(words[n - 1].End).StartsWith(",", StringComparison.Ordinal));

    /// <summary>Whether the title's first <paramref name="n"/> words are its subject: a word in lower case follows ("Hong Kong signs …").</summary>
    private static bool OpensAsSubject(List<Word> words, int n) => n < words.Count && !words[n].IsCapitalized;

    /// <summary>Whether the title's first <paramref name="n"/> words open a list of parties or are its subject.</summary>
    private static bool OpensTitle(string title, List<Word> words, int n) => OpensList(title, words, n) || OpensAsSubject(words, n);

    /// <summary>The opening paragraph after its dateline, which ends at the first dash near the start ("MANILA –", "(Xinhua) --").</summary>
    private static string AfterDateline(string lead)
    {
        var head = lead.AsSpan(0, Math.Min(lead.Length, 80));
        var dash = head.IndexOfAny('–', '—');
        var hyphen = head.IndexOf(" - ", StringComparison.Ordinal);
        dash = hyphen >= 0 && (dash < 0 || hyphen < dash) ? hyphen : dash;
        if (dash < 0)
        {
            var stop = CityFullStop(lead);
            return stop > 0 ? lead[(stop + 1)..].TrimStart('-', ' ') : lead;
        }
        return lead[(dash + 1)..].TrimStart('-', ' ');
    }

    /// <summary>
    /// "Mwanza. Tanzania, Kenya and Uganda have agreed …", or as Spanish-language papers print it, "Santo Domingo.- The
    /// Dominican Republic …": where a city and its full stop end a dateline, else -1.
    /// </summary>
    private static int CityFullStop(string text)
    {
        var stop = text.IndexOf('.');
        while (stop >= 0 && stop + 1 < text.Length && text[stop + 1] is not (' ' or '-' or '–' or '—'))
        {
            stop = text.IndexOf('.', stop + 1);
        }
        return stop > 0 && stop < 30 && stop + 1 < text.Length && Countries.CountryOfPlace(text[..stop]) is not null ? stop : -1;
    }

    /// <summary>Where a dateline's place ends: "TOKYO, March 12", "MANILA – The Philippines", "ISTANBUL".</summary>
    private static int DatelineEnd(string dateline)
    {
        if (CityFullStop(dateline) is var stop and > 0)
        {
            return stop;
        }
        var end = dateline.IndexOfAny([',', ':', '(', '–', '—']);
        var dash = dateline.IndexOf(" - ", StringComparison.Ordinal);
        end = dash >= 0 && (end < 0 || dash < end) ? dash : end;
        return end < 0 && dateline.Length < 40 ? dateline.Length : end;
    }

    /// <summary>Words of bodies whose staff are no country's: they keep no country from the article's setting.</summary>
    private static readonly string[] InternationalWords =
    [
        "World", "United Nations", "UN ", "Global", "Asian", "African", "European", "Islamic", "Arab ", "Asia-Pacific", "Asia Pacific",
        "Regional", "Inter-", "Pacific Islands", "Commonwealth", "Caribbean", "Ibero-American", "Latin American",
        "Central American", "Nordic", "Andean", "Eurasian", "Transboundary", "Cross-Border", "Binational", "Trinational", "Multinational",
        "South Pacific", "Southeast Pacific", "Pacific Community", "Pacific Islands", "North Seas", "Mediterranean", "Baltic Sea",
        "Organization of", "Organisation of", // "of Turkic States", "of American States", "of Islamic Cooperation"
        // River basin bodies: "Orange-Senqu River Commission", "Niger Basin Authority", "Lake Chad Basin Commission".
        // A multilateral convention's secretariat ("Tehran Convention Interim Secretariat") is no host city's.
        "Convention Secretariat", "Convention Interim Secretariat",
        "River Commission", "Basin Commission", "Basin Authority", "Basin Initiative", "Basin Organization", "Basin Organisation",
        // The Gulf Cooperation Council's own bodies ("director-general of the Gulf Health Council").
        "Gulf Cooperation Council", "Gulf Health Council",
        // A body of a region of several countries: "the Council of Ministers of Health of Central America and the Dominican
        // Republic (COMISCA)", "the Economic Community of West African States" (with the "of", so "Bank Central Asia",
        // Indonesia's bank, stays national).
        "of Central America", "of Latin America", "of South America", "of the Americas", "of Southeast Asia", "of South Asia",
        "of Central Asia", "of West Africa", "of East Africa", "of Southern Africa", "of North Africa", "of the Middle East",
    ];

    // British-style papers write the longer ones in title case ("Unicef", "Unesco"). The development banks of many
    // countries are known by acronyms that name no region word ("Afreximbank", "AIIB"); "ADB" and "CDB" are left out,
    // as national banks share them (Ghana's Agricultural Development Bank, the China Development Bank).
    // The UN's programmes and offices all open with its letters ("UNDRR", "UNOPS", "UNIDO", "UNESCAP").
    [GeneratedRegex(@"\b(?:AfDB|AIIB|EBRD|EIB|IsDB|IDB|IADB|Afreximbank|BADEA|OFID|CABEI|BOAD|WHO|UN[A-Z]{2,6}|Unicef|Unesco|Unhcr|Unep|Unctad|Unfpa|FAO|IFAD|Ifad|WFP|IMF|WTO|ILO|IOM|ITU|IAEA|OECD|Oecd|IFC|OHCHR|UN|Nato|NATO|Opec|OPEC|FIFA|UEFA|IOC|CAF|D-8)\b")]
    private static partial Regex InternationalAcronym();

    /// <summary>
    /// A body of many countries: named so ("International Energy Agency", "Bank for International Settlements",
    /// "World Bank", "Asian Development Bank"), but not a national one that studies the world ("Tsinghua University's
    /// Institute for AI International Governance").
    /// </summary>
    internal static bool IsInternational(string body) =>
        (InternationalWords.Any(w => body.Contains(w, StringComparison.Ordinal)) || InternationalAcronym().IsMatch(body)
        || body.StartsWith("International", StringComparison.Ordinal) || body.StartsWith("the International", StringComparison.Ordinal)
        || body.Contains("for International", StringComparison.Ordinal) || body.Contains("of International", StringComparison.Ordinal))
        && !NamedAfterItsCountry(body);

    /// <summary>"the Jakarta-based ASEAN Centre for Energy": a body named after a bloc is the bloc's, wherever it sits.</summary>
    internal static bool IsBlocBody(string name)
    {
        var words = Tokens.Words(name);
        for (var n = 1; n <= Math.Min(3, words.Count - 1); n++)
        {
            if (Countries.Bloc(name[words[0].Start..words[n - 1].End]) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Kuwait Fund for Arab Economic Development", "Saudi Fund for Development": one country's body, whatever it funds.</summary>
    private static bool NamedAfterItsCountry(string body)
    {
        var words = Tokens.Words(MentionParser.WithoutArticle(body));
        return words.Count > 2 && Countries.LeadingCountry(words, Math.Min(3, words.Count - 2)) is var (n, _)
            && Vocabulary.OrganisationHeads.Contains(words[n].Text);
    }

    /// <summary>
    /// "deputy secretary-general of the OEI", where the article spells the acronym out as an international body
    /// ("the Organization of Ibero-American States for Education, Science and Culture (OEI)"): no country's official.
    /// </summary>
    private static bool OfInternationalAcronym(Article article, Person person)
    {
        foreach (Match acronym in Acronym().Matches($"{person.Organisation} {person.Role}"))
        {
            // "artificial intelligence (AI)" spells out a term, not a body ("Public Administration and AI Minister").
            if (SpellingBefore(article, acronym.Value) is { } name && name.LastIndexOf(' ') is var lastSpace && lastSpace + 1 < name.Length && char.IsUpper(name[lastSpace + 1]))
            {
                name = name[NameStartAfterThe(name)..];
                // "the Dubai-based International Center for Biosaline Agriculture (ICBA)": where it sits is no part of its name.
                var based = name.LastIndexOf("-based ", StringComparison.Ordinal);
                name = based >= 0 ? name[(based + "-based ".Length)..] : name;
                if (IsInternational(name) && !name.Contains("Ministry", StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// Where the name before an acronym's bracket starts: after its "the" ("… and the Ministry of Finance (MOF)"), but a
    /// "the" inside the name, after "of" or before a country the name lists ("the Council of Ministers of Health of
    /// Central America and the Dominican Republic (COMISCA)"), does not start it.
    /// </summary>
    private static int NameStartAfterThe(string window)
    {
        var the = window.LastIndexOf("the ", StringComparison.Ordinal);
        while (the > 0)
        {
            // Only after a capitalised word: "the founding members of the International … Council (ITRC)" starts at its "the".
            var before = window.AsSpan(0, the).TrimEnd(' ');
            var joiner = before.LastIndexOf(' ');
            var inside = joiner > 0 && char.IsUpper(before[before[..joiner].TrimEnd(' ').LastIndexOf(' ') + 1])
                && (before[(joiner + 1)..] is "of"
                    || before[(joiner + 1)..] is "and" && Tokens.Words(window[(the + 4)..]) is var words && Countries.LeadingCountry(words, Math.Min(4, words.Count)) is not null);
            // "The Council of …" opening a sentence starts the name too.
            var previous = inside ? window.LastIndexOf("the ", the - 1, StringComparison.OrdinalIgnoreCase) : -1;
            if (previous < 0)
            {
                break;
            }
            the = previous;
        }
        return the >= 0 ? the + 4 : 0;
    }

    /// <summary>
    /// "KASA Administrator X", where the article spells the acronym out as "the Korea AeroSpace Administration (KASA)":
    /// the country that name gives. Not for international bodies, whose staff are no country's. Without a bracket, a
    /// body named earlier by the acronym's initials is its spelling ("the Guam Memorial Hospital Authority …", later
    /// "GMHA hospital administrator X"), as papers that do not bracket their acronyms write them.
    /// </summary>
    private static string? BySpelledOutAcronym(Article article, Person person)
    {
        foreach (var acronym in AcronymsOf($"{person.Organisation} {person.Role}"))
        {
            if ((SpellingBefore(article, acronym) ?? SpellingByInitials(article, acronym)) is { } window)
            {
                // "the Council of Ministers of Health of Central America and the Dominican Republic (COMISCA)": a body of
                // many countries, whatever country its name ends with.
                if (IsInternational(window[NameStartAfterThe(window)..]))
                {
                    continue;
                }
                var words = Tokens.Words(window);
                var start = words.Count;
                // Joining words in other languages too: "Bangko Sentral ng Pilipinas", "Banco Central do Brasil"; and "of the":
                // "the Central Bank of the UAE (CBUAE)".
                // A comma or bracket ends the name: "… (Senasa), Paraguay's National Animal … Service (Senacsa)".
                while (start > 0 && (start == words.Count || window.AsSpan(words[start - 1].End, words[start].Start - words[start - 1].End).IndexOfAny(",()") < 0))
                {
                    if (words[start - 1].IsCapitalized)
                    {
                        start--;
                    }
                    // "Vietnam's Ministry of … and China's General Administration of Customs (GACC)": a country's possessive after
                    // "and" opens the body; what stands before it is another's.
                    else if (start >= 2 && words[start - 1].Text is "of" or "for" or "and" or "on" or "ng" or "de" or "do" or "da" or "del" or "des" or "du" or "di" && words[start - 2].IsCapitalized
                        && !(words[start - 1].Text is "and" && MentionParser.CountryOfPossessive(words[start].Text) is not null))
                    {
                        start -= 2;
                    }
                    else if (start >= 3 && words[start - 1].Text is "the" && words[start - 2].Text is "of" && words[start - 3].IsCapitalized)
                    {
                        start -= 3;
                    }
                    else
                    {
                        break;
                    }
                }
                var name = start < words.Count ? window[words[start].Start..] : string.Empty;
                if (TranslatesAnotherBodysName(name, acronym))
                {
                    continue;
                }
                if (name.Length > 0 && !IsInternational(name) && RoleAnalyzer.CountryOfBody(name) is { } country)
                {
                    return country;
                }
                // "Egypt’s Agricultural Research Center (ARC)": the country that owns the name (the last possessive: "ICBA and
                // Egypt’s …" is read as far back as the "and").
                for (var k = words.Count - 1; k >= start; k--)
                {
                    if (MentionParser.CountryOfPossessive(words[k].Text) is { } owning)
                    {
                        return owning;
                    }
                }
                // "the Medical Stores Department (MSD) of the United Republic of Tanzania": the owner after the acronym.
                if (name.Length > 0 && !IsInternational(name) && OwnerAfterAcronym(article, acronym) is { } owner)
                {
                    return owner;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// "the Internal Revenue Service (SII)" in a Chilean report: a known body's name spelling out an acronym other than the
    /// body's own (the IRS) is another country's body, named in translation, and says nothing of where it is.
    /// </summary>
    private static bool TranslatesAnotherBodysName(string name, string acronym)
    {
        if (!KnownBodies.CountryByName.TryGetValue(name, out var country))
        {
            return false;
        }
        var initials = string.Concat(Tokens.Words(name).Where(w => w.IsCapitalized).Select(w => w.Text[0]));
        // "(Jica)": British-style papers write the body's own acronym in title case.
        return !initials.Equals(acronym, StringComparison.OrdinalIgnoreCase) && KnownBodies.CountryByName.TryGetValue(initials, out var ownCountry) && ownCountry == country;
    }

    /// <summary>The country named right after the first "(ACRONYM)" by "of (the) …" ("(MSD) of the United Republic of Tanzania"); else null.</summary>
    private static string? OwnerAfterAcronym(Article article, string acronym)
    {
        foreach (var (text, at) in FirstInEachParagraph(article, $"({acronym}) of "))
        {
            var match = OwnerAfterBracket().Match(text, at + acronym.Length + 2);
            // "the United Republic of Tanzania", "the Kingdom of Morocco": the state's formal name ends in its short one.
            var owner = match.Groups["owner"].Value;
            return match.Success ? Countries.Country(owner) ?? Countries.Country(owner[(owner.LastIndexOf(' ') + 1)..]) : null;
        }
        // "the Bureau of Animal Industry (BAI) in Quezon City": a known city right after the acronym says where the body is;
        // so does a city written after it as part of the name, as South Asian institutes are ("(CCRI) Multan").
        foreach (var (text, at) in FirstInEachParagraph(article, $"({acronym}) "))
        {
            if (CityAfterBracket().Match(text, at + acronym.Length + 2) is { Success: true } city
                && PlaceCountry(city.Groups["city"].Value, countriesToo: false) is { } country)
            {
                return country;
            }
        }
        return null;
    }

    [GeneratedRegex(@"\G of (?:the )?(?<owner>\p{Lu}[\p{L}\-]*(?: (?:of |and (?:the )?)?\p{Lu}[\p{L}\-]*){0,4})")]
    private static partial Regex OwnerAfterBracket();

    [GeneratedRegex(@"\G (?:in )?(?<city>\p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*){0,2})")]
    private static partial Regex CityAfterBracket();

    /// <summary>
    /// The acronyms in a role or organisation: in capitals ("KASA"), or in title case as British-style papers write
    /// them ("Jica", "Kari"), which only count where the article spells them out in brackets.
    /// </summary>
    private static IEnumerable<string> AcronymsOf(string text)
    {
        foreach (Match acronym in Acronym().Matches(text))
        {
            yield return acronym.Value;
        }
        foreach (var word in Tokens.Words(text))
        {
            if (word.Text.Length is >= 3 and <= 8 && char.IsUpper(word.Text[0]) && word.Text.Skip(1).All(char.IsLower) && !Vocabulary.TitleNouns.Contains(word.Text)
                && !Vocabulary.NotNameWords.Contains(word.Text))
            {
                yield return word.Text;
            }
        }
    }

    /// <summary>The text (up to 120 characters) before the first "(ACRONYM)" of the article, where it is spelled out; null if it never is.</summary>
    private static string? SpellingBefore(Article article, string acronym)
    {
        // "(F.F.A.)" for the "F.F.A" a role keeps.
        foreach (var (text, at) in FirstInEachParagraph(article, acronym.Contains('.') ? $"({acronym}." : $"({acronym})"))
        {
            return text[Math.Max(0, at - 120)..at].TrimEnd();
        }
        return null;
    }

    /// <summary>The first run of capitalised words in the article whose initials are an acronym of three letters or more.</summary>
    private static string? SpellingByInitials(Article article, string acronym)
    {
        if (acronym.Length < 3)
        {
            return null; // "US", "EU": two letters match too many runs of two capitalised words
        }
        foreach (var paragraph in article.Paragraphs)
        {
            if (Initials.FindRun(acronym, paragraph.Text) is var (start, end))
            {
                return paragraph.Text[start..end].TrimEnd(',', '.', ';', ':');
            }
        }
        return null;
    }

    /// <summary>
    /// The name an article spells out for an acronym ("the Dairy Development Authority (DDA)" → "Dairy Development
    /// Authority"): the capitalised words (with "of", "for", "and", "on" between them) right before " (ACRONYM)" whose
    /// initials are the acronym's letters; else null.
    /// </summary>
    internal static string? SpelledOut(Article article, string acronym)
    {
        if (acronym.Length is < 2 or > 8 || !acronym.All(c => char.IsUpper(c) || char.IsDigit(c)))
        {
            return null;
        }
        // "the Korea Meteorological Administration(KMA)": some papers set the bracket without a space.
        foreach (var (text, at) in FirstInEachParagraph(article, $"({acronym})"))
        {
            var words = Tokens.Words(text, Math.Max(0, at - 120), Math.Min(120, at));
            var start = words.Count;
            var initials = new List<char>();
            while (start > 0 && (words[start - 1].IsCapitalized || words[start - 1].Text is "of" or "for" or "and" or "on") && initials.Count < acronym.Length)
            {
                start--;
                if (words[start].IsCapitalized)
                {
                    initials.Insert(0, words[start].Text[0]);
                }
            }
            while (start < words.Count && !words[start].IsCapitalized)
            {
                start++;
            }
            if (start < words.Count && new string([.. initials]) == acronym)
            {
                return text[words[start].Start..at].TrimEnd();
            }
        }
        return null;
    }

    /// <summary>Each paragraph's text where <paramref name="marker"/> first stands after its start, with where it stands.</summary>
    private static IEnumerable<(string Text, int At)> FirstInEachParagraph(Article article, string marker)
    {
        foreach (var paragraph in article.Paragraphs)
        {
            var at = paragraph.Text.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0)
            {
                yield return (paragraph.Text, at);
            }
        }
    }

    // "OEI", "COMISCA", or with full stops as some papers write them: "F.F.A".
    [GeneratedRegex(@"\b\p{Lu}{2,8}\b|(?<!\p{L})(?:\p{Lu}\.){1,5}\p{Lu}(?!\p{L})")]
    private static partial Regex Acronym();

    [GeneratedRegex(@"\b(?:1[89]|20)\d\d\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(?:representative|coordinator|ambassador|envoy|director|manager|head|chief|officer|attach[eé]|consul)\s+(?:in|to|for)\s+\p{Lu}", RegexOptions.IgnoreCase)]
    private static partial Regex PostedIn();

    /// <summary>
    /// A university, college, company or similar body of one country ("Tokyo University of Marine Science and
    /// Technology", "Mekong Seed Joint Stock Company"), not an international one.
    /// </summary>
    private static bool IsNationalInstitution(Person person)
    {
        if (person.Organisation is not { } organisation || Countries.Bloc(organisation) is not null)
        {
            return false;
        }
        // "Cairo University's Faculty of African Postgraduate Studies": a body named after its city is that city's, whatever it studies.
        var firstWord = organisation.Split(' ', 2)[0];
        if (IsInternational(organisation) && Countries.CountryOfPlace(firstWord.TrimEnd('\'', '’', 's')) is null && Countries.CountryOfPlace(firstWord) is null)
        {
            return false;
        }
        return InstitutionWords.Any(w => organisation.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    private static readonly string[] InstitutionWords =
    [
        "University", "College", "Polytechnic", "Academy", "Company", "Corporation", "Joint Stock", "Ltd", "Limited",
        "Group", "Holdings", "Bank", "Chamber of Commerce", "Hospital",
        // "head nurse at the Ebeye Leroj Kitlang Health Center": a clinic is of its town, as a hospital is.
        "Health Center", "Health Centre", "Clinic", "Medical Center", "Medical Centre",
        // Trade bodies and research institutes a national outlet quotes at home ("Association of Hazelnut Producers and
        // Exporters" in Report.az, "Benaki Phytopathological Institute" in AMNA).
        "Association", "Institute", "Cooperative", "Federation", "Society", "Council",
        // "a researcher at the Shanghai Artificial Intelligence Laboratory": a research laboratory, as an institute.
        "Laboratory",
    ];

    /// <summary>
    /// "Saudi Arabia pledged $150 million to the reserve, Deputy Minister … Al-Dossary told Ahram Online": an official
    /// whose title names no country, announcing a country's commitment, speaks for that country.
    /// </summary>
    private static string? ByOwnCommitment(Person person, IReadOnlyList<FoundStatement> statements)
    {
        foreach (var statement in statements)
        {
            if (statement.Speaker != person || statement.Kind != StatementKind.Reported)
            {
                continue;
            }
            var words = statement.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var start = words.Length > 0 && words[0] is "the" or "The" ? 1 : 0;
            // "St Vincent and the Grenadines had committed …": a country's name may run to five words.
            for (var n = Math.Min(Countries.MaxVariantWords, words.Length - start - 1); n >= 1; n--)
            {
                if (Countries.Country(string.Join(' ', words, start, n)) is { } country && IsCommitment(words, start + n))
                {
                    return country;
                }
            }
            // "Kenya, which had earlier announced plans for an AI hub, would set up …": past the relative clause.
            if (statement.Text.Contains(", which ", StringComparison.Ordinal) && CountryThenRelativeClause().Match(statement.Text) is { Success: true } relative
                && Countries.Country(relative.Groups["country"].Value) is { } committed
                && IsCommitment(statement.Text[(relative.Groups["verb"].Index)..].Split(' ', StringSplitOptions.RemoveEmptyEntries), 0))
            {
                return committed;
            }
        }
        return null;
    }

    [GeneratedRegex(@"^(?:[Tt]he\s+)?(?<country>\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,2}),\s+which\s[^,]*,\s+(?<verb>\p{Ll}+)\b")]
    private static partial Regex CountryThenRelativeClause();

    /// <summary>
    /// "pledged", "will", … or "is expected to", "is set to", "is due to", "was ready to": a party's own commitment or plan;
    /// "had committed", "has pledged" too.
    /// </summary>
    private static bool IsCommitment(string[] words, int at) =>
        at < words.Length && (CommitmentWords.Contains(words[at])
            || words[at] is "has" or "had" or "have" && at + 1 < words.Length && CommitmentWords.Contains(words[at + 1])
            || words[at] is "is" or "was" or "are" && at + 2 < words.Length && words[at + 1] is "expected" or "set" or "due" or "ready" && words[at + 2] == "to");

    private static readonly HashSet<string> CommitmentWords = new(StringComparer.Ordinal)
    {
        "pledged", "will", "would", "committed", "plans", "planned", "intends", "offered", "pledges", "commits", "proposed",
        "proposes", "announced",
    };

    /// <summary>"Tokyo University of …", "Middle East Technical University in Ankara": a national body's city.</summary>
    private static string? ByInstitutionPlace(Person person)
    {
        if (!IsNationalInstitution(person))
        {
            return null;
        }
        foreach (var text in new[] { person.Organisation!, person.Role ?? string.Empty })
        {
            foreach (var match in InPlaces(text))
            {
                if (Countries.CountryOfPlace(match.Groups["place"].Value) is { } inCity)
                {
                    return inCity;
                }
            }
        }
        // "Chiang Mai University", "Tokyo University of …": a city of one to three words in the name.
        return CityWithin(person.Organisation!);
    }

    /// <summary>The country of the first known city of one to three capitalised words inside a name ("Chiang Mai" in "Chiang Mai University", "San Diego" in "UC San Diego").</summary>
    private static string? CityWithin(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            for (var n = Math.Min(3, words.Length - i); n >= 1; n--)
            {
                if (char.IsUpper(words[i][0]) && Countries.CountryOfPlace(string.Join(' ', words, i, n).TrimEnd(',', '\'', '’')) is { } named)
                {
                    return named;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// "Rohan X, chief executive of Sahra Aerofuels", where the article introduced "Dubai-based clean fuels company Sahra
    /// Aerofuels" elsewhere: where the person's company is based is its country (not an international body's seat); so is
    /// a demonym describing it ("Viginum, the French agency that …").
    /// </summary>
    private static string? ByBodysBase(Article article, Person person)
    {
        var body = person.Organisation ?? (person.Role is { } role && Math.Max(role.LastIndexOf(" of ", StringComparison.Ordinal), role.LastIndexOf(" at ", StringComparison.Ordinal)) is var of and > 0
            ? role[(of + 4)..] : null);
        if (body is null || body.Length < 3 || !char.IsUpper(body[0]) || IsInternational(body) || IsBlocBody(body))
        {
            return null;
        }
        foreach (var paragraph in article.Paragraphs)
        {
            for (var at = paragraph.Text.IndexOf(body, StringComparison.Ordinal); at > 0; at = paragraph.Text.IndexOf(body, at + body.Length, StringComparison.Ordinal))
            {
                // "-based" within the few words before the name: "Dubai-based clean fuels company Sahra Aerofuels"; or a
                // demonym before its kind: "Turkish contractor Yapı Merkezi".
                var before = paragraph.Text[Math.Max(0, at - 60)..at];
                if (before.Contains("-based", StringComparison.Ordinal) && BasedBefore().Match(before) is { Success: true } based
                    && Countries.CountryOfPlace(based.Groups["place"].Value) is { } country)
                {
                    return country;
                }
                if (EndsWithCompanyKind(before) && DemonymKindBefore().Match(before) is { Success: true } kind && Countries.IsDemonym(kind.Groups["demonym"].Value)
                    && Vocabulary.CompanyKinds.Contains(kind.Groups["kind"].Value))
                {
                    return Countries.Country(kind.Groups["demonym"].Value);
                }
                // "Campos Máquinas Agrícolas, a tractor maker based in Ribeirão Preto, Brazil": where the body says it is based.
                var rest = paragraph.Text.AsSpan(at + body.Length);
                if (rest.StartsWith(", a", StringComparison.Ordinal) && BasedAfter().Match(paragraph.Text, at + body.Length, Math.Min(rest.Length, 120)) is { Success: true } basedAfter
                    && ((basedAfter.Groups["country"].Success ? Countries.Country(basedAfter.Groups["country"].Value) : null) ?? PlaceCountry(basedAfter.Groups["place"].Value)) is { } baseCountry)
                {
                    return baseCountry;
                }
                // "Viginum, the French agency that tracks foreign digital interference": a demonym describing the body; "Kerani, a
                // Singapore start-up that …", "Kudiwise, a Lagos payments start-up": a country or a city, as a demonym is used.
                if (rest.StartsWith(", ", StringComparison.Ordinal) && Tokens.Words(paragraph.Text, at + body.Length, Math.Min(rest.Length, 60)) is { Count: >= 3 } described
                    && described[0].Text is "the" or "a" or "an" && described[1].IsCapitalized && !described[2].IsCapitalized
                    && Countries.CountryOrPlace(described[1].Text) is { } describedCountry)
                {
                    return describedCountry;
                }
                // "Haneul Express, a parcel forwarder in Busan": where the body is, said as a private firm's is (not in a clause:
                // "a start-up that operates in Ghana").
                if (rest.StartsWith(", a", StringComparison.Ordinal) && KindInPlaceAfter().Match(paragraph.Text, at + body.Length, Math.Min(rest.Length, 120)) is { Success: true } kindIn
                    && PlaceCountry(kindIn.Groups["place"].Value) is { } kindCountry)
                {
                    return kindCountry;
                }
            }
        }
        return null;
    }

    [GeneratedRegex(@"(?<place>\p{Lu}[\p{L}]+(?:\s+(?:es\s+)?\p{Lu}[\p{L}]+)?)-based\s+(?:[\p{Ll}\-]+\s+){0,4}$")]
    private static partial Regex BasedBefore();

    [GeneratedRegex(@"\G,\s+an?\s+(?:(?!\b(?:that|which|who|whose)\b)[\p{Ll}\s\-]){0,60}?\bin\s+(?<place>\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,2})")]
    private static partial Regex KindInPlaceAfter();

    [GeneratedRegex(@"\G,\s+an?\s+[^,;]{0,60}?\bbased\s+in\s+(?<place>\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,2})(?:,\s+(?<country>\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)?))?")]
    private static partial Regex BasedAfter();

    [GeneratedRegex(@"\b(?<demonym>\p{Lu}\p{L}+)\s+(?:[\p{Ll}\-]+\s+){0,2}(?<kind>\p{Ll}+)\s+$")]
    private static partial Regex DemonymKindBefore();

    /// <summary>
    /// Whether the lower-case word before the trailing white space is a company's kind. <see cref="DemonymKindBefore"/>'s
    /// kind can only be that word, and its match is used only for a company's kind: without one it need not run.
    /// </summary>
    private static bool EndsWithCompanyKind(string before)
    {
        var trimmed = before.AsSpan().TrimEnd();
        var start = trimmed.Length;
        while (start > 0 && char.IsLower(trimmed[start - 1]))
        {
            start--;
        }
        return trimmed.Length < before.Length && start < trimmed.Length && CompanyKindSpans.Contains(trimmed[start..]);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CompanyKindSpans = Vocabulary.CompanyKinds.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "head of the Joint Rescue Coordination Centre Northern Norway in Bodø": the body read apart from the role (here from
    /// a clause, "who heads …") names its country, though the role as a whole ends elsewhere.
    /// </summary>
    private static string? ByBodysName(Person person) =>
        person.Organisation is { } body && person.Role is { } role && role != body && !IsInternational(body) ? RoleAnalyzer.CountryOfBody(body) : null;

    /// <summary>
    /// Colleagues share a country: someone whose organisation is that of a person the article gave a country ("OCD
    /// Region 3 director" after "Office of Civil Defense (OCD) Administrator"), by name or by its acronym.
    /// </summary>
    private static void BySameOrganisation(Article article, List<Person> people)
    {
        foreach (var person in people)
        {
            // An international body's colleagues share no country ("the pro tempore president of COMISCA and Minister of Health
            // of Honduras" beside its Executive Secretary).
            if (person.Country is not null || person.Organisation is not { } organisation || Countries.Bloc(organisation) is not null
                || IsInternational(organisation) || OfInternationalAcronym(article, person))
            {
                continue;
            }
            var colleague = people.FirstOrDefault(other => other != person && other.Country is not null && (other.Organisation ?? other.Role) is { } theirs
                && (string.Equals(theirs, organisation, StringComparison.OrdinalIgnoreCase) || theirs.Contains($"({organisation})", StringComparison.Ordinal)
                    || organisation.EndsWith($"({theirs})", StringComparison.Ordinal)));
            person.Country = colleague?.Country;
        }
    }

    private static bool IsGovernmentRole(Person person)
    {
        if (person.Role is not { } role)
        {
            return false;
        }
        // "Executive Vice President" of Afreximbank, "IsDB Vice President for Operations": a bloc's or international body's
        // officer holds no office of state.
        if (person.Organisation is { } organisation && (Countries.Bloc(organisation) is not null || IsInternational(organisation)))
        {
            return false;
        }
        var firstSpace = role.IndexOf(' ');
        if (firstSpace > 0 && InternationalAcronym().IsMatch(role[..firstSpace]))
        {
            return false;
        }
        foreach (var bloc in Countries.FindParties(role))
        {
            if (Countries.Bloc(bloc) is not null)
            {
                return false;
            }
        }
        foreach (var word in GovernmentTitleWords)
        {
            if (role.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        if (IsParliamentary(person) || LocalOfficeTitle().IsMatch(role))
        {
            return true;
        }
        // "Office of Civil Defense (OCD) Administrator": an office of state, by the body named in the role or organisation.
        var body = $"{person.Organisation} {role}";
        return !IsInternational(body) && GovernmentBodyWords.Any(w => body.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>"director of the National Commission for Space Activities (CONAE)": a body named national is a government's.</summary>
    private static bool IsNationalBody(Person person) =>
        $"{person.Role} {person.Organisation}" is var office && (NationalBody().IsMatch(office) || IsGovernmentAcronym(person)) && !IsInternational(office);

    /// <summary>
    /// "DSWD Undersecretary", "PAGASA Deputy Administrator": a government title of a body known by an acronym that is no
    /// bloc's or international body's (those the article spells out so are excluded before this is asked).
    /// </summary>
    private static bool IsGovernmentAcronym(Person person) => IsGovernmentRole(person) && IsAcronymBody(person, maxLength: 8, hyphenated: true);

    /// <summary>A body known only by an acronym no bloc, party or international body has ("INFORDEPE", "CFM"), unhyphenated ("BOBP-IGO" is regional).</summary>
    private static bool IsBodyByAcronymOnly(Person person) => IsAcronymBody(person, maxLength: 9, hyphenated: false);

    private static bool IsAcronymBody(Person person, int maxLength, bool hyphenated) =>
        person.Organisation is { Length: >= 3 } acronym && acronym.Length <= maxLength && MentionParser.IsCapitalsAndDigits(acronym)
        && (hyphenated || !acronym.Contains('-')) && Countries.Bloc(acronym) is null && Countries.Party(acronym) is null && !InternationalAcronym().IsMatch(acronym);

    [GeneratedRegex(@"\bNational \p{Lu}")]
    private static partial Regex NationalBody();

    /// <summary>
    /// "a researcher at Cenia", where the article names it "the National Center for Artificial Intelligence (Cenia)": the
    /// short name the article gives a body named national (or called state-owned) in brackets (in its own language, so the
    /// initials need not match).
    /// </summary>
    private static bool ShortNameOfNationalBody(Article article, Person person) =>
        person.Organisation is { Length: >= 3 and <= 12 } shortName && shortName.All(char.IsLetter)
        && FirstInEachParagraph(article, $" ({shortName})").Any(found => NationalNameBefore().IsMatch(found.Text.AsSpan(0, found.At)));

    // "the state-owned Infrastructure Development Company Limited (IDCOL)": a state's company is a national body too.
    [GeneratedRegex(@"\b(?:National|(?:state|government)-(?:owned|run))(?:\s+(?:\p{Lu}[\p{L}\-]*|of|for|and|on|the))+\s*$")]
    private static partial Regex NationalNameBefore();

    /// <summary>"Western Provincial Health Director", "District Commissioner", "County Agriculture Officer": a title that opens with a local government's level is an office of state.</summary>
    [GeneratedRegex(@"^(?:\p{Lu}\p{Ll}+ )?(?:Provincial|Municipal|District|County|Prefectural) (?:\p{Lu}\p{Ll}+ ){0,3}\p{Lu}\p{Ll}+$")]
    private static partial Regex LocalOfficeTitle();

    /// <summary>A town's, province's or district's office ("Mayor Ernesto Villafranca of Bato"): a local official is at home.</summary>
    private static bool IsLocalOffice(Person person) =>
        person.Role is { } role && LocalOffice().IsMatch(role);

    [GeneratedRegex(@"\b(?:[Mm]ayor|[Gg]overnor|[Pp]rovincial|[Mm]unicipal|[Dd]istrict|[Cc]ounty|[Pp]refecture|[Cc]ity [Cc]ouncil|[Hh]eadman|[Hh]eadwoman|[Vv]illage [Hh]ead|[Vv]illage [Cc]hief)\b")]
    private static partial Regex LocalOffice();

    /// <summary>
    /// A parliament's office ("Deputy Speaker", "Speaker of the National Assembly", not a "keynote speaker"; "lawmaker"): an
    /// office of state, and a member of a country's house is that country's, as a minister is.
    /// </summary>
    private static bool IsParliamentary(Person person) =>
        person.Role is { } role && (role.Contains("Speaker", StringComparison.Ordinal) || ParliamentWords.Any(w => role.Contains(w, StringComparison.OrdinalIgnoreCase)));

    private static readonly string[] ParliamentWords = ["lawmaker", "legislator", "parliamentarian", "member of parliament"];

    /// <summary>
    /// A minister's office or a ministry's: only national governments have them (blocs have commissioners and
    /// secretaries-general). Some governments call their ministers otherwise: Kenya's "Cabinet Secretary", the "Secretary
    /// of State" of the United States, the United Kingdom and Latin America, and the junior ministers Austria, Germany, the
    /// Netherlands and the Nordic countries call "State Secretary".
    /// </summary>
    private static bool IsMinisterial(Person person) =>
        StartsWordMinist(person.Role) || StartsWordMinist(person.Organisation)
        || person.Role is { } role && (role.Contains("Cabinet Secretary", StringComparison.OrdinalIgnoreCase) || role.Contains("Secretary of State", StringComparison.OrdinalIgnoreCase)
            || role.Contains("State Secretary", StringComparison.OrdinalIgnoreCase)
            // "the Undersecretary for Foreign Affairs and International Cooperation": a government's member below a minister.
            || role.StartsWith("Undersecretary", StringComparison.OrdinalIgnoreCase) || role.StartsWith("Under-Secretary", StringComparison.OrdinalIgnoreCase)
            || role.StartsWith("Under Secretary", StringComparison.OrdinalIgnoreCase));

    /// <summary>"Minister", "ministry", "Vice-Minister", "ministerial", but not "administrator" or "administration".</summary>
    private static bool StartsWordMinist(string? text)
    {
        for (var at = text?.IndexOf("inist", StringComparison.Ordinal) ?? -1; at > 0; at = text!.IndexOf("inist", at + 5, StringComparison.Ordinal))
        {
            if (text![at - 1] is 'm' or 'M' && (at == 1 || !char.IsLetter(text[at - 2])))
            {
                return true;
            }
        }
        return false;
    }

    // "Customs": "Japan Customs", "the Korea Customs Service" are offices of state whatever their head noun.
    private static readonly string[] GovernmentBodyWords = ["Ministry", "Department", "Office of", "Agency", "Authority", "Bureau", "Administration", "Directorate", "Customs"];

    private static string? LastCountry(string text)
    {
        string? last = null;
        foreach (var party in Countries.FindParties(text, includeDemonyms: true))
        {
            if (Countries.Country(party) is not null)
            {
                last = party;
            }
        }
        return last;
    }

    /// <summary>The appositive after a name: up to the verb of saying or the end of the clause.</summary>
    private static string Appositive(string afterName)
    {
        var comma = afterName.IndexOf(',');
        return comma < 0 ? string.Empty : afterName[comma..];
    }

    private static string LastWords(string text, int count)
    {
        var start = text.Length;
        for (var seen = 0; start > 0 && seen < count; start--)
        {
            if (char.IsWhiteSpace(text[start - 1]))
            {
                seen++;
            }
        }
        return text[start..].TrimStart();
    }
}

/// <summary>
/// An article's home countries — its national agency's or paper's, and its host's — read only if a person needs them
/// (most articles give every speaker a country in their title): before its people are read, <see cref="Presumed"/>
/// answers "the Vietnamese official" in a VNA report; after, <see cref="CountryInference.Complete"/> gives them to
/// officials whose titles name none.
/// </summary>
internal sealed class HomeContext
{
    private readonly Lazy<string?> agency;
    private readonly Lazy<string?> host;
    private readonly Lazy<string?> venue;
    private readonly Lazy<string?> firstNamed;
    private readonly Lazy<string?> territorySovereign;

    private readonly Lazy<HashSet<string>> named;

    public HomeContext(Article article)
    {
        named = new(() => Countries.FindParties(article.Title + ". " + string.Join(" ", article.Paragraphs.Select(p => p.Text)), includeDemonyms: true)
            .Select(party => Countries.Country(party)).OfType<string>().ToHashSet(StringComparer.Ordinal), LazyThreadSafetyMode.None);
        // Both read the lines above the report; they are read once, when the first of the two is needed.
        var head = new Lazy<ArticleHeadLines>(() => CountryInference.ArticleHead(article), LazyThreadSafetyMode.None);
        agency = new(() => CountryInference.AgencyCountry(article, head.Value), LazyThreadSafetyMode.None);
        host = new(() => CountryInference.HostCountry(article, head.Value), LazyThreadSafetyMode.None);
        // Unchecked by the title, the venue is read only from the dateline, the title, the lead and the paragraph after
        // it ("The decision was taken at a meeting … in Abuja"), and there not from sentences with a year: later
        // paragraphs tell history ("its founding agreement was signed in Mexico City in 1992").
        venue = new(() => CountryInference.VenueCountry(article, head.Value, paragraphs: 2, datedHistoryAfterLead: true), LazyThreadSafetyMode.None);
        firstNamed = new(() => CountryInference.FirstNamedCountry(article, head.Value), LazyThreadSafetyMode.None);
        territorySovereign = new(() => CountryInference.TerritoryVenueSovereign(article, head.Value), LazyThreadSafetyMode.None);
    }

    /// <summary>
    /// The state of a territory the event is held in ("in Hong Kong" → China): whose officials a report there introduces
    /// without a country, as the gold sets place sub-national officials in their nation.
    /// </summary>
    public string? TerritorySovereign => territorySovereign.Value;

    public string? Agency => agency.Value;

    public string? Host => host.Value;

    /// <summary>Where the event is, even when the article does not name that country (then only a last guess).</summary>
    public string? Venue => venue.Value;

    /// <summary>The country the article's own officials are presumed to belong to.</summary>
    public string? Presumed => Agency ?? Host;

    /// <summary>
    /// The country of the private people a report meets and places nowhere the lexicon knows ("a cattle farmer near
    /// Stampriet"): where the event is, else the outlet's or host's country, else the first country the title or lead names.
    /// </summary>
    public string? OfLocals => Venue ?? Presumed ?? FirstNamed;

    /// <summary>
    /// The first country the title or lead names: the last guess for a minister or a private person no line of the
    /// article places, when neither the outlet nor the venue is known.
    /// </summary>
    public string? FirstNamed => firstNamed.Value;

    /// <summary>Whether the article names the country anywhere (or its demonym); read only when a placed person needs it.</summary>
    public bool Names(string country) => named.Value.Contains(country);
}

/// <summary>
/// The paragraph that opens a report, its dateline (the lead itself when it has none on a line of its own), its
/// byline, and where the lead is among the article's paragraphs.
/// </summary>
internal readonly record struct ArticleHeadLines(string Lead, string Dateline, string? Byline, int LeadIndex);
