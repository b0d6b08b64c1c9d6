using System.Globalization;
using System.Runtime.CompilerServices;
using CoopBot.Core.Answering.Text;
using CoopBot.Core.Extraction;

namespace CoopBot.Core.Answering;

/// <summary>A statement of the knowledge base: its article (by position), its place in that article's list, its speaker, the outcome verbs of its sentence (reported speech only), its kind and sentence.</summary>
internal readonly record struct StatementEntry(int Article, int Local, int Speaker, uint Verbs, StatementKind Kind, int Sentence);

/// <summary>An outcome of the knowledge base, with the parties the extractor gave it and those named elsewhere in its sentence.</summary>
internal readonly record struct OutcomeEntry(int Article, int Local, int AnnouncedBy, uint Verbs, string[] Parties, string[] SentenceParties, OutcomeStatus Status, int Sentence);

/// <summary>
/// Everything the answer engine searches, built once from a set of articles: speakers merged across articles,
/// BM25 indexes over statements, outcomes and articles, and exact lookups by speaker, country, role, status and
/// article. Immutable and safe to share between threads; build a new one to take in new articles.
/// </summary>
public sealed class KnowledgeBase
{
    private readonly KnowledgeArticle[] articles;
    private readonly Dictionary<string, int> articleById;

    /// <summary>Builds the knowledge base. Articles with a repeated id are taken once (the first).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public KnowledgeBase(IEnumerable<KnowledgeArticle> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // Newest first, so every list built in article order is already in the order answers show it.
        articles = source.Where(a => a is not null && seen.Add(a.Id))
            .OrderByDescending(a => a.Date).ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToArray();
        articleById = new Dictionary<string, int>(articles.Length, StringComparer.Ordinal);
        for (var i = 0; i < articles.Length; i++)
        {
            articleById[articles[i].Id] = i;
        }

        var terms = new TermCache();
        var parties = new PartyMentions(cached: true);
        // Reading sentences for parties and outcome verbs is about half of a build and needs nothing else built
        // here, so it runs on another core while this one numbers terms, merges speakers and fills the indexes.
        var reading = Task.Run(() => SentenceFacts.Read(articles, terms, parties));

        var vocabulary = new Vocabulary();
        var termIds = new List<int>();
        var speakers = new SpeakerMerger();
        var statementSpeakers = new List<int>();
        var announcers = new List<int>();
        var statementIndex = new SearchIndex.Builder();
        var outcomeIndex = new SearchIndex.Builder();
        var articleIndex = new SearchIndex.Builder();
        StatementsByArticle = new int[articles.Length][];
        OutcomesByArticle = new int[articles.Length][];

        for (var a = 0; a < articles.Length; a++)
        {
            var article = articles[a];
            var extraction = article.Extraction ?? ArticleExtraction.Empty;
            var local = speakers.AddArticle(article.Id, extraction.Speakers);

            var firstStatement = statementSpeakers.Count;
            foreach (var statement in extraction.Statements)
            {
                var speaker = local.TryGetValue(statement.SpeakerId, out var known) ? known : speakers.AddUnlisted(article.Id, statement.SpeakerId);
                speakers.CountStatement(speaker);
                statementSpeakers.Add(speaker);
                termIds.Clear();
                vocabulary.AddTerms(statement.Text, termIds);
                statementIndex.Add(termIds);
            }
            StatementsByArticle[a] = Numbers(firstStatement, statementSpeakers.Count);

            var firstOutcome = announcers.Count;
            foreach (var outcome in extraction.Outcomes)
            {
                termIds.Clear();
                vocabulary.AddTerms(outcome.Text, termIds);
                // The outcome's own words count twice over the rest of its sentence.
                termIds.AddRange(termIds);
                vocabulary.AddTerms(outcome.Evidence, termIds);
                outcomeIndex.Add(termIds);
                announcers.Add(outcome.AnnouncedBy is { } id && local.TryGetValue(id, out var by) ? by : -1);
            }
            OutcomesByArticle[a] = Numbers(firstOutcome, announcers.Count);

            termIds.Clear();
            vocabulary.AddTerms(article.Title, termIds);
            termIds.AddRange(termIds);
            foreach (var sentence in article.LeadSentences)
            {
                vocabulary.AddTerms(sentence, termIds);
            }
            // "What did Nepal and Bangladesh sign in Kathmandu in June 2026?": the month and year name the occasion too.
            vocabulary.AddTerms(article.Date.ToString("MMMM yyyy", CultureInfo.InvariantCulture), termIds);
            articleIndex.Add(termIds);
        }

