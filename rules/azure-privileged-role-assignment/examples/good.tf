resource "azurerm_resource_group" "app" {
  name     = "rg-app"
  location = "westeurope"
}

resource "azurerm_user_assigned_identity" "deployer" {
  name                = "id-deployer"
  resource_group_name = azurerm_resource_group.app.name
  location            = "westeurope"
}

resource "azurerm_role_assignment" "deployer_website" {
  scope                = azurerm_resource_group.app.id
  role_definition_name = "Website Contributor"
  principal_id         = azurerm_user_assigned_identity.deployer.principal_id
}
