using CoopBot.Core.Answering.Text;
using CoopBot.Core.Extraction;

namespace CoopBot.Core.Answering;

/// <summary>Outcomes: what was agreed, launched, pledged… or only proposed or planned, by party, person, topic or event.</summary>
public sealed partial class AnswerEngine
{
    /// <summary>An outcome whose status is the one asked for ranks above one whose sentence only uses its verb, and far above the rest of its family.</summary>
    private const float ExactStatus = 1f;
    private const float StatusInSentence = 0.8f;
    private const float SameFamily = 0.5f;

    /// <summary>How many of the best-matching articles have all their outcomes considered, even those that don't repeat the question's words.</summary>
    private const int ArticlesConsidered = 10;

    /// <summary>
    /// How many items past those shown a list of a party's or speaker's outcomes counts before it stops: beyond that
    /// the answer says "…and at least N more" instead of walking every item of a party with thousands.
    /// </summary>
    private const int CountedAhead = 50;

    private Answer AnswerOutcomes(Turn turn, ParsedQuestion q)
    {
        var writer = new AnswerWriter(knowledge);
        // The subject may be a group ("Lancang-Mekong ministers"): only known names make it a person.
        var descriptor = knowledge.Directory.Describe(q.Subject, unknownWordsAreNames: false);
        HashSet<int>? speakers = null;
        if (descriptor.Names.Count > 0 || (descriptor.Pronoun && descriptor.Parties.Count == 0))
        {
            var resolution = Resolve(turn, descriptor);
            if (!resolution.Found)
            {
                return AnswerNobody(turn, writer, Intents.Outcomes, resolution, descriptor, q.SubjectText, q.TopicText);
            }
            speakers = [.. resolution.Speakers];
        }
        var parties = descriptor.Parties;
        var topicWords = q.Topic.Concat(q.Noun.Where(n => !QuestionParser.IsEmptyNoun(n.Text))).Concat(q.Event).Concat(descriptor.OtherWords);
        var query = new Query(TermsOf(topicWords), knowledge.OutcomeIndex);

        var (hits, total, totalIsFloor) = query.IsEmpty ? ListOutcomes(q, parties, speakers, turn.Exclude)
            : query.CanMatch ? RankOutcomes(q, query, parties, speakers, turn.Exclude)
            : ([], 0, false);
        var statusText = StatusWords.Describe(q.PreferredStatuses);
        var partyText = parties.Count > 0 ? $" ({string.Join(", ", parties)})" : string.Empty;
        var byText = speakers is { Count: 1 } ? $" by {knowledge.Speakers[speakers.First()].Name}" : string.Empty;
        var answers = hits.Where(h => h.Coverage >= AnswerCoverage).ToList();
        if (answers.Count == 0)
        {
            var about = query.IsEmpty ? string.Empty : $" matching “{WordsText(q, topicWords.ToList())}”";
            writer.Line(turn.Exclude.Count > 0
                ? "That's all I have."
                : $"The articles don't report anything {statusText}{byText}{partyText}{about}.");
            var closest = hits.Where(h => h.Coverage >= ClosestCoverage).Take(2).ToList();
            if (closest.Count > 0 && turn.Exclude.Count == 0)
            {
                writer.Line("Closest I have:");
                WriteOutcomeHits(writer, closest);
                writer.Suggest("Tell me more about the first one");
            }
            writer.Suggest(q.AllowedStatuses == StatusWords.Proposals ? "Which outcomes were agreed?" : "What was proposed but not yet agreed?");
            SuggestExamples(writer);
            return writer.Build(turn.Exclude.Count > 0, Intents.Outcomes,
                NextState(turn, Intents.Outcomes, writer, country: parties.FirstOrDefault(), topic: NullIfEmpty(q.TopicText)));
        }

        var shown = answers.Count <= MaxItems ? answers : answers.GetRange(0, MaxItems);
        writer.Line($"What was {statusText}{byText}{partyText}{(turn.Exclude.Count > 0 ? ", continued" : string.Empty)}:");
        WriteOutcomeHits(writer, shown);
        writer.More(Math.Max(total, answers.Count) - shown.Count, atLeast: totalIsFloor);

        writer.Suggest("Tell me more about the first one");
        var first = shown[0];
        var announcer = first.IsStatement ? knowledge.Statements[first.Doc].Speaker : knowledge.Outcomes[first.Doc].AnnouncedBy;
        if (announcer >= 0)
        {
            writer.Suggest($"What did {knowledge.Speakers[announcer].Name} say?");
        }
        writer.Suggest((q.PreferredStatuses & StatusWords.Done) == q.PreferredStatuses ? "What was proposed but not yet agreed?" : "Which outcomes were agreed?");
        var article = first.IsStatement ? knowledge.Statements[first.Doc].Article : knowledge.Outcomes[first.Doc].Article;
        return writer.Build(true, Intents.Outcomes, NextState(turn, Intents.Outcomes, writer,
            speaker: speakers is { Count: 1 } ? speakers.First() : -1, country: parties.FirstOrDefault(), topic: NullIfEmpty(q.TopicText), article: article));
    }

    private void WriteOutcomeHits(AnswerWriter writer, IEnumerable<Hit> hits)
    {
        foreach (var hit in hits)
        {
            if (hit.IsStatement)
            {
                writer.ReportedOutcome(hit.Doc);
            }
            else
            {
                writer.Outcome(hit.Doc);
            }
        }
    }

