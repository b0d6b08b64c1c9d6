using System.Globalization;
using CoopBot.Core.Extraction;

namespace CoopBot.Benchmarks.Synthetic;

/// <summary>One question of a conversation and the kind it stands for in the report.</summary>
internal sealed record Turn(string Kind, string Question);

/// <summary>Questions asked one after the other, each with the state the previous answer returned.</summary>
internal sealed record Conversation(IReadOnlyList<Turn> Turns);

/// <summary>
/// A realistic mix of questions about a set of synthetic articles, asked the way a reader of those articles would:
/// who said a phrase, who talked about a topic, what a person (full name or surname) or a country said, which
/// outcomes were agreed or only proposed (at an event, by a party), who someone is, help, follow-ups that depend on
/// the conversation state ("what else did she say?", "and Kenya?", "tell me more about the second one"), and
/// questions the articles cannot answer (people and topics no article mentions). Overviews ("who spoke?", "which
/// articles do you have?", "what happened at …") are a separate script: the targets' mix does not name them.
/// </summary>
internal static class QuestionScript
{
    public static class Kinds
    {
        public const string WhoSaidPhrase = "who said <phrase>";
        public const string WhoSaidTopic = "who talked about <topic>";
        public const string WhatSaidName = "what did <full name> say";
        public const string WhatSaidSurname = "what did <surname> say";
        public const string WhatSaidCountry = "what did <country> say";
        public const string OutcomesAgreed = "which outcomes were agreed";
        public const string OutcomesProposed = "what was proposed";
        public const string WhoIs = "who is <name>";
        public const string Help = "help";
        public const string Unanswerable = "unanswerable";
        public const string FollowWhatElse = "follow-up: what else did he/she say";
        public const string FollowWhoIs = "follow-up: who is he/she";
        public const string FollowAnd = "follow-up: and <country>?";
        public const string FollowItem = "follow-up: the second one";
        public const string Overview = "overview (not in the target mix)";
    }

