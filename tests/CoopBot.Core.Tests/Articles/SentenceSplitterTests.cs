using CoopBot.Core.Articles;

namespace CoopBot.Core.Tests.Articles;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text) => SentenceSplitter.Split(text).Select(r => text.Substring(r.Start, r.Length)).ToArray();

    [Theory]
    [InlineData("Dr. Li Wei spoke first. Then the minister replied.", 2)]
    [InlineData("The U.S. President met ASEAN leaders. They agreed to meet again.", 2)]
    [InlineData("Resolution No. 1 was adopted. It passed unanimously.", 2)]
    [InlineData("Trade grew 3.5 percent to $1.2 trillion. Officials were pleased.", 2)]
    [InlineData("George W. Bush and Mr. Tan spoke. Ms. Lee did not.", 2)]
    [InlineData("The talks, held on Jan. 15 in Geneva, ended. A statement followed.", 2)]
    [InlineData("Mt. Kinabalu was on the tour. It rained.", 2)]
    [InlineData("According to Ryu, head of fuel at Korea Electric Power Corp. (KEPCO), the utility will sign. It said so.", 2)]
    [InlineData("“It works,” said the head of Luzon DataHub Inc. “We need power.” The deal was signed with Hyundai Corp. The talks ended.", 4)]
    public void Abbreviations_initials_and_decimals_do_not_split(string text, int expected)
    {
        Assert.Equal(expected, Sentences(text).Length);
    }

    [Fact]
    public void Closing_quote_stays_with_its_sentence()
    {
        var sentences = Sentences("He said: \"We are ready.\" The talks then began.");

        Assert.Equal(["He said: \"We are ready.\"", "The talks then began."], sentences);
    }

    [Fact]
    public void Question_inside_a_quote_followed_by_attribution_is_one_sentence()
    {
        Assert.Single(Sentences("\"Why wait?\" she asked."));
        Assert.Single(Sentences("“Can we do more?” asked the minister."));
    }

    [Fact]
    public void New_quote_after_a_full_stop_starts_a_sentence()
    {
        var sentences = Sentences("The centre opened. “It is a milestone,” he said.");

        Assert.Equal(2, sentences.Length);
        Assert.StartsWith("“It is", sentences[1]);
    }

    [Fact]
    public void Dotted_acronym_at_sentence_end_splits_before_a_common_opener()
    {
        Assert.Equal(2, Sentences("The delegation flew to the U.S. The visit lasted a week.").Length);
    }

    [Fact]
    public void Text_without_terminal_mark_is_one_sentence()
    {
        Assert.Equal(["A headline without a period"], Sentences("  A headline without a period  "));
    }
}
