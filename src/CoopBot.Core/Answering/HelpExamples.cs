using CoopBot.Core.Answering.Text;

namespace CoopBot.Core.Answering;

/// <summary>Example questions built from what a knowledge base holds: its most quoted people, countries and topics.</summary>
internal sealed record HelpExamples(IReadOnlyList<string> Questions)
{
    private static readonly HashSet<string> DullWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "agree", "agreed", "agrees", "launch", "launches", "launched", "sign", "signs", "signed", "adopt", "adopts", "adopted",
        "pledge", "pledges", "pledged", "set", "join", "joins", "open", "opens", "endorse", "endorses", "approve", "approves",
        "release", "releases", "commit", "commits", "new", "deal", "talks", "ministers", "minister", "states", "countries",
        "nations", "deeper", "regional", "ahead", "billion", "million", "euros", "dollars", "first", "second", "plan",
        "forum", "meeting", "summit", "conference", "dialogue", "ministerial", "cooperation", "alliance", "initiative",
        "framework", "agreement", "declaration", "statement", "center", "centre", "network", "council", "charter",
        "joint", "deepen", "differ", "targets", "resume", "joins", "amid", "warn", "record", "funds", "launch",
    };

    public static HelpExamples From(KnowledgeBase knowledge)
    {
        var questions = new List<string>();
        var directory = knowledge.Directory;
        var top = directory.ByStatementCount.Where(i => directory.Profiles[i].StatementCount > 0).Take(2).ToList();
        if (top.Count > 0)
        {
            questions.Add($"What did {directory.Profiles[top[0]].Name} say?");
        }
        var topic = Topic(knowledge);
        if (topic is not null)
        {
            questions.Add($"Who talked about {topic}?");
        }
        var country = directory.Profiles.Where(p => p.Country is not null)
            .GroupBy(p => p.Country!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(p => p.StatementCount)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault();
        if (country is not null)
        {
            questions.Add($"What did {country} say?");
        }
        if (knowledge.OutcomeCount > 0)
        {
            questions.Add("Which outcomes were agreed?");
            questions.Add("What was proposed but not yet agreed?");
        }
        if (top.Count > 1)
        {
            questions.Add($"Who is {directory.Profiles[top[1]].Name}?");
        }
        if (knowledge.Articles.Count > 0)
        {
            questions.Add("Which articles do you have?");
        }
        return new HelpExamples(questions);
    }

    /// <summary>The most common content word of the titles that statements also use: a topic the data can answer on.</summary>
    private static string? Topic(KnowledgeBase knowledge)
    {
        var counts = new Dictionary<string, (int Count, string Surface)>(StringComparer.Ordinal);
        foreach (var article in knowledge.Articles.Take(500))
        {
            foreach (var word in SearchText.Words(article.Title))
            {
                if (word.Text.Length < 2 || DullWords.Contains(word.Text) || SearchText.Term(word.Text) is not { } term
                    || Extraction.Lexicon.Countries.Party(word.Text) is not null || char.IsDigit(word.Text[0]))
                {
                    continue;
                }
                var surface = word.AllCaps ? word.Text.ToUpperInvariant() : word.Text;
                var (count, known) = counts.GetValueOrDefault(term, (0, surface));
                counts[term] = (count + 1, known);
            }
        }
        // A title word that many statements also use: something people were asked about and answered.
        int Frequency(string term) => knowledge.StatementIndex.DocumentFrequency(knowledge.Vocabulary.Find(term));
        return counts.Where(c => Frequency(c.Key) > 1)
            .OrderByDescending(c => c.Value.Count * Math.Log(1 + Frequency(c.Key)))
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => c.Value.Surface).FirstOrDefault();
    }
}
