using System.Text;
using CoopBot.Core.Articles;

namespace CoopBot.Core.Tests.Articles;

public class ArticleParserTests
{
    private const string WellFormed = """
         date 2025-09-22 China, ASEAN pledge to strengthen AI cooperation

        The roundtable was held on Thursday in Nanning.
        It was co-hosted by two agencies.

        "We are ready," said Dr. Ana Ruiz, minister of science. She added that U.S. President-elect visits were not discussed.
        """;

    [Fact]
    public void Well_formed_text_yields_title_date_paragraphs_and_sentences()
    {
        var result = ArticleParser.ParseText(WellFormed);

        var article = Assert.IsType<Article>(result.Article);
        Assert.Equal("China, ASEAN pledge to strengthen AI cooperation", article.Title);
        Assert.Equal(new DateOnly(2025, 9, 22), article.Date);
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.Equal("The roundtable was held on Thursday in Nanning. It was co-hosted by two agencies.", article.Paragraphs[0].Text);
        Assert.Equal(["The roundtable was held on Thursday in Nanning.", "It was co-hosted by two agencies."], article.Paragraphs[0].Sentences.Select(s => s.Text));
        Assert.Equal(2, article.Paragraphs[1].Sentences.Count);
        Assert.Equal(4, article.SentenceCount);
        Assert.Equal([0, 1, 2, 3], article.Sentences.Select(s => s.Index));
    }

    [Fact]
    public void Id_is_date_and_title_slug()
    {
        var article = ArticleParser.ParseText(WellFormed).Article!;

        Assert.Equal("2025-09-22-china-asean-pledge-to-strengthen-ai-cooperation", article.Id);
    }

    [Fact]
    public void Slug_folds_accents_and_is_capped_at_80_characters()
    {
        Assert.Equal("sao-tome-and-cote-d-ivoire-sign-accord", ArticleIdentity.Slugify("São Tomé and Côte d'Ivoire sign accord!"));
        var slug = ArticleIdentity.Slugify(string.Join(' ', Enumerable.Repeat("cooperation", 20)));
        Assert.True(slug.Length <= ArticleIdentity.MaxSlugLength);
        Assert.False(slug.EndsWith('-'));
    }

