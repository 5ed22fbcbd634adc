resource "azuread_service_principal" "automation" {
  client_id = "33333333-3333-3333-3333-333333333333"
}

resource "azuread_directory_role_assignment" "automation_admin" {
  role_id             = "62e90394-69f5-4237-9190-012177145e10"
  principal_object_id = azuread_service_principal.automation.object_id
}