        var facts = reading.GetAwaiter().GetResult();
        ArticleParties = facts.ArticleParties;
        var statements = new List<StatementEntry>(statementSpeakers.Count);
        var outcomes = new List<OutcomeEntry>(announcers.Count);
        for (var a = 0; a < articles.Length; a++)
        {
            var extraction = articles[a].Extraction ?? ArticleExtraction.Empty;
            for (var s = 0; s < extraction.Statements.Count; s++)
            {
                var statement = extraction.Statements[s];
                var n = statements.Count;
                statements.Add(new StatementEntry(a, s, statementSpeakers[n], facts.StatementVerbs[n], statement.Kind, statement.SentenceIndex));
            }
            for (var o = 0; o < extraction.Outcomes.Count; o++)
            {
                var outcome = extraction.Outcomes[o];
                var n = outcomes.Count;
                outcomes.Add(new OutcomeEntry(a, o, announcers[n], facts.OutcomeVerbs[n], facts.OutcomeParties[n], facts.OutcomeSentenceParties[n], outcome.Status, outcome.SentenceIndex));
            }
        }

        Statements = [.. statements];
        Outcomes = [.. outcomes];
        Vocabulary = vocabulary;
        // The speaker directory and the three indexes are independent: one on each core.
        var directory = Task.Run(() => speakers.Build(terms, parties));
        // Statements are what ranked questions search top-k ("who said …"): their postings are also kept by impact.
        StatementIndex = statementIndex.Build(vocabulary.Count, impactOrdered: true);
        OutcomeIndex = outcomeIndex.Build(vocabulary.Count);
        ArticleIndex = articleIndex.Build(vocabulary.Count, impactOrdered: true);
        Directory = directory.GetAwaiter().GetResult();

        var statusCount = Enum.GetValues<OutcomeStatus>().Length;
        System.Diagnostics.Debug.Assert(statusCount <= OutcomeVerbBits, "OutcomeStatusSets keeps statuses and verbs in one 32-bit mask");
        var bySpeaker = new List<int>[Directory.Profiles.Length];
        var byParty = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var reportsByStatusAndParty = NewByStatus(statusCount);
        var articleSets = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var reportsByStatus = new List<int>[statusCount];
        for (var s = 0; s < Statements.Length; s++)
        {
            var speaker = Statements[s].Speaker;
            (bySpeaker[speaker] ??= []).Add(s);
            for (var status = 0; status < statusCount && Statements[s].Verbs != StatusWords.None; status++)
            {
                if ((Statements[s].Verbs & StatusWords.Bit((OutcomeStatus)status)) != 0)
                {
                    (reportsByStatus[status] ??= []).Add(s);
                }
            }
            foreach (var party in Directory.Parties[speaker])
            {
                Postings.Add(byParty, party, s);
                if (Statements[s].Verbs != StatusWords.None)
                {
                    AddToSet(articleSets, party, Statements[s].Article);
                    for (var status = 0; status < statusCount; status++)
                    {
                        if ((Statements[s].Verbs & StatusWords.Bit((OutcomeStatus)status)) != 0)
                        {
                            Postings.Add(reportsByStatusAndParty[status], party, s);
                        }
                    }
                }
            }
        }
        ReportsByStatus = [.. reportsByStatus.Select(list => list?.ToArray() ?? [])];
        StatementsBySpeaker = bySpeaker.Select(list => list?.ToArray() ?? []).ToArray();
        StatementsByParty = Postings.Freeze(byParty);
        ReportsByStatusAndParty = [.. reportsByStatusAndParty.Select(Postings.Freeze)];

