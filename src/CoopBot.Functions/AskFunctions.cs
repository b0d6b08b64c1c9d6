using CoopBot.Api.Answering;
using CoopBot.Api.Bot;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace CoopBot.Functions;

/// <summary>Questions over HTTP and the bot; their logic is in <see cref="AskEndpoints"/> and <see cref="BotEndpoint"/>, shared with the self-host.</summary>
public sealed class AskFunctions(AskEndpoints ask, BotEndpoint bot)
{
    [Function("AskGet")]
    public async Task<IActionResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "ask")] HttpRequest request,
        CancellationToken cancellationToken) =>
        new ResultActionResult(await ask.GetAsync(request, cancellationToken));

    [Function("AskPost")]
    public async Task<IActionResult> PostAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "ask")] HttpRequest request,
        CancellationToken cancellationToken) =>
        new ResultActionResult(await ask.PostAsync(request, cancellationToken));

    /// <summary>Anonymous at the Functions level: the Bot Framework adapter authenticates the channel's token instead.</summary>
    [Function("Messages")]
    public async Task<IActionResult> MessagesAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "messages")] HttpRequest request,
        CancellationToken cancellationToken) =>
        new ResultActionResult(await bot.HandleAsync(request, cancellationToken));
}
