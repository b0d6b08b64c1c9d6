using System.Text;
using CoopBot.Api.Articles;
using CoopBot.Core.Articles;
using CoopBot.Core.Extraction;
using CoopBot.Core.Ingestion;
using CoopBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace CoopBot.Functions.Tests;

[Collection(Azurite.Collection)]
public sealed class ArticleFunctionsTests(Azurite azurite) : IDisposable
{
    private const string Article = "date 2025-09-22 Ministers open AI centre\n\nA centre was inaugurated on Thursday.\n\n\"It is a milestone,\" said Minister Ana Ruiz.";
    private readonly FunctionHarness harness = new(azurite);

    private ArticleFunctions Functions => new(harness.Get<ArticleEndpoints>());

    public void Dispose() => harness.Dispose();

    [Fact]
    public async Task Posting_a_text_article_creates_it_then_reports_it_unchanged()
    {
        var first = harness.Request("POST", Article, "text/plain; charset=utf-8");
        var (status, body, _) = await FunctionHarness.ExecuteAsync(first, await Functions.PostAsync(first, default));
        var again = harness.Request("POST", Article, "text/plain");
        var (status2, body2, _) = await FunctionHarness.ExecuteAsync(again, await Functions.PostAsync(again, default));

        Assert.Equal(201, status);
        Assert.Equal("2025-09-22-ministers-open-ai-centre", body.GetProperty("id").GetString());
        Assert.Equal("Ministers open AI centre", body.GetProperty("title").GetString());
        Assert.Equal("2025-09-22", body.GetProperty("date").GetString());
        Assert.Equal(2, body.GetProperty("paragraphCount").GetInt32());
        Assert.Equal(2, body.GetProperty("sentenceCount").GetInt32());
        Assert.Equal("created", body.GetProperty("status").GetString());
        Assert.Equal(200, status2);
        Assert.Equal("unchanged", body2.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Posting_json_creates_the_article()
    {
        var request = harness.Request("POST", """{"title":"Summit ends","date":"2025-10-01","body":"Leaders adopted a declaration."}""", "application/json");

        var (status, body, _) = await FunctionHarness.ExecuteAsync(request, await Functions.PostAsync(request, default));

        Assert.Equal(201, status);
        Assert.Equal("2025-10-01-summit-ends", body.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Listed_and_fetched_articles_carry_title_date_and_sentences()
    {
        var post = harness.Request("POST", Article, "text/plain");
        await FunctionHarness.ExecuteAsync(post, await Functions.PostAsync(post, default));

        var list = harness.Request("GET");
        var (listStatus, listBody, _) = await FunctionHarness.ExecuteAsync(list, await Functions.ListAsync(list, default));
        var get = harness.Request("GET");
        var (getStatus, getBody, _) = await FunctionHarness.ExecuteAsync(get, await Functions.GetAsync(get, "2025-09-22-ministers-open-ai-centre", default));

        Assert.Equal(200, listStatus);
        Assert.Equal(1, listBody.GetProperty("count").GetInt32());
        Assert.Equal("Ministers open AI centre", listBody.GetProperty("articles")[0].GetProperty("title").GetString());
        Assert.Equal(200, getStatus);
        var sentence = getBody.GetProperty("paragraphs")[1].GetProperty("sentences")[0].GetProperty("text").GetString();
        Assert.Equal("\"It is a milestone,\" said Minister Ana Ruiz.", sentence);
    }

    [Fact]
    public async Task Unknown_id_is_404_problem_details()
    {
        var request = harness.Request("GET");

        var (status, body, contentType) = await FunctionHarness.ExecuteAsync(request, await Functions.GetAsync(request, "2001-01-01-nothing", default));

        Assert.Equal(404, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.Contains("2001-01-01-nothing", body.GetProperty("detail").GetString());
    }

    public static TheoryData<byte[], string?, int, string> BadRequests => new()
    {
        { Encoding.UTF8.GetBytes("no date line\n\nBody."), "text/plain", 400, "Missing date line" },
        { Encoding.UTF8.GetBytes("date 2025-02-30 Title\n\nBody."), "text/plain", 400, "Invalid date" },
        { Encoding.UTF8.GetBytes("date 2025-02-03\n\nBody."), "text/plain", 400, "Missing title" },
        { Encoding.UTF8.GetBytes("date 2025-02-03 Title"), "text/plain", 400, "Empty body" },
        { [.. Encoding.UTF8.GetBytes("date 2025-02-03 Title\n\nBad "), 0xFF, 0xFE], "text/plain", 400, "Invalid UTF-8" },
        { Encoding.UTF8.GetBytes("{\"title\": \"x\""), "application/json", 400, "Malformed JSON" },
        { new byte[(1024 * 1024) + 1], "text/plain", 413, "Body too large" },
        { Encoding.UTF8.GetBytes("<article/>"), "application/xml", 415, "Unsupported content type" },
        { Encoding.UTF8.GetBytes("date 2025-02-03 Title\n\nBody."), null, 415, "Unsupported content type" },
        { Encoding.UTF8.GetBytes("date 2025-02-03 Title\n\nBody."), "text/plain; charset=iso-8859-1", 415, "Unsupported content type" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_input_is_a_problem_response_and_stores_nothing(byte[] body, string? contentType, int expectedStatus, string expectedTitle)
    {
        var store = new Mock<IArticleStore>(MockBehavior.Strict);
        using var isolated = new FunctionHarness(azurite, configure: s => s.AddSingleton(store.Object));
        var functions = new ArticleFunctions(isolated.Get<ArticleEndpoints>());
        var request = isolated.Request("POST", body, contentType);

        var (status, problem, type) = await FunctionHarness.ExecuteAsync(request, await functions.PostAsync(request, default));

        Assert.Equal(expectedStatus, status);
        Assert.Equal("application/problem+json", type);
        Assert.Equal(expectedTitle, problem.GetProperty("title").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        store.Verify(s => s.IngestAsync(It.IsAny<Article>(), It.IsAny<ArticleExtraction>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
