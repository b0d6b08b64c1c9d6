using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using CoopBot.Storage;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CoopBot.Api.Bot;

/// <summary>
/// Bot Framework <see cref="IStorage"/> over Azure Table Storage, so conversation state survives restarts and is
/// shared by every instance. Items are JSON documents; reads return them with their <c>eTag</c>, and a write that
/// carries an eTag (an <see cref="IStoreItem"/> or the "eTag" entry BotState keeps) only succeeds if nobody wrote in
/// between; "*" or no eTag overwrites.
/// </summary>
public sealed class TableBotStorage : IStorage
{
    private const string ETagProperty = "eTag";
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None, MaxDepth = 64 });
    private readonly TableClient table;
    private readonly TableSetup setup;

    public TableBotStorage(TableServiceClient service, TableNames names)
    {
        table = service.GetTableClient(names.BotState);
        setup = new TableSetup(service, [names.BotState]);
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await setup.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var items = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            var (partition, row) = Keys(key);
            var entity = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (entity.HasValue && entity.Value is { } found)
            {
                var document = JObject.Parse(LargeText.Read(found, "Document"));
                document[ETagProperty] = found.ETag.ToString();
                items[key] = document;
            }
        }
        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await setup.EnsureAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (key, value) in changes)
        {
            var (partition, row) = Keys(key);
            var document = value is null ? new JObject() : JObject.FromObject(value, Serializer);
            var etag = (value as IStoreItem)?.ETag ?? document[ETagProperty]?.Value<string>();
            document.Remove(ETagProperty);
            var entity = new TableEntity(partition, row) { ["Key"] = key };
            LargeText.Write(entity, "Document", document.ToString(Formatting.None));
            try
            {
                if (string.IsNullOrEmpty(etag) || etag == "*")
                {
                    await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await table.UpdateEntityAsync(entity, new ETag(etag), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (RequestFailedException ex) when (ex.Status is 412 or 404)
            {
                throw new InvalidOperationException($"Bot state '{key}' was changed by another turn (eTag {etag}); the turn's changes were not saved.", ex);
            }
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await setup.EnsureAsync(cancellationToken).ConfigureAwait(false);
        foreach (var key in keys)
        {
            var (partition, row) = Keys(key);
            try
            {
                await table.DeleteEntityAsync(partition, row, ETag.All, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
            }
        }
    }

    /// <summary>
    /// Bot keys look like "emulator/conversations/abc|0001": a hash makes a key-safe row key of bounded length and
    /// spreads conversations over 16 partitions.
    /// </summary>
    private static (string Partition, string Row) Keys(string key)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        return ("p" + hash[0], hash);
    }
}
