using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using CoopBot.Core.Answering;

namespace CoopBot.Storage;

/// <summary>
/// One article version as a compact record (gzip-compressed JSON, base64 in string properties) so that an
/// instance can load every article for the answer engine with a few partition scans.
/// </summary>
public static class KnowledgeCodec
{
    public static string Encode(KnowledgeArticle article)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            JsonSerializer.Serialize(gzip, article, KnowledgeJsonContext.Default.KnowledgeArticle);
        }
        return Convert.ToBase64String(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static KnowledgeArticle Decode(string encoded)
    {
        using var buffer = new MemoryStream(Convert.FromBase64String(encoded));
        using var gzip = new GZipStream(buffer, CompressionMode.Decompress);
        return JsonSerializer.Deserialize(gzip, KnowledgeJsonContext.Default.KnowledgeArticle)
            ?? throw new InvalidDataException("A knowledge record is empty.");
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(KnowledgeArticle))]
internal sealed partial class KnowledgeJsonContext : JsonSerializerContext;
