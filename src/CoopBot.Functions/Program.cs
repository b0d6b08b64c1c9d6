using Azure.Identity;
using CoopBot.Api;
using CoopBot.Api.Configuration;
using Microsoft.ApplicationInsights.Extensibility;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddCoopBot(builder.Configuration);

// Worker telemetry only when Application Insights is configured (locally it is not).
if (!string.IsNullOrWhiteSpace(builder.Configuration[SettingNames.ApplicationInsightsConnectionString]))
{
    builder.Services.AddApplicationInsightsTelemetryWorkerService().ConfigureFunctionsApplicationInsights();
    // The deployed resource accepts only Entra-authenticated telemetry (local auth off): send it as the app's identity.
    if (builder.Configuration[$"{SettingNames.HostStorage}:{SettingNames.ClientIdSuffix}"] is { Length: > 0 } clientId)
    {
        builder.Services.Configure<TelemetryConfiguration>(telemetry =>
            telemetry.SetAzureTokenCredential(new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))));
    }
}

builder.Build().Run();
