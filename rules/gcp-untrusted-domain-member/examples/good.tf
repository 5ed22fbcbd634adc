# Scanned with trustedDomains = ["example.com"] (examples/options.json).
resource "google_storage_bucket_iam_member" "partner_export" {
  bucket = "example-exports"
  role   = "roles/storage.objectAdmin"
  member = "group:vendor-exports@example.com"
}
