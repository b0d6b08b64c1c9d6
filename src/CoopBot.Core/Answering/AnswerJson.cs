using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace CoopBot.Core.Answering;

/// <summary>
/// The JSON shapes of the answer engine, with source-generated serialisers: an answer as the HTTP API returns it
/// (<c>{"answer","found","intent","citations":[{"articleId","title","date","sentence"}],"suggestions"}</c>) and the
/// conversation state as hosts store it.
/// </summary>
public static class AnswerJson
{
    // Answers go to JSON clients and terminals, not into HTML; keep typographic quotes and accents readable.
    private static readonly JsonSerializerOptions Options = new(AnswerJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonTypeInfo<AnswerResponse> ResponseInfo = (JsonTypeInfo<AnswerResponse>)Options.GetTypeInfo(typeof(AnswerResponse));

    private static readonly JsonTypeInfo<ConversationState> StateInfo = (JsonTypeInfo<ConversationState>)Options.GetTypeInfo(typeof(ConversationState));

    /// <summary>The type info for <see cref="AnswerResponse"/>, for hosts that write responses themselves (e.g. <c>Results.Json</c>).</summary>
    public static JsonTypeInfo<AnswerResponse> ResponseTypeInfo => ResponseInfo;

    public static string Serialize(Answer answer) => JsonSerializer.Serialize(AnswerResponse.From(answer), ResponseInfo);

    public static string Serialize(AnswerResponse response) => JsonSerializer.Serialize(response, ResponseInfo);

    public static AnswerResponse DeserializeResponse(string json) =>
        JsonSerializer.Deserialize(json, ResponseInfo) ?? throw new JsonException("Expected an answer object.");

    internal static string Serialize(ConversationState state) => JsonSerializer.Serialize(state, StateInfo);

    internal static ConversationState DeserializeState(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return ConversationState.Empty;
        }
        try
        {
            return JsonSerializer.Deserialize(json, StateInfo) ?? ConversationState.Empty;
        }
        catch (JsonException)
        {
            // Stored state is a convenience: a conversation that lost it simply starts over.
            return ConversationState.Empty;
        }
    }
}

/// <summary>The wire shape of an <see cref="Answer"/> (without the state, which hosts keep server-side).</summary>
public sealed record AnswerResponse(
    [property: JsonPropertyName("answer")] string Answer,
    bool Found,
    string Intent,
    IReadOnlyList<CitationResponse> Citations,
    IReadOnlyList<string> Suggestions)
{
    public static AnswerResponse From(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return new AnswerResponse(
            answer.Text,
            answer.Found,
            answer.Intent,
            answer.Citations.Select(c => new CitationResponse(c.ArticleId, c.Title, c.Date, c.Sentence)).ToList(),
            answer.Suggestions);
    }
}

/// <summary>The wire shape of a <see cref="Citation"/>; the date is written <c>YYYY-MM-DD</c>.</summary>
public sealed record CitationResponse(string ArticleId, string Title, DateOnly Date, string Sentence);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AnswerResponse))]
[JsonSerializable(typeof(ConversationState))]
internal sealed partial class AnswerJsonContext : JsonSerializerContext;
