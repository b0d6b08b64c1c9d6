namespace CoopBot.Core.Answering.Text;

/// <summary>
/// One query's scores of the documents a caller asks about (an outcome question asks for the articles of the outcomes
/// it considers: a few hundred of 10,000), each worked out from the document's own term list the first time, while
/// that costs less than walking the query's postings; past that, all at once by the walk. Both give the floats
/// <see cref="SearchIndex.Score"/> gives.
/// </summary>
internal sealed class DocumentScores : IDisposable
{
    private readonly SearchIndex index;
    private readonly IReadOnlyList<int> terms;

    /// <summary>The query's known terms and their places in it, picked once for all the look-ups.</summary>
    private readonly int[] selected;
    private readonly int[] positions;
    /// <summary>The scores found so far (by look-ups, then by the walk); <see cref="lookedUp"/> says which documents were looked up.</summary>
    private readonly ScoreBoard scores;
    private readonly DocumentSet lookedUp;
    private readonly long lookUpBudget;
    private long lookUps;
    private bool walked;

    public DocumentScores(SearchIndex index, IReadOnlyList<int> terms)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(terms);
        this.index = index;
        this.terms = terms;
        selected = new int[Math.Min(terms.Count, 64)];
        positions = new int[selected.Length];
        var count = SearchIndex.Select(terms, ulong.MaxValue, selected, positions);
        (selected, positions) = (selected[..count], positions[..count]);
        scores = index.RentBoard();
        lookedUp = new DocumentSet(index.Count);
        long postings = 0;
        for (var t = 0; t < terms.Count && t < 64; t++)
        {
            postings += index.DocumentFrequency(terms[t]);
        }
        // Looking a document up costs about one term's look-up: reaching its term list is most of it (the list is then
        // in cache for the other terms' searches).
        lookUpBudget = postings / SearchIndex.PostingsPerLookup;
    }

    /// <summary>A document's score for the query and the mask of the query terms it holds.</summary>
    public (float Score, ulong Mask) Of(int doc)
    {
        if (!walked && !lookedUp.Contains(doc))
        {
            if (lookUps < lookUpBudget)
            {
                lookUps++;
                lookedUp.Add(doc);
                var (score, mask) = index.ScoreDocument(doc, selected, positions);
                scores.Add(doc, score, mask);
            }
            else
            {
                // The walk adds every document's score afresh: the board must not hold the looked-up ones twice.
                scores.Clear();
                index.Score(terms, scores);
                walked = true;
            }
        }
        return (scores.ScoreOf(doc), scores.MaskOf(doc));
    }

    public void Dispose() => scores.Dispose();
}