    [Fact]
    public void Byte_order_mark_crlf_and_surrounding_blank_lines_are_tolerated()
    {
        var text = "\uFEFF\r\n\r\n  date 2025-01-02   Leaders meet  \r\n\r\nFirst paragraph.\r\n\r\n\r\nSecond paragraph.\r\n";
        var article = ArticleParser.ParseText(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text[1..])).ToArray()).Article!;

        Assert.Equal("Leaders meet", article.Title);
        Assert.Equal(["First paragraph.", "Second paragraph."], article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Invisible_marks_copied_from_web_pages_are_dropped_and_no_break_spaces_are_spaces()
    {
        var article = ArticleParser.ParseText("date 2025-01-02 T\n\nMr\u00A0Wang said the co\u00ADoperation\u200B centre would open.\u2060").Article!;

        Assert.Equal("Mr Wang said the cooperation centre would open.", article.Paragraphs[0].Text);
    }

    [Fact]
    public void Content_hash_ignores_line_wrapping_but_not_words()
    {
        var a = ArticleParser.ParseText("date 2025-01-02 T\n\nOne two\nthree.").Article!;
        var b = ArticleParser.ParseText("date 2025-01-02 T\n\nOne   two three.").Article!;
        var c = ArticleParser.ParseText("date 2025-01-02 T\n\nOne two four.").Article!;

        Assert.Equal(a.ContentHash, b.ContentHash);
        Assert.NotEqual(a.ContentHash, c.ContentHash);
    }

    [Theory]
    [InlineData("", ArticleError.MissingDateLine)]
    [InlineData("   \n\n  ", ArticleError.MissingDateLine)]
    [InlineData("China and ASEAN meet\n\nBody.", ArticleError.MissingDateLine)]
    [InlineData("dated 2025-01-01 Title\n\nBody.", ArticleError.MissingDateLine)]
    [InlineData("date 2025-13-01 Title\n\nBody.", ArticleError.InvalidDate)]
    [InlineData("date 22/09/2025 Title\n\nBody.", ArticleError.InvalidDate)]
    [InlineData("date\n\nBody.", ArticleError.MissingDateLine)]
    [InlineData("date 2025-09-22\n\nBody.", ArticleError.MissingTitle)]
    [InlineData("date 2025-09-22 Title", ArticleError.EmptyBody)]
    [InlineData("date 2025-09-22 Title\n\n   \n\n", ArticleError.EmptyBody)]
    public void Bad_text_is_rejected_with_its_reason(string text, ArticleError expected)
    {
        var result = ArticleParser.ParseText(text);

        Assert.Null(result.Article);
        Assert.Equal(expected, result.Error);
        Assert.False(string.IsNullOrWhiteSpace(result.Detail));
    }

    [Fact]
    public void Invalid_utf8_is_rejected_not_replaced()
    {
        var bytes = Encoding.UTF8.GetBytes("date 2025-09-22 Title\n\nCaf").Concat(new byte[] { 0xC3, 0x28, 0xFF }).ToArray();

        var result = ArticleParser.ParseText(bytes);

        Assert.Equal(ArticleError.InvalidUtf8, result.Error);
    }

    [Fact]
    public void Json_article_is_parsed_like_text()
    {
        var json = """{"title":"Leaders meet","date":"2025-03-04","source":"Example Wire","body":"First.\n\nSecond one. Third."}"""u8;

        var article = ArticleParser.ParseJson(json).Article!;

        Assert.Equal("2025-03-04-leaders-meet", article.Id);
        Assert.Equal("Example Wire", article.Source);
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.Equal(3, article.SentenceCount);
    }

    [Fact]
    public void Json_timestamp_date_keeps_its_calendar_day()
    {
        var article = ArticleParser.ParseJson("""{"title":"T","date":"2025-03-04T10:00:00Z","body":"Text."}"""u8).Article!;

        Assert.Equal(new DateOnly(2025, 3, 4), article.Date);
    }

    [Theory]
    [InlineData("{\"title\":\"T\",", ArticleError.MalformedJson)]
    [InlineData("[1,2]", ArticleError.MalformedJson)]
    [InlineData("null", ArticleError.MalformedJson)]
    [InlineData("{\"title\":\"T\",\"date\":5,\"body\":\"x\"}", ArticleError.MalformedJson)]
    [InlineData("{\"date\":\"2025-01-01\",\"body\":\"x\"}", ArticleError.MissingTitle)]
    [InlineData("{\"title\":\"T\",\"body\":\"x\"}", ArticleError.InvalidDate)]
    [InlineData("{\"title\":\"T\",\"date\":\"yesterday\",\"body\":\"x\"}", ArticleError.InvalidDate)]
    [InlineData("{\"title\":\"T\",\"date\":\"2025-01-01\",\"body\":\"  \"}", ArticleError.EmptyBody)]
    public void Bad_json_is_rejected_with_its_reason(string json, ArticleError expected)
    {
        Assert.Equal(expected, ArticleParser.ParseJson(Encoding.UTF8.GetBytes(json)).Error);
    }

    [Fact]
    public void Stored_parts_rebuild_the_same_article()
    {
        var original = ArticleParser.ParseText(WellFormed).Article!;

        var rebuilt = ArticleParser.FromParts(original.Title, original.Date, original.Source, original.Paragraphs.Select(p => p.Text).ToList());

        Assert.Equal(original.Id, rebuilt.Id);
        Assert.Equal(original.ContentHash, rebuilt.ContentHash);
        Assert.Equal(original.Sentences.Select(s => s.Text), rebuilt.Sentences.Select(s => s.Text));
    }
}
