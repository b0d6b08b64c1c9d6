using System.Collections;
using System.Text.Json;
using CoopBot.Testing;

namespace CoopBot.Cli.Tests;

public sealed class AskCommandTests
{
    private static readonly string Corpus = RepositoryPaths.CorpusArticles;

    private static async Task<(int Code, string Output, string Error)> RunAsync(IDictionary environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, environment);
        return (code, output.ToString(), error.ToString());
    }

    private static Task<(int Code, string Output, string Error)> RunAsync(params string[] args) => RunAsync(new Hashtable(), args);

    [Fact]
    public async Task Ask_with_articles_prints_the_answer_and_its_numbered_sources()
    {
        var (code, output, error) = await RunAsync("ask", "Who is Hendrik Vos?", "--articles", Corpus);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("**Hendrik Vos** — regional emergencies director", output);
        Assert.Contains("Sources:", output);
        Assert.Contains("[1] ASEAN health ministers adopt Bali declaration", output);
        Assert.Contains("You could ask:", output);
    }

    [Fact]
    public async Task Ask_json_prints_the_answer_shape_of_the_http_api()
    {
        var (code, output, _) = await RunAsync("ask", "What did Zhou Mingyuan say about AI?", "--json", "--articles", Corpus);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(["answer", "found", "intent", "citations", "suggestions"], root.EnumerateObject().Select(p => p.Name));
        Assert.True(root.GetProperty("found").GetBoolean());
        Assert.Equal("what_said", root.GetProperty("intent").GetString());
        Assert.Contains("open-source models", root.GetProperty("answer").GetString());
        var citation = root.GetProperty("citations")[0];
        Assert.Equal(["articleId", "title", "date", "sentence"], citation.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2025-09-18", citation.GetProperty("date").GetString());
    }

    [Fact]
    public async Task A_question_the_articles_cannot_answer_says_so_and_still_exits_0()
    {
        var (code, output, _) = await RunAsync("ask", "What did Maria Gonzalez say about fisheries?", "--json", "--articles", Corpus);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.GetProperty("found").GetBoolean());
        Assert.StartsWith("The articles don't say", json.RootElement.GetProperty("answer").GetString());
    }

    [Fact]
    public async Task An_unquoted_question_is_read_as_one_question()
    {
        var (code, output, _) = await RunAsync("ask", "who", "is", "Hendrik", "Vos", "--articles", Corpus);

        Assert.Equal(0, code);
        Assert.Contains("regional emergencies director", output);
    }

    [Fact]
    public async Task Unreadable_article_files_are_reported_and_skipped()
    {
        var folder = Directory.CreateTempSubdirectory("coopbot-ask-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "good.txt"), "date 2025-01-02 Talks open in Hanoi\n\n\"We are ready,\" said Tran Van Minh, Vietnam's Trade Minister.");
            File.WriteAllText(Path.Combine(folder, "bad.txt"), "no date line here");

            var (code, output, error) = await RunAsync("ask", "Who is Tran Van Minh?", "--articles", folder);

            Assert.Equal(0, code);
            Assert.Contains("Trade Minister", output);
            Assert.Contains("bad.txt:", error);
            Assert.Contains("(skipped)", error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("ask")]
    [InlineData("ask --json")]
    [InlineData("ask question --articles /no/such/folder")]
    [InlineData("ask question --verbose")]
    public async Task Wrong_arguments_are_a_usage_error(string commandLine)
    {
        var (code, _, error) = await RunAsync(commandLine.Split(' '));

        Assert.Equal(2, code);
        Assert.Contains("Usage: coopbot ask", error);
    }
}
