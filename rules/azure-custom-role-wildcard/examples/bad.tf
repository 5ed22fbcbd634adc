resource "azurerm_role_definition" "platform_admin" {
  name  = "platform-admin"
  scope = "/subscriptions/00000000-0000-0000-0000-000000000001"

  permissions {
    actions = ["*"]
  }

  assignable_scopes = ["/subscriptions/00000000-0000-0000-0000-000000000001"]
}
