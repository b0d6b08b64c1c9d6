using CoopBot.Storage;
using Microsoft.Extensions.Configuration;

namespace CoopBot.Api.Configuration;

/// <summary>
/// Chooses how to reach the data tables from configuration. First <c>DataStorage</c>, then the host's
/// <c>AzureWebJobsStorage</c>; each either as a connection string or identity-based (<c>__tableServiceUri</c> or
/// <c>__accountName</c>, with an optional <c>__clientId</c> for a user-assigned identity).
/// </summary>
public static class StorageConnectionResolver
{
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

    public static StorageConnection Resolve(IConfiguration configuration)
    {
        return TryResolve(configuration, SettingNames.DataStorage)
            ?? TryResolve(configuration, SettingNames.HostStorage)
            ?? StorageConnection.FromConnectionString(DevelopmentStorage);
    }

    private static StorageConnection? TryResolve(IConfiguration configuration, string name)
    {
        if (configuration[name] is { Length: > 0 } connectionString)
        {
            return StorageConnection.FromConnectionString(connectionString);
        }
        // "Name__suffix" in environment variables and local.settings.json is "Name:suffix" in IConfiguration.
        var section = configuration.GetSection(name);
        var clientId = section[SettingNames.ClientIdSuffix];
        if (section[SettingNames.TableServiceUriSuffix] is { Length: > 0 } uri)
        {
            if (!Uri.TryCreate(uri, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("https" or "http"))
            {
                throw new InvalidOperationException($"{name}__{SettingNames.TableServiceUriSuffix} must be an absolute URL such as https://account.table.core.windows.net, not '{uri}'.");
            }
            return StorageConnection.FromEndpoint(endpoint, clientId);
        }
        if (section[SettingNames.AccountNameSuffix] is { Length: > 0 } account)
        {
            return StorageConnection.FromEndpoint(StorageConnection.TableEndpointOfAccount(account), clientId);
        }
        return null;
    }
}
