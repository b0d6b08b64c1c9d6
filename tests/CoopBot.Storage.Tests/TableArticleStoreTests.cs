using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using CoopBot.Core.Articles;
using CoopBot.Core.Extraction;
using CoopBot.Core.Ingestion;
using CoopBot.Testing;

namespace CoopBot.Storage.Tests;

[Collection(Azurite.Collection)]
public class TableArticleStoreTests(Azurite azurite)
{
    private static readonly ArticleExtractor Extractor = new();

    private static Article Parse(string text) => ArticleParser.ParseText(text).Article!;

    private static readonly Article Original = Parse("date 2025-09-22 Ministers meet in Nanning\n\nThe meeting opened. Ministers spoke.\n\n\"We agree,\" said Li.");
    private static readonly Article Revised = Parse("date 2025-09-22 Ministers meet in Nanning\n\nThe meeting opened on time.\n\nA centre was launched. It is new.\n\nThird paragraph.");

    private TableArticleStore NewStore(out TableNames names, TableClientOptions? options = null)
    {
        names = TestTables.Fresh();
        return new TableArticleStore(azurite.CreateServiceClient(options), names);
    }

    [Fact]
    public async Task Ingesting_the_same_article_twice_stores_one_copy_and_reports_unchanged()
    {
        var store = NewStore(out _);

        var first = await store.IngestAsync(Original, Extractor.Extract(Original));
        var second = await store.IngestAsync(Original, Extractor.Extract(Original));

        Assert.Equal(IngestStatus.Created, first.Status);
        Assert.Equal(IngestStatus.Unchanged, second.Status);
        Assert.Single(await store.ListAsync());
    }

    [Fact]
    public async Task Changed_article_replaces_the_old_version_completely()
    {
        var store = NewStore(out var names);
        await store.IngestAsync(Original, Extractor.Extract(Original));

        var result = await store.IngestAsync(Revised, Extractor.Extract(Revised));
        var stored = await store.GetAsync(Revised.Id);

        Assert.Equal(IngestStatus.Updated, result.Status);
        Assert.Equal(Revised.Paragraphs.Select(p => p.Text), stored!.Article.Paragraphs.Select(p => p.Text));
        Assert.Equal(Revised.ContentHash, stored.Summary.ContentHash);
        // The old version's paragraph rows are gone: only the new partition remains.
        var partitions = await AllPartitionsAsync(names.ArticleParagraphs);
        Assert.Single(partitions);
    }

    [Fact]
    public async Task Stored_article_round_trips_with_sentences_and_metadata()
    {
        var store = NewStore(out _);
        await store.IngestAsync(Original, Extractor.Extract(Original), seedFile: "nanning.txt");

        var stored = await store.GetAsync(Original.Id);

        Assert.NotNull(stored);
        Assert.Equal("Ministers meet in Nanning", stored.Summary.Title);
        Assert.Equal(new DateOnly(2025, 9, 22), stored.Summary.Date);
        Assert.Equal("nanning.txt", stored.Summary.SeedFile);
        Assert.Equal(Original.SentenceCount, stored.Article.SentenceCount);
        Assert.Equal(Original.Sentences.Select(s => s.Text), stored.Article.Sentences.Select(s => s.Text));
    }

    [Fact]
    public async Task Unknown_or_unsafe_ids_are_not_found()
    {
        var store = NewStore(out _);

        Assert.Null(await store.GetAsync("2020-01-01-nothing"));
        Assert.Null(await store.GetAsync("../etc/passwd"));
        Assert.False(await store.DeleteAsync("a#b"));
    }

    [Fact]
    public async Task Deleting_removes_the_article_and_its_paragraphs()
    {
        var store = NewStore(out var names);
        await store.IngestAsync(Original, Extractor.Extract(Original));

        Assert.True(await store.DeleteAsync(Original.Id));

        Assert.Null(await store.GetAsync(Original.Id));
        Assert.Empty(await store.ListAsync());
        Assert.Empty(await AllPartitionsAsync(names.ArticleParagraphs));
    }

    [Fact]
    public async Task Paragraph_longer_than_a_string_property_is_split_and_read_back_whole()
    {
        var store = NewStore(out _);
        // ~600,000 characters in one paragraph: several properties and several entities.
        var longParagraph = string.Join(' ', Enumerable.Range(0, 30000).Select(i => $"Clause {i} agreed."));
        var article = Parse($"date 2025-01-01 A very long communique\n\n{longParagraph}\n\nShort closing paragraph.");

        await store.IngestAsync(article, Extractor.Extract(article));
        var stored = await store.GetAsync(article.Id);

        Assert.Equal(longParagraph, stored!.Article.Paragraphs[0].Text);
        Assert.Equal(article.ContentHash, stored.Article.ContentHash);
    }

