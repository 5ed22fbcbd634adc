resource "google_storage_bucket_iam_member" "site_read" {
  bucket = "example-site-assets"
  role   = "roles/storage.objectViewer"
  member = "serviceAccount:cdn@web-prod.iam.gserviceaccount.com"
}

resource "google_cloud_run_v2_service_iam_binding" "invokers" {
  project  = "web-prod"
  location = "europe-west1"
  name     = "api"
  role     = "roles/run.invoker"
  members  = ["serviceAccount:frontend@web-prod.iam.gserviceaccount.com"]
}
