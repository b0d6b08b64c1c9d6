using System.Globalization;
using System.Text;

namespace CoopBot.Benchmarks.Synthetic;

/// <summary>A person quoted in synthetic articles, with a fixed role so the same person reads the same everywhere.</summary>
internal sealed record Person(string Name, string Short, bool Female, Party Party, string Role, string? TitleBeforeName)
{
    public string He => Female ? "she" : "he";

    public string HeCapitalised => Female ? "She" : "He";
}

/// <summary>What an article is about, kept beside its text so questions can be asked the way a reader would.</summary>
internal sealed record ArticleFacts(string Event, string City, Party First, Party Second, Topic Topic, IReadOnlyList<Person> Speakers, IReadOnlyList<Party> Pledgers);

/// <summary>One synthetic article in the seed text format.</summary>
internal sealed record GeneratedArticle(string Text, ArticleFacts Facts);

/// <summary>
/// Writes news articles about cooperation events in the seed format (<c>date YYYY-MM-DD Title</c>, a blank line,
/// paragraphs), from templates modelled on the development corpus: a lead, three to five speakers introduced in the
/// ways the extractor reads (appositives, titles before names, "according to", direct quotes before and after the
/// attribution, follow-up quotes, pronouns and surnames later), two to four outcomes (launched, signed, adopted,
/// pledged, agreed, proposed, planned) and background. Seeded, so the same count gives the same articles.
/// People come from per-country pools chosen with a skew, so a few recur in many articles and most in few.
/// </summary>
internal sealed class ArticleGenerator
{
    /// <summary>Share of speaker choices that bring in someone not quoted before.</summary>
    private const double NewcomerShare = 0.3;
    private static readonly DateOnly FirstDate = new(2018, 1, 1);

    private readonly Random random;
    private readonly Dictionary<Party, List<Person>> people = [];
    private readonly HashSet<string> usedNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> usedIds = new(StringComparer.Ordinal);

    public ArticleGenerator(int seed = 20250918)
    {
        random = new Random(seed);
    }

    /// <summary>The next <paramref name="count"/> articles; their ids (date and title slug) are all distinct.</summary>
    public List<GeneratedArticle> Generate(int count)
    {
        var list = new List<GeneratedArticle>(count);
        for (var i = 0; i < count; i++)
        {
            list.Add(Next());
        }
        return list;
    }

