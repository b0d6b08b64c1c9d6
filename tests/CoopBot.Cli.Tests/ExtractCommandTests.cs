using System.Collections;
using System.Text.Json;

namespace CoopBot.Cli.Tests;

public sealed class ExtractCommandTests : IDisposable
{
    private const string ArticleText = """
        date 2025-09-18 China, ASEAN open AI center in Nanning

        China and ASEAN on Thursday launched the China-ASEAN AI Talent Training Program.

        "This center gives our young engineers a place to learn by doing," said Vilayphone Sengdara, Laos' Technology and Communications Minister.
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("coopbot-extract-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    // No storage settings at all: extract must not need the table store.
    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, new Hashtable());
        return (code, output.ToString(), error.ToString());
    }

    private string WriteArticle(string name = "article.txt", string text = ArticleText)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string[] Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public async Task Extract_json_prints_the_gold_document_shape_with_the_article_id_date_and_title()
    {
        var file = WriteArticle();

        var (code, output, error) = await RunAsync("extract", file, "--json");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(["article", "statements", "outcomes"], Names(root));
        var article = root.GetProperty("article");
        Assert.Equal(["id", "date", "title"], Names(article));
        Assert.Equal("2025-09-18-china-asean-open-ai-center-in-nanning", article.GetProperty("id").GetString());
        Assert.Equal("2025-09-18", article.GetProperty("date").GetString());
        Assert.Equal("China, ASEAN open AI center in Nanning", article.GetProperty("title").GetString());
        foreach (var statement in root.GetProperty("statements").EnumerateArray())
        {
            Assert.Equal(["speaker", "role", "organisation", "country", "kind", "text"], Names(statement));
            Assert.Contains(statement.GetProperty("kind").GetString(), new[] { "direct", "reported" });
        }
        foreach (var outcome in root.GetProperty("outcomes").EnumerateArray())
        {
            Assert.Equal(["text", "status", "parties"], Names(outcome));
            Assert.Equal(JsonValueKind.Array, outcome.GetProperty("parties").ValueKind);
        }
    }

    [Fact]
    public async Task Extract_reads_the_json_article_form_too()
    {
        var file = WriteArticle("article.json", """{"title":"Alpha talks","date":"2025-01-01","body":"The talks ended."}""");

        var (code, output, _) = await RunAsync("extract", "--json", file);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("2025-01-01-alpha-talks", json.RootElement.GetProperty("article").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Extract_without_json_prints_a_readable_listing()
    {
        var file = WriteArticle();

        var (code, output, _) = await RunAsync("extract", file);

        Assert.Equal(0, code);
        Assert.StartsWith("2025-09-18-china-asean-open-ai-center-in-nanning", output);
        Assert.Contains("China, ASEAN open AI center in Nanning", output);
        Assert.Contains("Speakers (", output);
        Assert.Contains("Statements (", output);
        Assert.Contains("Agreed or done (", output);
        Assert.Contains("Proposed or planned (", output);
    }

    [Fact]
    public async Task Missing_file_is_reported_and_exits_with_1()
    {
        var (code, output, error) = await RunAsync("extract", Path.Combine(folder, "nope.txt"), "--json");

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("nope.txt", error);
    }

    [Fact]
    public async Task Unreadable_article_is_reported_with_its_reason_and_exits_with_1()
    {
        var file = WriteArticle("bad.txt", "not an article");

        var (code, _, error) = await RunAsync("extract", file);

        Assert.Equal(1, code);
        Assert.Contains("bad.txt", error);
        Assert.Contains("date", error);
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("extract --json")]
    [InlineData("extract a.txt b.txt")]
    [InlineData("extract a.txt --yaml")]
    public async Task Wrong_arguments_are_a_usage_error(string commandLine)
    {
        var (code, _, error) = await RunAsync(commandLine.Split(' '));

        Assert.Equal(2, code);
        Assert.Contains("Usage: coopbot extract", error);
    }
}