    /// <summary>
    /// Outcomes (and statements reporting one, such as "Seoul had pledged US$12 million") ranked by the question's
    /// words in the outcome, its sentence and its article's title and lead, weighted by how well the status fits.
    /// The items the outcome and statement indexes pick fill short lists of <see cref="OutcomeCandidates"/> (answers
    /// of the asked-for status, the rest of its family, the closest non-answers), so that what is shown is never
    /// crowded out.
    /// </summary>
    private (List<Hit> Hits, int Total, bool TotalIsFloor) RankOutcomes(ParsedQuestion q, Query query, IReadOnlyList<string> parties, HashSet<int>? speakers, HashSet<string> exclude)
    {
        using var ranking = new OutcomeRanking(this, q, query, parties, speakers, exclude);
        var outcomes = AcceptableOutcomes(q, parties);
        var reports = q.HasStatus ? AcceptableReports(q, parties) : null;

        // The outcomes holding the question's (rarer) words, and every outcome of the best-matching articles; when
        // looking up the outcomes the question can accept at all (by status and party) costs less than walking the
        // postings, only those, scored one by one. Once one answer has the asked-for status (or its verb in the sentence) the rest of
        // its family is never shown (see below), so it is read only when none has; but not when statements may report
        // an outcome, which are skipped where any listed outcome already gives their sentence.
        // The postings are walked for the outcomes of a status it can accept only (most that an event's words pick are
        // of another status).
        ranking.StrongOnly = reports is { Count: 0 };
        ranking.DeferClosest = reports is not { Count: > 0 };
        CollectCandidates(ranking, query, knowledge.OutcomeIndex, outcomes, AcceptableStatuses(q, ranking.StrongOnly), knowledge.OutcomesByArticle, ranking.Outcomes);
        if (ranking.StrongOnly && ranking.StrongAnswers == 0)
        {
            ranking.StartOverWithFamily();
            CollectCandidates(ranking, query, knowledge.OutcomeIndex, outcomes, AcceptableStatuses(q, strongOnly: false), knowledge.OutcomesByArticle, ranking.Outcomes);
        }
        if (ranking.Answers == 0)
        {
            ranking.ConsiderDeferred();
        }

        // A statement whose sentence uses the asked-for verb reports an outcome the extractor may not list on its own.
        if (reports is not null)
        {
            ranking.StartStatements();
            CollectCandidates(ranking, query, knowledge.StatementIndex, reports, knowledge.ReportSets.Union(q.PreferredStatuses), knowledge.StatementsByArticle, ranking.Statements);
        }

        var hits = Distinct(ranking.Hits());
        // Outcomes of the asked-for status make the rest of their family noise ("signed" does not want "agreed");
        // far weaker matches (another event sharing a word or two) would only bury the answer.
        var strong = ranking.StrongAnswers > 0;
        var best = hits.FirstOrDefault(h => h.Coverage >= AnswerCoverage && (h.Strong || !strong)).Score;
        var kept = hits.Where(h => h.Coverage < AnswerCoverage || ((h.Strong || !strong) && h.Score >= best * 0.3f)).ToList();
        var shown = kept.Count(h => h.Coverage >= AnswerCoverage);
        // Past the few kept, the count of answers is an estimate from all candidates (scored, not kept or de-duplicated).
        return (kept, ranking.Filled(strong) ? Math.Max(shown, strong ? ranking.StrongAnswers : ranking.Answers) : shown, false);
    }

    /// <summary>
    /// The outcomes whose <see cref="StatusWeight"/> a question accepts: above 0, or with <paramref name="strongOnly"/>
    /// above <see cref="SameFamily"/> (the asked-for status, or its verb in the outcome's sentence).
    /// </summary>
    private DocumentSet AcceptableStatuses(ParsedQuestion q, bool strongOnly)
    {
        var statuses = strongOnly ? q.PreferredStatuses : q.PreferredStatuses | q.AllowedStatuses;
        return knowledge.OutcomeStatusSets.Union(statuses | (q.PreferredStatuses << KnowledgeBase.OutcomeVerbBits));
    }

    /// <summary>How many outcomes and reporting statements a ranked outcome question keeps: a top-k bound well past the few shown.</summary>
    private const int OutcomeCandidates = 32;

    private static long PickingPostings(SearchIndex index, List<int> terms, ulong picks)
    {
        long postings = 0;
        for (var t = 0; t < terms.Count && t < 64; t++)
        {
            postings += (picks & (1UL << t)) != 0 ? index.DocumentFrequency(terms[t]) : 0;
        }
        return postings;
    }

    /// <summary>
    /// The state of one ranked outcome question: the best articles, the articles' scores as they are needed, and the
    /// list the outcome and statement searches fill, with the question's filters and weights applied as items arrive.
    /// </summary>
    private sealed class OutcomeRanking : IDisposable
    {
        private readonly AnswerEngine engine;
        private readonly KnowledgeBase knowledge;
        private readonly ParsedQuestion q;
        private readonly Query query;
        private readonly IReadOnlyList<string> parties;
        private readonly HashSet<int>? speakers;
        private readonly HashSet<string> exclude;
        /// <summary>The articles' scores for the question's words: the part of an item's score its article gives, worked out as the items are scored.</summary>
        private readonly DocumentScores articles;
        private readonly HashSet<(int Article, int Sentence)> outcomeSentences = [];

        public OutcomeRanking(AnswerEngine engine, ParsedQuestion q, Query query, IReadOnlyList<string> parties, HashSet<int>? speakers, HashSet<string> exclude)
        {
            this.engine = engine;
            knowledge = engine.knowledge;
            this.q = q;
            this.query = query;
            this.parties = parties;
            this.speakers = speakers;
            this.exclude = exclude;
            articles = new DocumentScores(knowledge.ArticleIndex, query.Terms);
            TopArticles = engine.TopArticles(query, ArticlesConsidered);
            Outcomes = new OutcomeCollector(this);
            Statements = new StatementCollector(this);
        }

        public List<Hit> TopArticles { get; }

        /// <summary>
        /// The answers of the asked-for status (or whose sentence uses its verb); apart, the answers of the rest of its
        /// family, noise once there is one of the first ("signed" does not want "agreed"); and apart again the items
        /// matching too little of the question to answer it, offered only when nothing does. Ranked in one list, the
        /// few items an answer shows could be crowded out by items it never shows.
        /// </summary>
        private TopHits StrongAnswerTop { get; set; } = new(OutcomeCandidates);

