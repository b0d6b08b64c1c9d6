using System.Text.RegularExpressions;
using CoopBot.Core.Articles;
using CoopBot.Core.Extraction.Lexicon;

namespace CoopBot.Core.Extraction;

/// <summary>
/// Titles owned by "its", read once the article is known: "The National Disaster Management Authority (NDMA) also
/// launched a dashboard. Its chairman, Lieutenant General X, said …" — X is the chairman of the body the text before
/// named last, so that body is the organisation (and, as "Japan's AI Safety Institute" says, may give the country).
/// </summary>
internal static partial class OwnedTitles
{
    /// <summary>A body's name: capitalised words (with "of", "for", "and", "the" between), an optional owner before it and acronym after it.</summary>
    [GeneratedRegex(@"(?:(?<owner>\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)?)['’]s\s+)?(?<body>\p{Lu}[\p{L}\-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*\p{Lu}[\p{L}\-]*)*(?:\s+\(\p{Lu}[\p{L}]{1,9}\))?)")]
    private static partial Regex BodyName();

    public static void Resolve(Article article, IEnumerable<Person> people)
    {
        foreach (var person in people)
        {
            if (person.Role is not { } role || !(role.StartsWith("Its ", StringComparison.Ordinal) || role.StartsWith("its ", StringComparison.Ordinal)))
            {
                continue;
            }
            if (LastBodyBefore(article, person.Name) is { } named)
            {
                person.Role = role[4..];
                person.Organisation ??= named.Body;
                person.Country ??= named.Owner is { } owner ? Countries.Country(owner) : RoleAnalyzer.CountryOfBody(named.Body);
            }
        }
    }

    /// <summary>The body named last before the person's first mention, in that paragraph (or the one before when it opens it).</summary>
    private static (string Body, string? Owner)? LastBodyBefore(Article article, string name)
    {
        for (var p = 0; p < article.Paragraphs.Count; p++)
        {
            var text = article.Paragraphs[p].Text;
            var at = text.IndexOf(name, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }
            // The paragraph before only when the person's sentence opens this one ("Its chairman, X, said" as a new paragraph).
            var opensParagraph = article.Paragraphs[p].Sentences.Count > 0 && at < article.Paragraphs[p].Sentences[0].Length;
            return LastBody(text[..at]) ?? (p > 0 && opensParagraph ? LastBody(article.Paragraphs[p - 1].Text) : null);
        }
        return null;
    }

    private static (string Body, string? Owner)? LastBody(string text)
    {
        (string, string?)? last = null;
        foreach (Match match in BodyName().Matches(text))
        {
            var body = match.Groups["body"].Value;
            body = body.StartsWith("The ", StringComparison.Ordinal) ? body[4..] : body;
            // A head noun ("Authority", "Institute") or an acronym ("Africa CDC") makes a body; a country alone does not.
            if (Tokens.Words(body).Any(w => Vocabulary.OrganisationHeads.Contains(w.Text) || w.Text.Length > 1 && MentionParser.IsCapitalsAndDigits(w.Text))
                && Countries.Party(body) is null && Countries.Country(body) is null)
            {
                last = (body, match.Groups["owner"].Success ? match.Groups["owner"].Value : null);
            }
        }
        return last;
    }
}
