resource "google_storage_bucket_iam_member" "web" {
  bucket = "example-assets"
  role   = "roles/storage.objectViewer"
  member = "group:web@example.com"
}

resource "google_storage_bucket_iam_member" "cdn" {
  bucket = "example-assets"
  role   = "roles/storage.objectViewer"
  member = "serviceAccount:cdn@web-prod.iam.gserviceaccount.com"
}

resource "google_bigquery_dataset_iam_member" "analysts" {
  project    = "analytics-prod"
  dataset_id = "events"
  role       = "roles/bigquery.dataViewer"
  member     = "group:analysts@example.com"
}