    /// <summary><paramref name="count"/> conversations about <paramref name="articles"/>, the same for the same arguments.</summary>
    public static List<Conversation> Build(IReadOnlyList<CorpusArticle> articles, int count, int seed)
    {
        var random = new Random(seed);
        var conversations = new List<Conversation>(count);
        var countries = NewsVocabulary.Countries;
        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

        while (conversations.Count < count)
        {
            var source = Pick(articles);
            var facts = source.Generated.Facts;
            var extraction = source.Extraction;
            var turns = new List<Turn>(3);
            var roll = random.Next(88);
            if (roll < 10 && LongStatement(extraction, random) is { } statement)
            {
                var words = statement.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var length = Math.Min(words.Length, random.Next(5, 9));
                var start = random.Next(words.Length - length + 1);
                turns.Add(new(Kinds.WhoSaidPhrase, $"Who said {string.Join(' ', words, start, length)}?"));
            }
            else if (roll < 16)
            {
                var topic = random.Next(2) == 0 ? facts.Topic.Phrase : Pick(facts.Topic.Things);
                turns.Add(new(Kinds.WhoSaidTopic, random.Next(2) == 0 ? $"Who talked about {topic}?" : $"Who mentioned {topic}?"));
            }
            else if (roll < 28 && extraction.Speakers.Count > 0)
            {
                var speaker = Pick(extraction.Speakers);
                turns.Add(new(Kinds.WhatSaidName, random.Next(2) == 0 ? $"What did {speaker.Name} say?" : $"What did {speaker.Name} say about {Pick(facts.Topic.Things)}?"));
                var pronoun = facts.Speakers.FirstOrDefault(p => p.Name == speaker.Name)?.Female == true ? "she" : "he";
                var next = random.Next(10);
                if (next < 4)
                {
                    turns.Add(new(Kinds.FollowWhatElse, $"What else did {pronoun} say?"));
                }
                else if (next < 6)
                {
                    turns.Add(new(Kinds.FollowWhoIs, $"Who is {pronoun}?"));
                }
            }
            else if (roll < 34 && extraction.Speakers.Count > 0)
            {
                var surname = Pick(extraction.Speakers).Name.Split(' ')[^1];
                turns.Add(new(Kinds.WhatSaidSurname, random.Next(2) == 0 ? $"what did {surname.ToLowerInvariant()} say" : $"What did {surname} say?"));
            }
            else if (roll < 44)
            {
                var country = facts.Speakers.Where(p => !p.Party.IsBloc).Select(p => p.Party).FirstOrDefault() ?? Pick(countries);
                turns.Add(new(Kinds.WhatSaidCountry, random.Next(2) == 0
                    ? $"What did {country.Name} say?"
                    : $"What did the {country.Demonym} minister say about {Pick(facts.Topic.Things)}?"));
                if (random.Next(10) < 4)
                {
                    turns.Add(new(Kinds.FollowAnd, $"And {Pick(countries).Name}?"));
                }
            }
            else if (roll < 56)
            {
                turns.Add(new(Kinds.OutcomesAgreed, random.Next(5) switch
                {
                    0 => "Which outcomes were agreed?",
                    1 => $"What was launched at the {facts.Event} in {facts.City}?",
                    2 => $"What did {facts.First.Name} and {facts.Second.Name} agree?",
                    3 when facts.Pledgers.Count > 0 => $"What did {Pick(facts.Pledgers).Name} pledge?",
                    _ => $"What was signed in {facts.City}?",
                }));
                if (random.Next(10) < 4)
                {
                    turns.Add(new(Kinds.FollowItem, "Tell me more about the second one"));
                }
            }
            else if (roll < 62)
            {
                turns.Add(new(Kinds.OutcomesProposed, random.Next(3) switch
                {
                    0 => "What was proposed but not yet agreed?",
                    1 => $"What did {Pick(new[] { facts.First, facts.Second }).Name} propose?",
                    _ => $"What did {facts.First.Name} and {facts.Second.Name} agree to explore?",
                }));
            }
            else if (roll < 70 && extraction.Speakers.Count > 0)
            {
                turns.Add(new(Kinds.WhoIs, $"Who is {Pick(extraction.Speakers).Name}?"));
            }
            else if (roll < 73)
            {
                turns.Add(new(Kinds.Help, random.Next(2) == 0 ? "help" : "What can you do?"));
            }
            else if (roll < 81)
            {
                var topic = Pick(NewsVocabulary.UnknownTopics);
                turns.Add(new(Kinds.Unanswerable, random.Next(3) switch
                {
                    0 => $"What did {Pick(NewsVocabulary.UnknownPeople)} say about {topic}?",
                    1 => $"Who talked about {topic}?",
                    _ => $"What was agreed on {topic}?",
                }));
            }
            else
            {
                // The rest open with a statement question and go on with a follow-up.
                var speaker = extraction.Speakers.Count > 0 ? Pick(extraction.Speakers) : null;
                if (speaker is null)
                {
                    continue;
                }
                turns.Add(new(Kinds.WhatSaidName, $"What did {speaker.Name} say?"));
                var pronoun = facts.Speakers.FirstOrDefault(p => p.Name == speaker.Name)?.Female == true ? "she" : "he";
                turns.Add(new(Kinds.FollowWhatElse, $"What else did {pronoun} say?"));
            }
            if (turns.Count > 0)
            {
                conversations.Add(new Conversation(turns));
            }
        }
        return conversations;
    }

    /// <summary>Overview questions, timed apart from the target mix.</summary>
    public static List<Conversation> Overviews(IReadOnlyList<CorpusArticle> articles, int count, int seed)
    {
        var random = new Random(seed);
        var list = new List<Conversation>(count);
        for (var i = 0; i < count; i++)
        {
            var facts = articles[random.Next(articles.Count)].Generated.Facts;
            var question = (i % 4) switch
            {
                0 => "Who spoke?",
                1 => "Which articles do you have?",
                2 => $"What happened at the {facts.Event} in {facts.City}?",
                _ => $"Which articles mention {facts.Topic.Phrase}?",
            };
            list.Add(new Conversation([new Turn(Kinds.Overview, question)]));
        }
        return list;
    }

    public static string Describe(IReadOnlyList<Conversation> conversations)
    {
        var turns = conversations.SelectMany(c => c.Turns).ToList();
        return string.Join(", ", turns.GroupBy(t => t.Kind).OrderByDescending(g => g.Count())
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {100.0 * g.Count() / turns.Count:0}%")));
    }

    private static Statement? LongStatement(ArticleExtraction extraction, Random random)
    {
        var candidates = extraction.Statements.Where(s => s.Text.Count(c => c == ' ') >= 6).ToList();
        return candidates.Count == 0 ? null : candidates[random.Next(candidates.Count)];
    }
}
