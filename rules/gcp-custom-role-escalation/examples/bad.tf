resource "google_project_iam_custom_role" "ci_deployer" {
  project     = "payments-prod"
  role_id     = "ciDeployer"
  title       = "CI deployer"
  permissions = [
    "run.services.create",
    "run.services.update",
    "iam.serviceAccounts.actAs",
    "iam.serviceAccountKeys.create",
  ]
}
