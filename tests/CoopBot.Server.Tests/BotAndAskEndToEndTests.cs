using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CoopBot.Testing;

namespace CoopBot.Server.Tests;

[Collection(Azurite.Collection)]
public class BotAndAskEndToEndTests(Azurite azurite)
{
    [Fact]
    public async Task Emulator_conversation_gets_a_welcome_and_answers_with_citations()
    {
        await using var host = await SelfHost.StartAsync(azurite, RepositoryPaths.CorpusArticles);
        await host.WaitForArticlesAsync(20);
        await using var channel = await FakeChannel.StartAsync();
        var conversation = "conv|" + Guid.NewGuid().ToString("N");

        var update = await host.Client.PostAsJsonAsync("/api/messages", channel.Activity("conversationUpdate", conversation, membersAdded: true));
        var welcome = await channel.NextMessageAsync();
        var ask = await host.Client.PostAsJsonAsync("/api/messages", channel.Activity("message", conversation, "Which outcomes were agreed?"));
        var answer = await channel.NextMessageAsync();
        var followUp = await host.Client.PostAsJsonAsync("/api/messages", channel.Activity("message", conversation, "What did Zhou Mingyuan say?"));
        var zhou = await channel.NextMessageAsync();
        await host.Client.PostAsJsonAsync("/api/messages", channel.Activity("message", conversation, "what else did he say?"));
        var more = await channel.NextMessageAsync();

        Assert.True(update.IsSuccessStatusCode);
        Assert.Contains("CoopBot", welcome.GetProperty("text").GetString());
        Assert.True(welcome.GetProperty("suggestedActions").GetProperty("actions").GetArrayLength() > 0);
        Assert.True(ask.IsSuccessStatusCode);
        Assert.Contains("**Sources**", answer.GetProperty("text").GetString());
        Assert.True(followUp.IsSuccessStatusCode);
        Assert.Contains("Zhou", zhou.GetProperty("text").GetString());
        Assert.Contains("Zhou", more.GetProperty("text").GetString());
    }

    [Fact]
    public async Task With_an_app_id_requests_without_a_valid_token_get_401()
    {
        await using var host = await SelfHost.StartAsync(azurite, EmptyFolder(), "--MicrosoftAppId=00000000-0000-0000-0000-000000000001", "--MicrosoftAppPassword=not-a-real-secret", "--MicrosoftAppType=MultiTenant");
        await using var channel = await FakeChannel.StartAsync();
        var activity = channel.Activity("message", "conv-auth", "hello");

        var anonymous = await host.Client.PostAsJsonAsync("/api/messages", activity);
        using var malformed = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        malformed.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "abc");
        var malformedResponse = await host.Client.SendAsync(malformed);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, malformedResponse.StatusCode);
    }

    [Fact]
    public async Task Ask_answers_over_get_and_post_and_follows_up_by_conversation_id()
    {
        await using var host = await SelfHost.StartAsync(azurite, RepositoryPaths.CorpusArticles);
        await host.WaitForArticlesAsync(20);

        var get = await host.Client.GetFromJsonAsync<JsonElement>("/api/ask?q=" + Uri.EscapeDataString("What did Zhou Mingyuan say?"));
        var first = await host.Client.PostAsJsonAsync("/api/ask", new { question = "What did Zhou Mingyuan say?", conversationId = "c-42" });
        var second = await host.Client.PostAsJsonAsync("/api/ask", new { question = "what else did he say?", conversationId = "c-42" });
        var body = await second.Content.ReadFromJsonAsync<JsonElement>();

        Assert.True(get.GetProperty("found").GetBoolean());
        Assert.NotEmpty(get.GetProperty("citations").EnumerateArray());
        var citation = get.GetProperty("citations")[0];
        Assert.False(string.IsNullOrEmpty(citation.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrEmpty(citation.GetProperty("sentence").GetString()));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("Zhou", body.GetProperty("answer").GetString());
        Assert.True(body.TryGetProperty("intent", out _));
        Assert.True(body.TryGetProperty("suggestions", out _));
    }

    [Theory]
    [InlineData("/api/ask", 400)]
    [InlineData("/api/ask?q=", 400)]
    public async Task Ask_without_a_question_is_a_400_problem(string url, int expected)
    {
        await using var host = await SelfHost.StartAsync(azurite, EmptyFolder());

        var response = await host.Client.GetAsync(url);

        Assert.Equal(expected, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Ask_post_rejects_malformed_json_and_other_content_types()
    {
        await using var host = await SelfHost.StartAsync(azurite, EmptyFolder());

        var malformed = await host.Client.PostAsync("/api/ask", new StringContent("{\"question\":", System.Text.Encoding.UTF8, "application/json"));
        var plain = await host.Client.PostAsync("/api/ask", new StringContent("hello", System.Text.Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plain.StatusCode);
    }

    [Fact]
    public async Task Speakers_statements_and_outcomes_are_served_over_http()
    {
        await using var host = await SelfHost.StartAsync(azurite, RepositoryPaths.CorpusArticles);
        await host.WaitForArticlesAsync(20);

        var speakers = await host.Client.GetFromJsonAsync<JsonElement>("/api/speakers");
        var zhou = await host.Client.GetFromJsonAsync<JsonElement>("/api/speakers/zhou-mingyuan");
        var byCountry = await host.Client.GetFromJsonAsync<JsonElement>("/api/statements?country=Laos");
        var agreed = await host.Client.GetFromJsonAsync<JsonElement>("/api/outcomes?status=agreed-any");
        var proposed = await host.Client.GetFromJsonAsync<JsonElement>("/api/outcomes?status=proposed");
        var badStatus = await host.Client.GetAsync("/api/outcomes?status=maybe");
        var unknown = await host.Client.GetAsync("/api/speakers/nobody-at-all");

        Assert.True(speakers.GetProperty("count").GetInt32() >= 80);
        Assert.Equal("China", zhou.GetProperty("country").GetString());
        Assert.True(zhou.GetProperty("statements").GetArrayLength() >= 3);
        Assert.All(byCountry.GetProperty("statements").EnumerateArray(), s => Assert.Equal("Laos", s.GetProperty("speaker").GetProperty("country").GetString()));
        Assert.All(agreed.GetProperty("outcomes").EnumerateArray(), o => Assert.True(o.GetProperty("agreed").GetBoolean()));
        Assert.All(proposed.GetProperty("outcomes").EnumerateArray(), o => Assert.Equal("proposed", o.GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static string EmptyFolder() => Directory.CreateTempSubdirectory("coopbot-e2e-").FullName;
}
