resource "azuread_group" "staff" {
  display_name     = "staff"
  security_enabled = true
}

resource "azuread_directory_role" "readers" {
  display_name = "Directory Readers"
}

resource "azuread_directory_role_member" "staff_readers" {
  role_object_id   = azuread_directory_role.readers.object_id
  member_object_id = azuread_group.staff.object_id
}
