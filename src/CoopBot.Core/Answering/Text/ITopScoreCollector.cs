namespace CoopBot.Core.Answering.Text;

/// <summary>Receives the documents of a top-k search (<see cref="SearchIndex.Search"/>) and says which scores still matter.</summary>
internal interface ITopScoreCollector
{
    /// <summary>
    /// The score a document must beat to change what is collected, <see cref="float.NegativeInfinity"/> while there is
    /// room; it may only rise. Documents that cannot beat it are not scored or collected.
    /// </summary>
    float Threshold { get; }

    /// <summary>The most <see cref="Bonus"/> gives any document (0 when the collector adds nothing to the index's score).</summary>
    float BonusBound { get; }

    /// <summary>What the collector will add to a document's BM25 score (its article's score for an event, say): counted when bounding it.</summary>
    float Bonus(int doc);

    /// <summary>Takes a document with its BM25 score and the mask of the query terms it holds (bit i: term i).</summary>
    void Collect(int doc, float score, ulong mask);

    /// <summary>
    /// Whether the collector counts the documents it is handed, so that a search ending by adding up the postings
    /// must hand it every one; when false, there too it leaves out those that cannot beat <see cref="Threshold"/>.
    /// </summary>
    bool CountsEveryDocument => true;
}
