data "aws_iam_policy_document" "ci_deploy" {
  statement {
    sid       = "DeployServices"
    actions   = ["ecs:UpdateService"]
    resources = ["arn:aws:ecs:eu-west-1:123456789012:service/prod/orders"]
  }

  statement {
    sid       = "PassTaskRoles"
    actions   = ["iam:PassRole"]
    resources = ["arn:aws:iam::123456789012:role/ecs/orders-task"]

    condition {
      test     = "StringEquals"
      variable = "iam:PassedToService"
      values   = ["ecs-tasks.amazonaws.com"]
    }
  }
}

resource "aws_iam_policy" "ci_deploy" {
  name   = "ci-deploy"
  policy = data.aws_iam_policy_document.ci_deploy.json
}
