resource "google_service_account" "deployer" {
  project    = "payments-prod"
  account_id = "deployer"
}

# Impersonation of one service account, granted on that account only.
resource "google_service_account_iam_member" "dev_sa_user" {
  service_account_id = google_service_account.deployer.name
  role               = "roles/iam.serviceAccountUser"
  member             = "group:developers@example.com"
}
