data "aws_iam_policy_document" "protect_logs" {
  statement {
    effect    = "Deny"
    actions   = ["s3:DeleteObjects", "s3:PutBucketPolicy"]
    resources = ["arn:aws:s3:::example-audit-logs", "arn:aws:s3:::example-audit-logs/*"]
  }
}

resource "aws_iam_policy" "protect_logs" {
  name   = "protect-audit-logs"
  policy = data.aws_iam_policy_document.protect_logs.json
}
