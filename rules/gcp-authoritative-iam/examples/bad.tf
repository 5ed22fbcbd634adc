resource "google_storage_bucket_iam_binding" "readers" {
  bucket  = "example-assets"
  role    = "roles/storage.objectViewer"
  members = ["group:web@example.com"]
}

# Removed again by the binding above on every apply.
resource "google_storage_bucket_iam_member" "cdn" {
  bucket = "example-assets"
  role   = "roles/storage.objectViewer"
  member = "serviceAccount:cdn@web-prod.iam.gserviceaccount.com"
}

data "google_iam_policy" "analytics" {
  binding {
    role    = "roles/bigquery.dataViewer"
    members = ["group:analysts@example.com"]
  }
}

resource "google_bigquery_dataset_iam_policy" "analytics" {
  project     = "analytics-prod"
  dataset_id  = "events"
  policy_data = data.google_iam_policy.analytics.policy_data
}
