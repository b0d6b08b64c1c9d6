using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace CoopBot.Testing;

/// <summary>
/// Plays the Bot Framework Emulator's side: a loopback HTTP server the bot posts its replies to
/// (<c>{serviceUrl}/v3/conversations/{id}/activities/{replyToId}</c>), and activities sent to the bot with that serviceUrl.
/// </summary>
public sealed class FakeChannel : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<JsonElement> replies = new();
    private readonly SemaphoreSlim arrived = new(0);

    private FakeChannel(WebApplication app, string url)
    {
        this.app = app;
        ServiceUrl = url;
    }

    public string ServiceUrl { get; }

    public static async Task<FakeChannel> StartAsync()
    {
        var url = $"http://127.0.0.1:{Azurite.FreePort()}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        var channel = new FakeChannel(app, url);
        app.MapPost("/v3/conversations/{conversationId}/activities/{**activityId}", async (HttpRequest request) =>
        {
            var activity = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
            channel.replies.Enqueue(activity);
            channel.arrived.Release();
            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        });
        app.MapPost("/v3/conversations/{conversationId}/activities", async (HttpRequest request) =>
        {
            var activity = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
            channel.replies.Enqueue(activity);
            channel.arrived.Release();
            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        });
        await app.StartAsync();
        return channel;
    }

    /// <summary>The next message reply (trace and typing activities are skipped).</summary>
    public async Task<JsonElement> NextMessageAsync(TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await arrived.WaitAsync(left))
            {
                throw new TimeoutException("The bot sent no reply to the channel.");
            }
            if (replies.TryDequeue(out var activity) && activity.GetProperty("type").GetString() == "message")
            {
                return activity;
            }
        }
    }

    /// <summary>An activity as the Emulator sends it: its serviceUrl points back at this channel.</summary>
    public object Activity(string type, string conversationId, string? text = null, bool membersAdded = false) => new
    {
        type,
        id = Guid.NewGuid().ToString("N"),
        channelId = "emulator",
        serviceUrl = ServiceUrl,
        timestamp = DateTimeOffset.UtcNow,
        from = new { id = "user-1", name = "User", role = "user" },
        recipient = new { id = "bot-1", name = "Bot", role = "bot" },
        conversation = new { id = conversationId },
        text,
        locale = "en-US",
        membersAdded = membersAdded ? new object[] { new { id = "user-1", name = "User" }, new { id = "bot-1", name = "Bot" } } : null,
    };

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
