using System.Text.Json.Serialization;

namespace CoopBot.Core.Articles;

/// <summary>The JSON shape of an article submitted over HTTP.</summary>
internal sealed record ArticleJson(
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("body")] string? Body);

[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(ArticleJson))]
internal sealed partial class ArticleJsonContext : JsonSerializerContext;
