using CoopBot.Core.Answering.Text;

namespace CoopBot.Core.Tests.Answering;

public class SearchIndexTests
{
    private const int Rare = 0;
    private const int Common = 1;
    private const int Filler = 2;

    /// <summary>
    /// Documents 0..n-1: every <paramref name="rareEvery"/>th holds the rare term, every <paramref name="commonEvery"/>th
    /// the common one (twice in every third of those), all of them some filler of varying length.
    /// </summary>
    private static SearchIndex Index(int documents, int rareEvery, int commonEvery)
    {
        var builder = new SearchIndex.Builder();
        for (var d = 0; d < documents; d++)
        {
            var terms = new List<int>();
            terms.AddRange(Enumerable.Repeat(Filler, 1 + (d % 5)));
            if (d % rareEvery == 0)
            {
                terms.Add(Rare);
            }
            if (d % commonEvery == 0)
            {
                terms.AddRange(d % 3 == 0 ? [Common, Common] : [Common]);
            }
            builder.Add(terms);
        }
        return builder.Build(vocabularySize: 3);
    }

    [Theory]
    [InlineData(50, 2)]   // the common term's postings far outnumber the picked documents: looked up per document
    [InlineData(3, 2)]    // about as many: its postings are walked
    public void Documents_picked_by_rare_terms_get_the_common_terms_scores_either_way(int rareEvery, int commonEvery)
    {
        var index = Index(3_000, rareEvery, commonEvery);
        List<int> query = [Rare, Common];
        using var board = index.RentBoard();

        index.Score(query, board, minCoverage: 0.5f);

        Assert.Equal(3_000 / rareEvery, board.Touched.Length);
        foreach (var doc in board.Touched)
        {
            var (score, mask) = index.ScoreDocument(doc, query);
            Assert.Equal(mask, board.MaskOf(doc));
            Assert.Equal(score, board.ScoreOf(doc), tolerance: 1e-5);
        }
    }

    [Fact]
    public void Score_board_keeps_each_documents_score_and_mask_and_comes_back_clean()
    {
        var board = new ScoreBoard(10);
        board.Add(7, 1.5f, 0b01);
        board.Add(3, 2f, 0b10);
        board.Add(7, 0.25f, 0b10);
        board.AddIfTouched(5, 9f, 0b01); // never touched: left alone
        board.AddIfTouched(3, 1f, 0b01);

        Assert.Equal([7, 3], board.Touched.ToArray());
        Assert.Equal(1.75f, board.ScoreOf(7));
        Assert.Equal(0b11UL, board.MaskOf(7));
        Assert.Equal(3f, board.ScoreOf(3));
        Assert.Equal(0b11UL, board.MaskOf(3));
        Assert.Equal(0f, board.ScoreOf(5));
        Assert.Equal(0UL, board.MaskOf(5));

        board.Clear();

        Assert.Equal(0, board.Touched.Length);
        Assert.Equal(0f, board.ScoreOf(7));
        Assert.Equal(0UL, board.MaskOf(3));
    }

    [Fact]
    public void Find_and_lower_bound_give_what_a_binary_search_finds_in_a_sorted_list()
    {
        var random = new Random(5);
        for (var length = 0; length < 70; length++)
        {
            var sorted = Enumerable.Range(0, 200).OrderBy(_ => random.Next()).Take(length).Order().ToArray();
            for (var term = -1; term <= 200; term++)
            {
                var expected = Array.BinarySearch(sorted, term);
                Assert.Equal(expected >= 0 ? expected : -1, SearchIndex.Find(sorted, term));
                Assert.Equal(expected >= 0 ? expected : ~expected, SearchIndex.LowerBound(sorted, term));
            }
        }
    }
}

public class TopScoreSearchTests
{
    /// <summary>
    /// A random index with a skewed vocabulary (term t in about 1 of t + 1 documents, some twice) and documents of
    /// varying length: many ties and near-ties, as in template-made statements.
    /// </summary>
    private static SearchIndex RandomIndex(int documents, int vocabulary, int seed, bool impactOrdered = true)
    {
        var random = new Random(seed);
        var builder = new SearchIndex.Builder();
        for (var d = 0; d < documents; d++)
        {
            var terms = new List<int>();
            for (var t = 0; t < vocabulary; t++)
            {
                if (random.Next(t + 2) == 0)
                {
                    terms.Add(t);
                    if (random.Next(4) == 0)
                    {
                        terms.Add(t);
                    }
                }
            }
            terms.AddRange(Enumerable.Repeat(vocabulary, random.Next(6)));
            builder.Add(terms);
        }
        return builder.Build(vocabulary + 1, impactOrdered);
    }

