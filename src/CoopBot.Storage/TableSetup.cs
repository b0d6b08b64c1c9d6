using Azure.Data.Tables;

namespace CoopBot.Storage;

/// <summary>Creates a set of tables once per process, on first use, and retries after a failure.</summary>
/// <remarks>Public so that other table-backed stores (bot state) share the same once-per-process creation.</remarks>
public sealed class TableSetup(TableServiceClient service, IEnumerable<string> tableNames)
{
    private readonly string[] names = tableNames.ToArray();
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile bool done;

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (done)
        {
            return;
        }
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!done)
            {
                foreach (var name in names)
                {
                    await service.GetTableClient(name).CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
                }
                done = true;
            }
        }
        finally
        {
            gate.Release();
        }
    }
}
