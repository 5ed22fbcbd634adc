resource "google_service_account" "exporter" {
  project    = "analytics-prod"
  account_id = "exporter"
}

resource "google_service_account_key" "exporter" {
  service_account_id = google_service_account.exporter.name
}
