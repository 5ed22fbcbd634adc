resource "google_project_iam_member" "alice_bq_admin" {
  project = "data-prod"
  role    = "roles/bigquery.admin"
  member  = "user:alice@example.com"
}
