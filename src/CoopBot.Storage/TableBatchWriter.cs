using Azure.Data.Tables;

namespace CoopBot.Storage;

/// <summary>
/// Submits entity operations as Azure-valid transactions: one partition key per batch, at most 100 operations
/// and 4 MiB each. Each batch is atomic; the caller decides what makes the whole write visible.
/// </summary>
public static class TableBatchWriter
{
    /// <summary>Payload budget per batch, below 4 MiB to leave room for the multipart envelope.</summary>
    internal const int BatchPayloadBudget = TableRules.MaxBatchBytes - 256 * 1024;

    public static async Task SubmitAsync(TableClient table, IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken = default)
    {
        foreach (var batch in Plan(actions))
        {
            await table.SubmitTransactionAsync(batch, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Groups actions into batches that Azure accepts, keeping the order within each partition.</summary>
    public static IEnumerable<IReadOnlyList<TableTransactionAction>> Plan(IEnumerable<TableTransactionAction> actions)
    {
        foreach (var partition in actions.GroupBy(a => a.Entity.PartitionKey, StringComparer.Ordinal))
        {
            var batch = new List<TableTransactionAction>();
            var batchBytes = 0L;
            foreach (var action in partition)
            {
                TableRules.ValidateKey(action.Entity.PartitionKey, "PartitionKey");
                TableRules.ValidateKey(action.Entity.RowKey, "RowKey");
                var stored = EntitySize.EstimateStoredBytes(action.Entity);
                if (stored > TableRules.MaxEntityBytes)
                {
                    throw new ArgumentException($"Entity {action.Entity.PartitionKey}/{action.Entity.RowKey} is about {stored} bytes; Azure's limit is 1 MiB.");
                }
                var size = EntitySize.EstimatePayloadBytes(action.Entity);
                if (size > BatchPayloadBudget)
                {
                    throw new ArgumentException($"Entity {action.Entity.PartitionKey}/{action.Entity.RowKey} is too large to send in one request (about {size} bytes).");
                }
                if (batch.Count == TableRules.MaxBatchEntities || (batch.Count > 0 && batchBytes + size > BatchPayloadBudget))
                {
                    yield return batch;
                    batch = [];
                    batchBytes = 0;
                }
                batch.Add(action);
                batchBytes += size;
            }
            if (batch.Count > 0)
            {
                yield return batch;
            }
        }
    }
}
