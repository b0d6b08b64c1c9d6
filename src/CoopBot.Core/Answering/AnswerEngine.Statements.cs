using CoopBot.Core.Answering.Text;

namespace CoopBot.Core.Answering;

/// <summary>Who said what: statements by topic, by speaker, and the rest of a speaker's statements.</summary>
public sealed partial class AnswerEngine
{
    private Answer AnswerWhoSaid(Turn turn, ParsedQuestion q)
    {
        var writer = new AnswerWriter(knowledge);
        var query = new Query(TermsOf(q.Topic), knowledge.StatementIndex);
        if (query.IsEmpty)
        {
            writer.Line("Who said what about which topic? Ask for example \"Who talked about funding?\".");
            SuggestExamples(writer);
            return writer.Build(false, Intents.WhoSaid, NextState(turn, Intents.WhoSaid, writer));
        }

        // The event ("at the Tashkent meeting") only ranks statements of its article higher; what was said decides.
        var eventQuery = new Query(TermsOf(q.Event), knowledge.ArticleIndex);
        using var articles = knowledge.ArticleIndex.RentBoard();
        if (!eventQuery.IsEmpty)
        {
            knowledge.ArticleIndex.Score(eventQuery.Terms, articles);
        }
        var ranked = query.CanMatch ? RankStatements(query, NotShown(turn), eventQuery.IsEmpty ? null : articles, ClosestCoverage, rareTermsPick: true, limit: WhoSaidCandidates) : NoStatements;
        var hits = ranked.Hits;
        // A statement matching the question's rarest words far better than the others leaves out those that share only some.
        var answers = Distinct(hits.Where(h => h.Answers).ToList());
        if (answers.Count == 0)
        {
            answers = Distinct(hits.Where(h => AnswersWithItsArticle(query, h.Doc)).ToList());
        }
        var bestCoverage = answers.Count == 0 ? 0 : answers.Max(h => h.Coverage);
        answers = answers.Where(h => h.Coverage >= bestCoverage - 0.35f).ToList();
        if (answers.Count == 0)
        {
            writer.Line($"The articles don't say who talked about “{q.TopicText}”.");
            WriteClosestStatements(writer, hits);
            SuggestExamples(writer);
            return writer.Build(false, Intents.WhoSaid, NextState(turn, Intents.WhoSaid, writer, topic: q.TopicText));
        }

        // One line per speaker, with their best statement; weak matches far below the best are left out.
        var best = answers[0].Score;
        var bySpeaker = new List<Hit>();
        var speakers = new HashSet<int>();
        foreach (var hit in answers)
        {
            if (hit.Score >= best * 0.5f && speakers.Add(knowledge.Statements[hit.Doc].Speaker))
            {
                bySpeaker.Add(hit);
            }
        }
        var top = knowledge.Statements[bySpeaker[0].Doc].Speaker;
        if (bySpeaker.Count == 1)
        {
            writer.Line($"{Describe(knowledge.Speakers[top])} said it:");
            writer.Statement(bySpeaker[0].Doc, withSpeaker: false);
        }
        else
        {
            // Past the candidates ranked, more speakers may have said it: the count is then a floor.
            writer.Line($"{(ranked.Complete ? string.Empty : "At least ")}{bySpeaker.Count} speakers talked about “{q.TopicText}”:");
            foreach (var hit in bySpeaker.Take(MaxStatements))
            {
                writer.Statement(hit.Doc, withSpeaker: true);
            }
            writer.More(bySpeaker.Count - MaxStatements, atLeast: !ranked.Complete);
        }
        var name = knowledge.Speakers[top].Name;
        writer.Suggest($"What else did {name} say?");
        writer.Suggest($"Who is {name}?");
        if (bySpeaker.Count > 1)
        {
            writer.Suggest($"What did {knowledge.Speakers[knowledge.Statements[bySpeaker[1].Doc].Speaker].Name} say?");
        }
        return writer.Build(true, Intents.WhoSaid, NextState(turn, Intents.WhoSaid, writer, speaker: top, topic: q.TopicText));
    }

