namespace CoopBot.Core.Answering.Text;

/// <summary>The top-k search of a <see cref="SearchIndex"/>: the best few documents without scoring every one that holds the terms.</summary>
internal sealed partial class SearchIndex
{
    /// <summary>
    /// A top-k search, document at a time (MaxScore with required terms, as in Lucene's disjunctions): the documents
    /// holding the query's terms (the first 64) are visited in document order and handed to
    /// <paramref name="collector"/> with their BM25 score and term mask, except those that cannot beat the collector's
    /// <see cref="ITopScoreCollector.Threshold"/>. Each term's largest contribution is known from the index, so as the
    /// k-th best score rises, the terms that together cannot reach it stop picking documents (their postings are only
    /// looked into for documents others picked), a term without which nothing can reach it becomes required (its
    /// postings and the other required terms' are intersected, skipping ahead), and a document is dropped as soon as
    /// what it has plus what its remaining terms could add falls short. On an index built with impact-ordered
    /// postings, the documents where the terms weigh most are read first (<see cref="SearchByImpact"/>): often that
    /// settles the list, and otherwise the document-order pass starts with a high threshold. The collector gets the
    /// scores <see cref="Score"/> gives; how many documents it sees depends on how fast its threshold rises, not on
    /// how many hold the terms. With a <paramref name="minCoverage"/>, only the rarer terms pick documents, as in
    /// <see cref="Score"/>: a document holding none of them is never collected. Returns whether every picked document
    /// reached the collector (the search ended by adding up the postings, or nothing could be left out).
    /// </summary>
    public bool Search(IReadOnlyList<int> terms, ITopScoreCollector collector, float minCoverage = 0)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(collector);
        var count = Math.Min(terms.Count, 64);
        var skipped = minCoverage > 0 ? CommonTerms(terms, count, minCoverage) : 0UL;

        var cursors = new TermCursor[count];
        var known = 0;
        for (var t = 0; t < count; t++)
        {
            var term = terms[t];
            if (DocumentFrequency(term) > 0)
            {
                cursors[known++] = new TermCursor(term, postingDocs[term], postingImpacts[term], idf[term], idf[term] * maxImpact[term], t, Picks: (skipped & (1UL << t)) == 0);
            }
        }
        if (known == 0)
        {
            return true;
        }
        // Largest bound first: the order in which a document's remaining terms are looked up.
        Array.Sort(cursors, 0, known, TermCursor.LargestBoundFirst);
        var at = new int[known];
        var roles = new TermRole[known];
        Span<float> contributions = stackalloc float[count];
        Span<int> order = stackalloc int[count];
        var sumOrder = SumOrder(cursors, known, order);
        var bonusBound = collector.BonusBound;

