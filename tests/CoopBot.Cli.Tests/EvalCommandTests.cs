using System.Collections;
using System.Text.Json;

namespace CoopBot.Cli.Tests;

public sealed class EvalCommandTests : IDisposable
{
    private const string ArticleText = """
        date 2025-09-18 China, ASEAN open AI center in Nanning

        China and ASEAN on Thursday launched the China-ASEAN AI Talent Training Program.

        "This center gives our young engineers a place to learn by doing," said Vilayphone Sengdara, Laos' Technology and Communications Minister.
        """;

    // A second statement that is not in the article, so there is always a gold statement to miss.
    private const string Gold = """
        {
          "article": { "id": "2025-09-18-china-asean-open-ai-center-in-nanning", "date": "2025-09-18", "title": "China, ASEAN open AI center in Nanning" },
          "statements": [
            { "speaker": "Vilayphone Sengdara", "role": "Technology and Communications Minister", "organisation": null, "country": "Laos", "kind": "direct",
              "text": "This center gives our young engineers a place to learn by doing" },
            { "speaker": "Nobody Inparticular", "role": null, "organisation": null, "country": null, "kind": "reported",
              "text": "zebras quietly juggle turquoise violins" }
          ],
          "outcomes": [ { "text": "China-ASEAN AI Talent Training Program", "status": "launched", "parties": ["China", "ASEAN"] } ],
          "questions": [ { "q": "Who is Vilayphone Sengdara?", "answer_must_contain": ["minister"], "type": "who_is", "found": true } ]
        }
        """;

    private readonly string articles;
    private readonly string gold;
    private readonly string root = Directory.CreateTempSubdirectory("coopbot-eval-").FullName;

    public EvalCommandTests()
    {
        articles = Directory.CreateDirectory(Path.Combine(root, "articles")).FullName;
        gold = Directory.CreateDirectory(Path.Combine(root, "gold")).FullName;
        File.WriteAllText(Path.Combine(articles, "01-ai-center.txt"), ArticleText);
        File.WriteAllText(Path.Combine(gold, "01-ai-center.json"), Gold);
        File.WriteAllText(Path.Combine(articles, "02-no-gold.txt"), "date 2025-01-01 Alpha talks\n\nThe talks ended.");
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, new Hashtable());
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Eval_prints_precision_recall_and_F1_lists_articles_without_gold_and_exits_0()
    {
        var (code, output, error) = await RunAsync("eval", articles, gold);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("Scored 1 article(s).", output);
        Assert.Matches(@"Statements\s+overlap >= 0\.3: P \d\.\d{3}\s+R \d\.\d{3}\s+F1 \d\.\d{3}", output);
        Assert.Matches(@"overlap >= 0\.8: P \d\.\d{3}\s+R \d\.\d{3}", output);
        Assert.Matches(@"Outcomes\s+overlap >= 0\.5: P \d\.\d{3}\s+R \d\.\d{3}", output);
        Assert.Contains("2025-09-18-china-asean-open-ai-center-in-nanning", output);
        Assert.Contains("02-no-gold.txt: no gold file", output);
    }

    [Fact]
    public async Task Verbose_eval_lists_the_gold_statements_it_missed()
    {
        var (code, output, _) = await RunAsync("eval", articles, gold, "--verbose");

        Assert.Equal(0, code);
        Assert.Contains("missed statement: Nobody Inparticular (reported): \"zebras quietly juggle turquoise violins\"", output);
    }

    [Fact]
    public async Task Eval_json_prints_the_scores_and_the_skipped_files_as_json()
    {
        var (code, output, _) = await RunAsync("eval", articles, gold, "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var score = json.RootElement.GetProperty("score");
        var loose = score.GetProperty("statements").GetProperty("loose");
        Assert.Equal(2, loose.GetProperty("gold").GetInt32());
        Assert.InRange(loose.GetProperty("precision").GetDouble(), 0, 1);
        Assert.InRange(loose.GetProperty("recall").GetDouble(), 0, 0.5);
        Assert.Equal(1, score.GetProperty("outcomes").GetProperty("match").GetProperty("gold").GetInt32());
        Assert.Single(score.GetProperty("articles").EnumerateArray());
        var skipped = Assert.Single(json.RootElement.GetProperty("skipped").EnumerateArray());
        Assert.Equal("02-no-gold.txt", skipped.GetProperty("file").GetString());
    }

    [Fact]
    public async Task Broken_gold_file_is_reported_and_fails_the_run()
    {
        File.WriteAllText(Path.Combine(gold, "02-no-gold.json"), """{"article": {"id": "x"}}""");

        var (code, output, error) = await RunAsync("eval", articles, gold);

        Assert.Equal(1, code);
        Assert.Contains("Scored 1 article(s).", output);
        Assert.Contains("02-no-gold.txt: invalid gold file 02-no-gold.json", error);
    }

    [Fact]
    public async Task Folders_without_a_single_article_with_gold_fail_the_run()
    {
        var empty = Directory.CreateDirectory(Path.Combine(root, "empty")).FullName;

        var (code, _, error) = await RunAsync("eval", articles, empty);

        Assert.Equal(1, code);
        Assert.Contains("No article", error);
    }

    [Theory]
    [InlineData("eval")]
    [InlineData("eval only-one-folder")]
    [InlineData("eval /no/such/folder /no/such/gold")]
    [InlineData("eval a b --quiet")]
    public async Task Wrong_arguments_are_a_usage_error(string commandLine)
    {
        var (code, _, error) = await RunAsync(commandLine.Split(' '));

        Assert.Equal(2, code);
        Assert.Contains("Usage: coopbot eval", error);
    }
}
