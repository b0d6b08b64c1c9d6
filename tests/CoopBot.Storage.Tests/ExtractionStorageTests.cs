using Azure.Data.Tables;
using CoopBot.Core.Articles;
using CoopBot.Core.Extraction;
using CoopBot.Core.Ingestion;
using CoopBot.Testing;

namespace CoopBot.Storage.Tests;

[Collection(Azurite.Collection)]
public class ExtractionStorageTests(Azurite azurite)
{
    private const string Summit = """
        date 2025-06-01 Ministers open regional AI centre

        The Regional AI Cooperation Centre was inaugurated on Monday.

        "This centre belongs to all of us," said Ana Ruiz, Chile's minister of science.

        Indonesian Trade Minister Budi Santoso proposed the establishment of a joint data fund. He said small firms needed help.
        """;

    private static Article Parse(string text) => ArticleParser.ParseText(text).Article!;

    private (TableArticleStore Store, TableExtractionQueries Queries, TableNames Names) NewStore()
    {
        var names = TestTables.Fresh();
        var store = new TableArticleStore(azurite.CreateServiceClient(), names);
        return (store, new TableExtractionQueries(store), names);
    }

    private static async Task IngestAsync(IArticleStore store, string text)
    {
        var article = Parse(text);
        await store.IngestAsync(article, new ArticleExtractor().Extract(article));
    }

    [Fact]
    public async Task Stored_article_returns_its_statements_speakers_and_outcomes()
    {
        var (store, _, _) = NewStore();
        var article = Parse(Summit);
        var extraction = new ArticleExtractor().Extract(article);
        await store.IngestAsync(article, extraction);

        var stored = await store.GetAsync(article.Id);

        Assert.Equal(extraction.Statements.Select(s => (s.SpeakerId, s.Kind, s.Text, s.Evidence)), stored!.Extraction.Statements.Select(s => (s.SpeakerId, s.Kind, s.Text, s.Evidence)));
        Assert.Equal(extraction.Speakers.OrderBy(s => s.Id), stored.Extraction.Speakers.OrderBy(s => s.Id));
        Assert.Equal(extraction.Outcomes.Select(o => (o.Text, o.Status)), stored.Extraction.Outcomes.Select(o => (o.Text, o.Status)));
    }

    [Fact]
    public async Task Statements_are_found_by_speaker_country_article_and_words()
    {
        var (store, queries, _) = NewStore();
        await IngestAsync(store, Summit);

        var bySpeaker = await queries.FindStatementsAsync(new StatementQuery(SpeakerId: "ana-ruiz"));
        var byDemonym = await queries.FindStatementsAsync(new StatementQuery(Country: "Indonesian"));
        var byArticle = await queries.FindStatementsAsync(new StatementQuery(ArticleId: "2025-06-01-ministers-open-regional-ai-centre"));
        var byWords = await queries.FindStatementsAsync(new StatementQuery(Text: "small firm"));

        Assert.Equal("This centre belongs to all of us", Assert.Single(bySpeaker).Text);
        Assert.Equal("Ministers open regional AI centre", bySpeaker[0].Article.Title);
        Assert.All(byDemonym, s => Assert.Equal("Budi Santoso", s.Speaker.Name));
        Assert.NotEmpty(byDemonym);
        Assert.Equal(3, byArticle.Count);
        Assert.Equal("Budi Santoso", Assert.Single(byWords).Speaker.Name);
    }

    [Fact]
    public async Task Speakers_are_listed_with_counts_and_one_profile_across_articles()
    {
        var (store, queries, _) = NewStore();
        await IngestAsync(store, Summit);
        await IngestAsync(store, "date 2025-07-01 Science ministers meet again\n\nAna Ruiz, Chile's minister of science, said the centre had trained 300 engineers.");

        var speakers = await queries.ListSpeakersAsync();
        var ana = await queries.GetSpeakerAsync("ana-ruiz");

        Assert.Equal(2, speakers.Single(s => s.Id == "ana-ruiz").StatementCount);
        Assert.Equal("Chile", ana!.Country);
        Assert.Equal(2, ana.Articles.Count);
        Assert.Null(await queries.GetSpeakerAsync("nobody-here"));
    }

