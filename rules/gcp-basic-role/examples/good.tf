resource "google_project_iam_member" "ci_deployer" {
  project = "payments-prod"
  role    = "roles/run.developer"
  member  = "serviceAccount:ci@build-tools.iam.gserviceaccount.com"
}

resource "google_folder_iam_binding" "ops_viewers" {
  folder  = "folders/123456789"
  role    = "roles/viewer"
  members = ["group:ops@example.com"]
}
