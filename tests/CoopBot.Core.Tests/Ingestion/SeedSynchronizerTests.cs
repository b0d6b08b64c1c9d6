using CoopBot.Core.Articles;
using CoopBot.Core.Extraction;
using CoopBot.Core.Ingestion;

namespace CoopBot.Core.Tests.Ingestion;

public sealed class SeedSynchronizerTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("coopbot-seeds-").FullName;
    private readonly InMemoryArticleStore store = new();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private void Write(string file, string text) => File.WriteAllText(Path.Combine(folder, file), text);

    [Fact]
    public async Task First_sync_adds_every_seed_and_second_reports_them_unchanged()
    {
        Write("a.txt", "date 2025-01-01 Alpha\n\nBody one.");
        Write("b.json", """{"title":"Beta","date":"2025-01-02","body":"Body two."}""");
        Write("notes.md", "not an article");

        var first = await new SeedSynchronizer(new ArticleIngestor(store, new ArticleExtractor())).SyncAsync(folder);
        var second = await new SeedSynchronizer(new ArticleIngestor(store, new ArticleExtractor())).SyncAsync(folder);

        Assert.Equal(["2025-01-01-alpha", "2025-01-02-beta"], first.Added);
        Assert.Equal(first.Added, second.Unchanged);
        Assert.Empty(second.Added);
    }

    [Fact]
    public async Task Changed_seed_is_updated_and_deleted_seed_is_removed()
    {
        Write("a.txt", "date 2025-01-01 Alpha\n\nBody one.");
        Write("b.txt", "date 2025-01-02 Beta\n\nBody two.");
        await new SeedSynchronizer(new ArticleIngestor(store, new ArticleExtractor())).SyncAsync(folder);

        Write("a.txt", "date 2025-01-01 Alpha\n\nBody one, revised.");
        File.Delete(Path.Combine(folder, "b.txt"));
        var report = await new SeedSynchronizer(new ArticleIngestor(store, new ArticleExtractor())).SyncAsync(folder);

        Assert.Equal(["2025-01-01-alpha"], report.Updated);
        Assert.Equal(["2025-01-02-beta"], report.Removed);
        Assert.Equal(["2025-01-01-alpha"], (await store.ListAsync()).Select(a => a.Id));
    }

    [Fact]
    public async Task Articles_posted_over_http_survive_a_sync()
    {
        await store.IngestAsync(ArticleParser.ParseText("date 2025-05-05 Posted\n\nText.").Article!, ArticleExtraction.Empty);
        Write("a.txt", "date 2025-01-01 Alpha\n\nBody one.");

        var report = await new SeedSynchronizer(new ArticleIngestor(store, new ArticleExtractor())).SyncAsync(folder);

        Assert.Empty(report.Removed);
        Assert.Equal(2, (await store.ListAsync()).Count);
    }

    [Fact]
    public async Task Broken_seed_is_reported_and_keeps_its_previous_version()
    {
        Write("a.txt", "date 2025-01-01 Alpha\n\nBody one.");
        await new SeedSynchronizer(new ArticleIngestor(store, new ArticleExtractor())).SyncAsync(folder);

        Write("a.txt", "no date line here");
        var report = await new SeedSynchronizer(new ArticleIngestor(store, new ArticleExtractor())).SyncAsync(folder);

        var failure = Assert.Single(report.Failed);
        Assert.Equal("a.txt", failure.File);
        Assert.Empty(report.Removed);
        Assert.Single(await store.ListAsync());
    }

    [Fact]
    public async Task Missing_folder_is_a_clear_error()
    {
        var error = await Assert.ThrowsAsync<DirectoryNotFoundException>(() => new SeedSynchronizer(new ArticleIngestor(store, new ArticleExtractor())).SyncAsync(Path.Combine(folder, "nope")));
        Assert.Contains("SeedsPath", error.Message);
    }
}
