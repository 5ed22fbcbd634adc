param deployerObjectId string

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-app'
  location: resourceGroup().location
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    accessPolicies: [
      {
        tenantId: tenant().tenantId
        objectId: deployerObjectId
        permissions: {
          secrets: ['all']
          keys: ['get', 'purge']
        }
      }
    ]
  }
}