        var outcomesByStatusAndParty = NewByStatus(statusCount);
        var headlineOutcomesByStatusAndParty = NewByStatus(statusCount);
        var byStatus = new List<int>[statusCount];
        for (var o = 0; o < Outcomes.Length; o++)
        {
            foreach (var party in Outcomes[o].Parties.Concat(Outcomes[o].SentenceParties))
            {
                Postings.Add(outcomesByStatusAndParty[(int)Outcomes[o].Status], party, o);
                AddToSet(articleSets, party, Outcomes[o].Article);
            }
            if (Outcomes[o].Parties.Length == 0 && Outcomes[o].SentenceParties.Length == 0)
            {
                foreach (var party in ArticleParties[Outcomes[o].Article])
                {
                    Postings.Add(headlineOutcomesByStatusAndParty[(int)Outcomes[o].Status], party, o);
                }
            }
            (byStatus[(int)Outcomes[o].Status] ??= []).Add(o);
        }
        OutcomesByStatusAndParty = [.. outcomesByStatusAndParty.Select(Postings.Freeze)];
        HeadlineOutcomesByStatusAndParty = [.. headlineOutcomesByStatusAndParty.Select(Postings.Freeze)];
        for (var a = 0; a < ArticleParties.Length; a++)
        {
            foreach (var party in ArticleParties[a])
            {
                AddToSet(articleSets, party, a);
            }
        }
        ArticlesByParty = articleSets.ToDictionary(pair => pair.Key, pair => pair.Value.Order().ToArray(), StringComparer.Ordinal);
        OutcomesByStatus = byStatus.Select(list => list?.ToArray() ?? []).ToArray();
        OutcomeStatusSets = new DocumentSetsByBit(Array.ConvertAll(Outcomes, o =>
            StatusWords.Bit(o.Status) | ((o.Verbs & StatusWords.Family(o.Status)) << OutcomeVerbBits)));
        ReportSets = new DocumentSetsByBit(Array.ConvertAll(Statements, s => s.Verbs));
        Examples = new Lazy<HelpExamples>(() => HelpExamples.From(this));
    }

    /// <summary>A knowledge base without articles: every question is answered with "the articles don't say".</summary>
    public static KnowledgeBase Empty { get; } = new([]);

    /// <summary>The articles, newest first.</summary>
    public IReadOnlyList<KnowledgeArticle> Articles => articles;

    /// <summary>Everyone quoted, one profile per speaker id.</summary>
    public IReadOnlyList<SpeakerProfile> Speakers => Directory.Profiles;

    public int StatementCount => Statements.Length;

    public int OutcomeCount => Outcomes.Length;

    public KnowledgeArticle? FindArticle(string id) => articleById.TryGetValue(id, out var index) ? articles[index] : null;

    public SpeakerProfile? FindSpeaker(string id) => Directory.IndexOf(id) is var index and >= 0 ? Directory.Profiles[index] : null;

    internal StatementEntry[] Statements { get; }

    internal OutcomeEntry[] Outcomes { get; }

    internal int[][] StatementsByArticle { get; }

    internal int[][] OutcomesByArticle { get; }

    internal int[][] StatementsBySpeaker { get; }

    internal Dictionary<string, int[]> StatementsByParty { get; }


    /// <summary>
    /// Per status (index: the status's number) and party, the outcomes given to the party or naming it in their
    /// sentence: a question about what a party pledged or proposed walks only those, not all of a big party's thousands.
    /// </summary>
    internal Dictionary<string, int[]>[] OutcomesByStatusAndParty { get; }

    /// <summary>
    /// Per status and party, the statements of the party's speakers that may report an outcome of that status (reported
    /// speech whose sentence's verbs name it, "Seoul had pledged …"; a statement can be under several statuses).
    /// </summary>
    internal Dictionary<string, int[]>[] ReportsByStatusAndParty { get; }

    /// <summary>
    /// Per status, the statements that may report an outcome of it (their sentence's verbs name it), whoever the
    /// speaker: the only statements an outcome question asking for that status can list ("Seoul had pledged …").
    /// </summary>
    internal int[][] ReportsByStatus { get; }

    /// <summary>
    /// Per status and party, the outcomes that name no party at all in an article whose headline names the party:
    /// an outcome question about the party takes them as the party's (its headline speaks for them), so with
    /// <see cref="OutcomesByStatusAndParty"/> they are every outcome of that status such a question can list.
    /// </summary>
    internal Dictionary<string, int[]>[] HeadlineOutcomesByStatusAndParty { get; }

    /// <summary>
    /// Per party, the articles where it takes part in what an outcome question lists: its headline, an outcome's
    /// parties or sentence, or the speaker of a statement in <see cref="ReportsByStatusAndParty"/>. An item involving several
    /// parties can only be in an article of all of them.
    /// </summary>
    internal Dictionary<string, int[]> ArticlesByParty { get; }

    internal int[][] OutcomesByStatus { get; }

    /// <summary>Where <see cref="OutcomeStatusSets"/> keeps the outcomes whose sentence uses a status's verb: bit 16 + the status.</summary>
    internal const int OutcomeVerbBits = 16;

    /// <summary>
    /// Bit s: the outcomes of status s; bit <see cref="OutcomeVerbBits"/> + s: the outcomes of s's family whose sentence
    /// uses s's verb. An outcome question walks its words' postings for the outcomes of the union it can accept
    /// (an event's words pick outcomes of every status; a "launched" question lists a few of them).
    /// </summary>
    internal DocumentSetsByBit OutcomeStatusSets { get; }

    /// <summary>Bit s: the statements whose sentence's verbs name status s (as <see cref="ReportsByStatus"/>, as sets).</summary>
    internal DocumentSetsByBit ReportSets { get; }

    /// <summary>The countries and blocs of each article's title and first sentence.</summary>
    internal string[][] ArticleParties { get; }

    /// <summary>The terms of all three indexes.</summary>
    internal Vocabulary Vocabulary { get; }

    internal SearchIndex StatementIndex { get; }

    internal SearchIndex OutcomeIndex { get; }

    internal SearchIndex ArticleIndex { get; }

    internal SpeakerDirectory Directory { get; }

    internal Lazy<HelpExamples> Examples { get; }

    internal int IndexOfArticle(string id) => articleById.TryGetValue(id, out var index) ? index : -1;

    internal KnowledgeArticle ArticleAt(int index) => articles[index];

    internal Statement StatementOf(int statement)
    {
        var entry = Statements[statement];
        return articles[entry.Article].Extraction.Statements[entry.Local];
    }

    internal Outcome OutcomeOf(int outcome)
    {
        var entry = Outcomes[outcome];
        return articles[entry.Article].Extraction.Outcomes[entry.Local];
    }

    /// <summary>A reference to a statement that stays valid in a rebuilt knowledge base as long as its article is unchanged.</summary>
    internal string StatementRef(int statement) => $"s:{articles[Statements[statement].Article].Id}:{Statements[statement].Local}";

    internal string OutcomeRef(int outcome) => $"o:{articles[Outcomes[outcome].Article].Id}:{Outcomes[outcome].Local}";

    /// <summary>Reads a reference made by <see cref="StatementRef"/> or <see cref="OutcomeRef"/>; -1 when it no longer resolves.</summary>
    internal int Resolve(string reference, char kind)
    {
        if (reference.Length < 4 || reference[0] != kind || reference[1] != ':')
        {
            return -1;
        }
        var colon = reference.LastIndexOf(':');
        if (colon <= 2 || !int.TryParse(reference.AsSpan(colon + 1), out var local)
            || !articleById.TryGetValue(reference[2..colon], out var article))
        {
            return -1;
        }
        var list = kind == 's' ? StatementsByArticle[article] : OutcomesByArticle[article];
        return local >= 0 && local < list.Length ? list[local] : -1;
    }

    private static Dictionary<string, List<int>>[] NewByStatus(int statusCount) =>
        [.. Enumerable.Range(0, statusCount).Select(_ => new Dictionary<string, List<int>>(StringComparer.Ordinal))];

    private static void AddToSet(Dictionary<string, HashSet<int>> sets, string key, int value)
    {
        if (!sets.TryGetValue(key, out var set))
        {
            set = [];
            sets[key] = set;
        }
        set.Add(value);
    }

    private static int[] Numbers(int from, int to)
    {
        var numbers = new int[to - from];
        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = from + i;
        }
        return numbers;
    }

}
