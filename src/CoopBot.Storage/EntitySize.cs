using Azure.Data.Tables;

namespace CoopBot.Storage;

/// <summary>Conservative size estimates of an entity, as stored and as sent in a batch.</summary>
internal static class EntitySize
{
    /// <summary>Stored size by Azure's formula: 4 + keys in UTF-16, and per property 8 + name in UTF-16 + value.</summary>
    public static long EstimateStoredBytes(ITableEntity entity)
    {
        long size = 4 + (entity.PartitionKey.Length + entity.RowKey.Length) * 2L;
        foreach (var (name, value) in Properties(entity))
        {
            size += 8 + name.Length * 2L + value switch
            {
                string text => 4 + text.Length * 2L,
                byte[] bytes => 4 + bytes.Length,
                BinaryData data => 4 + data.ToMemory().Length,
                _ => 16,
            };
        }
        return size;
    }

    /// <summary>
    /// Bytes of the entity's JSON in a request. Over-estimates on purpose: non-ASCII characters are counted as
    /// the six bytes of a \uXXXX escape, since that is the worst a serializer may send.
    /// </summary>
    public static long EstimatePayloadBytes(ITableEntity entity)
    {
        long size = 200 + JsonStringBytes(entity.PartitionKey) + JsonStringBytes(entity.RowKey);
        foreach (var (name, value) in Properties(entity))
        {
            size += JsonStringBytes(name) + 40 + value switch
            {
                string text => JsonStringBytes(text),
                byte[] bytes => (bytes.Length + 2) / 3 * 4,
                BinaryData data => (data.ToMemory().Length + 2) / 3 * 4,
                _ => 40,
            };
        }
        return size;
    }

    private static IEnumerable<KeyValuePair<string, object>> Properties(ITableEntity entity)
    {
        if (entity is not TableEntity table)
        {
            return [];
        }
        if (table.Count > TableRules.MaxProperties)
        {
            throw new ArgumentException($"Entity {entity.PartitionKey}/{entity.RowKey} has {table.Count} properties; Azure allows {TableRules.MaxProperties}.");
        }
        return table;
    }

    private static long JsonStringBytes(string text)
    {
        long bytes = 2;
        foreach (var c in text)
        {
            bytes += c switch
            {
                '"' or '\\' => 2,
                < ' ' or > '~' => 6,
                _ => 1,
            };
        }
        return bytes;
    }
}
