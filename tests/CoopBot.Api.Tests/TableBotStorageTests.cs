using CoopBot.Api.Bot;
using CoopBot.Testing;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace CoopBot.Api.Tests;

[Collection(Azurite.Collection)]
public class TableBotStorageTests(Azurite azurite)
{
    private TableBotStorage NewStorage() => new(azurite.CreateServiceClient(), TestTables.Fresh());

    private sealed class Note : IStoreItem
    {
        public string? Text { get; set; }

        public string? ETag { get; set; }
    }

    [Fact]
    public async Task Written_items_are_read_back_with_an_etag_under_any_key()
    {
        var storage = NewStorage();
        const string key = "emulator/conversations/abc|0001#x?y";

        await storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "hello" } });
        var read = await storage.ReadAsync([key, "missing"]);

        var item = Assert.IsType<JObject>(read[key]);
        Assert.Equal("hello", item["Text"]!.Value<string>());
        Assert.False(string.IsNullOrEmpty(item["eTag"]!.Value<string>()));
        Assert.False(read.ContainsKey("missing"));
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_is_refused_and_a_wildcard_overwrites()
    {
        var storage = NewStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "v1" } });
        var etag = ((JObject)(await storage.ReadAsync(["k"]))["k"])["eTag"]!.Value<string>();
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "v2", ETag = etag } });

        await Assert.ThrowsAsync<InvalidOperationException>(() => storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "stale", ETag = etag } }));
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "forced", ETag = "*" } });

        Assert.Equal("forced", ((JObject)(await storage.ReadAsync(["k"]))["k"])["Text"]!.Value<string>());
    }

    [Fact]
    public async Task Bot_state_round_trips_through_the_table()
    {
        var storage = NewStorage();
        var state = new ConversationState(storage);
        var accessor = state.CreateProperty<string>("value");
        var context = new TurnContext(new Microsoft.Bot.Builder.Adapters.TestAdapter(), new Microsoft.Bot.Schema.Activity
        {
            Type = "message",
            ChannelId = "test",
            Conversation = new Microsoft.Bot.Schema.ConversationAccount { Id = "conversation/1" },
        });

        await accessor.SetAsync(context, "remembered");
        await state.SaveChangesAsync(context);
        var fresh = new ConversationState(storage);
        var value = await fresh.CreateProperty<string>("value").GetAsync(new TurnContext(context.Adapter, (Microsoft.Bot.Schema.Activity)context.Activity), () => "none");

        Assert.Equal("remembered", value);
    }

    [Fact]
    public async Task Deleted_items_are_gone()
    {
        var storage = NewStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "x" } });

        await storage.DeleteAsync(["k", "never-written"]);

        Assert.Empty(await storage.ReadAsync(["k"]));
    }
}
