using CoopBot.Core.Answering.Text;

namespace CoopBot.Core.Tests.Answering;

public class EnglishStemmerTests
{
    [Theory]
    [InlineData("factories", "factory")]
    [InlineData("warnings", "warning")]
    [InlineData("agreed", "agreement")]
    [InlineData("agrees", "agree")]
    [InlineData("pledging", "pledges")]
    [InlineData("launched", "launches")]
    [InlineData("cooperation", "cooperating")]
    [InlineData("certificates", "certification")]
    [InlineData("proposal", "proposed")]
    [InlineData("ministerial", "minister")]
    [InlineData("committed", "commitment")]
    [InlineData("planned", "plans")]
    [InlineData("running", "run")]
    [InlineData("openness", "opening")]
    public void Word_forms_meet_at_one_stem(string a, string b)
    {
        Assert.Equal(EnglishStemmer.Stem(a), EnglishStemmer.Stem(b));
    }

    [Theory]
    [InlineData("spilling", "spill")]
    [InlineData("process", "process")]
    [InlineData("bus", "bus")]
    [InlineData("ai", "ai")]
    [InlineData("analysis", "analysis")]
    public void Short_words_and_double_letters_that_belong_to_the_word_are_kept(string word, string stem)
    {
        Assert.Equal(stem, EnglishStemmer.Stem(word));
    }

    [Fact]
    public void Different_words_keep_different_stems()
    {
        Assert.NotEqual(EnglishStemmer.Stem("trade"), EnglishStemmer.Stem("train"));
        Assert.NotEqual(EnglishStemmer.Stem("security"), EnglishStemmer.Stem("secretary"));
    }
}
