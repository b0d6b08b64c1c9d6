using System.Text.RegularExpressions;
using CoopBot.Core.Articles;
using CoopBot.Core.Extraction.Lexicon;

namespace CoopBot.Core.Extraction;

/// <summary>
/// Titles owned by "its", read once the article is known: "The National Disaster Management Authority (NDMA) also
/// launched a dashboard. Its chairman, Lieutenant General X, said …" — X is the chairman of the body that sentence (or
/// the person's own, before the name) named first, so that body is the organisation (and, as "Japan's AI Safety
/// Institute" or "Riyadh-based developer ACWA Power" says, may give the country). "The company's director" likewise.
/// </summary>
internal static partial class OwnedTitles
{
    /// <summary>A body's name: capitalised words (with "of", "for", "and", "the" between), an optional owner before it and acronym after it.</summary>
    [GeneratedRegex(@"(?:(?<owner>\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)?)['’]s\s+)?(?<body>\p{Lu}[\p{L}\-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*\p{Lu}[\p{L}\-]*)*(?:\s+\(\p{Lu}[\p{L}]{1,9}\))?)")]
    private static partial Regex BodyName();

    /// <summary>"Peru's space agency CONIDA", "Gabon’s national parks agency, ANPN,": a possessive owner a few small words before the body.</summary>
    [GeneratedRegex(@"(?<owner>\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)?)['’]s\s+(?:[\p{Ll}\-]+\s+){0,3}[\p{Ll}\-]+,?\s+$")]
    private static partial Regex OwnerBefore();

    /// <summary>"Bancóldex, Colombia’s state-owned development bank,": a gloss after a one-word name saying what kind of body it is.</summary>
    [GeneratedRegex(@"^\s*,\s+(?:(?<owner>\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)?)['’]s\s+|(?:an?|the)\s+)(?:[\p{Ll}\-]+\s+){0,3}(?<kind>\p{Ll}+)\s*,")]
    private static partial Regex KindGlossAfter();

    public static void Resolve(Article article, IEnumerable<Person> people)
    {
        foreach (var person in people)
        {
            // "the Bank's Director General" in a release of the African Development Bank: the body the article named in full
            // by that word.
            if (person.Organisation is { Length: > 1 } generic && char.IsUpper(generic[0]) && !generic.Contains(' ') && Vocabulary.OrganisationHeads.Contains(generic)
                && FullNameEndingWith(article, generic) is { } full)
            {
                person.Organisation = full;
            }
            if (person.Role is not { } role)
            {
                continue;
            }
            // "its chairman", "the company's executive director for water": owned by a body the text named.
            var ownerLength = role.StartsWith("Its ", StringComparison.Ordinal) || role.StartsWith("its ", StringComparison.Ordinal) ? 4 : OwnerNounLength(role);
            var owned = ownerLength > 0;
            // "ÍSOR will send a team, according to X, a reservoir geologist at the institute": the body the sentence named
            // (the role stays as written).
            if (!owned && person.Organisation is null && TrailingOwnerNoun(role) is { } noun)
            {
                if (BodyItStandsFor(article, person.Name, noun) is { } atBody)
                {
                    person.Organisation = atBody.Body;
                    person.Country ??= CountryOf(atBody);
                }
                continue;
            }
            // "…, its chief executive X told …": the title was read without its "its".
            if (!owned && (person.Organisation is not null || !WrittenAsItsTitle(article, person.Name, role)))
            {
                continue;
            }
            if (BodyItStandsFor(article, person.Name, OwnerNoun(role, ownerLength)) is { } named)
            {
                person.Role = owned ? role[ownerLength..] : role;
                person.Organisation ??= named.Body;
                person.Country ??= CountryOf(named);
            }
        }
    }

