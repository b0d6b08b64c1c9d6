using CoopBot.Api.Answering;
using CoopBot.Api.Bot;
using CoopBot.Core.Answering;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using BotActivity = Microsoft.Bot.Schema.Activity;
using BotConversationState = Microsoft.Bot.Builder.ConversationState;

namespace CoopBot.Cli.Commands;

/// <summary>
/// <c>coopbot chat [--articles DIR]</c>: a terminal conversation with the same bot the Emulator talks to: the
/// <see cref="CoopBotActivityHandler"/> runs through a console adapter, with its conversation state in memory.
/// </summary>
internal static class ChatCommand
{
    private const string UsageLine = "Usage: coopbot chat [--articles DIR]";

    public static async Task<int> RunAsync(string[] args, Func<IKnowledgeSource> sourceFactory, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        string? folder = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--articles" && i + 1 < args.Length)
            {
                folder = args[++i];
            }
            else
            {
                error.WriteLine($"Unknown argument '{args[i]}'.");
                error.WriteLine(UsageLine);
                return ExitCodes.Usage;
            }
        }
        if (folder is not null && !Directory.Exists(folder))
        {
            error.WriteLine($"'{folder}' is not a folder.");
            return ExitCodes.Usage;
        }

        var source = folder is null ? sourceFactory() : new FolderKnowledgeSource(folder);
        var bot = new CoopBotActivityHandler(new AnswerService(source), new BotConversationState(new MemoryStorage()), NullLogger<CoopBotActivityHandler>.Instance);
        var adapter = new ConsoleChatAdapter(output);

        await adapter.SendAsync(bot, ActivityTypes.ConversationUpdate, null, cancellationToken);
        while (!cancellationToken.IsCancellationRequested)
        {
            output.Write("> ");
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null || line.Trim() is "exit" or "quit")
            {
                output.WriteLine();
                return ExitCodes.Ok;
            }
            if (line.Trim().Length == 0)
            {
                continue;
            }
            await adapter.SendAsync(bot, ActivityTypes.Message, line, cancellationToken);
        }
        return ExitCodes.Ok;
    }

    /// <summary>A Bot Framework adapter whose channel is the terminal: activities in from typed lines, replies printed.</summary>
    private sealed class ConsoleChatAdapter(TextWriter output) : BotAdapter
    {
        private readonly ConversationAccount conversation = new(id: "console-" + Guid.NewGuid().ToString("N"));
        private readonly ChannelAccount user = new("user", "You");
        private readonly ChannelAccount botAccount = new("coopbot", "CoopBot");

        public async Task SendAsync(IBot bot, string type, string? text, CancellationToken cancellationToken)
        {
            var activity = new BotActivity
            {
                Type = type,
                Id = Guid.NewGuid().ToString("N"),
                ChannelId = "console",
                Conversation = conversation,
                From = user,
                Recipient = botAccount,
                Text = text,
                Timestamp = DateTimeOffset.UtcNow,
                MembersAdded = type == ActivityTypes.ConversationUpdate ? [user] : null,
            };
            using var context = new TurnContext(this, activity);
            await RunPipelineAsync(context, bot.OnTurnAsync, cancellationToken);
        }

        public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, BotActivity[] activities, CancellationToken cancellationToken)
        {
            foreach (var activity in activities.Where(a => a.Type == ActivityTypes.Message))
            {
                output.WriteLine();
                output.WriteLine(ForTerminal(activity.Text ?? string.Empty));
                if (activity.SuggestedActions?.Actions is { Count: > 0 } actions)
                {
                    output.WriteLine();
                    output.WriteLine("You could ask: " + string.Join(" · ", actions.Select(a => a.Title)));
                }
                output.WriteLine();
            }
            return Task.FromResult(activities.Select(_ => new ResourceResponse(Guid.NewGuid().ToString("N"))).ToArray());
        }

        public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, BotActivity activity, CancellationToken cancellationToken) =>
            throw new NotSupportedException("The terminal cannot change a message already printed.");

        public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
            throw new NotSupportedException("The terminal cannot delete a message already printed.");

        // Bold markers are noise in a terminal.
        private static string ForTerminal(string markdown) => markdown.Replace("**", string.Empty, StringComparison.Ordinal);
    }
}
