using System.Runtime.CompilerServices;
namespace CoopBot.Core.Answering.Text;

/// <summary>
/// A BM25 index over numbered documents and the term ids of a <see cref="Vocabulary"/>. Postings are built once
/// (one flat array per term), so a query touches only documents holding its terms; a forward list per document
/// scores a few known documents directly. Scoring also records which query terms each document matched.
/// </summary>
internal sealed partial class SearchIndex
{
    private const float K1 = 1.2f;
    private const float B = 0.75f;

    private readonly int[][] postingDocs;

    /// <summary>
    /// Per posting, its BM25 term-frequency part (see <see cref="Impact"/>), worked out once when the index is built:
    /// a query then multiplies by the term's idf, with no division and no look-up of the document's length.
    /// </summary>
    private readonly float[][] postingImpacts;
    private readonly float[] idf;

    /// <summary>
    /// Per term, the largest term-frequency part of its postings: times the idf, the most the term can add to any
    /// document's score, which lets a top-k search (<see cref="Search"/>) leave out documents that cannot reach the
    /// k-th best score without scoring them.
    /// </summary>
    private readonly float[] maxImpact;

    /// <summary>
    /// Per term, its postings again ordered by impact, largest first (ties by document): a top-k search reads the
    /// documents where the term weighs most first, so the best documents are found early and the search can stop
    /// once nothing further down the lists can beat them. Built only for an index asked to be searched so.
    /// </summary>
    private readonly int[][]? impactOrderedDocs;
    private readonly float[][]? impactOrderedImpacts;
    /// <summary>
    /// Each document's sorted term ids and their counts, all documents in one pair of arrays (document d is
    /// [documentStart[d], documentStart[d + 1])): scoring the documents a query picked reads them in order, from one
    /// block of memory rather than a small array per document.
    /// </summary>
    private readonly int[] documentStart;
    private readonly int[] documentTerms;
    private readonly byte[] documentFrequencies;
    private readonly float[] lengthNorm;
    private readonly ScoreBoardPool boards;

    private SearchIndex(int[][] postingDocs, float[][] postingImpacts, float[] idf, float[] maxImpact, int[] documentStart, int[] documentTerms, byte[] documentFrequencies, float[] lengthNorm,
        int[][]? impactOrderedDocs, float[][]? impactOrderedImpacts)
    {
        this.impactOrderedDocs = impactOrderedDocs;
        this.impactOrderedImpacts = impactOrderedImpacts;
        this.postingDocs = postingDocs;
        this.postingImpacts = postingImpacts;
        this.idf = idf;
        this.maxImpact = maxImpact;
        this.documentStart = documentStart;
        this.documentTerms = documentTerms;
        this.documentFrequencies = documentFrequencies;
        this.lengthNorm = lengthNorm;
        boards = new ScoreBoardPool(lengthNorm.Length);
    }

    /// <summary>Number of documents.</summary>
    public int Count => lengthNorm.Length;

    /// <summary>How many documents hold the term (0 for -1, an unknown term).</summary>
    public int DocumentFrequency(int term) => term >= 0 && term < postingDocs.Length ? postingDocs[term].Length : 0;

    /// <summary>The inverse document frequency of a term; a term found nowhere weighs as much as the rarest possible one.</summary>
    public float Idf(int term) => DocumentFrequency(term) > 0 ? idf[term] : MaxIdf;

    private float MaxIdf => (float)Math.Log(1 + (Count + 0.5) / 0.5);

    /// <summary>A clean score board sized for this index; dispose it to give it back.</summary>
    public ScoreBoard RentBoard() => boards.Rent();

