using CoopBot.Core.Extraction.Lexicon;
using CoopBot.Testing;

namespace CoopBot.Core.Tests.Extraction;

public class SubstringSetTests
{
    [Fact]
    public void A_large_set_finds_exactly_what_a_plain_search_finds()
    {
        // Over thirty values, so the set filters by first three characters instead of one vectorised search.
        string[] values =
        [
            .. Vocabulary.ReportingVerbs.Select(v => v.Words[0]), "According", "shared by", "in 20", "’s own", "é à", "said.",
        ];
        var set = new SubstringSet(values);
        var texts = Directory.GetFiles(RepositoryPaths.CorpusArticles)
            .SelectMany(file => File.ReadAllText(file).Split('\n'))
            .Concat(["", "sa", "sai", "said", "unsaid", "in 2019", "in 2", "China’s own", "café à", "xx shared byx", "SAID"])
            .ToList();
        var random = new Random(5);
        const string alphabet = "saidtolnoureh ’é.20";
        for (var i = 0; i < 5_000; i++)
        {
            texts.Add(new string(Enumerable.Range(0, random.Next(0, 12)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()));
        }

        foreach (var text in texts)
        {
            Assert.Equal(values.Any(v => text.Contains(v, StringComparison.Ordinal)), set.ContainsAny(text));
        }
    }
}
