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
}
