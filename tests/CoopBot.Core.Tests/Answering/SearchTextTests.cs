using CoopBot.Core.Answering.Text;

namespace CoopBot.Core.Tests.Answering;

public class SearchTextTests
{
    [Fact]
    public void Words_are_folded_lower_cased_split_at_hyphens_and_lose_possessives()
    {
        var words = SearchText.Words("María José's China-ASEAN plan for Laos’ farmers");

        Assert.Equal(["maria", "jose", "china", "asean", "plan", "for", "laos", "farmers"], words.Select(w => w.Text));
        Assert.True(words[0].Capitalized);
        Assert.False(words[4].Capitalized);
    }

    [Fact]
    public void Dotted_abbreviations_join_and_numbers_keep_their_separators()
    {
        var words = SearchText.Words("The U.S. pledged 1.2 billion to 20,000 farmers").Select(w => w.Text);

        Assert.Equal(["the", "us", "pledged", "1.2", "billion", "to", "20000", "farmers"], words);
    }

    [Fact]
    public void Capitals_only_words_are_marked_so_acronyms_are_told_from_pronouns()
    {
        var words = SearchText.Words("WHO said who");

        Assert.True(words[0].AllCaps);
        Assert.False(words[2].AllCaps);
    }

    [Fact]
    public void Terms_drop_stop_words_and_stem_the_rest()
    {
        Assert.Equal(["flood", "warn", "farmer"], SearchText.Terms("about the flood warnings for farmers"));
    }

    [Theory]
    [InlineData("Cambodian", "cambodia")]
    [InlineData("Chinese", "china")]
    [InlineData("Congolese", "congo")]
    public void Demonyms_become_their_country(string demonym, string term)
    {
        Assert.Equal([term], SearchText.Terms(demonym));
    }
}