    /// <summary>
    /// Whether a statement answers once its article's title and lead supply the words it leaves to them: a question
    /// that restates the occasion ("Who proposed extending Taiwan's earthquake early warning cooperation with
    /// Guatemala … to volcano monitoring?") names the parties and the subject the article's lead gives, while the
    /// statement says only "proposed extending the cooperation to volcano monitoring". Tried only when no statement
    /// answers alone, on the closest ones the search kept.
    /// </summary>
    private bool AnswersWithItsArticle(Query query, int statement)
    {
        var (_, own) = knowledge.StatementIndex.ScoreDocument(statement, query.Terms);
        var fromArticle = ArticleMatch(query, knowledge.Statements[statement].Article);
        // The statement must still hold most of what its article does not: the lead alone cannot say who said it.
        return query.Answers(own | fromArticle) && query.Coverage(own, within: ~fromArticle) >= AnswerCoverage;
    }

    /// <summary>Which of the query's words an article's title, lead, month and year hold.</summary>
    private ulong ArticleMatch(Query query, int article) => knowledge.ArticleIndex.ScoreDocument(article, query.Terms).Mask;

    /// <summary>At most this many statements of the asked-for speakers are read for <see cref="StatementsWhereTopicIsTheArticles"/>.</summary>
    private const int OwnStatementsForArticleTopic = 64;

    /// <summary>
    /// The speakers' statements in the articles whose title and lead hold the topic: "What did Hembinda say about the Baynes
    /// hydropower agreement signed by Namibia and Angola?" names the report's own subject, which what was said there need
    /// not repeat. In article order; empty when no article of theirs is about the topic.
    /// </summary>
    private List<Hit> StatementsWhereTopicIsTheArticles(HashSet<int> speakers, Query query, Func<int, bool> accept)
    {
        var hits = new List<Hit>();
        var onTopic = new Dictionary<int, bool>();
        foreach (var speaker in speakers)
        {
            foreach (var statement in knowledge.StatementsBySpeaker[speaker])
            {
                var article = knowledge.Statements[statement].Article;
                if (!onTopic.TryGetValue(article, out var about))
                {
                    onTopic[article] = about = query.Answers(ArticleMatch(query, article));
                }
                if (about && accept(statement))
                {
                    hits.Add(new Hit(statement, 0, 1, IsStatement: true));
                }
            }
        }
        hits.Sort((a, b) => a.Doc.CompareTo(b.Doc));
        return Distinct(hits);
    }