        private TopHits WeakAnswerTop { get; set; } = new(OutcomeCandidates);

        private TopHits ClosestTop { get; set; } = new(OutcomeCandidates);

        /// <summary>
        /// Whether only outcomes that would be strong answers (the asked-for status, or its verb in their sentence) are
        /// kept: when there is one, the rest of the family is never shown, nor counted.
        /// </summary>
        public bool StrongOnly { get; set; }

        /// <summary>
        /// Whether outcomes that cannot answer the question, whatever their article holds, are set aside unscored: they
        /// could only be offered as the closest when nothing answers (an event's words pick hundreds of other events'
        /// outcomes, each needing its article looked up). Not when statements may report an outcome: those are skipped
        /// where any listed outcome, the closest included, gives their sentence.
        /// </summary>
        public bool DeferClosest { get; set; }

        private readonly List<(int Outcome, float Score, ulong Mask)> deferred = [];

        /// <summary>The articles' masks of the question's rarer words (the commoner ones are assumed held), made when first needed.</summary>
        private ScoreBoard? rarerWords;
        private ulong commonerWords;

        /// <summary>Considers the outcomes set aside: nothing answered, so the closest of them are offered.</summary>
        public void ConsiderDeferred()
        {
            DeferClosest = false;
            foreach (var (outcome, score, mask) in deferred)
            {
                ConsiderOutcome(outcome, score, mask);
            }
            deferred.Clear();
        }

        /// <summary>
        /// Whether an outcome matches less than an answer must even with every word its article may hold: those of the
        /// question's rarer words (in at most <see cref="RarerWordShare"/> of the articles) the article's postings give
        /// it, and all the commoner ones ("China", "cooperation": too long to walk).
        /// </summary>
        private bool CannotAnswer(int article, ulong outcomeMask)
        {
            if (rarerWords is null)
            {
                var index = knowledge.ArticleIndex;
                var rarer = query.Terms.Select((term, t) => t < 64 && index.DocumentFrequency(term) * RarerWordShare <= index.Count ? term : -1).ToList();
                for (var t = 0; t < rarer.Count; t++)
                {
                    commonerWords |= rarer[t] < 0 && index.DocumentFrequency(query.Terms[t]) > 0 ? 1UL << t : 0;
                }
                rarerWords = index.RentBoard();
                index.Score(rarer, rarerWords);
            }
            return query.Coverage(outcomeMask | rarerWords.MaskOf(article) | commonerWords) < AnswerCoverage;
        }

        /// <summary>A word in more than one article in this many is assumed held by any article (<see cref="CannotAnswer"/>).</summary>
        private const int RarerWordShare = 8;

        /// <summary>Empties the lists to read the outcomes again with the rest of the family: no strong answer was found.</summary>
        public void StartOverWithFamily()
        {
            deferred.Clear();
            StrongOnly = false;
            StrongAnswerTop = new(OutcomeCandidates);
            WeakAnswerTop = new(OutcomeCandidates);
            ClosestTop = new(OutcomeCandidates);
            Answers = 0;
            StrongAnswers = 0;
        }

        /// <summary>All lists' hits, best first.</summary>
        public List<Hit> Hits()
        {
            var hits = StrongAnswerTop.ToList();
            hits.AddRange(WeakAnswerTop.ToList());
            hits.AddRange(ClosestTop.ToList());
            hits.Sort(CompareHits);
            return hits;
        }

        /// <summary>Whether the list the answers come from filled (so more may match past it).</summary>
        public bool Filled(bool strong) => strong ? StrongAnswerTop.IsFull : WeakAnswerTop.IsFull;

        public int Answers { get; private set; }

        public int StrongAnswers { get; private set; }

        public ITopScoreCollector Outcomes { get; }

        public ITopScoreCollector Statements { get; }

        /// <summary>Statements are skipped when their sentence already gives a listed outcome.</summary>
        public void StartStatements()
        {
            foreach (var top in (ReadOnlySpan<TopHits>)[StrongAnswerTop, WeakAnswerTop, ClosestTop])
            {
                foreach (var (hit, _) in top.Items())
                {
                    outcomeSentences.Add((knowledge.Outcomes[hit.Doc].Article, knowledge.Outcomes[hit.Doc].Sentence));
                }
            }
        }

        private (float Score, ulong Mask) Article(int article) => articles.Of(article);

        /// <summary>
        /// Fills the lists with the items an index picks by the question's words: every one, or, when the items the
        /// question can accept are much fewer than those picked, only those (read from their lists, each looked for
        /// among the picked). Not a top-k search: an item's article often decides its rank ("What was launched at the
        /// China-Brazil … Dialogue in Nanning?"), so bounds that must allow for the best article's part prune little,
        /// and looking terms up item by item cost more than walking the postings (measured: the outcome questions'
        /// tail grew by half).
        /// </summary>
        /// <returns>The board of the items picked (dispose it): whether an item of a best article was picked is then one look.</returns>
        public ScoreBoard Search(SearchIndex index, AcceptableItems acceptable, DocumentSet acceptableStatuses, ITopScoreCollector collector)
        {
            var picked = index.RentBoard();
            index.Score(query.Terms, picked, minCoverage: AnswerCoverage, within: acceptableStatuses);
            if (acceptable.Count < (long)picked.Touched.Length * ListItemsPerConsideration)
            {
                for (var i = 0; i < acceptable.Lists.Count; i++)
                {
                    foreach (var item in acceptable.Lists[i])
                    {
                        if (picked.MaskOf(item) != 0 && !acceptable.InEarlierList(i, item))
                        {
                            collector.Collect(item, picked.ScoreOf(item), picked.MaskOf(item));
                        }
                    }
                }
                return picked;
            }
            foreach (var doc in picked.Touched)
            {
                collector.Collect(doc, picked.ScoreOf(doc), picked.MaskOf(doc));
            }
            return picked;
        }

