using CoopBot.Api.Answering;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using BotConversationState = Microsoft.Bot.Builder.ConversationState;
using EngineState = CoopBot.Core.Answering.ConversationState;

namespace CoopBot.Api.Bot;

/// <summary>
/// The bot: a thin adapter between Bot Framework activities and the answer engine. It greets new members with
/// sample questions built from the stored articles, answers messages with citations and suggested follow-ups, and
/// keeps the engine's conversation state (last speaker, last list) in Bot Framework conversation state.
/// </summary>
public sealed class CoopBotActivityHandler(AnswerService answers, BotConversationState conversationState, ILogger<CoopBotActivityHandler> logger) : ActivityHandler
{
    /// <summary>Longest message answered; beyond it the user is asked for a shorter question.</summary>
    public const int MaxQuestionLength = 1000;

    private readonly IStatePropertyAccessor<string> stateAccessor = conversationState.CreateProperty<string>("CoopBot.Conversation");

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
        await conversationState.SaveChangesAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (!membersAdded.Any(m => m.Id != turnContext.Activity.Recipient.Id))
        {
            return; // only the bot joined
        }
        var engine = await answers.GetEngineAsync(cancellationToken).ConfigureAwait(false);
        var help = engine.Answer("help");
        var welcome = MessageFactory.SuggestedActions(help.Suggestions, ReplyFormatter.Welcome(engine.Knowledge), null, null);
        welcome.TextFormat = TextFormatTypes.Markdown;
        await turnContext.SendActivityAsync(welcome, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var question = turnContext.Activity.Text?.Trim() ?? string.Empty;
        if (question.Length == 0)
        {
            await turnContext.SendActivityAsync("Please type a question, for example **help**.", cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }
        if (question.Length > MaxQuestionLength)
        {
            await turnContext.SendActivityAsync($"That message is too long for me; please ask in under {MaxQuestionLength} characters.", cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }

        var state = EngineState.FromJson(await stateAccessor.GetAsync(turnContext, () => string.Empty, cancellationToken).ConfigureAwait(false));
        var answer = await answers.AnswerAsync(question, state, cancellationToken).ConfigureAwait(false);
        await stateAccessor.SetAsync(turnContext, answer.State.ToJson(), cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Answered a {Intent} question (found: {Found}, {CitationCount} citations)", answer.Intent, answer.Found, answer.Citations.Count);

        var reply = MessageFactory.SuggestedActions(answer.Suggestions, ReplyFormatter.Format(answer), null, null);
        reply.TextFormat = TextFormatTypes.Markdown;
        await turnContext.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
    }
}
