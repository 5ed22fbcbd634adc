data "aws_iam_policy_document" "ci_deploy" {
  statement {
    sid       = "DeployServices"
    actions   = ["ecs:UpdateService", "ecs:RegisterTaskDefinition"]
    resources = ["*"]
  }

  statement {
    sid       = "PassTaskRoles"
    actions   = ["iam:PassRole"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "ci_deploy" {
  name   = "ci-deploy"
  policy = data.aws_iam_policy_document.ci_deploy.json
}
