using System.Runtime.CompilerServices;
using CoopBot.Core.Answering.Text;
using CoopBot.Core.Extraction;

namespace CoopBot.Core.Answering;

/// <summary>
/// What a knowledge base reads in its articles' sentences, numbered as the knowledge base numbers statements and
/// outcomes (article order, then each article's own order): the outcome verbs of reported statements, the parties
/// and verbs of outcome sentences, and the parties of each article's headline.
/// </summary>
internal sealed record SentenceFacts(uint[] StatementVerbs, uint[] OutcomeVerbs, string[][] OutcomeParties, string[][] OutcomeSentenceParties, string[][] ArticleParties)
{
    /// <summary>Reads the facts of <paramref name="articles"/>; the caches are used by this call alone until it returns.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static SentenceFacts Read(IReadOnlyList<KnowledgeArticle> articles, TermCache terms, PartyMentions parties)
    {
        var statementVerbs = new List<uint>();
        var outcomeVerbs = new List<uint>();
        var outcomeParties = new List<string[]>();
        var sentenceParties = new List<string[]>();
        var articleParties = new string[articles.Count][];
        var own = new List<string>();
        var others = new List<string>();
        // Reused for every sentence: millions of words pass through them in a large build.
        var evidenceWords = new List<TextWord>();
        var headline = new List<TextWord>();
        for (var a = 0; a < articles.Count; a++)
        {
            var article = articles[a];
            var extraction = article.Extraction ?? ArticleExtraction.Empty;
            foreach (var statement in extraction.Statements)
            {
                // Only reported speech can report an outcome ("Seoul had pledged …"), so only its verbs are read.
                statementVerbs.Add(statement.Kind == StatementKind.Reported ? StatusWords.OfReport(statement.Text, statement.Evidence) : StatusWords.None);
            }

            // Outcomes of one sentence share its words: read each sentence once.
            string? lastEvidence = null;
            List<PartyMention> mentions = [];
            var verbs = StatusWords.None;
            foreach (var outcome in extraction.Outcomes)
            {
                if (!string.Equals(outcome.Evidence, lastEvidence, StringComparison.Ordinal))
                {
                    lastEvidence = outcome.Evidence;
                    evidenceWords.Clear();
                    SearchText.AddWords(outcome.Evidence, terms, evidenceWords);
                    mentions = parties.Find(evidenceWords, capitalizedOnly: true);
                    verbs = StatusWords.InWords(evidenceWords);
                }
                own.Clear();
                others.Clear();
                foreach (var party in outcome.Parties)
                {
                    AddOnce(own, Extraction.Lexicon.Countries.Party(party) ?? party);
                }
                foreach (var mention in mentions)
                {
                    if (!own.Contains(mention.Party))
                    {
                        AddOnce(others, mention.Party);
                    }
                }
                outcomeVerbs.Add(verbs);
                outcomeParties.Add([.. own]);
                sentenceParties.Add([.. others]);
            }

            headline.Clear();
            SearchText.AddWords(article.Title, terms, headline);
            if (article.LeadSentences.Count > 0)
            {
                SearchText.AddWords(article.LeadSentences[0], terms, headline);
            }
            articleParties[a] = parties.Find(headline, capitalizedOnly: true).Select(m => m.Party).Distinct(StringComparer.Ordinal).ToArray();
        }
        return new SentenceFacts([.. statementVerbs], [.. outcomeVerbs], [.. outcomeParties], [.. sentenceParties], articleParties);
    }

    private static void AddOnce(List<string> list, string value)
    {
        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }
}
