data "azuread_application_published_app_ids" "well_known" {}

data "azuread_service_principal" "msgraph" {
  client_id = data.azuread_application_published_app_ids.well_known.result["MicrosoftGraph"]
}

resource "azuread_service_principal" "reporting" {
  client_id = "33333333-3333-3333-3333-333333333333"
}

resource "azuread_app_role_assignment" "read_users" {
  app_role_id         = data.azuread_service_principal.msgraph.app_role_ids["User.Read.All"]
  principal_object_id = azuread_service_principal.reporting.object_id
  resource_object_id  = data.azuread_service_principal.msgraph.object_id
}
