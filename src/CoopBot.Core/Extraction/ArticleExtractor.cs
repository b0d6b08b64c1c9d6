using CoopBot.Core.Articles;
using CoopBot.Core.Extraction.Lexicon;

namespace CoopBot.Core.Extraction;

/// <summary>Reads an article for who said what and which outcomes were agreed or proposed.</summary>
public sealed class ArticleExtractor
{
    /// <summary>
    /// Changes whenever extraction rules change, so that re-ingesting unchanged text still refreshes what was
    /// extracted from it.
    /// </summary>
    public const string Version = "1.18";

    public ArticleExtraction Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        article = ScriptGlosses.Without(article);
        Tokens.ResetCache();
        RoleAnalyzer.ResetCache();
        var home = new HomeContext(article);
        var people = new PersonRegistry { Home = home };
        var statements = new StatementExtractor(people);
        var outcomes = new OutcomeExtractor(people, MainParties(article), article.Date.Year, OutcomeExtractor.ShortNamesOf(article));

        string? listLeadIn = null;
        var standfirstEnd = HeaderLines.StandfirstEnd(article);
        for (var p = 0; p < article.Paragraphs.Count; p++)
        {
            var paragraph = article.Paragraphs[p];
            statements.ReadParagraph(paragraph, p + 1 < article.Paragraphs.Count ? article.Paragraphs[p + 1] : null);
            if (p < standfirstEnd)
            {
                continue; // the standfirst sums up outcomes the report then tells in full
            }
            // The items of a list go on the clause that opened it, until a paragraph that is no item.
            listLeadIn = Bullets.IsItem(paragraph.Text) ? listLeadIn : null;
            foreach (var sentence in paragraph.Sentences)
            {
                outcomes.ReadSentence(paragraph, sentence, statements.DirectQuotes, statements.SpeakerBySentence.GetValueOrDefault(sentence.Index), listLeadIn);
            }
            if (listLeadIn is null && paragraph.Sentences.Count > 0)
            {
                listLeadIn = Bullets.LeadIn(paragraph.Text, paragraph.Sentences[^1].Text);
            }
        }
        statements.Finish();
        outcomes.NameGenericOutcomes(article);
        OwnedTitles.Resolve(article, people.People.Where(p => p.HasStatements));
        CountryInference.Complete(article, people.People.Where(p => p.HasStatements), statements.Statements, home);
        foreach (var person in people.People)
        {
            // "executive director of the DDA": the organisation by the name the article spelt out for its acronym, so a
            // reader (and "Who is …?") learns what the DDA is.
            if (person.HasStatements && person.Organisation is { } acronym && CountryInference.SpelledOut(article, acronym) is { } spelled)
            {
                person.Organisation = $"{spelled} ({acronym})";
            }
            person.Role ??= person.HonorificRole;
            if (person.Role is { } role && IsCounterpart(role) && OfficeCounterpartHolds(person, people.People) is { } office)
            {
                person.Role = office;
            }
        }

        var speakers = people.People.Where(p => p.HasStatements).Select(p => p.ToSpeaker()).ToList();
        var found = statements.Statements
            .OrderBy(s => s.SentenceIndex).ThenBy(s => s.ParagraphIndex).ThenBy(s => s.Start)
            .Select(s => new Statement(s.Speaker.Id, s.Kind, s.Text, s.SentenceIndex, s.Evidence))
            .ToList();
        // A plan of the speaker's own side ("the Government would start paying …") was read before the speaker's country was
        // known (it is inferred from the whole article): that side is the party.
        var outcomeList = outcomes.Outcomes
            .Select(o => new Outcome(o.Text, o.Status, o.Parties.Count == 0 && (o.AnnouncedBy?.Country ?? o.AnnouncedBy?.Organisation) is { } side ? [side] : o.Parties,
                o.AnnouncedBy?.HasStatements == true ? o.AnnouncedBy.Id : null, o.SentenceIndex, o.Evidence))
            .ToList();
        return new ArticleExtraction(speakers, found, outcomeList);
    }

    /// <summary>"counterpart", "Her Lithuanian counterpart", "his counterpart": a role that is only the word.</summary>
    private static bool IsCounterpart(string role) =>
        role.EndsWith(Vocabulary.Counterpart, StringComparison.OrdinalIgnoreCase) && Tokens.Count(role) <= 3;

    /// <summary>
    /// The office of the person a counterpart is named against: the last one with a role of their own mentioned before
    /// the counterpart first is ("Latvian Energy Minister X … Her Lithuanian counterpart, Y" → Energy Minister).
    /// </summary>
    private static string? OfficeCounterpartHolds(Person counterpart, IEnumerable<Person> people)
    {
        var first = counterpart.Mentions.Count > 0 ? counterpart.Mentions.Min() : -1;
        var (office, at) = ((string?)null, -1);
        foreach (var other in people)
        {
            if (!ReferenceEquals(other, counterpart) && other.Role is { } role && !IsCounterpart(role) && other.LastMentionBefore(first) is var mention && mention > at)
            {
                (office, at) = (RoleAnalyzer.StripLeadingCountry(role).Remainder, mention);
            }
        }
        return office;
    }

    /// <summary>The two parties an article is most about (title first, then the lead), for "the two sides".</summary>
    private static List<string> MainParties(Article article)
    {
        var lead = article.Paragraphs.Count > 0 ? article.Paragraphs[0].Text : string.Empty;
        // Only the first two count, so each search stops at two: when the title names fewer, two of the lead's hold one
        // it has not named.
        var parties = Countries.FindParties(article.Title, includeDemonyms: true, atLeast: 2);
        if (parties.Count < 2)
        {
            foreach (var party in Countries.FindParties(lead, includeDemonyms: true, atLeast: 2))
            {
                if (!parties.Contains(party))
                {
                    parties.Add(party);
                }
            }
        }
        return parties.Take(2).ToList();
    }
}
