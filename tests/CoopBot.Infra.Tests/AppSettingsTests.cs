using System.Text.Json;
using CoopBot.Api.Configuration;

namespace CoopBot.Infra.Tests;

/// <summary>
/// Drift between what the app reads (<see cref="SettingNames.All"/>), the local sample settings and the Function
/// App's app settings in infra/main.bicep.
/// </summary>
public sealed class AppSettingsTests
{
    /// <summary>Settings the platform reads rather than CoopBot; allowed in the Bicep app settings.</summary>
    private static readonly string[] PlatformSettings = ["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"];

    public static TheoryData<string> SettingsTheAppReads => new(SettingNames.All);

    [Theory]
    [MemberData(nameof(SettingsTheAppReads))]
    public void Every_setting_the_app_reads_is_in_the_local_settings_sample(string name)
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(InfraFiles.LocalSettingsSample));

        var values = sample.RootElement.GetProperty("Values");

        Assert.True(values.TryGetProperty(name, out _), $"local.settings.sample.json has no Values.{name}.");
    }

    [BicepTheory]
    [MemberData(nameof(SettingsTheAppReads))]
    public async Task Every_setting_the_app_reads_is_an_app_setting_in_main_bicep(string name)
    {
        var settings = CompiledTemplate.AppSettings(await CompiledTemplate.MainAsync());

        // Storage connections are identity-based in Azure: Name__accountName, Name__tableServiceUri, …
        Assert.True(
            settings.Keys.Any(key => key == name || key.StartsWith(name + "__", StringComparison.Ordinal)),
            $"No app setting {name} (or {name}__…) in infra/; found: {string.Join(", ", settings.Keys)}");
    }

    [BicepFact]
    public async Task Every_app_setting_in_main_bicep_is_read_by_the_app_or_the_platform()
    {
        var settings = CompiledTemplate.AppSettings(await CompiledTemplate.MainAsync());

        var unknown = settings.Keys
            .Where(key => !SettingNames.All.Contains(key.Split("__")[0]) && !PlatformSettings.Contains(key))
            .ToList();

        Assert.True(unknown.Count == 0, $"App settings nobody reads (typo or stale?): {string.Join(", ", unknown)}");
    }

    [BicepFact]
    public async Task Flex_consumption_app_settings_leave_out_the_worker_runtime_and_extension_version()
    {
        var settings = CompiledTemplate.AppSettings(await CompiledTemplate.MainAsync());

        Assert.DoesNotContain("FUNCTIONS_WORKER_RUNTIME", settings.Keys);
        Assert.DoesNotContain("FUNCTIONS_EXTENSION_VERSION", settings.Keys);
        Assert.DoesNotContain("WEBSITE_CONTENTAZUREFILECONNECTIONSTRING", settings.Keys);
    }

    [BicepFact]
    public async Task Storage_and_telemetry_settings_use_the_managed_identity_and_no_secret()
    {
        var settings = CompiledTemplate.AppSettings(await CompiledTemplate.MainAsync());

        Assert.Contains("AzureWebJobsStorage__accountName", settings.Keys);
        Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]);
        Assert.Contains("AzureWebJobsStorage__clientId", settings.Keys);
        Assert.Contains("primaryEndpoints.table", settings["DataStorage__tableServiceUri"]);
        Assert.Contains("DataStorage__clientId", settings.Keys);
        Assert.Equal("UserAssignedMSI", settings["MicrosoftAppType"]);
        Assert.Equal(string.Empty, settings["MicrosoftAppPassword"]);
        Assert.StartsWith("ClientId={0};Authorization=AAD", CompiledTemplate.LiteralText(settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]));
        Assert.DoesNotContain(settings, s => s.Key == "AzureWebJobsStorage" || s.Value.Contains("AccountKey", StringComparison.OrdinalIgnoreCase) || s.Value.Contains("listKeys", StringComparison.OrdinalIgnoreCase));
    }
}