    public GeneratedArticle Next()
    {
        var first = random.Next(4) == 0 ? NewsVocabulary.Countries[0] : Pick(NewsVocabulary.Countries);
        Party second;
        do
        {
            second = random.Next(5) < 2 ? Pick(NewsVocabulary.Blocs) : Pick(NewsVocabulary.Countries);
        }
        while (second == first);
        var topic = Pick(NewsVocabulary.Topics);
        var city = Pick(first.Cities);
        var eventKind = Pick(NewsVocabulary.EventKinds);
        var edition = Pick(NewsVocabulary.Ordinals);
        var eventName = $"{first.Short}-{second.Short} {topic.Title} {eventKind}";
        var speakers = PickSpeakers(first, second);
        var pledgers = new[] { first, second }.Where(p => !p.IsBloc).ToList();

        var paragraphs = new List<string>
        {
            $"{first.Capitalised} and {second.Name} on {Pick(NewsVocabulary.Weekdays)} {Pick(LeadVerbs)} cooperation in {topic.Phrase}, as {random.Next(2, 12) * 50} officials, researchers and business representatives gathered in {city} for the {edition} {eventName}. The {random.Next(2, 4)}-day meeting covered {topic.Things[0]}, {topic.Things[1]} and {topic.Things[3]}.",
        };
        if (random.Next(3) > 0)
        {
            paragraphs.Add(OpeningOutcome(first, second, topic, eventName));
        }

        var context = new Context(first, second, topic, city, eventName);
        for (var s = 0; s < speakers.Count; s++)
        {
            paragraphs.Add(Introduce(speakers[s], context));
            if (random.Next(3) > 0)
            {
                paragraphs.Add(FollowUp(speakers[s], context));
            }
        }

        var outcomeCount = random.Next(2, 5);
        var outcomeKinds = Enumerable.Range(0, OutcomeTemplates).OrderBy(_ => random.Next()).Take(outcomeCount).ToList();
        // Outcomes gather towards the end, as in real coverage, with one sometimes between the speakers.
        foreach (var kind in outcomeKinds)
        {
            var paragraph = Outcome(kind, context, pledgers);
            var at = random.Next(3) == 0 ? random.Next(2, paragraphs.Count + 1) : paragraphs.Count;
            paragraphs.Insert(at, paragraph);
        }
        for (var b = random.Next(3); b > 0; b--)
        {
            paragraphs.Add(Background(context));
        }

        string title;
        DateOnly date;
        string id;
        do
        {
            title = Title(context);
            date = FirstDate.AddDays(random.Next(0, 2900));
            id = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "|" + title;
        }
        while (!usedIds.Add(id));

        var text = new StringBuilder();
        text.Append("date ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(' ').Append(title).Append("\n\n");
        text.AppendJoin("\n\n", paragraphs).Append('\n');
        return new GeneratedArticle(text.ToString(), new ArticleFacts(eventName, city, first, second, topic, speakers, pledgers));
    }

    private sealed record Context(Party First, Party Second, Topic Topic, string City, string Event);

    private static readonly string[] LeadVerbs =
    [
        "discussed ways to deepen", "pledged closer", "reviewed progress on", "explored new areas of", "called for stronger",
    ];

    private string Title(Context c)
    {
        var eventWord = c.Event.Split(' ')[^1].ToLowerInvariant();
        return random.Next(5) switch
        {
            0 => $"{c.First.Short}, {c.Second.Short} {Pick(["launch", "sign", "step up", "deepen", "boost"])} {c.Topic.Phrase} cooperation at {c.City} {eventWord}",
            1 => $"{c.First.Short} and {c.Second.Short} open {c.Topic.Title.ToLowerInvariant()} {Pick(NewsVocabulary.Facilities).ToLowerInvariant()} in {c.City}",
            2 => $"{c.City} {eventWord} ends with deals on {Pick(c.Topic.Things)}",
            3 => $"Officials in {c.City} back {c.Topic.Phrase} plan as {c.First.Short}-{c.Second.Short} ties grow",
            _ => $"{c.First.Short} and {c.Second.Short} eye {Pick(c.Topic.Things)} as {c.Topic.Phrase} talks open in {c.City}",
        };
    }

    private string OpeningOutcome(Party first, Party second, Topic topic, string eventName) =>
        $"The {first.Short}-{second.Short} {topic.Title} {Pick(NewsVocabulary.Facilities)} was {Pick(["inaugurated", "launched", "opened"])} at the opening of the {eventName}, which was co-hosted by the {Pick(["foreign ministry", "commerce ministry", "regional government", "city government"])} and drew delegations from {random.Next(8, 40)} countries.";

    private const int OutcomeTemplates = 9;

    private string Outcome(int kind, Context c, List<Party> pledgers)
    {
        var thing = Pick(c.Topic.Things);
        return kind switch
        {
            0 => $"During the forum, the two sides signed {random.Next(3, 60)} cooperation agreements worth a combined {random.Next(2, 40) / 10.0:0.0} billion U.S. dollars, covering {string.Join(", ", c.Topic.Things.Take(2))} and {c.Topic.Things[2]}.",
            1 => $"Participants also adopted the {c.City} Declaration on {c.Topic.Title} Cooperation, which calls for greater investment in {thing}.",
            2 when pledgers.Count > 0 => $"{Pick(pledgers).Capitalised} pledged {random.Next(5, 500)} million U.S. dollars to a new {c.Topic.Title} Fund to support {thing}.",
            2 => $"The {c.First.Short}-{c.Second.Short} {c.Topic.Title} Fund was launched with an initial {random.Next(5, 500)} million U.S. dollars for {thing}.",
            3 => $"The two sides agreed to set up a joint working group on {thing}.",
            4 => $"{Pick(pledgers.Count > 0 ? pledgers : [c.First]).Capitalised} will host the next meeting in {random.Next(2026, 2029)}, officials said.",
            5 => $"Participants proposed a rotating annual meeting of the {c.Topic.Title} {Pick(NewsVocabulary.Facilities)}, to be hosted by a different member each year.",
            6 => $"The ministers agreed to explore a joint research programme on {thing}.",
            7 => $"The two sides also launched the {c.First.Short}-{c.Second.Short} {c.Topic.Title} Talent Program, a {random.Next(2, 6)}-year program to train {random.Next(5, 60) * 100} professionals in {thing}.",
            _ => $"{c.First.Capitalised} and {c.Second.Name} released a joint statement on {c.Topic.Phrase} that lists {random.Next(5, 40)} cooperation projects, including work on {thing}.",
        };
    }

    private string Background(Context c) => random.Next(4) switch
    {
        0 => $"The {c.Event}, held annually in {c.City} since {random.Next(2004, 2016)}, has become a major platform for cooperation between {c.First.Name} and {c.Second.Name}. This year's meeting focused on {Pick(c.Topic.Things)} and {OtherThan(c.Topic.Things, c.Topic.Things[0])}.",
        1 => $"Trade between {c.First.Name} and {c.Second.Name} reached {random.Next(20, 900)} billion U.S. dollars in {random.Next(2017, 2025)}, according to official figures. Investment in {c.Topic.Phrase} has grown by about {random.Next(5, 40)} percent a year since {random.Next(2012, 2020)}.",
        2 => $"{c.City} has hosted the meeting {random.Next(3, 15)} times. Organizers said more than {random.Next(10, 90) * 10} companies took part in side events on {Pick(c.Topic.Things)}, and a business matchmaking session drew {random.Next(2, 20) * 50} participants.",
        _ => $"The first {c.Topic.Phrase} projects between the two sides date back to {random.Next(1995, 2015)}. Since then, cooperation has expanded from pilot projects to {Pick(c.Topic.Things)} and {Pick(c.Topic.Things)}, with funding from development banks and private investors.",
    };

    private string Introduce(Person p, Context c)
    {
        var form = random.Next(7);
        if (form == 1 && p.TitleBeforeName is null)
        {
            form = 0;
        }
        return form switch
        {
            0 => $"\"{QuoteBeforeAttribution(p, c)}\" said {p.Name}, {p.Role}.",
            1 => $"{p.TitleBeforeName} {p.Name} said {Reported(p, c)}. \"{QuoteBeforeAttribution(p, c)}\" {p.Short} said.",
            2 => $"{p.Name}, {p.Role}, told reporters on the sidelines of the forum that {Reported(p, c)}. {p.HeCapitalised} stressed that {Reported(p, c)}.",
            3 => $"Similar views were shared by {p.Name}, {p.Role}. {p.HeCapitalised} said {Reported(p, c)}.",
            4 => $"According to {p.Name}, {p.Role}, {Reported(p, c)}.",
            5 => $"{p.Name}, {p.Role}, said: \"{Quote(p, c)} {Quote(p, c)}\"",
            _ => $"{p.Name}, {p.Role}, called for the establishment of a joint {c.Topic.Phrase} {Pick(NewsVocabulary.Facilities).ToLowerInvariant()} in {c.City}, saying that {Reported(p, c)}.",
        };
    }

    private string FollowUp(Person p, Context c) => random.Next(4) switch
    {
        0 => $"{p.Short} said {Reported(p, c)}. {p.HeCapitalised} proposed the establishment of a {c.First.Short}-{c.Second.Short} {c.Topic.Phrase} dialogue mechanism to coordinate work on {Pick(c.Topic.Things)}.",
        1 => $"\"{QuoteBeforeAttribution(p, c)}\" {p.He} added.",
        2 => $"\"{Quote(p, c)}\"",
        _ => $"{p.HeCapitalised} also urged partners to speed up work on {Pick(c.Topic.Things)}, warning that {Reported(p, c)}.",
    };

    /// <summary>A quote that ends with a comma inside the closing mark, for "…," said X.</summary>
    private string QuoteBeforeAttribution(Person p, Context c)
    {
        var quote = random.Next(2) == 0 ? Quote(p, c) : Quote(p, c) + " " + Quote(p, c);
        return quote[..^1] + ",";
    }

    private string Quote(Person p, Context c)
    {
        var thing = Pick(c.Topic.Things);
        var other = OtherThan(c.Topic.Things, thing);
        var country = p.Party.IsBloc ? "Our region" : p.Party.Capitalised;
        return random.Next(14) switch
        {
            0 => $"{Capitalise(c.Topic.Phrase)} is no longer a question for the future. It is already changing how our {c.Topic.People} live and work.",
            1 => $"We need {thing}, we need {other}, and we need partners we can trust.",
            2 => $"Our {c.Topic.People} do not need charity, they need {thing}.",
            3 => "A declaration is only as good as the budgets behind it.",
            4 => $"{country} stands ready to share its experience in {c.Topic.Phrase} with all our partners.",
            5 => $"This is not about aid. It is about building {thing} that will last for decades.",
            6 => $"If we get {thing} right, everything else becomes easier.",
            7 => $"We have talked about {thing} for ten years. Now we have to deliver.",
            8 => $"Nobody should be left behind. That is why {thing} matters so much to us.",
            9 => "The money is there, the will is there, and now the projects must follow.",
            10 => $"Small countries like ours cannot build {thing} alone.",
            11 => $"Every dollar we put into {thing} comes back many times over.",
            12 => $"The {c.City} meeting showed that {c.Topic.Phrase} is where our interests meet.",
            _ => $"Our {c.Topic.People} are ready. What they need now is {thing} and a fair share of {other}.",
        };
    }

    private string Reported(Person p, Context c)
    {
        var thing = Pick(c.Topic.Things);
        var other = OtherThan(c.Topic.Things, thing);
        var country = p.Party.IsBloc ? "the region" : p.Party.Name;
        var partner = p.Party == c.First ? c.Second : c.First;
        return random.Next(16) switch
        {
            0 => $"{country} was ready to share its experience in {c.Topic.Phrase} with its partners",
            1 => $"{country} hoped to work with {partner.Demonym} partners on {thing} and {other}",
            2 => $"cooperation on {c.Topic.Phrase} should respect each country's rules on {thing}",
            3 => $"{thing} would be the main test of the partnership",
            4 => $"the region needed at least {random.Next(2, 90)} billion U.S. dollars a year for {thing}",
            5 => $"{partner.Name} and {country} could double trade linked to {c.Topic.Phrase} by {random.Next(2027, 2036)}",
            6 => $"{c.Topic.People} in the region were still waiting for {thing}",
            7 => $"the new center would help {c.Topic.People} make better use of {thing}",
            8 => $"{country} had already invested more than {random.Next(10, 900)} million U.S. dollars in {thing}",
            9 => $"financing for {thing} remained the biggest obstacle",
            10 => $"more than half of the {c.Topic.People} in {country} still lacked access to {thing}",
            11 => $"the plan for {thing} must be backed by real budgets",
            12 => $"{country} would not have to choose between its partners",
            13 => $"progress on {thing} had been slower than expected",
            14 => $"better {thing} could cut costs by a third",
            _ => $"{country} wanted {thing} to be part of the next work plan",
        };
    }

    private List<Person> PickSpeakers(Party first, Party second)
    {
        var count = random.Next(3, 6);
        var chosen = new List<Person>(count);
        var attempts = 0;
        while (chosen.Count < count && attempts++ < 50)
        {
            var roll = random.Next(10);
            var party = roll < 4 ? first : roll < 8 ? second : random.Next(4) == 0 ? Pick(NewsVocabulary.Blocs) : Pick(NewsVocabulary.Countries);
            var person = PersonOf(party);
            // One person per surname in an article, as the extractor (like a reader) would otherwise merge them.
            if (!chosen.Any(c => c == person || c.Short == person.Short))
            {
                chosen.Add(person);
            }
        }
        return chosen;
    }

    /// <summary>
    /// Someone from the party: now and then a newcomer, otherwise someone already quoted, the earliest (ministers,
    /// envoys) far more often than the rest; so a few people recur in many articles and most appear once or twice.
    /// </summary>
    private Person PersonOf(Party party)
    {
        if (!people.TryGetValue(party, out var pool))
        {
            pool = [];
            people[party] = pool;
        }
        if (pool.Count < 3 || random.NextDouble() < NewcomerShare)
        {
            pool.Add(NewPerson(party));
            return pool[^1];
        }
        return pool[Skewed(pool.Count)];
    }

    private Person NewPerson(Party party)
    {
        var (male, female, family, style) = NewsVocabulary.Names[party.NameRegion];
        for (var attempt = 0; ; attempt++)
        {
            var isFemale = random.Next(2) == 0;
            var given = Pick(isFemale ? female : male);
            var surname = Pick(family);
            string name;
            switch (style)
            {
                // Common forms first; once those run out, longer ones (a third syllable, a second given name).
                case NameStyle.Chinese:
                    name = $"{surname} {Capitalise(given)}{Pick(isFemale ? female : male)}{(attempt < 50 ? string.Empty : Pick(isFemale ? female : male))}";
                    break;
                case NameStyle.Vietnamese:
                    name = $"{surname} {(isFemale ? Pick(["Thi", "Ngoc", "Thu", "Kim"]) : Pick(["Van", "Duc", "Quang", "Huu"]))} {(attempt < 50 ? string.Empty : Pick(isFemale ? female : male) + " ")}{given}";
                    break;
                default:
                    // A middle name as many regions use ("Arif Nugroho Wicaksono"), then two.
                    var middle = attempt < 10 ? null : attempt < 50 ? Pick(family) : $"{Pick(isFemale ? female : male)} {Pick(family)}";
                    if (middle == surname || middle?.Contains(given, StringComparison.Ordinal) == true)
                    {
                        continue;
                    }
                    name = middle is null ? $"{given} {surname}" : $"{given} {middle} {surname}";
                    break;
            }
            if (!usedNames.Add(name))
            {
                continue;
            }
            var ministry = Pick(NewsVocabulary.Ministries);
            var host = random.Next(5) < 2 ? NewsVocabulary.Countries[0] : Pick(NewsVocabulary.Countries);
            if (host == party)
            {
                host = NewsVocabulary.Countries[1];
            }
            var (role, before) = party.IsBloc
                ? random.Next(2) == 0
                    ? ($"deputy secretary-general of {party.Name}", (string?)null)
                    : ($"director for {ministry.ToLowerInvariant()} at the {party.Demonym} secretariat", null)
                : random.Next(6) switch
                {
                    0 => ($"{party.Possessive} Minister of {ministry}", $"{party.Demonym} Minister of {ministry}"),
                    1 => ($"{party.Possessive} Deputy Minister of {ministry}", $"{party.Possessive} Deputy Minister of {ministry}"),
                    2 => ($"director general of {party.Possessive} Ministry of {ministry}", null),
                    3 => ($"{party.Possessive} ambassador to {host.Name}", $"{party.Demonym} Ambassador to {host.Name}"),
                    4 => ($"minister counselor at the embassy of {party.Name} in {host.Name}", null),
                    _ => ($"{party.Possessive} special envoy for regional cooperation", $"{party.Possessive} special envoy"),
                };
            return new Person(name, surname, isFemale, party, role, before);
        }
    }

    /// <summary>An index in [0, n) where low indexes come up far more often (roughly Zipf).</summary>
    private int Skewed(int n) => (int)Math.Min(n - 1, Math.Floor(Math.Pow(n + 1, random.NextDouble())) - 1);

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private string OtherThan(string[] items, string taken)
    {
        var other = Pick(items);
        return other == taken ? items[(Array.IndexOf(items, taken) + 1) % items.Length] : other;
    }

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
