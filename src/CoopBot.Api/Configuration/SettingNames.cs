namespace CoopBot.Api.Configuration;

/// <summary>
/// Every setting the app reads, under one name in local.settings.json, environment variables and the Bicep app
/// settings. A test checks that each appears in local.settings.sample.json and infra/.
/// </summary>
public static class SettingNames
{
    /// <summary>The Functions host's storage; also CoopBot's data store unless <see cref="DataStorage"/> is set.</summary>
    public const string HostStorage = "AzureWebJobsStorage";

    /// <summary>Optional separate account for CoopBot's tables: a connection string, or <c>DataStorage__tableServiceUri</c> with an identity.</summary>
    public const string DataStorage = "DataStorage";

    public const string TablePrefix = "TablePrefix";
    public const string SeedsPath = "SeedsPath";
    public const string SeedSyncSchedule = "SeedSyncSchedule";

    /// <summary>Bot Framework authentication; all empty locally (the Emulator needs no token).</summary>
    public const string MicrosoftAppType = "MicrosoftAppType";
    public const string MicrosoftAppId = "MicrosoftAppId";
    public const string MicrosoftAppPassword = "MicrosoftAppPassword";
    public const string MicrosoftAppTenantId = "MicrosoftAppTenantId";

    /// <summary>Telemetry goes to Application Insights only when this is set.</summary>
    public const string ApplicationInsightsConnectionString = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>Suffixes of identity-based connections (Functions convention: <c>Name__suffix</c>).</summary>
    public const string TableServiceUriSuffix = "tableServiceUri";
    public const string AccountNameSuffix = "accountName";
    public const string ClientIdSuffix = "clientId";

    /// <summary>
    /// Every setting the app reads (storage by its base name: in Azure it is given identity-based as
    /// <c>Name__accountName</c> / <c>Name__tableServiceUri</c>). The drift test checks each appears in
    /// local.settings.sample.json and in the Bicep app settings.
    /// </summary>
    public static IReadOnlyList<string> All { get; } =
    [
        HostStorage, DataStorage, TablePrefix, SeedsPath, SeedSyncSchedule,
        MicrosoftAppType, MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId,
        ApplicationInsightsConnectionString,
    ];
}
