using System.Collections;
using CoopBot.Testing;

namespace CoopBot.Cli.Tests;

[Collection(Azurite.Collection)]
public sealed class AskFromStorageTests(Azurite azurite)
{
    [Fact]
    public async Task Without_articles_ask_answers_from_what_ingest_stored()
    {
        var environment = new Hashtable { ["AzureWebJobsStorage"] = azurite.ConnectionString, ["TablePrefix"] = Azurite.UniquePrefix() };
        var output = new StringWriter();
        var error = new StringWriter();

        var ingested = await CliApp.RunAsync(["ingest", RepositoryPaths.CorpusArticles], output, error, environment);
        output.GetStringBuilder().Clear();
        var asked = await CliApp.RunAsync(["ask", "Who is Hendrik Vos?"], output, error, environment);

        Assert.Equal(0, ingested);
        Assert.Equal(0, asked);
        Assert.Contains("regional emergencies director", output.ToString());
        Assert.Contains("Sources:", output.ToString());
    }
}
