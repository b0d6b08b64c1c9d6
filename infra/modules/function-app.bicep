// The Function App on the Flex Consumption plan (FC1, Linux): .NET 10 isolated worker, user-assigned identity,
// deployment package in a blob container read with that identity, and every setting CoopBot reads
// (CoopBot.Api.Configuration.SettingNames.All; tests/CoopBot.Infra.Tests checks the names).
// FUNCTIONS_WORKER_RUNTIME and FUNCTIONS_EXTENSION_VERSION are not app settings on Flex Consumption (the platform
// rejects them): the runtime is functionAppConfig.runtime.

@description('Name of the Function App (also its default host name prefix).')
param name string

@description('Name of the Flex Consumption plan.')
param planName string

@description('Azure region (must offer Flex Consumption).')
param location string

@description('Tags for the plan; the app also gets azd-service-name.')
param tags object

@description('azd service name of this app (azure.yaml), written to the azd-service-name tag.')
param serviceName string

@description('Name of the user-assigned identity the app runs as.')
param identityName string

@description('Name of the storage account for the host, the deployment package and the data tables.')
param storageAccountName string

@description('Blob container (in that account) holding the deployment package.')
param deploymentContainerName string

@description('Name of the Application Insights component.')
param applicationInsightsName string

@description('TablePrefix setting: prefixes every CoopBot table name (empty for none).')
param tablePrefix string

@description('SeedSyncSchedule setting: six-field NCRONTAB (UTC) of the SeedSync timer.')
param seedSyncSchedule string

@description('Upper bound of instances the app scales out to (Flex Consumption: 40 to 1000).')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

@description('Memory of each instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: identityName
}

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true // Linux
  }
}

resource functionApp 'Microsoft.Web/sites@2024-11-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identity.id
          }
        }
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
    }
  }
}

// Names as in local.settings.sample.json; storage as identity-based connections (Name__suffix).
resource appSettings 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: functionApp
  name: 'appsettings'
  properties: {
    // Functions host storage (and CoopBot's fallback data store), through the app's identity.
    AzureWebJobsStorage__accountName: storage.name
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identity.properties.clientId
    // CoopBot's data tables (same account), read by CoopBot.Api.Configuration.StorageConnectionResolver.
    DataStorage__tableServiceUri: storage.properties.primaryEndpoints.table
    DataStorage__clientId: identity.properties.clientId
    TablePrefix: tablePrefix
    SeedsPath: '' // empty: the seeds/ folder published with the app
    SeedSyncSchedule: seedSyncSchedule
    // Bot Framework authentication: the user-assigned identity is the bot's app id; no password exists.
    MicrosoftAppType: 'UserAssignedMSI'
    MicrosoftAppId: identity.properties.clientId
    MicrosoftAppPassword: ''
    MicrosoftAppTenantId: tenant().tenantId
    // Telemetry, authenticated with the identity (the component has local auth disabled).
    APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identity.properties.clientId};Authorization=AAD'
  }
}

// Publishing uses Entra ID (azd deploy); basic-auth credentials for FTP and SCM stay off.
resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: functionApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: functionApp
  name: 'scm'
  properties: {
    allow: false
  }
}

output name string = functionApp.name
output defaultHostName string = functionApp.properties.defaultHostName
