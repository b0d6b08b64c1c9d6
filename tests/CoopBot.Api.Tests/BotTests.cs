using CoopBot.Api.Bot;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using BotActivity = Microsoft.Bot.Schema.Activity;

namespace CoopBot.Api.Tests;

public class BotTests
{
    private static async Task<(TestAdapter Adapter, CoopBotActivityHandler Bot)> CreateAsync(IStorage? storage = null)
    {
        var state = new ConversationState(storage ?? new MemoryStorage());
        var bot = new CoopBotActivityHandler(await CorpusKnowledge.CreateServiceAsync(), state, NullLogger<CoopBotActivityHandler>.Instance);
        return (new TestAdapter(), bot);
    }

    private static IActivity ConversationUpdate() => new BotActivity
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [new ChannelAccount("user1", "User"), new ChannelAccount("bot", "Bot")],
        Recipient = new ChannelAccount("bot", "Bot"),
        From = new ChannelAccount("user1", "User"),
    };

    [Fact]
    public async Task New_member_is_welcomed_with_sample_questions_built_from_the_articles()
    {
        var (adapter, bot) = await CreateAsync();

        await new TestFlow(adapter, bot.OnTurnAsync)
            .Send(ConversationUpdate())
            .AssertReply(reply =>
            {
                var message = (IMessageActivity)reply;
                Assert.Contains("CoopBot", message.Text);
                Assert.Contains("20 articles", message.Text);
                Assert.NotEmpty(message.SuggestedActions.Actions);
                Assert.All(message.SuggestedActions.Actions, a => Assert.False(string.IsNullOrWhiteSpace(a.Title)));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_lists_what_can_be_asked()
    {
        var (adapter, bot) = await CreateAsync();

        await new TestFlow(adapter, bot.OnTurnAsync)
            .Send("help")
            .AssertReply(reply =>
            {
                var text = ((IMessageActivity)reply).Text;
                Assert.Contains("Try:", text);
                Assert.Contains("what else did she say?", text);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Answers_carry_their_sources()
    {
        var (adapter, bot) = await CreateAsync();

        await new TestFlow(adapter, bot.OnTurnAsync)
            .Send("Which outcomes were agreed?")
            .AssertReply(reply =>
            {
                var text = ((IMessageActivity)reply).Text;
                Assert.Contains("**Sources**", text);
                Assert.Contains("[1]", text);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Follow_up_uses_the_speaker_of_the_previous_turn()
    {
        var (adapter, bot) = await CreateAsync();

        await new TestFlow(adapter, bot.OnTurnAsync)
            .Send("What did Zhou Mingyuan say?")
            .AssertReply(reply => Assert.Contains("Zhou", ((IMessageActivity)reply).Text))
            .Send("what else did he say?")
            .AssertReply(reply =>
            {
                var text = ((IMessageActivity)reply).Text;
                Assert.Contains("Zhou", text);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task State_survives_a_new_bot_instance_over_the_same_storage()
    {
        var storage = new MemoryStorage();
        var (adapter, first) = await CreateAsync(storage);
        await new TestFlow(adapter, first.OnTurnAsync)
            .Send("What did Zhou Mingyuan say?")
            .AssertReply(_ => { })
            .StartTestAsync();

        // A restart: a new handler, the same storage and conversation.
        var (_, second) = await CreateAsync(storage);
        await new TestFlow(adapter, second.OnTurnAsync)
            .Send("what else did he say?")
            .AssertReply(reply => Assert.Contains("Zhou", ((IMessageActivity)reply).Text))
            .StartTestAsync();
    }

    [Fact]
    public async Task Unanswerable_questions_are_answered_honestly()
    {
        var (adapter, bot) = await CreateAsync();

        await new TestFlow(adapter, bot.OnTurnAsync)
            .Send("What did Maria Gonzalez say about fisheries?")
            .AssertReply(reply => Assert.Contains("don't say", ((IMessageActivity)reply).Text, StringComparison.OrdinalIgnoreCase))
            .StartTestAsync();
    }

    [Fact]
    public async Task Empty_and_overlong_messages_get_a_polite_reply()
    {
        var (adapter, bot) = await CreateAsync();

        await new TestFlow(adapter, bot.OnTurnAsync)
            .Send("   ")
            .AssertReply(reply => Assert.Contains("type a question", ((IMessageActivity)reply).Text))
            .Send(new string('x', CoopBotActivityHandler.MaxQuestionLength + 1))
            .AssertReply(reply => Assert.Contains("too long", ((IMessageActivity)reply).Text))
            .StartTestAsync();
    }
}
