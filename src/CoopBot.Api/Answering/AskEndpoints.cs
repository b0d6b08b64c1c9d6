using System.Text.Json;
using CoopBot.Api.Http;
using CoopBot.Core.Answering;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;
using Newtonsoft.Json.Linq;
using EngineState = CoopBot.Core.Answering.ConversationState;

namespace CoopBot.Api.Answering;

/// <summary>
/// GET /api/ask?q=…&amp;conversationId=… and POST /api/ask {"question","conversationId"?}: the answer engine over HTTP.
/// With a conversation id, the conversation state is kept in storage so follow-ups ("what else did she say?")
/// work across requests and instances.
/// </summary>
public sealed class AskEndpoints(AnswerService answers, IStorage storage, ILogger<AskEndpoints> logger)
{
    public const int MaxQuestionLength = 1000;
    public const int MaxConversationIdLength = 200;
    private const int MaxBodyBytes = 16 * 1024;

    public Task<IResult> GetAsync(HttpRequest request, CancellationToken cancellationToken = default) =>
        AskAsync(request.Query["q"].ToString(), request.Query["conversationId"].ToString(), cancellationToken);

    public async Task<IResult> PostAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var media) || !media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return Problems.UnsupportedMediaType("Send the question as application/json: {\"question\": \"…\", \"conversationId\": \"…\"}.");
        }
        var body = await RequestBody.ReadLimitedAsync(request, MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return Problems.PayloadTooLarge($"A question request may be at most {MaxBodyBytes / 1024} KiB.");
        }
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Problems.BadRequest("Malformed request", "The body must be a JSON object {\"question\": \"…\", \"conversationId\": \"…\"}.");
            }
            var question = root.TryGetProperty("question", out var q) && q.ValueKind == JsonValueKind.String ? q.GetString() : null;
            var conversationId = root.TryGetProperty("conversationId", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            return await AskAsync(question, conversationId, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return Problems.BadRequest("Malformed JSON", "The body is not valid JSON. Expected {\"question\": \"…\", \"conversationId\": \"…\"}.");
        }
    }

    private async Task<IResult> AskAsync(string? question, string? conversationId, CancellationToken cancellationToken)
    {
        question = question?.Trim();
        if (string.IsNullOrEmpty(question))
        {
            return Problems.BadRequest("Missing question", "Ask something: GET /api/ask?q=your+question, or POST {\"question\": \"…\"}.");
        }
        if (question.Length > MaxQuestionLength)
        {
            return Problems.BadRequest("Question too long", $"Questions may be at most {MaxQuestionLength} characters.");
        }
        conversationId = string.IsNullOrWhiteSpace(conversationId) ? null : conversationId.Trim();
        if (conversationId is { Length: > MaxConversationIdLength })
        {
            return Problems.BadRequest("Conversation id too long", $"A conversationId may be at most {MaxConversationIdLength} characters.");
        }

        EngineState? state = null;
        var key = conversationId is null ? null : "ask/" + conversationId;
        if (key is not null)
        {
            var stored = await storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
            state = EngineState.FromJson((stored.TryGetValue(key, out var item) ? item as JObject : null)?["state"]?.Value<string>());
        }
        var answer = await answers.AnswerAsync(question, state, cancellationToken).ConfigureAwait(false);
        if (key is not null)
        {
            await storage.WriteAsync(new Dictionary<string, object> { [key] = new JObject { ["state"] = answer.State.ToJson() } }, cancellationToken).ConfigureAwait(false);
        }
        logger.LogInformation("Answered a {Intent} question over HTTP (found: {Found})", answer.Intent, answer.Found);
        return Results.Text(AnswerJson.Serialize(answer), "application/json; charset=utf-8");
    }
}
