using Azure;
using Azure.Data.Tables;
using CoopBot.Core.Answering;
using CoopBot.Core.Articles;
using CoopBot.Core.Extraction;
using CoopBot.Testing;

namespace CoopBot.Storage.Tests;

[Collection(Azurite.Collection)]
public class KnowledgeSnapshotTests(Azurite azurite)
{
    private TableArticleStore NewStore(out TableClient knowledgeTable)
    {
        var names = TestTables.Fresh();
        var service = azurite.CreateServiceClient();
        knowledgeTable = service.GetTableClient(names.Knowledge);
        return new TableArticleStore(service, names);
    }

    /// <summary>How many snapshots' rows are stored (current, previous, and any left behind).</summary>
    private static async Task<int> SnapshotPartitionsAsync(TableClient table)
    {
        var partitions = new HashSet<string>();
        await foreach (var row in table.QueryAsync<TableEntity>(select: ["PartitionKey"]))
        {
            partitions.Add(row.PartitionKey);
        }
        return partitions.Count(p => p.StartsWith("snapshot~", StringComparison.Ordinal));
    }

    private static async Task IngestAsync(TableArticleStore store, int number, string? extra = null)
    {
        var text = $"date 2025-06-{1 + number % 28:D2} Ministers meet for round {number}\n\n"
            + $"The Regional Centre number {number} was inaugurated on Monday.\n\n"
            + $"\"This centre belongs to all of us,\" said Ana Ruiz {number}, Chile's minister of science.{extra}";
        var article = ArticleParser.ParseText(text).Article!;
        await store.IngestAsync(article, new ArticleExtractor().Extract(article));
    }

    [Fact]
    public async Task A_new_source_reads_the_snapshot_then_catches_up_with_later_changes()
    {
        var store = NewStore(out _);
        for (var i = 0; i < 3; i++)
        {
            await IngestAsync(store, i);
        }
        Assert.True(await new TableKnowledgeSource(store, TimeSpan.FromMinutes(10)).SaveSnapshotAsync());
        await IngestAsync(store, 3);
        await store.DeleteAsync("2025-06-01-ministers-meet-for-round-0");

        var snapshot = await store.Snapshots.ReadAsync();
        var source = new TableKnowledgeSource(store, TimeSpan.FromMinutes(10));
        var first = await source.GetArticlesAsync();
        var caughtUp = await source.RefreshNowAsync();

        Assert.Equal(3, snapshot!.Entries.Count);
        Assert.Equal(first.Select(a => a.Id), snapshot.Entries.Select(e => e.Article).OrderByDescending(a => a.Date).ThenBy(a => a.Id, StringComparer.Ordinal).Select(a => a.Id));
        Assert.NotEmpty(first[0].Extraction.Statements);
        Assert.Equal(["2025-06-04-ministers-meet-for-round-3", "2025-06-03-ministers-meet-for-round-2", "2025-06-02-ministers-meet-for-round-1"], caughtUp.Select(a => a.Id));
    }

    [Fact]
    public async Task An_unchanged_store_writes_no_second_snapshot_and_a_changed_one_replaces_it()
    {
        var store = NewStore(out var table);
        await IngestAsync(store, 1);
        var source = new TableKnowledgeSource(store, TimeSpan.FromMinutes(10));

        var first = await source.SaveSnapshotAsync();
        var again = await source.SaveSnapshotAsync();
        await IngestAsync(store, 2);
        var afterChange = await source.SaveSnapshotAsync();
        await IngestAsync(store, 3);
        var third = await source.SaveSnapshotAsync();

        Assert.True(first);
        Assert.False(again);
        Assert.True(afterChange);
        Assert.True(third);
        Assert.Equal(3, (await store.Snapshots.ReadAsync())!.Entries.Count);
        // The current snapshot and the previous one (a reader may still be reading it) are kept; older ones go.
        Assert.Equal(2, await SnapshotPartitionsAsync(table));
    }

