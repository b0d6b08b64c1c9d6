using CoopBot.Api.Configuration;
using Microsoft.Extensions.Configuration;

namespace CoopBot.Api.Tests;

public class StorageConnectionResolverTests
{
    private static CoopBot.Storage.StorageConnection Resolve(params (string Key, string Value)[] settings) =>
        StorageConnectionResolver.Resolve(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build());

    [Fact]
    public void Nothing_configured_means_development_storage()
    {
        var connection = Resolve();

        Assert.Equal("UseDevelopmentStorage=true", connection.ConnectionString);
        Assert.False(connection.UsesIdentity);
    }

    [Fact]
    public void Host_connection_string_is_used_for_the_tables()
    {
        var connection = Resolve(("AzureWebJobsStorage", "UseDevelopmentStorage=true;DevelopmentStorageProxyUri=http://127.0.0.1"));

        Assert.StartsWith("UseDevelopmentStorage=true", connection.ConnectionString);
    }

    [Fact]
    public void Data_storage_wins_over_the_host_storage()
    {
        var connection = Resolve(("AzureWebJobsStorage", "UseDevelopmentStorage=true"), ("DataStorage", "DefaultEndpointsProtocol=https;AccountName=data;AccountKey=a2V5;EndpointSuffix=core.windows.net"));

        Assert.Contains("AccountName=data", connection.ConnectionString);
    }

    [Fact]
    public void Identity_based_table_endpoint_uses_the_managed_identity_client_id()
    {
        var connection = Resolve(("DataStorage:tableServiceUri", "https://coopbotdata.table.core.windows.net"), ("DataStorage:clientId", "11111111-2222-3333-4444-555555555555"));

        Assert.True(connection.UsesIdentity);
        Assert.Equal(new Uri("https://coopbotdata.table.core.windows.net"), connection.TableServiceUri);
        Assert.Equal("11111111-2222-3333-4444-555555555555", connection.ManagedIdentityClientId);
        Assert.Null(connection.ConnectionString);
    }

    [Fact]
    public void Host_account_name_alone_gives_the_account_table_endpoint()
    {
        var connection = Resolve(("AzureWebJobsStorage:accountName", "coopbothost"), ("AzureWebJobsStorage:credential", "managedidentity"));

        Assert.True(connection.UsesIdentity);
        Assert.Equal(new Uri("https://coopbothost.table.core.windows.net"), connection.TableServiceUri);
        Assert.Null(connection.ManagedIdentityClientId);
    }

    [Fact]
    public void A_malformed_endpoint_is_a_clear_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Resolve(("DataStorage:tableServiceUri", "not a url")));

        Assert.Contains("DataStorage__tableServiceUri", error.Message);
    }

    [Fact]
    public void Identity_connections_create_a_client_without_secrets()
    {
        var connection = Resolve(("DataStorage:tableServiceUri", "https://coopbotdata.table.core.windows.net"));

        var client = connection.CreateClient();

        Assert.Equal("coopbotdata", client.AccountName);
        Assert.DoesNotContain("AccountKey", connection.ToString());
    }
}
