using CoopBot.Core.Answering.Text;

namespace CoopBot.Core.Tests.Answering;

public class DocumentSetTests
{
    [Fact]
    public void A_union_holds_the_documents_of_every_bit_of_its_mask_and_no_others()
    {
        // Document d's mask: bit 0 for even documents, bit 1 for multiples of 3, bit 20 for document 130 alone.
        var masks = Enumerable.Range(0, 200).Select(d => (d % 2 == 0 ? 1u : 0) | (d % 3 == 0 ? 2u : 0) | (d == 130 ? 1u << 20 : 0)).ToArray();
        var sets = new DocumentSetsByBit(masks);

        var union = sets.Union(2u | (1u << 20));

        for (var d = 0; d < masks.Length; d++)
        {
            Assert.Equal(d % 3 == 0 || d == 130, union.Contains(d));
        }
        Assert.Same(union, sets.Union(2u | (1u << 20)));
        Assert.False(sets.Union(1u << 7).Contains(0));
    }

    [Fact]
    public void Scoring_within_a_set_picks_only_its_documents_with_the_scores_of_an_unrestricted_search()
    {
        var builder = new SearchIndex.Builder();
        for (var d = 0; d < 500; d++)
        {
            // Term 0 in every third document, term 1 (common) in all, each of varying length.
            var terms = new List<int> { 1 };
            terms.AddRange(Enumerable.Repeat(2, d % 7));
            if (d % 3 == 0)
            {
                terms.Add(0);
            }
            builder.Add(terms);
        }
        var index = builder.Build(vocabularySize: 3);
        var within = new DocumentSetsByBit(Enumerable.Range(0, 500).Select(d => d % 5 == 0 ? 1u : 0).ToArray()).Union(1);
        List<int> query = [0, 1];
        using var all = index.RentBoard();
        using var some = index.RentBoard();

        index.Score(query, all, minCoverage: 0.5f);
        index.Score(query, some, minCoverage: 0.5f, within: within);

        Assert.Equal(all.Touched.ToArray().Where(within.Contains), some.Touched.ToArray());
        foreach (var doc in some.Touched)
        {
            Assert.Equal(all.ScoreOf(doc), some.ScoreOf(doc));
            Assert.Equal(all.MaskOf(doc), some.MaskOf(doc));
        }
    }

    [Theory]
    [InlineData(3)]     // a few documents asked for: each looked up
    [InlineData(500)]   // every document: past the look-ups' budget, the postings are walked
    public void Document_scores_are_those_of_a_walk_of_the_postings_however_many_are_asked_for(int asked)
    {
        var builder = new SearchIndex.Builder();
        for (var d = 0; d < 500; d++)
        {
            var terms = new List<int> { 1 };
            terms.AddRange(Enumerable.Repeat(2, d % 7));
            if (d % 3 == 0)
            {
                terms.AddRange([0, 0]);
            }
            builder.Add(terms);
        }
        var index = builder.Build(vocabularySize: 3);
        List<int> query = [0, 2, 1];
        using var walked = index.RentBoard();
        index.Score(query, walked);
        using var scores = new DocumentScores(index, query);

        for (var round = 0; round < 2; round++)
        {
            for (var d = 0; d < asked; d++)
            {
                var doc = (d * 7) % 500;
                Assert.Equal((walked.ScoreOf(doc), walked.MaskOf(doc)), scores.Of(doc));
            }
        }
    }
}