    /// <summary>The first name of two or more capitalised words ending with <paramref name="head"/> the article gives ("African Development Bank").</summary>
    private static string? FullNameEndingWith(Article article, string head)
    {
        foreach (var paragraph in article.Paragraphs)
        {
            var words = Tokens.Words(paragraph.Text);
            for (var i = 1; i < words.Count; i++)
            {
                if (words[i].Text != head)
                {
                    continue;
                }
                var start = i;
                while (start > 0 && (words[start - 1].IsCapitalized && words[start - 1].Text is not ("The" or "the")
                       || words[start - 1].Text is "of" or "for" or "and" && start > 1 && words[start - 2].IsCapitalized)
                       && paragraph.Text.AsSpan(words[start - 1].End, words[start].Start - words[start - 1].End).IsWhiteSpace())
                {
                    start--;
                }
                if (start < i && Countries.Country(paragraph.Text[words[start].Start..words[i - 1].End]) is null)
                {
                    return paragraph.Text[words[start].Start..words[i].End];
                }
            }
        }
        return null;
    }

    /// <summary>The country of a body the text named: its owner's ("Japan's AI Safety Institute"), else its name's.</summary>
    private static string? CountryOf((string Body, string? Owner) named) =>
        named.Owner is { } owner ? Countries.CountryOrPlace(owner) : RoleAnalyzer.CountryOfBody(named.Body) ?? CountryOfLocalGovernment(named.Body);

    /// <summary>"Region Norrbotten" → Sweden, "City of Cape Town" → South Africa: the place a local government is named after.</summary>
    private static string? CountryOfLocalGovernment(string body)
    {
        var words = Tokens.Words(body);
        var place = words.Where(w => w.IsCapitalized && !Vocabulary.LocalGovernmentKinds.Contains(w.Text)).ToList();
        return words.Any(w => Vocabulary.LocalGovernmentKinds.Contains(w.Text)) && place.Count > 0
            ? Countries.CountryOfPlace(body[place[0].Start..place[^1].End])
            : null;
    }

    /// <summary>"institute" of a role ending "at the institute" (or "of the agency", "with the company"), else null.</summary>
    private static string? TrailingOwnerNoun(string role)
    {
        var the = role.LastIndexOf(" the ", StringComparison.Ordinal);
        if (the < 3 || role.IndexOf(' ', the + 5) >= 0)
        {
            return null;
        }
        var preposition = role.AsSpan(0, the);
        var noun = role[(the + 5)..];
        return (preposition.EndsWith(" at", StringComparison.Ordinal) || preposition.EndsWith(" of", StringComparison.Ordinal) || preposition.EndsWith(" with", StringComparison.Ordinal))
            && (Vocabulary.OrganisationHeads.Contains(noun) || Vocabulary.CompanyKinds.Contains(noun)) && noun.All(char.IsLower) ? noun : null;
    }

    /// <summary>The length of "the company's " (or "the bank's ", "agency's " …) opening a role, else 0.</summary>
    private static int OwnerNounLength(string role)
    {
        // The role reader may already have dropped the article: "company's executive director for water".
        var start = role.StartsWith("the ", StringComparison.Ordinal) ? 4 : 0;
        var space = role.IndexOf(' ', start);
        return space > 0 && PersonIntroductions.IsOwnerNoun(role[start..space]) ? space + 1 : 0;
    }

    /// <summary>"bank" of a role opening "the bank's " (<paramref name="ownerLength"/> long); null for "its" or no owner.</summary>
    private static string? OwnerNoun(string role, int ownerLength)
    {
        var owner = role[..ownerLength].Trim();
        owner = MentionParser.WithoutArticle(owner);
        var noun = MentionParser.WithoutPossessive(owner);
        return noun.Length < owner.Length ? noun : null;
    }

    /// <summary>Whether the person's first mention is right after "its &lt;role&gt;" (with only a rank or honorific between).</summary>
    private static bool WrittenAsItsTitle(Article article, string name, string role)
    {
        foreach (var paragraph in article.Paragraphs)
        {
            var at = paragraph.Text.IndexOf(name, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }
            var before = paragraph.Text[..at];
            var its = before.LastIndexOf("its " + role, StringComparison.OrdinalIgnoreCase);
            return its >= 0 && (its == 0 || !char.IsLetter(before[its - 1]))
                && Tokens.Words(before[(its + 4 + role.Length)..]).All(w => w.IsCapitalized);
        }
        return false;
    }

