resource "google_project_iam_member" "dev_sa_user" {
  project = "payments-prod"
  role    = "roles/iam.serviceAccountUser"
  member  = "group:developers@example.com"
}

resource "google_folder_iam_member" "platform_iam_admin" {
  folder = "folders/123456789"
  role   = "roles/resourcemanager.projectIamAdmin"
  member = "group:platform@example.com"
}
