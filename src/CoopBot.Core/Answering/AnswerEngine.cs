using CoopBot.Core.Answering.Text;

namespace CoopBot.Core.Answering;

/// <summary>
/// Answers questions about the articles of a <see cref="KnowledgeBase"/>: who said what, what a person or country
/// said, which outcomes were agreed or only proposed, who someone is, what happened at an event, and follow-ups
/// that use the <see cref="ConversationState"/> of the previous answer. Every item of an answer is a stored
/// statement, outcome or lead sentence with its citation; when the articles don't say, the answer says so.
/// Thread-safe; to take in new articles, build a new knowledge base and a new engine over it.
/// </summary>
public sealed partial class AnswerEngine
{
    /// <summary>Statements shown before "…and N more".</summary>
    internal const int MaxStatements = 4;

    /// <summary>Outcomes, speakers or articles shown before "…and N more".</summary>
    internal const int MaxItems = 5;

    /// <summary>
    /// Share of a question's topic weight (by inverse document frequency) a statement or outcome must match to
    /// count as an answer: half keeps a question that repeats a statement or names its event answerable, while a
    /// question that shares only a common word or two with the articles ("climate", "trade") is honestly unanswered.
    /// </summary>
    internal const float AnswerCoverage = 0.5f;

    /// <summary>
    /// How many statements a who-said question ranks: enough for the few speakers shown and the others within half
    /// of the best score to be counted. A top-k bound, so the search can skip statements that cannot make the list;
    /// when it fills, the answer's count of speakers is given as a floor ("At least 12 speakers …").
    /// </summary>
    private const int WhoSaidCandidates = 32;

    private static readonly RankedStatements NoStatements = new([], 0, Complete: true, CountIsExact: true);

    /// <summary>Below the answer threshold but above this, an item is offered as "Closest I have".</summary>
    internal const float ClosestCoverage = 0.2f;

    /// <summary>How much an article's title and lead count towards ranking its outcomes and statements.</summary>
    private const float ArticleWeight = 0.7f;

    private readonly KnowledgeBase knowledge;

    public AnswerEngine(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        this.knowledge = knowledge;
    }

    /// <summary>The knowledge base this engine answers from.</summary>
    public KnowledgeBase Knowledge => knowledge;

    /// <summary>Answers one question; pass the state returned with the previous answer of the conversation, or null to start one.</summary>
    public Answer Answer(string question, ConversationState? state = null)
    {
        var turn = new Turn(question ?? string.Empty, state ?? ConversationState.Empty);
        var parsed = QuestionParser.Parse(turn.Question);
        return Dispatch(turn, parsed);
    }

    private Answer Dispatch(Turn turn, ParsedQuestion q) => q.Intent switch
    {
        Intents.Help => AnswerHelp(turn),
        Intents.Item => AnswerItem(turn, q),
        Intents.WhatElse => AnswerWhatElse(turn, q),
        Intents.Articles => AnswerArticles(turn, q),
        Intents.Speakers => AnswerSpeakers(turn, q),
        Intents.WhoIs => AnswerWhoIs(turn, q),
        Intents.Event => q.AboutSomething ? AnswerAbout(turn, q) : AnswerEvent(turn, q),
        Intents.WhoSaid => AnswerWhoSaid(turn, q),
        Intents.WhatSaid when q.FollowUp is not null => AnswerFollowUp(turn, q.FollowUp),
        Intents.WhatSaid => AnswerWhatSaid(turn, q),
        Intents.Outcomes => AnswerOutcomes(turn, q),
        _ => AnswerSearch(turn, q),
    };

