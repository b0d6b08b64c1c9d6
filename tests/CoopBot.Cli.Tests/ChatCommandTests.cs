using System.Collections;
using CoopBot.Testing;

namespace CoopBot.Cli.Tests;

public class ChatCommandTests
{
    private static async Task<(int Code, string Output)> ChatAsync(string typed)
    {
        var output = new StringWriter();
        var code = await CliApp.RunAsync(["chat", "--articles", RepositoryPaths.CorpusArticles], new StringReader(typed), output, new StringWriter(), new Hashtable());
        return (code, output.ToString());
    }

    [Fact]
    public async Task Chat_welcomes_answers_and_follows_up_through_the_bot()
    {
        var (code, output) = await ChatAsync("What did Zhou Mingyuan say?\nWho is he?\nexit\n");

        Assert.Equal(0, code);
        Assert.Contains("Hi, I'm CoopBot", output);
        Assert.Contains("Sources", output);
        Assert.Contains("National Development and Reform Commission", output[output.IndexOf("Who is", StringComparison.Ordinal)..]);
    }

    [Fact]
    public async Task Chat_ends_at_end_of_input()
    {
        var (code, _) = await ChatAsync(string.Empty);

        Assert.Equal(0, code);
    }

    [Fact]
    public async Task Chat_with_a_missing_folder_is_a_usage_error()
    {
        var code = await CliApp.RunAsync(["chat", "--articles", "/no/such/folder"], TextReader.Null, new StringWriter(), new StringWriter(), new Hashtable());

        Assert.Equal(2, code);
    }
}
