# Scanned with trustedDomains = ["example.com"] (examples/options.json).
resource "google_storage_bucket_iam_member" "vendor_export" {
  bucket = "example-exports"
  role   = "roles/storage.objectAdmin"
  member = "user:contractor@vendor.io"
}

resource "google_project_iam_member" "personal" {
  project = "sandbox-dev"
  role    = "roles/editor"
  member  = "user:dev.person@gmail.com"
}
