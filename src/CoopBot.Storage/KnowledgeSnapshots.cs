using System.Globalization;
using Azure;
using Azure.Data.Tables;
using CoopBot.Core.Answering;

namespace CoopBot.Storage;

/// <summary>One article version in a knowledge snapshot.</summary>
/// <param name="Id">The article id.</param>
/// <param name="Version">The stored version the record was made from.</param>
/// <param name="Article">What the answer engine needs of it.</param>
public sealed record SnapshotEntry(string Id, string Version, KnowledgeArticle Article);

/// <summary>A knowledge snapshot as read: the change marker it was made at and its articles.</summary>
/// <param name="Marker">The articles' change marker when the snapshot's data was read.</param>
/// <param name="Entries">Every article version it holds.</param>
public sealed record KnowledgeSnapshot(string Marker, IReadOnlyList<SnapshotEntry> Entries);

/// <summary>
/// Every article's knowledge record packed into a few large rows of the Knowledge table, so that a starting instance
/// reads about a dozen entities (<see cref="KnowledgeSnapshotFormat"/> cut into binary properties, 640,000 bytes a row) instead of one row per article across
/// the shards. A snapshot is written under a new partition, then made current by replacing a pointer row with an
/// ETag check, so readers see an old snapshot or the new one whole; the one before the previous is then deleted. It
/// is a start-up aid only: a reader still compares it with the Articles table and loads whatever changed since.
/// </summary>
public sealed class KnowledgeSnapshots
{
    public const string PointerPartition = "snapshot";
    public const string PointerRow = "current";
    private const string PartitionPrefix = "snapshot~";

    /// <summary>Bytes per binary property, under the 64 KiB limit.</summary>
    private const int BytesPerProperty = 64_000;

    /// <summary>
    /// Properties per row: 640,000 bytes. Azure counts binary values as bytes against the 1 MiB entity limit, but
    /// Azurite counts them as sent, in base64 (853,336 characters), so the row stays under the limit either way.
    /// </summary>
    private const int PropertiesPerRow = 10;

    private readonly TableClient table;
    private readonly TableSetup setup;
    private readonly TimeProvider clock;

    internal KnowledgeSnapshots(TableClient table, TableSetup setup, TimeProvider clock)
    {
        this.table = table;
        this.setup = setup;
        this.clock = clock;
    }

    /// <summary>The current snapshot, or null when there is none or it cannot be read whole (then load article by article).</summary>
    public async Task<KnowledgeSnapshot?> ReadAsync(CancellationToken cancellationToken = default)
    {
        // No table set-up first (nine round trips on a cold start): a missing table is simply no snapshot.
        TableEntity? current;
        try
        {
            var pointer = await table.GetEntityIfExistsAsync<TableEntity>(PointerPartition, PointerRow, cancellationToken: cancellationToken).ConfigureAwait(false);
            current = pointer.HasValue ? pointer.Value : null;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
        var id = current?.GetString("SnapshotId");
        var parts = current?.GetInt32("Parts") ?? -1;
        var marker = current?.GetString("Marker");
        if (id is null || marker is null || parts <= 0 || current!.GetString("Format") != KnowledgeSnapshotFormat.Name)
        {
            return null;
        }
        // The parts by key, all at once: the client parses each response while the next is on its way.
        var reads = Enumerable.Range(0, parts).Select(part =>
            table.GetEntityIfExistsAsync<TableEntity>(PartitionPrefix + id, RowKey(part), cancellationToken: cancellationToken)).ToList();
        var rows = new List<TableEntity>(parts);
        foreach (var read in reads)
        {
            var row = await read.ConfigureAwait(false);
            if (!row.HasValue || row.Value is null)
            {
                // Replaced and deleted while being read: the caller falls back to the per-article records.
                return null;
            }
            rows.Add(row.Value);
        }
        using var packed = new MemoryStream();
        foreach (var row in rows)
        {
            for (var p = 0; p < PropertiesPerRow && row.GetBinary(PropertyName(p)) is { } bytes; p++)
            {
                packed.Write(bytes);
            }
        }
        return new KnowledgeSnapshot(marker, KnowledgeSnapshotFormat.Unpack(packed.GetBuffer()));
    }

    /// <summary>
    /// Writes <paramref name="entries"/> as the current snapshot, unless the current one was already made at
    /// <paramref name="marker"/>. Returns false when nothing was written: up to date, or another writer won.
    /// </summary>
    public async Task<bool> WriteAsync(string marker, IReadOnlyList<SnapshotEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(marker);
        ArgumentNullException.ThrowIfNull(entries);
        await setup.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var pointer = await table.GetEntityIfExistsAsync<TableEntity>(PointerPartition, PointerRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        var previous = pointer.HasValue ? pointer.Value : null;
        // Up to date unless the articles changed since, or it was written in a format this version no longer reads.
        if (previous?.GetString("Marker") == marker && previous.GetString("Format") == KnowledgeSnapshotFormat.Name)
        {
            return false;
        }

        var id = $"{clock.GetUtcNow():yyyyMMddHHmmss}-{Guid.NewGuid():N}";
        var rows = Pack(PartitionPrefix + id, entries);
        try
        {
            await TableBatchWriter.SubmitAsync(table, rows.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)), cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException)
        {
            // Half written and never to be pointed at: nobody else would ever delete these rows.
            await TableArticleStore.DeletePartitionAsync(table, PartitionPrefix + id, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        var next = new TableEntity(PointerPartition, PointerRow)
        {
            ["SnapshotId"] = id,
            ["Previous"] = previous?.GetString("SnapshotId"),
            ["Marker"] = marker,
            ["Format"] = KnowledgeSnapshotFormat.Name,
            ["Parts"] = rows.Count,
            ["Articles"] = entries.Count,
            ["WrittenAt"] = clock.GetUtcNow(),
        };
        try
        {
            if (previous is null)
            {
                await table.AddEntityAsync(next, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await table.UpdateEntityAsync(next, previous.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // Another instance made its snapshot current first; ours is never read.
            await TableArticleStore.DeletePartitionAsync(table, PartitionPrefix + id, cancellationToken).ConfigureAwait(false);
            return false;
        }

        // Readers may still be reading the previous snapshot; the one before it is nobody's any more.
        if (previous?.GetString("Previous") is { } stale)
        {
            await TableArticleStore.DeletePartitionAsync(table, PartitionPrefix + stale, cancellationToken).ConfigureAwait(false);
        }
        return true;
    }

    private static List<TableEntity> Pack(string partition, IReadOnlyList<SnapshotEntry> entries)
    {
        var bytes = KnowledgeSnapshotFormat.Pack(entries).AsSpan();
        var rows = new List<TableEntity>();
        for (var offset = 0; offset < bytes.Length;)
        {
            var row = new TableEntity(partition, RowKey(rows.Count));
            for (var p = 0; p < PropertiesPerRow && offset < bytes.Length; p++)
            {
                var length = Math.Min(BytesPerProperty, bytes.Length - offset);
                row[PropertyName(p)] = bytes.Slice(offset, length).ToArray();
                offset += length;
            }
            rows.Add(row);
        }
        return rows;
    }

    private static string RowKey(int part) => part.ToString("D5", CultureInfo.InvariantCulture);

    private static string PropertyName(int part) => "D" + part.ToString(CultureInfo.InvariantCulture);
}