    /// <summary>
    /// Adds the BM25 score of the documents holding the query's terms (the first 64) to <paramref name="scores"/>,
    /// marking term <c>i</c> as bit <c>i</c> of a document's mask. With a <paramref name="minCoverage"/>, documents
    /// are picked only by the query's rarer terms: the commonest terms, together weighing (by idf) less than that
    /// share of the query, cannot make a document reach it alone, so their long postings are not walked; they are
    /// added to the picked documents from their own term lists instead. With <paramref name="within"/>, only its
    /// documents are picked (the caller would drop the others): the rest of the work is then spent on them alone.
    /// </summary>
    public void Score(IReadOnlyList<int> terms, ScoreBoard scores, float minCoverage = 0, DocumentSet? within = null)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(scores);
        var count = Math.Min(terms.Count, 64);
        var skipped = minCoverage > 0 ? CommonTerms(terms, count, minCoverage) : 0UL;
        for (var t = 0; t < count; t++)
        {
            var term = terms[t];
            if ((skipped & (1UL << t)) != 0 || DocumentFrequency(term) == 0)
            {
                continue;
            }
            var docs = postingDocs[term];
            var impacts = postingImpacts[term];
            var weight = idf[term];
            var bit = 1UL << t;
            if (within is null)
            {
                for (var p = 0; p < docs.Length; p++)
                {
                    scores.Add(docs[p], weight * impacts[p], bit);
                }
                continue;
            }
            for (var p = 0; p < docs.Length; p++)
            {
                if (within.Contains(docs[p]))
                {
                    scores.Add(docs[p], weight * impacts[p], bit);
                }
            }
        }
        if (skipped != 0)
        {
            AddSkippedTerms(terms, skipped, count, scores);
        }
    }

    /// <summary>
    /// About how many postings can be walked for the cost of looking a term up in one document's term list: the walk
    /// reads memory in order, a look-up jumps to a document's list elsewhere and searches it.
    /// </summary>
    internal const int PostingsPerLookup = 16;

    /// <summary>
    /// Adds the skipped terms to the documents already picked, whichever way costs less: by looking them up in each
    /// picked document's term list, or, when their postings are not many more than the picked documents, by walking
    /// the postings and adding only to documents already picked.
    /// </summary>
    private void AddSkippedTerms(IReadOnlyList<int> terms, ulong skipped, int count, ScoreBoard scores)
    {
        Span<int> selected = stackalloc int[count];
        Span<int> positions = stackalloc int[count];
        var selectedCount = Select(terms, skipped, selected, positions);
        selected = selected[..selectedCount];
        positions = positions[..selectedCount];
        long postings = 0;
        foreach (var term in selected)
        {
            postings += postingDocs[term].Length;
        }
        if (postings <= (long)scores.Touched.Length * PostingsPerLookup)
        {
            for (var i = 0; i < selected.Length; i++)
            {
                var docs = postingDocs[selected[i]];
                var impacts = postingImpacts[selected[i]];
                var weight = idf[selected[i]];
                var bit = 1UL << positions[i];
                for (var p = 0; p < docs.Length; p++)
                {
                    scores.AddIfTouched(docs[p], weight * impacts[p], bit);
                }
            }
            return;
        }
        // Picked documents are touched already, so adding the skipped terms' scores appends nothing to the list.
        // Each term is added on its own, in query order, as the walk above adds them: both ways (and a top-k
        // search) then give a document the same float.
        foreach (var doc in scores.Touched)
        {
            var start = documentStart[doc];
            var own = documentTerms.AsSpan(start, documentStart[doc + 1] - start);
            for (var i = 0; i < selected.Length; i++)
            {
                var found = Find(own, selected[i]);
                if (found >= 0)
                {
                    scores.Add(doc, idf[selected[i]] * Impact(documentFrequencies[start + found], lengthNorm[doc]), 1UL << positions[i]);
                }
            }
        }
    }

    /// <summary>The commonest known terms whose idf adds up to less than <paramref name="share"/> of the query's.</summary>
    private ulong CommonTerms(IReadOnlyList<int> terms, int count, float share)
    {
        Span<float> weights = stackalloc float[count];
        Span<int> order = stackalloc int[count];
        var total = 0f;
        for (var t = 0; t < count; t++)
        {
            weights[t] = Idf(terms[t]);
            order[t] = t;
            total += weights[t];
        }
        var sorted = order.ToArray();
        var copy = weights.ToArray();
        Array.Sort(sorted, (a, b) => copy[a].CompareTo(copy[b]));
        var skipped = 0UL;
        var sum = 0f;
        foreach (var t in sorted)
        {
            if (DocumentFrequency(terms[t]) == 0)
            {
                continue;
            }
            if (sum + weights[t] >= share * total)
            {
                break;
            }
            sum += weights[t];
            skipped |= 1UL << t;
        }
        // Skipping every known term would leave nothing to pick documents by.
        var known = 0UL;
        for (var t = 0; t < count; t++)
        {
            known |= DocumentFrequency(terms[t]) > 0 ? 1UL << t : 0;
        }
        return skipped == known ? 0 : skipped;
    }

    /// <summary>
    /// The query positions of the terms that pick documents in <see cref="Score"/> and <see cref="Search"/> with this
    /// <paramref name="minCoverage"/>: the known terms but the commonest (all known terms without one).
    /// </summary>
    public ulong PickingTerms(IReadOnlyList<int> terms, float minCoverage = 0)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var count = Math.Min(terms.Count, 64);
        var known = 0UL;
        for (var t = 0; t < count; t++)
        {
            known |= DocumentFrequency(terms[t]) > 0 ? 1UL << t : 0;
        }
        return minCoverage > 0 ? known & ~CommonTerms(terms, count, minCoverage) : known;
    }

    /// <summary>
    /// One document's score and mask as <see cref="Score"/> and <see cref="Search"/> give them with the picking terms
    /// <paramref name="picks"/> (<see cref="PickingTerms"/>): the same terms added in the same order, so the same float.
    /// </summary>
    public (float Score, ulong Mask) ScoreAsSearched(int doc, IReadOnlyList<int> terms, ulong picks)
    {
        ArgumentNullException.ThrowIfNull(terms);
        Span<int> order = stackalloc int[Math.Min(terms.Count, 64)];
        var count = 0;
        foreach (var picking in (ReadOnlySpan<bool>)[true, false])
        {
            for (var t = 0; t < order.Length; t++)
            {
                if (DocumentFrequency(terms[t]) > 0 && ((picks & (1UL << t)) != 0) == picking)
                {
                    order[count++] = t;
                }
            }
        }
        return ScoreInOrder(doc, terms, order[..count]);
    }

    /// <summary>Whether a document holds any of the query terms <paramref name="select"/> picks: whether a search would pick it.</summary>
    public bool Holds(int doc, IReadOnlyList<int> terms, ulong select)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var start = documentStart[doc];
        var own = documentTerms.AsSpan(start, documentStart[doc + 1] - start);
        for (var t = 0; t < terms.Count && t < 64; t++)
        {
            if ((select & (1UL << t)) != 0 && terms[t] >= 0 && Find(own, terms[t]) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The BM25 score of one document for the query terms selected by <paramref name="select"/> (all by default), and the mask of those it holds.</summary>
    public (float Score, ulong Mask) ScoreDocument(int doc, IReadOnlyList<int> terms, ulong select = ulong.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(terms);
        Span<int> selected = stackalloc int[Math.Min(terms.Count, 64)];
        Span<int> positions = stackalloc int[selected.Length];
        var count = Select(terms, select, selected, positions);
        return ScoreDocument(doc, selected[..count], positions[..count]);
    }

    /// <summary>The known terms of <paramref name="terms"/> that <paramref name="select"/> picks, with their positions in the query.</summary>
    internal static int Select(IReadOnlyList<int> terms, ulong select, Span<int> selected, Span<int> positions)
    {
        var count = 0;
        for (var t = 0; t < selected.Length; t++)
        {
            if ((select & (1UL << t)) != 0 && terms[t] >= 0)
            {
                selected[count] = terms[t];
                positions[count++] = t;
            }
        }
        return count;
    }

    /// <summary>Scores one document for terms already picked: the inner loop of a query, so spans and a plain binary search.</summary>
    internal (float Score, ulong Mask) ScoreDocument(int doc, ReadOnlySpan<int> terms, ReadOnlySpan<int> positions)
    {
        var start = documentStart[doc];
        var own = documentTerms.AsSpan(start, documentStart[doc + 1] - start);
        var frequencies = documentFrequencies.AsSpan(start, own.Length);
        var score = 0f;
        var mask = 0UL;
        for (var i = 0; i < terms.Length; i++)
        {
            var at = Find(own, terms[i]);
            if (at < 0)
            {
                continue;
            }
            score += idf[terms[i]] * Impact(frequencies[at], lengthNorm[doc]);
            mask |= 1UL << positions[i];
        }
        return (score, mask);
    }

    /// <summary>
    /// Where a value is in an ascending list of distinct values (a document's term list, a list of documents), or -1:
    /// see <see cref="LowerBound"/>.
    /// </summary>
    internal static int Find(ReadOnlySpan<int> sorted, int value)
    {
        var at = LowerBound(sorted, value);
        return at < sorted.Length && sorted[at] == value ? at : -1;
    }

    /// <summary>
    /// The first position of an ascending list whose value is not below <paramref name="value"/> (the length when
    /// none): a binary search whose halving is a conditional move, not a branch. An outcome question looks its words
    /// up in hundreds of articles' lists of hundreds of terms, and its items in parties' lists of thousands, where a
    /// branching search mispredicts about every other step and that costs more than the comparisons.
    /// </summary>
    internal static int LowerBound(ReadOnlySpan<int> sorted, int value)
    {
        if (sorted.IsEmpty)
        {
            return 0;
        }
        // The answer is in [low, low + length], and sorted[low - 1] < value when low > 0.
        var low = 0;
        var length = sorted.Length;
        while (length > 1)
        {
            var half = length >> 1;
            low = sorted[low + half - 1] < value ? low + half : low;
            length -= half;
        }
        return sorted[low] < value ? low + 1 : low;
    }

    /// <summary>BM25's term-frequency part: saturating in the term's count, smaller in longer documents.</summary>
    private static float Impact(byte frequency, float lengthNorm)
    {
        float tf = frequency;
        return tf * (K1 + 1) / (tf + lengthNorm);
    }

    /// <summary>Collects documents as lists of term ids, then freezes them into an index.</summary>
    public sealed class Builder
    {
        private readonly List<int[]> terms = [];
        private readonly List<byte[]> frequencies = [];
        private readonly List<int> lengths = [];

        /// <summary>Adds the next document (numbered from 0 in the order added); <paramref name="termIds"/> may repeat and is left sorted.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int Add(List<int> termIds)
        {
            ArgumentNullException.ThrowIfNull(termIds);
            termIds.Sort();
            var distinct = 0;
            for (var i = 0; i < termIds.Count; i++)
            {
                if (i == 0 || termIds[i] != termIds[i - 1])
                {
                    distinct++;
                }
            }
            var ids = new int[distinct];
            var counts = new byte[distinct];
            var k = -1;
            for (var i = 0; i < termIds.Count; i++)
            {
                if (i == 0 || termIds[i] != termIds[i - 1])
                {
                    ids[++k] = termIds[i];
                }
                if (counts[k] < byte.MaxValue)
                {
                    counts[k]++;
                }
            }
            terms.Add(ids);
            frequencies.Add(counts);
            lengths.Add(termIds.Count);
            return lengths.Count - 1;
        }

        /// <summary>Freezes the documents into an index; with <paramref name="impactOrdered"/>, also the impact-ordered postings a top-k <see cref="Search"/> starts from.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public SearchIndex Build(int vocabularySize, bool impactOrdered = false)
        {
            var n = lengths.Count;
            var average = n == 0 ? 1f : Math.Max(1f, (float)lengths.Sum() / n);
            var lengthNorm = new float[n];
            var df = new int[vocabularySize];
            for (var d = 0; d < n; d++)
            {
                lengthNorm[d] = K1 * (1 - B + B * lengths[d] / average);
                foreach (var term in terms[d])
                {
                    df[term]++;
                }
            }
            var postingDocs = new int[vocabularySize][];
            var postingImpacts = new float[vocabularySize][];
            var idf = new float[vocabularySize];
            for (var term = 0; term < vocabularySize; term++)
            {
                postingDocs[term] = df[term] == 0 ? [] : new int[df[term]];
                postingImpacts[term] = df[term] == 0 ? [] : new float[df[term]];
                idf[term] = (float)Math.Log(1 + (n - df[term] + 0.5) / (df[term] + 0.5));
            }
            var filled = new int[vocabularySize];
            var maxImpact = new float[vocabularySize];
            for (var d = 0; d < n; d++)
            {
                var ids = terms[d];
                for (var k = 0; k < ids.Length; k++)
                {
                    var at = filled[ids[k]]++;
                    var impact = Impact(frequencies[d][k], lengthNorm[d]);
                    postingDocs[ids[k]][at] = d;
                    postingImpacts[ids[k]][at] = impact;
                    maxImpact[ids[k]] = Math.Max(maxImpact[ids[k]], impact);
                }
            }
            var documentStart = new int[n + 1];
            for (var d = 0; d < n; d++)
            {
                documentStart[d + 1] = documentStart[d] + terms[d].Length;
            }
            var documentTerms = new int[documentStart[n]];
            var documentFrequencies = new byte[documentStart[n]];
            for (var d = 0; d < n; d++)
            {
                terms[d].CopyTo(documentTerms, documentStart[d]);
                frequencies[d].CopyTo(documentFrequencies, documentStart[d]);
            }
            var (byImpactDocs, byImpactImpacts) = impactOrdered ? ImpactOrdered(postingDocs, postingImpacts) : (null, null);
            return new SearchIndex(postingDocs, postingImpacts, idf, maxImpact, documentStart, documentTerms, documentFrequencies, lengthNorm, byImpactDocs, byImpactImpacts);
        }

        /// <summary>
        /// Each term's postings by impact, largest first, and by document among equal impacts: one sort of 64-bit
        /// keys per term (the impact's bits, which order like the positive floats they are, over the document).
        /// </summary>
        private static (int[][] Docs, float[][] Impacts) ImpactOrdered(int[][] postingDocs, float[][] postingImpacts)
        {
            var docs = new int[postingDocs.Length][];
            var impacts = new float[postingDocs.Length][];
            var keys = new long[postingDocs.Select(p => p.Length).DefaultIfEmpty(0).Max()];
            for (var term = 0; term < postingDocs.Length; term++)
            {
                var length = postingDocs[term].Length;
                for (var p = 0; p < length; p++)
                {
                    keys[p] = ((long)(int.MaxValue - BitConverter.SingleToInt32Bits(postingImpacts[term][p])) << 32) | (uint)postingDocs[term][p];
                }
                var sorted = keys.AsSpan(0, length);
                sorted.Sort();
                docs[term] = new int[length];
                impacts[term] = new float[length];
                for (var p = 0; p < length; p++)
                {
                    docs[term][p] = (int)sorted[p];
                    impacts[term][p] = BitConverter.Int32BitsToSingle(int.MaxValue - (int)(sorted[p] >> 32));
                }
            }
            return (docs, impacts);
        }
    }
}

/// <summary>
/// Per-query score and matched-term accumulators over all documents of an index, kept clean between queries by
/// resetting only the documents touched, so a query costs what its postings cost, not what the collection costs.
/// </summary>
internal sealed class ScoreBoard : IDisposable
{
    /// <summary>
    /// Each document's score and mask side by side: a query's postings reach documents all over the index (a megabyte
    /// and more at 100,000 statements, past the core's own cache), and an add that reads and writes both then misses
    /// the cache once rather than once in each of two arrays.
    /// </summary>
    private readonly Entry[] entries;
    private readonly List<int> touched = [];
    private readonly ScoreBoardPool? pool;

    public ScoreBoard(int size)
        : this(size, null)
    {
    }

    internal ScoreBoard(int size, ScoreBoardPool? pool)
    {
        entries = new Entry[Math.Max(1, size)];
        this.pool = pool;
    }

    /// <summary>The documents that received a score, in the order first touched.</summary>
    /// <remarks>A view of the board's own list (no copy, no interface calls in the loops over it): read it before the next <see cref="Add"/> of a new document.</remarks>
    public ReadOnlySpan<int> Touched => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(touched);

    public float ScoreOf(int doc) => entries[doc].Score;

    public ulong MaskOf(int doc) => entries[doc].Mask;

    public void Add(int doc, float score, ulong bits)
    {
        ref var entry = ref entries[doc];
        if (entry.Mask == 0 && bits != 0)
        {
            touched.Add(doc);
        }
        entry.Score += score;
        entry.Mask |= bits;
    }

    /// <summary>Adds to a document only if it has a score already: a common term's postings completing the documents rarer terms picked.</summary>
    public void AddIfTouched(int doc, float score, ulong bits)
    {
        ref var entry = ref entries[doc];
        if (entry.Mask != 0)
        {
            entry.Score += score;
            entry.Mask |= bits;
        }
    }

    internal bool Returned { get; set; }

    /// <summary>Empties the board (only the documents touched are reset).</summary>
    public void Clear()
    {
        foreach (var doc in touched)
        {
            entries[doc] = default;
        }
        touched.Clear();
    }

    public void Dispose()
    {
        // A second Dispose must not put the board in the pool twice, where two queries would share it.
        if (Returned)
        {
            return;
        }
        Returned = true;
        Clear();
        pool?.Return(this);
    }

    private struct Entry
    {
        public float Score;
        public ulong Mask;
    }
}

/// <summary>
/// Reuses score boards between queries: a board is two arrays the size of the index (a megabyte at 100,000
/// statements), too big to allocate per query. A few slots taken and given back with one atomic exchange each,
/// because a locking pool (ConcurrentBag takes a lock when nearly empty) cost more than the query it served.
/// </summary>
internal sealed class ScoreBoardPool(int size)
{
    private readonly ScoreBoard?[] slots = new ScoreBoard?[Math.Max(4, 2 * Environment.ProcessorCount)];

    public ScoreBoard Rent()
    {
        for (var i = 0; i < slots.Length; i++)
        {
            if (Volatile.Read(ref slots[i]) is not null && Interlocked.Exchange(ref slots[i], null) is { } board)
            {
                board.Returned = false;
                return board;
            }
        }
        return new ScoreBoard(size, this);
    }

    /// <summary>Keeps a clean board for the next query; with every slot full (a burst of concurrent queries), lets it go.</summary>
    public void Return(ScoreBoard board)
    {
        for (var i = 0; i < slots.Length; i++)
        {
            if (Interlocked.CompareExchange(ref slots[i], board, null) is null)
            {
                return;
            }
        }
    }
}
