resource "google_service_account" "exporter" {
  project    = "analytics-prod"
  account_id = "exporter"
}

# The external job authenticates through workload identity federation instead of a key.
resource "google_service_account_iam_member" "exporter_wif" {
  service_account_id = google_service_account.exporter.name
  role               = "roles/iam.workloadIdentityUser"
  member             = "principalSet://iam.googleapis.com/projects/123456789/locations/global/workloadIdentityPools/ci/attribute.repository/example/exporter"
}
