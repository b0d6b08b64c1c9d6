using System.Text.RegularExpressions;
using CoopBot.Core.Articles;
using CoopBot.Core.Extraction.Lexicon;

namespace CoopBot.Core.Extraction;

/// <summary>
/// Countries an article gives a speaker without putting them in the speaker's title, read once the whole article
/// is known, for the people whose role left the country open. In order of strength:
/// <list type="number">
/// <item>titles only one country uses ("Union Minister", "Ministry of External Affairs": India) and Malaysian
/// honorifics before the name ("Datuk Seri");</item>
/// <item>a title owned by "the Kingdom's", "the country's"…: the country last named before it;</item>
/// <item>a private person placed by the article ("a retired teacher in Castries, St. Lucia");</item>
/// <item>an official of a national news agency's own country, unnamed as a national agency does (Yonhap's
/// "First Vice Foreign Minister Maeng Seo-yun");</item>
/// <item>an official of the host country: the event's city (dateline or "in New Delhi" in the lead) lies in one of
/// the countries the title or first paragraph names, and hosts introduce their own officials without a country.</item>
/// </list>
/// The last two apply only to government titles, never to staff of blocs or international bodies.
/// </summary>
internal static partial class CountryInference
{
    [GeneratedRegex(@"\bthe\s+(?:kingdom|country|republic|sultanate|emirate|island\s+nation|city-state|nation)['’]s\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceBefore();

    [GeneratedRegex(@"^\s*,\s*the\s+(?:kingdom|country|republic|sultanate|emirate|island\s+nation|city-state|nation)['’]s\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceAfter();

    [GeneratedRegex(@"^\s*,\s*(?:an?|the)\s+[^,;:""“”]*?\bin\s+(\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*)*)(?:,\s+(\p{Lu}[\p{L}'’.\-]*(?:\s+(?:and\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.\-]*)*))?")]
    private static partial Regex PlaceAppositive();

    [GeneratedRegex(@"\bin\s+(\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,2})")]
    private static partial Regex InPlace();

    [GeneratedRegex(@"\b(?:Datuk|Dato['’]?|Datin|Tan\s+Sri|Tun|Puan\s+Sri)(?:\s+(?:Seri|Sri|Paduka|Wira))?\s*$")]
    private static partial Regex MalaysianHonorific();

    private static readonly string[] GovernmentTitleWords =
    [
        "minister", "ministry", "secretary", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson",
        "governor", "mayor", "president", "premier", "chancellor", "commissioner", "director-general", "director general",
        "undersecretary", "under-secretary", "official", "consul", "attache", "attaché",
    ];

    public static void Complete(Article article, IEnumerable<Person> people)
    {
        var firstParagraph = article.Paragraphs.Count > 0 ? article.Paragraphs[0].Text : string.Empty;
        string? agencyCountry = null;
        string? hostCountry = null;
        var contextRead = false;
        foreach (var person in people)
        {
            if (person.Country is not null)
            {
                continue;
            }
            var (sentence, nameStart) = FirstMention(article, person);
            var before = sentence is null ? string.Empty : sentence.Text[..nameStart];
            var after = sentence is null ? string.Empty : sentence.Text[nameStart..];
            var country = ByTitle(person) ?? ByHonorific(before) ?? ByReference(article, sentence, before, after) ?? ByPlace(person, after);
            if (country is null && IsGovernmentRole(person))
            {
                if (!contextRead)
                {
                    agencyCountry = NewsAgencies.HomeCountry(firstParagraph);
                    hostCountry = HostCountry(article, firstParagraph);
                    contextRead = true;
                }
                country = agencyCountry ?? hostCountry;
            }
            person.Country = country;
        }
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

    /// <summary>Titles and ministries one country alone uses.</summary>
    private static string? ByTitle(Person person)
    {
        var role = person.Role ?? string.Empty;
        var organisation = person.Organisation ?? string.Empty;
        if (role.StartsWith("Union Minister", StringComparison.OrdinalIgnoreCase)
            || (role.StartsWith("Union ", StringComparison.OrdinalIgnoreCase) && role.Contains("Minister", StringComparison.OrdinalIgnoreCase))
            || role.Contains("External Affairs", StringComparison.OrdinalIgnoreCase)
            || organisation.Contains("External Affairs", StringComparison.OrdinalIgnoreCase))
        {
            return "India";
        }
        return null;
    }

    private static string? ByHonorific(string before) => MalaysianHonorific().IsMatch(before.TrimEnd()) ? "Malaysia" : null;

    /// <summary>"Abdulmohsen Al Dhubaiban, the Kingdom’s Vice-Minister of Finance": the country named last before.</summary>
    private static string? ByReference(Article article, Sentence? sentence, string before, string after)
    {
        if (sentence is null)
        {
            return null;
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

    /// <summary>"Marisol Etienne, a 61-year-old retired teacher in Castries, St. Lucia": for people of no organisation.</summary>
    private static string? ByPlace(Person person, string after)
    {
        if (person.Organisation is not null || IsGovernmentRole(person))
        {
            return null;
        }
        var match = PlaceAppositive().Match(Appositive(after));
        if (!match.Success)
        {
            return null;
        }
        var place = match.Groups[1].Value;
        var region = match.Groups[2].Success ? match.Groups[2].Value : null;
        return (region is null ? null : Countries.Country(region)) ?? Countries.Country(place) ?? Countries.CountryOfCity(place);
    }

    /// <summary>How many paragraphs from the top may say where the event is ("… Ministerial in New Delhi").</summary>
    private const int EventParagraphs = 3;

    /// <summary>The country of the event's city: the dateline's, else the first city "in" the title or the first paragraphs; kept only when the title or first paragraph names that country.</summary>
    private static string? HostCountry(Article article, string firstParagraph)
    {
        var mainParties = Countries.FindParties(article.Title + ". " + firstParagraph, includeDemonyms: true);
        string? host = null;
        var datelineEnd = firstParagraph.IndexOfAny([',', ':', '(']);
        if (datelineEnd is > 0 and < 40)
        {
            var dateline = firstParagraph[..datelineEnd].Trim();
            host = Countries.CountryOfCity(dateline) ?? (dateline.All(c => !char.IsLower(c)) ? Countries.Country(dateline) : null);
        }
        if (host is null)
        {
            var top = string.Join(" ", article.Paragraphs.Take(EventParagraphs).Select(p => p.Text));
            foreach (Match match in InPlace().Matches(article.Title + ". " + top))
            {
                var words = match.Groups[1].Value.Split(' ');
                for (var n = words.Length; n >= 1 && host is null; n--)
                {
                    host = Countries.CountryOfCity(string.Join(' ', words[..n]));
                }
                if (host is not null)
                {
                    break;
                }
            }
        }
        return host is not null && mainParties.Contains(host) ? host : null;
    }

    private static bool IsGovernmentRole(Person person)
    {
        if (person.Role is not { } role)
        {
            return false;
        }
        if (person.Organisation is { } organisation && Countries.Bloc(organisation) is not null)
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
        return false;
    }

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