    private Answer AnswerWhatSaid(Turn turn, ParsedQuestion q)
    {
        var writer = new AnswerWriter(knowledge);
        var descriptor = knowledge.Directory.Describe(q.Subject, unknownWordsAreNames: true);
        var resolution = Resolve(turn, descriptor);
        var subject = q.SubjectText;
        if (!resolution.Found)
        {
            return AnswerNobody(turn, writer, Intents.WhatSaid, resolution, descriptor, subject, q.TopicText);
        }

        var speakers = resolution.Speakers;
        var country = descriptor.Parties.Count > 0 ? descriptor.Parties[0] : null;
        var query = new Query(TermsOf(q.Topic), knowledge.StatementIndex);
        var eventQuery = new Query(TermsOf(q.Event), knowledge.ArticleIndex);
        using var articles = knowledge.ArticleIndex.RentBoard();
        if (!eventQuery.IsEmpty)
        {
            knowledge.ArticleIndex.Score(eventQuery.Terms, articles);
        }

        var set = new HashSet<int>(speakers);
        // Asked of thousands of statements when a country's speakers are many: a bit, not a hash.
        var members = DocumentSet.Of(knowledge.Speakers.Count, set);
        var exclude = turn.Exclude.Count > 0;
        bool Accept(int statement) =>
            members.Contains(knowledge.Statements[statement].Speaker) && !(exclude && turn.Exclude.Contains(knowledge.StatementRef(statement)));

        List<Hit> shown;
        int total;
        var totalIsFloor = false;
        var matchedTopic = true;
        if (!query.IsEmpty)
        {
            // The speakers' statements holding the words, counted exactly: looked up one by one when they are few, found
            // by walking the words' postings when looking them all up would cost more (a country's ministers have
            // thousands); with more statements than postings, a top-k search.
            var own = set.Sum(s => knowledge.StatementsBySpeaker[s].Length);
            var postings = query.Terms.Sum(knowledge.StatementIndex.DocumentFrequency);
            var lookups = (long)own * query.Terms.Count(t => t >= 0);
            List<Hit> matched;
            int count;
            if (own <= postings && lookups * LookupsPerPosting <= postings)
            {
                (matched, count) = ScoreStatementsOf(set, query, Accept, eventQuery.IsEmpty ? null : articles, limit: 64);
            }
            else if (own <= postings)
            {
                (matched, count) = StatementsHoldingTerms(query, Accept, eventQuery.IsEmpty ? null : articles, limit: 64);
            }
            else
            {
                var ranked = RankStatements(query, Accept, eventQuery.IsEmpty ? null : articles, float.Epsilon, rareTermsPick: false, limit: 64, counted: true);
                (matched, count, totalIsFloor) = (ranked.Hits, ranked.Count, !ranked.CountIsExact);
            }
            // Statements printed as the same sentence count once.
            var distinct = Distinct(matched);
            count -= matched.Count - distinct.Count;
            matched = distinct;
            var best = matched.Count > MaxStatements ? matched.GetRange(0, MaxStatements) : [.. matched];
            if (best.Count > 0 && speakers.Count == 1)
            {
                var before = best.Count;
                best.AddRange(Neighbours(best, speakers[0], Accept).Where(h => !matched.Exists(m => m.Doc == h.Doc)));
                best = Distinct(best);
                count += best.Count - before;
            }
            matchedTopic = count > 0;
            total = count;
            shown = best.Count > MaxStatements ? best.GetRange(0, MaxStatements) : best;
            if (!matchedTopic && own <= OwnStatementsForArticleTopic && StatementsWhereTopicIsTheArticles(set, query, Accept) is { Count: > 0 } onTopic)
            {
                matchedTopic = true;
                total = onTopic.Count;
                shown = onTopic.Count > MaxStatements ? onTopic.GetRange(0, MaxStatements) : onTopic;
            }
        }
        else
        {
            var (best, all) = StatementsOf(speakers, resolution, descriptor, Accept, eventQuery.IsEmpty ? null : articles, MaxStatements * 4, everyCandidateAccepted: !exclude);
            // Only the best few are checked for repeats; the count of the rest is close enough for "and N more".
            var distinct = Distinct(best);
            total = all - (best.Count - distinct.Count);
            shown = distinct.Count > MaxStatements ? distinct.GetRange(0, MaxStatements) : distinct;
        }

        var single = speakers.Count == 1 || shown.Select(h => knowledge.Statements[h.Doc].Speaker).Distinct().Count() == 1;
        var speaker = shown.Count > 0 ? knowledge.Statements[shown[0].Doc].Speaker : speakers[0];
        if (!matchedTopic)
        {
            writer.Line(speakers.Count == 1
                ? $"The articles don't report {knowledge.Speakers[speaker].Name} saying anything about “{q.TopicText}”."
                : $"The articles don't report {Whom(descriptor, subject)} saying anything about “{q.TopicText}”.");
            var others = Distinct(StatementsOf(speakers, resolution, descriptor, Accept, null, 8, everyCandidateAccepted: !exclude).Hits);
            if (others.Count > 0)
            {
                writer.Line("Closest I have:");
                foreach (var hit in Top(others, 2))
                {
                    writer.Statement(hit.Doc, withSpeaker: true);
                }
            }
            writer.Suggest(speakers.Count == 1 ? $"What did {knowledge.Speakers[speaker].Name} say?" : $"What did {subject} say?");
            SuggestExamples(writer);
            return writer.Build(false, Intents.WhatSaid, NextState(turn, Intents.WhatSaid, writer, speaker: speakers.Count == 1 ? speaker : -1, country: country, topic: q.TopicText));
        }
        if (shown.Count == 0)
        {
            var who = speakers.Count == 1 ? knowledge.Speakers[speaker].Name : Whom(descriptor, subject);
            writer.Line(turn.Exclude.Count > 0 ? $"That's everything I have from {who}." : $"The articles don't quote {who}.");
            SuggestExamples(writer);
            return writer.Build(turn.Exclude.Count > 0, Intents.WhatSaid, NextState(turn, Intents.WhatSaid, writer, speaker: speakers.Count == 1 ? speaker : -1, country: country, continueShown: true));
        }

        var about = query.IsEmpty ? string.Empty : $" about “{q.TopicText}”";
        if (single)
        {
            writer.Line($"{Describe(knowledge.Speakers[speaker])}{(turn.Exclude.Count > 0 ? " also said" : " said")}{about}:");
        }
        else
        {
            writer.Line($"What {Whom(descriptor, subject)} said{about}:");
        }
        foreach (var hit in shown)
        {
            writer.Statement(hit.Doc, withSpeaker: !single);
        }
        writer.More(total - shown.Count, atLeast: totalIsFloor);

        var name = knowledge.Speakers[speaker].Name;
        if (single)
        {
            if (total > shown.Count || knowledge.StatementsBySpeaker[speaker].Length > shown.Count + turn.Exclude.Count)
            {
                writer.Suggest($"What else did {name} say?");
            }
            writer.Suggest($"Who is {name}?");
        }
        else
        {
            writer.Suggest($"What did {name} say?");
            writer.Suggest("Tell me more about the first one");
        }
        writer.Suggest("Which outcomes were agreed?");
        var state = NextState(turn, Intents.WhatSaid, writer, speaker: single ? speaker : -1, country: country,
            topic: query.IsEmpty ? null : q.TopicText, article: knowledge.Statements[shown[0].Doc].Article, continueShown: turn.Exclude.Count > 0);
        return writer.Build(true, Intents.WhatSaid, state);
    }

