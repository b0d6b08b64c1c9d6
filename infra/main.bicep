// CoopBot on Azure, for `azd up` (azure.yaml at the repository root): one resource group holding
//   - a user-assigned managed identity (storage, telemetry and the bot's app id: no secrets),
//   - a storage account (host storage, deployment package, data tables; shared keys disabled),
//   - Log Analytics + Application Insights (local auth disabled),
//   - a Function App on the Flex Consumption plan (.NET 10 isolated) serving service `api`,
//   - an Azure Bot resource whose messaging endpoint is the app's /api/messages.
// Resources are declared directly (no br/public modules: builds here are offline); see infra/README.md.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name; part of every resource name and the azd-env-name tag.')
param environmentName string

@minLength(1)
@description('Azure region of all resources (except the bot, which is global). It must offer Flex Consumption.')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Resource group name; empty for rg-<environmentName>.')
param resourceGroupName string = ''

@description('TablePrefix app setting: prefixes every CoopBot table name (letters and digits, empty for none).')
@maxLength(30)
param tablePrefix string = ''

@description('SeedSyncSchedule app setting: six-field NCRONTAB (UTC) of the SeedSync timer.')
param seedSyncSchedule string = '0 */30 * * * *'

@description('Azure Bot pricing tier.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Function App scale-out limit (Flex Consumption: 40 to 1000).')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Memory per Function App instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
}
// Every name is known before deployment (What-If can predict the resources; modules find each other by name).
var names = {
  identity: '${abbrs.managedIdentityUserAssignedIdentities}${resourceToken}'
  storage: '${abbrs.storageStorageAccounts}${resourceToken}'
  deploymentContainer: 'app-package-${abbrs.webSitesFunctions}${resourceToken}'
  logAnalytics: '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
  applicationInsights: '${abbrs.insightsComponents}${resourceToken}'
  plan: '${abbrs.webServerFarms}${resourceToken}'
  functionApp: '${abbrs.webSitesFunctions}${resourceToken}'
  bot: '${abbrs.botServicesBots}${resourceToken}'
}

resource rg 'Microsoft.Resources/resourceGroups@2024-11-01' = {
  name: empty(resourceGroupName) ? '${abbrs.resourcesResourceGroups}${environmentName}' : resourceGroupName
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: names.identity
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: names.storage
    location: location
    tags: tags
    deploymentContainerName: names.deploymentContainer
    identityName: names.identity
  }
  dependsOn: [
    identity
  ]
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: names.logAnalytics
    applicationInsightsName: names.applicationInsights
    location: location
    tags: tags
    identityName: names.identity
  }
  dependsOn: [
    identity
  ]
}

// Waits for storage and monitoring, role assignments included, so the host starts with its data access in place.
module functionApp 'modules/function-app.bicep' = {
  name: 'function-app'
  scope: rg
  params: {
    name: names.functionApp
    planName: names.plan
    location: location
    tags: tags
    serviceName: 'api'
    identityName: names.identity
    storageAccountName: names.storage
    deploymentContainerName: names.deploymentContainer
    applicationInsightsName: names.applicationInsights
    tablePrefix: tablePrefix
    seedSyncSchedule: seedSyncSchedule
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
  }
  dependsOn: [
    storage
    monitoring
  ]
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  scope: rg
  params: {
    name: names.bot
    displayName: 'CoopBot (${environmentName})'
    tags: tags
    sku: botSku
    identityName: names.identity
    tenantId: tenant().tenantId
    functionAppHostName: functionApp.outputs.defaultHostName
  }
}

// Read by azd (written to .azure/<env>/.env) and by docs/DEPLOY.md's commands.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output SERVICE_API_NAME string = functionApp.outputs.name
output SERVICE_API_URI string = 'https://${functionApp.outputs.defaultHostName}'
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_TABLE_ENDPOINT string = storage.outputs.tableEndpoint
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
output BOT_NAME string = bot.outputs.name
output BOT_ENDPOINT string = bot.outputs.endpoint