    /// <summary>"and Singapore?": the last question again with the new subject (or topic, for topic questions).</summary>
    private Answer AnswerFollowUp(Turn turn, List<TextWord> subject)
    {
        if (turn.State.LastQuestion is not { } lastQuestion)
        {
            var alone = QuestionParser.Parse(turn.Question);
            alone.Intent = Intents.Search;
            alone.Subject.Clear();
            alone.Subject.AddRange(subject);
            alone.Topic.Clear();
            alone.Topic.AddRange(subject);
            return AnswerSearch(turn, alone);
        }
        var last = QuestionParser.Parse(lastQuestion);
        var followUp = new Turn(turn.Question, turn.State) { KeepLastQuestion = true };
        var repeated = new ParsedQuestion
        {
            Intent = last.Intent,
            Folded = last.Folded,
            Words = last.Words,
            PreferredStatuses = last.PreferredStatuses,
            AllowedStatuses = last.AllowedStatuses,
            SubjectOverride = turn.Folded[subject[0].Start..subject[^1].End],
        };
        switch (last.Intent)
        {
            case Intents.WhatSaid or Intents.WhoIs or Intents.Outcomes:
                repeated.Subject.AddRange(subject);
                repeated.Topic.AddRange(last.Topic);
                repeated.Event.AddRange(last.Event);
                repeated.Noun.AddRange(last.Noun);
                break;
            case Intents.WhoSaid:
                // "Who talked about funding?" then "and Norway?": what Norway said about funding.
                repeated.Intent = Intents.WhatSaid;
                repeated.Subject.AddRange(subject);
                repeated.Topic.AddRange(last.Topic);
                break;
            default:
                // Topic questions take the new words as their topic, read from the follow-up itself.
                var alone = QuestionParser.Parse(turn.Question);
                alone.Intent = last.Intent is Intents.Event or Intents.Speakers or Intents.Articles ? last.Intent : Intents.Search;
                alone.Subject.AddRange(subject);
                alone.Topic.AddRange(subject);
                alone.Event.AddRange(subject);
                return Dispatch(followUp, alone);
        }
        return Dispatch(followUp, repeated);
    }

    /// <summary>One question with the state it came with.</summary>
    private sealed class Turn(string question, ConversationState state)
    {
        public string Question { get; } = question;

        public ConversationState State { get; } = state;

        public string Folded { get; } = TextFolding.FoldToAscii(question);

        /// <summary>For follow-ups: the state keeps pointing at the question they modify.</summary>
        public bool KeepLastQuestion { get; init; }

        /// <summary>Items not to show again ("what else").</summary>
        public HashSet<string> Exclude { get; init; } = new(StringComparer.Ordinal);

        /// <summary>The speaker already settled by the conversation ("what else did she say"), or -1.</summary>
        public int Speaker { get; init; } = -1;

        /// <summary>The last question asked again for the rest of its list.</summary>
        public bool Paging { get; init; }
    }

    private ConversationState NextState(
        Turn turn, string intent, AnswerWriter writer, int speaker = -1, string? country = null, string? topic = null, int article = -1,
        bool keepItems = false, bool continueShown = false)
    {
        var previous = turn.State;
        var speakerId = speaker >= 0 ? knowledge.Speakers[speaker].Id : null;
        var shown = new List<string>();
        // "What else" remembers what was shown for the same speaker, or for the same question when paging.
        if (continueShown || turn.Paging || turn.Exclude.Count > 0 || (speakerId is not null && speakerId == previous.LastSpeakerId))
        {
            shown.AddRange(previous.ShownItems);
        }
        foreach (var item in writer.Items.Concat(writer.Covered))
        {
            if (!shown.Contains(item))
            {
                shown.Add(item);
            }
        }
        if (shown.Count > ConversationState.MaxShown)
        {
            shown.RemoveRange(0, shown.Count - ConversationState.MaxShown);
        }
        return new ConversationState(
            LastQuestion: turn.KeepLastQuestion ? previous.LastQuestion : turn.Question,
            LastIntent: intent,
            LastSpeakerId: speakerId ?? (keepItems ? previous.LastSpeakerId : null),
            LastItems: keepItems ? previous.LastItems : [.. writer.Items],
            Shown: shown,
            LastCountry: country ?? previous.LastCountry,
            LastTopic: topic ?? previous.LastTopic,
            LastArticleId: article >= 0 ? knowledge.ArticleAt(article).Id : previous.LastArticleId);
    }

