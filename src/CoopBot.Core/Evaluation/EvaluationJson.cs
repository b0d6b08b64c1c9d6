using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace CoopBot.Core.Evaluation;

/// <summary>
/// Reads and writes extraction documents and evaluation results as JSON: camelCase names, indented, nulls
/// written out, unknown properties ignored, and non-ASCII text (curly quotes, accents) left readable.
/// </summary>
public static class EvaluationJson
{
    // Output goes to files and terminals, never into HTML, so typographic quotes need not be escaped.
    private static readonly JsonSerializerOptions Options = new(EvaluationJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonTypeInfo<ExtractionDocument> DocumentInfo = (JsonTypeInfo<ExtractionDocument>)Options.GetTypeInfo(typeof(ExtractionDocument));

    private static readonly JsonTypeInfo<CorpusEvaluation> EvaluationInfo = (JsonTypeInfo<CorpusEvaluation>)Options.GetTypeInfo(typeof(CorpusEvaluation));

    public static string Serialize(ExtractionDocument document) => JsonSerializer.Serialize(document, DocumentInfo);

    public static string Serialize(CorpusEvaluation evaluation) => JsonSerializer.Serialize(evaluation, EvaluationInfo);

    /// <summary>Reads a document; a missing required property or a null where none is allowed throws <see cref="JsonException"/>.</summary>
    public static ExtractionDocument Deserialize(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize(utf8Json, DocumentInfo) ?? throw new JsonException("Expected a JSON object {\"article\", \"statements\", \"outcomes\"}.");

    public static ExtractionDocument Deserialize(string json) =>
        JsonSerializer.Deserialize(json, DocumentInfo) ?? throw new JsonException("Expected a JSON object {\"article\", \"statements\", \"outcomes\"}.");

    /// <summary>Reads a gold or extracted document file.</summary>
    public static async Task<ExtractionDocument> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return Deserialize(bytes);
    }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(ExtractionDocument))]
[JsonSerializable(typeof(CorpusEvaluation))]
internal sealed partial class EvaluationJsonContext : JsonSerializerContext;
