using System.Text.Json.Serialization;

namespace CoopBot.Core.Answering;

/// <summary>
/// What a conversation needs to remember between questions, small and JSON-serialisable so any host can store it
/// (Table Storage for the bot, memory for a CLI chat, a conversation id for the HTTP API). Pass the state returned
/// with one answer into the next question; references survive a rebuilt knowledge base while their articles exist.
/// </summary>
/// <param name="LastQuestion">The last question that was not a follow-up, which "and Singapore?" repeats with a new subject.</param>
/// <param name="LastIntent">The intent of the last answer.</param>
/// <param name="LastSpeakerId">The speaker the last answer was about, for "what else did she say?" and "who is he?".</param>
/// <param name="LastItems">The items of the last list in order, for "the second one": <c>s:</c>/<c>o:</c> article id and position, <c>p:</c> speaker id, <c>a:</c> article id.</param>
/// <param name="Shown">Items already shown for the current speaker or question, so "what else" shows new ones.</param>
/// <param name="LastCountry">The last country or bloc asked about.</param>
/// <param name="LastTopic">The last topic asked about, as typed.</param>
/// <param name="LastArticleId">The article the last answer was mostly about.</param>
public sealed record ConversationState(
    string? LastQuestion = null,
    string? LastIntent = null,
    string? LastSpeakerId = null,
    IReadOnlyList<string>? LastItems = null,
    IReadOnlyList<string>? Shown = null,
    string? LastCountry = null,
    string? LastTopic = null,
    string? LastArticleId = null)
{
    /// <summary>The state of a new conversation.</summary>
    public static ConversationState Empty { get; } = new();

    /// <summary>How many shown items are remembered; older ones drop off first.</summary>
    public const int MaxShown = 100;

    [JsonIgnore]
    public IReadOnlyList<string> Items => LastItems ?? [];

    [JsonIgnore]
    public IReadOnlyList<string> ShownItems => Shown ?? [];

    /// <summary>Compact camelCase JSON for storage.</summary>
    public string ToJson() => AnswerJson.Serialize(this);

    /// <summary>Reads stored state; null, empty or unreadable JSON (e.g. from an older version) starts a new conversation.</summary>
    public static ConversationState FromJson(string? json) => AnswerJson.DeserializeState(json);
}