        /// <summary>
        /// About how many items of the acceptable lists can be read and looked for among the picked for the cost of
        /// considering one picked item (its entry, article, status and parties, each elsewhere in memory).
        /// </summary>
        private const int ListItemsPerConsideration = 4;

        public void Dispose()
        {
            articles.Dispose();
            rarerWords?.Dispose();
        }

        private void Keep(Hit hit)
        {
            ListFor(hit.Coverage, hit.Strong).Add(hit);
            Count(hit.Coverage, hit.Strong);
        }

        /// <summary>The list a hit of this coverage and strength goes to.</summary>
        private TopHits ListFor(float coverage, bool strong) =>
            coverage < AnswerCoverage ? ClosestTop : strong ? StrongAnswerTop : WeakAnswerTop;

        private void Count(float coverage, bool strong)
        {
            if (coverage >= AnswerCoverage)
            {
                Answers++;
                StrongAnswers += strong ? 1 : 0;
            }
        }

        private void ConsiderOutcome(int outcome, float outcomeScore, ulong outcomeMask)
        {
            ref readonly var entry = ref knowledge.Outcomes[outcome];
            // The status first: it needs only the entry, and rules out most picked outcomes of another family.
            var weight = StatusWeight(entry.Status, entry.Verbs, q);
            if (weight == 0 || (StrongOnly && weight <= SameFamily))
            {
                return;
            }
            if (DeferClosest && CannotAnswer(entry.Article, outcomeMask))
            {
                deferred.Add((outcome, outcomeScore, outcomeMask));
                return;
            }
            var article = Article(entry.Article);
            var coverage = query.Coverage(outcomeMask | article.Mask);
            if (coverage < ClosestCoverage)
            {
                return;
            }
            var fit = parties.Count == 0 ? Fit.Named : engine.PartyFit(entry, parties);
            if (fit == Fit.None || (speakers is not null && !speakers.Contains(entry.AnnouncedBy))
                || (exclude.Count > 0 && exclude.Contains(knowledge.OutcomeRef(outcome))))
            {
                return;
            }
            // "Norway pledged 1.1 billion kroner, and Germany pledged 150 million euros": when the sentence gives the
            // asked-for party its own outcome, the other outcomes of that sentence belong to the other parties.
            if (fit == Fit.Sentence && SentenceGivesPartyAnOutcome(entry))
            {
                return;
            }
            var score = (outcomeScore + ArticleWeight * article.Score) * weight;
            var strong = weight > SameFamily;
            if (parties.Count > 1)
            {
                // How many of the parties it involves only lifts its score: when even all of them would leave it below
                // its full list, it is only counted (thousands of a big party's items are).
                var list = ListFor(coverage, strong);
                if (list.IsFull && score * PartyBoost(parties.Count) < list.Floor)
                {
                    Count(coverage, strong);
                    return;
                }
                score *= PartyBoost(engine.PartiesMatched(entry, parties));
            }
            Keep(new Hit(outcome, score, coverage, Strong: strong));
        }

        /// <summary>What involving more of the parties asked about multiplies an item's score by.</summary>
        private static float PartyBoost(int partiesMatched) => 1 + (0.25f * (partiesMatched - 1));

        private bool SentenceGivesPartyAnOutcome(in OutcomeEntry sentenceOnly)
        {
            foreach (var other in knowledge.OutcomesByArticle[sentenceOnly.Article])
            {
                ref readonly var entry = ref knowledge.Outcomes[other];
                if (entry.Sentence == sentenceOnly.Sentence && engine.PartyFit(entry, parties) == Fit.Named
                    && StatusWeight(entry.Status, entry.Verbs, q) > 0)
                {
                    return true;
                }
            }
            return false;
        }

        private void ConsiderStatement(int statement, float statementScore, ulong statementMask)
        {
            ref readonly var entry = ref knowledge.Statements[statement];
            // Only reported speech: words inside quote marks are never an outcome.
            if ((entry.Verbs & q.PreferredStatuses) == 0 || entry.Kind != StatementKind.Reported
                || (parties.Count > 0 && !engine.SpeakerHasAny(entry.Speaker, parties))
                || (speakers is not null && !speakers.Contains(entry.Speaker))
                || outcomeSentences.Contains((entry.Article, entry.Sentence))
                || (exclude.Count > 0 && exclude.Contains(knowledge.StatementRef(statement))))
            {
                return;
            }
            var article = Article(entry.Article);
            var coverage = query.Coverage(statementMask | article.Mask);
            if (coverage < ClosestCoverage)
            {
                return;
            }
            var score = (statementScore + ArticleWeight * article.Score) * StatusInSentence;
            if (parties.Count > 1)
            {
                score *= PartyBoost(engine.PartiesMatched(entry, parties));
            }
            Keep(new Hit(statement, score, coverage, IsStatement: true));
        }

        /// <summary>Takes every outcome the index picks (the lists are filled from all of them: no threshold).</summary>
        private sealed class OutcomeCollector(OutcomeRanking ranking) : ITopScoreCollector
        {
            public float Threshold => float.NegativeInfinity;

            public float BonusBound => 0;

            public float Bonus(int doc) => 0;

            public void Collect(int doc, float score, ulong mask) => ranking.ConsiderOutcome(doc, score, mask);
        }

        /// <summary>Takes every statement the index picks.</summary>
        private sealed class StatementCollector(OutcomeRanking ranking) : ITopScoreCollector
        {
            public float Threshold => float.NegativeInfinity;

            public float BonusBound => 0;

            public float Bonus(int doc) => 0;

            public void Collect(int doc, float score, ulong mask) => ranking.ConsiderStatement(doc, score, mask);
        }
    }