        // First the documents where the terms weigh most; if that does not settle the list, the rest in document
        // order, with the threshold those documents set and without scoring them again.
        using var seen = impactOrderedDocs is null ? null : RentBoard();
        if (seen is not null && SearchByImpact(terms, cursors, known, collector, seen, sumOrder))
        {
            return false;
        }
        var threshold = collector.Threshold;
        var intersecting = AssignRoles(cursors, known, threshold, bonusBound, roles);
        if (seen is not null && WalkCostsLess(cursors, known, roles, intersecting))
        {
            // The threshold the impact-ordered pass reached leaves about as many documents to visit one by one as
            // there are postings to add up. (Without that pass nothing is known yet: the walk in document order
            // raises its threshold as it goes.)
            return CollectUnseen(terms, collector, minCoverage, seen);
        }
        var next = 0;
        while (true)
        {
            var doc = intersecting ? Intersect(cursors, known, roles, at, next) : NextPicked(cursors, known, roles, at);
            if (doc == int.MaxValue)
            {
                return float.IsNegativeInfinity(threshold);
            }
            next = doc + 1;
            if (seen is not null && seen.MaskOf(doc) != 0)
            {
                PassDocument(cursors, known, at, doc);
                continue;
            }

            var bonus = bonusBound > 0 ? collector.Bonus(doc) : 0;
            var partial = bonus;
            var mask = 0UL;
            var rest = 0f;
            for (var i = 0; i < known; i++)
            {
                if (roles[i] != TermRole.LookedUp)
                {
                    var docs = cursors[i].Docs;
                    if (at[i] < docs.Length && docs[at[i]] == doc)
                    {
                        contributions[cursors[i].Position] = cursors[i].Weight * cursors[i].Impacts[at[i]];
                        partial += contributions[cursors[i].Position];
                        mask |= 1UL << cursors[i].Position;
                    }
                }
                else
                {
                    rest += cursors[i].Bound;
                }
            }
            var dropped = false;
            for (var i = 0; i < known && !dropped; i++)
            {
                if (roles[i] != TermRole.LookedUp)
                {
                    continue;
                }
                if (CannotBeat(partial + rest, threshold))
                {
                    dropped = true;
                    break;
                }
                rest -= cursors[i].Bound;
                var docs = cursors[i].Docs;
                at[i] = Advance(docs, at[i], doc);
                if (at[i] < docs.Length && docs[at[i]] == doc)
                {
                    contributions[cursors[i].Position] = cursors[i].Weight * cursors[i].Impacts[at[i]];
                    partial += contributions[cursors[i].Position];
                    mask |= 1UL << cursors[i].Position;
                }
            }
            if (!dropped && !CannotBeat(partial, threshold) && (mask & PickingMask(cursors, known)) != 0)
            {
                // Summed in the order Score adds them (picking terms, then the others, each in query order), so
                // both give the same float.
                var score = 0f;
                foreach (var position in sumOrder)
                {
                    if ((mask & (1UL << position)) != 0)
                    {
                        score += contributions[position];
                    }
                }
                collector.Collect(doc, score, mask);
                var raised = collector.Threshold;
                if (raised > threshold)
                {
                    threshold = raised;
                    intersecting = AssignRoles(cursors, known, threshold, bonusBound, roles);
                }
            }
            PassDocument(cursors, known, at, doc);
        }
    }

    /// <summary>
    /// About how many postings adding up term by term costs for the price of visiting one document in document order
    /// (finding the next candidate, looking its terms up, moving every list past it). A cost constant, set from
    /// probes of the statement index at 10,000 articles: an intersection leaving 1,335 of 6,935 postings' documents ran
    /// in a tenth of the walk's time, one leaving 6,586 of 13,172 in about twice it.
    /// </summary>
    private const int PostingsPerVisit = 4;

    /// <summary>
    /// Whether the document-order pass would visit so many documents that adding up the picking terms' postings (as
    /// <see cref="Score"/> does) costs less: its candidates are the shortest required list's documents, or those of
    /// the terms that still pick.
    /// </summary>
    private static bool WalkCostsLess(TermCursor[] cursors, int known, TermRole[] roles, bool intersecting)
    {
        long candidates = intersecting ? long.MaxValue : 0;
        long postings = 0;
        for (var i = 0; i < known; i++)
        {
            postings += cursors[i].Picks ? cursors[i].Docs.Length : 0;
            if (intersecting && roles[i] == TermRole.Required)
            {
                candidates = Math.Min(candidates, cursors[i].Docs.Length);
            }
            else if (!intersecting && roles[i] == TermRole.Picking)
            {
                candidates += cursors[i].Docs.Length;
            }
        }
        return candidates * PostingsPerVisit >= postings;
    }

    /// <summary>
    /// Every document <see cref="Score"/> picks that the impact-ordered pass did not read, handed to the collector
    /// (those that cannot beat its threshold left out when it neither counts them nor adds a bonus: a who-said walk
    /// adds up thousands; with a bonus, the largest would let few be left out, so the collector judges each itself).
    /// Returns whether every one was handed over.
    /// </summary>
    private bool CollectUnseen(IReadOnlyList<int> terms, ITopScoreCollector collector, float minCoverage, ScoreBoard? seen)
    {
        using var board = RentBoard();
        Score(terms, board, minCoverage);
        var leftOut = false;
        if (collector.CountsEveryDocument || collector.BonusBound > 0)
        {
            foreach (var doc in board.Touched)
            {
                if (seen is null || seen.MaskOf(doc) == 0)
                {
                    collector.Collect(doc, board.ScoreOf(doc), board.MaskOf(doc));
                }
            }
            return true;
        }
        var threshold = collector.Threshold;
        foreach (var doc in board.Touched)
        {
            if (seen is not null && seen.MaskOf(doc) != 0)
            {
                continue;
            }
            if (CannotBeat(board.ScoreOf(doc), threshold))
            {
                leftOut = true;
                continue;
            }
            collector.Collect(doc, board.ScoreOf(doc), board.MaskOf(doc));
            threshold = collector.Threshold;
        }
        return !leftOut;
    }

    /// <summary>Moves past a document on every list that reached it.</summary>
    private static void PassDocument(TermCursor[] cursors, int known, int[] at, int doc)
    {
        for (var i = 0; i < known; i++)
        {
            if (at[i] < cursors[i].Docs.Length && cursors[i].Docs[at[i]] == doc)
            {
                at[i]++;
            }
        }
    }

    /// <summary>
    /// The first part of a top-k search (Fagin's threshold algorithm over impact-ordered postings): reads the picking
    /// terms' postings largest impact first, a few at a time from the list whose next documents weigh most, scoring
    /// each new document whole from its own term list. No document not yet read can score more than the next impacts
    /// of the picking lists together with the bounds of the other terms, so once that falls short of the collector's
    /// threshold the list is final and this returns true. It gives up (false) once the documents read (a look-up of
    /// every term each) cost half what a walk of the picking postings would; the documents read are marked in
    /// <paramref name="seen"/>.
    /// </summary>
    private bool SearchByImpact(IReadOnlyList<int> terms, TermCursor[] cursors, int known, ITopScoreCollector collector, ScoreBoard seen, ReadOnlySpan<int> sumOrder)
    {
        const int Batch = 8;
        var fixedBound = collector.BonusBound;
        long pickingPostings = 0;
        for (var i = 0; i < known; i++)
        {
            fixedBound += cursors[i].Picks ? 0 : cursors[i].Bound;
            pickingPostings += cursors[i].Picks ? cursors[i].Docs.Length : 0;
        }
        // Reading a document by impact costs a look-up per query term (each searched for in the document's own term
        // list: an article's holds hundreds, and an event question has eight or more words): stopping at half the
        // cost of walking the picking postings bounds what a query whose best documents are deep in the impact order
        // loses (its top documents hold several terms with moderate impacts, while the highest impacts are short
        // documents holding one).
        var budget = Math.Max(4 * Batch, pickingPostings / (2 * PostingsPerLookup * known));
        Span<int> read = stackalloc int[known];
        var scored = 0;
        while (true)
        {
            var unread = fixedBound;
            var heaviest = -1;
            var heaviestWeight = 0f;
            for (var i = 0; i < known; i++)
            {
                if (!cursors[i].Picks || read[i] >= cursors[i].Docs.Length)
                {
                    continue;
                }
                var next = cursors[i].Weight * impactOrderedImpacts![cursors[i].Term][read[i]];
                unread += next;
                if (heaviest < 0 || next > heaviestWeight)
                {
                    (heaviest, heaviestWeight) = (i, next);
                }
            }
            if (heaviest < 0 || CannotBeat(unread, collector.Threshold))
            {
                return true;
            }
            if (scored >= budget)
            {
                return false;
            }
            var docs = impactOrderedDocs![cursors[heaviest].Term];
            for (var b = 0; b < Batch && read[heaviest] < docs.Length; b++, read[heaviest]++)
            {
                var doc = docs[read[heaviest]];
                if (seen.MaskOf(doc) != 0)
                {
                    continue;
                }
                seen.Add(doc, 0, 1);
                scored++;
                var (score, mask) = ScoreInOrder(doc, terms, sumOrder);
                if (!CannotBeat(score + collector.Bonus(doc), collector.Threshold))
                {
                    collector.Collect(doc, score, mask);
                }
            }
        }
    }

    /// <summary>One document's score for the query terms at <paramref name="sumOrder"/>'s positions, added in that order (as every search adds them).</summary>
    private (float Score, ulong Mask) ScoreInOrder(int doc, IReadOnlyList<int> terms, ReadOnlySpan<int> sumOrder)
    {
        var start = documentStart[doc];
        var own = documentTerms.AsSpan(start, documentStart[doc + 1] - start);
        var score = 0f;
        var mask = 0UL;
        foreach (var position in sumOrder)
        {
            var term = terms[position];
            var at = Find(own, term);
            if (at >= 0)
            {
                score += idf[term] * Impact(documentFrequencies[start + at], lengthNorm[doc]);
                mask |= 1UL << position;
            }
        }
        return (score, mask);
    }

    /// <summary>What a query term does in a top-k search at the current threshold.</summary>
    private enum TermRole : byte
    {
        /// <summary>Looked up in the documents other terms pick, while they can still beat the threshold.</summary>
        LookedUp,
        /// <summary>Its postings are walked: each of its documents is a candidate.</summary>
        Picking,
        /// <summary>Every document that can beat the threshold holds it: the required terms' postings are intersected.</summary>
        Required,
    }

    /// <summary>One query term during a top-k search: its postings, weight (idf), bound (idf × largest impact) and place in the query.</summary>
    private readonly record struct TermCursor(int Term, int[] Docs, float[] Impacts, float Weight, float Bound, int Position, bool Picks)
    {
        public static readonly Comparer<TermCursor> LargestBoundFirst = Comparer<TermCursor>.Create((a, b) =>
            a.Bound != b.Bound ? b.Bound.CompareTo(a.Bound) : a.Position.CompareTo(b.Position));
    }

    private static ulong PickingMask(TermCursor[] cursors, int known)
    {
        var mask = 0UL;
        for (var i = 0; i < known; i++)
        {
            mask |= cursors[i].Picks ? 1UL << cursors[i].Position : 0;
        }
        return mask;
    }

    /// <summary>The query positions in the order <see cref="Score"/> adds terms: the picking ones, then the rest, each in query order.</summary>
    private static ReadOnlySpan<int> SumOrder(TermCursor[] cursors, int known, Span<int> order)
    {
        var count = 0;
        foreach (var picks in (ReadOnlySpan<bool>)[true, false])
        {
            var start = count;
            for (var i = 0; i < known; i++)
            {
                if (cursors[i].Picks == picks)
                {
                    order[count++] = cursors[i].Position;
                }
            }
            order[start..count].Sort();
        }
        return order[..count];
    }

    /// <summary>
    /// Gives each term its role at a threshold and says whether candidates come from intersecting required terms.
    /// A term is required when all the others together (and the largest bonus) cannot beat the threshold. Otherwise
    /// the picking terms with the smallest bounds are looked up instead of walked, as long as they, with every term
    /// that never picks and the bonus, cannot beat it: a document only they hold is left out without a look.
    /// </summary>
    private static bool AssignRoles(TermCursor[] cursors, int known, float threshold, float bonusBound, TermRole[] roles)
    {
        var total = bonusBound;
        for (var i = 0; i < known; i++)
        {
            total += cursors[i].Bound;
        }
        var requiredPicking = false;
        for (var i = 0; i < known; i++)
        {
            var required = CannotBeat(total - cursors[i].Bound, threshold);
            roles[i] = required ? TermRole.Required : TermRole.LookedUp;
            requiredPicking |= required && cursors[i].Picks;
        }
        if (requiredPicking)
        {
            return true;
        }
        // No picking term is required: walk the picking terms, but the smallest only while they matter.
        var lookedUp = bonusBound;
        for (var i = 0; i < known; i++)
        {
            lookedUp += cursors[i].Picks ? 0 : cursors[i].Bound;
        }
        for (var i = known - 1; i >= 0; i--)
        {
            if (!cursors[i].Picks)
            {
                continue;
            }
            if (roles[i] == TermRole.LookedUp && CannotBeat(lookedUp + cursors[i].Bound, threshold))
            {
                lookedUp += cursors[i].Bound;
                continue;
            }
            roles[i] = TermRole.Picking;
        }
        for (var i = 0; i < known; i++)
        {
            // A required term that does not pick still has to hold the document: it is looked up first (largest bound).
            roles[i] = roles[i] == TermRole.Required ? TermRole.LookedUp : roles[i];
        }
        return false;
    }

    /// <summary>The next document any picking term holds (int.MaxValue when none is left).</summary>
    private static int NextPicked(TermCursor[] cursors, int known, TermRole[] roles, int[] at)
    {
        var doc = int.MaxValue;
        for (var i = 0; i < known; i++)
        {
            if (roles[i] == TermRole.Picking && at[i] < cursors[i].Docs.Length && cursors[i].Docs[at[i]] < doc)
            {
                doc = cursors[i].Docs[at[i]];
            }
        }
        return doc;
    }

    /// <summary>
    /// The next document from <paramref name="from"/> on that every required term holds, skipping ahead on each list
    /// (int.MaxValue when one runs out). A term that became required may lag behind: it starts from the floor.
    /// </summary>
    private static int Intersect(TermCursor[] cursors, int known, TermRole[] roles, int[] at, int from)
    {
        var doc = from;
        for (var i = 0; i < known; i++)
        {
            if (roles[i] == TermRole.Required)
            {
                if (at[i] >= cursors[i].Docs.Length)
                {
                    return int.MaxValue;
                }
                doc = Math.Max(doc, cursors[i].Docs[at[i]]);
            }
        }
        var agreed = false;
        while (!agreed)
        {
            agreed = true;
            for (var i = 0; i < known; i++)
            {
                if (roles[i] != TermRole.Required)
                {
                    continue;
                }
                at[i] = Advance(cursors[i].Docs, at[i], doc);
                if (at[i] >= cursors[i].Docs.Length)
                {
                    return int.MaxValue;
                }
                if (cursors[i].Docs[at[i]] > doc)
                {
                    doc = cursors[i].Docs[at[i]];
                    agreed = false;
                }
            }
        }
        return doc;
    }

    /// <summary>
    /// Whether a score bound falls short of the threshold, with a margin for the float sums of bounds taken in
    /// another order than the score's: a document is left out only when it surely cannot beat the threshold.
    /// </summary>
    private static bool CannotBeat(float bound, float threshold) => bound < threshold - (Math.Abs(threshold) * 1e-5f);

    /// <summary>
    /// The first position at or after <paramref name="from"/> whose document is not below <paramref name="doc"/>: a
    /// few steps in place (documents picked by other terms are often close), then galloping and a binary search.
    /// </summary>
    private static int Advance(int[] docs, int from, int doc)
    {
        var near = Math.Min(from + 8, docs.Length);
        for (var i = from; i < near; i++)
        {
            if (docs[i] >= doc)
            {
                return i;
            }
        }
        if (near == docs.Length)
        {
            return near;
        }
        var low = near - 1;
        var step = 8;
        var high = low + step;
        while (high < docs.Length && docs[high] < doc)
        {
            low = high;
            step *= 2;
            high = low + step;
        }
        // docs[low] < doc, and docs[high] >= doc unless high is past the end: the answer is in (low, high].
        var end = Math.Min(high + 1, docs.Length);
        return low + 1 + LowerBound(docs.AsSpan(low + 1, end - low - 1), doc);
    }
}
