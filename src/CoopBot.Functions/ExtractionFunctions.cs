using CoopBot.Api.Extraction;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace CoopBot.Functions;

/// <summary>Speakers, statements and outcomes; their logic is in <see cref="ExtractionEndpoints"/>, shared with the self-host.</summary>
public sealed class ExtractionFunctions(ExtractionEndpoints extraction)
{
    [Function("ListSpeakers")]
    public async Task<IActionResult> ListSpeakersAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "speakers")] HttpRequest request,
        CancellationToken cancellationToken) =>
        new ResultActionResult(await extraction.ListSpeakersAsync(cancellationToken));

    [Function("GetSpeaker")]
    public async Task<IActionResult> GetSpeakerAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "speakers/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        new ResultActionResult(await extraction.GetSpeakerAsync(id, cancellationToken));

    [Function("FindStatements")]
    public async Task<IActionResult> FindStatementsAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "statements")] HttpRequest request,
        CancellationToken cancellationToken) =>
        new ResultActionResult(await extraction.FindStatementsAsync(request, cancellationToken));

    [Function("FindOutcomes")]
    public async Task<IActionResult> FindOutcomesAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "outcomes")] HttpRequest request,
        CancellationToken cancellationToken) =>
        new ResultActionResult(await extraction.FindOutcomesAsync(request, cancellationToken));
}
