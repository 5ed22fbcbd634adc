resource "azurerm_role_definition" "vm_operator" {
  name  = "vm-operator"
  scope = "/subscriptions/00000000-0000-0000-0000-000000000001"

  permissions {
    actions = [
      "Microsoft.Compute/virtualMachines/start/action",
      "Microsoft.Compute/virtualMachines/restart/action",
      "Microsoft.Compute/virtualMachines/read",
    ]
  }

  assignable_scopes = ["/subscriptions/00000000-0000-0000-0000-000000000001"]
}