    /// <summary>Keeps the best k documents by score then document, as the answer engine's lists do, with an optional per-document bonus.</summary>
    private sealed class TopK(int k, Func<int, float>? bonus = null, float bonusBound = 0, bool counts = true) : ITopScoreCollector
    {
        public bool CountsEveryDocument => counts;

        private readonly SortedSet<(float Score, int Doc)> kept = new(Comparer<(float Score, int Doc)>.Create((a, b) =>
            a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc)));

        public float Threshold => kept.Count < k ? float.NegativeInfinity : kept.Max.Score;

        public float BonusBound => bonusBound;

        public float Bonus(int doc) => bonus?.Invoke(doc) ?? 0;

        public int Collected { get; private set; }

        public void Collect(int doc, float score, ulong mask)
        {
            Collected++;
            kept.Add((score + Bonus(doc), doc));
            if (kept.Count > k)
            {
                kept.Remove(kept.Max);
            }
        }

        public List<(float Score, int Doc)> Best => [.. kept];
    }

    /// <summary>The best k by scoring every document that holds a (picking) term.</summary>
    private static List<(float Score, int Doc)> Exhaustive(SearchIndex index, List<int> query, int k, float minCoverage, Func<int, float>? bonus)
    {
        using var board = index.RentBoard();
        index.Score(query, board, minCoverage);
        var all = new List<(float Score, int Doc)>();
        foreach (var doc in board.Touched)
        {
            all.Add((board.ScoreOf(doc) + (bonus?.Invoke(doc) ?? 0), doc));
        }
        return [.. all.OrderByDescending(h => h.Score).ThenBy(h => h.Doc).Take(k)];
    }

    [Theory]
    [InlineData(1, 0f, false, true)]
    [InlineData(4, 0f, false, true)]
    [InlineData(32, 0f, false, true)]
    [InlineData(300, 0f, false, true)]    // deep lists: the impact-ordered start gives up and hands over
    [InlineData(4, 0.5f, false, true)]
    [InlineData(32, 0.5f, false, true)]
    [InlineData(4, 0f, true, true)]
    [InlineData(32, 0.5f, true, true)]
    [InlineData(4, 0f, false, false)]     // document order only
    [InlineData(32, 0.5f, true, false)]
    [InlineData(32, 0f, false, true, false)]  // a collector that counts nothing: a walk leaves out what cannot make the list
    [InlineData(300, 0.5f, false, true, false)]
    [InlineData(32, 0.5f, true, true, false)]
    public void Top_k_search_finds_the_same_documents_and_scores_as_scoring_every_candidate(int k, float minCoverage, bool withBonus, bool impactOrdered, bool counts = true)
    {
        var index = RandomIndex(3_000, vocabulary: 24, seed: 7, impactOrdered);
        var random = new Random(11);
        Func<int, float>? bonus = withBonus ? doc => (doc % 7) * 0.3f : null;
        for (var q = 0; q < 200; q++)
        {
            var query = Enumerable.Range(0, 1 + random.Next(6)).Select(_ => random.Next(25)).Distinct().ToList();
            if (random.Next(5) == 0)
            {
                query.Add(-1); // a word no document has
            }
            var collector = new TopK(k, bonus, withBonus ? 6 * 0.3f : 0, counts);

            index.Search(query, collector, minCoverage);

            var expected = Exhaustive(index, query, k, minCoverage, bonus);
            Assert.Equal(expected.Select(h => h.Doc), collector.Best.Select(h => h.Doc));
            Assert.Equal(expected.Select(h => h.Score), collector.Best.Select(h => h.Score));
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Top_k_search_skips_documents_that_cannot_make_the_list(bool impactOrdered)
    {
        // A common term (in half the documents) with a rare one: the best four hold both, so once they are found
        // the rare term is required and the documents holding only the common one are never visited.
        var index = RandomIndex(3_000, vocabulary: 24, seed: 3, impactOrdered);
        List<int> query = [0, 23];
        var collector = new TopK(4);

        index.Search(query, collector);

        using var board = index.RentBoard();
        index.Score(query, board);
        Assert.True(collector.Collected < board.Touched.Length / 2, $"collected {collector.Collected} of {board.Touched.Length}");
    }
}
