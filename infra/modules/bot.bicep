// The Azure Bot resource (channel registration). It authenticates as the app's user-assigned identity
// (msaAppType UserAssignedMSI), so there is no app password; it delivers activities to the Function App's
// /api/messages route. Web Chat is on by default; Teams and other channels are switched on in the portal (docs/DEPLOY.md).

@description('Name of the Azure Bot resource (globally unique).')
param name string

@description('Name shown in channels.')
param displayName string

@description('Tags for the resource.')
param tags object

@description('Pricing tier: F0 (free: standard channels unlimited, 10,000 premium messages a month) or S1.')
@allowed([
  'F0'
  'S1'
])
param sku string

@description('Name of the user-assigned identity that is the bot\'s Microsoft App ID.')
param identityName string

@description('Entra ID tenant of the identity.')
param tenantId string

@description('Default host name of the Function App that serves /api/messages.')
param functionAppHostName string

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: identityName
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: 'https://${functionAppHostName}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: tenantId
    publicNetworkAccess: 'Enabled'
  }
}

output name string = bot.name
output endpoint string = bot.properties.endpoint
