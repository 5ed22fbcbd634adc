resource "azurerm_user_assigned_identity" "app" {
  name                = "id-app"
  resource_group_name = "rg-app"
  location            = "westeurope"
}

resource "azurerm_key_vault_access_policy" "app" {
  key_vault_id       = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-app/providers/Microsoft.KeyVault/vaults/kv-app"
  tenant_id          = "00000000-0000-0000-0000-00000000000a"
  object_id          = azurerm_user_assigned_identity.app.principal_id
  secret_permissions = ["Get", "List"]
}
