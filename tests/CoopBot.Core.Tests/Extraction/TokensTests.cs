using CoopBot.Core.Extraction.Lexicon;

namespace CoopBot.Core.Tests.Extraction;

public class TokensTests
{
    [Theory]
    [InlineData("Zhou Mingyuan said.", "Zhou|Mingyuan|said")]
    [InlineData("O'Neill and O’Brien met China-ASEAN envoys", "O'Neill|and|O’Brien|met|China-ASEAN|envoys")]
    [InlineData("The U.S. pledged US$3.5 billion and 1,200 experts, 1, 2.", "The|U.S.|pledged|US|$3.5|billion|and|1,200|experts|1|2")]
    [InlineData("Dr. Pérez-Núñez of Côte d’Ivoire", "Dr|Pérez-Núñez|of|Côte|d’Ivoire")]
    [InlineData("İstanbul 東京 Москва—São Paulo", "İstanbul|東京|Москва|São|Paulo")]
    [InlineData("  ,;  ", "")]
    public void Words_keep_inner_apostrophes_hyphens_and_dotted_abbreviations(string text, string expected)
    {
        Assert.Equal(expected, string.Join('|', Tokens.Words(text).Select(w => w.Text)));
        Assert.All(Tokens.Words(text), w => Assert.Equal(w.Text, text[w.Start..w.End]));
    }
}
