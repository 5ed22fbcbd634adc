resource "azurerm_role_assignment" "engineers_reader" {
  scope                = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-app"
  role_definition_name = "Reader"
  principal_id         = "66666666-7777-8888-9999-000000000000"
  principal_type       = "Group"
}