    /// <summary>
    /// The body "its" stands for: the first one the person's sentence names before them ("Africa CDC committed …, according
    /// to Dr X, its director"), else the first one of the sentence before ("The NDMA also launched … . Its chairman, X,").
    /// </summary>
    private static (string Body, string? Owner)? BodyItStandsFor(Article article, string name, string? ownerNoun)
    {
        Sentence? previous = null;
        foreach (var paragraph in article.Paragraphs)
        {
            foreach (var sentence in paragraph.Sentences)
            {
                var at = sentence.Text.IndexOf(name, StringComparison.Ordinal);
                if (at >= 0)
                {
                    return FirstBody(sentence.Text[..at], ownerNoun) ?? (previous is null ? null : FirstBody(previous.Text, ownerNoun));
                }
                previous = sentence;
            }
        }
        return null;
    }

    /// <param name="text">Where to look: the person's sentence up to the name, or the sentence before.</param>
    /// <param name="ownerNoun">The kind the title names its owner by ("bank" in "the bank's chief executive"), if it does:
    /// a one-word name holding it ("Afreximbank", "Nedbank") is that body although no head noun marks it.</param>
    private static (string Body, string? Owner)? FirstBody(string text, string? ownerNoun)
    {
        foreach (Match match in BodyName().Matches(text))
        {
            var body = match.Groups["body"].Value;
            body = body.StartsWith("The ", StringComparison.Ordinal) ? body[4..] : body;
            // A head noun ("Authority", "Institute"), an acronym ("Africa CDC") or a kind before it ("logistics firm
            // Gulfbridge Cold Chain") makes a body; a country or a city alone does not.
            var before = Tokens.Words(text[..match.Index]);
            var kindBefore = before.Count > 0 && Vocabulary.CompanyKinds.Contains(before[^1].Text);
            // "Riyadh-based developer ACWA Power": where it is based stands for its owner.
            var based = kindBefore ? before.TakeLast(4).Select(w => w.Text).LastOrDefault(w => w.EndsWith("-based", StringComparison.Ordinal))?[..^6] : null;
            var namedByKind = ownerNoun is not null && !body.Contains(' ') && body.Contains(ownerNoun, StringComparison.OrdinalIgnoreCase);
            // "Region Norrbotten …, the region's director": a local government named with its kind's word.
            var namedLocalGovernment = ownerNoun is not null && Vocabulary.LocalGovernmentKinds.Contains(ownerNoun)
                && Tokens.Words(body).Any(w => w.Text.Equals(ownerNoun, StringComparison.OrdinalIgnoreCase));
            var after = text.AsSpan(match.Index + match.Length);
            // "USD 1.5 million": a currency code before its sum is no body.
            if (after.TrimStart(' ') is { Length: > 0 } next && char.IsDigit(next[0]) && MentionParser.IsCapitalsAndDigits(body))
            {
                continue;
            }
            var gloss = !body.Contains(' ') && after.StartsWith(",") ? KindGlossAfter().Match(text, match.Index + match.Length, text.Length - match.Index - match.Length) : Match.Empty;
            var glossed = gloss.Success && (Vocabulary.OrganisationHeads.Contains(gloss.Groups["kind"].Value) || Vocabulary.CompanyKinds.Contains(gloss.Groups["kind"].Value));
            var isBody = ownerNoun is not null && Vocabulary.LocalGovernmentKinds.Contains(ownerNoun)
                ? namedLocalGovernment
                : (kindBefore || namedByKind || glossed || KnownBodies.IsName(body) || Tokens.Words(body).Any(w => Vocabulary.OrganisationHeads.Contains(w.Text) || w.Text.Length > 1 && MentionParser.IsCapitalsAndDigits(w.Text)))
                  && Countries.Country(body) is null && Countries.CountryOfPlace(body) is null;
            if (isBody)
            {
                var ownerBefore = based is null ? OwnerBefore().Match(text[..match.Index]) : Match.Empty;
                return (body, match.Groups["owner"].Success ? match.Groups["owner"].Value : ownerBefore.Success ? ownerBefore.Groups["owner"].Value
                    : glossed && gloss.Groups["owner"].Success ? gloss.Groups["owner"].Value : based);
            }
        }
        return null;
    }
}