    /// <summary>"What else did she say?": the last speaker's statements not shown yet, or the rest of the last list.</summary>
    private Answer AnswerWhatElse(Turn turn, ParsedQuestion q)
    {
        var state = turn.State;
        var exclude = new HashSet<string>(state.ShownItems, StringComparer.Ordinal);
        if (state.LastSpeakerId is { } id && knowledge.Directory.IndexOf(id) is var speaker and >= 0
            && (state.LastIntent is Intents.WhatSaid or Intents.WhoSaid or Intents.WhoIs or Intents.Item or Intents.WhatElse || q.Topic.Count > 0))
        {
            var bySpeaker = new ParsedQuestion { Intent = Intents.WhatSaid, Folded = q.Folded, Words = q.Words, SubjectOverride = knowledge.Speakers[speaker].Name };
            bySpeaker.Topic.AddRange(q.Topic);
            var next = new Turn(turn.Question, state) { KeepLastQuestion = true, Exclude = exclude, Speaker = speaker };
            return AnswerWhatSaid(next, bySpeaker);
        }
        if (state.LastQuestion is { } last)
        {
            var again = QuestionParser.Parse(last);
            if (again.Intent is Intents.WhatSaid or Intents.WhoSaid or Intents.Outcomes)
            {
                return Dispatch(new Turn(last, state) { KeepLastQuestion = true, Exclude = exclude, Paging = true }, again);
            }
        }
        var writer = new AnswerWriter(knowledge);
        writer.Line("Else about whom? Ask about a person first, e.g. \"What did … say?\", then \"what else did she say?\".");
        SuggestExamples(writer);
        return writer.Build(false, Intents.WhatElse, NextState(turn, Intents.WhatElse, writer, keepItems: true));
    }

    /// <summary>A question that fits no pattern: a bare name or country, or topic words searched in statements and outcomes.</summary>
    private Answer AnswerSearch(Turn turn, ParsedQuestion q)
    {
        var descriptor = knowledge.Directory.Describe(q.Subject, unknownWordsAreNames: true);
        if (descriptor.OtherWords.Count == 0 && descriptor.RoleTerms.Count == 0 && (descriptor.Names.Count > 0 || descriptor.Parties.Count > 0))
        {
            var resolution = knowledge.Directory.Resolve(descriptor);
            if (resolution.Found && descriptor.Names.Count > 0)
            {
                return AnswerWhoIs(turn, q);
            }
            if (resolution.Found)
            {
                var bySubject = new ParsedQuestion { Intent = Intents.WhatSaid, Folded = q.Folded, Words = q.Words, SubjectOverride = q.SubjectOverride };
                bySubject.Subject.AddRange(q.Subject);
                return AnswerWhatSaid(turn, bySubject);
            }
        }

        var writer = new AnswerWriter(knowledge);
        var query = new Query(TermsOf(q.Topic), knowledge.StatementIndex);
        if (query.IsEmpty)
        {
            writer.Line("I didn't understand the question. I can tell you who said what, and which outcomes were agreed or proposed.");
            SuggestExamples(writer);
            return writer.Build(false, Intents.Search, NextState(turn, Intents.Search, writer));
        }
        // The event ("… after the ASEAN Regional Forum") only ranks items of its article higher, as in a who-said question.
        var eventQuery = new Query(TermsOf(q.Event), knowledge.ArticleIndex);
        using var articles = knowledge.ArticleIndex.RentBoard();
        if (!eventQuery.IsEmpty)
        {
            knowledge.ArticleIndex.Score(eventQuery.Terms, articles);
        }
        var eventArticles = eventQuery.IsEmpty ? null : articles;
        var ranked = query.CanMatch ? RankStatements(query, null, eventArticles, ClosestCoverage, rareTermsPick: true, limit: 50) : NoStatements;
        var statements = ranked.Hits;
        var outcomes = query.CanMatch ? RankOutcomes(query, eventArticles) : [];
        var found = Distinct(statements.Where(h => h.Answers).Concat(outcomes.Where(h => h.Answers)).ToList());
        if (found.Count == 0)
        {
            writer.Line($"The articles don't say anything about “{q.TopicText}”.");
            WriteClosestStatements(writer, statements);
            SuggestExamples(writer);
            return writer.Build(false, Intents.Search, NextState(turn, Intents.Search, writer, topic: q.TopicText));
        }
        var shown = Top(found, MaxStatements);
        writer.Line($"What the articles say about “{q.TopicText}”:");
        foreach (var hit in shown)
        {
            if (hit.IsStatement)
            {
                writer.Statement(hit.Doc, withSpeaker: true);
            }
            else
            {
                writer.Outcome(hit.Doc);
            }
        }
        writer.More(found.Count - shown.Count, atLeast: !ranked.Complete);
        writer.Suggest("Tell me more about the first one");
        SuggestExamples(writer);
        return writer.Build(true, Intents.Search, NextState(turn, Intents.Search, writer, topic: q.TopicText));
    }