    /// <summary>
    /// The term ids of a question part, each once, in order (at most 64, one bit each in a match mask); a term no
    /// article has is kept as -1, so it still counts against the share of the question matched.
    /// </summary>
    private List<int> TermsOf(IEnumerable<TextWord> words)
    {
        var seen = new List<string>();
        var ids = new List<int>();
        foreach (var word in words)
        {
            if (SearchText.Term(word.Text) is { } term && !seen.Contains(term) && ids.Count < 64)
            {
                seen.Add(term);
                ids.Add(knowledge.Vocabulary.Find(term));
            }
        }
        return ids;
    }

    /// <summary>Query terms with their weights, to tell how much of a question an item matches.</summary>
    private sealed class Query
    {
        private readonly float[] weights;
        private readonly float total;

        public Query(List<int> terms, SearchIndex weighting)
        {
            Terms = terms;
            weights = terms.Select(weighting.Idf).ToArray();
            total = weights.Sum();
        }

        public List<int> Terms { get; }

        public bool IsEmpty => Terms.Count == 0;

        /// <summary>The most any item can match: terms no article has never match.</summary>
        public float MaxCoverage
        {
            get
            {
                var known = 0UL;
                for (var t = 0; t < Terms.Count; t++)
                {
                    known |= Terms[t] >= 0 ? 1UL << t : 0;
                }
                return Coverage(known);
            }
        }

        /// <summary>
        /// Whether a match holds enough of the words as well as enough of their weight: both words of a two-word
        /// topic ("trade … important", "food security"), at least half of longer ones. Otherwise one rare word
        /// could carry a question the articles don't answer.
        /// </summary>
        public bool Enough(ulong mask)
        {
            var needed = Terms.Count <= 2 ? Terms.Count : (Terms.Count + 1) / 2;
            return System.Numerics.BitOperations.PopCount(mask) >= needed;
        }

        /// <summary>Whether even a closest match is possible, so a search is worth running.</summary>
        public bool CanMatch => !IsEmpty && MaxCoverage >= ClosestCoverage;

        /// <summary>The matched share of the terms' weight (1 when there are no terms).</summary>
        public float Coverage(ulong mask)
        {
            if (total <= 0)
            {
                return 1;
            }
            var matched = 0f;
            for (var t = 0; t < weights.Length; t++)
            {
                if ((mask & (1UL << t)) != 0)
                {
                    matched += weights[t];
                }
            }
            return matched / total;
        }

        /// <summary>Whether words matched (<paramref name="mask"/>) answer the query: enough of its weight and of its words.</summary>
        public bool Answers(ulong mask) => Coverage(mask) >= AnswerCoverage && Enough(mask);

        /// <summary>The matched share of the weight of the terms in <paramref name="within"/> (1 when there are none).</summary>
        public float Coverage(ulong mask, ulong within)
        {
            var matched = 0f;
            var considered = 0f;
            for (var t = 0; t < weights.Length; t++)
            {
                if ((within & (1UL << t)) != 0)
                {
                    considered += weights[t];
                    matched += (mask & (1UL << t)) != 0 ? weights[t] : 0;
                }
            }
            return considered <= 0 ? 1 : matched / considered;
        }
    }

    /// <summary>
    /// A scored statement or outcome; <see cref="Strong"/> when its status (or its sentence's verb) is the one asked
    /// for, <see cref="Enough"/> when it holds enough of the question's words (see <see cref="Query.Enough"/>).
    /// </summary>
    private readonly record struct Hit(int Doc, float Score, float Coverage, bool IsStatement = false, bool Strong = true, bool Enough = true)
    {
        public bool Answers => Coverage >= AnswerCoverage && Enough;
    }

    /// <summary>Orders hits worst first, for heaps that keep the best few by dropping the worst.</summary>
    private static readonly Comparer<Hit> WorstFirst = Comparer<Hit>.Create((a, b) => CompareHits(b, a));

    private static int CompareHits(Hit a, Hit b)
    {
        var byScore = b.Score.CompareTo(a.Score);
        return byScore != 0 ? byScore : a.Doc.CompareTo(b.Doc);
    }

