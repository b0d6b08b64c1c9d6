using CoopBot.Core.Answering;
using CoopBot.Testing;

namespace CoopBot.Core.Tests.Answering;

public sealed class FolderKnowledgeSourceTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("coopbot-knowledge-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private void Write(string name, string title) =>
        File.WriteAllText(Path.Combine(folder, name), $"date 2025-01-02 {title}\n\n\"We are ready,\" said Tran Van Minh, Vietnam's Trade Minister.\n\nThe talks ended.");

    [Fact]
    public async Task The_corpus_folder_gives_every_article_with_its_lead_and_extraction()
    {
        var articles = await new FolderKnowledgeSource(RepositoryPaths.CorpusArticles).GetArticlesAsync();

        Assert.Equal(Directory.GetFiles(RepositoryPaths.CorpusArticles).Length, articles.Count);
        Assert.All(articles, a => Assert.InRange(a.LeadSentences.Count, 1, KnowledgeArticle.LeadSentenceCount));
        Assert.Contains(articles, a => a.Extraction.Statements.Count > 0);
    }

    [Fact]
    public async Task An_unchanged_folder_gives_the_same_list_and_a_new_file_a_new_one()
    {
        Write("a.txt", "Talks open in Hanoi");
        var source = new FolderKnowledgeSource(folder);

        var first = await source.GetArticlesAsync();
        var again = await source.GetArticlesAsync();
        Write("b.txt", "Talks close in Hanoi");
        var changed = await source.GetArticlesAsync();

        Assert.Same(first, again);
        Assert.NotSame(first, changed);
        Assert.Equal(2, changed.Count);
    }

    [Fact]
    public async Task Unreadable_files_are_skipped_and_listed()
    {
        Write("a.txt", "Talks open in Hanoi");
        File.WriteAllText(Path.Combine(folder, "broken.txt"), "no date line");
        var source = new FolderKnowledgeSource(folder);

        var articles = await source.GetArticlesAsync();

        Assert.Single(articles);
        Assert.Equal("broken.txt", Assert.Single(source.Failures).File);
    }

    [Fact]
    public async Task A_missing_folder_is_an_error_that_names_it()
    {
        var missing = Path.Combine(folder, "nope");

        var error = await Assert.ThrowsAsync<DirectoryNotFoundException>(() => new FolderKnowledgeSource(missing).GetArticlesAsync());

        Assert.Contains(missing, error.Message);
    }
}
