using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CoopBot.Infra.Tests;

/// <summary>Properties of the compiled infra/main.bicep that the deployment depends on.</summary>
public sealed partial class TemplateTests
{
    [BicepFact]
    public async Task Bot_messaging_endpoint_is_the_function_apps_api_messages_route()
    {
        var template = await CompiledTemplate.MainAsync();

        var bot = Assert.Single(CompiledTemplate.Resources(template, "Microsoft.BotService/botServices"));
        var endpoint = CompiledTemplate.LiteralText(bot["properties"]!["endpoint"]!.ToString());

        Assert.StartsWith("https://", endpoint);
        Assert.EndsWith("/api/messages", endpoint);
        Assert.Equal("azurebot", bot["kind"]!.ToString());
        Assert.Equal("UserAssignedMSI", bot["properties"]!["msaAppType"]!.ToString());
        Assert.Contains("userAssignedIdentities", bot["properties"]!["msaAppMSIResourceId"]!.ToString());
    }

    [BicepFact]
    public async Task Storage_account_refuses_shared_keys_public_blobs_and_plain_http()
    {
        var template = await CompiledTemplate.MainAsync();

        var storage = Assert.Single(CompiledTemplate.Resources(template, "Microsoft.Storage/storageAccounts"));
        var properties = storage["properties"]!;

        Assert.False(properties["allowSharedKeyAccess"]!.GetValue<bool>());
        Assert.False(properties["allowBlobPublicAccess"]!.GetValue<bool>());
        Assert.True(properties["supportsHttpsTrafficOnly"]!.GetValue<bool>());
        Assert.Equal("TLS1_2", properties["minimumTlsVersion"]!.ToString());
        Assert.Equal("StorageV2", storage["kind"]!.ToString());
        Assert.Equal("Standard_LRS", storage["sku"]!["name"]!.ToString());
    }

    [BicepFact]
    public async Task Identity_gets_the_storage_and_monitoring_data_roles()
    {
        var json = (await CompiledTemplate.MainAsync()).ToJsonString();

        Assert.Contains("b7e6dc6d-f1e8-4753-8033-0f276bb0955b", json); // Storage Blob Data Owner
        Assert.Contains("974c5e8b-45b9-4653-ba55-5f855dd0fb88", json); // Storage Queue Data Contributor
        Assert.Contains("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", json); // Storage Table Data Contributor
        Assert.Contains("3913510d-42f4-4e42-8a64-420c390055eb", json); // Monitoring Metrics Publisher
    }

    [BicepFact]
    public async Task Function_app_runs_dotnet_10_isolated_on_flex_consumption()
    {
        var template = await CompiledTemplate.MainAsync();

        var plan = Assert.Single(CompiledTemplate.Resources(template, "Microsoft.Web/serverfarms"));
        Assert.Equal("FC1", plan["sku"]!["name"]!.ToString());
        Assert.Equal("FlexConsumption", plan["sku"]!["tier"]!.ToString());

        var site = Assert.Single(CompiledTemplate.Resources(template, "Microsoft.Web/sites"));
        Assert.Equal("functionapp,linux", site["kind"]!.ToString());
        Assert.Equal("UserAssigned", site["identity"]!["type"]!.ToString());
        var config = site["properties"]!["functionAppConfig"]!;
        Assert.Equal("dotnet-isolated", config["runtime"]!["name"]!.ToString());
        Assert.Equal("10.0", config["runtime"]!["version"]!.ToString());
        Assert.Equal("UserAssignedIdentity", config["deployment"]!["storage"]!["authentication"]!["type"]!.ToString());
    }

    [BicepFact]
    public async Task Azure_yaml_service_is_the_functions_project_tagged_on_the_function_app()
    {
        var yaml = await File.ReadAllTextAsync(InfraFiles.AzureYaml);
        var service = AzureYamlService().Match(yaml);
        Assert.True(service.Success, "azure.yaml declares no service with project, language and host.");
        Assert.Equal("./src/CoopBot.Functions", service.Groups["project"].Value);
        Assert.Equal("dotnet", service.Groups["language"].Value);
        Assert.Equal("function", service.Groups["host"].Value);
        Assert.True(File.Exists(InfraFiles.FullPath("src/CoopBot.Functions/CoopBot.Functions.csproj")));

        // azd finds the app by its azd-service-name tag; main.bicep passes the service name to the module.
        var template = await CompiledTemplate.MainAsync();
        var deployment = Assert.Single(
            CompiledTemplate.Resources(template, "Microsoft.Resources/deployments"),
            d => d["properties"]?["parameters"]?["serviceName"] is not null);
        Assert.Equal(service.Groups["name"].Value, deployment["properties"]!["parameters"]!["serviceName"]!["value"]!.ToString());
        var site = Assert.Single(CompiledTemplate.Resources(template, "Microsoft.Web/sites"));
        Assert.Contains("azd-service-name", site["tags"]!.ToString());
    }

    [GeneratedRegex(@"^services:\s*\n\s+(?<name>[\w-]+):\s*\n\s+project:\s*(?<project>\S+)\s*\n\s+language:\s*(?<language>\S+)\s*\n\s+host:\s*(?<host>\S+)", RegexOptions.Multiline)]
    private static partial Regex AzureYamlService();
}
