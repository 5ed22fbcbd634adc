targetScope = 'subscription'

param deployerPrincipalId string

resource ownerAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(subscription().id, deployerPrincipalId, 'owner')
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '8e3af657-a8ff-443c-a75c-2fe8c4bcb635')
    principalId: deployerPrincipalId
    principalType: 'ServicePrincipal'
  }
}