    /// <summary>The speakers a subject means; a pronoun means the last speaker of the conversation.</summary>
    private SpeakerResolution Resolve(Turn turn, Descriptor descriptor)
    {
        if (turn.Speaker >= 0)
        {
            return new SpeakerResolution([turn.Speaker], SpeakerMatch.Name);
        }
        if (descriptor.Pronoun && descriptor.Names.Count == 0 && descriptor.Parties.Count == 0)
        {
            // After an answer about several people, "who is she?" means the people it listed.
            return turn.State.LastSpeakerId is { } id && knowledge.Directory.IndexOf(id) is var last and >= 0
                ? new SpeakerResolution([last], SpeakerMatch.Pronoun)
                : new SpeakerResolution(SpeakersOfLastList(turn.State), SpeakerMatch.Pronoun);
        }
        return knowledge.Directory.Resolve(descriptor);
    }

    /// <summary>The people of the last list, in its order: the speakers of its statements, its profiles, the announcers of its outcomes.</summary>
    private List<int> SpeakersOfLastList(ConversationState state)
    {
        var speakers = new List<int>();
        foreach (var item in state.Items)
        {
            // The same references "tell me more about the second one" reads (AnswerItem); Resolve checks the kind.
            var speaker = item[0] switch
            {
                's' when knowledge.Resolve(item, 's') is var statement and >= 0 => knowledge.Statements[statement].Speaker,
                'o' when knowledge.Resolve(item, 'o') is var outcome and >= 0 => knowledge.Outcomes[outcome].AnnouncedBy,
                'p' => knowledge.Directory.IndexOf(item[2..]),
                _ => -1,
            };
            if (speaker >= 0 && !speakers.Contains(speaker))
            {
                speakers.Add(speaker);
            }
        }
        return speakers;
    }

    /// <summary>The answer when no speaker fits the subject: an unknown name (with look-alikes) or nobody of that country or title.</summary>
    private Answer AnswerNobody(Turn turn, AnswerWriter writer, string intent, SpeakerResolution resolution, Descriptor descriptor, string subject, string topic)
    {
        var about = topic.Length > 0 ? $" about “{topic}”" : string.Empty;
        if (descriptor.IsEmpty)
        {
            writer.Line(intent == Intents.WhoIs ? "Who do you mean? Ask about a person by name, e.g. \"Who is …?\"." : "Whose words do you mean? Ask about a person, a country or an office, e.g. \"What did … say?\".");
        }
        else if (resolution.Match == SpeakerMatch.Pronoun)
        {
            writer.Line("Who do you mean? Ask about a person first, e.g. \"What did … say?\".");
        }
        else if (intent == Intents.WhoIs)
        {
            writer.Line($"The articles don't mention {subject}.");
        }
        else
        {
            writer.Line($"The articles don't say what {subject} said{about}.");
        }
        if (resolution.Closest.Count > 0)
        {
            writer.Line("Closest I have: " + string.Join("; ", resolution.Closest.Select(i => Describe(knowledge.Speakers[i]))) + ".");
            writer.Suggest($"Who is {knowledge.Speakers[resolution.Closest[0]].Name}?");
            foreach (var speaker in resolution.Closest)
            {
                writer.AddItem("p:" + knowledge.Speakers[speaker].Id);
            }
        }
        writer.Suggest("Who spoke?");
        SuggestExamples(writer);
        return writer.Build(false, intent, NextState(turn, intent, writer, topic: topic.Length > 0 ? topic : null));
    }

