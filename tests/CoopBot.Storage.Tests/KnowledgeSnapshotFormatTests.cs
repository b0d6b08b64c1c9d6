using System.Text.Json;
using CoopBot.Core.Answering;
using CoopBot.Core.Articles;
using CoopBot.Core.Extraction;
using CoopBot.Testing;

namespace CoopBot.Storage.Tests;

public class KnowledgeSnapshotFormatTests
{
    [Fact]
    public void Every_field_of_every_corpus_article_survives_packing_in_order()
    {
        var extractor = new ArticleExtractor();
        var entries = Directory.GetFiles(RepositoryPaths.CorpusArticles, "*.txt").Order(StringComparer.Ordinal)
            .Select(file => ArticleParser.ParseText(File.ReadAllBytes(file)).Article!)
            .Select(article => KnowledgeArticle.From(article, extractor.Extract(article)))
            .Select((article, i) => new SnapshotEntry(article.Id, $"v{i}", article))
            .ToList();
        // More than one chunk of 500, and nulls, empty lists and every enum value on the way.
        entries.AddRange(Enumerable.Range(0, 1_000).Select(i => new SnapshotEntry($"x{i}", "v", new KnowledgeArticle($"x{i}", "Tïtle “quoted” 日本", DateOnly.FromDayNumber(739_000 + i), null, [],
            new ArticleExtraction(
                [new Speaker("s", "Name", null, "Org", null)],
                [new Statement("s", (StatementKind)(i % 2), "text", i, "evidence")],
                [new Outcome("thing", (OutcomeStatus)(i % 14), i % 3 == 0 ? [] : ["China", "ASEAN"], i % 2 == 0 ? null : "s", 3, "sentence")])))));

        var unpacked = KnowledgeSnapshotFormat.Unpack(KnowledgeSnapshotFormat.Pack(entries));

        Assert.Equal(entries.Select(Json), unpacked.Select(Json));
        Assert.True(entries.Take(20).All(e => e.Article.Extraction.Statements.Count > 0));
    }

    [Fact]
    public void Damaged_bytes_are_an_error_not_a_wrong_article()
    {
        var entry = new SnapshotEntry("a", "v", new KnowledgeArticle("a", "A", new DateOnly(2025, 1, 1), "src", ["Lead."], ArticleExtraction.Empty));
        var packed = KnowledgeSnapshotFormat.Pack([entry]);

        var truncated = packed[..(packed.Length - 8)];

        Assert.ThrowsAny<Exception>(() => KnowledgeSnapshotFormat.Unpack(truncated));
    }

    private static string Json(SnapshotEntry entry) => JsonSerializer.Serialize(entry);
}
