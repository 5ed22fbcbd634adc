# 444455556666 is not one of the organization's trustedAccounts (examples/options.json).
data "aws_iam_policy_document" "deploy_trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::444455556666:role/deployer"]
    }
    condition {
      test     = "StringEquals"
      variable = "sts:ExternalId"
      values   = ["b6e1c2f0-example"]
    }
  }
}

resource "aws_iam_role" "deploy" {
  name               = "deploy"
  assume_role_policy = data.aws_iam_policy_document.deploy_trust.json
}