    /// <summary>
    /// Collects one kind of item (outcomes, or statements that report one) for a ranked outcome question: those holding
    /// the question's words — read from <paramref name="acceptable"/> and scored one by one when looking their items
    /// up costs less than walking the postings, else by a search over the items of <paramref name="acceptableStatuses"/>
    /// (a superset of those the collector takes) — and every item of the best-matching articles (scored 0 when the
    /// words did not pick it: only its article speaks for it).
    /// </summary>
    private void CollectCandidates(OutcomeRanking ranking, Query query, SearchIndex index, AcceptableItems acceptable, DocumentSet acceptableStatuses, int[][] byArticle, ITopScoreCollector collector)
    {
        var picks = index.PickingTerms(query.Terms, AnswerCoverage);
        // Reading a list's item costs a look-up of each picking term in its term list (LookupsPerPosting postings each).
        var lookups = acceptable.Count == long.MaxValue ? long.MaxValue : acceptable.Count * System.Numerics.BitOperations.PopCount(picks);
        var readLists = lookups <= PickingPostings(index, query.Terms, picks) / LookupsPerPosting;
        using var picked = readLists ? null : ranking.Search(index, acceptable, acceptableStatuses, collector);
        if (readLists)
        {
            for (var i = 0; i < acceptable.Lists.Count; i++)
            {
                foreach (var item in acceptable.Lists[i])
                {
                    if (index.Holds(item, query.Terms, picks) && !acceptable.InEarlierList(i, item))
                    {
                        var (score, mask) = index.ScoreAsSearched(item, query.Terms, picks);
                        collector.Collect(item, score, mask);
                    }
                }
            }
        }
        foreach (var article in ranking.TopArticles)
        {
            foreach (var item in byArticle[article.Doc])
            {
                if (!(picked?.MaskOf(item) > 0 || (picked is null && index.Holds(item, query.Terms, picks))))
                {
                    collector.Collect(item, 0, 0);
                }
            }
        }
    }

    /// <summary>
    /// Ascending lists that together hold every item a ranked outcome question can accept, and their total length (a
    /// length of <see cref="long.MaxValue"/> when any item can be accepted: no lists). An item may be in several lists
    /// of one kind (two parties' lists of one status); lists of different kinds (<see cref="Kinds"/>) share none, so
    /// an item is read once by skipping it where an earlier list of its kind holds it, without merging the lists.
    /// </summary>
    private sealed class AcceptableItems
    {
        public static AcceptableItems Any { get; } = new() { Count = long.MaxValue };

        public List<int[]> Lists { get; } = [];

        private List<int> Kinds { get; } = [];

        public long Count { get; private set; }

        public void Add(int[] list, int kind)
        {
            Lists.Add(list);
            Kinds.Add(kind);
            Count += list.Length;
        }

