resource "google_project_iam_member" "ci_owner" {
  project = "payments-prod"
  role    = "roles/owner"
  member  = "serviceAccount:ci@build-tools.iam.gserviceaccount.com"
}

resource "google_folder_iam_binding" "ops_editors" {
  folder  = "folders/123456789"
  role    = "roles/editor"
  members = ["group:ops@example.com"]
}
