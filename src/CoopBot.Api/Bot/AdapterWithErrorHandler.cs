using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Logging;
using BotActivity = Microsoft.Bot.Schema.Activity;

namespace CoopBot.Api.Bot;

/// <summary>The Bot Framework adapter: on an error it logs, tells the user plainly, and sends a trace the Emulator shows.</summary>
public sealed class AdapterWithErrorHandler : CloudAdapter
{
    public AdapterWithErrorHandler(BotFrameworkAuthentication authentication, ILogger<AdapterWithErrorHandler> logger, ConversationState? conversationState = null)
        : base(authentication, logger)
    {
        OnTurnError = async (turnContext, exception) =>
        {
            logger.LogError(exception, "Unhandled error in a bot turn: {Message}", exception.Message);
            await turnContext.SendActivityAsync("Sorry, something went wrong on my side and I could not answer that. Please try again in a moment.").ConfigureAwait(false);
            // A trace activity: the Emulator shows it, real channels drop it.
            await turnContext.SendActivityAsync(BotActivity.CreateTraceActivity("OnTurnError Trace", "https://www.botframework.com/schemas/error", exception.ToString(), "TurnError")).ConfigureAwait(false);
            if (conversationState is not null)
            {
                try
                {
                    // State may be what broke the turn; start the conversation afresh.
                    await conversationState.DeleteAsync(turnContext).ConfigureAwait(false);
                }
                catch (Exception stateError)
                {
                    logger.LogError(stateError, "Could not clear the conversation state after an error");
                }
            }
        };
    }
}