    [Fact]
    public async Task Outcomes_are_found_by_status_and_agreed_apart_from_proposed()
    {
        var (store, queries, _) = NewStore();
        await IngestAsync(store, Summit);

        var inaugurated = await queries.FindOutcomesAsync(new OutcomeQuery(Status: OutcomeStatus.Inaugurated));
        var agreed = await queries.FindOutcomesAsync(new OutcomeQuery(Agreed: true));
        var pending = await queries.FindOutcomesAsync(new OutcomeQuery(Agreed: false));

        Assert.Equal("Regional AI Cooperation Centre", Assert.Single(inaugurated).Text);
        Assert.All(agreed, o => Assert.True(o.Status.IsAgreed()));
        Assert.Equal("joint data fund", Assert.Single(pending).Text);
    }

    [Fact]
    public async Task Query_values_are_data_not_filter_syntax()
    {
        var (store, queries, _) = NewStore();
        await IngestAsync(store, Summit);

        Assert.Empty(await queries.FindStatementsAsync(new StatementQuery(SpeakerId: "x' or PartitionKey ne 'x")));
        Assert.Empty(await queries.FindStatementsAsync(new StatementQuery(Country: "Chile' or '1' eq '1")));
        Assert.Null(await queries.GetSpeakerAsync("a#b/c"));
    }

    [Fact]
    public async Task Reingesting_changed_text_replaces_index_rows_and_deleting_removes_them()
    {
        var (store, queries, names) = NewStore();
        await IngestAsync(store, Summit);
        await IngestAsync(store, Summit.Replace("small firms needed help", "farmers needed credit", StringComparison.Ordinal));

        var statements = await queries.FindStatementsAsync(new StatementQuery(SpeakerId: "budi-santoso"));
        Assert.Contains(statements, s => s.Text.Contains("farmers needed credit", StringComparison.Ordinal));
        Assert.DoesNotContain(statements, s => s.Text.Contains("small firms", StringComparison.Ordinal));
        Assert.Equal(statements.Count, statements.Select(s => s.Text).Distinct().Count());

        Assert.True(await store.DeleteAsync("2025-06-01-ministers-open-regional-ai-centre"));
        Assert.Empty(await queries.ListSpeakersAsync());
        foreach (var table in new[] { names.StatementIndex, names.SpeakerIndex, names.OutcomeIndex, names.Knowledge, names.ArticleStatements })
        {
            Assert.Empty(azurite.CreateServiceClient().GetTableClient(table).Query<TableEntity>());
        }
    }

    [Fact]
    public async Task Knowledge_source_loads_every_article_and_sees_new_ones_after_a_refresh()
    {
        var (store, _, _) = NewStore();
        await IngestAsync(store, Summit);
        var source = new TableKnowledgeSource(store, TimeSpan.FromMinutes(10));

        var first = await source.GetArticlesAsync();
        await IngestAsync(store, "date 2025-07-01 Science ministers meet again\n\nAna Ruiz, Chile's minister of science, said the centre had trained 300 engineers.");
        var cached = await source.GetArticlesAsync();
        var refreshed = await source.RefreshNowAsync();

        var article = Assert.Single(first);
        Assert.Equal("Ministers open regional AI centre", article.Title);
        Assert.NotEmpty(article.Extraction.Statements);
        Assert.NotEmpty(article.LeadSentences);
        Assert.Single(cached);
        Assert.Equal(2, refreshed.Count);
    }

    [Fact]
    public async Task Knowledge_source_keeps_its_list_while_nothing_changes_and_drops_deleted_articles()
    {
        var (store, _, _) = NewStore();
        await IngestAsync(store, Summit);
        var source = new TableKnowledgeSource(store, TimeSpan.FromMinutes(10));
        var first = await source.RefreshNowAsync();

        var again = await source.RefreshNowAsync();
        await store.DeleteAsync("2025-06-01-ministers-open-regional-ai-centre");
        var afterDelete = await source.RefreshNowAsync();

        Assert.Same(first, again); // unchanged storage: the same list, so the answer engine is not rebuilt
        Assert.Empty(afterDelete);
    }
}
