using CoopBot.Api.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace CoopBot.Api.Bot;

/// <summary>
/// POST /api/messages for both hosts: the Bot Framework adapter authenticates the channel (no token needed while
/// MicrosoftAppId is empty, as with the Emulator) and runs the turn. A malformed bearer token makes the SDK throw;
/// that is a 401, not a 500 (IdentityModel 8 derives SecurityTokenMalformedException from ArgumentException, not SecurityTokenException).
/// </summary>
public sealed class BotEndpoint(IBotFrameworkHttpAdapter adapter, IBot bot, ILogger<BotEndpoint> logger)
{
    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        try
        {
            await adapter.ProcessAsync(request, request.HttpContext.Response, bot, cancellationToken).ConfigureAwait(false);
            return Results.Empty;
        }
        catch (Exception ex) when (ex is SecurityTokenException or SecurityTokenMalformedException or UnauthorizedAccessException && !request.HttpContext.Response.HasStarted)
        {
            logger.LogWarning("Rejected a bot request: {Reason}", ex.GetType().Name);
            return Problems.Create(StatusCodes.Status401Unauthorized, "Unauthorized", "The request does not carry a valid Bot Framework channel token.");
        }
    }
}
