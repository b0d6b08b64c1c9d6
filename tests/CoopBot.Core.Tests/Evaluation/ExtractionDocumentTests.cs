using System.Text.Json;
using System.Text.Json.Nodes;
using CoopBot.Core.Articles;
using CoopBot.Core.Evaluation;
using CoopBot.Core.Extraction;
using CoopBot.Testing;

namespace CoopBot.Core.Tests.Evaluation;

public class ExtractionDocumentTests
{
    private const string ArticleText = """
        date 2025-09-18 China, ASEAN open AI center

        Zhou Mingyuan, deputy head of China’s National Development and Reform Commission, said the center would serve as “a bridge”.
        """;

    private static (Article Article, ArticleExtraction Extraction) Sample()
    {
        var article = ArticleParser.ParseText(ArticleText).Article!;
        var extraction = new ArticleExtraction(
            [new Speaker("zhou-mingyuan", "Zhou Mingyuan", "deputy head of the National Development and Reform Commission", "National Development and Reform Commission", "China"),
             new Speaker("ana-ruiz", "Ana Ruiz", null, null, null)],
            [new Statement("zhou-mingyuan", StatementKind.Reported, "the center would serve as “a bridge”", 0, article.Sentences.First().Text),
             new Statement("ana-ruiz", StatementKind.Direct, "We are ready", 0, article.Sentences.First().Text)],
            [new Outcome("China-ASEAN AI safety dialogue mechanism", OutcomeStatus.Proposed, ["China"], "zhou-mingyuan", 0, article.Sentences.First().Text)]);
        return (article, extraction);
    }

    private static string[] Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public void Every_corpus_gold_file_round_trips_unchanged()
    {
        var files = Directory.GetFiles(RepositoryPaths.CorpusGold, "*.json");

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var original = File.ReadAllText(file);

            var written = EvaluationJson.Serialize(EvaluationJson.Deserialize(original));

            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(original), JsonNode.Parse(written)), $"{Path.GetFileName(file)} changed in a round trip:\n{written}");
        }
    }

    [Fact]
    public void Gold_file_keeps_its_questions_and_nullable_speaker_fields()
    {
        var document = EvaluationJson.Deserialize(File.ReadAllText(Path.Combine(RepositoryPaths.CorpusGold, "01-china-asean-ai-center.json")));

        Assert.Equal(new DateOnly(2025, 9, 18), document.Article.Date);
        Assert.Equal(9, document.Statements.Count);
        Assert.Null(document.Statements[3].Organisation);
        Assert.Equal("proposed", document.Outcomes[2].Status);
        Assert.NotNull(document.Questions);
        Assert.Equal(6, document.Questions.Count);
        Assert.Equal(["open-source models"], document.Questions[0].AnswerMustContain);
        Assert.Equal("what_said", document.Questions[0].Type);
        Assert.False(document.Questions[^1].Found);
    }

    [Fact]
    public void Unknown_properties_are_ignored()
    {
        const string json = """
            {"article":{"id":"x","date":"2025-01-01","title":"T","source":"AP"},"statements":[],"outcomes":[],"notes":"by hand"}
            """;

        var document = EvaluationJson.Deserialize(json);

        Assert.Equal("x", document.Article.Id);
        Assert.Null(document.Questions);
    }

    [Theory]
    [InlineData("""{"article":{"id":"x","date":"2025-01-01","title":"T"},"outcomes":[]}""")]
    [InlineData("""{"article":{"id":"x","date":"2025-01-01","title":"T"},"statements":[{"speaker":null,"role":null,"organisation":null,"country":null,"kind":"direct","text":"t"}],"outcomes":[]}""")]
    [InlineData("""{"article":{"id":"x","date":"18 May","title":"T"},"statements":[],"outcomes":[]}""")]
    [InlineData("null")]
    [InlineData("{")]
    public void Malformed_documents_are_rejected(string json)
    {
        Assert.ThrowsAny<JsonException>(() => EvaluationJson.Deserialize(json));
    }

    [Fact]
    public void Document_from_an_extraction_has_exactly_the_gold_property_names()
    {
        var (article, extraction) = Sample();

        var json = EvaluationJson.Serialize(ExtractionDocument.From(article, extraction));

        using var parsed = JsonDocument.Parse(json);
        var root = parsed.RootElement;
        Assert.Equal(["article", "statements", "outcomes"], Names(root));
        Assert.Equal(["id", "date", "title"], Names(root.GetProperty("article")));
        foreach (var statement in root.GetProperty("statements").EnumerateArray())
        {
            Assert.Equal(["speaker", "role", "organisation", "country", "kind", "text"], Names(statement));
        }
        var outcome = Assert.Single(root.GetProperty("outcomes").EnumerateArray().ToList());
        Assert.Equal(["text", "status", "parties"], Names(outcome));
    }

    [Fact]
    public void Document_from_an_extraction_writes_speakers_by_name_lower_case_wire_values_and_nulls()
    {
        var (article, extraction) = Sample();

        var json = EvaluationJson.Serialize(ExtractionDocument.From(article, extraction));

        using var parsed = JsonDocument.Parse(json);
        var root = parsed.RootElement;
        Assert.Equal("2025-09-18-china-asean-open-ai-center", root.GetProperty("article").GetProperty("id").GetString());
        Assert.Equal("2025-09-18", root.GetProperty("article").GetProperty("date").GetString());
        Assert.Equal("China, ASEAN open AI center", root.GetProperty("article").GetProperty("title").GetString());
        var statements = root.GetProperty("statements");
        Assert.Equal("Zhou Mingyuan", statements[0].GetProperty("speaker").GetString());
        Assert.Equal("China", statements[0].GetProperty("country").GetString());
        Assert.Equal("reported", statements[0].GetProperty("kind").GetString());
        Assert.Equal("direct", statements[1].GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, statements[1].GetProperty("role").ValueKind);
        Assert.Equal(JsonValueKind.Null, statements[1].GetProperty("organisation").ValueKind);
        Assert.Equal(JsonValueKind.Null, statements[1].GetProperty("country").ValueKind);
        Assert.Equal("proposed", root.GetProperty("outcomes")[0].GetProperty("status").GetString());
        Assert.Equal(["China"], root.GetProperty("outcomes")[0].GetProperty("parties").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public void Written_json_is_indented_and_keeps_typographic_quotes_readable()
    {
        var (article, extraction) = Sample();

        var json = EvaluationJson.Serialize(ExtractionDocument.From(article, extraction));

        Assert.Contains("\n  \"article\": {", json);
        Assert.Contains("“a bridge”", json);
    }
}
