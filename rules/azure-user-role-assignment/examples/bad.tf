resource "azurerm_role_assignment" "alice_reader" {
  scope                = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-app"
  role_definition_name = "Reader"
  principal_id         = "11111111-2222-3333-4444-555555555555"
  principal_type       = "User"
}
