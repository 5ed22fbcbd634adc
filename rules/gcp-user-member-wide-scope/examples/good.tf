resource "google_project_iam_member" "data_eng_bq_admin" {
  project = "data-prod"
  role    = "roles/bigquery.admin"
  member  = "group:data-engineering@example.com"
}
