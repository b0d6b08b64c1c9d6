using System.Text;
using System.Text.Json;
using CoopBot.Api.Answering;
using CoopBot.Api.Bot;
using CoopBot.Core.Ingestion;
using CoopBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CoopBot.Functions.Tests;

[Collection(Azurite.Collection)]
public sealed class AskFunctionsTests(Azurite azurite) : IDisposable
{
    private readonly FunctionHarness harness = new(azurite, RepositoryPaths.CorpusArticles);

    public void Dispose() => harness.Dispose();

    private async Task<AskFunctions> LoadedFunctionsAsync()
    {
        await harness.Get<CoopBot.Api.Seeds.SeedSyncService>().RunAsync();
        return new AskFunctions(harness.Get<AskEndpoints>(), harness.Get<BotEndpoint>());
    }

    [Fact]
    public async Task Messages_function_answers_the_emulator_with_citations()
    {
        var functions = await LoadedFunctionsAsync();
        await using var channel = await FakeChannel.StartAsync();
        var json = JsonSerializer.Serialize(channel.Activity("message", "fn-conv", "Which outcomes were agreed?"));
        var request = harness.Request("POST", json, "application/json");

        var (status, _, _) = await FunctionHarness.ExecuteAsync(request, await functions.MessagesAsync(request, default));
        var reply = await channel.NextMessageAsync();

        Assert.InRange(status, 200, 202);
        Assert.Contains("**Sources**", reply.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Ask_function_returns_the_answer_json()
    {
        var functions = await LoadedFunctionsAsync();
        var request = harness.Request("GET");
        request.QueryString = new Microsoft.AspNetCore.Http.QueryString("?q=" + Uri.EscapeDataString("Who is Zhou Mingyuan?"));

        var (status, body, _) = await FunctionHarness.ExecuteAsync(request, await functions.GetAsync(request, default));

        Assert.Equal(200, status);
        Assert.True(body.GetProperty("found").GetBoolean());
        Assert.Contains("National Development and Reform Commission", body.GetProperty("answer").GetString());
        Assert.NotEmpty(body.GetProperty("citations").EnumerateArray());
    }

    [Fact]
    public async Task Messages_function_with_an_app_id_rejects_a_malformed_token_with_401()
    {
        using var secured = new FunctionHarness(azurite, RepositoryPaths.CorpusArticles, extraSettings: new()
        {
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["MicrosoftAppPassword"] = "not-a-real-secret",
            ["MicrosoftAppType"] = "MultiTenant",
        });
        var functions = new AskFunctions(secured.Get<AskEndpoints>(), secured.Get<BotEndpoint>());
        var request = secured.Request("POST", Encoding.UTF8.GetBytes("{\"type\":\"message\",\"text\":\"hi\",\"serviceUrl\":\"http://127.0.0.1:1\",\"conversation\":{\"id\":\"x\"}}"), "application/json");
        request.Headers.Authorization = "Bearer abc";

        var (status, _, _) = await FunctionHarness.ExecuteAsync(request, await functions.MessagesAsync(request, default));

        Assert.Equal(401, status);
    }
}
