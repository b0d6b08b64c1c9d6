using CoopBot.Core.Answering;
using CoopBot.Core.Articles;
using CoopBot.Core.Extraction;

namespace CoopBot.Core.Tests.Articles;

public class HeaderLinesTests
{
    [Theory]
    [InlineData("By Jerome Castañares", true)]
    [InlineData("Burak Sezer | 14.10.2026 - Update : 14.10.2026", true)]
    [InlineData("PUBLISHED : 6 Feb 2026 at 18:42", true)]
    [InlineData("ISTANBUL", true)]
    [InlineData("Health Writer", true)]
    [InlineData("Thailand and Laos agreed on a visa pilot.", false)]
    [InlineData("\"Good seed is the first step,\" he said.", false)]
    [InlineData("27 Oct 2026 08:05PM (Updated: 27 Oct 2026 10:15PM)", true)]
    [InlineData("The ministers met in Apia (Samoa)", false)]
    public void Short_lines_not_ended_like_a_sentence_are_header_lines(string line, bool header)
    {
        Assert.Equal(header, HeaderLines.IsHeaderLine(line));
    }

    [Fact]
    public void An_articles_lead_starts_after_its_header_lines()
    {
        var article = ArticleParser.ParseText("date 2026-02-06 Mekong neighbours agree on visa pilot\n\nPUBLISHED : 6 Feb 2026 at 18:42\n\nWRITER: Pornthip Kaewmanee\n\nThailand, Cambodia, Laos and Vietnam have agreed to launch a visa pilot.\n\nThe visa was agreed in Chiang Rai."u8.ToArray()).Article!;

        var knowledge = KnowledgeArticle.From(article, ArticleExtraction.Empty);

        Assert.Equal("Thailand, Cambodia, Laos and Vietnam have agreed to launch a visa pilot.", knowledge.LeadSentences[0]);
    }

    [Theory]
    [InlineData("The three countries will also set up a joint team.\n\nBy Bao Ngoc\n\nMar 27, 2026 19:40\n\nVietnam and Laos signed a memorandum.", 1)]
    [InlineData("Vietnam and Laos signed a memorandum on Friday.\n\nKadri Tammepuu\n\nThe minister said it was the first of its kind.", 0)]
    [InlineData("By Bao Ngoc\n\nMar 27, 2026 19:40\n\nVietnam and Laos signed a memorandum.", 0)]
    [InlineData("Vietnam and Laos signed a memorandum.\n\nThe three countries will also set up a joint team.", 0)]
    public void A_standfirst_is_what_stands_above_a_byline_and_a_time_stamp(string body, int paragraphs)
    {
        var article = ArticleParser.ParseText(System.Text.Encoding.UTF8.GetBytes("date 2026-03-27 Pact signed\n\n" + body)).Article!;

        Assert.Equal(paragraphs, HeaderLines.StandfirstEnd(article));
    }
}