    [Fact]
    public async Task Article_with_hundreds_of_paragraphs_is_written_in_several_batches()
    {
        var store = NewStore(out _);
        var body = string.Join("\n\n", Enumerable.Range(0, 350).Select(i => $"Paragraph number {i} says something."));
        var article = Parse($"date 2025-01-01 Many paragraphs\n\n{body}");

        await store.IngestAsync(article, Extractor.Extract(article));

        Assert.Equal(350, (await store.GetAsync(article.Id))!.Article.Paragraphs.Count);
    }

    [Fact]
    public async Task Failed_write_leaves_readers_the_previous_complete_version()
    {
        var names = TestTables.Fresh();
        var healthy = new TableArticleStore(azurite.CreateServiceClient(), names);
        await healthy.IngestAsync(Original, Extractor.Extract(Original));

        // The commit (the article row) fails after the new paragraphs were written.
        var options = new TableClientOptions();
        options.AddPolicy(new FailWritesToTable(names.Articles), HttpPipelinePosition.PerCall);
        var failing = new TableArticleStore(azurite.CreateServiceClient(options), names);
        await Assert.ThrowsAsync<RequestFailedException>(() => failing.IngestAsync(Revised, Extractor.Extract(Revised)));

        var seen = await healthy.GetAsync(Original.Id);
        Assert.Equal(Original.ContentHash, seen!.Summary.ContentHash);
        Assert.Equal(Original.Paragraphs.Select(p => p.Text), seen.Article.Paragraphs.Select(p => p.Text));

        // A later successful ingest still replaces it completely.
        Assert.Equal(IngestStatus.Updated, (await healthy.IngestAsync(Revised, Extractor.Extract(Revised))).Status);
        Assert.Equal(Revised.ContentHash, (await healthy.GetAsync(Revised.Id))!.Article.ContentHash);
    }

    [Fact]
    public async Task Concurrent_readers_only_ever_see_complete_versions()
    {
        var store = NewStore(out _);
        await store.IngestAsync(Original, Extractor.Extract(Original));
        var versions = new[] { Original, Revised };
        var valid = versions.ToDictionary(v => v.ContentHash, v => v.Paragraphs.Select(p => p.Text).ToArray());

        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            for (var i = 1; i <= 12; i++)
            {
                await store.IngestAsync(versions[i % 2], Extractor.Extract(versions[i % 2]));
            }
            await stop.CancelAsync();
        });
        var reads = 0;
        while (!stop.IsCancellationRequested && reads < 500)
        {
            var seen = await store.GetAsync(Original.Id);
            Assert.NotNull(seen);
            Assert.True(valid.TryGetValue(seen.Summary.ContentHash, out var expected));
            Assert.Equal(expected, seen.Article.Paragraphs.Select(p => p.Text));
            reads++;
        }
        await writer;
        Assert.True(reads > 0);
    }

    [Fact]
    public async Task Two_writers_of_the_same_change_leave_one_version()
    {
        var store = NewStore(out var names);
        var other = new TableArticleStore(azurite.CreateServiceClient(), names);
        await store.IngestAsync(Original, Extractor.Extract(Original));

        var results = await Task.WhenAll(store.IngestAsync(Revised, Extractor.Extract(Revised)), other.IngestAsync(Revised, Extractor.Extract(Revised)));

        Assert.Contains(results, r => r.Status == IngestStatus.Updated);
        Assert.Equal(Revised.ContentHash, (await store.GetAsync(Revised.Id))!.Summary.ContentHash);
        Assert.Single(await AllPartitionsAsync(names.ArticleParagraphs));
    }

    [Fact]
    public async Task Table_prefix_keeps_environments_apart()
    {
        var a = NewStore(out _);
        var b = NewStore(out _);

        await a.IngestAsync(Original, Extractor.Extract(Original));

        Assert.Single(await a.ListAsync());
        Assert.Empty(await b.ListAsync());
    }

    private async Task<HashSet<string>> AllPartitionsAsync(string table)
    {
        var client = azurite.CreateServiceClient().GetTableClient(table);
        var partitions = new HashSet<string>();
        await foreach (var entity in client.QueryAsync<TableEntity>(select: ["PartitionKey"]))
        {
            partitions.Add(entity.PartitionKey);
        }
        return partitions;
    }

    /// <summary>Fails every write to one table, as a crash or outage between two steps of an ingest would.</summary>
    private sealed class FailWritesToTable(string table) : HttpPipelineSynchronousPolicy
    {
        public override void OnSendingRequest(HttpMessage message)
        {
            var path = message.Request.Uri.Path;
            if (message.Request.Method != RequestMethod.Get && (path.EndsWith("/" + table, StringComparison.Ordinal) || path.Contains("/" + table + "(", StringComparison.Ordinal)))
            {
                throw new RequestFailedException(503, $"Injected failure writing to {table}");
            }
        }
    }
}