    [Fact]
    public async Task A_snapshot_larger_than_one_row_is_read_back_whole()
    {
        var store = NewStore(out var table);
        // Text that compresses badly (random words) makes the packed stream span several rows of 640,000 bytes.
        var random = new Random(7);
        string Word() => new(Enumerable.Range(0, 8).Select(_ => (char)('a' + random.Next(26))).ToArray());
        string Noise() => string.Join(' ', Enumerable.Range(0, 600).Select(_ => Word()));
        var entries = Enumerable.Range(0, 400).Select(i => new SnapshotEntry($"a{i}", "v1",
            new KnowledgeArticle($"a{i}", $"Title {i}", new DateOnly(2025, 1, 1), null, [Noise()], ArticleExtraction.Empty))).ToList();

        Assert.True(await store.Snapshots.WriteAsync("marker-1", entries));
        var read = await store.Snapshots.ReadAsync();

        var pointer = (await table.GetEntityAsync<TableEntity>(KnowledgeSnapshots.PointerPartition, KnowledgeSnapshots.PointerRow)).Value;
        Assert.True(pointer.GetInt32("Parts") >= 2);
        Assert.Equal("marker-1", read!.Marker);
        Assert.Equal(entries.Select(e => (e.Id, e.Version, e.Article.Title, e.Article.LeadSentences[0])), read.Entries.Select(e => (e.Id, e.Version, e.Article.Title, e.Article.LeadSentences[0])));
    }

    [Fact]
    public async Task A_snapshot_whose_rows_are_gone_is_ignored_and_every_record_is_read_instead()
    {
        var store = NewStore(out var table);
        await IngestAsync(store, 1);
        await IngestAsync(store, 2);
        await new TableKnowledgeSource(store, TimeSpan.FromMinutes(10)).SaveSnapshotAsync();
        var pointer = (await table.GetEntityAsync<TableEntity>(KnowledgeSnapshots.PointerPartition, KnowledgeSnapshots.PointerRow)).Value;
        await table.DeleteEntityAsync("snapshot~" + pointer.GetString("SnapshotId"), "00000", ETag.All);

        var fromStore = await store.Snapshots.ReadAsync();
        var articles = await new TableKnowledgeSource(store, TimeSpan.FromMinutes(10)).GetArticlesAsync();

        Assert.Null(fromStore);
        Assert.Equal(2, articles.Count);
    }

    [Fact]
    public async Task Of_two_writers_that_read_the_same_pointer_only_one_makes_its_snapshot_current()
    {
        var store = NewStore(out var table);
        var entry = new SnapshotEntry("a", "v1", new KnowledgeArticle("a", "A", new DateOnly(2025, 1, 1), null, [], ArticleExtraction.Empty));
        await store.Snapshots.WriteAsync("m1", [entry]);

        var results = await Task.WhenAll(store.Snapshots.WriteAsync("m2", [entry]), store.Snapshots.WriteAsync("m3", [entry, entry with { Id = "b" }]));

        Assert.Contains(true, results);
        var marker = (await store.Snapshots.ReadAsync())!.Marker;
        Assert.Contains(marker, new[] { "m2", "m3" });
        // Two snapshots remain either way: a loser deletes its own rows (then the first one is still the previous),
        // and if the writes did not overlap, the second writer deleted the first.
        Assert.Equal(2, await SnapshotPartitionsAsync(table));
    }

    [Fact]
    public async Task A_snapshot_in_an_older_format_is_ignored_and_replaced_though_nothing_changed()
    {
        var store = NewStore(out var table);
        await IngestAsync(store, 1);
        var source = new TableKnowledgeSource(store, TimeSpan.FromMinutes(10));
        await source.SaveSnapshotAsync();
        var pointer = (await table.GetEntityAsync<TableEntity>(KnowledgeSnapshots.PointerPartition, KnowledgeSnapshots.PointerRow)).Value;
        pointer["Format"] = "coopbot-binary-0";
        await table.UpdateEntityAsync(pointer, pointer.ETag);

        var unreadable = await store.Snapshots.ReadAsync();
        var rewritten = await source.SaveSnapshotAsync();

        Assert.Null(unreadable);
        Assert.True(rewritten);
        Assert.Single((await store.Snapshots.ReadAsync())!.Entries);
    }
}
