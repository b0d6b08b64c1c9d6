using CoopBot.Core.Articles;
using CoopBot.Core.Extraction;

namespace CoopBot.Core.Tests.Extraction;

/// <summary>Runs the extractor on a few paragraphs and finds statements and outcomes by their words.</summary>
internal static class ExtractionTestKit
{
    public static ArticleExtraction Extract(params string[] paragraphs)
    {
        var text = "date 2025-06-01 Ministers meet\n\n" + string.Join("\n\n", paragraphs);
        return new ArticleExtractor().Extract(ArticleParser.ParseText(text).Article!);
    }

    public static Statement StatementContaining(this ArticleExtraction extraction, string words) =>
        Assert.Single(extraction.Statements, s => s.Text.Contains(words, StringComparison.Ordinal));

    public static string SpeakerName(this ArticleExtraction extraction, Statement statement) =>
        extraction.SpeakerById(statement.SpeakerId)!.Name;

    public static Speaker Speaker(this ArticleExtraction extraction, string name) =>
        Assert.Single(extraction.Speakers, s => s.Name == name);

    public static Outcome OutcomeContaining(this ArticleExtraction extraction, string words) =>
        Assert.Single(extraction.Outcomes, o => o.Text.Contains(words, StringComparison.Ordinal));
}
