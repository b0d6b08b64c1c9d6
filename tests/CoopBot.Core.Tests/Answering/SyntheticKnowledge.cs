using CoopBot.Core.Answering;
using CoopBot.Core.Extraction;

namespace CoopBot.Core.Tests.Answering;

/// <summary>
/// A large made-up knowledge base for timing: articles with speakers drawn from a shared pool (so people recur),
/// statements and outcomes over a Zipf-like vocabulary, and real country names. With <c>skippedHead</c> = 0 the
/// commonest word is in most statements (a stress case no real text has once stop words are gone); skipping the
/// head ranks, as stop-word removal does, gives the spread of real content words.
/// </summary>
internal static class SyntheticKnowledge
{
    private static readonly string[] Countries =
    [
        "China", "Cambodia", "Indonesia", "Vietnam", "Laos", "Thailand", "Malaysia", "Singapore", "Philippines", "Myanmar",
        "India", "Nepal", "Bangladesh", "Kenya", "Ethiopia", "Nigeria", "Brazil", "Chile", "Bolivia", "Peru", "Germany",
        "France", "Norway", "Japan", "South Korea", "Australia", "New Zealand", "Fiji", "Tuvalu", "Qatar",
    ];

    private static readonly string[] Roles =
    [
        "Minister of Commerce", "Deputy Minister of Energy", "Health Minister", "vice minister of water resources",
        "ambassador to China", "deputy head of the National Development and Reform Commission", "climate envoy",
        "director general of the Ministry of Science and Technology", "Foreign Minister", "Trade Secretary",
    ];

    private static readonly OutcomeStatus[] Statuses = Enum.GetValues<OutcomeStatus>();

    public static IReadOnlyList<KnowledgeArticle> Articles(int count, int seed = 7, int skippedHead = 0)
    {
        var random = new Random(seed);
        var vocabulary = Enumerable.Range(0, 6000).Select(i => Word(random, 4 + i % 7)).Distinct().Skip(skippedHead).ToArray();
        var people = Enumerable.Range(0, count * 2).Select(_ => Person(random)).ToArray();
        var articles = new List<KnowledgeArticle>(count);
        var start = new DateOnly(2020, 1, 1);
        for (var a = 0; a < count; a++)
        {
            var speakers = Enumerable.Range(0, 5).Select(_ => people[Zipf(random, people.Length)]).DistinctBy(s => s.Id).ToList();
            var statements = new List<Statement>();
            for (var s = 0; s < 10; s++)
            {
                var speaker = speakers[random.Next(speakers.Count)];
                var text = Sentence(random, vocabulary, 20);
                var kind = s % 2 == 0 ? StatementKind.Direct : StatementKind.Reported;
                statements.Add(new Statement(speaker.Id, kind, text, s, kind == StatementKind.Direct ? $"\"{text},\" {speaker.Name} said." : $"{speaker.Name} said {text}."));
            }
            var outcomes = new List<Outcome>();
            for (var o = 0; o < 5; o++)
            {
                var status = Statuses[random.Next(Statuses.Length)];
                var text = Sentence(random, vocabulary, 4);
                var parties = new[] { Countries[random.Next(Countries.Length)], Countries[random.Next(Countries.Length)] }.Distinct().ToArray();
                outcomes.Add(new Outcome(text, status, parties, null, 10 + o, $"{parties[0]} and its partners {status.ToWire()} the {text} on Monday."));
            }
            var title = $"{Countries[random.Next(Countries.Length)]} and {Countries[random.Next(Countries.Length)]} {Sentence(random, vocabulary, 6)}";
            articles.Add(new KnowledgeArticle($"a{a}", title, start.AddDays(a % 2000), "Synthetic", [Sentence(random, vocabulary, 25) + ".", Sentence(random, vocabulary, 25) + "."],
                new ArticleExtraction(speakers, statements, outcomes)));
        }
        return articles;
    }

    /// <summary>Questions of every kind, about names, countries and words of the base, plus names and topics it lacks.</summary>
    public static IReadOnlyList<string> Questions(IReadOnlyList<KnowledgeArticle> articles, int count, int seed = 11)
    {
        var random = new Random(seed);
        var questions = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var article = articles[random.Next(articles.Count)];
            var speaker = article.Extraction.Speakers[random.Next(article.Extraction.Speakers.Count)];
            var statement = article.Extraction.Statements[random.Next(article.Extraction.Statements.Count)];
            var words = statement.Text.Split(' ');
            var topic = string.Join(' ', words.Skip(random.Next(words.Length - 4)).Take(3));
            var surname = speaker.Name.Split(' ')[^1];
            var country = Countries[random.Next(Countries.Length)];
            questions.Add((i % 12) switch
            {
                0 => $"Who said {topic}?",
                1 => $"What did {speaker.Name} say about {words[random.Next(words.Length)]}?",
                2 => $"what did {surname.ToLowerInvariant()} say",
                3 => $"What did {country} say?",
                4 => $"What did the {country} minister say about {words[0]}?",
                5 => "Which outcomes were agreed?",
                6 => $"What did {country} and {Countries[random.Next(Countries.Length)]} agree on {words[1]}?",
                7 => $"Who is {speaker.Name}?",
                8 => "What did Maria Gonzalez say about fisheries?",
                9 => $"who talked about {words[2]}",
                10 => $"What was launched at the {article.Title.Split(' ')[^1]} meeting?",
                _ => $"What did {speaker.Name[..^1]} say?",
            });
        }
        return questions;
    }

    private static Speaker Person(Random random)
    {
        var name = $"{Capitalize(Word(random, 3 + random.Next(4)))} {Capitalize(Word(random, 4 + random.Next(5)))}";
        if (random.Next(3) == 0)
        {
            name += " " + Capitalize(Word(random, 5 + random.Next(4)));
        }
        var id = name.ToLowerInvariant().Replace(' ', '-');
        return new Speaker(id, name, Roles[random.Next(Roles.Length)], null, Countries[random.Next(Countries.Length)]);
    }

    private static string Sentence(Random random, string[] vocabulary, int length) =>
        string.Join(' ', Enumerable.Range(0, length).Select(_ => vocabulary[Zipf(random, vocabulary.Length)]));

    private static int Zipf(Random random, int n) => (int)Math.Min(n - 1, Math.Floor(Math.Pow(n, random.NextDouble())) - 1);

    private static string Word(Random random, int length)
    {
        const string consonants = "bcdfghjklmnprstvwz";
        const string vowels = "aeiou";
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = i % 2 == 0 ? consonants[random.Next(consonants.Length)] : vowels[random.Next(vowels.Length)];
        }
        return new string(chars);
    }

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