    /// <summary>The best <paramref name="count"/> hits in order, without sorting them all.</summary>
    private static List<Hit> Top(List<Hit> hits, int count)
    {
        if (hits.Count <= count * 4)
        {
            hits.Sort(CompareHits);
            return hits.Count <= count ? hits : hits.GetRange(0, count);
        }
        var queue = new PriorityQueue<Hit, Hit>(count + 1, WorstFirst);
        foreach (var hit in hits)
        {
            queue.Enqueue(hit, hit);
            if (queue.Count > count)
            {
                queue.Dequeue();
            }
        }
        var top = new List<Hit>(queue.Count);
        while (queue.Count > 0)
        {
            top.Add(queue.Dequeue());
        }
        top.Reverse();
        return top;
    }

    /// <summary>Keeps the best hits seen, up to a limit, without sorting them all.</summary>
    private sealed class TopHits(int limit)
    {

        private readonly PriorityQueue<Hit, Hit> queue = new(Math.Min(limit, 256), WorstFirst);
        private float floor = float.NegativeInfinity;

        public int Count => queue.Count;

        /// <summary>Whether the limit is reached: a hit must now beat <see cref="Floor"/> to be kept.</summary>
        public bool IsFull => queue.Count >= limit;

        /// <summary>The worst score kept (meaningful once full).</summary>
        public float Floor => floor;

        public void Add(Hit hit)
        {
            // Most hits of a common word lose to the worst kept one: one comparison, no heap work.
            if (queue.Count >= limit && hit.Score < floor)
            {
                return;
            }
            if (queue.Count < limit)
            {
                queue.Enqueue(hit, hit);
            }
            else if (CompareHits(hit, queue.Peek()) < 0)
            {
                queue.DequeueEnqueue(hit, hit);
            }
            if (queue.Count >= limit)
            {
                floor = queue.Peek().Score;
            }
        }

        /// <summary>The hits kept, in no order.</summary>
        public IEnumerable<(Hit, Hit)> Items() => queue.UnorderedItems;

        /// <summary>The hits kept, best first.</summary>
        public List<Hit> ToList()
        {
            var list = new List<Hit>(queue.Count);
            foreach (var (hit, _) in queue.UnorderedItems)
            {
                list.Add(hit);
            }
            list.Sort(CompareHits);
            return list;
        }
    }

    /// <summary>The best-matching articles by the words of their title and lead, best first.</summary>
    private List<Hit> RankArticles(Query query, ScoreBoard board, int limit = 50)
    {
        knowledge.ArticleIndex.Score(query.Terms, board);
        var top = new TopHits(limit);
        foreach (var article in board.Touched)
        {
            top.Add(new Hit(article, board.ScoreOf(article), 0));
        }
        // The rank is by score alone: the share of the question matched is worked out for the few kept, not for every
        // article holding a word of it (thousands hold "China" or "cooperation").
        return top.ToList().ConvertAll(h => h with { Coverage = query.Coverage(board.MaskOf(h.Doc)) });
    }

    /// <summary>
    /// What <see cref="RankArticles"/> gives, found by a top-k search: the scores of the articles that cannot make the
    /// list (thousands hold "China" or "cooperation") are not all worked out.
    /// </summary>
    private List<Hit> TopArticles(Query query, int limit)
    {
        var collector = new ArticleCollector(query, limit);
        knowledge.ArticleIndex.Search(query.Terms, collector);
        return collector.Top.ToList();
    }

    /// <summary>Keeps the best articles a top-k search finds, with the share of the question each matches.</summary>
    private sealed class ArticleCollector(Query query, int limit) : ITopScoreCollector
    {
        public TopHits Top { get; } = new(limit);

        public float Threshold => Top.IsFull ? Top.Floor : float.NegativeInfinity;

        public bool CountsEveryDocument => false;

        public float BonusBound => 0;

        public float Bonus(int doc) => 0;

        public void Collect(int doc, float score, ulong mask) => Top.Add(new Hit(doc, score, query.Coverage(mask)));
    }

    private string Describe(SpeakerProfile speaker) => AnswerWriter.Name(speaker);
}
