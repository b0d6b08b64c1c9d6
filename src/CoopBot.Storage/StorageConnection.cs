using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;

namespace CoopBot.Storage;

/// <summary>
/// How to reach the table service: a connection string (Azurite, local development) or an endpoint reached with
/// a managed identity / developer credential (Azure, where shared keys are disabled).
/// </summary>
public sealed record StorageConnection
{
    private StorageConnection(string? connectionString, Uri? tableServiceUri, string? managedIdentityClientId)
    {
        ConnectionString = connectionString;
        TableServiceUri = tableServiceUri;
        ManagedIdentityClientId = managedIdentityClientId;
    }

    public string? ConnectionString { get; }

    public Uri? TableServiceUri { get; }

    public string? ManagedIdentityClientId { get; }

    public bool UsesIdentity => TableServiceUri is not null;

    public static StorageConnection FromConnectionString(string connectionString) =>
        new(connectionString, null, null);

    public static StorageConnection FromEndpoint(Uri tableServiceUri, string? managedIdentityClientId = null) =>
        new(null, tableServiceUri, string.IsNullOrWhiteSpace(managedIdentityClientId) ? null : managedIdentityClientId);

    /// <summary>The table endpoint of a storage account by name (public Azure cloud).</summary>
    public static Uri TableEndpointOfAccount(string accountName) => new($"https://{accountName}.table.core.windows.net");

    public TableServiceClient CreateClient()
    {
        if (TableServiceUri is not null)
        {
            TokenCredential credential = ManagedIdentityClientId is null
                ? new DefaultAzureCredential()
                : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = ManagedIdentityClientId });
            return new TableServiceClient(TableServiceUri, credential);
        }
        return new TableServiceClient(ConnectionString);
    }

    /// <summary>Where it points, without secrets, for logs and error messages.</summary>
    public override string ToString()
    {
        if (TableServiceUri is not null)
        {
            return $"{TableServiceUri} (identity{(ManagedIdentityClientId is null ? string.Empty : " " + ManagedIdentityClientId)})";
        }
        if (ConnectionString!.Contains("UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase))
        {
            return "development storage (Azurite)";
        }
        var endpoint = ConnectionString.Split(';').FirstOrDefault(p => p.StartsWith("TableEndpoint=", StringComparison.OrdinalIgnoreCase));
        return endpoint is null ? "connection string" : endpoint["TableEndpoint=".Length..];
    }
}