        /// <summary>Whether an item of list <paramref name="i"/> is in an earlier list, where it was read already.</summary>
        public bool InEarlierList(int i, int item)
        {
            for (var j = 0; j < i; j++)
            {
                if (Kinds[j] == Kinds[i] && SearchIndex.Find(Lists[j], item) >= 0)
                {
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>
    /// The outcomes a ranked outcome question can accept (<see cref="StatusWeight"/> above 0 and, with parties, a
    /// <see cref="PartyFit"/>): those of a status it allows or of a family it asks for, given to one of the parties,
    /// named in their sentence or, naming none, in their headline. With neither statuses nor parties to go by, any.
    /// </summary>
    private AcceptableItems AcceptableOutcomes(ParsedQuestion q, IReadOnlyList<string> parties)
    {
        var statuses = q.AllowedStatuses | q.PreferredStatuses;
        // An outcome whose sentence uses an asked-for verb of its own family counts (StatusInSentence).
        statuses |= (q.PreferredStatuses & StatusWords.Done) != 0 ? StatusWords.Done : StatusWords.None;
        statuses |= (q.PreferredStatuses & StatusWords.Proposals) != 0 ? StatusWords.Proposals : StatusWords.None;
        if (parties.Count == 0 && statuses == StatusWords.All)
        {
            return AcceptableItems.Any;
        }
        // An outcome has one status, and either parties of its own or only a headline's: those make its kind.
        var acceptable = new AcceptableItems();
        for (var status = 0; status < knowledge.OutcomesByStatus.Length; status++)
        {
            if (!StatusWords.Contains(statuses, (OutcomeStatus)status))
            {
                continue;
            }
            if (parties.Count == 0)
            {
                acceptable.Add(knowledge.OutcomesByStatus[status], 2 * status);
                continue;
            }
            foreach (var party in parties)
            {
                if (knowledge.OutcomesByStatusAndParty[status].TryGetValue(party, out var named))
                {
                    acceptable.Add(named, 2 * status);
                }
                if (knowledge.HeadlineOutcomesByStatusAndParty[status].TryGetValue(party, out var headlined))
                {
                    acceptable.Add(headlined, (2 * status) + 1);
                }
            }
        }
        return acceptable;
    }

    /// <summary>
    /// The statements a ranked outcome question can accept as reporting an outcome: those whose sentence's verbs name
    /// an asked-for status, by a speaker of one of the parties if any are asked about.
    /// </summary>
    private AcceptableItems AcceptableReports(ParsedQuestion q, IReadOnlyList<string> parties)
    {
        // A statement's sentence may name several statuses and its speaker several parties: all lists are one kind.
        var acceptable = new AcceptableItems();
        for (var status = 0; status < knowledge.ReportsByStatus.Length; status++)
        {
            if (!StatusWords.Contains(q.PreferredStatuses, (OutcomeStatus)status))
            {
                continue;
            }
            if (parties.Count == 0)
            {
                acceptable.Add(knowledge.ReportsByStatus[status], 0);
                continue;
            }
            foreach (var party in parties)
            {
                if (knowledge.ReportsByStatusAndParty[status].TryGetValue(party, out var list))
                {
                    acceptable.Add(list, 0);
                }
            }
        }
        return acceptable;
    }

    private bool SpeakerHasAny(int speaker, IReadOnlyList<string> parties)
    {
        // Indexed, not foreach: an interface's enumerator is an allocation per item considered.
        for (var i = 0; i < parties.Count; i++)
        {
            if (knowledge.Directory.HasParty(speaker, parties[i]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The best outcomes for a search question (no status or party), with statement-index weights.</summary>
    private List<Hit> RankOutcomes(Query query, ScoreBoard? articles)
    {
        using var board = knowledge.OutcomeIndex.RentBoard();
        knowledge.OutcomeIndex.Score(query.Terms, board, minCoverage: AnswerCoverage);
        var top = new TopHits(50);
        foreach (var outcome in board.Touched)
        {
            var coverage = query.Coverage(board.MaskOf(outcome));
            if (coverage >= ClosestCoverage)
            {
                var score = board.ScoreOf(outcome) + (articles is null ? 0 : ArticleWeight * articles.ScoreOf(knowledge.Outcomes[outcome].Article));
                top.Add(new Hit(outcome, score, coverage, Enough: query.Enough(board.MaskOf(outcome))));
            }
        }
        return top.ToList();
    }

    /// <summary>
    /// Outcomes with no topic to rank by ("Which outcomes were agreed?", "What did Singapore and Vietnam agree to
    /// study?"): newest first, the asked-for statuses only, or their family when none has them.
    /// </summary>
    private (List<Hit> Hits, int Total, bool TotalIsFloor) ListOutcomes(ParsedQuestion q, IReadOnlyList<string> parties, HashSet<int>? speakers, HashSet<string> exclude)
    {
        foreach (var statuses in new[] { q.PreferredStatuses, q.AllowedStatuses }.Distinct())
        {
            var (hits, total, totalIsFloor) = parties.Count == 0 && speakers is null
                ? ListByStatus(statuses, exclude)
                : ListByFilter(q, statuses, parties, speakers, exclude);
            if (hits.Count > 0)
            {
                return (hits, total, totalIsFloor);
            }
        }
        return ([], 0, false);
    }

    private (List<Hit> Hits, int Total, bool TotalIsFloor) ListByStatus(uint statuses, HashSet<string> exclude)
    {
        // Each status list is newest first, so the newest items overall are among the first few of each list.
        var firsts = new List<int>();
        var total = 0;
        for (var status = 0; status < knowledge.OutcomesByStatus.Length; status++)
        {
            if (!StatusWords.Contains(statuses, (OutcomeStatus)status))
            {
                continue;
            }
            var list = knowledge.OutcomesByStatus[status];
            total += list.Length;
            firsts.AddRange(list.Take(MaxItems + exclude.Count));
        }
        firsts.Sort();
        var hits = firsts.Where(o => !exclude.Contains(knowledge.OutcomeRef(o))).Take(MaxItems).Select(o => new Hit(o, -o, 1)).ToList();
        return (hits, Math.Max(hits.Count, total - exclude.Count), false);
    }

    /// <summary>
    /// The outcomes of the parties or speakers asked about, with no topic to rank by ("What did China propose?"), and for
    /// a status question the reported statements that report one ("Seoul had pledged …"). Several parties ("What did
    /// China and the GCC agree?") ask for what they did together: the items involving all of them, and only when there
    /// are none those involving any. Order: those involving more of the parties first, then newest article first, in an
    /// article its outcomes before such statements.
    /// </summary>
    private (List<Hit> Hits, int Total, bool TotalIsFloor) ListByFilter(ParsedQuestion q, uint statuses, IReadOnlyList<string> parties, HashSet<int>? speakers, HashSet<string> exclude)
    {
        var excluded = ResolveExcluded(exclude);
        if (speakers is null && parties.Count > 1)
        {
            var shared = Postings.Intersect(knowledge.ArticlesByParty, parties);
            var joint = ListItems(JointOutcomes(shared, parties), q.HasStatus ? JointStatements(shared, parties) : [], statuses, parties, bySpeaker: false, excluded, minPartiesMatched: parties.Count);
            if (joint.Hits.Count > 0)
            {
                return joint;
            }
        }
        // Only the asked-for statuses' outcomes and reports, merged as they are read: the walk below drops the
        // others anyway, and it stops once the answer is settled.
        var (outcomes, statements) = speakers is null
            ? (Postings.Merged(knowledge.OutcomesByStatusAndParty, statuses, parties), q.HasStatus ? Postings.Merged(knowledge.ReportsByStatusAndParty, statuses, parties) : [])
            : SpeakerCandidates(speakers, q.HasStatus);
        return ListItems(outcomes, statements, statuses, parties, bySpeaker: speakers is not null, excluded, minPartiesMatched: 0);
    }

    /// <summary>
    /// The items of <see cref="ListByFilter"/> among candidate outcomes and statements (ascending), involving at least
    /// <paramref name="minPartiesMatched"/> of the parties. The candidates are read once in article order and only the
    /// first few of each party count are kept, so a party with thousands of outcomes costs no sort. The walk stops
    /// once the items shown are settled (the best party count has its few) and <see cref="CountedAhead"/> more are
    /// counted: the total is then a floor ("…and at least 50 more"), so a big party's answer costs what it shows.
    /// </summary>
    private (List<Hit> Hits, int Total, bool TotalIsFloor) ListItems(IEnumerable<int> outcomeCandidates, IEnumerable<int> statementCandidates, uint statuses, IReadOnlyList<string> parties, bool bySpeaker,
        (HashSet<int> Outcomes, HashSet<int> Statements) excluded, int minPartiesMatched)
    {
        var (excludedOutcomes, excludedStatements) = excluded;
        var firsts = new FirstByPartyCount(MaxItems, parties.Count);
        var total = 0;
        var articleItems = new List<(int Kind, int Local, int Doc, int Matched)>();
        var namedSentences = new List<int>();
        var onlyInSentence = new List<int>();
        var listedSentences = new List<int>();
        var reportedSentences = new List<int>();
        using var outcomes = new PeekingCursor(outcomeCandidates);
        using var statements = new PeekingCursor(statementCandidates);
        while (!outcomes.Done || !statements.Done)
        {
            if (firsts.Settled && total >= MaxItems + CountedAhead)
            {
                return (firsts.ToList(), total, true);
            }
            var article = Math.Min(
                outcomes.Done ? int.MaxValue : knowledge.Outcomes[outcomes.Current].Article,
                statements.Done ? int.MaxValue : knowledge.Statements[statements.Current].Article);
            articleItems.Clear();
            namedSentences.Clear();
            listedSentences.Clear();
            reportedSentences.Clear();

            // Outcomes given to a party (or announced by the speaker) first; one whose sentence only names the party
            // is listed when no such outcome already speaks for its sentence.
            onlyInSentence.Clear();
            for (; !outcomes.Done && knowledge.Outcomes[outcomes.Current].Article == article; outcomes.MoveNext())
            {
                var outcome = outcomes.Current;
                ref readonly var entry = ref knowledge.Outcomes[outcome];
                if (!StatusWords.Contains(statuses, entry.Status) || (excludedOutcomes.Count > 0 && excludedOutcomes.Contains(outcome)))
                {
                    continue;
                }
                switch (bySpeaker ? Fit.Named : PartyFit(entry, parties))
                {
                    case Fit.Named:
                        namedSentences.Add(entry.Sentence);
                        articleItems.Add((0, entry.Local, outcome, PartiesMatched(entry, parties)));
                        break;
                    case Fit.Sentence:
                        onlyInSentence.Add(outcome);
                        break;
                }
            }
            listedSentences.AddRange(namedSentences);
            foreach (var outcome in onlyInSentence)
            {
                ref readonly var entry = ref knowledge.Outcomes[outcome];
                if (!namedSentences.Contains(entry.Sentence))
                {
                    listedSentences.Add(entry.Sentence);
                    articleItems.Add((0, entry.Local, outcome, PartiesMatched(entry, parties)));
                }
            }

            // A reported statement prints its whole sentence: one per sentence (the one involving most parties), and
            // none for a sentence an outcome already shows.
            var firstStatement = articleItems.Count;
            for (; !statements.Done && knowledge.Statements[statements.Current].Article == article; statements.MoveNext())
            {
                var statement = statements.Current;
                ref readonly var entry = ref knowledge.Statements[statement];
                if ((entry.Verbs & statuses) == 0 || entry.Kind != StatementKind.Reported
                    || listedSentences.Contains(entry.Sentence) || (excludedStatements.Count > 0 && excludedStatements.Contains(statement)))
                {
                    continue;
                }
                var matched = PartiesMatched(entry, parties);
                var same = reportedSentences.IndexOf(entry.Sentence);
                if (same < 0)
                {
                    reportedSentences.Add(entry.Sentence);
                    articleItems.Add((1, entry.Local, statement, matched));
                }
                else if (matched > articleItems[firstStatement + same].Matched)
                {
                    articleItems[firstStatement + same] = (1, entry.Local, statement, matched);
                }
            }

            articleItems.Sort((a, b) => (a.Kind, a.Local).CompareTo((b.Kind, b.Local)));
            foreach (var item in articleItems)
            {
                if (item.Matched >= minPartiesMatched)
                {
                    firsts.Add(new Hit(item.Doc, 0, 1, IsStatement: item.Kind == 1), item.Matched);
                    total++;
                }
            }
        }
        return (firsts.ToList(), total, false);
    }

    /// <summary>A forward cursor over ascending candidates, read as the walk needs them (a merged party list is never built whole).</summary>
    private sealed class PeekingCursor : IDisposable
    {
        private readonly IEnumerator<int> items;

        public PeekingCursor(IEnumerable<int> candidates)
        {
            items = candidates.GetEnumerator();
            MoveNext();
        }

        public bool Done { get; private set; }

        public int Current { get; private set; }

        public void MoveNext()
        {
            Done = !items.MoveNext();
            Current = Done ? -1 : items.Current;
        }

        public void Dispose() => items.Dispose();
    }

    /// <summary>
    /// The outcomes <see cref="ListByFilter"/> would walk for any of the parties, but only in the articles all of them
    /// take part in (<see cref="KnowledgeBase.ArticlesByParty"/>): an article's items are the same as in the whole walk,
    /// so each article is read the same way, and the walk costs what the parties share, not what the biggest party has.
    /// </summary>
    private IEnumerable<int> JointOutcomes(IEnumerable<int> sharedArticles, IReadOnlyList<string> parties)
    {
        foreach (var article in sharedArticles)
        {
            foreach (var outcome in knowledge.OutcomesByArticle[article])
            {
                var entry = knowledge.Outcomes[outcome];
                if (AnyOf(parties, entry.Parties) || AnyOf(parties, entry.SentenceParties))
                {
                    yield return outcome;
                }
            }
        }
    }

    /// <summary>The statements that may report an outcome of any of the parties, in the articles all of them take part in.</summary>
    private IEnumerable<int> JointStatements(IEnumerable<int> sharedArticles, IReadOnlyList<string> parties)
    {
        foreach (var article in sharedArticles)
        {
            foreach (var statement in knowledge.StatementsByArticle[article])
            {
                if (knowledge.Statements[statement].Verbs != StatusWords.None && SpeakerHasAny(knowledge.Statements[statement].Speaker, parties))
                {
                    yield return statement;
                }
            }
        }
    }

    /// <summary>A speaker's statements, and the outcomes they announced in the articles they speak in, ascending.</summary>
    private (int[] Outcomes, int[] Statements) SpeakerCandidates(HashSet<int> speakers, bool withStatements)
    {
        var outcomes = new List<int>();
        var statements = new List<int>();
        foreach (var speaker in speakers)
        {
            var lastArticle = -1;
            foreach (var statement in knowledge.StatementsBySpeaker[speaker])
            {
                var article = knowledge.Statements[statement].Article;
                if (article != lastArticle)
                {
                    foreach (var outcome in knowledge.OutcomesByArticle[article])
                    {
                        if (knowledge.Outcomes[outcome].AnnouncedBy == speaker)
                        {
                            outcomes.Add(outcome);
                        }
                    }
                    lastArticle = article;
                }
                if (withStatements)
                {
                    statements.Add(statement);
                }
            }
        }
        if (speakers.Count > 1)
        {
            outcomes.Sort();
            statements.Sort();
        }
        // One speaker's lists are already ascending and distinct; two speakers never share a statement, but may
        // have announced the same outcome together.
        return ([.. outcomes.Distinct()], [.. statements]);
    }

    /// <summary>The outcomes and statements an earlier answer of the conversation already showed, as numbers of this knowledge base.</summary>
    private (HashSet<int> Outcomes, HashSet<int> Statements) ResolveExcluded(HashSet<string> exclude)
    {
        var outcomes = new HashSet<int>();
        var statements = new HashSet<int>();
        foreach (var reference in exclude)
        {
            if (knowledge.Resolve(reference, 'o') is var outcome and >= 0)
            {
                outcomes.Add(outcome);
            }
            else if (knowledge.Resolve(reference, 's') is var statement and >= 0)
            {
                statements.Add(statement);
            }
        }
        return (outcomes, statements);
    }

    /// <summary>
    /// Keeps, from hits arriving in display order, the first few for each number of parties matched, so that the
    /// best few overall (most parties first, then arrival order) are known without keeping or sorting the rest.
    /// </summary>
    private sealed class FirstByPartyCount(int limit, int parties)
    {
        private readonly List<Hit>[] byCount = Enumerable.Range(0, parties + 1).Select(_ => new List<Hit>(limit)).ToArray();

        /// <summary>Whether the hits shown are known: the best party count (all of them) has its few, and later hits come after them.</summary>
        public bool Settled => byCount[parties].Count >= limit;

        public void Add(Hit hit, int partiesMatched)
        {
            var list = byCount[Math.Min(partiesMatched, parties)];
            if (list.Count < limit)
            {
                list.Add(hit);
            }
        }

        /// <summary>The best hits, best first, scored by rank.</summary>
        public List<Hit> ToList()
        {
            var hits = new List<Hit>(limit);
            for (var count = parties; count >= 0 && hits.Count < limit; count--)
            {
                foreach (var hit in byCount[count])
                {
                    if (hits.Count == limit)
                    {
                        break;
                    }
                    hits.Add(hit with { Score = -hits.Count });
                }
            }
            return hits;
        }
    }

    private static float StatusWeight(OutcomeStatus status, uint verbs, ParsedQuestion q)
    {
        if (StatusWords.Contains(q.PreferredStatuses, status))
        {
            return ExactStatus;
        }
        // The sentence's verb speaks for the outcome only within its family: "launched X, with Brussels pledging 1.2
        // billion euros" reports a pledge, but "approved X and agreed to explore Y" does not make X a proposal.
        if ((verbs & q.PreferredStatuses & StatusWords.Family(status)) != 0)
        {
            return StatusInSentence;
        }
        return StatusWords.Contains(q.AllowedStatuses, status) ? SameFamily : 0;
    }

    /// <summary>How an outcome relates to the parties asked about.</summary>
    private enum Fit
    {
        None,
        /// <summary>Its sentence names the party, the extractor did not give it to them.</summary>
        Sentence,
        /// <summary>It names no party and its article's headline names the party.</summary>
        Article,
        /// <summary>The extractor gave it to the party, or no party was asked about.</summary>
        Named,
    }

    private Fit PartyFit(in OutcomeEntry entry, IReadOnlyList<string> parties)
    {
        if (parties.Count == 0 || AnyOf(parties, entry.Parties))
        {
            return Fit.Named;
        }
        if (AnyOf(parties, entry.SentenceParties))
        {
            return Fit.Sentence;
        }
        return entry.Parties.Length == 0 && entry.SentenceParties.Length == 0 && AnyOf(parties, knowledge.ArticleParties[entry.Article])
            ? Fit.Article
            : Fit.None;
    }

    /// <summary>How many of the parties asked about an outcome involves (by its parties, its sentence or, naming none, its headline).</summary>
    private int PartiesMatched(in OutcomeEntry entry, IReadOnlyList<string> parties)
    {
        var headline = entry.Parties.Length == 0 && entry.SentenceParties.Length == 0 ? knowledge.ArticleParties[entry.Article] : [];
        var count = 0;
        for (var i = 0; i < parties.Count; i++)
        {
            var party = parties[i];
            if (Array.IndexOf(entry.Parties, party) >= 0 || Array.IndexOf(entry.SentenceParties, party) >= 0 || Array.IndexOf(headline, party) >= 0)
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>How many of the parties asked about a reported outcome involves: its speaker's and its article headline's.</summary>
    private int PartiesMatched(in StatementEntry entry, IReadOnlyList<string> parties)
    {
        var count = 0;
        for (var i = 0; i < parties.Count; i++)
        {
            if (knowledge.Directory.HasParty(entry.Speaker, parties[i]) || Array.IndexOf(knowledge.ArticleParties[entry.Article], parties[i]) >= 0)
            {
                count++;
            }
        }
        return count;
    }

    private static bool AnyOf(IReadOnlyList<string> wanted, string[] present)
    {
        for (var i = 0; i < wanted.Count; i++)
        {
            if (Array.IndexOf(present, wanted[i]) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    private static string WordsText(ParsedQuestion q, List<TextWord> words) =>
        string.Join(' ', words.Where(w => !SearchText.IsStopWord(w.Text)).Select(w => w.Text));

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