    /// <summary>"speakers from Cambodia" or "the deputy head" as the subject of a sentence.</summary>
    /// <summary>A name as the user typed it, capitalised when they typed it all in lower case ("mwangi" → "Mwangi").</summary>
    private static string AsTyped(string name) =>
        name.Any(char.IsUpper) ? name : string.Join(' ', name.Split(' ').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));

    private static string Whom(Descriptor descriptor, string subject) =>
        descriptor.Names.Count > 0 ? $"speakers named {AsTyped(subject)}"
        : descriptor.Parties.Count == 0 ? $"the {subject}"
        : descriptor.RoleTerms.Count == 0 ? $"speakers from {string.Join(" and ", descriptor.Parties)}"
        : $"the {subject}";

    /// <summary>
    /// The best <paramref name="limit"/> statements holding the query's terms, by score (plus their article's score
    /// for the event, if given), among those matching at least <paramref name="minCoverage"/> of the query; a top-k
    /// search, so statements that cannot make the list are not scored. <see cref="RankedStatements.Complete"/> says
    /// whether they are all there are; otherwise there may be more beyond the list. Only when
    /// <paramref name="counted"/> does <see cref="RankedStatements.Count"/> count the statements that passed the filters.
    /// </summary>
    private RankedStatements RankStatements(Query query, Func<int, bool>? accept, ScoreBoard? articles, float minCoverage, bool rareTermsPick, int limit, bool counted = false)
    {
        var collector = new StatementCollector(knowledge, query, accept, articles, minCoverage, limit, counted);
        var everyStatement = knowledge.StatementIndex.Search(query.Terms, collector, rareTermsPick ? AnswerCoverage : 0);
        var allRanked = collector.Top.Count < limit;
        return new RankedStatements(collector.Top.ToList(), collector.Count, Complete: allRanked, CountIsExact: everyStatement || allRanked);
    }

    /// <summary>
    /// Ranked statements: the best hits; whether they are all that match (the list never filled), else more match
    /// beyond it; how many statements passed the filters while searching, and whether that count is every one (the
    /// search scored them all) or a floor.
    /// </summary>
    private readonly record struct RankedStatements(List<Hit> Hits, int Count, bool Complete, bool CountIsExact);

    /// <summary>Keeps the best statements a top-k search finds, after the question's own filters, and tells the search what still matters.</summary>
    private sealed class StatementCollector : ITopScoreCollector
    {
        private readonly KnowledgeBase knowledge;
        private readonly Query query;
        private readonly Func<int, bool>? accept;
        private readonly ScoreBoard? articles;
        private readonly float minCoverage;
        private readonly bool counted;

        /// <summary>The most an article's score can add to a statement's: the search's bounds allow for it.</summary>
        private readonly float articleBonus;

        public StatementCollector(KnowledgeBase knowledge, Query query, Func<int, bool>? accept, ScoreBoard? articles, float minCoverage, int limit, bool counted)
        {
            this.knowledge = knowledge;
            this.query = query;
            this.accept = accept;
            this.articles = articles;
            this.minCoverage = minCoverage;
            this.counted = counted;
            Top = new TopHits(limit);
            if (articles is not null)
            {
                foreach (var article in articles.Touched)
                {
                    articleBonus = Math.Max(articleBonus, ArticleWeight * articles.ScoreOf(article));
                }
            }
        }

        public TopHits Top { get; }

        /// <summary>How many statements passed the filters (all of them when the list never filled); 0 unless counted.</summary>
        public int Count { get; private set; }

        public float Threshold => Top.IsFull ? Top.Floor : float.NegativeInfinity;

        public bool CountsEveryDocument => counted;

        public float BonusBound => articleBonus;

        public float Bonus(int doc) => articles is null ? 0 : ArticleWeight * articles.ScoreOf(knowledge.Statements[doc].Article);

        public void Collect(int doc, float score, ulong mask)
        {
            var bonus = Bonus(doc);
            // When nothing is counted, a statement the full list would drop anyway needs no closer look: a search that
            // adds up the postings hands over thousands.
            if (!counted && Top.IsFull && score + bonus < Top.Floor)
            {
                return;
            }
            // The filter first: it rules out most of what a country's or a name's question walks (other speakers' statements).
            if (accept is not null && !accept(doc))
            {
                return;
            }
            var coverage = query.Coverage(mask);
            if (coverage < minCoverage)
            {
                return;
            }
            score += bonus;
            Count += counted ? 1 : 0;
            Top.Add(new Hit(doc, score, coverage, IsStatement: true, Enough: query.Enough(mask)));
        }
    }

    /// <summary>The best statements of a few speakers that hold any of the query's terms, scored one by one, and how many hold one.</summary>
    private (List<Hit> Top, int Count) ScoreStatementsOf(HashSet<int> speakers, Query query, Func<int, bool> accept, ScoreBoard? articles, int limit)
    {
        var top = new TopHits(limit);
        var count = 0;
        foreach (var speaker in speakers)
        {
            foreach (var statement in knowledge.StatementsBySpeaker[speaker])
            {
                var (score, mask) = knowledge.StatementIndex.ScoreDocument(statement, query.Terms);
                if (mask == 0 || !accept(statement))
                {
                    continue;
                }
                if (articles is not null)
                {
                    score += ArticleWeight * articles.ScoreOf(knowledge.Statements[statement].Article);
                }
                count++;
                top.Add(new Hit(statement, score, query.Coverage(mask), IsStatement: true));
            }
        }
        return (top.ToList(), count);
    }

    /// <summary>
    /// About how many postings can be walked for the cost of looking one term up in one statement's term list: the
    /// walk reads memory in order, a look-up jumps to the statement's list elsewhere and searches it.
    /// </summary>
    private const int LookupsPerPosting = 4;

    /// <summary>
    /// What <see cref="ScoreStatementsOf"/> gives — the best accepted statements holding any of the query's terms, and
    /// how many there are — found by walking the terms' postings (the same floats: each term added in query order).
    /// </summary>
    private (List<Hit> Top, int Count) StatementsHoldingTerms(Query query, Func<int, bool> accept, ScoreBoard? articles, int limit)
    {
        using var board = knowledge.StatementIndex.RentBoard();
        knowledge.StatementIndex.Score(query.Terms, board);
        var top = new TopHits(limit);
        var count = 0;
        foreach (var statement in board.Touched)
        {
            if (!accept(statement))
            {
                continue;
            }
            var score = board.ScoreOf(statement);
            if (articles is not null)
            {
                score += ArticleWeight * articles.ScoreOf(knowledge.Statements[statement].Article);
            }
            count++;
            top.Add(new Hit(statement, score, query.Coverage(board.MaskOf(statement)), IsStatement: true));
        }
        return (top.ToList(), count);
    }

    private Func<int, bool>? NotShown(Turn turn) =>
        turn.Exclude.Count == 0 ? null : statement => !turn.Exclude.Contains(knowledge.StatementRef(statement));

    /// <summary>
    /// A speaker's statements next to one that matched (within two sentences, same article): a quote often
    /// continues the point of the reported sentence before it without repeating its words.
    /// </summary>
    private List<Hit> Neighbours(List<Hit> matched, int speaker, Func<int, bool> accept)
    {
        var seen = new HashSet<int>();
        var near = new HashSet<(int Article, int Sentence)>();
        foreach (var hit in matched)
        {
            seen.Add(hit.Doc);
            var entry = knowledge.Statements[hit.Doc];
            for (var d = -2; d <= 2; d++)
            {
                near.Add((entry.Article, entry.Sentence + d));
            }
        }
        var extra = new List<Hit>();
        var lowest = matched.Min(h => h.Score) - 1e-3f;
        foreach (var statement in knowledge.StatementsBySpeaker[speaker])
        {
            var entry = knowledge.Statements[statement];
            if (!seen.Contains(statement) && near.Contains((entry.Article, entry.Sentence)) && accept(statement))
            {
                extra.Add(new Hit(statement, lowest * 0.5f, 0, IsStatement: true));
            }
        }
        return extra;
    }

    /// <summary>
    /// All statements of the speakers, newest first (those of the event's best article first, if an event is given);
    /// without an event only the first <paramref name="keep"/> are kept, the rest only counted.
    /// </summary>
    // everyCandidateAccepted: accept takes every statement of the speakers (nothing shown yet to leave out).
    private (List<Hit> Hits, int Total) StatementsOf(IReadOnlyList<int> speakers, SpeakerResolution resolution, Descriptor descriptor, Func<int, bool> accept, ScoreBoard? articles, int keep, bool everyCandidateAccepted)
    {
        IEnumerable<int> candidates;
        int candidateCount;
        if (resolution.Match == SpeakerMatch.Party && descriptor.RoleTerms.Count == 0 && descriptor.Parties.Count == 1
            && knowledge.StatementsByParty.TryGetValue(descriptor.Parties[0], out var byParty))
        {
            candidates = byParty;
            candidateCount = byParty.Length;
        }
        else
        {
            candidates = NewestFirst(speakers);
            candidateCount = 0;
            foreach (var speaker in speakers)
            {
                candidateCount += knowledge.StatementsBySpeaker[speaker].Length;
            }
        }
        var hits = new List<Hit>();
        var total = 0;
        var top = articles is null ? null : new TopHits(keep);
        if (top is null && everyCandidateAccepted)
        {
            // Newest first and nothing to leave out: the first few are the answer and the count is the lists'
            // (a country's or a common surname's statements can run to thousands).
            foreach (var statement in candidates.Take(keep))
            {
                hits.Add(new Hit(statement, -hits.Count, 1, IsStatement: true));
            }
            return (hits, candidateCount);
        }
        foreach (var statement in candidates)
        {
            if (!accept(statement))
            {
                continue;
            }
            total++;
            if (top is not null)
            {
                top.Add(new Hit(statement, articles!.ScoreOf(knowledge.Statements[statement].Article) - statement * 1e-7f, 1, IsStatement: true));
            }
            else if (hits.Count < keep)
            {
                hits.Add(new Hit(statement, -hits.Count, 1, IsStatement: true));
            }
        }
        return (top?.ToList() ?? hits, total);
    }

    /// <summary>
    /// Drops hits that would print the same line as an earlier one: two reported statements of one sentence
    /// ("highlighted X and called for Y") both print that sentence.
    /// </summary>
    /// <summary>
    /// The speakers' statements in one ascending run (lower numbers are newer articles), merged as they are read from
    /// each speaker's own ascending list: the first few cost a few steps, not a sort of them all.
    /// </summary>
    private IEnumerable<int> NewestFirst(IReadOnlyList<int> speakers)
    {
        if (speakers.Count == 1)
        {
            foreach (var statement in knowledge.StatementsBySpeaker[speakers[0]])
            {
                yield return statement;
            }
            yield break;
        }
        var next = new PriorityQueue<(int[] List, int At), int>(speakers.Count);
        foreach (var speaker in speakers)
        {
            var list = knowledge.StatementsBySpeaker[speaker];
            if (list.Length > 0)
            {
                next.Enqueue((list, 0), list[0]);
            }
        }
        while (next.TryDequeue(out var cursor, out var statement))
        {
            yield return statement;
            if (cursor.At + 1 < cursor.List.Length)
            {
                next.Enqueue((cursor.List, cursor.At + 1), cursor.List[cursor.At + 1]);
            }
        }
    }

    private List<Hit> Distinct(List<Hit> hits)
    {
        var seen = new HashSet<(int, int, int)>();
        var distinct = new List<Hit>(hits.Count);
        foreach (var hit in hits)
        {
            if (seen.Add(Key(hit)))
            {
                distinct.Add(hit);
            }
        }
        return distinct;
    }

    /// <summary>Reported statements print their sentence, so one key per sentence; quotes and outcomes are their own.</summary>
    private (int, int, int) Key(Hit hit)
    {
        if (!hit.IsStatement)
        {
            return (-1, hit.Doc, 0);
        }
        ref readonly var entry = ref knowledge.Statements[hit.Doc];
        return entry.Kind == Extraction.StatementKind.Direct ? (entry.Article, -2, hit.Doc) : (entry.Article, entry.Sentence, -1);
    }

    private void WriteClosestStatements(AnswerWriter writer, List<Hit> hits)
    {
        var closest = Distinct(hits.Where(h => h.Coverage >= ClosestCoverage).Take(4).ToList()).Take(2).ToList();
        if (closest.Count == 0)
        {
            return;
        }
        writer.Line("Closest I have:");
        foreach (var hit in closest)
        {
            if (hit.IsStatement)
            {
                writer.Statement(hit.Doc, withSpeaker: true);
            }
            else
            {
                writer.Outcome(hit.Doc);
            }
        }
        writer.Suggest("Tell me more about the first one");
    }

    private void SuggestExamples(AnswerWriter writer)
    {
        foreach (var example in knowledge.Examples.Value.Questions.Take(3))
        {
            writer.Suggest(example);
        }
    }
}
