resource "google_storage_bucket_iam_member" "public_read" {
  bucket = "example-site-assets"
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}

resource "google_cloud_run_v2_service_iam_binding" "invokers" {
  project  = "web-prod"
  location = "europe-west1"
  name     = "api"
  role     = "roles/run.invoker"
  members  = ["allAuthenticatedUsers"]
}
