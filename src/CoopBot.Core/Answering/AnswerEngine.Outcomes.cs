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

        var (hits, total) = query.IsEmpty ? ListOutcomes(q, parties, speakers, turn.Exclude)
            : query.CanMatch ? RankOutcomes(q, query, parties, speakers, turn.Exclude)
            : ([], 0);
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
        writer.More(Math.Max(total, answers.Count) - shown.Count);

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
    /// </summary>
    private (List<Hit> Hits, int Total) RankOutcomes(ParsedQuestion q, Query query, IReadOnlyList<string> parties, HashSet<int>? speakers, HashSet<string> exclude)
    {
        using var articleBoard = knowledge.ArticleIndex.RentBoard();
        using var outcomeBoard = knowledge.OutcomeIndex.RentBoard();
        var topArticles = RankArticles(query, articleBoard, ArticlesConsidered);
        knowledge.OutcomeIndex.Score(query.Terms, outcomeBoard, minCoverage: AnswerCoverage);

        var top = new TopHits(200);
        var answers = 0;
        var strongAnswers = 0;
        var named = new HashSet<(int Article, int Sentence)>();
        var onlyInSentence = new List<Hit>();
        var excluding = exclude.Count > 0;

        void Consider(int outcome)
        {
            ref readonly var entry = ref knowledge.Outcomes[outcome];
            var coverage = query.Coverage(outcomeBoard.MaskOf(outcome) | articleBoard.MaskOf(entry.Article));
            var weight = coverage < ClosestCoverage ? 0 : StatusWeight(entry.Status, entry.Verbs, q);
            if (weight == 0)
            {
                return;
            }
            var fit = parties.Count == 0 ? Fit.Named : PartyFit(entry, parties);
            if (fit == Fit.None || (speakers is not null && !speakers.Contains(entry.AnnouncedBy))
                || (excluding && exclude.Contains(knowledge.OutcomeRef(outcome))))
            {
                return;
            }
            var score = (outcomeBoard.ScoreOf(outcome) + ArticleWeight * articleBoard.ScoreOf(entry.Article)) * weight;
            if (parties.Count > 1)
            {
                score *= 1 + (0.25f * (PartiesMatched(entry, parties) - 1));
            }
            var hit = new Hit(outcome, score, coverage, Strong: weight > SameFamily);
            if (fit == Fit.Sentence)
            {
                onlyInSentence.Add(hit);
                return;
            }
            if (fit == Fit.Named && parties.Count > 0)
            {
                named.Add((entry.Article, entry.Sentence));
            }
            Keep(hit);
        }

        void Keep(Hit hit)
        {
            top.Add(hit);
            if (hit.Coverage >= AnswerCoverage)
            {
                answers++;
                strongAnswers += hit.Strong ? 1 : 0;
            }
        }

        // The outcomes holding the question's words, and every outcome of the best-matching articles; when the
        // parties' own outcomes are fewer than those, only theirs (scored one by one).
        // Every outcome worth showing holds a word of the question or belongs to one of the best articles, so the
        // candidates are the touched outcomes, or the parties' own touched ones when those are fewer.
        var byParty = parties.Count > 0 ? PartyOutcomes(parties, outcomeBoard.Touched.Count) : null;
        foreach (var outcome in byParty ?? outcomeBoard.Touched)
        {
            if (outcomeBoard.MaskOf(outcome) != 0)
            {
                Consider(outcome);
            }
        }
        foreach (var article in topArticles)
        {
            foreach (var outcome in knowledge.OutcomesByArticle[article.Doc])
            {
                if (outcomeBoard.MaskOf(outcome) == 0)
                {
                    Consider(outcome);
                }
            }
        }
        // "Norway pledged 1.1 billion kroner, and Germany pledged 150 million euros": when the sentence gives the
        // asked-for party its own outcome, the other outcomes of that sentence belong to the other parties.
        foreach (var hit in onlyInSentence)
        {
            var value = knowledge.OutcomeOf(hit.Doc);
            if (!named.Contains((knowledge.Outcomes[hit.Doc].Article, value.SentenceIndex)))
            {
                Keep(hit);
            }
        }

        // A statement whose sentence uses the asked-for verb reports an outcome the extractor may not list on its own.
        if (q.HasStatus)
        {
            var sentences = new HashSet<(int Article, int Sentence)>();
            foreach (var (hit, _) in top.Items())
            {
                sentences.Add((knowledge.Outcomes[hit.Doc].Article, knowledge.Outcomes[hit.Doc].Sentence));
            }
            using var statementBoard = knowledge.StatementIndex.RentBoard();
            knowledge.StatementIndex.Score(query.Terms, statementBoard, minCoverage: AnswerCoverage);

            void ConsiderStatement(int statement)
            {
                ref readonly var entry = ref knowledge.Statements[statement];
                // Only reported speech: words inside quote marks are never an outcome.
                if ((entry.Verbs & q.PreferredStatuses) == 0 || entry.Kind != StatementKind.Reported
                    || (parties.Count > 0 && !SpeakerHasAny(entry.Speaker, parties))
                    || (speakers is not null && !speakers.Contains(entry.Speaker))
                    || sentences.Contains((entry.Article, entry.Sentence))
                    || (excluding && exclude.Contains(knowledge.StatementRef(statement))))
                {
                    return;
                }
                var coverage = query.Coverage(statementBoard.MaskOf(statement) | articleBoard.MaskOf(entry.Article));
                if (coverage < ClosestCoverage)
                {
                    return;
                }
                var score = (statementBoard.ScoreOf(statement) + ArticleWeight * articleBoard.ScoreOf(entry.Article)) * StatusInSentence;
                if (parties.Count > 1)
                {
                    score *= 1 + (0.25f * (PartiesMatched(entry, parties) - 1));
                }
                Keep(new Hit(statement, score, coverage, IsStatement: true));
            }

            var byPartySaid = parties.Count > 0 ? PartyStatements(parties, statementBoard.Touched.Count) : null;
            foreach (var statement in byPartySaid ?? statementBoard.Touched)
            {
                if (statementBoard.MaskOf(statement) != 0)
                {
                    ConsiderStatement(statement);
                }
            }
            foreach (var article in topArticles)
            {
                foreach (var statement in knowledge.StatementsByArticle[article.Doc])
                {
                    if (statementBoard.MaskOf(statement) == 0)
                    {
                        ConsiderStatement(statement);
                    }
                }
            }
        }

        var hits = Distinct(top.ToList());
        // Outcomes of the asked-for status make the rest of their family noise ("signed" does not want "agreed");
        // far weaker matches (another event sharing a word or two) would only bury the answer.
        var strong = strongAnswers > 0;
        var best = hits.FirstOrDefault(h => h.Coverage >= AnswerCoverage && (h.Strong || !strong)).Score;
        var kept = hits.Where(h => h.Coverage < AnswerCoverage || ((h.Strong || !strong) && h.Score >= best * 0.3f)).ToList();
        var shown = kept.Count(h => h.Coverage >= AnswerCoverage);
        // Past the two hundred kept, the count of answers is an estimate from all candidates.
        return (kept, top.Count < 200 ? shown : Math.Max(shown, strong ? strongAnswers : answers));
    }

    /// <summary>
    /// The outcomes naming any of the parties (in their parties or their sentence), or null when there are more of
    /// them than <paramref name="worthIt"/> (walking the touched outcomes is then cheaper).
    /// </summary>
    private List<int>? PartyOutcomes(IReadOnlyList<string> parties, int worthIt) => PartyItems(knowledge.OutcomesByParty, parties, worthIt);

    private List<int>? PartyStatements(IReadOnlyList<string> parties, int worthIt) => PartyItems(knowledge.StatementsByParty, parties, worthIt);

    private static List<int>? PartyItems(Dictionary<string, int[]> index, IReadOnlyList<string> parties, int worthIt)
    {
        var count = 0;
        foreach (var party in parties)
        {
            count += index.TryGetValue(party, out var list) ? list.Length : 0;
        }
        if (count >= worthIt)
        {
            return null;
        }
        var items = new List<int>(count);
        foreach (var party in parties)
        {
            if (index.TryGetValue(party, out var list))
            {
                items.AddRange(list);
            }
        }
        if (parties.Count > 1)
        {
            items.Sort();
            var write = 0;
            for (var read = 0; read < items.Count; read++)
            {
                if (read == 0 || items[read] != items[read - 1])
                {
                    items[write++] = items[read];
                }
            }
            items.RemoveRange(write, items.Count - write);
        }
        return items;
    }

    private bool SpeakerHasAny(int speaker, IReadOnlyList<string> parties)
    {
        foreach (var party in parties)
        {
            if (knowledge.Directory.HasParty(speaker, party))
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
    private (List<Hit> Hits, int Total) ListOutcomes(ParsedQuestion q, IReadOnlyList<string> parties, HashSet<int>? speakers, HashSet<string> exclude)
    {
        foreach (var statuses in new[] { q.PreferredStatuses, q.AllowedStatuses }.Distinct())
        {
            var (hits, total) = parties.Count == 0 && speakers is null
                ? ListByStatus(statuses, exclude)
                : ListByFilter(q, statuses, parties, speakers, exclude);
            if (hits.Count > 0)
            {
                return (hits, total);
            }
        }
        return ([], 0);
    }

    private (List<Hit> Hits, int Total) ListByStatus(uint statuses, HashSet<string> exclude)
    {
        // Each status list is newest first, so the newest items overall are among the first few of each list.
        var firsts = new List<int>();
        var total = 0;
        foreach (var status in Enum.GetValues<OutcomeStatus>())
        {
            if (!StatusWords.Contains(statuses, status))
            {
                continue;
            }
            var list = knowledge.OutcomesByStatus[(int)status];
            total += list.Length;
            firsts.AddRange(list.Take(MaxItems + exclude.Count));
        }
        firsts.Sort();
        var hits = firsts.Where(o => !exclude.Contains(knowledge.OutcomeRef(o))).Take(MaxItems).Select(o => new Hit(o, -o, 1)).ToList();
        return (hits, Math.Max(hits.Count, total - exclude.Count));
    }

    private (List<Hit> Hits, int Total) ListByFilter(ParsedQuestion q, uint statuses, IReadOnlyList<string> parties, HashSet<int>? speakers, HashSet<string> exclude)
    {
        var outcomes = new List<int>();
        var statements = new List<int>();
        if (speakers is not null)
        {
            foreach (var speaker in speakers)
            {
                foreach (var statement in knowledge.StatementsBySpeaker[speaker])
                {
                    var article = knowledge.Statements[statement].Article;
                    foreach (var outcome in knowledge.OutcomesByArticle[article])
                    {
                        if (knowledge.Outcomes[outcome].AnnouncedBy == speaker)
                        {
                            outcomes.Add(outcome);
                        }
                    }
                    statements.Add(statement);
                }
            }
        }
        else
        {
            foreach (var party in parties)
            {
                if (knowledge.OutcomesByParty.TryGetValue(party, out var byParty))
                {
                    outcomes.AddRange(byParty);
                }
                if (knowledge.StatementsByParty.TryGetValue(party, out var said))
                {
                    statements.AddRange(said);
                }
            }
        }

        outcomes = outcomes.Distinct().ToList();
        statements = statements.Distinct().ToList();
        var listed = new List<(int Article, int Kind, int Local, Hit Hit)>();
        var sentences = new HashSet<(int, int)>();
        var named = new HashSet<(int, int)>();
        var onlyInSentence = new List<(int Article, int Kind, int Local, Hit Hit)>();
        var matches = new Dictionary<(int Kind, int Doc), int>();
        foreach (var outcome in outcomes)
        {
            var entry = knowledge.Outcomes[outcome];
            var value = knowledge.OutcomeOf(outcome);
            var fit = speakers is null ? PartyFit(entry, parties) : Fit.Named;
            if (fit == Fit.None || !StatusWords.Contains(statuses, value.Status) || (exclude.Count > 0 && exclude.Contains(knowledge.OutcomeRef(outcome))))
            {
                continue;
            }
            var item = (entry.Article, 0, entry.Local, new Hit(outcome, 0, 1));
            matches[(0, outcome)] = PartiesMatched(entry, parties);
            if (fit == Fit.Sentence)
            {
                onlyInSentence.Add(item);
                continue;
            }
            named.Add((entry.Article, value.SentenceIndex));
            listed.Add(item);
            sentences.Add((entry.Article, value.SentenceIndex));
        }
        foreach (var item in onlyInSentence)
        {
            var sentence = (item.Article, knowledge.OutcomeOf(item.Hit.Doc).SentenceIndex);
            if (!named.Contains(sentence))
            {
                listed.Add(item);
                sentences.Add(sentence);
            }
        }
        if (q.HasStatus)
        {
            foreach (var statement in statements)
            {
                var entry = knowledge.Statements[statement];
                if ((entry.Verbs & statuses) != 0 && knowledge.StatementOf(statement).Kind == StatementKind.Reported && !sentences.Contains((entry.Article, knowledge.StatementOf(statement).SentenceIndex))
                    && !(exclude.Count > 0 && exclude.Contains(knowledge.StatementRef(statement))))
                {
                    listed.Add((entry.Article, 1, entry.Local, new Hit(statement, 0, 1, IsStatement: true)));
                    matches[(1, statement)] = PartiesMatched(entry, parties);
                }
            }
        }
        // Those involving more of the parties asked about first ("India and the GCC"); then newest article first;
        // in an article, its outcomes before the statements that report one.
        listed.Sort((a, b) =>
        {
            var byParties = matches.GetValueOrDefault((b.Kind, b.Hit.Doc)).CompareTo(matches.GetValueOrDefault((a.Kind, a.Hit.Doc)));
            return byParties != 0 ? byParties : (a.Article, a.Kind, a.Local).CompareTo((b.Article, b.Kind, b.Local));
        });
        var hits = Distinct(listed.Select((item, rank) => item.Hit with { Score = -rank }).ToList());
        return (hits, hits.Count);
    }

    private static float StatusWeight(OutcomeStatus status, uint verbs, ParsedQuestion q)
    {
        if (StatusWords.Contains(q.PreferredStatuses, status))
        {
            return ExactStatus;
        }
        // The sentence's verb speaks for the outcome only within its family: "launched X, with Brussels pledging 1.2
        // billion euros" reports a pledge, but "approved X and agreed to explore Y" does not make X a proposal.
        var family = status.IsAgreed() ? StatusWords.Done : StatusWords.Proposals;
        if ((verbs & q.PreferredStatuses & family) != 0)
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
        foreach (var party in parties)
        {
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
        foreach (var party in parties)
        {
            if (knowledge.Directory.HasParty(entry.Speaker, party) || Array.IndexOf(knowledge.ArticleParties[entry.Article], party) >= 0)
            {
                count++;
            }
        }
        return count;
    }

    private static bool AnyOf(IReadOnlyList<string> wanted, string[] present)
    {
        foreach (var party in wanted)
        {
            if (Array.IndexOf(present, party) >= 0)
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
